"""Budget lines numbered one per line ("1、办公费2万\\n2、差旅费1万…"): the next line's number is no part of the amount
before it — "2万\\n2、" was read as 2万2 (2.2万) and every line but the last got an invented figure. "48万6" is still
48.6万. A 小计 line is the sum, never a line of spending."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview import answers as A
from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "森林防火视频监控系统运维", "unit": "县林业局", "department": "县林业局",
        "funding": {"total": 32.6, "current_year": 32.6, "carryover": 0, "other": 0}, "start": "2027-01", "end": "2027-12",
        "year": 2027}


@pytest.mark.parametrize("said", ["1、办公费2万\n2、差旅费1万\n3、劳务费29.6万\n小计32.6万",
                                  "办公费2万 2、差旅费1万 3、劳务费29.6万",
                                  "1）办公费2万\n2）差旅费1万\n3）劳务费29.6万"])
def test_numbered_lines(said):
    iv = asked_on(TODAY, "budget_items", BASE)
    iv.answer(said)
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("办公费", 2.0), ("差旅费", 1.0), ("劳务费", 29.6)]


@pytest.mark.parametrize("text, out", [("48万6", "48.6万"), ("48万6千元", "48.6万元"), ("48万 6", "48.6万"),
                                       ("办公费2万\n2、差旅费", "办公费2万\n2、差旅费"), ("2万 3）差旅费", "2万 3)差旅费")])
def test_wan_digit(text, out):
    assert A.prep(text) == out


def test_aside_explaining_a_sum_is_no_open_price():
    """"电梯80万（2台，每台40万）": the bracket explains the 80万 she gave — no note that a price lacks its sum."""
    iv = asked_on(TODAY, "budget_items", BASE)
    r = iv.answer("电梯80万（2台，每台40万），土建20万")
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("电梯", 80.0), ("土建", 20.0)]
    assert not any("只说了单价" in s for s in r.said), r.said
