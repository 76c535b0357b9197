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
