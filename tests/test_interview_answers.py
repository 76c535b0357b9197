"""Reading free answers: numbers, money, months, organisations, indicators, corrections. Table-driven."""
from __future__ import annotations

import pytest

from assistant.interview import answers as A
from assistant.interview.answers import Context
from assistant.interview.choices import Choice, norm_value, parse_choice, split_indicator
from assistant.interview.edits import parse_edit
from assistant.interview.extract import extract
from assistant.model import Declaration

CTX = Context(this_year=2020)


@pytest.mark.parametrize("text, expected", [
    ("24万元", 24.0), ("240000元", 24.0), ("三十万", 30.0), ("二十四万元", 24.0), ("1.2亿元", 12000.0),
    ("5000块", 0.5), ("81.18万", 81.18),
])
def test_amounts_in_wan(text, expected):
    assert A.amounts(text)[0][2] == pytest.approx(expected)


@pytest.mark.parametrize("text, expected", [
    ("2020年1月至2020年12月", ("2020-01", "2020-12")),
    ("2020年1月到12月", ("2020-01", "2020-12")),
    ("2024.01-2024.12", ("2024-01", "2024-12")),
    ("今年全年", ("2020-01", "2020-12")),
    ("明年3月到10月", ("2021-03", "2021-10")),
    ("2023年全年", ("2023-01", "2023-12")),
    ("3月到10月", ("2020-03", "2020-10")),
])
def test_periods(text, expected):
    assert A.period(text, CTX) == expected


@pytest.mark.parametrize("text, strict, expected", [
    ("我们是渭南市信访局", False, "渭南市信访局"),
    ("我们信访局今年要聘4个人", True, "信访局"),
    ("乌海市第三中学", False, "乌海市第三中学"),
    ("联合接访中心承担接待工作", True, ""),            # not marked as the speaker's own unit
    ("本单位是包头市环境监测站", True, "包头市环境监测站"),
])
def test_organisation_names(text, strict, expected):
    assert A.org_name(text, strict=strict) == expected


@pytest.mark.parametrize("text, expected", [
    ("是", True), ("好的", True), ("确认。", True), ("不对", False), ("1", False),
])
def test_accept_words(text, expected):
    assert A.is_accept(text) is expected


@pytest.mark.parametrize("text, skip, back", [
    ("", True, False), ("跳过", True, False), ("不知道", True, False), ("返回", False, True),
    ("上一步", False, True), ("市信访局", False, False),
])
def test_skip_and_back_words(text, skip, back):
    assert (A.is_skip(text), A.is_back(text)) == (skip, back)


def test_hiring_answer_gives_headcount_pay_and_months():
    p = extract("我们信访局今年要聘4个人，每人每月5000，干满12个月", Context(asked="overview", this_year=2020))
    assert (p.facts["headcount"], p.facts["monthly"], p.facts["months"]) == (4, 5000, 12)
    assert ("unit", "信访局") in [(f.path, f.value) for f in p.fills]
    assert p.facts["year"] == 2020


def test_chinese_numerals_for_people_and_pay():
    p = extract("聘用三个人，每人每月六千元", Context(asked="overview"))
    assert (p.facts["headcount"], p.facts["monthly"]) == (3, 6000)


def test_quantity_and_unit_price():
    p = extract("计划购置教学计算机115台，单价6000元，总投资81.18万元。", Context(asked="overview"))
    assert p.facts["quantities"] == [{"verb": "购置", "obj": "教学计算机", "n": 115, "measure": "台"}]
    assert p.facts["unit_price"] == {"yuan": 6000, "per": "", "label": "单价"}
    assert ("funding.total", 81.18) in [(f.path, f.value) for f in p.fills]


@pytest.mark.parametrize("text, expected", [
    ("总共24万，全部是本年财政拨款", {"funding.total": 24.0}),
    ("上年结转16.24万元，本年财政拨款64.94万元", {"funding.carryover": 16.24, "funding.current_year": 64.94}),
    ("45万，其中上年结转4.5万", {"funding.total": 45.0, "funding.carryover": 4.5}),
    ("24", {"funding.total": 24.0}),
    ("没有结转", {"funding.carryover": 0.0}),
])
def test_funding_answers(text, expected):
    p = extract(text, Context(asked="funding"))
    assert {f.path: f.value for f in p.fills if f.path.startswith("funding")} == expected


