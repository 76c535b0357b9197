"""The seventeenth set's leftovers, by mechanism (issue 11): a budget line pointed at by the Roman numeral of her own list
("Ⅱ改成…") is that line, never a figure 2 and never a number of the final check; a total cut or raised with its result
said ("300万砍20%就是240万") is the result — hers, checked against the cut; a result that does not follow, or a figure
that is not the total, changes nothing. Sentences here are our own, not the dialogues'.
"""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_after

TODAY = dt.date(2025, 5, 6)
_HALL = (("project_name", "社区活动室改造"), ("unit", "街道办事处"), ("funding", "总额300万，无结转，无其他"),
         ("budget_items", "Ⅰ 装修工程 200万\nⅡ 设备购置 70万\nⅢ 培训宣传 30万"))


def _lines(iv):
    return {b.name: b.amount for b in iv.form.budget_items}


@pytest.mark.parametrize("field", ["confirm", "indicators.质量指标"])
def test_roman_numerals_point_at_her_lines(field):
    iv = asked_after(TODAY, field, *_HALL)
    rows = [(i.name, i.value) for i in iv.form.indicators]
    r = iv.answer("Ⅱ改成75万，Ⅲ改成25万")
    assert "correction" in r.acts
    assert _lines(iv) == {"装修工程": 200, "设备购置": 75, "培训宣传": 25}
    assert [(i.name, i.value) for i in iv.form.indicators] == rows
    assert iv.form.funding.total == pytest.approx(300) and iv.form.funding.other == pytest.approx(0)


def test_a_cut_with_its_result_said_sets_the_total():
    iv = asked_after(TODAY, "indicators.数量指标", *_HALL)
    for said in ("300万砍20%就是250万", "260万砍20%就是208万"):      # a result that does not follow; not the total
        iv.answer(said)
        assert iv.form.funding.total == pytest.approx(300)
    r = iv.answer("主任说预算整体压缩，300万砍20%就是240万，明细回头再报")
    assert "correction" in r.acts
    assert iv.form.funding.total == pytest.approx(240)
