"""A figure with thousands separators is one figure: "326,000.00" at 资金 was split at its comma and stored as a total
of 326万元 (or, read whole, 326000万元). Without a unit it is asked (元 or 万元), with its decimals too."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.slips import ungrouped
from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "森林防火视频监控系统运维", "unit": "县林业局", "department": "县林业局"}


@pytest.mark.parametrize("said", ["326,000.00", "326000.00", "1,250,000"])
def test_grouped_figure_without_unit_is_asked(said):
    iv = asked_on(TODAY, "funding", BASE)
    r = iv.answer(said)
    assert iv.form.funding.total is None
    assert any("没有单位" in s for s in r.said), r.said


@pytest.mark.parametrize("said, total", [("326,000.00元", 32.6), ("1,250,000元", 125.0), ("32.60", 32.6)])
def test_grouped_figure_with_unit_read_whole(said, total):
    iv = asked_on(TODAY, "funding", BASE)
    iv.answer(said)
    assert iv.form.funding.total == total


@pytest.mark.parametrize("text, out", [("1,250,000元", "1250000元"), ("1,2,3都要", "1,2,3都要"), ("12,5", "12,5"),
                                       ("工资 36,000，社保 9,600", "工资 36000，社保 9600")])
def test_ungrouped(text, out):
    assert ungrouped(text) == out
