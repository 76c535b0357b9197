"""An indicator written "名称：不低于95%" (the label's colon, then a bound in words) is read like "名称 不低于95%": the
row was lost with "没能读出指标名称和数值"."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "森林防火视频监控系统运维", "unit": "县林业局", "department": "县林业局",
        "funding": {"total": 32.6, "current_year": 32.6, "carryover": 0, "other": 0}, "start": "2027-01", "end": "2027-12",
        "year": 2027}


@pytest.mark.parametrize("said, name, value", [("设备完好率：不低于95%", "设备完好率", "≥95%"),
                                               ("设备完好率:不低于百分之九十五", "设备完好率", "≥95%"),
                                               ("巡检覆盖率：不少于98%", "巡检覆盖率", "≥98%")])
def test_colon_then_bound(said, name, value):
    iv = asked_on(TODAY, "indicators.质量指标", BASE)
    iv.answer(said)
    assert [(i.name, i.value) for i in iv.form.indicators] == [(name, value)]
