"""A form pasted from last year, then edited in plain words (issue 11), found by an adaptive clerk (a 环卫处 clerk
pasting last year's 公厕运维 form from a sheet): the row "社会效益指标<tab>市民如厕便利度<tab>明显提升" became
社会效益指标「明显」：提升; two indicator rows pasted alone kept only the first; and "这是去年的，年份都改成明年的"
changed nothing ("没听出改成什么") while "年份改成明年" worked — 都 and a remark about the old form in front broke it."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.interview_helpers import asked_on

TODAY = dt.date(2026, 12, 1)
PASTED = "项目名称\t城市公厕运维管理\n项目期限\t2026年1月-2026年12月\n资金总额\t256.8"


def _rows(iv):
    return [(i.level2, i.name, i.value) for i in iv.form.indicators]


@pytest.mark.parametrize("field", ["indicators.效益指标", "indicators.数量指标", "project_name"])
def test_a_tab_row_keeps_name_and_words_apart(field):
    iv = asked_on(TODAY, field)
    iv.answer("社会效益指标\t市民如厕便利度\t明显提升")
    assert ("社会效益指标", "市民如厕便利度", "明显提升") in _rows(iv), _rows(iv)


@pytest.mark.parametrize("field", ["indicators.效益指标", "indicators.满意度指标", "project_name"])
def test_every_pasted_row_is_read(field):
    iv = asked_on(TODAY, field)
    iv.answer("数量指标\t运维公厕数量\t128座\n社会效益指标\t河道保洁覆盖率\t≥95%")
    got = _rows(iv)
    assert ("数量指标", "运维公厕数量", "=128座") in got and any(n == "河道保洁覆盖率" for _, n, _ in got), got


@pytest.mark.parametrize("text", ["年份都改成明年的", "这是去年的，年份都改成明年的", "这是旧表，年份改成明年",
                                  "这个是去年的表，时间都改成2027年的", "时间全部改为2027年", "时间也都改成2027年"])
def test_years_of_a_pasted_form_are_moved(text):
    iv = asked_on(TODAY, "project_name")
    iv.answer(PASTED)
    iv.ask("overview")
    iv.answer(text)
    assert (iv.form.year, iv.form.start, iv.form.end) == (2027, "2027-01", "2027-12")
    assert iv.form.overview in ("", None)             # no remark about the old form stored as 项目概况


@pytest.mark.parametrize("text", ["明细也改成三百三十六万", "预算明细改成336万", "明细都改成336万元"])
def test_the_one_budget_line_keeps_its_name_at_its_new_amount(text):
    iv = asked_on(TODAY, "project_name")
    iv.answer("雨露计划职业教育补助")
    iv.ask("budget_items")
    iv.answer("雨露计划补助360万")
    iv.ask("goals.annual")
    iv.answer(text)
    assert [(i.name, i.amount) for i in iv.form.budget_items] == [("雨露计划补助", 336)]


@pytest.mark.parametrize("field,text", [("goals.annual", "见概况"), ("goals.annual", "同上")])
def test_a_pointer_at_other_text_is_no_goal(field, text):
    iv = asked_on(TODAY, "goals.annual")
    iv.answer("2027年为120名重度残疾人提供托养服务，满意度90%以上")
    before = list(getattr(iv.form.goals, field.split(".")[1]))
    iv.ask(field)
    iv.answer(text)
    assert getattr(iv.form.goals, field.split(".")[1]) == before


@pytest.mark.parametrize("text", ["跟年度目标一样", "同年度目标", "按年度目标写就行"])
def test_the_long_term_goal_said_to_be_the_annual_one_takes_its_words(text):
    """(Not the pointer's words: the annual goal's, as she says — test_interview_same_goal.)"""
    iv = asked_on(TODAY, "goals.annual")
    iv.answer("2027年为120名重度残疾人提供托养服务，满意度90%以上")
    iv.ask("goals.long_term")
    iv.answer(text)
    assert list(iv.form.goals.long_term) == list(iv.form.goals.annual)


def test_a_goal_of_her_own_is_still_stored():
    iv = asked_on(TODAY, "goals.long_term")
    iv.answer("三年内持续为重度残疾人提供托养服务，满意度保持在90%以上")
    assert iv.form.goals.long_term == ["三年内持续为重度残疾人提供托养服务，满意度保持在90%以上"]
