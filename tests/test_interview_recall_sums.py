"""Found by an adaptive clerk (a 疾控中心 clerk filing 适龄女孩HPV疫苗免费接种, who opens with everything in one
message): "计划给2400名13岁女孩接种" became 数量指标「给人数」 and the overview's "给全县2400名13岁在校女孩…" a second
row 「给全县人数」 of the same 2400人 (the drafted goal then said both); "县财政安排86.4万" then "没有结转也没有其他资金"
left 项目资金总额 empty and the question was set aside; "你刚才记的总额是多少？" got the glossary's definition."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.interview_helpers import asked_on

TODAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize("text,want", [
    ("计划给2400名13岁女孩接种", "13岁女孩"),
    ("给全县860名65周岁老人免费体检", "65周岁老人"),
    ("帮320户困难家庭改厕", "困难家庭"),
])
def test_the_counted_people_are_named_not_the_verb(text, want):
    iv = asked_on(TODAY, "overview")
    iv.answer(text)
    names = [i.name for i in iv.form.indicators if i.level2 == "数量指标"]
    assert names and all(not n.startswith(("给", "帮")) for n in names), names
    assert any(want in n for n in names), names


def test_one_count_said_twice_is_one_row():
    iv = asked_on(TODAY, "project_name")
    iv.answer("我们疾控中心的适龄女孩HPV疫苗免费接种，计划给2400名13岁女孩接种")
    iv.ask("overview")
    iv.answer("给全县2400名13岁在校女孩免费接种HPV疫苗")
    rows = [i for i in iv.form.indicators if i.level2 == "数量指标" and "2400" in i.value]
    assert len(rows) == 1, [(i.name, i.value) for i in iv.form.indicators]


@pytest.mark.parametrize("parts,want", [
    ("没有结转也没有其他资金", 86.4),
    ("上年结转3.6万，没有其他资金", 90.0),
])
def test_the_total_is_the_sum_of_the_parts_she_gave(parts, want):
    iv = asked_on(TODAY, "funding.current_year")
    iv.answer("86.4万")
    iv.ask("funding")
    reply = iv.answer(parts)
    assert iv.form.funding.total == want
    assert iv.provenance["funding.total"].kind == "computed"          # listed as computed until she confirms
    assert any("计算得出" in line for line in reply.lines())


def test_no_total_from_one_part_alone():
    iv = asked_on(TODAY, "funding.current_year")
    iv.answer("86.4万")
    iv.ask("funding.carryover")
    iv.answer("没有")
    assert iv.form.funding.other is None and iv.form.funding.total is None                               # 其他资金 not said: no sum guessed


@pytest.mark.parametrize("text", ["你刚才记的总额是多少？", "资金总额现在填的是多少", "总额记了多少"])
def test_what_is_stored_is_said_back(text):
    iv = asked_on(TODAY, "funding.current_year")
    iv.answer("86.4万")
    iv.ask("department")
    reply = iv.answer(text)
    said = "\n".join(reply.lines())
    assert "86.4万元" in said and "等于上年度结转" not in said
    assert iv.form.department in ("", None)


def test_nothing_stored_is_said_so():
    iv = asked_on(TODAY, "department")
    reply = iv.answer("项目名称你刚才记的是什么？")
    assert any("还没有记下" in line for line in reply.lines())


def test_what_a_word_means_is_still_explained():
    iv = asked_on(TODAY, "department")
    reply = iv.answer("什么是项目资金总额")
    assert any("等于上年度结转" in line for line in reply.lines())


@pytest.mark.parametrize("text", ["那你推荐一个", "你帮我选一个吧", "你定吧"])
def test_asking_for_a_recommendation_shows_it_and_takes_nothing(text):
    iv = asked_on(TODAY, "overview")
    iv.answer("给全县2400名13岁在校女孩免费接种HPV疫苗")
    iv.ask("function_code")
    reply = iv.answer(text)
    assert iv.form.function_code in ("", None)
    assert any("可以用我建议的" in line for line in reply.lines()), reply.lines()


@pytest.mark.parametrize("text,day", [("明天", "2026-12-02"), ("后天交", "2026-12-03"), ("昨天填的", "2026-11-30")])
def test_a_fill_date_counted_from_today_is_said_back(text, day):
    iv = asked_on(TODAY, "fill_date")
    reply = iv.answer(text)
    assert iv.form.fill_date == day
    assert iv.provenance["fill_date"].kind == "computed"
    assert any(day in line for line in reply.lines())


@pytest.mark.parametrize("text", ["明细要写到多细", "这个要分吗", "要写几条"])
def test_a_question_about_the_list_is_no_line(text):
    iv = asked_on(TODAY, "budget_items")
    reply = iv.answer(text)
    assert not iv.facts.get("single_item") and not iv.form.budget_items
    assert any("这笔钱分几块花" in line for line in reply.lines()), reply.lines()
