"""The figure she quotes as the wrong one, pointed at ("800人那个写错了，是850"): it was read as the new value, and the
reply said the row already held it ("已经是800人，没有改动")."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
FORM = {"project_name": "农村饮水安全维修养护", "unit": "县水务服务中心", "department": "县水利局",
        "funding": {"total": 120.0, "carryover": 0.0, "other": 0.0, "current_year": 120.0},
        "start": "2027-01", "end": "2027-12", "year": 2027,
        "indicators": [{"scope": "annual", "level1": "产出指标", "level2": "数量指标", "name": "维修供水工程处数", "value": "=35处"},
                       {"scope": "annual", "level1": "产出指标", "level2": "数量指标", "name": "受益人口", "value": "≥12000人"}]}


def _value(iv, name):
    return next(i.value for i in iv.form.indicators if i.name == name)


@pytest.mark.parametrize("said", ["12000人那个写错了，是12600人", "12000那个数不对，应该是12600", "12000人这个错了 是一万二千六",
                                  "12000人那里改成12600人"])
def test_quoted_old_figure_pointed_at(said):
    iv = asked_on(TODAY, "indicators.质量指标", FORM)
    iv.answer(said)
    assert _value(iv, "受益人口") == "≥12600人"
    assert _value(iv, "维修供水工程处数") == "=35处"


def test_quoted_old_count_pointed_at():
    iv = asked_on(TODAY, "indicators.时效指标", FORM)
    iv.answer("35处那个说错了，是38处")
    assert _value(iv, "维修供水工程处数") == "=38处"
