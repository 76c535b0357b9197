""""删掉成本指标" deletes the rows of that category: its one row at once; of several, she is asked which (or 全部);
"产出指标全部删掉" / "删除所有满意度指标" delete them all. A delete command is never stored as the asked text
(it was: 部门职能 "删掉产出指标"), and no English path name is ever shown ("没找到要删除的indicators")."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
ROWS = [("产出指标", "数量指标", "运维点位数", "=46个"), ("产出指标", "质量指标", "设备完好率", "≥95%"),
        ("产出指标", "成本指标", "每个点位运维成本", "≤6000元/个"), ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")]
BASE = {"project_name": "森林防火视频监控系统运维", "unit": "县林业局", "department": "县林业局",
        "funding": {"total": 32.6, "current_year": 32.6, "carryover": 0, "other": 0}, "start": "2027-01", "end": "2027-12",
        "year": 2027, "goals": {"annual": ["保障全县46个监控点位正常运行"]},
        "indicators": [{"scope": "annual", "level1": a, "level2": b, "name": n, "value": v} for a, b, n, v in ROWS]}


def _names(iv):
    return [i.name for i in iv.form.indicators]


@pytest.mark.parametrize("said, gone", [("删掉成本指标", ["每个点位运维成本"]), ("删除所有满意度指标", ["群众满意度"]),
                                        ("产出指标全部删掉", ["运维点位数", "设备完好率", "每个点位运维成本"])])
def test_category_deleted(said, gone):
    iv = asked_on(TODAY, "unit_functions", BASE)
    r = iv.answer(said)
    assert _names(iv) == [n for _, _, n, _ in ROWS if n not in gone]
    assert not iv.form.unit_functions
    assert not any("indicators" in s for s in r.said)


def test_several_rows_asked_which():
    iv = asked_on(TODAY, "unit_functions", BASE)
    r = iv.answer("删掉产出指标")
    assert _names(iv) == [n for _, _, n, _ in ROWS] and not iv.form.unit_functions
    assert any("要删哪一条" in s for s in r.said), r.said


def test_nothing_of_that_category():
    iv = asked_on(TODAY, "unit_functions", BASE)
    r = iv.answer("删掉经济效益指标")
    assert _names(iv) == [n for _, _, n, _ in ROWS]
    assert any("还没有经济效益指标" in s for s in r.said), r.said
