"""Words of the eighteenth held-out set's voices, read as she means them (issue 11): a 乡镇 clerk's particles at the
end of a clause (噻, 嘞, 咧) are no part of a name, laughter (哈哈) stays; a planning word (拟, 拟列, 力争) is no part of
a name, a budget line or a row; a title (股长, 检察长) before or after a name; a name typed with stray spaces or in one
row of a web table; 满意度 said as 就写 / 达到 / a rise from last year's level; this year's remainder with a thousands
comma as the carryover; the dialogue scorer reads an eight-digit date as the year, month and day it states.
Sentences here are our own, not the dialogues'.
"""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_after

TODAY = dt.date(2024, 4, 8)


def test_scorer_reads_an_eight_digit_date():
    from eval.dialogue_numbers import harvest
    got = harvest("填表日期20240408")
    assert {2024.0, 4.0, 8.0} <= set(got)


@pytest.mark.parametrize("field,said,want", [
    ("project_name", "名字嘞，叫乡村道路养护噻", "乡村道路养护"),
    ("filler", "填表的是刘春梅嘞", "刘春梅"),
    ("project_name", "拟申报的项目叫2024年危桥改造", "2024年危桥改造"),
    ("unit_head", "负责人是计财股的郑晓燕股长", "郑晓燕"),
    ("unit_head", "检察长冯建国", "冯建国"),
    ("project_name", "乡镇 图书室 提升改造", "乡镇图书室提升改造"),
    ("unit", "县文化馆 图书服务部", "县文化馆图书服务部"),
    ("unit", "| 实施单位 | 县文化馆 图书服务部 |", "县文化馆图书服务部"),
    ("project_name", "项目名称  ：   乡镇 图书室 提升改造", "乡镇图书室提升改造"),
])
def test_names_read_whole(field, said, want):
    iv = asked_after(TODAY, field)
    iv.answer(said)
    assert getattr(iv.form, field) == want
    from assistant.interview.traditional import fold
    assert fold("哈哈哈，好的") == "哈哈哈，好的"          # laughter stays


def test_a_plan_word_is_no_part_of_a_budget_line():
    iv = asked_after(TODAY, "budget_items", ("project_name", "危桥改造"), ("funding", "总额300万，无结转，无其他"))
    iv.answer("桥梁加固260万，设计监理拟列25万，检测验收拟安排15万")
    assert {b.name: b.amount for b in iv.form.budget_items} == {"桥梁加固": 260, "设计监理": 25, "检测验收": 15}


@pytest.mark.parametrize("said,want", [
    ("满意度就写力争达到90%以上", "≥90%"),
    ("满意度写95%", "≥95%"),
    ("读者满意度较去年的86%提高到90%", "≥90%"),
])
def test_satisfaction_said_as_a_plan_or_a_rise(said, want):
    iv = asked_after(TODAY, "indicators.满意度指标", ("project_name", "乡镇图书室提升"))
    r = iv.answer(said)
    assert r.acts == ["answer"]
    values = [i.value for i in iv.form.indicators]
    assert len(values) == 1 and values[0].lstrip("=") == want
    assert "86%" not in values[0]


def test_a_shorter_time_is_a_ceiling():
    iv = asked_after(TODAY, "indicators.时效指标", ("project_name", "证照办理提速"))
    iv.answer("办结时间比上年15天缩短至8天")
    assert [i.value for i in iv.form.indicators] == ["≤8天"]


def test_this_years_remainder_in_thousands_is_the_carryover():
    iv = asked_after(dt.date(2024, 12, 27), "funding.carryover", ("project_name", "村级组织运转"), ("start", "明年全年"),
                     ("funding", "总额60万"))
    iv.answer("今年还剩12,380.50元没用完，结转到明年")
    assert iv.form.funding.carryover == pytest.approx(1.23805)


def test_a_text_sent_in_parts_goes_on_where_it_was_left():
    iv = asked_after(TODAY, "overview", ("project_name", "乡镇敬老院改造"))
    r = iv.answer("概况比较长我分两条发。改造全县6所乡镇敬老院，新增床位120张，")
    assert "chatter" in r.acts and "分两条发" not in iv.form.overview
    iv.ask("function_code")
    r = iv.answer("接上条：同步配套适老化卫浴和应急呼叫设备，惠及特困老人300余人。概况就这些了")
    assert r.acts == ["facts", "chatter"]
    assert "新增床位120张" in iv.form.overview and "应急呼叫设备" in iv.form.overview
    assert "接上条" not in iv.form.overview and "就这些" not in iv.form.overview
    assert not iv.form.function_code


@pytest.mark.parametrize("said,want", [
    ("按会计年度算，今年二季度开工，四季度末完工", ("2024-04", "2024-12")),
    ("本会计年度第二季度到第三季度", ("2024-04", "2024-09")),
])
def test_quarters_said_with_the_work(said, want):
    iv = asked_after(TODAY, "start", ("project_name", "乡镇敬老院改造"))
    iv.answer(said)
    assert (iv.form.start, iv.form.end) == want


def test_a_wechat_articles_own_lines_are_no_text():
    iv = asked_after(TODAY, "overview", ("project_name", "乡镇敬老院改造"))
    iv.answer("点击蓝字 关注我们\n今年我县将改造6所乡镇敬老院，新增床位120张。\n阅读原文\n来源：县民政局\n编辑：小民")
    assert "新增床位120张" in iv.form.overview
    assert not any(w in iv.form.overview for w in ("点击蓝字", "阅读原文", "来源", "编辑"))
