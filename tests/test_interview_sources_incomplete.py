"""Sources of the money said beside others whose amount is not read ("总共1200万，其中中央资金800万，省里300万，
剩下县里配套"): the one source read is not this year's budget (800万 was stored as 本年度预算 while all 1200万 is
fiscal money), and the sources read are not offered as the total either. A source alone, or sources that are
all of the money, stay this year's money as before."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview
from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 3)
FORM = {"project_name": "2027年高标准农田建设项目", "unit": "县农田建设服务中心", "department": "县农业农村局"}


def _funding(iv):
    return {k: v for k, v in iv.form.funding.model_dump().items() if v is not None}


@pytest.mark.parametrize("field", ["funding", "overview"])
@pytest.mark.parametrize("said", [
    "总共1200万，其中中央资金800万，省里300万，剩下县里配套",
    "总共1200万，其中中央资金800万，剩下县里配套",
    "一共1200万，中央补助800万，还有省里300万",
    "总投资1200万，省级补助500万，不足部分由县财政解决",
])
def test_a_source_beside_money_not_read_is_not_this_years_budget(field, said):
    iv = asked_on(DAY, field, FORM)
    r = iv.answer(said)
    f = _funding(iv)
    assert f.get("total") == 1200
    assert f.get("current_year") in (None, 1200), f      # (1200 computed from the total, listed to confirm)
    assert "合计" not in "\n".join(r.lines())


def test_several_sources_and_a_rest_are_not_offered_as_the_total():
    iv = asked_on(DAY, "funding", FORM)
    r = iv.answer("省里补八十，县里配套四十，剩下的村里自筹")
    assert _funding(iv).get("current_year") in (None, 0) and "total" not in _funding(iv)
    assert "合计 120 万元" not in "\n".join(r.lines())


@pytest.mark.parametrize("said,expect", [
    ("156万，其中省级补助90万，县级安排66万", {"total": 156, "current_year": 156}),
    ("总共1200万，中央补助1200万", {"total": 1200, "current_year": 1200}),
])
def test_sources_that_are_all_of_the_money_stay_this_years_budget(said, expect):
    iv = asked_on(DAY, "funding", FORM)
    iv.answer(said)
    f = _funding(iv)
    assert {k: f.get(k) for k in expect} == expect


def test_the_money_said_again_is_kept_in_words_not_as_a_record():
    iv = asked_on(DAY, "funding", FORM)
    iv.answer("一共1200万，全部是财政资金")
    iv.ask("funding")
    text = "\n".join(iv.answer("一共1200万").lines())
    assert "total=" not in text and "项目资金总额1200万元" in text


@pytest.mark.parametrize("said", [
    "总共1200万，其中中央资金800万，省里300万，剩下县里配套",
    "一共1200万，中央补助800万，还有省里300万",
])
def test_money_and_where_it_comes_from_is_no_overview(said):
    iv = asked_on(DAY, "overview", FORM)
    iv.answer(said)
    assert iv.form.overview == "" and iv.form.funding.total == 1200


def test_the_money_not_placed_is_named_and_no_part_is_taken_as_zero():
    iv = asked_on(DAY, "funding", FORM)
    r = iv.answer("一共1200万，中央补助800万，还有省里300万")
    text = "\n".join(r.lines())
    assert "中央补助800万" in text and "省里300万" in text and "没读出" in text
    f = iv.form.funding
    assert f.total == 1200 and f.carryover is None and f.other is None and f.current_year is None


def test_no_other_said_as_其他_alone_is_hers_not_assumed():
    iv = asked_on(DAY, "funding", FORM)
    iv.answer("总额是960,000.00元，没有结转也没有其他")
    f = iv.form.funding
    assert (f.total, f.carryover, f.other) == (96, 0, 0)
    assert "funding.other" not in [u.path for u in iv.unconfirmed_numbers()]
