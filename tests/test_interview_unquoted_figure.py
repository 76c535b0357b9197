"""A figure she said before, corrected without quotes ("刚才说的89座不对，是91座"), changes where she wrote it, as a
quoted one does (quoted.py); a figure she never wrote changes nothing and she is told so — never the asked field."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "城区公厕保洁服务", "unit": "区城市管理局", "department": "区城市管理局",
        "overview": "全区公厕89座，委托保洁公司日常保洁，每座每年1.2万元"}


@pytest.mark.parametrize("said", ["刚才说的89座不对，是91座", "刚才说的89座不对，是91座，钱也跟着变", "前面写的89座错了，应该是91座"])
def test_an_unquoted_figure_is_changed_where_she_wrote_it(said):
    iv = asked_on(TODAY, "function_code", dict(BASE, funding={"total": 106.8}))
    iv.answer(said)
    assert iv.form.overview == "全区公厕91座，委托保洁公司日常保洁，每座每年1.2万元"
    assert iv.form.function_code == ""


def test_a_figure_she_never_wrote_changes_nothing():
    iv = asked_on(TODAY, "function_code", BASE)
    before = iv.form.to_json()
    iv.answer("刚才说的75座不对，是91座")
    assert iv.form.to_json() == before
