"""A period said at another question is read the same way as at its own (one pattern, when.PERIOD_SAID): with its
year ("今年的 1到12月", "明年3到10月", "2025.3-2025.11") it is kept; months of a step ("下半年完成总纂") are no period."""
import datetime as dt

import pytest

from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize("said, start, end", [
    ("今年的 1到12月", "2026-01", "2026-12"),
    ("明年3到10月", "2027-03", "2027-10"),
    ("2025.3-2025.11", "2025-03", "2025-11"),
])
def test_a_dated_period_beside_another_question(said, start, end):
    iv = asked_on(DAY, "function_code")
    iv.answer(said)
    assert (iv.form.start, iv.form.end) == (start, end)


def test_months_of_a_step_are_no_period():
    iv = asked_on(DAY, "function_code")
    iv.answer("编纂第三轮县志，下半年完成总纂和评审，明年出版印刷1000册")
    assert not iv.form.start and not iv.form.end


@pytest.mark.parametrize("said, start, end", [
    ("今年3月进场，10月结束", "2026-03", "2026-10"),
    ("下个月到年底", "2027-01", "2027-12"),
    ("下月初到年底", "2027-01", "2027-12"),
    ("这个月开始，干到明年6月", "2026-12", "2027-06"),
])
def test_months_as_people_say_them(said, start, end):
    iv = asked_on(DAY, "start")
    reply = iv.answer(said)
    assert (iv.form.start, iv.form.end) == (start, end)
    if "月" in said[:3] and not said[0].isdigit() and "今年" not in said:
        assert any("理解" in s for s in reply.said)        # the month named from today is said back


def test_an_end_word_after_the_second_month_is_no_end_of_the_first():
    iv = asked_on(DAY, "start")
    iv.answer("竣工是2027年10月")
    assert (iv.form.start, iv.form.end) == ("", "2027-10")
