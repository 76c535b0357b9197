"""A quality said as a check passed ("验收合格", "水质检测达标", "工程一次性验收合格") at the 质量指标 question was not
read (asked again, nothing offered): it is now a 质量指标 row with her qualitative value (验收结果 合格), no rate made
up; a rate she gives ("考核合格率95%") stays a figure, and the words give no row under another category."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2025, 3, 3)
FORM = {"project_name": "老旧小区雨污分流改造", "unit": "区住房和城乡建设局"}


def _rows(iv):
    return {i.name: (i.level2, i.value) for i in iv.form.indicators}


@pytest.mark.parametrize("say,name,value", [("验收合格", "验收结果", "合格"), ("水质检测达标", "水质检测结果", "达标"),
                                            ("工程一次性验收合格", "工程验收结果", "一次性合格"),
                                            ("竣工验收通过", "竣工验收结果", "通过")])
def test_a_check_passed_is_a_quality_row_in_her_words(say, name, value):
    iv = asked_on(TODAY, "indicators.质量指标", FORM)
    iv.answer(say)
    assert _rows(iv) == {name: ("质量指标", value)}, _rows(iv)


def test_a_rate_stays_a_figure():
    iv = asked_on(TODAY, "indicators.质量指标", FORM)
    iv.answer("培训考核合格率95%")
    assert _rows(iv) == {"培训考核合格率": ("质量指标", "≥95%")}


def test_a_check_passed_makes_no_row_under_another_category():
    iv = asked_on(TODAY, "indicators.数量指标", FORM)
    iv.answer("验收合格")
    assert not any(v[1] == "合格" for v in _rows(iv).values()), _rows(iv)
