"""Numbers and rows as clerks paste or speak them (issue 11): a bare figure in 元 correcting a line kept
in 万元 (never 412000万元), budget lines spoken without punctuation with their count and unit price
before the amount, lines split by "/", a sheet's name-and-figure rows without a unit read in the
total's unit (and not read when the unit cannot be told), a sheet header 明细项目 … 金额（万元）, "95个点"
as per cent, an indicator's operator, number and unit in cells of their own, rows that carry their 一级
and 二级 cells. Every figure stored is one she stated (a unit conversion of it at most)."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2025, 3, 4)
LINES = {"project_name": "老旧小区无障碍改造", "year": 2025, "funding": {"total": 90, "current_year": 90},
         "budget_items": [{"name": "坡道及扶手", "amount": 21.6}, {"name": "卫生间改造", "amount": 43.2},
                          {"name": "低位灶台及橱柜", "amount": 16.2}, {"name": "闪光门铃等辅具", "amount": 9}]}


def _items(iv):
    return [(b.name, b.amount) for b in iv.form.budget_items]


@pytest.mark.parametrize("says, name, amount", [
    ("卫生间改造是412,000", "卫生间改造", 41.2), ("低位灶台那行不是162,000是182,000，少敲了一下", "低位灶台及橱柜", 18.2),
    ("上面贴的第2行金额错了，卫生间改造是412000", "卫生间改造", 41.2), ("坡道及扶手改成236,000", "坡道及扶手", 23.6),
])
def test_a_bare_figure_in_yuan_corrects_a_line_in_wan(says, name, amount):
    iv = asked_on(TODAY, "confirm", LINES)
    reply = iv.answer(says)
    assert dict(_items(iv))[name] == pytest.approx(amount)
    assert all(a < 1000 for _, a in _items(iv))
    assert sum("改为" in s for s in reply.said) == 1          # said once


@pytest.mark.parametrize("says, want", [
    ("老旧电梯安全评估四百台每台一千二 四十八万 应急平台运维二十六万 维保质量抽查十二点五万",
     [("老旧电梯安全评估", 48), ("应急平台运维", 26), ("维保质量抽查", 12.5)]),
    ("新增消火栓一百二十个每个三千五 四十二万 巡检保养十二点六万", [("新增消火栓", 42), ("巡检保养", 12.6)]),
    ("联赛组织 45w / 教练员培训 25w / 器材 20w", [("联赛组织", 45), ("教练员培训", 25), ("器材", 20)]),
    ("水稻保费补贴一百五十六万，能繁母猪五十二万", [("水稻保费补贴", 156), ("能繁母猪", 52)]),
])
def test_budget_lines_as_spoken(says, want):
    iv = asked_on(TODAY, "budget_items", {"project_name": "项目", "year": 2025})
    iv.answer(says)
    assert _items(iv) == [(n, pytest.approx(a)) for n, a in want]


@pytest.mark.parametrize("total, says, want", [
    (380, "屋面及雨棚翻新\t128\n给排水及污水处理\t106\n消防及监控\t146", [("屋面及雨棚翻新", 128), ("给排水及污水处理", 106), ("消防及监控", 146)]),
    (38, "屋面翻新\t128000\n给排水\t252000", [("屋面翻新", 12.8), ("给排水", 25.2)]),
])
def test_sheet_rows_without_a_unit_take_the_totals_unit(total, says, want):
    iv = asked_on(TODAY, "budget_items", {"project_name": "农贸市场改造", "year": 2025,
                                           "funding": {"total": total, "current_year": total}})
    iv.answer(says)
    assert _items(iv) == [(n, pytest.approx(a)) for n, a in want]


@pytest.mark.parametrize("total, says", [(380, "屋面翻新\t500\n给排水\t700"), (380, "屋面翻新\t250000\n给排水\t700000"),
                                         (None, "屋面翻新\t128\n给排水\t96")])
def test_sheet_rows_whose_unit_cannot_be_told_are_not_stored(total, says):
    iv = asked_on(TODAY, "budget_items", {"project_name": "农贸市场改造", "year": 2025, "funding": {"total": total}})
    iv.answer(says)
    assert _items(iv) == []


def test_a_sheet_header_names_the_item_and_amount_columns():
    iv = asked_on(TODAY, "budget_items", {"project_name": "地名普查", "year": 2025})
    iv.answer("明细项目\t数量\t单位\t单价（元）\t金额（万元）\n标志牌制作\t320\t块\t850\t27.2\n数据库更新\t1\t项\t64000\t6.4")
    assert _items(iv) == [("标志牌制作", pytest.approx(27.2)), ("数据库更新", pytest.approx(6.4))]


@pytest.mark.parametrize("says, value", [("教练员持证率95个点以上", "≥95%"), ("检定准确率 96个点", "≥96%"),
                                         ("抽检合格率98巴仙", "≥98%")])
def test_points_are_per_cent(says, value):
    iv = asked_on(TODAY, "indicators.质量指标")
    iv.answer(says)
    assert [i.value for i in iv.form.indicators] == [value]


@pytest.mark.parametrize("says, name, value", [
    ("社会效益指标\t导航准确率\t≥\t95\t%", "导航准确率", "≥95%"), ("数量指标\t改造户数\t=\t150\t户", "改造户数", "=150户"),
    ("产出指标\t数量指标\t改造户数\t=150户", "改造户数", "=150户"),
])
def test_an_indicator_row_in_cells(says, name, value):
    iv = asked_on(TODAY, "indicators.数量指标" if "数量" in says else "indicators.效益指标")
    reply = iv.answer(says)
    assert [(i.name, i.value) for i in iv.form.indicators] == [(name, value)]
    assert "unclear" not in reply.acts
