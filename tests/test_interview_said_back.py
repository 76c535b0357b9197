"""What the interview says back reads as a person would write it: a value recorded from the message just
sent is not also reported as "已经是…，没有改动", and an adopted suggestion is labelled once (系统建议，已确认),
not "系统建议（已确认）：系统建议，申报人确认"."""
from __future__ import annotations

import datetime as dt

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 2)


def _said(iv, msg):
    return "\n".join(iv.answer(msg).lines())


def test_total_given_in_the_overview_is_recorded_once():
    iv = asked_on(TODAY, "overview")
    said = _said(iv, "联合接访中心聘用4名工作人员承担来访接待，全年经费24万元。")
    assert "项目资金总额：24万元" in said
    assert "没有改动" not in said
    assert iv.form.funding.total == 24


def test_the_same_total_said_again_later_is_reported_unchanged():
    iv = asked_on(TODAY, "overview")
    iv.answer("联合接访中心聘用4名工作人员承担来访接待，全年经费24万元。")
    iv.ask("basis")
    said = _said(iv, "经费还是24万元")
    assert "没有改动" in said
    assert iv.form.funding.total == 24


def test_an_adopted_suggestion_is_labelled_once():
    iv = asked_on(TODAY, "project_name")
    iv.answer("社会化聘用人员经费")
    iv.ask("overview")
    iv.answer("信访局聘用4名工作人员承担来访接待，全年经费24万元。")
    q = iv.ask("function_code")
    assert "2010308" in str(getattr(q, "text", q))
    said = _said(iv, "是")
    assert "预算功能科目：2010308（系统建议，已确认）" in said
    assert said.count("系统建议") == 1 and "申报人确认" not in said
