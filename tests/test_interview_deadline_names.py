"""A deadline's row is named by the work it is for, in the words a form uses: "补助在6月底前发完" is 「补助发放时间」
(not 「补助在发完成时间」), "7月前把补助发下去" 「补助发放时间」, "展演在年底前完成" 「展演完成时间」; a span of the year
the work is done within ("上半年发完补助", "年内完工") is a deadline at the span's end."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 4)
FORM = {"project_name": "2027年非遗传承人补助", "department": "县文化广电旅游体育局", "unit": "县文化馆",
        "start": "2027-01", "end": "2027-12", "year": 2027}


@pytest.mark.parametrize("said, rows", [
    ("补助在6月底前发完", [("补助发放时间", "6月底前")]),
    ("7月前把补助发下去", [("补助发放时间", "7月前")]),
    ("10月底前发完补助", [("补助发放时间", "10月底前")]),
    ("展演在年底前完成", [("展演完成时间", "年底前")]),
    ("验收于11月底前完成", [("验收时间", "11月底前")]),
    ("上半年发完补助，展演在年底前完成", [("补助发放时间", "6月底前"), ("展演完成时间", "年底前")]),
    ("年内完工", [("完工时间", "年底前")]),
    ("每学期开学后两个月内发到家长卡上", [("开学后发放时限", "≤2个月")]),
])
def test_a_deadline_row_is_named_by_its_work(said, rows):
    iv = asked_on(DAY, "indicators.时效指标", FORM)
    iv.answer(said)
    assert [(i.name, i.value) for i in iv.form.indicators] == rows


@pytest.mark.parametrize("said", ["每年上半年开展一次培训", "上半年效果不错"])
def test_a_span_without_a_finished_work_is_no_deadline(said):
    iv = asked_on(DAY, "indicators.时效指标", FORM)
    iv.answer(said)
    assert not any(i.value == "6月底前" for i in iv.form.indicators)


@pytest.mark.parametrize("said", ["资助对象识别准确率100%，不漏一个", "识别准确率100%，一户都不落"])
def test_every_one_said_for_emphasis_is_no_row_of_one(said):
    iv = asked_on(DAY, "indicators.质量指标", FORM)
    iv.answer(said)
    assert [i.value for i in iv.form.indicators] == ["=100%"]
