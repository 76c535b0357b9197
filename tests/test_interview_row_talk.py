"""How sure she is and which category she speaks of are no part of a row's name (issue 11), found by an adaptive
clerk answering the indicator questions in talk: "质量方面嘛，合格率肯定100%" became 质量指标「合格率肯定」, and
"时效的话年底前" was refused as a row named 「的话」."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.interview_helpers import asked_on

TODAY = dt.date(2026, 12, 1)


def _rows(field: str, text: str):
    iv = asked_on(TODAY, field)
    iv.answer(text)
    return [(i.level2, i.name, i.value) for i in iv.form.indicators]


@pytest.mark.parametrize("text,name", [
    ("质量方面嘛，合格率肯定100%", "合格率"),
    ("验收合格率必须100%", "验收合格率"),
    ("设备完好率起码98%", "设备完好率"),
    ("资金发放准确率一定100%", "资金发放准确率"),
])
def test_how_sure_she_is_is_no_name(text, name):
    rows = _rows("indicators.质量指标", text)
    assert [n for _, n, _ in rows] == [name], rows


@pytest.mark.parametrize("field,text,level2,name", [
    ("indicators.时效指标", "时效的话年底前", "时效指标", "完成时间"),
    ("indicators.质量指标", "时效的话，年底前完成", "时效指标", "完成时间"),
    ("indicators.满意度指标", "满意度的话95%以上", "服务对象满意度指标", "满意度"),
    ("indicators.数量指标", "数量这块，培训200人次", "数量指标", "培训人次"),
])
def test_the_category_she_speaks_of_is_no_name(field, text, level2, name):
    rows = _rows(field, text)
    assert rows and rows[0][:2] == (level2, name), rows
    assert not any("的话" in n or "这块" in n for _, n, _ in rows)


@pytest.mark.parametrize("text,name,value", [
    ("重度残疾人家庭照护负担减轻", "重度残疾人家庭照护负担", "减轻"),
    ("交通拥堵明显缓解", "交通拥堵", "明显缓解"),
])
def test_an_easing_said_in_words_is_her_row(text, name, value):
    rows = _rows("indicators.效益指标", text)
    assert [(n, v) for _, n, v in rows] == [(name, value)], rows
