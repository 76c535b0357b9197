"""Two phone numbers in one answer (issue 11: never drop what she said in silence): "电话138…，办公室电话0471-…"
was read as a correction of the first by the second, and the mobile was lost. Two phones said side by side are
now both kept in the one 联系电话 (joined by 、); a phone taken back ("…不对，是…") is still replaced.
"""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2025, 9, 1)
FORM = {"project_name": "农村饮水安全巩固提升", "unit": "县水利局"}


@pytest.mark.parametrize("say,head,phone", [
    ("王强，电话13800001111，办公室电话0471-6612345", "王强", "13800001111、0471-6612345"),
    ("局长陈立，手机13977001234，座机0773-2801122", "陈立", "13977001234、0773-2801122"),
])
def test_two_phones_side_by_side_are_both_kept(say, head, phone):
    iv = asked_on(TODAY, "unit_head", FORM)
    r = iv.answer(say)
    assert (iv.form.unit_head, iv.form.unit_phone) == (head, phone)
    assert "correction" not in r.acts, r.acts


def test_two_phones_at_the_phone_question_are_both_kept():
    iv = asked_on(TODAY, "unit_phone", FORM)
    iv.answer("13800001111或者0471-6612345")
    assert iv.form.unit_phone == "13800001111、0471-6612345"


def test_one_phone_and_a_phone_taken_back_are_one():
    iv = asked_on(TODAY, "unit_head", FORM)
    iv.answer("局长何晓东，手机13877126690")
    assert iv.form.unit_phone == "13877126690"
    iv.ask("unit_phone")
    iv.answer("0773-2801122，不对，是0773-2801133")
    assert iv.form.unit_phone == "0773-2801133"
