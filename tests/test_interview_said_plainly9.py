"""Answers said plainly that were not read (holdout9 voices), each by a general rule tried here in its own words:
- 同左 (the column to the left, as on a table), the asked label before 同上 ("主管部门跟实施单位一样"), "也是我们局 同上",
  and 同负责人 for the 填报人;
- "生态修复股的田甜", "办公室的林晓燕": her office, 的, then her name;
- "2027年度实施" (the budget year with the verb of doing it) and "2026 full year": that whole year;
- "明年开春开工，干到明年年底": the end and the year as said; no month is made up for 开春 — the start stays empty
  and is asked; "开春动工，到2027年10月" gives no year for the start, so none is set.
"""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 10, 9)
FORM = {"project_name": "城区内涝点改造", "unit": "区城市管理局"}


@pytest.mark.parametrize("say", ["同左", "主管部门跟实施单位一样", "主管部门也是我们局 同上", "主管部门同上"])
def test_the_department_the_same_as_the_unit(say):
    iv = asked_on(TODAY, "department", FORM)
    iv.answer(say)
    assert iv.form.department == "区城市管理局"


def test_the_filler_the_same_as_the_head():
    iv = asked_on(TODAY, "unit_head", FORM)
    iv.answer("彭立新")
    iv.ask("filler")
    iv.answer("同负责人")
    assert iv.form.filler == "彭立新"


@pytest.mark.parametrize("say,name", [("我，排水科的唐雯", "唐雯"), ("我是办公室的林晓燕，填我就行", "林晓燕"),
                                      ("局办公室的郑凯", "郑凯")])
def test_her_office_then_her_name(say, name):
    iv = asked_on(TODAY, "filler", FORM)
    iv.answer(say)
    assert iv.form.filler == name


@pytest.mark.parametrize("say,year", [("2027年度实施", 2027), ("2027年度执行", 2027), ("2026 full year", 2026)])
def test_a_budget_year_said_alone_is_that_whole_year(say, year):
    iv = asked_on(TODAY, "start", FORM)
    iv.answer(say)
    assert (iv.form.start, iv.form.end, iv.form.year) == (f"{year}-01", f"{year}-12", year)


def test_a_season_start_leaves_the_month_empty_and_keeps_the_end():
    iv = asked_on(TODAY, "start", FORM)
    r = iv.answer("明年开春开工，干到明年年底")
    assert (iv.form.start, iv.form.end, iv.form.year) == ("", "2027-12", 2027)
    assert any("开春" in s and "几月" in s for s in r.said), r.said


def test_a_season_without_its_year_sets_no_year():
    iv = asked_on(TODAY, "start", FORM)
    iv.answer("开春动工，到2027年10月完工")
    assert (iv.form.start, iv.form.end, iv.form.year) == ("", "2027-10", None)


def test_a_season_with_its_month_is_a_period():
    iv = asked_on(TODAY, "start", FORM)
    iv.answer("今年秋季学期开始，9月到明年8月")
    assert iv.form.start == "2026-09" and iv.form.year == 2026      # the month is hers: no season rule
