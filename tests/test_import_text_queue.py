"""Text dumps (pdftotext) of the unseen-layout PDFs: label columns printed before their values.

tests/fixtures/unseen_txt/<gold>.<layout>.txt is `pdftotext` (poppler 22, no options) of
tests/fixtures/unseen_pdf/<same>.pdf. These layouts print a column of labels, then the values
(with further labels mixed in), then more values; text_queue pairs each value with the label
that has waited longest for one of its kind. The cases list what must come back exactly; what
is not listed is not read reliably yet (budget rows and indicator tables of these layouts, and
the qingshan/xiangtan headers) and is left empty or partial — see the module's docstring.
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
EXPECTED = {
    "dev11-000-hiring.city_generic": HEADER + ["goals.long_term", "goals.annual", "filler", "fill_date"],
    "dev11-003-training.city_generic": HEADER + ["goals.long_term", "filler", "fill_date"],
    "dev11-000-hiring.jiaxian": ["project_name", "department", "unit_head", "function_code", "attribute", "start",
                                 "end", "funding.total", "funding.carryover"],
    "dev11-000-hiring.mof101": ["project_name", "department", "unit", "function_code", "attribute", "start", "end",
                                "funding.total", "funding.current_year"],
}


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_column_ordered_header_fields_come_back(stem):
    gold = json.loads((FIXTURES / "unseen_pdf" / f"{stem}.json").read_text(encoding="utf-8"))["form"]
    have = facts(read_path(FIXTURES / "unseen_txt" / f"{stem}.txt").form.to_json())
    want = facts(gold)
    assert {k: have[k] for k in EXPECTED[stem]} == {k: want[k] for k in EXPECTED[stem]}


def test_amounts_in_yuan_are_converted():
    form = read_path(FIXTURES / "unseen_txt" / "dev11-000-hiring.city_generic.txt").form
    assert (form.funding.total, form.funding.carryover, form.funding.current_year) == (223.2, 22.32, 200.88)


@pytest.mark.parametrize("kind,value,ok", [
    ("code", "2010308", True), ("code", "2024 年 01 月-2024 年 12 月", False), ("code", "1399825****", False),
    ("amount", "2232000", True), ("amount", "223.2", True), ("amount", "渭南市信访局", False),
    ("person", "黄丽", True), ("person", "黄丽 1399825****", True), ("person", "渭南市社会化聘用人员经费", False),
    ("phone", "1399825****", True), ("phone", "0473-2760599", True), ("phone", "2010308", True),
    ("date", "2024-01 至 2024-12", True), ("date", "2024 年 1 月", True), ("date", "新增项目", False),
    ("attribute", "新增项目", True), ("attribute", "渭南市信访局", False),
    ("long", "（1）持续保障联合接访中心接待力量", True), ("long", "渭南市信访局", False),
    ("name", "渭南市社会化聘用人员经费", True), ("name", "2232000", False), ("name", "保持在95%以上。", False),
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