def test_budget_items_list():
    p = extract("其中：工资19.2万元；社保3.6万元；津贴12000元", Context(asked="budget_items"))
    assert p.fills[0].value == [{"name": "工资", "amount": 19.2}, {"name": "社保", "amount": 3.6},
                                {"name": "津贴", "amount": 1.2}]


@pytest.mark.parametrize("text, expected", [
    ("培训考核合格率≥90%", ("培训考核合格率", "≥90%")),
    ("65岁及以上老年人健康管理率≥70%", ("65岁及以上老年人健康管理率", "≥70%")),
    ("资金发放时间 每学期开学后两个月内", ("资金发放时间", "每学期开学后两个月内")),
    ("设备安装完成时间：2025年9月底前", ("设备安装完成时间", "2025年9月底前")),
    ("满意度90%以上", ("满意度", "90%以上")),
    # names that start with a number
    ("3D打印设备采购数量 5台", ("3D打印设备采购数量", "5台")),
    ("2号楼维修面积 1200平方米", ("2号楼维修面积", "1200平方米")),
    ("2号楼维修面积1200平方米", ("2号楼维修面积", "1200平方米")),
    ("5G基站建设数量≥30个", ("5G基站建设数量", "≥30个")),
    ("12345热线按时办结率 95%", ("12345热线按时办结率", "95%")),
    ("12个月以上", ("", "12个月以上")),
])
def test_split_indicator(text, expected):
    assert split_indicator(text) == expected


@pytest.mark.parametrize("value, category, expected", [
    ("90%以上", "满意度指标", "≥90%"), ("100%", "质量指标", "=100%"), ("不超过2小时", "时效指标", "≤2小时"),
    ("0起", "质量指标", "=0起"), ("2025年9月底前", "时效指标", "2025年9月底前"), ("600人次", "数量指标", "=600人次"),
])
def test_indicator_values_get_a_direction(value, category, expected):
    assert norm_value(value, category) == expected


CHOICES = [Choice("聘用人员在岗率", "产出指标", "质量指标", "≥95%", True),
           Choice("聘用人员年度考核合格率", "产出指标", "质量指标", "≥90%", True)]


@pytest.mark.parametrize("text, expected", [
    ("1", [("聘用人员在岗率", "≥95%", False)]),
    ("1、2", [("聘用人员在岗率", "≥95%", False), ("聘用人员年度考核合格率", "≥90%", False)]),
    ("2改成≥95%", [("聘用人员年度考核合格率", "≥95%", True)]),
    ("98%", []),          # two rows offered in %: which one is hers would be a guess (asked again)
    ("到岗率98%；考核合格率100%", [("到岗率", "≥98%", True), ("考核合格率", "=100%", True)]),
])
def test_indicator_choices(text, expected):
    """A bare value goes to the offered row whose example has its unit, never to the first of several."""
    rows = parse_choice(text, "质量指标", CHOICES)
    assert [(r["name"], r["value"], stated) for r, stated in rows] == expected


FORM = Declaration.model_validate({"indicators": [{"level2": "服务对象满意度指标", "name": "来访群众满意度", "value": "≥90%"}]})


@pytest.mark.parametrize("text, expected", [
    ("改一下：总额是30万", ("funding.total", "30万")),
    ("单位改成市信访局", ("unit", "市信访局")),
    ("把来访群众满意度改为95%", ("indicators:来访群众满意度", "95%")),
    ("更正：项目名称应为社会化聘用人员经费", ("project_name", "社会化聘用人员经费")),
    ("改一下：结束时间是2020年10月", ("end_only", "2020年10月")),
    ("市信访局", None),
])
def test_corrections(text, expected):
    assert parse_edit(text, FORM) == expected


def test_a_bare_value_goes_to_the_one_offered_row_of_its_unit():
    choices = [Choice("培训人次", "产出指标", "数量指标", "=1000人次", True),
               Choice("培训合格率", "产出指标", "质量指标", "≥90%", True)]
    rows = parse_choice("1500人次", "数量指标", choices)
    assert [(r["name"], r["value"]) for r, _ in rows] == [("培训人次", "=1500人次")]
