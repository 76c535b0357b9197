"""What an adaptive clerk broke (issue 11: nothing invented, the applicant's years stand), each closed as a
general mechanism: 块 in a money answer whose unit she names after it ("三十八块五，单位万" was 0.00385万元);
the figure of another year beside this year's ("去年是19.8万，今年是21.6万" stored last year's); a promise
read as a count of its verb ("保证 12个人全年在岗" became 「保证人全年在岗数量」=12个)."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview
from interview_helpers import asked_on

TODAY = dt.date(2025, 6, 18)
FORM = {"project_name": "农村公路养护", "unit": "县交通运输局", "department": "县交通运输局",
        "start": "2025-01", "end": "2025-12", "year": 2025}


def _rows(iv: Interview) -> dict[str, str]:
    return {i.name: i.value for i in iv.form.indicators}


# --- 块 with the unit said after ----------------------------------------------------------------

@pytest.mark.parametrize("say,total", [
    ("三十八块五，单位万", 38.5),
    ("一百二十块，单位是万元", 120),
    ("总共56块（单位：万元）", 56),
    ("72块5，以万元为单位", 72.5),
])
def test_kuai_takes_the_unit_she_names_after_it(say, total):
    iv = asked_on(TODAY, "funding", FORM)
    iv.answer(say)
    assert iv.form.funding.total == pytest.approx(total)
    assert iv.form.unit == "县交通运输局"          # "单位万" names no 项目单位


def test_kuai_in_budget_lines_takes_the_named_unit():
    iv = asked_on(TODAY, "budget_items", FORM)
    iv.answer("路面修补十二块，桥涵维护八块，单位万")
    assert {(b.name, b.amount) for b in iv.form.budget_items} == {("路面修补", 12), ("桥涵维护", 8)}


# --- this year's figure, never another year's ---------------------------------------------------

@pytest.mark.parametrize("say,total", [
    ("去年是19.8万，今年是21.6万", 21.6),
    ("今年的是46万，去年的是40万", 46),
    ("2024年380万，2025年420万", 420),
])
def test_the_figure_of_the_projects_year_is_taken(say, total):
    iv = asked_on(TODAY, "funding", FORM)
    r = iv.answer(say)
    assert iv.form.funding.total == pytest.approx(total)
    assert any("别的年份" in s for s in r.said)


def test_no_figure_of_the_projects_year_stores_nothing():
    form = dict(FORM, start="2026-01", end="2026-12", year=2026)
    iv = asked_on(TODAY, "funding", form)
    r = iv.answer("去年是19.8万，今年是21.6万")
    assert iv.form.funding.total is None
    assert any("别的年份" in s for s in r.said)


def test_a_count_of_the_projects_year_is_taken():
    iv = asked_on(TODAY, "fact.headcount", FORM)
    iv.answer("去年聘了10个人，今年聘12个人")
    assert iv.facts.get("headcount") == 12


# --- a promise is a sentence, not a count of its verb ---------------------------------------------

@pytest.mark.parametrize("say,name,value", [
    ("保证 12个人全年在岗", "全年在岗人数", "=12人"),
    ("确保 8个人全年在岗", "全年在岗人数", "=8人"),
    ("培训 40个人", "培训人数", "=40人"),
    ("资助 30个人", "资助人数", "=30人"),
])
def test_a_promise_or_a_people_count_is_named_by_what_is_counted(say, name, value):
    iv = asked_on(TODAY, "indicators.数量指标", FORM)
    iv.answer(say)
    rows = _rows(iv)
    assert rows.get(name) == value, rows
    assert not any(n.startswith(("保证", "确保")) or "人全年" in n for n in rows), rows


def test_last_years_carryover_is_this_projects_funding_not_another_years_figure():
    iv = asked_on(TODAY, "funding", FORM)
    r = iv.answer("去年结转6万，今年财政拨款30万")
    assert iv.form.funding.carryover == pytest.approx(6)
    assert not any("别的年份" in s for s in r.said)


# --- a budget line said as arithmetic -------------------------------------------------------------

def test_arithmetic_lines_are_named_by_their_words_and_take_the_stated_result():
    iv = asked_on(TODAY, "budget_items", FORM)
    iv.answer("一级公路巡查 12次 × 0.5w = 6w\n二级桥梁检测 4座 × 2.5w = 10w\n标志标线 3w")
    assert {(b.name, b.amount) for b in iv.form.budget_items} == {("一级公路巡查", 6), ("二级桥梁检测", 10), ("标志标线", 3)}


@pytest.mark.parametrize("say", ["护栏更换 80米×0.03万=3万；养护机械 6万"])     # 80×0.03 = 2.4, not 3
def test_a_product_that_does_not_give_her_result_stores_no_line(say):
    iv = asked_on(TODAY, "budget_items", FORM)
    r = iv.answer(say)
    assert iv.form.budget_items == []
    assert any("预算明细这次没有记下" in s for s in r.said)
    assert not any(b.amount in (0.03, 2.4) for b in iv.form.budget_items)


def test_a_product_with_no_result_said_is_computed_and_listed_unconfirmed():
    # issue 11: a number computed from stated numbers (a product), listed until she confirms it (unitcost.py)
    iv = asked_on(TODAY, "budget_items", FORM)
    iv.answer("护栏更换 80米×300元；养护机械 6万")
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("护栏更换", 2.4), ("养护机械", 6)]
    assert "budget_items[0].amount" in {u.path for u in iv.unconfirmed_numbers()}


# --- a correction said as a difference --------------------------------------------------------------

ROWS = dict(FORM, indicators=[{"level1": "产出指标", "level2": "数量指标", "name": "修复危桥", "value": "=14座"},
                              {"level1": "产出指标", "level2": "数量指标", "name": "培训养护工", "value": "=260人"},
                              {"level1": "产出指标", "level2": "质量指标", "name": "路面合格率", "value": "≥95%"}])


@pytest.mark.parametrize("say,name,value", [
    ("危桥多了3座", "修复危桥", "=17座"),
    ("修复危桥多算了2座", "修复危桥", "=12座"),
    ("人数少算了40个", "培训养护工", "=300人"),
    ("培训养护工多报了60人", "培训养护工", "=200人"),
])
def test_a_difference_corrects_the_stored_figure_as_computed(say, name, value):
    iv = asked_on(TODAY, "indicators.时效指标", ROWS)
    r = iv.answer(say)
    assert _rows(iv)[name] == value
    assert "correction" in r.acts and any("算出" in s for s in r.said)
    assert any(u.path == f"indicators:{name}" for u in iv.unconfirmed_numbers())    # listed until she confirms
    assert len(iv.form.indicators) == 3


def test_a_difference_that_names_no_row_changes_nothing():
    iv = asked_on(TODAY, "indicators.时效指标", ROWS)
    iv.answer("隧道多了2座")
    assert _rows(iv) == {"修复危桥": "=14座", "培训养护工": "=260人", "路面合格率": "≥95%"}
