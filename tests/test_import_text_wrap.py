"""Indicator tables a PDF-to-text tool printed row by row with wrapped cells (text_wrap), read through the
grid assembler; made-up tables in several shapes, and the cases where the reader must abstain."""
from __future__ import annotations

from assistant.importers.text_reader import read_text
from assistant.importers.text_wrap import _cells, _value_shape, wrapped_table

# 指标值 printed as three columns, 二级 words and names wrapped in narrow cells, 一级 merged over rows
SPLIT = """项目绩效指标
一级指标
二级指标
三级指标
预期目标值
指标方向
数值
计量单位
产出指标
数量指标
新建污水管网
≥
3.5
公里
长度
质量指标
工程竣工验收
=
100
%
合格率
时效指标
工程完工时间
2025 年 10
月底前
效益指标
生态效益指
城区污水集中
≥
95
%
标
收集率
满意度指标
服务对象满
沿线居民满意
≥
90
%
意度指标
度
经办人：张敏
"""


def _table(text):
    t = wrapped_table(text, "测试")
    return None if t is None else [[c.text for c in r] for r in t.rows[1:]]


def test_split_value_columns_and_wrapped_cells_are_rebuilt():
    rows = _table(SPLIT)
    assert [r[1:] for r in rows] == [
        ["数量指标", "新建污水管网长度", "≥", "3.5", "公里"],
        ["质量指标", "工程竣工验收合格率", "=", "100", "%"],
        ["时效指标", "工程完工时间", "", "2025年10月底前", ""],
        ["生态效益指标", "城区污水集中收集率", "≥", "95", "%"],
        ["服务对象满意度指标", "沿线居民满意度", "≥", "90", "%"],
    ]


def test_the_rows_reach_the_declaration_through_the_assembler():
    result = read_text(SPLIT.encode("utf-8"), "dump.txt", shape="dump")
    got = [(i.level1, i.level2, i.name, i.value) for i in result.form.indicators]
    assert ("产出指标", "数量指标", "新建污水管网长度", "≥3.5公里") in got
    assert ("效益指标", "生态效益指标", "城区污水集中收集率", "≥95%") in got
    assert ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%") in got
    assert len(got) == 5


# two column groups (中长期 | 年度), a value's unit wrapped, a 二级 word merged over two rows
GROUPS = """一级指标
中长期指标
年度指标
二级指标
三级指标
指标值
二级指标
三级指标
指标值
产出指标
数量指标
参加培训人
≥600 人次
数量指标
参加培训人
≥200 人次
次
次
课程门数
12 门
课程门数
4 门
成本指标
人均培训成
≤0.15 万
成本指标
人均培训成
≤0.15 万元
本
元
本
填报人：李华
"""


def test_two_column_groups_and_a_merged_level_cell():
    rows = _table(GROUPS)
    assert rows == [
        ["产出指标", "数量指标", "参加培训人次", "≥600人次", "数量指标", "参加培训人次", "≥200人次"],
        ["", "数量指标", "课程门数", "12门", "数量指标", "课程门数", "4门"],
        ["", "成本指标", "人均培训成本", "≤0.15万元", "成本指标", "人均培训成本", "≤0.15万元"],
    ]


def test_level_words_printed_before_the_header_pair_only_one_to_one_or_one_for_all():
    head = "一级指标\n二级指标\n{}\n三级指标\n指标值\n"
    body = "培训人次\n≥500 人次\n培训合格率\n≥95%\n时效指标\n培训完成时间\n2025 年 6 月底前\n填表人：王五\n"
    assert [r[1] for r in _table(head.format("数量指标\n质量指标") + body)] == ["数量指标", "质量指标", "时效指标"]
    assert [r[1] for r in _table(head.format("数量指标") + body)] == ["数量指标", "数量指标", "时效指标"]
    # three words for two rows: which row had which word is not in the text
    assert _table(head.format("数量指标\n质量指标\n经济效益指标") + body) is None


def test_a_value_run_together_with_a_name_rest_makes_the_table_abstain():
    text = "一级指标\n二级指标\n三级指标\n指标值\n产出指标\n数量指标\n设备使用\n≥6 年\n年限\n填表人：王五\n"
    assert _table(text) is not None           # '年限' continues the name
    bad = "一级指标\n二级指标\n三级指标\n指标值\n产出指标\n数量指标\n设备使用\n≥6 年年限\n质量指标\n合格率\n≥95%\n填表人：王五\n"
    assert _table(bad) is None


def test_a_phone_or_a_person_never_becomes_an_indicator_value():
    phone = "一级指标\n二级指标\n三级指标\n指标值\n产出指标\n数量指标\n联系人电话\n1399825****\n填表人：王五\n"
    assert _table(phone) is None
    assert not _value_shape("1399825****")
    assert not _value_shape("617人人数")
    assert _value_shape("≤1658元/亩") and _value_shape("2025年12月15日前") and _value_shape("≥12个月")


def test_cells_printed_on_one_line_are_cut_only_before_a_level_word_a_comparator_or_a_standard():
    assert _cells("≥12 个月 可持续影") == ["≥12个月", "可持续影"]
    assert _cells("65 岁及以上 ≥") == ["65岁及以上", "≥"]
    assert _cells("=520 元/人·月 计划标准") == ["=520元/人·月", "计划标准"]
    assert _cells("≤7.2 万元") == ["≤7.2万元"]
