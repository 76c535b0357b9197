"""A rate written as a fraction and said again as per cent ("≥0.96，即96%", "≥0.35（35%）") is the per cent — it was
stored as ≥0.96% / ≥0.35%, a value a hundred times too small."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview


@pytest.mark.parametrize("field, said, name, value", [
    ("indicators.质量指标", "设备完好率≥0.96，即96%", "设备完好率", "≥96%"),
    ("indicators.效益指标", "秸秆综合利用率≥0.35（35%）", "秸秆综合利用率", "≥35%"),
    ("indicators.质量指标", "抽检合格率0.9也就是90%", "抽检合格率", "90%"),
])
def test_the_per_cent_she_restates(field, said, name, value):
    iv = Interview(today=dt.date(2026, 2, 9))
    iv.opening()
    iv.ask(field)
    iv.answer(said)
    rows = {i.name: i.value for i in iv.form.indicators}
    assert name in rows and value in rows[name] and "0." not in rows[name], rows
