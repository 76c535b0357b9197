"""The cost said as the project's whole money ("成本就是总的那个钱", "成本按总预算") at the 成本指标 question was not
read: it is now the row 项目总成本 ≤ the stated total, computed from it (listed to confirm, never as hers); without a
total nothing is stored and the total is asked for."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2025, 7, 1)
FORM = {"project_name": "基层公共法律服务", "unit": "县司法局"}


@pytest.mark.parametrize("say", ["成本就是总的那个钱", "成本按总预算", "就是全部的钱", "控制在预算内", "不超预算", "成本不突破批复"])
def test_the_total_as_the_cost_is_a_computed_row(say):
    iv = asked_on(TODAY, "funding", FORM)
    iv.answer("64.5万")
    iv.ask("indicators.成本指标")
    iv.answer(say)
    rows = {i.name: (i.level2, i.value) for i in iv.form.indicators}
    assert rows.get("项目总成本") == ("成本指标", "≤64.5万元"), rows
    assert "indicators:项目总成本" in {u.path for u in iv.unconfirmed_numbers()}


def test_without_a_total_nothing_is_stored_and_the_total_is_asked():
    iv = asked_on(TODAY, "indicators.成本指标", FORM)
    r = iv.answer("成本就是总的那个钱")
    assert not iv.form.indicators
    assert any("资金总额" in s for s in r.said), r.said


def test_a_figure_of_her_own_is_not_the_total():
    iv = asked_on(TODAY, "funding", FORM)
    iv.answer("64.5万")
    iv.ask("indicators.成本指标")
    iv.answer("人均服务成本不超过200元")
    assert "项目总成本" not in {i.name for i in iv.form.indicators}
