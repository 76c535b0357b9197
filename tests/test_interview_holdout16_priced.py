"""Budget lines said as a count and a price per thing, no sum (issue 11: "computed from stated numbers (sums,
products) and listed as unconfirmed until confirmed"): the line's amount is the product, stored as computed,
said back with how it was reckoned, and listed at the final check; a price whose count was given for an earlier
line of the message takes that count; when one priced line cannot be reckoned (no count, or a count beside a
product) nothing is computed and the lines are asked about as before. Also: an upper bound said with 最多 at an
indicator is the row's ≤, not an estimate; a budget line's name may say what it covers in brackets with "+".
Sentences here are our own, not the dialogues'.
"""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview
from assistant.interview.unitcost import resolve

TODAY = dt.date(2026, 2, 10)


def _at_items(text: str) -> tuple[Interview, list[str]]:
    iv = Interview(today=TODAY)
    iv.opening()
    iv.ask("budget_items")
    r = iv.answer(text)
    return iv, r.said


def _lines(iv: Interview) -> list[tuple[str, float]]:
    return [(b.name, round(b.amount, 4)) for b in iv.form.budget_items]


def test_count_and_price_per_thing_make_a_computed_line():
    iv, said = _at_items("路灯灯杆40根，每根0.35万；太阳能板25块×0.2万；安装调试3万")
    assert _lines(iv) == [("路灯灯杆", 14), ("太阳能板", 5), ("安装调试", 3)]
    pending = {u.path for u in iv.unconfirmed_numbers()}
    assert {"budget_items[0].amount", "budget_items[1].amount"} <= pending
    assert "budget_items[2].amount" not in pending           # her own figure
    assert any("40根×0.35万" in s and "确认" in s for s in said)


def test_a_price_takes_the_count_said_for_an_earlier_line():
    iv, _ = _at_items("水样检测每份300元，共60份；水样运输每份50元")
    assert _lines(iv) == [("水样检测", 1.8), ("水样运输", 0.3)]


def test_several_measures_multiply():
    iv, _ = _at_items("伙食补助每人每天80元，150人，4天；场地租赁2万元")
    assert _lines(iv) == [("伙食补助", 4.8), ("场地租赁", 2)]


@pytest.mark.parametrize("text", [
    "宣传栏每块0.4万；印刷品1万",                 # no count for 块 anywhere
    "监控12个，镜头8个，每个0.3万",               # two counts of 个: which one is not said
])
def test_a_price_that_cannot_be_reckoned_computes_nothing(text):
    assert resolve(text) is None


def test_the_numbers_are_stated_or_listed():
    iv, _ = _at_items("宣传册两万本，每本3元")
    assert _lines(iv) == [("宣传册", 6)]
    assert "budget_items[0].amount" in {u.path for u in iv.unconfirmed_numbers()}


def test_at_most_at_an_indicator_is_its_upper_bound():
    iv = Interview(today=TODAY)
    iv.opening()
    iv.ask("indicators.成本指标")
    r = iv.answer("每场次宣讲补贴最多800元")
    row = next(i for i in iv.form.indicators if i.name == "每场次宣讲补贴")
    assert row.value == "≤800元"
    assert "hedge" not in r.acts


def test_a_line_name_says_what_it_covers_with_a_plus():
    iv, _ = _at_items("巡查（无人机+人工）30万；资料整理5万")
    assert [n for n, _ in _lines(iv)][1] == "资料整理"
    assert len(iv.form.budget_items) == 2 and "巡查" in iv.form.budget_items[0].name
