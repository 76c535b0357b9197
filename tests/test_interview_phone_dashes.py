"""A landline written with a long dash ("0358—4221567", as a Chinese IME types a hyphen) keeps its area code: it was
stored as 4221567, the area code lost."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "森林防火视频监控系统运维", "unit": "县林业局", "department": "县林业局"}


@pytest.mark.parametrize("said", ["王建军 0358—4221567", "王建军，0358–4221567", "王建军 0358 — 4221567", "王建军 0358－4221567"])
def test_dash_kept_area_code(said):
    iv = asked_on(TODAY, "unit_head", BASE)
    iv.answer(said)
    assert (iv.form.unit_head, iv.form.unit_phone) == ("王建军", "0358-4221567")
