"""Indicator rows from a dump whose table came out as streams of cells (text_streams): one row per value,
names joined to that count, pairs checked by what each name measures, 二级 words split over rows only
when one split fits — otherwise nothing is read."""
from __future__ import annotations

import pytest

from assistant.importers import read_bytes
from assistant.importers.text_rows import NotAligned
from assistant.importers.text_streams import stream_rows

# the shape pdftotext gives a 湘潭-style table (指标值及单位 + 绩效标准 columns, 一级/二级 merged down):
# the level words first (wrapped ones completed a few lines later), then the names wrapped at six
# characters, then values between the 绩效标准 cells, the last rows printed row by row, a signature
# line in the middle
DUMP = """项目绩效指标
一级指标
产出指标

二级指标
数量指标
质量指标
时效指标
成本指标

效益指标

社会效益指标

满意度指标

可持续影响指
标
服务对象满意
度指标
成本指标

产出指标

单位负责人：

三级指标
购置教学计算
机数量
设备验收合格
率
设备安装完成
时间
教学计算机单
价
信息技术课程
开课率
设备使用年限

指标值及单位
115 台

绩效标准
计划标准

100%

计划标准

2025 年 9 月底
前
≤6000 元/台

计划标准

100%

计划标准

≥6 年

计划标准

师生满意度

≥90%

计划标准

教学计算机支
≤69 万元
计划标准
出
网络交换设备
≤8.12 万元
计划标准
支出
填表人：赵磊
"""

EXPECTED = [
    ("产出指标", "数量指标", "购置教学计算机数量", "115台"),
    ("产出指标", "质量指标", "设备验收合格率", "100%"),
    ("产出指标", "时效指标", "设备安装完成时间", "2025年9月底前"),
    ("产出指标", "成本指标", "教学计算机单价", "≤6000元/台"),
    ("效益指标", "社会效益指标", "信息技术课程开课率", "100%"),
    ("效益指标", "可持续影响指标", "设备使用年限", "≥6年"),
    ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ("产出指标", "成本指标", "教学计算机支出", "≤69万元"),
    ("产出指标", "成本指标", "网络交换设备支出", "≤8.12万元"),
]


def test_rows_by_the_kind_of_each_value():
    rows = stream_rows(DUMP)
    assert [(r["level1"], r["level2"], r["name"], r["value"]) for r in rows] == EXPECTED


def test_the_dump_reader_places_them_with_their_provenance():
    result = read_bytes(DUMP.encode("utf-8"), "dump.txt")
    got = [(i.level2, i.name, i.value) for i in result.form.indicators]
    assert got == [(b, c, d) for _, b, c, d in EXPECTED]
    assert result.provenance["indicators[0]"] == "文本 项目绩效指标（按值的类型还原）"
    assert not [w for w in result.warnings if "指标未导入" in w]


def test_a_pair_whose_kinds_disagree_is_not_read():
    # the values of two rows printed in the other order: a 合格率 with a count, a 数量 with a percentage
    swapped = DUMP.replace("115 台\n", "@@\n").replace("\n100%\n\n计划标准\n\n2025", "\n115 台\n\n计划标准\n\n2025", 1)
    swapped = swapped.replace("@@", "100%")
    with pytest.raises(NotAligned, match="类型不符"):
        stream_rows(swapped)
    result = read_bytes(swapped.encode("utf-8"), "dump.txt")
    assert result.form.indicators == [] and "indicators" in result.unread


def test_a_merged_level_over_rows_that_could_split_two_ways_is_not_read():
    # nothing pins the split: 社会效益指标 / 可持续影响指标 over three rates
    text = ("一级指标\n效益指标\n二级指标\n社会效益指标\n可持续影响指标\n三级指标\n政策知晓率\n服务覆盖率\n"
            "设施完好率\n指标值\n≥90%\n≥95%\n≥98%\n")
    with pytest.raises(NotAligned, match="二级指标"):
        stream_rows(text)
    # a 满意度 row is under the 满意度 word and no other: one split
    one_way = ("一级指标\n效益指标\n二级指标\n社会效益指标\n服务对象满意度指标\n三级指标\n政策知晓率\n服务覆盖率\n"
               "群众满意度\n指标值\n≥90%\n≥95%\n≥98%\n")
    assert [r["level2"] for r in stream_rows(one_way)] == ["社会效益指标", "社会效益指标", "服务对象满意度指标"]


def test_names_that_do_not_come_out_as_many_as_the_values_are_not_read():
    text = "一级指标\n产出指标\n二级指标\n数量指标\n三级指标\n培训人数\n培训场次\n指标值\n≥200人\n"
    with pytest.raises(NotAligned):
        stream_rows(text)


def test_bare_numbers_in_the_table_are_not_guessed_into_values():
    text = "一级指标\n产出指标\n二级指标\n数量指标\n质量指标\n三级指标\n培训人数\n考核合格率\n指标值\n≥200人\n≥95%\n权重\n10\n10\n"
    with pytest.raises(NotAligned):
        stream_rows(text)


def test_what_reads_like_a_value_but_is_a_name_part_stays_a_name():
    # '通过率' (QUALITATIVE_OK's 通过…) ends like a rate's name; '65岁及以上老' is a number and a name's start;
    # a date wrapped after its month ('2025年12月' + '15日前') is one value
    text = ("一级指标\n产出指标\n二级指标\n数量指标\n时效指标\n三级指标\n课题结题验收\n通过率\n65岁及以上老\n年人健康管理\n率\n"
            "课题结题时间\n指标值\n=100%\n≥70%\n2025年12月\n15日前\n")
    rows = stream_rows(text)
    assert [(r["name"], r["value"]) for r in rows] == [
        ("课题结题验收通过率", "=100%"), ("65岁及以上老年人健康管理率", "≥70%"), ("课题结题时间", "2025年12月15日前")]
    assert [r["level2"] for r in rows] == ["数量指标", "数量指标", "时效指标"]


def test_a_sentence_cut_into_lines_is_never_a_name():
    # the value '持续提升，家庭医生签约率≥40%' wrapped: its pieces would make a name with a comma in it
    text = ("一级指标\n效益指标\n二级指标\n社会效益指标\n三级指标\n基层卫生服务\n能力\n持续提升,家\n庭医生签约率\n"
            "指标值\n≥40%\n≥90%\n")
    with pytest.raises(NotAligned):
        stream_rows(text)
