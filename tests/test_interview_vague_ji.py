"""A figure made vague by 几 ("四十几万", "几十万", "一百几十个人", "百分之九十几") states no number: it is asked
again exactly, and no part of it (40, 10, 9%) is ever stored or offered as hers."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview import answers as A
from assistant.interview.speech import hedges
from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 2)
FORM = {"project_name": "基层法律援助经费", "unit": "台江县司法局", "department": "台江县司法局"}


@pytest.mark.parametrize("said", ["四十几万", "钱的话估计要四十几万吧", "几十万吧", "一百几十万", "十几万块", "30几万", "二十几万元"])
def test_vague_total_is_asked_never_stored(said):
    iv = asked_on(DAY, "funding", FORM)
    r = iv.answer(said)
    assert "hedge" in r.acts
    assert not any(p.startswith("funding") for p in r.changed)
    assert iv.form.funding.total is None
    assert "约数" in "".join(r.said)
    assert not any("就按" in q.label for q in (iv.pending.extra if iv.pending else []))   # no figure to offer


@pytest.mark.parametrize("said", ["三十几个人", "十几个", "一百几十名"])
def test_vague_count_is_asked(said):
    iv = asked_on(DAY, "fact.headcount", FORM)
    r = iv.answer(said)
    assert "hedge" in r.acts and not r.changed


def test_vague_percent_is_no_target():
    iv = asked_on(DAY, "indicators.satisfaction", FORM)
    r = iv.answer("群众满意度百分之九十几")
    assert "hedge" in r.acts and not r.changed
    assert not iv.form.indicators


@pytest.mark.parametrize("text", ["几十万", "一百几十万", "几万块"])
def test_no_amount_read_from_a_vague_figure(text):
    assert A.amounts(A.prep(text)) == []


def test_exact_figures_still_read():
    assert [h.text for h in hedges("四十五万")] == []
    assert A.amounts(A.prep("一百三十万"))[0][2] == 130
    iv = asked_on(DAY, "indicators.satisfaction", FORM)
    iv.answer("群众满意度百分之九十五")
    assert [i.value for i in iv.form.indicators] == ["≥95%"]


@pytest.mark.parametrize("said", ["五六十万", "三四十万吧", "大概七八十万"])
def test_two_digits_side_by_side_are_a_rough_range(said):
    iv = asked_on(DAY, "funding", FORM)
    r = iv.answer(said)
    assert "hedge" in r.acts and iv.form.funding.total is None


@pytest.mark.parametrize("said", ["七八个人", "十七八个"])
def test_a_rough_range_of_people_is_asked(said):
    iv = asked_on(DAY, "fact.headcount", FORM)
    r = iv.answer(said)
    assert "hedge" in r.acts and not r.changed


@pytest.mark.parametrize("said,wan", [("1.2亿", 12000), ("1.2个亿", 12000), ("两亿", 20000), ("两个亿", 20000)])
def test_yi_is_ten_thousand_wan(said, wan):
    iv = asked_on(DAY, "funding", FORM)
    iv.answer(said)
    assert iv.form.funding.total == pytest.approx(wan)      # never 2e8 万元, never 0
