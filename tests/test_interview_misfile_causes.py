"""Misfiling causes found in clerks' dialogues (issue 11, guarantee 1), each closed by a reading rule and
tried here in wordings of its own: talk before another field's label under a text question; a label
with 写 as its verb ("名称写全：…"); a second clause that asks ("…有啥区别"); a no with its reason or a
complaint about the offer; pinyin the input method left ("bu yao", "queren"); both kinds of project
named side by side; the year a project began is no budget year."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview import slips
from interview_helpers import asked_on

TODAY = dt.date(2025, 3, 4)


@pytest.mark.parametrize("field", ["basis", "necessity", "overview"])
@pytest.mark.parametrize("says, path, value", [
    ("刚问了科长，主管部门写县应急管理局", "department", "县应急管理局"),
    ("领导回话了，主管部门是市民政局", "department", "市民政局"),
    ("不好意思，单位负责人写王建国", "unit_head", "王建国"),
])
def test_talk_then_another_fields_label_fills_that_field_only(field, says, path, value):
    iv = asked_on(TODAY, field)
    reply = iv.answer(says)
    assert getattr(iv.form, path) == value
    assert getattr(iv.form, field) in ("", None), getattr(iv.form, field)
    assert "answer" not in reply.acts


@pytest.mark.parametrize("field", ["necessity", "basis"])
@pytest.mark.parametrize("says, name", [
    ("名称写全：县域农村饮水安全巩固提升工程", "县域农村饮水安全巩固提升工程"),
    ("项目名称就写城区排水管网清淤", "城区排水管网清淤"),
])
def test_a_label_with_xie_names_its_field(field, says, name):
    iv = asked_on(TODAY, field)
    iv.answer(says)
    assert iv.form.project_name == name
    assert getattr(iv.form, field) in ("", None)


@pytest.mark.parametrize("field, says", [
    ("attribute", "什么是项目属性？新增跟延续有什么区别"),
    ("attribute", "新增和延续有啥区别呀"),
    ("attribute", "项目属性是啥，延续跟新增啥不同"),
    ("goals.long_term", "中长期目标是啥意思，和年度目标有啥不同"),
    ("goals.long_term", "什么是中长期目标？跟年度的有何区别"),
    ("goals.annual", "年度目标怎么写？跟绩效指标是不是一样"),
])
def test_a_question_in_two_clauses_stores_nothing(field, says):
    iv = asked_on(TODAY, field)
    reply = iv.answer(says)
    got = iv.form.to_json()
    for part in field.split("."):
        got = got[part]
    assert got in ("", None, []), got
    assert "question" in reply.acts and "answer" not in reply.acts


@pytest.mark.parametrize("says", ["不用，一年的项目", "不需要，就干一年", "不用了，项目就今年", "没必要，只有一年"])
def test_a_no_with_its_reason_stores_nothing(says):
    iv = asked_on(TODAY, "goals.long_term")
    reply = iv.answer(says)
    assert iv.form.goals.long_term == []
    assert "answer" not in reply.acts
    assert reply.said                     # never a silent move on


def test_a_no_with_her_own_text_is_her_text():
    iv = asked_on(TODAY, "goals.long_term")
    iv.answer("不用你写，我写：持续做好城区排水管网维护，汛期主干道积水点逐年减少")
    assert iv.form.goals.long_term and "排水管网" in iv.form.goals.long_term[0]
    assert "不用" not in iv.form.goals.long_term[0]


FORM = {"project_name": "城区流浪犬收容救助", "unit": "市流浪动物收容中心", "year": 2025, "start": "2025-01", "end": "2025-12",
        "funding": {"total": 92, "current_year": 92},
        "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "收容流浪犬数量", "value": "=600只"},
                       {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "市民满意度", "value": "≥85%"}]}


@pytest.mark.parametrize("says", ["bu yao 你写的这个，太长了", "buyao，太啰嗦了", "不要你拟的这段，有点空", "不用你写的那个，太虚了"])
def test_a_no_to_the_drafted_goal_with_a_complaint_stores_nothing(says):
    iv = asked_on(TODAY, "goals.annual", FORM)
    assert iv.pending.proposal is not None
    reply = iv.answer(says)
    assert iv.form.goals.annual == []
    assert reply.acts == ["deny"]
    assert reply.said


@pytest.mark.parametrize("typed, read", [
    ("xiangmu名称：城区供水", "项目名称：城区供水"), ("queren", "确认"), ("bu dui，是12个", "不对，是12个"),
    ("zhouhai", "zhouhai"), ("shouji 13800138000", "手机 13800138000"),
])
def test_pinyin_left_by_the_input_method_is_read_as_its_word(typed, read):
    assert slips.english(typed) == read


@pytest.mark.parametrize("says", ["新增和延续有啥区别", "新增还是延续啊", "延续或者新增"])
def test_both_kinds_named_is_no_attribute(says):
    iv = asked_on(TODAY, "attribute")
    iv.answer(says)
    assert iv.form.attribute in ("", None)


@pytest.mark.parametrize("says, kind", [("2023年开始做的", "延续"), ("从22年起就有", "延续"), ("2025年开始做", "新增")])
def test_the_year_it_began_is_its_kind_not_its_budget_year(says, kind):
    iv = asked_on(TODAY, "attribute")
    iv.answer(says)
    assert iv.form.attribute == kind
    assert iv.form.year in (None, 2025)


def test_the_year_it_began_under_the_period_is_no_period():
    iv = asked_on(TODAY, "start")
    iv.answer("2023年开始做的")
    assert iv.form.start in ("", None) and iv.form.year is None
