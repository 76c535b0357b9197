"""Indicator rows rebuilt from text dumps that print 三级指标/指标值 row by row (wrapped parts after the value)."""
from __future__ import annotations

import pytest

from assistant.importers import read_bytes
from assistant.importers.text_columns import NotAligned, column_indicators
from assistant.importers.text_rows import align, row_groups

HEAD = """项目绩效指标
一级指标
产出指标
产出指标
效益指标

二级指标
数量指标
质量指标
社会效益指标

三级指标
指标值
"""
# row 3's name wrapped: its second line comes after the value; then one row with its own level words,
# whose 二级 word and name both wrapped
ROWS = """培训人次
≥500 人次
培训合格率
≥95%
受训人员就业情况
≥60%
跟踪
满意度指标
服务对象满意度指
受训人员对培训满
≥90%
标
意度
填报人：王五
"""


def _rows(text):
    return [(r["level1"], r["level2"], r["name"], r["value"]) for r in column_indicators(text)]


def test_row_ordered_dump_with_wrapped_names_after_the_value():
    assert _rows(HEAD + ROWS) == [
        ("产出指标", "数量指标", "培训人次", "≥500人次"),
        ("产出指标", "质量指标", "培训合格率", "≥95%"),
        ("效益指标", "社会效益指标", "受训人员就业情况跟踪", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "受训人员对培训满意度", "≥90%"),
    ]
    result = read_bytes((HEAD + ROWS).encode("utf-8"), "a.txt")
    assert len(result.form.indicators) == 4
    assert not [w for w in result.warnings if "指标" in w]


def test_level1_block_with_level2_inline_per_row():
    dump = HEAD.replace("\n二级指标\n数量指标\n质量指标\n社会效益指标\n", "").replace("三级指标", "二级指标\n三级指标")
    body = ROWS.replace("培训人次", "数量指标\n培训人次", 1).replace("培训合格率", "质量指标\n培训合格率", 1)
    body = body.replace("受训人员就业情况", "社会效益指标\n受训人员就业情况", 1)
    assert [r[1] for r in _rows(dump + body)] == ["数量指标", "质量指标", "社会效益指标", "服务对象满意度指标"]


def test_a_row_missing_from_the_text_gives_a_warning_and_no_rows():
    broken = HEAD + ROWS.replace("培训合格率\n≥95%\n", "")          # three block pairs, two rows of text
    result = read_bytes(broken.encode("utf-8"), "a.txt")
    assert result.form.indicators == []
    assert any("未导入" in w for w in result.warnings)


def test_two_equally_good_splits_are_not_guessed():
    # '甲乙丙丁' and '≥12 个月' are each the only line at their column's width, so widths cannot tell which
    # one wrapped; of such splits the one with fewer wrapped values is taken (values are short, names wrap)
    pairs = [(["1", "产出指标"], ["2", "数量指标"]), (["1", "产出指标"], ["2", "质量指标"])]
    rows = align(row_groups([("T", x) for x in ["甲乙丙丁", "≥12 个月", "戊", "己", "≥1"]], pairs, []))
    assert [(r[2], r[3]) for r in rows] == [("甲乙丙丁戊", "≥12个月"), ("己", "≥1")]
    # lines no split explains (a row without a value) are still refused
    with pytest.raises(NotAligned):
        align(row_groups([("T", x) for x in ["甲乙丙丁", "≥12 个月", "戊"]], pairs, []))
    # a name never starts like a value ('≤29.16 万元' cannot open row 2), and only the name column's
    # full width is reached by two lines: '支出' ends row 2's name
    texts = ["聘用人员工资支出", "≤160.52 万元", "社会保险及公积金", "≤29.16 万元", "支出"]
    rows = align(row_groups([("T", x) for x in texts], pairs, []))
    assert [(r[2], r[3]) for r in rows] == [("聘用人员工资支出", "≤160.52万元"), ("社会保险及公积金支出", "≤29.16万元")]


def test_level_words_without_rows_of_text_are_not_aligned():
    with pytest.raises(NotAligned):
        row_groups([("L", ["2", "数量指标"]), ("T", "x"), ("T", "1")], [], [])
