"""Spoken budget lists (extract.item_parts, funding_fills): products and sums said out give the
item's amount as the result she said; items added up with 加/+ are items, their total the total;
where the money comes from is no item; items said with the funding are taken only when they add up
to the total she said. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.answers import Context, prep
from assistant.interview.engine import Interview
from assistant.interview.extract import budget_items

TODAY = dt.date(2025, 3, 4)


@pytest.mark.parametrize("say, want", [
    ("护林员补助30人×800元×12个月=28.8万；防火物资采购5万", {"护林员补助": 28.8, "防火物资采购": 5}),
    ("巡查车租赁2辆乘以6万是12万，油料费3万", {"巡查车租赁": 12, "油料费": 3}),
    ("监控探头一个0.5万，20个就是10万，存储设备一台2万，3台6万", {"监控探头": 10, "存储设备": 6}),
    ("课时费40万加教材印制8万加考务组织2万", {"课时费": 40, "教材印制": 8, "考务组织": 2}),
])
def test_the_result_she_says_is_the_items_amount(say, want):
    items, _ = budget_items(prep(say), Context())
    assert {i["name"]: i["amount"] for i in items} == want


def test_the_total_said_after_the_items_is_no_item():
    items, _ = budget_items(prep("场地租赁12万+设备15万+宣传3万，合计30万"), Context())
    assert [i["name"] for i in items] == ["场地租赁", "设备", "宣传"]


def _funding(say: str) -> Interview:
    iv = Interview(today=TODAY)
    iv.ask("funding")
    iv.answer(say)
    return iv


def test_items_said_with_the_funding_that_add_up_are_taken():
    iv = _funding("课时费40万+教材印制8万+考务组织2万，一共50万")
    assert iv.form.funding.total == 50
    assert {b.name: b.amount for b in iv.form.budget_items} == {"课时费": 40, "教材印制": 8, "考务组织": 2}


def test_items_that_do_not_add_up_are_not_taken():
    iv = _funding("课时费40万+教材印制8万，一共50万")
    assert iv.form.funding.total == 50 and iv.form.budget_items == []


def test_a_sum_with_no_total_said_guesses_no_total():
    iv = _funding("课时费40万加教材印制8万")
    assert iv.form.funding.total is None


def test_the_result_of_a_product_is_the_total_and_its_factors_are_not():
    iv = _funding("200人×300元×10个月=60万")
    assert iv.form.funding.total == 60


def test_where_the_money_comes_from_is_no_item():
    iv = _funding("总共80万，其中省级补助50万，县配套30万")
    assert iv.form.funding.total == 80 and iv.form.budget_items == []


@pytest.mark.parametrize("say, carry, other", [
    ("没有结转，单位自筹四十万", 0, 40),
    ("上年结转零，其他资金：市级补助五十万", 0, 50),
    ("结转没有，其他资金是受益户缴的二十万", 0, 20),
    ("有结转，二十万", 20, None),
])
def test_the_parts_of_the_funding_go_where_her_labels_say(say, carry, other):
    iv = Interview(today=TODAY)
    iv.ask("funding.carryover")
    r = iv.answer(say)
    assert iv.form.funding.carryover == carry
    assert iv.form.funding.other == other or other is None
    assert "facts" not in r.acts
