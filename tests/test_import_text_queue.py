"""Text dumps (pdftotext) of the unseen-layout PDFs: label columns printed before their values.

tests/fixtures/unseen_txt/<gold>.<layout>.txt is `pdftotext` (poppler 22, no options) of
tests/fixtures/unseen_pdf/<same>.pdf. These layouts print a column of labels, then the values
(with further labels mixed in), then more values; text_queue pairs each value with the label
that has waited longest for one of its kind. The cases list what must come back exactly; what
is not listed is not read reliably yet (budget rows and indicator tables printed column by
column, indicator tables whose level words come half as a block, half inline) and is left
empty or partial.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_import_unseen_layouts import facts

from assistant.importers import read_path
from assistant.importers.text_queue import fits

FIXTURES = Path(__file__).parent / "fixtures"
HEADER = ["project_name", "department", "unit", "unit_head", "function_code", "attribute", "start", "end",
          "funding.total", "funding.carryover", "funding.current_year", "funding.other"]
PARTS = ["funding.carryover", "funding.current_year", "funding.other"]
# label | value | label | value funding rows printed as the first column, then the rest in an order of pdftotext's
# own: which amount is 上年结转 and which 本年拨款 the text does not say (the same shape swaps them in other forms of
# the set), so the parts are left empty, the total (their sum) is kept
SPLIT_PARTS = {"dev11-000-hiring.city_generic", "dev11-003-training.city_generic", "dev11-000-hiring.jiaxian"}
EXPECTED = {
    # every fact: header by kind, budget rows one cell per line, the indicator table with 指标值 printed as
    # three columns (方向 | 数值 | 单位), its 一级 merged down its rows, wrapped 二级 words and signature lines below
    "dev11-000-hiring.city_generic": HEADER + ["goals.long_term", "goals.annual", "filler", "fill_date",
                                               "budget_items", "indicators"],
    "dev11-003-training.city_generic": HEADER + ["goals.long_term", "goals.annual", "filler", "fill_date"],
    # the budget's name column and amount column printed far apart, paired when their counts agree
    "dev11-000-hiring.jiaxian": ["project_name", "department", "unit_head", "function_code", "attribute", "start",
                                 "end", "funding.total", "funding.carryover", "funding.current_year", "funding.other",
                                 "budget_items", "goals.long_term", "goals.annual"],   # '1. …' / '2. …': one goal each
    # the annual goal is printed before its label (1.2024 年… / 年度绩效目标): kept until the label comes
    "dev11-000-hiring.mof101": ["project_name", "department", "unit", "function_code", "attribute", "start", "end",
                                "funding.total", "funding.current_year", "funding.carryover", "funding.other",
                                "goals.long_term", "goals.annual", "unit_head"],   # 黄丽 printed under the tables
    # labels wrapped over two and three lines (项目单位 / 负责人及 / 联系电话), [664001]乌海市教育局, 赵磊，139…
    "dev11-001-equipment.qingshan": HEADER + ["goals.long_term", "goals.annual", "budget_items", "filler"],
    # row-ordered, labels wrapped around their values (主管部门及 … 代码), amounts in 元, a 绩效标准 column
    "dev11-000-hiring.xiangtan": HEADER + ["goals.long_term", "goals.annual", "budget_items", "filler", "fill_date"],
    "dev11-007-health.qingshan": HEADER + ["goals.long_term", "goals.annual", "budget_items", "filler", "fill_date"],
}


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_column_ordered_header_fields_come_back(stem):
    gold = json.loads((FIXTURES / "unseen_pdf" / f"{stem}.json").read_text(encoding="utf-8"))["form"]
    have = facts(read_path(FIXTURES / "unseen_txt" / f"{stem}.txt").form.to_json())
    want = facts(gold)
    keys = [k for k in EXPECTED[stem] if not (stem in SPLIT_PARTS and k in PARTS)]
    assert {k: have[k] for k in keys} == {k: want[k] for k in keys}
    if stem in SPLIT_PARTS:
        assert all(have[k] is None for k in PARTS)


def test_amounts_in_yuan_are_converted():
    form = read_path(FIXTURES / "unseen_txt" / "dev11-000-hiring.city_generic.txt").form
    assert form.funding.total == 223.2


@pytest.mark.parametrize("kind,value,ok", [
    ("code", "2010308", True), ("code", "2024 年 01 月-2024 年 12 月", False), ("code", "1399825****", False),
    ("amount", "2232000", True), ("amount", "223.2", True), ("amount", "渭南市信访局", False),
    ("amount", "20136500 0", False), ("amount", "223.2 万元", True),
    ("person", "黄丽", True), ("person", "黄丽 1399825****", True), ("person", "渭南市社会化聘用人员经费", False),
    ("phone", "1399825****", True), ("phone", "0473-2760599", True), ("phone", "2010308", True),
    ("date", "2024-01 至 2024-12", True), ("date", "2024 年 1 月", True), ("date", "新增项目", False),
    ("attribute", "新增项目", True), ("attribute", "渭南市信访局", False),
    ("long", "（1）持续保障联合接访中心接待力量", True), ("long", "渭南市信访局", False), ("long", "16.24", False),
    ("long", "1.三年内完成设备更新", True), ("long", "1.2024 年聘用 31 名工作人员", True),
    ("name", "渭南市社会化聘用人员经费", True), ("name", "2232000", False), ("name", "保持在95%以上。", False),
    ("name", "马骏", False), ("name", "民政局", True),   # a person's name waits for 项目联系人
])
def test_value_kinds(kind, value, ok):
    assert fits(kind, value) is ok


def test_a_row_ordered_dump_is_left_to_the_first_pass():
    """No run of three labels on their own lines: nothing is paired here."""
    from assistant.importers.grid import State
    from assistant.importers.text_queue import queued_pairs
    st = State()
    queued_pairs(st, "项目名称：甲项目\n主管部门：乙局\n项目单位：丙中心\n")
    assert st.fields == {}


def test_a_value_printed_as_three_columns_becomes_one():
    from assistant.importers.text_dump_tables import merge_split_values
    text = "三级指标\n预期目标值\n指标方向\n数值\n计量单位\n产出指标\n聘用人员到\n≥\n98\n%\n岗率\n完成时间\n≤\n12\n岗位\n"
    assert merge_split_values(text).split("\n") == [
        "三级指标", "指标值", "产出指标", "聘用人员到", "≥98%", "岗率", "完成时间", "≤12", "岗位", ""]


@pytest.mark.parametrize("level1,level2,ok", [
    ("产出指标", "质量指标", True), ("产出指标", "社会效益指标", False), ("效益指标", "可持续影响指标", True),
    ("满意度指标", "服务对象满意度指标", True), ("效益指标", "服务对象满意度指标", False), ("成本指标", "经济成本指标", True),
])
def test_a_merged_level1_only_carries_level2_words_that_belong_under_it(level1, level2, ok):
    from assistant.importers.text_rows import fits_under
    assert fits_under(level1, level2) is ok


def test_a_label_wrapped_around_its_value_is_put_back_together():
    from assistant.importers.text_dump import rejoin_wrapped_labels
    text = "主管部门及\n渭南市信访局 410001\n实施单位\n渭南市信访局\n代码\n项目负责人\n黄丽\n当年财政拨\n其他资金\n（元）\n款\n"
    assert rejoin_wrapped_labels(text).split("\n") == [
        "主管部门及代码", "渭南市信访局 410001", "实施单位", "渭南市信访局", "项目负责人", "黄丽", "当年财政拨款",
        "其他资金", "（元）", ""]
    # a value is never taken as the rest of a label, nor a line too far below
    assert rejoin_wrapped_labels("项目名称\n新增\n").split("\n") == ["项目名称", "新增", ""]
    far = "功能分类科\n1\n2\n3\n4\n5\n目\n"
    assert rejoin_wrapped_labels(far) == far


def test_numbers_on_lines_of_their_own_stay_apart():
    """'20136500' / '0' on two lines are two amounts, not 201365000 (湘潭 prints a row of amounts that way)."""
    from assistant.importers.text_dump import flatten
    assert "20136500 0 20136500 0" in flatten("其他资金（元）\n20136500\n0\n20136500\n0\n实施期")


def test_a_unit_name_wrapped_around_the_next_label_is_put_back_together():
    from assistant.importers.text_dump import rejoin_wrapped_labels
    text = "乌兰察布市交通运\n项目执行单位\n输局\n李杰\n乌兰察布市公路养\n护中心\n"
    assert rejoin_wrapped_labels(text).split("\n") == [
        "乌兰察布市交通运输局", "项目执行单位", "李杰", "乌兰察布市公路养护中心", ""]
    assert rejoin_wrapped_labels("渭南市信访局\n民政局\n") == "渭南市信访局\n民政局\n"   # two units stay two


def test_values_printed_under_the_tables_fit_the_labels_still_waiting_in_order():
    from assistant.importers.grid import State
    from assistant.importers.text_queue import queued_pairs
    text = ("项目名称\n主管部门\n项目单位\n\n甲项目经费\n乙市民政局\n乙市救助中心\n\n主管部门编码\n项目负责人\n项目属性\n\n"
            "绩效指标\n一级指标\n产出指标\n\n410001\n黄丽\n新增\n")
    st = State()
    queued_pairs(st, text)
    assert (st.fields["department_code"], st.fields["unit_head"], st.fields["attribute"]) == ("410001", "黄丽", "新增")
    st = State()   # a block that does not fit the waiting labels one by one is left alone
    queued_pairs(st, text.replace("410001\n黄丽\n新增", "≥98%\n=100%\n≤7.2万元"))
    assert "unit_head" not in st.fields and "department_code" not in st.fields and "attribute" not in st.fields
    assert st.fields["project_name"] == "甲项目经费"
