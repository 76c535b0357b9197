"""Changes she names after a remark ("今年的跟去年差不多，就是年份改成2027，钱改成600万") or after 不过/只是: each change is
made. The year was dropped after "就是" or a remark about last year, and "不过总额改成600万" named no field at all."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
LAST_YEAR = {"project_name": "农村公路日常养护", "unit": "县农村公路管理所", "department": "县交通运输局",
             "funding": {"total": 560.0, "carryover": 0.0, "other": 0.0, "current_year": 560.0},
             "start": "2025-01", "end": "2025-12", "year": 2025}


@pytest.mark.parametrize("said", ["就是年份改成2027，钱改成600万", "和去年基本一样，就是年份改成2027，总额改成600万",
                                  "跟上年差不多，只是年份改成2027，资金总额改成600万"])
def test_both_changes_made(said):
    iv = asked_on(TODAY, "overview", LAST_YEAR)
    iv.answer(said)
    assert iv.form.year == 2027 and iv.form.start == "2027-01" and iv.form.end == "2027-12"
    assert iv.form.funding.total == 600.0
    assert not iv.form.overview


@pytest.mark.parametrize("said", ["不过总额改成600万", "只是总额改成600万", "跟去年一样，不过总额改成600万"])
def test_change_after_but(said):
    iv = asked_on(TODAY, "overview", LAST_YEAR)
    iv.answer(said)
    assert iv.form.funding.total == 600.0
    assert not iv.form.overview
