""""大概能惠及两万来人吧" is a rough count of people, never money: it asked for the exact 项目资金总额 and then said
"项目资金总额（21000）：回答里没有这个数" to her "两万一千三百人"; then it asked for a row named 「吧人数」 by a figure of 2.
A hedged 万 before 来/多/余 and a measure is a count (20000人), its row named by her verb (惠及人数)."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview import answers as A
from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 4)
FORM = {"project_name": "村庄太阳能路灯安装项目", "department": "青石镇人民政府", "unit": "青石镇人民政府",
        "start": "2027-01", "end": "2027-12", "year": 2027, "funding": {"total": 80.0}}


@pytest.mark.parametrize("said", ["惠及两万来人", "2万多户", "3万余亩", "两万左右人次", "3亿多人"])
def test_a_hedged_count_in_wan_is_no_money(said):
    assert A.amounts(A.prep(said)) == []


@pytest.mark.parametrize("said", ["30万来块", "20万多", "50万左右"])
def test_hedged_money_stays_money(said):
    assert len(A.amounts(A.prep(said))) == 1


def test_a_rough_count_of_people_asks_its_row_exactly():
    iv = asked_on(DAY, "indicators.效益指标", FORM)
    r = iv.answer("晚上出门方便了，安全了，大概能惠及两万来人吧")
    text = "\n".join(r.lines())
    assert "资金" not in text and "20000人" in text and "「惠及人数」" in text, text
    iv.answer("两万一千三百人")
    assert [(i.name, i.value) for i in iv.form.indicators] == [("惠及人数", "≥21300人")]
    assert iv.form.funding.total == 80.0


def test_money_at_a_line_end_stays_money():
    """"上年结转34.4万" then a new line "本年预算700万": 本 starts the next line, it measures nothing."""
    assert [a[2] for a in A.amounts("上年结转34.4万\n本年预算700万")] == [34.4, 700.0]
