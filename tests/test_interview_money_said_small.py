"""Money said in a way that must not be scaled or guessed (issue 11: nothing invented, the figure said back):
- a project's total said in 元 below a thousand ("38.5元" at the 万元 question) was stored as 0.00385万元 in silence:
  now nothing is stored and she is asked whether she meant 万元 (a sum in 元 written out, "385000元", still reads);
- "其他也没有", "么有结转" (Shaanxi 没有), "冇" to the 结转/其他 question are none of it: 0.
"""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2025, 6, 3)
FORM = {"project_name": "社区嵌入式托育点建设", "unit": "区卫生健康局"}


@pytest.mark.parametrize("say", ["38.5元", "总额86元", "一共是520元"])
def test_a_total_in_yuan_below_a_thousand_is_said_back_not_scaled(say):
    iv = asked_on(TODAY, "funding", FORM)
    r = iv.answer(say)
    assert iv.form.funding.total is None
    assert any("万元" in s and "元" in s for s in r.said), r.said


@pytest.mark.parametrize("say,total", [("385000元", 38.5), ("38.5万元", 38.5), ("一共5万元，其中结转800元", 5)])
def test_a_total_in_yuan_written_out_or_in_wan_reads(say, total):
    iv = asked_on(TODAY, "funding", FORM)
    iv.answer(say)
    assert iv.form.funding.total == total


@pytest.mark.parametrize("field,say", [("funding.other", "其他也没有"), ("funding.carryover", "么有结转"),
                                       ("funding.other", "其它的也没有"), ("funding.carryover", "结转冇")])
def test_none_of_the_asked_money_is_zero(field, say):
    iv = asked_on(TODAY, "funding", FORM)
    iv.answer("96万")
    iv.ask(field)
    r = iv.answer(say)
    part = field.split(".")[1]
    assert getattr(iv.form.funding, part) == 0 and "unclear" not in r.acts, (r.acts, r.said)
