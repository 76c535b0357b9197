"""A school year across two calendar years ("按学年算，2026年9月到2027年7月") on a form whose 预算年度 is 2027 leaves the
year alone: it was changed to 2026 (the start's year) as if last year's form had been pasted."""
from __future__ import annotations

import datetime as dt

from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 4)


def test_a_school_year_keeps_the_year_it_ends_in():
    iv = asked_on(DAY, "start", {"project_name": "学前教育幼儿资助", "unit": "县教育局", "department": "县教育局", "year": 2027})
    iv.answer("按学年算，2026年9月到2027年7月")
    assert (iv.form.start, iv.form.end, iv.form.year) == ("2026-09", "2027-07", 2027)


def test_a_period_in_one_other_year_still_moves_a_pasted_year():
    iv = asked_on(DAY, "start", {"project_name": "学前教育幼儿资助", "unit": "县教育局", "department": "县教育局", "year": 2025})
    iv.answer("2027年1月到2027年12月")
    assert iv.form.year == 2027
