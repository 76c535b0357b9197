"""Plain text → grid: how a text holds its table (text_grid), cells folded into rows (fold), a copied row's
cells placed onto the header's columns by what they hold (align), and the table knowledge as data (columns)."""
from __future__ import annotations

import pytest

from assistant.importers import read_bytes
from assistant.importers.align import Columns, align, header_columns, segment
from assistant.importers.columns import canon_levels, column_role, level_word
from assistant.importers.kinds import cell_kind, is_amount
from assistant.importers.text_grid import _split_spaces, layout, pieces_of, rows_of, split_data, split_run


def _read(text: str):
    return read_bytes(text.encode("utf-8"), "x.txt")


@pytest.mark.parametrize("text,expected", [
    ("项目名称 | 甲 | |||\n主管部门 | 乙局 | 实施单位 | 丙中心 | ||\n项目属性 | 新增 | |||\n", "rows"),
    ("| 项目名称 | 甲 | ||||\n| 主管部门 | 乙局 | |||\n| 项目属性 | 新增 | |||\n", "rows"),
    ("项目名称\t甲\n主管部门\t乙局\t实施单位\t丙中心\n项目属性\t新增\n", "rows"),
    ("项目名称 甲项目\n主管部门 乙局 实施单位 丙中心\n资金总额 10\n其他资金 0\n", "rows"),
    ("|\n项目名称 |\n甲项目 |\n||\n|\n主管部门 |\n乙局 |\n|||\n", "cells"),
    ("项目名称\n\n甲项目\n\n主管部门\n\n乙局\n\n", "cells"),
    ("项目名称\n主管部门\n实施单位\n甲项目\n乙局\n丙中心\n", "dump"),
])
def test_layout_is_decided_by_how_the_text_holds_its_cells(text, expected):
    assert layout(text) == expected


def test_pipe_rows_keep_empty_cells_inside_and_drop_the_trailing_run():
    rows = rows_of("项目名称 | 甲 | 项目负责人 |  | 联系电话 | 123 | ||||\n")
    assert [p.text for p in rows[0]] == ["项目名称", "甲", "项目负责人", "", "联系电话", "123"]


def test_the_last_pipe_row_without_its_closing_bar_is_cut():
    rows = rows_of("| 项目名称 | 甲 | |||\n| 一级指标 | 二级指标 | |\n| 成本指标 | 补助标准 | 15")
    assert rows[-1][-1].cut and not rows[0][-1].cut


@pytest.mark.parametrize("line,single,cells", [
    ("项目名称 甲项目 项目负责人及电话 郭铁梅18932106863", True, ["项目名称", "甲项目", "项目负责人及电话", "郭铁梅18932106863"]),
    ("贫困地区旅游景点开发数量( ≥**个 ) >=4个", True, ["贫困地区旅游景点开发数量( ≥**个 )", ">=4个"]),
    ("其中: 财政拨款数 3", True, ["其中:财政拨款数", "3"]),
    ("投入目标 (万元) 资金来源", True, ["投入目标(万元)", "资金来源"]),
    ("2024 年 1 月至 2024 年 12 月  新增", False, ["2024 年 1 月至 2024 年 12 月", "新增"]),
])
def test_spaces_split_cells_but_never_inside_brackets(line, single, cells):
    assert _split_spaces(line, single) == cells


def test_a_label_printed_over_two_cells_is_put_back_together():
    pieces = pieces_of("主管部门\n\n及编码\n\n[015001]武汉市青山区教育局\n\n经济效益\n\n指标\n\n")
    assert [p.text for p in pieces] == ["主管部门及编码", "[015001]武汉市青山区教育局", "经济效益指标"]


def test_cells_run_together_are_cut_at_labels_and_values():
    assert split_run("项目名称滨湖大楼运行保障项目类别本级支出项目") == ["项目名称", "滨湖大楼运行保障", "项目类别", "本级支出项目"]
    assert split_data("保安服务费191依据招标文件191191") == ["保安服务费", "191", "依据招标文件", "191191"]
    assert split_data("维修维护次数反映全年维修情况2280次大楼安检巡察次数") == ["维修维护次数", "反映全年维修情况", "2280次",
                                                                    "大楼安检巡察次数"]


