"""Whose project it is is no part of its name (issue 11), found by an adaptive clerk (a Shaanxi 饮水站 clerk):
"额们村里的饮水安全巩固提升工程" was stored as 项目名称 "们村里的饮水安全巩固提升工程" — 额 dropped as an
interjection, 们 left; and a heard total was proposed back as "项目资金总额：132" without its unit."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.interview_helpers import asked_on

TODAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize("text,name", [
    ("额们村里的饮水安全巩固提升工程", "饮水安全巩固提升工程"),
    ("我们局的信访接待经费", "信访接待经费"),
    ("偶们学校的校园直饮水改造", "校园直饮水改造"),
    ("咱们镇上的防汛物资储备", "防汛物资储备"),
])
def test_whose_it_is_is_no_part_of_the_name(text, name):
    iv = asked_on(TODAY, "project_name")
    iv.answer(text)
    assert iv.form.project_name == name


@pytest.mark.parametrize("text,unit", [("额们是县水利局农村饮水站", "县水利局农村饮水站")])
def test_dialect_we_reads_as_we(text, unit):
    iv = asked_on(TODAY, "unit")
    iv.answer(text)
    assert iv.form.unit == unit


@pytest.mark.parametrize("text", ["余额们都核对过了", "金额们没问题"])
def test_an_amount_word_is_no_we(text):
    from assistant.interview.slips import spoken
    assert spoken(text) == text


def test_a_heard_amount_is_proposed_with_its_unit():
    iv = asked_on(TODAY, "overview")
    iv.answer("改造老化管网18公里，新建蓄水池3座，投资132万")
    q = iv.next_question()
    while q is not None and q.field != "funding":
        iv.answer("跳过")
        q = iv.next_question()
    assert q is not None and "132万元" in q.text, q and q.text


@pytest.mark.parametrize("field,text,want", [("unit", "俺是李家庄村委会的", "李家庄村委会"),
                                             ("unit", "俺们是李家庄村委会", "李家庄村委会")])
def test_northern_i_reads_as_i(field, text, want):
    iv = asked_on(TODAY, field)
    iv.answer(text)
    assert getattr(iv.form, field) == want


@pytest.mark.parametrize("text,name", [("总成本不超50万元", "总成本"), ("每座造价不超8万元", "每座造价")])
def test_bu_chao_is_a_bound_not_a_name(text, name):
    iv = asked_on(TODAY, "indicators.成本指标")
    iv.answer(text)
    assert [(i.name, i.value.startswith("≤")) for i in iv.form.indicators] == [(name, True)]


def test_a_bound_without_a_name_is_no_row_named_by_it():
    iv = asked_on(TODAY, "indicators.成本指标")
    iv.answer("不超五十万")
    assert not any(i.name.startswith("不超") for i in iv.form.indicators)
