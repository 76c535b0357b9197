"""Amounts written with a magnitude people use (issue 11: numbers as people write them, nothing invented):
486k is 486 thousand 元, 0.486百万 is 48.6万, digits read one by one (四八六千元) are 486千元 — never 486万,
100万 or 0.6万. A k that is no money (1k米) is left alone."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview import answers as A
from interview_helpers import asked_on


@pytest.mark.parametrize("said, wan", [("486k", 48.6), ("486K元", 48.6), ("0.486百万", 48.6), ("1.2百万", 120),
                                       ("四八六千元", 48.6), ("0.15千万", 150)])
def test_a_total_with_its_magnitude(said, wan):
    iv = asked_on(dt.date(2026, 12, 3), "funding", {"project_name": "社会化聘用人员经费", "unit": "市信访局"})
    iv.answer(said)
    assert iv.form.funding.total == wan


@pytest.mark.parametrize("said", ["1k米", "2k人", "二〇二四年"])
def test_no_money_where_none_is_said(said):
    assert A.amounts(A.prep(said)) == []
