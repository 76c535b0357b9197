"""A row's wrapped cells put back by passes (text_wrap.passes): pdftotext prints the second lines of the cells
that wrap in column order, then their third lines, each pass among the previous pass's cells, and a cell goes on
only from a full line. A row whose lines can be put back in more than one way is not read.

tests/fixtures/wrap_dumps/<gold>.<layout>.txt are `pdftotext` dumps (no options) of the unseen-layout PDFs
(eval/unseen_dumps.py); <same>.json holds the indicators the layout expresses. Two column groups side by side
(中长期 | 年度, qingshan) print every wrapped line twice; a value wrapped over three lines ('2025 年' / '12 月 15' /
'日前'); a table going on past the signature line (a page's foot printed in between).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.importers import read_path
from assistant.importers.text_wrap import passes

DUMPS = Path(__file__).parent / "fixtures" / "wrap_dumps"
STEMS = sorted(p.stem for p in DUMPS.glob("*.txt"))


def _gold(stem: str) -> set[tuple[str, str, str]]:
    form = json.loads((DUMPS / f"{stem}.json").read_text(encoding="utf-8"))
    return {(i["level2"], i["name"], i["value"].replace(" ", "")) for i in form["indicators"]}


def _read(stem: str):
    r = read_path(DUMPS / f"{stem}.txt")
    return r, {(i.level2, i.name, i.value.replace(" ", "")) for i in r.form.indicators}


@pytest.mark.parametrize("stem", STEMS)
def test_no_indicator_row_is_misread(stem):
    """Every row read is a row of the form: no name with another cell's rest, no value cut short."""
    _r, got = _read(stem)
    assert got <= _gold(stem), sorted(got - _gold(stem))


@pytest.mark.parametrize("stem", ["dev11-002-it_ops.qingshan", "dev11-010-publicity.qingshan",
                                  "dev11-022-publicity.city_generic", "dev11-023-research.qingshan"])
def test_wrapped_rows_come_back_whole(stem):
    _r, got = _read(stem)
    assert got == _gold(stem)


def test_a_row_cut_by_the_signature_line_is_not_read_and_named():
    r, got = _read("dev11-001-equipment.qingshan")
    assert got and got <= _gold("dev11-001-equipment.qingshan")
    assert "indicators" in r.unread
    assert any("签名行之后" in w and "教学计算" in w for w in r.warnings)


ROLES = ["level1", "level2", "name", "value", "level2", "name", "value"]


def test_passes_put_a_date_value_and_two_groups_back():
    row = ["", "时效指标", "课题结题", "2025年", "时效指标", "课题结题", "2025年"]
    tail = ["时间", "12月15", "时间", "12月15", "日前", "日前"]
    assert passes(row, ROLES, tail, [4, 4, 4, 4, 4, 4, 4]) == [
        "", "时效指标", "课题结题时间", "2025年12月15日前", "时效指标", "课题结题时间", "2025年12月15日前"]


def test_passes_abstain_when_two_cells_could_go_on():
    # '标准' ends the first name or the second: both names are full lines, nothing tells which
    row = ["", "成本指标", "月人均补助", "520元", "成本指标", "月人均补助", "520元"]
    assert passes(row, ROLES, ["标准"], [5, 5, 5, 3, 5, 5, 3]) is None
