"""An indicator she has already, named again at another category's question: said with the same figure it stays as it
is ("已经记下了", never moved to the asked category or given a bound she did not say — "=12个" became 质量指标 "≥12个");
said with a new figure it keeps its category and its bound; a bound she says is hers."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "长者食堂运营补贴", "unit": "区民政局", "department": "区民政局",
        "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "长者食堂数量", "value": "=12个"}]}


def _row(iv, name):
    return next(((i.level2, i.value) for i in iv.form.indicators if i.name == name), None)


@pytest.mark.parametrize("asked", ["indicators.质量指标", "indicators.时效指标", "indicators.满意度指标"])
def test_the_same_row_said_again_stays(asked):
    iv = asked_on(TODAY, asked, BASE)
    reply = iv.answer("长者食堂数量 12个")
    assert _row(iv, "长者食堂数量") == ("数量指标", "=12个")
    assert len(iv.form.indicators) == 1
    assert any("已经记下" in s for s in reply.said)
    assert not any("没能读成指标" in s for s in reply.said)


def test_a_new_figure_keeps_kind_and_bound():
    iv = asked_on(TODAY, "indicators.质量指标", BASE)
    iv.answer("长者食堂数量 13个")
    assert _row(iv, "长者食堂数量") == ("数量指标", "=13个")


def test_a_bound_she_says_is_hers():
    iv = asked_on(TODAY, "indicators.质量指标", BASE)
    iv.answer("长者食堂数量不少于12个")
    assert _row(iv, "长者食堂数量") == ("数量指标", "≥12个")


def test_a_new_row_beside_it_is_read():
    iv = asked_on(TODAY, "indicators.质量指标", BASE)
    iv.answer("长者食堂数量 12个，食品安全事故 0起")
    assert _row(iv, "长者食堂数量") == ("数量指标", "=12个")
    assert _row(iv, "食品安全事故") == ("质量指标", "=0起")
