"""A count spoken with 万 is no money, and a spoken amount is read whole (issue 11: nothing invented).

Found by an adaptive clerk (高标准农田管护): "高标准农田一共是三万二千亩，每亩每年管护费十五块" made
项目资金总额 3.2万元 (三万二 of 三万二千亩), and once that was closed, 0.0015万元 (the 15块 a 亩);
the rows were named 「建成的高标准农田一共是数量」 and 「的高标准农田一共是单价」. "3万2千块" was read as
3万 + 21000块."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview import answers as A
from assistant.interview.extract import funding_fills
from tests.interview_helpers import asked_on

TODAY = dt.date(2026, 1, 8)


@pytest.mark.parametrize("text", ["一共是三万二千亩", "一共三万二千人", "总共是两万五千册图书", "共计120万页", "3万2千亩",
                                  "全县去年建成的高标准农田一共是三万二千亩，每亩每年管护费十五块"])
def test_a_count_with_wan_is_no_amount(text):
    assert not [f for f in funding_fills(A.prep(text), primary=False) if f.path == "funding.total"]


@pytest.mark.parametrize("text,wan", [("一共三万二千块", 3.2), ("一共三万二", 3.2), ("3万2千块", 3.2), ("四十八万六千", 48.6),
                                      ("一百二十万五千元", 120.5), ("48万6", 48.6)])
def test_a_spoken_amount_is_read_whole(text, wan):
    got = A.amounts(A.prep(text))
    assert [round(w, 6) for _, _, w, _ in got] == [wan]


def test_the_overview_of_counted_acres_computes_the_total_and_invents_none():
    iv = asked_on(TODAY, "overview")
    iv.answer("全县去年建成的高标准农田一共是三万二千亩，每亩每年管护费十五块，主要是沟渠清淤、机耕路维修")
    assert iv.form.funding.total == 48                       # 32000亩 × 15元, computed and listed
    assert iv.provenance.get("funding.total").kind == "computed"
    names = {i.name: i.value for i in iv.form.indicators}
    assert names.get("建成高标准农田面积") == "=32000亩"
    assert not [n for n in names if n.startswith("的") or "一共" in n]


@pytest.mark.parametrize("text,name", [
    ("今年要新建村道一共是12公里", "新建村道长度"),
    ("全县共有留守儿童320名，每人每月补助100元", "留守儿童人数"),
    ("服务对象一共有85户", "服务对象户数"),
])
def test_rows_from_the_overview_name_what_is_counted(text, name):
    iv = asked_on(TODAY, "overview")
    iv.answer(text)
    assert name in {i.name for i in iv.form.indicators}


def test_a_total_said_as_a_figure_in_the_overview_is_still_read():
    iv = asked_on(TODAY, "overview")
    iv.answer("一共是四十八万，用于农田管护")
    assert iv.form.funding.total == 48


@pytest.mark.parametrize("text", ["去年的新项目，今年接着干", "去年开始的，今年接着做"])
def test_going_on_with_last_years_project_is_continuing(text):
    iv = asked_on(TODAY, "attribute")
    iv.answer(text)
    assert iv.form.attribute == "延续"
