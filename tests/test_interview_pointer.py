""""上面都说了" / "前面说了啊" is a pointer at her earlier messages, not a value: it was stored as the 项目概况 and as
a budget line 「上面说了」 135万元. Now no field is filled with it; she is told the earlier words were not read as
that field and asked once more. And "每公里管网更换成本不超过6.7万元" is a cost row, not a correction: 更换成本 holds
换成 but is no 换成."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize("field", ["overview", "budget_items", "unit", "necessity", "indicators.数量指标"])
@pytest.mark.parametrize("says", ["上面都说了", "前面说了啊", "刚才已经说过了", "我一开始就讲了"])
def test_a_pointer_fills_nothing(field, says):
    iv = asked_on(TODAY, "funding")
    iv.answer("135万，都是县财政")
    before = iv.form.model_dump()
    iv.ask(field)
    reply = iv.answer(says)
    assert iv.form.model_dump() == before
    assert reply.question is not None


def test_the_pointer_is_said_for_what_it_is():
    iv = asked_on(TODAY, "overview")
    said = "\n".join(iv.answer("上面都说了").lines())
    assert "前面的话里我没能读出「项目概况」" in said


@pytest.mark.parametrize("says, name", [("每公里管网更换成本不超过6.7万元", "每公里管网更换成本"),
                                        ("设备替换成本不超过20万元", "设备替换成本")])
def test_a_replacement_cost_is_a_cost_row(says, name):
    iv = asked_on(TODAY, "indicators.成本指标")
    iv.answer(says)
    assert {i.name: i.value for i in iv.form.indicators}.get(name, "").startswith("≤")


def test_a_real_change_to_is_still_a_correction():
    iv = asked_on(TODAY, "funding")
    iv.answer("135万")
    iv.ask("basis")
    iv.answer("总额135万换成140万")
    assert iv.form.funding.total == 140
