"""Forms of saying a period, a deadline, a unit or asking for a recommendation that clerks use (issue 11):
parts of a year (上半年, Q1到Q4, 二季度到四季度) against `today`, a deadline with 截至/到 and no 前 or by
quarter (Q3前 = 9月底前), the unit that carries out the project ("县卫健局的项目", "我们县水务局做的"),
associations as units (红十字会, 残联), a 功能科目 guessed for more kinds of project, and a deadline
whose drafted name cannot stand (a plain 完成时间, never a silent answer). Nothing is invented: every
month or year stored is hers or follows from her words."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.deadline import spoken_due
from assistant.interview.when import period
from interview_helpers import asked_on

TODAY = dt.date(2025, 3, 4)


@pytest.mark.parametrize("says, start, end", [
    ("明年上半年", "2026-01", "2026-06"), ("今年下半年", "2025-07", "2025-12"), ("24年Q1到Q4", "2024-01", "2024-12"),
    ("2025年Q2-Q3", "2025-04", "2025-09"), ("明年二季度到四季度", "2026-04", "2026-12"), ("2025年前三季度", "2025-01", "2025-09"),
])
def test_parts_of_a_year_are_its_months(says, start, end):
    w = period(says, 2025)
    assert (w.start, w.end) == (start, end)
    iv = asked_on(TODAY, "start")
    iv.answer(says)
    assert (iv.form.start, iv.form.end, iv.form.year) == (start, end, int(start[:4]))


def test_a_part_of_a_year_without_a_year_is_asked():
    iv = asked_on(TODAY, "start")
    iv.answer("下半年")
    assert iv.form.start in ("", None) and iv.form.year is None


def test_a_period_by_quarters_beside_another_answer_fills_the_period():
    iv = asked_on(TODAY, "attribute")
    iv.answer("延续，24年Q1到Q4")
    assert (iv.form.attribute, iv.form.start, iv.form.end) == ("延续", "2024-01", "2024-12")


@pytest.mark.parametrize("said, due", [
    ("截至明年年底全部完成", "明年年底前全部完成"), ("到10月底完工", "10月底前完工"), ("Q3前完成检定", "9月底前完成检定"),
    ("第二季度末前全部到位", "6月底前全部到位"), ("10月底前完工", "10月底前完工"),
])
def test_deadlines_said_without_qian_or_by_quarter(said, due):
    assert spoken_due(said) == due


@pytest.mark.parametrize("says, value", [("Q3前完成加油机全覆盖检定", "9月底前"), ("截至年底全部完成", "年底前"),
                                         ("第四季度前完成全部验收", "12月底前")])
def test_a_deadline_by_quarter_is_a_time_row(says, value):
    iv = asked_on(TODAY, "indicators.时效指标")
    iv.answer(says)
    assert any(i.level2 == "时效指标" and value in i.value for i in iv.form.indicators), iv.form.indicators


def test_a_deadline_whose_drafted_name_cannot_stand_is_a_plain_completion_time():
    iv = asked_on(TODAY, "indicators.时效指标")
    reply = iv.answer("12月底前完工重新开业")
    rows = [(i.name, i.value) for i in iv.form.indicators]
    assert rows == [("完成时间", "12月底前")]
    assert reply.said


@pytest.mark.parametrize("says, unit", [
    ("乡村医生补助，县卫健局的项目", "县卫健局"), ("城区供水管网改造，我们县水务局做的", "县水务局"),
    ("民生计量器具强制检定，县计量检定测试所做", "县计量检定测试所"), ("农民工欠薪清理，县劳动监察大队负责实施", "县劳动监察大队"),
])
def test_the_unit_that_carries_out_the_project(says, unit):
    iv = asked_on(TODAY, "project_name")
    reply = iv.answer(says)
    assert iv.form.unit == unit
    assert not any("没有提到" in s for s in reply.said)


@pytest.mark.parametrize("says", ["县红十字会", "市残联", "区工商联"])
def test_associations_are_units(says):
    iv = asked_on(TODAY, "unit")
    iv.answer(says)
    assert iv.form.unit == says


@pytest.mark.parametrize("name, code", [("电梯安全监管专项经费", "2013815"), ("红十字应急救护培训", "2081699"),
                                        ("2026年度征兵工作经费", "2030601"), ("农业保险保费补贴", "2130803"),
                                        ("中小河流水文站运维", "2130310")])
def test_a_code_is_offered_for_more_kinds_of_project_and_taken_on_a_yes(name, code):
    iv = asked_on(TODAY, "function_code", {"project_name": name})
    assert iv.pending.proposal == code
    iv.answer("不清楚，你推荐一个")
    iv.ask("function_code")
    iv.answer("行，就按你说的")
    assert iv.form.function_code == code
    assert any(u.path == "function_code" for u in iv.unconfirmed_numbers()) or iv.provenance["function_code"].kind == "suggested"
