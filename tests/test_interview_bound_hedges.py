"""A bound said of money is no amount: "撑死了50万", "少说也有50万", "最多不超过50万吧" were stored as a total of 50万元.
They are asked exactly, like "大概50万"; a plain "50万" is stored."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
FORM = {"project_name": "群众文化惠民演出经费", "unit": "县文化馆", "department": "县文旅局",
        "start": "2027-01", "end": "2027-12", "year": 2027}


@pytest.mark.parametrize("said", ["撑死了50万", "少说也有50万", "最多不超过50万吧", "顶多也就50万", "起码得有50万"])
def test_money_bound_is_asked_exactly(said):
    iv = asked_on(TODAY, "funding.total", FORM)
    r = iv.answer(said)
    assert iv.form.funding.total is None
    assert r.question is not None and r.question.field == "funding" and "准确" in r.question.text


def test_plain_money_is_stored():
    iv = asked_on(TODAY, "funding.total", FORM)
    iv.answer("50万")
    assert iv.form.funding.total == 50.0
