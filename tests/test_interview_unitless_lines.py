"""Budget lines said without a unit.

- "人工费30，材料费20，运输10" (commas) was unreadable, while the same with semicolons was read: the comma was taken
  for a thousands separator and the three lines ran together.
- "人工费30万，材料费20，运输10" stored 人工费 alone and dropped the other two without a word. They are read in 万元 only
  when so all lines add up to the total exactly; otherwise they are not stored, and she is told how to add them."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
FORM = {"project_name": "农村道路养护经费", "unit": "县公路养护中心", "department": "县交通运输局",
        "start": "2027-01", "end": "2027-12", "year": 2027,
        "funding": {"total": 60.0, "carryover": 0.0, "other": 0.0, "current_year": 60.0}}


def _items(iv) -> dict[str, float]:
    return {i.name: i.amount for i in iv.form.budget_items}


@pytest.mark.parametrize("said", ["人工费30，材料费20，运输10", "人工费 30，材料费 20，运输 10", "人工费30万，材料费20，运输10",
                                  "人工费30万元，材料费20，运输10"])
def test_lines_adding_up_to_the_total_are_read_in_wan(said):
    iv = asked_on(TODAY, "budget_items", FORM)
    iv.answer(said)
    assert _items(iv) == {"人工费": 30.0, "材料费": 20.0, "运输": 10.0}


def test_unitless_lines_that_do_not_add_up_are_not_stored_and_said():
    iv = asked_on(TODAY, "budget_items", FORM)
    r = iv.answer("人工费30万，材料费20，运输5")
    assert _items(iv) == {"人工费": 30.0}
    assert any("没写单位" in s and "材料费" in s for s in r.said)


def test_a_thousands_comma_is_still_one_figure():
    iv = asked_on(TODAY, "budget_items", {**FORM, "funding": {"total": 1.3, "carryover": 0.0, "other": 0.0, "current_year": 1.3}})
    iv.answer("人工费12,500元；材料费500元")
    assert _items(iv) == {"人工费": 1.25, "材料费": 0.05}
