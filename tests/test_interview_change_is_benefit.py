"""A change the project brings, by an amount ("建成后亩均粮食产能提高100斤"), said while 质量 or 时效 was asked,
was stored as a 质量指标: it is a benefit and goes to the 效益 rows; a rate raised ("水质达标率提高到95%") stays where it
was asked."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 3)
FORM = {"project_name": "2027年高标准农田建设项目", "department": "县农业农村局", "unit": "县农田建设服务中心",
        "start": "2027-01", "end": "2027-12", "year": 2027, "overview": "建设高标准农田2万亩"}


@pytest.mark.parametrize("asked", ["indicators.质量指标", "indicators.时效指标"])
def test_a_change_by_an_amount_is_a_benefit(asked):
    iv = asked_on(DAY, asked, FORM)
    iv.answer("建成后亩均粮食产能提高100斤")
    rows = [(i.level1, i.name) for i in iv.form.indicators]
    assert rows and all(l1 == "效益指标" for l1, _ in rows), rows


def test_a_rate_raised_stays_where_it_was_asked():
    iv = asked_on(DAY, "indicators.质量指标", FORM)
    iv.answer("灌溉水利用率提高到95%")
    assert [i.level2 for i in iv.form.indicators] == ["质量指标"]


def test_a_rate_raised_by_points_stays_where_it_was_asked():
    iv = asked_on(DAY, "indicators.质量指标", FORM)
    iv.answer("接口调用成功率同比提高2个百分点，达到99%")
    assert {i.level2 for i in iv.form.indicators} == {"质量指标"}
