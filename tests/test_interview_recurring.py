"""Times that recur, bounds said as "over", pieces counted in 万块, and the second of two units named at once:

- "每季度末前把报表交上去" is one 时效 row: 报表交付时间 「每季度末前」 (the 每 belongs to the time, never to the name);
  "报送上月台账" names the deed 上月台账报送 (a two-character deed first, then what it is done to);
- "逾九成" / "超过九成" / "要高于95%" of a rate are bounds (>90%), no hedge, and 超过 / 逾 are no part of the name;
  "逾四百万" of money stays no figure;
- "更换路牌1.2万块" asked as an output is 1.2万 pieces, never 1.2万元 (a word of money beside it keeps it money);
- "县水利局，县农村供水管理站" at 主管部门: the first is stored, the second said back — not dropped in silence and
  not filed as 项目单位 unasked."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.deadline import deadline_row, deed
from assistant.interview.rows import read_rows
from tests.interview_helpers import asked_on

DAY = dt.date(2026, 3, 2)
FORM = {"project_name": "城乡供水保障", "department": "县水利局", "unit": "县水利局",
        "start": "2026-01", "end": "2026-12", "year": 2026}


def _rows(text: str, category: str) -> list[tuple[str, str, str]]:
    return [(r["level2"], r["name"], r["value"]) for r, _ in read_rows(text, category, [], 2026).rows]


@pytest.mark.parametrize("said, name, value", [
    ("每季度末前把报表交上去", "报表交付时间", "每季度末前"),
    ("报表每季度末前报送", "报表报送时间", "每季度末前"),
    ("每月底前报送台账", "台账报送时间", "每月底前"),
    ("台账每月底前报上去", "台账报送时间", "每月底前"),
    ("每季度末前报送水质报告", "水质报告报送时间", "每季度末前"),
])
def test_a_recurring_deadline_keeps_its_every_in_the_value_and_out_of_the_name(said, name, value):
    assert _rows(said, "时效指标") == [("时效指标", name, value)]


@pytest.mark.parametrize("said, name, value", [
    ("每季度末前把报表交上去", "报表交付时间", "每季度末前"),
    ("每年12月底前完成盘点", "完成盘点时间", "每年12月底前"),
    ("每学期开学前发放教材", "教材发放时间", "每学期开学前"),
])
def test_the_plain_deadline_reader_keeps_the_every_too(said, name, value):
    assert deadline_row(said, [], 2026) == (name, value)


@pytest.mark.parametrize("words, named", [
    ("报送上月台账", "上月台账报送"),
    ("发放慰问金", "慰问金发放"),
    ("报表报送", "报表报送"),
    ("发完补助", "补助发放"),
    ("报上去", "报送"),
])
def test_a_deed_said_before_what_it_is_done_to_is_named_after_it(words, named):
    assert deed(words) == named


@pytest.mark.parametrize("said, name, value", [
    ("群众满意度逾九成", "群众满意度", ">90%"),
    ("受益群众满意度超过九成", "受益群众满意度", ">90%"),
    ("满意度要高于95%", "满意度", ">95%"),
    ("满意度逾90%", "满意度", ">90%"),
])
def test_over_a_figure_is_a_bound_not_a_hedge_nor_part_of_the_name(said, name, value):
    iv = asked_on(DAY, "indicators.满意度指标", FORM)
    r = iv.answer(said)
    assert "hedge" not in r.acts
    assert [(i.name, i.value) for i in iv.form.indicators] == [(name, value)]


def test_over_a_sum_of_money_is_still_no_figure():
    iv = asked_on(DAY, "funding", FORM)
    r = iv.answer("逾四百万")
    assert "hedge" in r.acts and iv.form.funding.total is None


@pytest.mark.parametrize("said, value", [("更换路牌1.2万块", "=1.2万块"), ("铺设透水砖3.5万块", "=3.5万块")])
def test_ten_thousand_pieces_at_an_output_question_are_pieces(said, value):
    iv = asked_on(DAY, "indicators.数量指标", FORM)
    iv.answer(said)
    assert [i.value for i in iv.form.indicators] == [value]
    assert not any("元" in i.value for i in iv.form.indicators)


def test_ten_thousand_kuai_with_a_word_of_money_stays_money():
    assert _rows("每户补助1.2万块", "成本指标") == [("成本指标", "每户补助", "≤1.2万元")]
    assert all("万元" in v for _, _, v in _rows("人均补贴2万块", "数量指标"))


def test_two_units_at_the_department_question_keep_the_first_and_say_the_second():
    form = {k: v for k, v in FORM.items() if k not in ("unit", "department")}
    iv = asked_on(DAY, "department", form)
    r = iv.answer("县水利局，县农村供水管理站")
    assert iv.form.department == "县水利局"
    assert not iv.form.unit                                       # never filed as 项目单位 unasked
    assert "县农村供水管理站" in "\n".join(r.lines())              # said back, not dropped in silence


def test_two_units_at_the_unit_question_keep_the_first_and_say_the_second():
    form = {k: v for k, v in FORM.items() if k not in ("unit", "department")}
    iv = asked_on(DAY, "unit", form)
    r = iv.answer("县农村供水管理站，县水利局")
    assert iv.form.unit == "县农村供水管理站"
    assert not iv.form.department
    assert "县水利局" in "\n".join(r.lines())