@pytest.mark.parametrize("text,kind", [
    ("产出 指标", "L1"), ("成本指标(0-20)分", "L12"), ("社会公众或服务对象满意度指标", "L2"), ("正向指标", "op"),
    ("≥", "op"), ("44,561", "num"), ("3,309,840.00", "money"), ("1.17e+06", "money"), ("人/次", "unit"),
    ("计划标准", "std"), ("反映办公大楼维修情况", "desc"), ("≥80M", "value"), ("2023.07-2024.01", "period"),
    ("优良", "short"), ("次月10日前", "valueish"), ("一级指标", "head"),
])
def test_cell_kinds(text, kind):
    assert cell_kind(text) == kind


@pytest.mark.parametrize("text,role", [
    ("指标值及单位", "value"), ("当年预期实现值", "value"), ("预期2022年实现值", "value"), ("2021年实际实现值", "actual"),
    ("2020年实际执行数", "actual"), ("指标性质", "op"), ("指标方向性", "op"), ("度量单位", "unit"), ("权重（%）", "score"),
    ("绩效标准", "standard"), ("指标解释", "standard"), ("二级指标(长期)", "level2"), ("三级指标内容", "name"),
])
def test_column_roles(text, role):
    assert column_role(text) == role


def test_levels_are_put_in_the_current_template():
    assert canon_levels("效益指标", "社会公众或服务对象满意度指标") == ("满意度指标", "服务对象满意度指标")
    assert canon_levels("", "数量指标") == ("产出指标", "数量指标")
    assert canon_levels("成本指标", "经济成本指标") == ("成本指标", "经济成本指标")
    assert level_word("正向指标") is None


def test_amounts_are_never_phones_or_two_cells():
    assert is_amount("250万") and is_amount("854万854万(高标准农田建设400万元)") and is_amount("1.17e+06")
    assert not is_amount("1394749****") and not is_amount("13947491234") and not is_amount("20136500 0")


WUHAI = header_columns(["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "目标值", "计量单位", "分值"])


@pytest.mark.parametrize("cells,roles", [
    (("产出指标", "数量指标", "出差人次", "正向", "=", "24", "人/次", "4"),
     ["level1", "level2", "name", "op", "op", "value", "unit", "score"]),
    (("出差人数", "正向", "=", "8", "4"), ["name", "op", "op", "value", "score"]),          # no unit: 4 is the score
    (("项目财政资金到位时间", "正向", "=", "44,561", "44,561", "10"), ["name", "op", "op", "value", "unit", "score"]),
])
def test_a_copied_row_is_placed_by_what_its_cells_hold(cells, roles):
    placed = align(cells, WUHAI)
    assert placed is not None and [WUHAI.roles[j] for j in placed[1]] == roles


def test_a_row_that_fits_two_columns_equally_is_not_placed():
    groups = header_columns(["一级指标", "二级指标(长期)", "三级指标(长期)", "指标值(长期)", "二级指标(年度)",
                             "三级指标(年度)", "指标值(年度)"])
    assert align(("重点建设工程验收合格率", "100%"), groups) is None           # 长期 or 年度? not guessed
    assert align(("质量指标", "质量指标", "重点建设工程验收合格率", "100%"), groups) is not None


def test_a_run_of_cells_is_cut_into_rows_only_when_one_cut_is_best():
    cols = header_columns(["一级指标", "二级指标", "三级指标", "指标值及单位", "绩效标准"])
    rows = segment(["产出指标", "数量指标", "车辆数", "10辆", "计划标准", "风炮射程", "≥80M", "计划标准"], cols)
    assert [[r for _, r, _, _ in row] for row in rows] == [["level1", "level2", "name", "value", "standard"],
                                                           ["name", "value", "standard"]]
    groups = Columns(("level1", "level2", "name", "value", "level2", "name", "value"), (0, 0, 0, 0, 1, 1, 1))
    assert segment(["重点建设工程安排数量", "2"], groups) is None                 # 长期 or 年度: not guessed


def test_record_table_of_a_department_gives_department_unit_and_the_project_amount():
    form = _read("| 金额单位:元 | ||\n| 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | |\n"
                 "| 820-马踏镇部门 | 8,827,620.53 | |||\n| 820001-井研县马踏镇人民政府 | 村组干部报酬 | 3,309,840.00 | "
                 "按时发放村组干部报酬 | 效益指标 | 社会效益指标 | 维护社会稳定 | ≥95% | |\n").form
    assert (form.department, form.unit, form.project_name) == ("马踏镇部门", "井研县马踏镇人民政府", "村组干部报酬")
    assert form.funding.total == pytest.approx(330.984) and form.indicators[0].value == "≥95%"
