"""Last year's form pasted as the answer (issue 11: nothing dropped, nothing altered).

Found by an adaptive clerk (a 养老服务指导中心 clerk pasting 社区居家养老服务补贴): the row "成本指标 人均补贴标准
≤600元/人·年" was dropped — a unit per person per year read as words — and "年度目标：为辖区1200名…" was stored
as "辖区1200名…" (为 after the colon taken for a label verb)."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.rows import read_rows
from tests.interview_helpers import asked_on

TODAY = dt.date(2026, 11, 20)


@pytest.mark.parametrize("text,value", [
    ("人均补贴标准 ≤600元/人·年", "≤600元/人·年"),
    ("人均补贴标准 ≤600元/人/年", "≤600元/人/年"),
    ("人均月经费 ≤5000元/人·月", "≤5000元/人·月"),
    ("每公里造价 ≤80万元/公里", "≤80万元/公里"),
    ("亩均补助标准 ≤300元/亩", "≤300元/亩"),
])
def test_a_unit_per_thing_is_a_value(text, value):
    got = read_rows(text, "成本指标", [], TODAY.year)
    assert [r["value"] for r, _ in got.rows] == [value]


def test_pasted_rows_each_kept():
    iv = asked_on(TODAY, "indicators.数量指标")
    iv.answer("数量指标 服务老人人数 1200人\n成本指标 人均补贴标准 ≤600元/人·年\n满意度指标 服务对象满意度 ≥90%")
    assert {i.name: i.value for i in iv.form.indicators} == {
        "服务老人人数": "=1200人", "人均补贴标准": "≤600元/人·年", "服务对象满意度": "≥90%"}


@pytest.mark.parametrize("text,field,value", [
    ("年度目标：为辖区1200名困难老人提供居家养老服务", "goals.annual", "为辖区1200名困难老人提供居家养老服务"),
    ("项目概况：为全县农户提供农技服务", "overview", "为全县农户提供农技服务"),
    ("必要性：是落实乡村振兴的需要", "necessity", "是落实乡村振兴的需要"),
])
def test_text_after_a_colon_stands_as_written(text, field, value):
    iv = asked_on(TODAY, "project_name")
    iv.answer(text)
    got = iv.form.goals.annual[0] if field == "goals.annual" else getattr(iv.form, field)
    assert got == value


def test_a_label_verb_without_a_colon_is_still_the_verb():
    iv = asked_on(TODAY, "project_name")
    iv.answer("主管部门是县民政局")
    assert iv.form.department == "县民政局"
