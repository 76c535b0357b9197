"""Figures as clerks hedge, approve and point at them (issue 11: a hedge stores nothing as fact; nothing invented):

- "≈…", "逾…", "近…" right before a figure, and a figure said with "具体以…为准 / 具体等…" after it, are estimates:
  asked exactly, stored nowhere (and "近三年", "附近", "逾期率" are none);
- a total approved by the finance review ("财政评审核定…", "财政核定：…") is the total, not this year's 财政拨款;
- "结转和其他都没有", "都没有", "结转×": none of the part asked;
- a post before her name ("值班员", "书记员", "文书", "科员"): her name alone;
- a deadline in "次年…" is kept as said (the year after the project's, never today's year plus one);
- "<category>那条改一下，<value>": the one row of that category changed; with several, asked.
Sentences here are our own, not the dialogues'.
"""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview
from assistant.interview.speech import hedges
from assistant.model import Declaration

TODAY = dt.date(2025, 10, 20)


def _asked(field: str, form: dict | None = None) -> Interview:
    iv = Interview(Declaration.from_json(form) if form else None, today=TODAY)
    if not form:
        iv.opening()
    iv.ask(field)
    return iv


@pytest.mark.parametrize("said", ["资金≈150万", "逾二百万吧", "近八十万", "按规定最高一百二十万，具体以审计为准"])
def test_an_estimate_is_asked_not_stored(said):
    iv = _asked("funding")
    r = iv.answer(said)
    assert iv.form.funding.total is None
    assert "hedge" in r.acts


@pytest.mark.parametrize("said", ["近三年累计投入200万", "附近3个村", "逾期率低于5%", "总额150万", "每场成本不逾两千元"])
def test_words_near_a_figure_that_are_no_estimate(said):
    assert not any(h.text.startswith(("近", "逾", "≈")) for h in hedges(said))


@pytest.mark.parametrize("said", ["财政评审核定一百四十二万元", "财政核定：142万"])
def test_an_approved_total_is_the_total(said):
    iv = _asked("funding")
    iv.answer(said)
    assert iv.form.funding.total == 142


@pytest.mark.parametrize("said", ["结转和其他都没有", "都没有", "结转×"])
def test_none_of_the_part_asked(said):
    iv = _asked("funding.carryover", {"project_name": "乡镇文化站运行", "funding": {"total": 60}})
    r = iv.answer(said)
    assert iv.form.funding.carryover == 0
    assert r.acts == ["answer"]


@pytest.mark.parametrize("said,name", [("值班员陶然", "陶然"), ("填报人：综合科科员鲁小雨", "鲁小雨"),
                                       ("填报人 文书何静", "何静"), ("书记员曹立新", "曹立新")])
def test_her_post_before_her_name(said, name):
    iv = _asked("filler")
    iv.answer(said)
    assert iv.form.filler == name


def test_a_deadline_in_the_following_year_is_kept_as_said():
    iv = _asked("indicators.时效指标", {"project_name": "地下水监测", "year": 2026, "start": "2026-01", "end": "2026-12"})
    iv.answer("年度评估报告次年4月底前上报")
    values = [i.value for i in iv.form.indicators if i.level2 == "时效指标"]
    assert values == ["次年4月底前"]


ROWS = {"project_name": "地下水监测", "year": 2026, "indicators": [
    {"scope": "annual", "level1": "产出指标", "level2": "时效指标", "name": "评估报告上报时间", "value": "次年4月底前"},
    {"scope": "annual", "level1": "产出指标", "level2": "数量指标", "name": "监测井数量", "value": "=40个"},
    {"scope": "annual", "level1": "产出指标", "level2": "数量指标", "name": "采样次数", "value": "=4次"}]}


def test_the_one_row_of_a_category_named_by_it():
    iv = _asked("indicators.效益指标", ROWS)
    r = iv.answer("时效那条改一下，次年3月底前")
    got = {i.name: i.value for i in iv.form.indicators}
    assert got["评估报告上报时间"] == "次年3月底前"
    assert "correction" in r.acts
    assert not any(i.name == "次年" for i in iv.form.indicators)


def test_two_rows_of_the_category_named_are_asked_about():
    iv = _asked("indicators.效益指标", ROWS)
    r = iv.answer("数量那条改一下，50个")
    got = {i.name: i.value for i in iv.form.indicators}
    assert got == {"评估报告上报时间": "次年4月底前", "监测井数量": "=40个", "采样次数": "=4次"}
    assert any("没听出改哪一条" in s for s in r.said)
