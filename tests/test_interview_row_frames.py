"""Indicator rows said with a time frame or a frequency keep what she said:
- "每月至少下乡8次": the frame 每月 alone is no name — the verb after 至少 joins it (「每月下乡」 ≥8次), never 「每月」;
- "巡查至少每月1次": the frequency stays in the value (not "≥1次", which loses 每月);
- a bare count at the 时效 question ("每周下乡2次") is as said (=2次), not made a ceiling (≤2次) — ≤ is for
  time limits (≤15个工作日, 15天)."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.choices import parse_choice
from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 2)


def _one(text, category="时效指标"):
    rows = parse_choice(text, category, [])
    assert len(rows) == 1, rows
    return rows[0][0]["name"], rows[0][0]["value"]


@pytest.mark.parametrize("text, name, value", [
    ("每月至少下乡8次", "每月下乡", "≥8次"),
    ("每年至少培训2次", "每年培训", "≥2次"),
    ("全年不少于开展12场", "全年开展", "≥12场"),
    ("全年开展活动不少于12场", "全年开展活动", "≥12场"),
])
def test_a_time_frame_is_no_name_alone(text, name, value):
    assert _one(text) == (name, value)


def test_a_frequency_after_the_bound_stays_in_the_value():
    name, value = _one("巡查至少每月1次")
    assert name == "巡查" and "每月" in value


@pytest.mark.parametrize("text, value", [
    ("每周下乡2次", "=2次"),
    ("办结时限15个工作日", "≤15个工作日"),
    ("整改时间15天", "≤15天"),
])
def test_the_direction_of_a_bare_timeliness_figure(text, value):
    assert _one(text)[1] == value


def test_in_the_interview_the_frame_row_gets_a_name():
    iv = asked_on(TODAY, "indicators.时效指标")
    iv.answer("每月至少下乡8次")
    names = {i.name: i.value for i in iv.form.indicators}
    assert "每月" not in names
    assert names.get("每月下乡") == "≥8次"
