"""Time limits said the short way are 时效 rows: a Latin unit after the figure ("72h内", "15min内"), a date with dots
before 前 ("9.30前", "26.11.15前": the value keeps her figures), a deed done by a day each month ("每个月5号以前
巡查完"), and how long ahead something must be done ("须提前两日报名": at least so long)."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview


def _rows(said: str) -> dict:
    iv = Interview(today=dt.date(2026, 3, 2))
    iv.opening()
    iv.ask("indicators.时效指标")
    r = iv.answer(said)
    assert "answer" in r.acts and "unclear" not in r.acts, (r.acts, r.said)
    return {i.name: i.value for i in iv.form.indicators}


@pytest.mark.parametrize("said, value", [
    ("接报后72h内完成处置", "≤72小时"),
    ("群众来电15min内响应", "≤15分钟"),
    ("9.30前完成", "9.30前"),
    ("26.11.15前完成全部验收", "26.11.15前"),
    ("每个月5号以前巡查完", "5号前"),
    ("参训人员须提前两日报名", "≥2日"),
])
def test_a_time_said_the_short_way(said, value):
    rows = _rows(said)
    assert any(value in v for v in rows.values()), rows


def test_a_decimal_before_qian_is_no_date():
    iv = Interview(today=dt.date(2026, 3, 2))
    iv.opening()
    iv.ask("indicators.时效指标")
    iv.answer("13.45前完成")            # no month 13: nothing read as a date
    assert not any("13月" in i.value or "13.45" in i.value for i in iv.form.indicators)


@pytest.mark.parametrize("said, value", [
    ("开学前完成，也就是明年8月底前", "2027年8月底前"),
    ("冬季前竣工，即今年11月底以前", "2026年11月底前"),
])
def test_a_deadline_said_again_exactly(said, value):
    rows = _rows(said)
    assert any(v == value for v in rows.values()), rows
