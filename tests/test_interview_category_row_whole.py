"""A row named by its category, changed to a whole row of her own: "社会效益那个改成家长接送时间每天减少1小时以上" stored
"≥1小时" under the old name 「家长接送压力」 (a figure under a name it does not measure). Now her row takes its place;
a bare new value still changes the value only."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
FORM = {"project_name": "中小学生课后服务补助", "unit": "县教体局", "department": "县教体局",
        "start": "2027-01", "end": "2027-12", "year": 2027, "funding": {"total": 600.0},
        "indicators": [
            {"scope": "annual", "level1": "产出指标", "level2": "数量指标", "name": "受益学生人数", "value": "≥15000人"},
            {"scope": "annual", "level1": "效益指标", "level2": "社会效益指标", "name": "家长接送压力", "value": "明显缓解"},
            {"scope": "annual", "level1": "满意度指标", "level2": "服务对象满意度指标", "name": "家长满意度", "value": "≥90%"}]}


def _rows(iv) -> dict[str, str]:
    return {i.name: i.value for i in iv.form.indicators}


@pytest.mark.parametrize("said, name, value", [
    ("社会效益那个改成家长接送时间每天减少1小时以上", "家长接送时间每天减少", "≥1小时"),
    ("社会效益那条改成≥2小时", "家长接送压力", "≥2小时"),
])
def test_category_row_changed(said, name, value):
    iv = asked_on(TODAY, "basis", FORM)
    iv.answer(said)
    rows = _rows(iv)
    assert rows[name] == value
    assert len(rows) == 3 and rows["受益学生人数"] == "≥15000人" and rows["家长满意度"] == "≥90%"
    assert next(i for i in iv.form.indicators if i.name == name).level2 == "社会效益指标"
    assert not iv.form.basis
