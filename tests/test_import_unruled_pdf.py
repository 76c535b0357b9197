"""A PDF whose tables have no borders: its text, in PDFium's order, is read as a text dump.

Before the fallback such a PDF gave back only the title-line facts (the table finder needs ruling
lines); the cases list the facts that must now come back exactly. Indicator tables and a few
labels of these layouts are not read yet from unruled text and are not asserted.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_import_unseen_layouts import facts

from assistant.importers import read_path

FIXTURES = Path(__file__).parent / "fixtures" / "unruled_pdf"
HEADER = ["project_name", "department", "unit", "unit_head", "function_code", "start", "end",
          "funding.total", "funding.carryover", "funding.current_year", "funding.other", "filler", "fill_date"]
EXPECTED = {
    "dev11-000-hiring.xiangtan": HEADER + ["attribute", "goals.annual", "goals.long_term", "budget_items"],
    "dev11-003-training.city_generic": HEADER + ["attribute", "goals.annual", "goals.long_term", "budget_items"],
    "dev11-007-health.qingshan": HEADER + ["attribute", "goals.annual", "goals.long_term", "budget_items"],
}


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_unruled_pdf_is_read_from_its_text(stem):
    result = read_path(FIXTURES / f"{stem}.pdf")
    assert result.format == "pdf"
    assert any("没有边框线" in w for w in result.warnings)
    want = facts(json.loads((FIXTURES / f"{stem}.json").read_text(encoding="utf-8"))["form"])
    have = facts(result.form.to_json())
    assert {k: have[k] for k in EXPECTED[stem]} == {k: want[k] for k in EXPECTED[stem]}


def test_a_ruled_pdf_is_still_read_from_its_tables():
    result = read_path(Path(__file__).parent / "fixtures" / "unseen_pdf" / "dev11-000-hiring.xiangtan.pdf")
    assert not any("没有边框线" in w for w in result.warnings) and result.form.indicators


def test_budget_rows_printed_a_row_per_line_with_spaces():
    """The dump's lines cut into cells as any text's rows and placed by the grid assembler; 元 converted;
    a period printed with spaces ('2024-01 至 2025-03') is one cell; a row that cannot be placed keeps the
    whole table out, with a warning naming it."""
    from assistant.importers.grid import State
    from assistant.importers.text_dump_tables import budget_rows
    st = State()
    budget_rows(st, "费用名称 预算资金（元） 测算依据\n聘用人员工资 1785600 按市场价测算\n一级指标 二级指标\n", 1.0)
    assert [(i["name"], i["amount"]) for i in st.items] == [("聘用人员工资", 178.56)]
    st = State()
    budget_rows(st, "明细项目 金额（元） 实施周期\n甲工资 1785600 2024-01 至 2025-03\n乙津贴 111600 2024-01 至 2024-12\n"
                    "合计 1897200\n项目绩效指标\n", 1.0)
    assert [(i["name"], i["amount"], i["start"], i["end"]) for i in st.items] == [
        ("甲工资", 178.56, "2024-01", "2025-03"), ("乙津贴", 11.16, "2024-01", "2024-12")]
    st = State()   # a row whose amount column is not a number: no rows at all, never a guess
    budget_rows(st, "明细项目 金额 起止时间\n甲 1\n乙 二 2024-01\n合计 1\n", 1.0)
    assert st.items == [] and any("乙 | 二" in w for w in st.warnings)
    st = State()   # names wrapped onto lines of their own are not rows: nothing read rather than a wrong name
    budget_rows(st, "用途 数量 单位 单价（元） 金额（万元）\n聘用人员工\n资\n1 项 1785600 178.56\n合计 178.56\n", 1.0)
    assert all(i["name"] != "资" for i in st.items)


@pytest.mark.parametrize("text,expected", [
    ("☑新增 □延续", "新增"), ("□新增 ☑延续", "延续"),
    ("□新增延续☑", "延续"),     # a PDF's text can put the ticked box after its word
    ("☑新增延续□", "新增"), ("□新增 □延续", ""), ("新增项目", "新增"),
])
def test_attribute_from_check_boxes(text, expected):
    from assistant.importers.labels import parse_attribute
    assert parse_attribute(text) == expected


def test_a_label_the_text_goes_on_into_is_read_as_the_longer_label():
    """'实施期' (a period) + '目标' is 实施期目标 (the long-term goal), not a period that fails to parse."""
    from assistant.importers import read_bytes
    text = "项目名称 甲项目\n实施期 2024 年 1 月至 2024 年 12 月\n实施期目标 （1）三年内完成培训全覆盖。\n年度目标 （1）完成培训 200 人次。\n"
    form = read_bytes(text.encode(), "x.txt").form
    assert form.goals.long_term == ["三年内完成培训全覆盖。"] and form.start == "2024-01"
