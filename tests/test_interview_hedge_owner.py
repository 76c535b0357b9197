"""An estimate belongs to the figure it is: "每人每月200，大概500人" states the monthly sum and estimates the
people — the exact question is about the people, and her exact answer is taken (issue 11, hedges: ask for the
exact figure, store nothing as fact). People paid a subsidy are not staff hired: their rows say so, and a
monthly sum stated before the headcount gives one 成本 row, not two."""
from __future__ import annotations

import datetime as dt

from assistant.interview.engine import Interview
from assistant.interview.speech import Hedge, fits


def _at_overview(name: str, unit: str) -> Interview:
    iv = Interview(today=dt.date(2026, 12, 3))
    iv.opening()
    for said in (name, unit, "是", "一共90万"):
        iv.answer(said)
    assert iv.next_question().field == "overview"
    return iv


def test_an_estimated_headcount_beside_a_monthly_sum_asks_for_the_people():
    iv = _at_overview("困难老人护理补贴", "县民政局")
    iv.answer("按月发，每人每月150，估计400来人")
    q = iv.next_question()
    assert q.field == "fact.headcount"
    assert iv.facts.get("monthly") == 150 and not iv.facts.get("headcount")
    iv.answer("436人")
    assert iv.facts.get("headcount") == 436
    rows = {i.name: i.value for i in iv.form.indicators}
    assert "=436人" in rows.values()


def test_the_monthly_question_is_not_asked_for_an_estimate_of_people():
    iv = _at_overview("高龄津贴", "区民政局")
    said = "\n".join(iv.answer("每人每月300元，差不多两百人").lines())
    assert "每人每月的金额" not in said
    assert iv.facts.get("monthly") == 300


def test_people_paid_a_subsidy_are_not_hired_staff_and_one_cost_row_stands():
    iv = _at_overview("困难老人护理补贴", "县民政局")
    iv.answer("按月发，每人每月150，估计400来人")
    iv.answer("436人")
    names = [i.name for i in iv.form.indicators]
    assert "聘用人员数量" not in names and "补助对象人数" in names
    cost = [i for i in iv.form.indicators if i.level2 == "成本指标"]
    assert len(cost) == 1 and "150" in cost[0].value


def test_hired_staff_keep_the_hiring_names():
    iv = _at_overview("社区专职网格员聘用经费", "街道办事处")
    iv.answer("聘了15个网格员，每人每月5000元")
    names = [i.name for i in iv.form.indicators]
    assert "聘用人员数量" in names


def test_what_an_estimate_can_be_about():
    assert not fits(Hedge("", "大概500人", 500), "monthly")
    assert not fits(Hedge("", "大概500人", 500), "money")
    assert fits(Hedge("", "大概500人", 500), "count")
    assert not fits(Hedge("", "3000多块", 3000), "count")
    assert fits(Hedge("", "3000多块", 3000), "monthly")
    assert fits(Hedge("", "大概五十万", 500000), "money")
