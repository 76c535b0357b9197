"""A value goes into the asked field only when it reads as that field (issue 11, guarantee 1): a phone
is no function code, a question she asks back or two names she weighs are no value, an indicator said
at a free-text field is not stored there, and a lead-in before a budget list ("分三块：") is no item."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize("says", ["0731-5566778", "电话是0471－6623345", "0731—5566778"])
def test_a_phone_is_never_a_function_code(says):
    iv = asked_on(TODAY, "function_code")
    iv.answer(says)
    assert iv.form.function_code == ""


@pytest.mark.parametrize("says", ["2040607", "204 06 07", "科目是2040607（公共法律服务）"])
def test_a_function_code_is_still_read(says):
    iv = asked_on(TODAY, "function_code")
    iv.answer(says)
    assert iv.form.function_code == "2040607"


@pytest.mark.parametrize("says, want", [
    ("县财政局还是县政府？应该是县委政法委管我们", "县委政法委"),
    ("是县财政局还是县政府，我也说不好", ""),
    ("是县委政法委，还是县司法局", ""),
    ("县财政局？不对，是县委政法委", "县委政法委"),
    ("还是县司法局自己", "县司法局"),
])
def test_names_she_weighs_are_no_value(says, want):
    iv = asked_on(TODAY, "unit")
    iv.answer("县司法局")
    iv.ask("department")
    iv.answer(says)
    assert iv.form.department == want


@pytest.mark.parametrize("field", ["basis", "necessity", "unit_functions"])
@pytest.mark.parametrize("says", ["群众满意率九成以上吧", "群众满意度95%", "调解成功率不低于96%", "办结率要达到百分之九十"])
def test_an_indicator_said_at_a_text_field_is_not_stored_there(field, says):
    iv = asked_on(TODAY, field)
    reply = iv.answer(says)
    assert getattr(iv.form, field) == ""
    assert any("像是一条绩效指标" in s for s in reply.said)


def test_a_text_field_keeps_a_sentence_that_only_mentions_a_rate():
    iv = asked_on(TODAY, "basis")
    iv.answer("根据《某某县公共法律服务体系建设实施方案》，服务覆盖率要达到95%")
    assert iv.form.basis.startswith("根据《某某县公共法律服务体系建设实施方案》")


@pytest.mark.parametrize("says", ["分三块：法律援助补贴50万，人民调解员以案定补20万，宣传10万",
                                  "主要是这三块：法律援助补贴50万；人民调解员以案定补20万；宣传10万",
                                  "一共分成三块，法律援助补贴50万，人民调解员以案定补20万，宣传10万"])
def test_a_lead_in_before_a_budget_list_is_no_item(says):
    iv = asked_on(TODAY, "budget_items")
    iv.answer(says)
    assert [(i.name, i.amount) for i in iv.form.budget_items] == [
        ("法律援助补贴", 50.0), ("人民调解员以案定补", 20.0), ("宣传", 10.0)]
