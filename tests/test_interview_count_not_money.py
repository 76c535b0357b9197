"""A count said at the money question is no amount, and a phone typed in groups is one number.

'钱是按人头给的，每人89元，6万人' was stored as 项目资金总额 6万元 (the 6 of 6万人 read as a bare amount in 万元);
'027-8765 4321' (a landline typed with a space) was not read as a phone at all, asked twice, then set aside.
"""
import datetime as dt

import pytest

from assistant.interview.engine import Interview
from assistant.interview.whom import _phone_in


def _at(field: str, msg: str) -> Interview:
    iv = Interview(today=dt.date(2026, 12, 2))
    iv.opening()
    iv.ask(field)
    iv.answer(msg)
    return iv


@pytest.mark.parametrize("msg", ["钱是按人头给的，每人89元，6万人", "6万人，每人89元", "服务6万人", "覆盖2.3万户",
                                 "总共6万人的经费", "受益1.2万亩"])
def test_count_at_funding_is_no_total(msg):
    iv = _at("funding", msg)
    assert iv.form.funding.total is None
    assert iv.form.funding.current_year is None


@pytest.mark.parametrize("msg,total", [("6万", 6.0), ("60", 60.0), ("覆盖2.3万户，资金120", 120.0), ("总共六万", 6.0)])
def test_amounts_still_read(msg, total):
    assert _at("funding", msg).form.funding.total == total


@pytest.mark.parametrize("typed,kept", [
    ("027-8765 4321", "027-87654321"), ("0851 3821123", "0851-3821123"), ("138 0000 1111", "13800001111"),
    ("138-0000-1111", "13800001111"), ("0471-6612345", "0471-6612345"), ("0471-6612345-8021", "0471-6612345-8021"),
    ("0471-6612345转3", "0471-6612345转3"), ("8765 4321", "87654321"), ("6612345", "6612345"),
])
def test_phone_in_groups(typed, kept):
    assert _phone_in(typed) == kept


def test_grouped_phone_answer_is_stored():
    iv = _at("unit_phone", "027-8765 4321")
    assert iv.form.unit_phone == "027-87654321"


@pytest.mark.parametrize("text", ["2023年3月15日", "2023-03-15", "共计12345元"])
def test_no_phone_from_dates_or_amounts(text):
    assert _phone_in(text) == ""
