"""Abstain rather than guess (issue 12): two fields' values swapped, and a unit of no label.

A form filled in the wrong cells — the period where the money goes, a person where the department goes — must
leave both fields empty and say so (unplaced, a warning, unread), never put one value under the other's label:
in a table a row a line (bars, tabs) and in 'label：value' lines (the reader of flattened text). A unit name on a
line of its own is no 主管部门 unless the text has that label (a notice's first unit is the office that published
it), and a whole unit name after a project's name is never joined to it. A bare year in the period's cell
(2019年, 2019年度, 2019年度全年) is that whole year.
"""
from __future__ import annotations

import pytest

from assistant.importers import read_bytes
from assistant.textnum import parse_period

BASE = [["项目名称", "城区古树名木养护"], ["主管部门", "某县林业局"], ["实施单位", "某县园林绿化中心"],
        ["项目负责人", "王建国"], ["联系电话", "0471-6612345"], ["实施期限", "2024年1月至2024年12月"],
        ["资金总额", "120万元"]]
FIELD = {"项目名称": "project_name", "主管部门": "department", "实施单位": "unit", "项目负责人": "unit_head",
         "联系电话": "unit_phone", "实施期限": "start", "资金总额": "funding.total"}


def _pipes(rows):
    return "\n".join("| " + " | ".join(r) + " |" for r in rows) + "\n"


def _tabs(rows):
    return "\n".join("\t".join(r) for r in rows) + "\n"


def _colons(rows):
    return "\n".join(f"{a}：{b}" for a, b in rows) + "\n"


def _swapped(a: str, b: str) -> list[list[str]]:
    rows = [list(r) for r in BASE]
    ia, ib = [r[0] for r in rows].index(a), [r[0] for r in rows].index(b)
    rows[ia][1], rows[ib][1] = rows[ib][1], rows[ia][1]
    return rows


def _get(form, key: str):
    return form.funding.total if key == "funding.total" else getattr(form, key)


SWAPS = [("实施单位", "实施期限"), ("实施期限", "资金总额"), ("主管部门", "项目负责人"), ("项目负责人", "联系电话"),
         ("主管部门", "联系电话"), ("项目负责人", "实施期限")]


@pytest.mark.parametrize("shape", [_pipes, _tabs, _colons])
@pytest.mark.parametrize("a,b", SWAPS)
def test_swapped_values_are_not_placed(shape, a, b):
    r = read_bytes(shape(_swapped(a, b)).encode("utf-8"), "x.txt")
    for label, value in ((a, dict(BASE)[b]), (b, dict(BASE)[a])):
        key = FIELD[label]
        assert _get(r.form, key) in ("", None), (label, _get(r.form, key))
        assert key in r.unread or (key == "start" and "start" in r.unread), r.unread
        assert any(value in w for w in r.warnings), (value, r.warnings)
    assert r.form.project_name == ("城区古树名木养护" if "项目名称" not in (a, b) else "")


def test_a_period_is_no_unit_and_no_amount():
    """The year of a period is not an amount ('资金总额：2024年1月…' read 2024万) nor a unit's code ('2024' + '年1月至…')."""
    r = read_bytes(_colons(_swapped("实施期限", "资金总额")).encode("utf-8"), "x.txt")
    assert r.form.funding.total is None and "funding.total" in r.unread
    r = read_bytes(_pipes(_swapped("实施单位", "实施期限")).encode("utf-8"), "x.txt")
    assert r.form.unit == "" and r.form.start == ""


def test_one_cell_a_line_keeps_name_and_department_apart():
    """'项目名称 / 城区古树名木养护 / 主管部门 / 某县林业局': a project's name and a whole unit name are two cells —
    not one unit '城区古树名木养护某县林业局' under both labels."""
    text = "项目名称\n城区古树名木养护\n主管部门\n某县林业局\n实施单位\n某县园林绿化中心\n实施期限\n2019年度\n"
    f = read_bytes(text.encode("utf-8"), "x.txt").form
    assert (f.project_name, f.department, f.unit) == ("城区古树名木养护", "某县林业局", "某县园林绿化中心")
    assert (f.start, f.end) == ("2019-01", "2019-12")


NOTICE = ("关于下达2024年城区绿化养护资金的通知\n某县财政局\n各有关单位：\n"
          "根据县委县政府工作安排，现下达2024年城区绿化养护资金120万元，请按规定使用，确保资金安全。\n"
          "某县园林绿化中心\n2024年3月5日\n")


def test_a_notices_office_is_no_department():
    """The office that published a notice (its first unit line) is no 主管部门: only a labelled cell fills it."""
    f = read_bytes(NOTICE.encode("utf-8"), "x.txt").form
    assert f.department == "" and f.unit == ""


def test_with_the_label_the_unit_line_is_still_read():
    text = NOTICE + "项目名称\n主管部门\n实施单位\n城区绿化养护\n某县林业局\n某县园林绿化中心\n"
    f = read_bytes(text.encode("utf-8"), "x.txt").form
    assert f.department != ""


@pytest.mark.parametrize("cell", ["2019年", "2019年度", "2019 年", "2019年全年", "2019年度全年", "2019年（全年）"])
def test_a_bare_year_is_the_whole_year(cell):
    assert parse_period(cell) == ("2019-01", "2019-12")
    for shape in (_pipes, _tabs):
        rows = [["项目名称", "城区古树名木养护"], ["主管部门", "某县林业局"], ["实施期限", cell]]
        f = read_bytes(shape(rows).encode("utf-8"), "x.txt").form
        assert (f.start, f.end) == ("2019-01", "2019-12"), (shape.__name__, cell, f.start)


def test_a_year_with_other_words_is_not_the_whole_year():
    assert parse_period("2019年至2020年全年") == (None, None)
    assert parse_period("2019年上半年")[1] is None
