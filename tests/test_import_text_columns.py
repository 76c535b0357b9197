"""Indicator rows rebuilt from text dumps that print the indicator table column by column."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.importers import read_bytes, read_path
from assistant.importers.text_columns import (
    NotAligned,
    column_indicators,
    group_wrapped,
)

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
DUMPS = sorted(CORPUS.glob("*.txt"))


@pytest.mark.parametrize("path", DUMPS, ids=lambda p: p.name)
def test_column_dump_rows_equal_the_gold_indicators(path):
    gold = json.loads((CORPUS / (path.name.split(".")[0] + ".json")).read_text(encoding="utf-8"))["form"]
    result = read_path(path)
    assert [i.model_dump() for i in result.form.indicators] == gold["indicators"]
    assert not [w for w in result.warnings if "指标" in w]
    assert result.provenance["indicators[0]"] == "文本 项目绩效指标（按列还原）"


def test_wrapped_name_cut_level2_and_row_after_page_break():
    # 000: '工资按月发放及时' + '率', '服务对象满意度指' + (after the page break) '标', one more row on page 2
    rows = column_indicators((CORPUS / "dev11-000-hiring.a_docx.txt").read_text(encoding="utf-8"))
    assert rows[2]["name"] == "工资按月发放及时率"
    assert rows[6]["level2"] == "服务对象满意度指标"
    assert rows[-1] == {"level1": "产出指标", "level2": "数量指标", "name": "资金到位率", "value": "=100%"}


def test_full_width_lines_continue_only_as_often_as_the_row_count_allows():
    lines = ["聘用人员数量", "工资按月发放及时", "率", "人均年度经费"]
    assert group_wrapped(lines, 3) == ["聘用人员数量", "工资按月发放及时率", "人均年度经费"]
    assert group_wrapped(lines, 4) == lines
    # two full-width lines, one join needed: the one followed by the short tail
    two = ["举办赛事活动场次", "参与群众人次", "活动安全事故发生", "数"]
    assert group_wrapped(two, 3) == ["举办赛事活动场次", "参与群众人次", "活动安全事故发生数"]
    # no way to tell which full-width line wrapped: no guess
    assert group_wrapped(["资助对象认定准确", "率", "资金发放时间节点", "率"], 3) is None
    assert group_wrapped(["甲", "乙"], 3) is None


DUMP = """项目绩效指标
一级指标
产出指标
产出指标
效益指标

二级指标
数量指标
质量指标
社会效益指标

三级指标
培训人次
培训合格率
受训人员就业
率
指标值
≥500 人次
≥95%
≥60%
填报人：王五
"""


def test_a_synthetic_column_dump_is_rebuilt():
    form = read_bytes(DUMP.encode("utf-8"), "a.txt").form
    assert [(i.level1, i.level2, i.name, i.value) for i in form.indicators] == [
        ("产出指标", "数量指标", "培训人次", "≥500人次"),
        ("产出指标", "质量指标", "培训合格率", "≥95%"),
        ("效益指标", "社会效益指标", "受训人员就业率", "≥60%"),
    ]


def test_columns_that_do_not_add_up_are_not_aligned_by_this_reader():
    broken = DUMP.replace("效益指标\n\n二级指标", "\n二级指标")      # a 一级 word lost: 2 against 3
    with pytest.raises(NotAligned, match="数目对不上"):
        column_indicators(broken)
    # the rows still stand by their 二级 words and values, 一级 following from 二级 (text_streams)
    result = read_bytes(broken.encode("utf-8"), "a.txt")
    assert [(i.level1, i.level2, i.name) for i in result.form.indicators] == [
        ("产出指标", "数量指标", "培训人次"), ("产出指标", "质量指标", "培训合格率"), ("效益指标", "社会效益指标", "受训人员就业率")]
    assert result.provenance["indicators[0]"] == "文本 项目绩效指标（按值的类型还原）"
    assert not any("数目对不上" in w for w in result.warnings)


def test_cost_indicator_as_level1_of_the_101_template():
    dump = DUMP.replace("产出指标\n效益指标\n", "产出指标\n成本指标\n").replace("社会效益指标", "经济成本指标")
    rows = column_indicators(dump)
    assert [(r["level1"], r["level2"]) for r in rows] == [("产出指标", "数量指标"), ("产出指标", "质量指标"),
                                                         ("成本指标", "经济成本指标")]
