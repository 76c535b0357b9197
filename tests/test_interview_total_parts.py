"""Her total changed, the part that carried it is offered at the new figure: "钱改成600万" on a form pasted with
本年度预算 560 = the old total left 600 ≠ 560 with no word until the final check. Stored on her yes only.
Also "今年的年份改成2027" (a 今年的 before the label) changed nothing: "没找准是哪一项"."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
FORM = {"project_name": "2025年农村公路养护资金", "unit": "县农村公路管理所", "department": "县交通运输局",
        "start": "2025-01", "end": "2025-12", "year": 2025,
        "funding": {"total": 560.0, "carryover": 0.0, "other": 0.0, "current_year": 560.0}}


@pytest.mark.parametrize("reply, current", [("是", 600.0), ("不是", 560.0), ("不对，本年度预算是580万", 580.0)])
def test_part_offered_after_total_changed(reply, current):
    iv = asked_on(TODAY, "overview", FORM)
    r = iv.answer("钱改成600万")
    assert iv.form.funding.total == 600.0 and iv.form.funding.current_year == 560.0
    assert r.question is not None and r.question.field == "funding.current_year" and "600" in r.question.text
    iv.answer(reply)
    assert iv.form.funding.current_year == current and iv.form.funding.total == 600.0


def test_no_offer_when_she_changes_the_part_too():
    iv = asked_on(TODAY, "overview", FORM)
    r = iv.answer("总额改成600万，本年度预算改成600万")
    assert iv.form.funding.current_year == 600.0
    assert r.question is None or r.question.field != "funding.current_year"


def test_no_offer_when_two_parts_carry_money():
    iv = asked_on(TODAY, "overview", {**FORM, "funding": {"total": 560.0, "carryover": 60.0, "other": 0.0, "current_year": 500.0}})
    r = iv.answer("钱改成600万")
    assert iv.form.funding.current_year == 500.0 and iv.form.funding.carryover == 60.0
    assert r.question is None or not r.question.field.startswith("funding.")


@pytest.mark.parametrize("said", ["今年的年份改成2027", "这次的年份改成2027"])
def test_this_years_label(said):
    iv = asked_on(TODAY, "overview", FORM)
    iv.answer(said)
    assert iv.form.year == 2027 and iv.form.start == "2027-01" and iv.form.end == "2027-12"
    assert not iv.form.overview
