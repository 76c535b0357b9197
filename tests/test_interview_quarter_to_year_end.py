"""A period from a quarter to the year's end ("明年二季度到年底", "从二季度开始，干到年底", "Q3到年底") runs from the
quarter's first month to December of that year; a quarter done at the end stays one month."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 11, 20)
BASE = {"project_name": "农村生活垃圾收运", "unit": "镇人民政府", "department": "县住房和城乡建设局"}


@pytest.mark.parametrize("said, start", [("明年二季度到年底", "2027-04"), ("从明年二季度开始，干到年底", "2027-04"),
                                         ("2027年Q3到年底", "2027-07"), ("明年第四季度至年末", "2027-10")])
def test_quarter_to_year_end(said, start):
    iv = asked_on(TODAY, "start", BASE)
    iv.answer(said)
    assert (iv.form.start, iv.form.end, iv.form.year) == (start, "2027-12", 2027)


def test_two_quarters_still_read():
    iv = asked_on(TODAY, "start", BASE)
    iv.answer("明年二季度到三季度")
    assert (iv.form.start, iv.form.end) == ("2027-04", "2027-09")
