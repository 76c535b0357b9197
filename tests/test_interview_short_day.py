"""A day written month.day ("12.3", "12/3") when the 填报日期 is asked is that day of this year, like "12月3号"; a
figure that is no month and day ("13.5") is not."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "森林防火视频监控系统运维", "unit": "县林业局", "department": "县林业局"}


@pytest.mark.parametrize("said, day", [("12.3", "2026-12-03"), ("12/3", "2026-12-03"), ("11.28号", "2026-11-28")])
def test_month_dot_day(said, day):
    iv = asked_on(TODAY, "fill_date", BASE)
    iv.answer(said)
    assert iv.form.fill_date == day


def test_no_such_day():
    iv = asked_on(TODAY, "fill_date", BASE)
    iv.answer("13.5")
    assert not iv.form.fill_date
