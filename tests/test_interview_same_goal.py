""""中长期目标同年度目标" (a one-year project) is the annual goal's words, copied as she says — never refused as a
non-answer, never stored as the words "同年度目标". With no annual goal yet she is asked to write it."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
ANNUAL = "保障全县46个监控点位正常运行，设备完好率不低于95%"
BASE = {"project_name": "森林防火视频监控系统运维", "unit": "县林业局", "department": "县林业局",
        "funding": {"total": 32.6, "current_year": 32.6, "carryover": 0, "other": 0}, "start": "2027-01", "end": "2027-12",
        "year": 2027}


@pytest.mark.parametrize("said", ["同年度目标", "和年度目标一样", "跟上面一样", "就跟年度的一样吧"])
def test_long_term_same_as_annual(said):
    iv = asked_on(TODAY, "goals.long_term", {**BASE, "goals": {"annual": [ANNUAL]}})
    iv.answer(said)
    assert list(iv.form.goals.long_term) == [ANNUAL]


def test_annual_same_as_long_term():
    iv = asked_on(TODAY, "goals.annual", {**BASE, "goals": {"long_term": [ANNUAL]}})
    iv.answer("跟中长期目标一样")
    assert list(iv.form.goals.annual) == [ANNUAL]


def test_nothing_to_copy_is_asked():
    iv = asked_on(TODAY, "goals.long_term", BASE)
    r = iv.answer("同年度目标")
    assert not iv.form.goals.long_term
    assert any("还没有填" in s or "不能写" in s for s in r.said), r.said
