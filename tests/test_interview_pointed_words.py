"""Words that point at the project or at a part of it are not names, numbers or labels (issue 11: nothing
misfiled, nothing invented).

Found by an adaptive clerk (a 水利局 clerk filing 农村饮水安全工程维修养护): "…维修养护这个项目" was stored as
the name with 这个项目 in it; "我们单位报的是图书馆免费开放", answered when the name was asked, was stored as the
项目单位 "报的是图书馆"; "宣传这一块花三万" read 这一块 as 1块 and the line was refused without a word why."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.answers import prep
from tests.interview_helpers import asked_on

TODAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize("text,name", [
    ("我们要报的是农村饮水安全工程维修养护这个项目", "农村饮水安全工程维修养护项目"),
    ("报的是图书馆免费开放这个项目吧", "图书馆免费开放项目"),
    ("名字嘛，农村饮水维修这个事", "农村饮水维修"),
    ("今年申报的项目叫乡村学校少年宫运行", "乡村学校少年宫运行"),
    ("我们单位报的是图书馆免费开放", "图书馆免费开放"),
    ("就叫农村饮水安全工程维修养护吧", "农村饮水安全工程维修养护"),
    ("这个项目叫农村饮水维修养护", "农村饮水维修养护"),
])
def test_the_name_without_the_words_pointing_at_it(text, name):
    iv = asked_on(TODAY, "project_name")
    iv.answer(text)
    assert iv.form.project_name == name


@pytest.mark.parametrize("text", ["我们单位报的是图书馆免费开放", "本单位申报的是乡村少年宫运行经费",
                                  "我们单位今年要搞一个文化进万家活动", "本单位负责全县图书馆的公益服务"])
@pytest.mark.parametrize("field", ["project_name", "overview", "unit_functions"])
def test_a_unit_doing_something_is_no_unit_label(text, field):
    iv = asked_on(TODAY, field)
    reply = iv.answer(text)
    assert iv.form.unit == "" and "unit" not in reply.changed


def test_a_label_with_its_verb_still_names_the_unit():
    iv = asked_on(TODAY, "overview")
    iv.answer("我们单位是县图书馆")
    assert iv.form.unit == "县图书馆"


@pytest.mark.parametrize("text,kept", [
    ("城乡环卫一体化这一块", "这一块"), ("培训那一块花两万", "那一块"), ("大家一块儿做", "一块儿"),
])
def test_this_part_is_no_yuan(text, kept):
    assert kept in prep(text)


@pytest.mark.parametrize("text,money", [("每个一块钱", "1块"), ("三块五", "3.5块"), ("这三万块钱", "3万元")])
def test_spoken_money_still_read(text, money):
    assert money in prep(text)


@pytest.mark.parametrize("text,rows", [
    ("宣传这一块花三万，培训那一块花两万", [("宣传", 3.0), ("培训", 2.0)]),
    ("宣传花三万，培训用两万", [("宣传", 3.0), ("培训", 2.0)]),
    ("劳务费这部分要三万，印刷的话两万", [("劳务费", 3.0), ("印刷", 2.0)]),
    ("劳务费3万，物资补给2万", [("劳务费", 3.0), ("物资补给", 2.0)]),
])
def test_budget_lines_named_without_pointers_and_verbs(text, rows):
    iv = asked_on(TODAY, "funding")
    iv.answer("总共五万")
    iv.ask("budget_items")
    iv.answer(text)
    assert [(i.name, i.amount) for i in iv.form.budget_items] == rows


def test_a_refused_line_name_is_said_with_why():
    iv = asked_on(TODAY, "funding")
    iv.answer("总共五万")
    iv.ask("budget_items")
    reply = iv.answer("这一块宣传花三万，那一块培训花两万")
    assert iv.form.budget_items == []
    assert any("不像名称" in s for s in reply.said)


@pytest.mark.parametrize("text,rows", [
    ("站点运转经费3万；站长培训费2万", [("站点运转经费", 3.0), ("站长培训费", 2.0)]),
    ("通信链路租用三万，设备使用费两万", [("通信链路租用", 3.0), ("设备使用费", 2.0)]),
    ("服务活动经费3万，宣传费用2万", [("服务活动经费", 3.0), ("宣传费用", 2.0)]),
    ("规划纲要编制3万，工作安排2万", [("规划纲要编制", 3.0), ("工作安排", 2.0)]),
])
def test_names_ending_like_verbs_are_kept(text, rows):
    iv = asked_on(TODAY, "funding")
    iv.answer("总共五万")
    iv.ask("budget_items")
    iv.answer(text)
    assert [(i.name, i.amount) for i in iv.form.budget_items] == rows


# "要报一个老年人健康管理的项目" gave 数量指标「老年人人数」=1人: an article read as a count (an invented number)
@pytest.mark.parametrize("field,text", [
    ("project_name", "你好，我是镇卫生院的，要报一个老年人健康管理的项目，领导让我填这个表"),
    ("overview", "我们要做一个老年人关爱的活动，具体的还在商量"),
    ("overview", "这是一个留守儿童关爱项目，一人一档"),
])
def test_an_article_is_no_count(field, text):
    iv = asked_on(TODAY, field)
    iv.answer(text)
    assert not any(i.value.lstrip("=≥≤").startswith("1人") for i in iv.form.indicators)
    assert all("1人" not in str(i.value) for i in iv.form.indicators)


def test_a_name_of_the_project_reads_as_a_project_name():
    iv = asked_on(TODAY, "project_name")
    iv.answer("要报一个老年人健康管理的项目")
    assert iv.form.project_name == "老年人健康管理项目"


def test_yuan_as_kuai_after_a_fee_is_no_count_of_pieces():
    iv = asked_on(TODAY, "overview")
    iv.answer("给辖区65岁以上老人免费体检，今年有3200个老人，每人体检费70块")
    assert not any(str(i.value).endswith("块") for i in iv.form.indicators)
    assert any(i.value == "=3200人" for i in iv.form.indicators)


def test_pieces_are_still_counted():
    iv = asked_on(TODAY, "overview")
    iv.answer("制作宣传展板30块，每块200元")
    assert any(i.value == "=30块" for i in iv.form.indicators)


def test_a_hedged_price_per_person_is_not_asked_as_monthly_pay():
    iv = asked_on(TODAY, "overview")
    reply = iv.answer("给辖区65岁以上老人免费体检，今年大约有3200个老人，每人体检费大概70块")
    assert "每人每月" not in "".join(reply.lines())
    assert iv.form.overview.endswith("每人体检费大概70块")
