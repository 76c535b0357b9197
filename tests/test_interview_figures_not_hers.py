"""Figures that were stored wrong or where they do not belong: another currency's amount as 万元, a multi-year
investment as this form's total, one of two tiers multiplied by the whole count, a spoken 万 lost ("二十七万五" as
275000万元), a unit made up for a price per thing, a figure she is only so sure of or that waits on a review, an idiom
read as a digit (一分不差), a table's 元 under a lead-in line read as 万元, an announced part's amount taken as the total,
and names and phones a title or a grouped number hid."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.interview_helpers import asked_on

TODAY = dt.date(2025, 4, 2)


def test_an_amount_in_another_currency_is_no_total():
    iv = asked_on(TODAY, "funding")
    reply = iv.answer("设备是进口的，报价按美元，一共36万美元，总额我还得换算一下")
    assert iv.form.funding.total is None
    assert "dont_know" in reply.acts


def test_this_forms_share_of_a_larger_investment_is_the_total():
    iv = asked_on(TODAY, "funding")
    iv.answer("三期总投资3000万，分三年投，今年这张表填1000万")
    assert iv.form.funding.total == 1000


def test_one_of_two_tiers_is_no_rate_for_everyone():
    iv = asked_on(TODAY, "overview")
    iv.answer("全乡补助对象860人，分两档：重度的每人每年补两千四，轻度的每人每年补一千二")
    assert iv.form.funding.total is None


@pytest.mark.parametrize("says, value", [("护栏每米造价不超过一万二", "≤1.2万元"), ("每车次费用不超过二十七万五", "≤27.5万元")])
def test_a_spoken_wan_keeps_its_scale(says, value):
    iv = asked_on(TODAY, "indicators.成本指标")
    iv.answer(says)
    assert [i.value for i in iv.form.indicators] == [value]


def test_a_price_per_thing_gets_no_unit_she_did_not_say():
    iv = asked_on(TODAY, "indicators.成本指标")
    iv.answer("一亩补25，一公顷就是375")
    assert not any("万元" in i.value for i in iv.form.indicators)


@pytest.mark.parametrize("says", ["总额应该是二百一十万，我有八成把握", "满意度……我有六成把握能到95%"])
def test_a_figure_she_is_only_so_sure_of_is_a_hedge(says):
    iv = asked_on(TODAY, "funding" if "总额" in says else "indicators.满意度指标")
    reply = iv.answer(says)
    assert "hedge" in reply.acts
    assert iv.form.funding.total is None and not iv.form.indicators


@pytest.mark.parametrize("says", ["要看财评，不砍就是120万，砍了可能就100万，现在定不了", "明细也一样，等评审出来再说"])
def test_a_figure_on_a_condition_not_met_is_not_known_yet(says):
    iv = asked_on(TODAY, "funding" if "万" in says else "budget_items")
    reply = iv.answer(says)
    assert reply.acts == ["dont_know"]
    assert iv.form.funding.total is None and not iv.form.budget_items


def test_an_idiom_of_exactness_is_no_digit():
    iv = asked_on(TODAY, "funding")
    iv.answer("二百一十万一分不差，没有结转")
    assert iv.form.funding.total == 210


def test_a_table_in_yuan_under_a_lead_in_line():
    iv = asked_on(TODAY, "budget_items")
    reply = iv.answer("财务把表发来了，我直接粘：\n名称\t金额（元）\t说明\n设备采购\t860,000\t12台\n人员培训\t140,000\t3期\n"
                      "合计\t1,000,000")
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("设备采购", 86), ("人员培训", 14)]
    assert iv.form.funding.total == 100
    assert "chatter" in reply.acts


@pytest.mark.parametrize("says", ["结转没有，其他资金有一笔，企业捐的设备款30万", "总额一百二十万，上年结转和其他资金都没有"])
def test_an_announced_part_and_both_parts_none(says):
    iv = asked_on(TODAY, "funding", {"funding": {"total": 120}})
    iv.answer(says)
    f = iv.form.funding
    assert f.total == 120 and f.carryover == 0
    assert f.other == (30 if "30万" in says else 0)


@pytest.mark.parametrize("says, head, phone", [("局长 刘永年 0731-8652 2310", "刘永年", "0731-86522310"),
                                               ("站长 丁丰年 0912-3321 075", "丁丰年", "0912-3321075"),
                                               ("主任 林志明，联络电话 0596-6832271", "林志明", "0596-6832271")])
def test_a_head_with_a_grouped_landline(says, head, phone):
    iv = asked_on(TODAY, "unit_head")
    iv.answer(says)
    assert (iv.form.unit_head, iv.form.unit_phone) == (head, phone)


def test_a_phone_declined_beside_the_name():
    iv = asked_on(TODAY, "unit_head")
    reply = iv.answer("局长 周延年。电话不便提供")
    assert iv.form.unit_head == "周延年" and iv.form.unit_phone == ""
    assert set(reply.acts) == {"answer", "skip"}
