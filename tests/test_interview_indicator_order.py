"""Indicator answers in a clerk's own order and words (lead, 2026-12-02; a 陕西 clerk filing 高标准农田管护经费).

- "管护8.6万亩高标准农田" (verb, count, measure word, the thing) was "没能读出"; with another row before it, it was dropped
  without a word. Now the thing joins the verb in the name: 管护高标准农田面积 =8.6万亩.
- A clause with a figure that no stored row holds is said back, never dropped in silence.
- "完成时间：12月底前" at the 时效指标 question was filed as the project's 实施结束时间 and no row stored; the colon form
  was also renamed 「任务完成时间」. At an indicator question it is the row 完成时间 12月底前.
"""
import datetime as dt

import pytest

from assistant.interview.choices import split_indicator
from assistant.interview.engine import Interview


@pytest.mark.parametrize("text,name,value", [
    ("管护8.6万亩高标准农田", "管护高标准农田面积", "8.6万亩"), ("清淤45公里渠道", "清淤渠道长度", "45公里"),
    ("维修120眼机井", "维修机井数量", "120眼"), ("开展3期培训", "开展培训数量", "3期"),
])
def test_the_thing_after_the_measure_names_the_count(text, name, value):
    assert split_indicator(text) == (name, value)


@pytest.mark.parametrize("text", ["培训5天以上", "另外8.6万亩那个也算上"])
def test_a_span_or_talk_after_the_measure_is_no_thing(text):
    name, _ = split_indicator(text)
    assert not name.endswith(("面积", "数量")) or "那个" not in name


def _answer(field, msg):
    iv = Interview(today=dt.date(2025, 3, 1))
    iv.opening()
    iv.answer("2025年高标准农田管护经费")
    iv.answer("县农业农村局")
    iv.ask(field)
    return iv, iv.answer(msg)


def _rows(iv):
    return {(i.name, i.value) for i in iv.form.indicators}


def test_two_rows_in_her_order():
    iv, r = _answer("indicators.数量指标", "维修机井120眼，管护8.6万亩高标准农田")
    assert _rows(iv) == {("维修机井", "=120眼"), ("管护高标准农田面积", "=8.6万亩")}


def test_a_figure_not_read_is_said_back():
    iv, r = _answer("indicators.数量指标", "维修机井120眼，另外8.6万亩那个也算上")
    assert _rows(iv) == {("维修机井", "=120眼")}
    assert any("另外8.6万亩那个也算上" in s and "没有记下" in s for s in r.said)


def test_a_pick_is_no_figure_left():
    iv, r = _answer("indicators.数量指标", "1、3")
    assert not any("没有记下" in s for s in r.said)


@pytest.mark.parametrize("msg,name,value", [
    ("完成时间：12月底前", "完成时间", "12月底前"), ("完成时间 12月底前", "完成时间", "12月底前"),
    ("项目完成时间：2025年12月底前", "项目完成时间", "2025年12月底前"),
])
def test_a_deadline_row_at_the_timeliness_question_is_no_project_end(msg, name, value):
    iv, r = _answer("indicators.时效指标", msg)
    assert not iv.form.end
    assert (name, value) in _rows(iv)


def test_the_project_end_is_still_named_at_the_timeliness_question():
    iv, r = _answer("indicators.时效指标", "改一下：结束时间是11月")
    assert iv.form.end == "2025-11"
