"""The declaration model: lossless round trip, placeholders, typed parsing."""
from __future__ import annotations

import json

import pytest

from assistant.model import Declaration, category_of, Indicator
from assistant.textnum import cn_to_number, parse_amount_wan, parse_date, parse_month, parse_period, is_placeholder
from assistant.values import parse_value


def test_round_trip_is_lossless_on_every_gold_form(fixtures):
    paths = sorted((fixtures / "corpus").glob("*.json")) + [fixtures / "seed-wuhai-2020.json"]
    assert len(paths) == 37
    for p in paths:
        gold = json.loads(p.read_text(encoding="utf-8"))["form"]
        form = Declaration.from_json(gold)
        assert form.to_json() == gold, p.name
        assert Declaration.from_json(json.loads(json.dumps(form.to_json()))) == form


def test_dump_has_exactly_the_spec_keys():
    keys = set(Declaration().to_json())
    assert keys == {"year", "project_name", "department", "department_code", "department_head", "department_phone",
                    "unit", "unit_head", "unit_phone", "unit_functions", "function_code", "attribute", "start", "end",
                    "overview", "basis", "necessity", "funding", "budget_items", "goals", "indicators", "filler",
                    "fill_date"}


@pytest.mark.parametrize("text,expected", [
    ("目标1：", True), ("目标1：\n 目标2：\n 目标3：\n\n ⋯⋯", True), ("20××年——20××年", True), ("……", True),
    ("", True), ("目标1：完成4人聘用", False), ("=0人", False), ("0", False), ("2020年", False),
])
def test_placeholders(text, expected):
    assert is_placeholder(text) is expected


def test_placeholder_goals_are_empty():
    form = Declaration.model_validate({"goals": {"annual": ["目标1：", "目标2：", "⋯⋯"], "long_term": "20××年"}})
    assert form.goals.annual == [] and form.goals.long_term == []


@pytest.mark.parametrize("text,expected", [
    ("2020-01", "2020-01"), ("2020年1月", "2020-01"), ("2020.01", "2020-01"), ("2020/1", "2020-01"),
    ("202003", "2020-03"), ("2020年13月", None), ("明年", None),
])
def test_parse_month(text, expected):
    assert parse_month(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("2020-01~2020-12", ("2020-01", "2020-12")), ("2020年1月至2020年12月", ("2020-01", "2020-12")),
    ("2020.01-2020.12", ("2020-01", "2020-12")), ("2024年3月至10月", ("2024-03", "2024-10")),
    ("2025年全年", ("2025-01", "2025-12")), ("2024年度", ("2024-01", "2024-12")),
])
def test_parse_period(text, expected):
    assert parse_period(text) == expected


@pytest.mark.parametrize("text,expected", [("2020年08月19日", "2020-08-19"), ("2020.8.9", "2020-08-09"), ("20200819", "2020-08-19")])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("三十", 30), ("二十四", 24), ("一万二", 12000), ("三百五", 350), ("三点五", 3.5), ("十二", 12), ("两千", 2000),
    ("五千", 5000), ("一百零五", 105), ("二〇二〇", 2020),
])
def test_chinese_numerals(text, expected):
    assert cn_to_number(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("24", 24), ("24万元", 24), ("240000元", 24), ("240,000元", 24), ("1.2亿元", 12000), ("三十万", 30), ("30万", 30),
])
def test_amounts_in_wan(text, expected):
    assert parse_amount_wan(text) == pytest.approx(expected)


def test_amount_strings_are_read_in_wan():
    form = Declaration.model_validate({"funding": {"total": "240000元", "current_year": "24万元"}})
    assert form.funding.total == 24 and form.funding.current_year == 24


@pytest.mark.parametrize("text,op,number,unit", [
    ("≥95%", "≥", 95, "%"), ("=4人", "=", 4, "人"), ("≤6万元/人", "≤", 6, "万元/人"), ("参与率在90%以上", "≥", 90, "%"),
    ("不低于90%", "≥", 90, "%"), ("19.2", None, 19.2, ""), ("≥70", "≥", 70, ""), ("持续提升，家庭医生签约率≥40%", "≥", 40, "%"),
    (">=98%", "≥", 98, "%"), ("≤5000元/人·月", "≤", 5000, "元/人·月"),
])
def test_parse_value(text, op, number, unit):
    pv = parse_value(text)
    assert (pv.op, pv.number, pv.unit) == (op, number, unit)
    assert pv.text == text


@pytest.mark.parametrize("text", ["2025年9月底前", "次月10日前", "2024-12-31前"])
def test_dated_targets_are_not_quantities(text):
    assert parse_value(text).is_date and not parse_value(text).is_quantitative


@pytest.mark.parametrize("level1,level2,expected", [
    ("产出指标", "数量指标", "数量指标"), ("成本指标", "经济成本指标", "成本指标"), ("效益指标", "环境效益指标", "生态效益指标"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度指标"), ("满意度指标", "", "服务对象满意度指标"),
])
def test_category_normalisation(level1, level2, expected):
    assert category_of(Indicator(level1=level1, level2=level2, name="x", value="1")) == expected


@pytest.mark.parametrize("raw,code", [
    ("2010308", "2010308"), ("[2010308]", "2010308"), ("2010308 信访事务", "2010308"), ("201-03-08", "2010308"),
    ("（2010308）信访事务", "2010308"), ("20103", "20103"), ("abc", "abc"),
])
def test_function_code_normalised(raw, code):
    assert Declaration(function_code=raw).function_code == code


@pytest.mark.parametrize("raw,attr", [("新增项目", "新增"), ("延续项目", "延续"), ("新增", "新增"), ("基础建设、修缮类", "基础建设、修缮类")])
def test_attribute_normalised(raw, attr):
    assert Declaration(attribute=raw).attribute == attr


@pytest.mark.parametrize("text,op", [("不超过2小时", "≤"), ("不低于90%", "≥"), ("超过95%", "≥"), ("90%以上", "≥"),
                                     ("控制在5000元以内", "≤"), ("低于1%", "≤")])
def test_direction_words_leftmost_longest(text, op):
    assert parse_value(text).op == op
