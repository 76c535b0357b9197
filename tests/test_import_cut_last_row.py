"""A copy that stops inside its last indicator row (issue 12; real_more9 908 '验收合格率 1' at the very end of the text):
the last row's value is a bare number where the rows above all print a unit after theirs, and nothing follows it. That
row is left unread with a warning, in every plain-text reading (a row per line, a cell per line, a PDF text dump); the
same row with its unit, or a bare number in a column of bare numbers, is read as before.
"""
from __future__ import annotations

from assistant.importers import read_bytes
from assistant.importers.tables import stops_short
from assistant.importers.text_reader import read_text


def _names(result) -> list[str]:
    return [i.name for i in result.form.indicators]


ROWS = (
    "项目名称 城区污水管网建设\n"
    "一级指标 二级指标 三级指标 指标值\n"
    "产出指标 数量指标 新建泵站数量 ≥2座\n"
    "改造检查井数量 ≥120个\n"
    "维修管道长度 ≥1.2公里\n"
    "质量指标 新建污水管网长度 ≥3"
)

CELLS = "\n".join(["项目名称", "城区污水管网建设", "一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标",
                   "新建泵站数量", "≥2座", "改造检查井数量", "≥120个", "维修管道长度", "≥1.2公里",
                   "新建污水管网长度", "≥3"])


def test_rows_text_cut_inside_last_row_leaves_it_unread():
    got = read_bytes(ROWS.encode("utf-8"), "x.txt")
    assert _names(got) == ["新建泵站数量", "改造检查井数量", "维修管道长度"]
    assert any("新建污水管网长度" in w and "中断" in w for w in got.warnings)


def test_rows_text_complete_last_row_is_read():
    got = read_bytes((ROWS + "公里").encode("utf-8"), "x.txt")
    assert [(i.name, i.value) for i in got.form.indicators][-1] == ("新建污水管网长度", "≥3公里")
    assert not any("中断" in w for w in got.warnings)


def test_rows_text_not_at_the_end_is_read():
    got = read_bytes((ROWS + "\n效益指标 社会效益指标 受益人口 ≥5万人").encode("utf-8"), "x.txt")
    assert ("新建污水管网长度", "≥3") in [(i.name, i.value) for i in got.form.indicators]   # not the end: no cut


def test_cells_and_dump_readings_leave_the_cut_row_unread():
    for shape in ("cells", None):
        got = read_text(CELLS.encode("utf-8"), "x.txt", shape=shape)
        assert _names(got) == ["新建泵站数量", "改造检查井数量", "维修管道长度"], shape
        assert any("新建污水管网长度" in w for w in got.warnings), shape


def test_stops_short_needs_a_column_of_units():
    assert stops_short("1", ["≥18000人", "=22个", "≥4000人"])
    assert stops_short("≥3", ["≥2座", "≥1.2公里"])
    assert not stops_short("≥3公里", ["≥2座", "≥1.2公里"])
    assert not stops_short("1", ["≥18000人"])                 # one row above is no column
    assert not stops_short("10", ["90%", "10"])               # a bare number above: bare numbers are that column's
    assert not stops_short("达标", ["≥2座", "≥1.2公里"])


def _cells(*cells: str) -> str:
    return "\n|\n".join(cells)


TWO_GROUPS = "项目名称\n|\n城区绿化养护\n|\n" + _cells(
    "一级\n指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值",
    "产出指标", "数量指标", "养护绿地面积", "不少于120万平方米", "数量指标", "养护绿地面积", "不少于40万平方米",
    "质量指标", "苗木成活率", "保持较高水平,补植及时", "质量指标", "苗木成活率", "保")


def test_a_copy_cut_in_the_second_column_group_keeps_the_first_groups_row():
    got = read_bytes(TWO_GROUPS.encode("utf-8"), "x.txt")
    inds = [(i.scope, i.level2, i.name, i.value) for i in got.form.indicators]
    assert ("long_term", "质量指标", "苗木成活率", "保持较高水平,补植及时") in inds
    assert not any(i[0] == "annual" and i[2] == "苗木成活率" for i in inds)     # the cut 年度 value: not read
    assert any("中断" in w for w in got.warnings)
