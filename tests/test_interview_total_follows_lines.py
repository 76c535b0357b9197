""""总额也跟着变" after a budget line was changed: the total she means is the lines' sum — computed from her figures,
shown with how it is made (27.6+5.5=33.1万元) and stored on her yes only; her own figure instead is taken as said.
When the lines already add up to the total, or a line has no amount, nothing is proposed: she is asked for it."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "森林防火视频监控系统运维", "unit": "县林业局", "department": "县林业局",
        "funding": {"total": 32.6, "current_year": 32.6, "carryover": 0, "other": 0}, "start": "2027-01", "end": "2027-12",
        "year": 2027, "budget_items": [{"name": "运维服务费", "amount": 27.6}, {"name": "电费通讯费", "amount": 5.0}]}


def _changed_line(said):
    iv = asked_on(TODAY, "indicators.数量指标", BASE)
    iv.answer("刚才电费写错了，是5.5万")
    assert [b.amount for b in iv.form.budget_items] == [27.6, 5.5]
    iv.answer(said)
    return iv


@pytest.mark.parametrize("said", ["总额也跟着变", "钱也跟着变", "总金额相应调整"])
def test_sum_proposed_and_kept_on_yes(said):
    iv = _changed_line(said)
    assert iv.form.funding.total == 32.6             # not before her yes
    q = iv.next_question()
    assert q.field == "funding.total" and "27.6+5.5=33.1" in q.render()
    iv.answer("是")
    assert iv.form.funding.total == 33.1


def test_her_own_figure_instead():
    iv = _changed_line("总额也跟着变")
    iv.answer("不对，总额是33.5万")
    assert iv.form.funding.total == 33.5


def test_lines_that_add_up_propose_nothing():
    iv = asked_on(TODAY, "indicators.数量指标", BASE)
    r = iv.answer("总额也跟着变")
    assert any("要改成什么" in s for s in r.said), r.said
    assert "=" not in iv.next_question().render().split("。")[0]
