"""Two numbers in one answer ("0739-5821234，手机13807391234"): one phone field holds one number, and the one not
kept is said with how to use it instead — before, it was dropped silently. One number alone says nothing more."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize("field, says", [
    ("unit_phone", "0739-5821234，手机13807391234"),
    ("unit_phone", "座机0739-5821234 手机13807391234"),
    ("unit_head", "馆长欧阳明，办公室0739-5821234，手机13807391234"),
])
def test_the_number_not_kept_is_said(field, says):
    iv = asked_on(TODAY, field)
    said = "\n".join(iv.answer(says).lines())
    kept = iv.form.unit_phone
    assert kept in ("0739-5821234", "13807391234")
    other = "13807391234" if kept == "0739-5821234" else "0739-5821234"
    assert f"还有号码 {other}" in said and f"联系电话改成{other}" in said


def test_one_number_is_one_number():
    iv = asked_on(TODAY, "unit_phone")
    said = "\n".join(iv.answer("手机13807391234").lines())
    assert iv.form.unit_phone == "13807391234" and "还有号码" not in said


def test_the_other_number_can_be_taken():
    iv = asked_on(TODAY, "unit_phone")
    said = "\n".join(iv.answer("0739-5821234，手机13807391234").lines())
    other = said.split("联系电话改成")[1][:12].rstrip("”。")
    iv.answer(f"联系电话改成{other}")
    assert iv.form.unit_phone == other


def test_two_numbers_kept_together_are_not_said_as_left():
    iv = asked_on(TODAY, "unit_head", {"project_name": "农村饮水安全巩固提升", "unit": "县水利局"})
    said = "\n".join(iv.answer("王强，电话13800001111，办公室电话0471-6612345").lines())
    assert iv.form.unit_phone == "13800001111、0471-6612345"
    assert "还有号码" not in said
