"""Indicator answers in plain sentences: a level reached by a change keeps its direction, a bare verb
names what it counts, a bare figure picks the offered row of its unit (issue 11: nothing misread)."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.choices import split_indicator
from tests.interview_helpers import asked_on

TODAY = dt.date(2025, 11, 20)


def _rows(field: str, text: str, form: dict | None = None) -> list[tuple[str, str]]:
    iv = asked_on(TODAY, field, form)
    iv.answer(text)
    return [(i.name, i.value) for i in iv.form.indicators]


@pytest.mark.parametrize("text,name,value", [
    ("群众禁毒知识知晓率提高到90%", "群众禁毒知识知晓率", "≥90%"),
    ("村民环保意识知晓率提升至85%", "村民环保意识知晓率", "≥85%"),
    ("辖区传染病发病率降低到5%", "辖区传染病发病率", "≤5%"),
    ("农村生活垃圾乱堆率降至3%", "农村生活垃圾乱堆率", "≤3%"),
    ("安全事故发生率下降到1%以下", "安全事故发生率", "≤1%"),
    ("受益群众人数增加到5000人", "受益群众人数", "≥5000人"),
])
def test_a_level_reached_by_a_change_keeps_its_direction(text, name, value):
    field = "indicators.数量指标" if "人数" in name else "indicators.效益指标"
    assert (name, value) in _rows(field, text)


@pytest.mark.parametrize("text,name,value", [
    ("覆盖12个乡镇", "覆盖乡镇数量", "=12个"),
    ("新建3座公厕", "新建公厕数量", "=3座"),
    ("培训200人次", "培训人次", "=200人次"),
    ("走访300户", "走访户数", "=300户"),
    ("举办48场", "举办场次", "=48场"),
    ("学生 500人", "学生人数", "=500人"),     # a two-character noun alike: what is counted is said
])
def test_a_bare_verb_names_what_it_counts(text, name, value):
    assert (name, value) in _rows("indicators.数量指标", text)


@pytest.mark.parametrize("text,name", [
    ("人数 12人", "人数"),                 # already names what it counts
    ("培训人次 200人次", "培训人次"),
    ("绿化面积 300平方米", "绿化面积"),
])
def test_a_name_that_already_counts_is_kept(text, name):
    assert split_indicator(text)[0] == name


def test_the_number_and_unit_stay_hers():
    name, value = split_indicator("覆盖12个乡镇")
    assert "12" in value and "个" in value and "乡镇" in name


def test_a_bare_figure_in_wan_picks_the_cost_row_offered_in_wanyuan():
    form = {"project_name": "禁毒宣传经费", "funding": {"total": 18.5, "carryover": 0, "current_year": 18.5, "other": 0}}
    iv = asked_on(TODAY, "indicators.成本指标", form)
    offered = [c for c in iv.pending.choices if c.value.endswith("万元")]
    assert offered, "a cost row in 万元 is offered when the total is known"
    iv.answer("就是那18.5万")
    rows = [(i.name, i.value) for i in iv.form.indicators if i.level2 == "成本指标"]
    assert rows and rows[0][1] == "≤18.5万元"


def test_a_bare_figure_whose_unit_no_offered_row_has_is_not_given_a_row_name():
    form = {"project_name": "禁毒宣传经费", "funding": {"total": 18.5, "carryover": 0, "current_year": 18.5, "other": 0}}
    iv = asked_on(TODAY, "indicators.成本指标", form)
    iv.answer("就是那18.5吨")
    assert not [i for i in iv.form.indicators if i.value.endswith("吨")]


@pytest.mark.parametrize("level2,direction", [
    ("经济效益指标", "≥"), ("社会效益指标", "≥"), ("生态效益指标", "≥"), ("可持续影响指标", "≥"),
    ("服务对象满意度指标", "≥"), ("数量指标", "="), ("成本指标", "≤"),
])
def test_a_row_without_direction_asked_under_a_level2_name_takes_its_categorys(level2, direction):
    """'修复河段 38公里' asked as 生态效益指标 raised KeyError (the harness, a click on a 二级 row)."""
    iv = asked_on(TODAY, f"indicators.{level2}")
    iv.answer("修复河段 38公里")
    rows = [i for i in iv.form.indicators if i.name.startswith("修复河段")]
    assert rows and rows[0].value == f"{direction}38公里"


MEDICAL = {"project_name": "2026年度城乡居民基本医疗保险参保补助", "unit": "区医疗保障局",
           "overview": "为区内困难群众代缴城乡居民医保个人缴费部分，预计代缴1.2万人，人均380元",
           "funding": {"total": 456, "carryover": 0, "current_year": 456, "other": 0}}


def _which():
    iv = asked_on(TODAY, "indicators.满意度指标", MEDICAL)
    same_unit = [c for c in iv.pending.choices if c.value.endswith("%")]
    assert len(same_unit) >= 2, "the case needs two offered rows measured in %"
    reply = iv.answer("90%以上")
    return iv, reply


def test_a_bare_value_for_several_offered_rows_asks_which_and_stores_none():
    """"90%以上" under 居民满意度 / 受助对象满意度 was 'not understood' twice and set aside."""
    iv, reply = _which()
    assert iv.form.indicators == []
    assert any("≥90%" in line and "哪一项" in line for line in reply.lines())


def test_her_number_picks_the_row_and_it_gets_her_value():
    iv, _ = _which()
    names = [o.name for o in iv.next_question().choices]
    k = next(i for i, n in enumerate(names, 1) if "受助对象满意度" in n)
    iv.answer(str(k))
    assert [(i.name, i.value) for i in iv.form.indicators] == [("受助对象满意度", "≥90%")]
    assert iv.provenance.get("indicators:受助对象满意度").kind == "stated"


def test_a_yes_picks_no_row():
    iv, _ = _which()
    reply = iv.answer("是")
    assert iv.form.indicators == []
    assert any("编号" in line for line in reply.lines())


def test_her_own_row_instead_is_taken():
    iv, _ = _which()
    iv.answer("受助对象满意度95%")
    assert [(i.name, i.value) for i in iv.form.indicators] == [("受助对象满意度", "≥95%")]
