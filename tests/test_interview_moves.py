"""Moves through the interview said in clerks' words (issue 11): going to a question whose label holds the
character 项 ("回到立项依据那一项", "回到项目名称那一项"), a pick said after 那就/那 ("那就第一个", "那选2"),
back with the reason and no new value ("返回，刚才那个说得不对": the previous question again, nothing stored),
and a yes said as 确认提交 at the final check."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.navigate import goto
from interview_helpers import asked_on

TODAY = dt.date(2025, 3, 4)


@pytest.mark.parametrize("says, field, rest", [
    ("回到立项依据那一项", "basis", ""), ("回到项目名称那一项，城区供水改造", "project_name", "城区供水改造"),
    ("回到资金项，48.6万", "funding", "48.6万"), ("回到项目属性那栏", "attribute", ""),
])
def test_going_to_a_question_whose_label_holds_xiang(says, field, rest):
    assert goto(says) == (field, rest)


def test_going_back_to_the_basis_while_an_indicator_is_asked_stores_no_row():
    iv = asked_on(TODAY, "indicators.数量指标")
    reply = iv.answer("回到立项依据那一项")
    assert iv.form.indicators == []
    assert reply.acts == ["back"] and reply.question.field == "basis"


@pytest.mark.parametrize("says, pick", [("那就第一个", 1), ("那选2", 2), ("就第二个吧", 2)])
def test_a_pick_after_na_jiu(says, pick):
    iv = asked_on(TODAY, "project_name")
    iv.answer("校园专职保安购买服务")
    q = iv.ask("indicators.质量指标")
    assert len(q.choices) >= 2
    reply = iv.answer(says)
    assert reply.acts == ["choice"]
    assert any(i.name == q.choices[pick - 1].name for i in iv.form.indicators)


@pytest.mark.parametrize("says", ["返回，刚才那个说得不对", "退回去，刚才那个填错了", "上一步，刚刚说错了"])
def test_back_with_its_reason_is_back(says):
    iv = asked_on(TODAY, "project_name")
    iv.answer("城区供水管网改造")
    iv.ask("unit")
    iv.answer("县水务局")
    reply = iv.answer(says)
    assert reply.acts == ["back"]
    assert reply.question.field == "unit"
    assert iv.form.project_name == "城区供水管网改造"


@pytest.mark.parametrize("says", ["确认提交", "可以提交"])
def test_submit_is_a_yes_at_the_final_check(says):
    iv = asked_on(TODAY, "confirm", {"project_name": "x项目", "year": 2025, "funding": {"total": 40}})
    assert iv.pending.kind == "confirm"
    assert iv.answer(says).acts == ["confirm"]
