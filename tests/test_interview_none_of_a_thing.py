""""全年零事故" at an indicator question was read as 项目资金总额「全年」= 0 and the total of 32.6万 replaced by 0万元: a
figure or a "none" before a noun that is no money (零事故, 0起, 无投诉, 没有安全事故) is a count of that thing, never an
amount; the answer is read as a row (事故发生情况 不发生). "结转没有", "总额三十二点六万" still name the funding."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview import fields as F
from assistant.interview import readers as R
from assistant.interview.answers import Context
from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "森林防火视频监控系统运维", "unit": "县林业局", "department": "县林业局",
        "funding": {"total": 32.6, "current_year": 32.6, "carryover": 0, "other": 0}, "start": "2027-01", "end": "2027-12",
        "year": 2027}


@pytest.mark.parametrize("said, name", [("全年零事故", "事故发生情况"), ("全年无投诉", "投诉发生情况"),
                                        ("全年没有安全事故", "安全事故发生情况")])
def test_no_money_from_none_of_a_thing(said, name):
    iv = asked_on(TODAY, "indicators.质量指标", BASE)
    iv.answer(said)
    assert iv.form.funding.total == 32.6
    assert [(i.name, i.value) for i in iv.form.indicators] == [(name, "不发生")]


@pytest.mark.parametrize("text, path, value", [("结转没有", "funding.carryover", "没有"), ("总额三十二点六万", "funding.total", "三十二点六万"),
                                               ("其他资金没有", "funding.other", "没有"), ("全年48.6万", "funding.total", "48.6万")])
def test_funding_still_named(text, path, value):
    assert [(m.path, m.value) for m in F.mentions(text, None)] == [(path, value)]


@pytest.mark.parametrize("value", ["零事故", "0起", "无投诉", "没有事故", "没事故"])
def test_money_reader_reads_no_count(value):
    assert not R.read("funding.carryover", value, Context(asked="funding.carryover")).fills


@pytest.mark.parametrize("value", ["没有", "没有结转", "无", "0", "零", "没得", "其他也没有", "没有，全部本年", "无/无", "冇得",
                                   "没有没有 哪来的结转", "没结余"])
def test_money_reader_still_reads_none(value):
    assert [f.value for f in R.read("funding.carryover", value, Context(asked="funding.carryover")).fills] == [0.0]
