"""Words before a colon that lead to a row of its own ("指标我一次说完：安装路灯320盏，…") are no row's name: the row was
read as 「1次说完」=320盏 (and then dropped without a word — her 320盏 lost); the row after the colon is hers."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.rows import read_rows
from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 4)
FORM = {"project_name": "村庄太阳能路灯安装项目", "department": "青石镇人民政府", "unit": "青石镇人民政府",
        "start": "2027-01", "end": "2027-12", "year": 2027}


@pytest.mark.parametrize("said, first", [
    ("指标我一次说完：安装路灯320盏，覆盖8个村", ("安装路灯", "=320盏")),
    ("指标如下：安装路灯320盏", ("安装路灯", "=320盏")),
    ("我说一下啊：新建公厕12座", ("新建公厕", "=12座")),
])
def test_a_lead_in_before_a_row_is_no_name(said, first):
    rows = [(r["name"], r["value"]) for r, _ in read_rows(said, "数量指标", [], 2026).rows]
    assert rows[0] == first, rows


@pytest.mark.parametrize("said, row", [
    ("培训人数：300人", ("培训人数", "=300人")), ("服务对象满意度：不低于90%", ("服务对象满意度", "≥90%")),
    ("完成时间：12月底前", ("完成时间", "12月底前")),
])
def test_a_name_before_a_colon_is_still_a_name(said, row):
    assert [(r["name"], r["value"]) for r, _ in read_rows(said, "数量指标", [], 2026).rows] == [row]


def test_the_row_after_the_lead_in_is_stored():
    iv = asked_on(DAY, "indicators.数量指标", FORM)
    iv.answer("指标我一次说完：安装路灯320盏，覆盖8个村；验收合格率100%")
    assert ("安装路灯", "=320盏") in [(i.name, i.value) for i in iv.form.indicators]
