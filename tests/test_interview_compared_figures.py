"""A figure said as a difference from another year ("比去年多5万", "较上年增加了8万") is no total and no budget line
(it was stored as a total of 5万 and as a line 「人员经费较上年增加」 of 3万); a figure of 上年 beside this year's is left
out and said back, like 去年's; she is asked for the sum itself."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "社区养老服务站运营", "unit": "街道办事处", "department": "区民政局"}
FUNDED = dict(BASE, funding={"total": 98.4, "current_year": 98.4, "carryover": 0, "other": 0},
              start="2027-01", end="2027-12", year=2027)


@pytest.mark.parametrize("said", ["比去年多5万", "较上年增加了8万", "和去年相比增加12万元"])
def test_a_difference_is_no_total(said):
    iv = asked_on(TODAY, "funding", BASE)
    reply = iv.answer(said)
    assert iv.form.funding.total is None
    assert any("差额" in s for s in reply.said), reply.said


@pytest.mark.parametrize("said, total", [("上年是80万，今年是88万", 88), ("今年比去年增加了8万，一共88万", 88)])
def test_this_years_sum_beside_a_difference_is_read(said, total):
    iv = asked_on(TODAY, "funding", BASE)
    iv.answer(said)
    assert iv.form.funding.total == total


def test_last_years_figure_alone_beside_a_rate_is_not_this_years():
    iv = asked_on(TODAY, "funding", BASE)
    iv.answer("较上年增长10%，上年是80万")
    assert iv.form.funding.total is None


@pytest.mark.parametrize("said", ["人员经费较上年增加3万元", "社保同比增加2万"])
def test_a_difference_is_no_budget_line(said):
    iv = asked_on(TODAY, "budget_items", FUNDED)
    iv.answer(said)
    assert iv.form.budget_items == []


@pytest.mark.parametrize("said", ["与上年持平", "跟去年一样"])
def test_the_same_as_last_year_is_asked_for_the_figure(said):
    iv = asked_on(TODAY, "funding", BASE)
    reply = iv.answer(said)
    assert iv.form.funding.total is None and any("去年的表我这里没有" in s for s in reply.said)
