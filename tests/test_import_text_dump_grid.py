"""A PDF text dump is turned into rows of cells and placed by the one assembler (grid.extract): its budget table
printed one cell per line is folded like any one-cell-per-line text, and every value it finds — labelled, paired by
column order, or found by what it is — goes through the assembler's kind checks and provenance."""
from __future__ import annotations

from assistant.importers.text_reader import read_text

HEAD = "项目名称\n某县设备更新工程\n主管部门\n某县教育局\n实施单位\n某县第一中学\n"


def _dump(text: str):
    return read_text(text.encode("utf-8"), "x.txt", shape="dump")


def test_a_budget_table_printed_one_cell_per_line_is_folded_into_rows():
    r = _dump(HEAD + "项目预算明细\n明细项目名称\n金额（元）\n实施周期\n设备购置\n120000\n2024-01 至 2024-12\n"
                     "安装调试\n30000\n2024-03 至 2024-06\n合计\n150000\n项目绩效指标\n")
    got = [(b.name, b.amount, b.start, b.end) for b in r.form.budget_items]
    assert got == [("设备购置", 12.0, "2024-01", "2024-12"), ("安装调试", 3.0, "2024-03", "2024-06")]
    assert r.provenance["budget_items[0]"].startswith("文本 项目预算明细（逐格）")
    assert r.how["budget_items"] == "text-dump"


def test_a_budget_row_whose_amount_is_not_a_number_keeps_the_whole_table_out():
    r = _dump(HEAD + "明细项目名称\n金额（万元）\n设备购置\n12\n安装调试\n另行测算\n合计\n15\n项目绩效指标\n")
    assert r.form.budget_items == []


def test_values_found_without_their_label_are_placed_by_the_assembler_with_its_kind_checks():
    # in a form with those labels (their values printed apart from them) the first two unit names printed are
    # 主管部门 and 实施单位; a 7-digit 2xxxxxx is the function code
    r = _dump("某县教育局\n某县第一中学\n2050201\n新增\n2024-01 至 2024-12\n主管部门\n实施单位\n")
    f = r.form
    assert (f.department, f.unit, f.function_code, f.attribute, f.start, f.end) == (
        "某县教育局", "某县第一中学", "2050201", "新增", "2024-01", "2024-12")
    assert r.how["department"] == "text-dump" and r.provenance["department"] == "文本"
    # without the labels, unit names printed are no 主管部门 / 实施单位 (a notice's first unit published it)
    f = _dump("某县教育局\n某县第一中学\n2050201\n新增\n2024-01 至 2024-12\n").form
    assert (f.department, f.unit, f.function_code) == ("", "", "2050201")


def test_a_labelled_value_of_the_wrong_kind_is_refused_with_a_warning_naming_it():
    r = _dump("项目名称\n某县设备更新工程\n实施单位\n赵磊\n联系电话\n13900000000\n")
    assert r.form.project_name == "某县设备更新工程" and r.form.unit == ""    # a person is never a unit
    assert any("赵磊" in w and "实施单位" in w for w in r.warnings)
