"""Indicator tables of real plain-text forms, one cause a test (issue 12): each layout is built from a pattern
seen in published forms, with its own words, and the reading either gets every row right or leaves a row out."""
from __future__ import annotations

from assistant.importers import read_bytes


def _ind(text: str) -> list[tuple[str, str, str, str]]:
    r = read_bytes(text.encode("utf-8"), "a.txt")
    return [(i.level1, i.level2, i.name, i.value) for i in r.form.indicators]


# cells apart by single spaces, the page wrapping a level word before its last '指标' and a goal label before '目标'
WRAPPED_LEVEL_WORDS = """项目支出绩效目标申报表
项目名称 农村公路养护补助
预算单位 县交通运输局
项目资金(万元) 年度资金总额 金额(万元)
   (一)财政拨款小计 12.50
   (二)其他收入 0.00
总体
目标
年度目标
完成全县农村公路日常养护,路况优良率稳步提高。
绩效指标 一级指标 二级指标 三级指标 指标值(包含数字及文字描述)
绩效指标 项目完成
指标
数量指标 养护农村公路里程 320公里
质量指标 路面优良率 ≥85%
时效指标 养护任务完成时间 2024年12月底前
成本指标 每公里养护补助标准 390元/公里
项目效益
指标
社会效益
指标
群众出行条件改善 明显改善
可持续影响
指标
公路使用寿命延长 长期
满意度指标 满意度指标 沿线群众满意度 ≥90%
"""


def test_single_space_rows_with_level_words_wrapped_before_their_last_word():
    assert _ind(WRAPPED_LEVEL_WORDS) == [
        ("产出指标", "数量指标", "养护农村公路里程", "320公里"),
        ("产出指标", "质量指标", "路面优良率", "≥85%"),
        ("产出指标", "时效指标", "养护任务完成时间", "2024年12月底前"),
        ("产出指标", "成本指标", "每公里养护补助标准", "390元/公里"),
        ("效益指标", "社会效益指标", "群众出行条件改善", "明显改善"),
        ("效益指标", "可持续影响指标", "公路使用寿命延长", "长期"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ]
    # read as rows, the indented funding lines keep their labels: a 财政拨款 subtotal is the year's, 其他收入 other
    funding = read_bytes(WRAPPED_LEVEL_WORDS.encode("utf-8"), "a.txt").form.funding
    assert (funding.current_year, funding.other) == (12.5, 0)


# a 批复表 copied with ' | ' between cells and runs of '|' filling each row to the table's width; the header's
# cells hold line breaks, so the header comes out over several lines whose '|' add up to one row's
BROKEN_PIPE_HEADER = """某市财政项目支出绩效目标批复表 | |||||||
预算单位:某市水务局 | |||||||
项目名称 | 城区排水管网清疏 | 本年度申请市财政预算资金(万元) | 150.00 | ||||
绩效指标 | 一级 指标 |
二级 指标 |
三级 指标 |
指标值(或计划水平) | 二级 指标 |
三级 指标 |
计划指标值(或计划水平) |
预期产出指标 | 数量指标(或建筑规模指标) | 清疏管网长度 | 85公里 | 数量指标(或建筑规模指标) | 清疏管网长度 | 85公里 | |
时效指标(工期指标) | 清疏完成时间 | 汛期前 | 时效指标(工期指标、形象进度指标) | 清疏完成时间 | 汛期前 | ||
预算(或投资规模)控制指标 | 预算执行率 | ≥95% | 预算(或投资规模)控制指标 | 预算执行率 | ≥95% | ||
效果指标 | 社会、经济、生态效益 指标 | 内涝点减少数 | ≥5个 | 社会、经济、生态效益 指标 | 内涝点减少数 | ≥5个 | |
"""


def test_pipe_rows_broken_over_lines_are_joined_by_the_tables_width():
    rows = set(_ind(BROKEN_PIPE_HEADER))
    assert rows == {
        ("产出指标", "数量指标", "清疏管网长度", "85公里"),
        ("产出指标", "时效指标", "清疏完成时间", "汛期前"),
        # 预算(或投资规模)控制指标 is the cost indicator; one 二级 cell over three benefits is kept as written
        ("产出指标", "成本指标", "预算执行率", "≥95%"),
        ("效益指标", "社会、经济、生态效益指标", "内涝点减少数", "≥5个"),
    }
    assert len(_ind(BROKEN_PIPE_HEADER)) == 8          # the 中期 and the 年度 column groups each give the four


def test_lines_that_do_not_add_up_to_a_row_or_are_no_header_stay_apart():
    from assistant.importers.text_grid import _join_broken_rows
    full = ["a | b | c | d |"] * 6
    head = ["一级指标 | 二级指标 |", "三级指标 |", "指标值 |"]
    # a header broken over three lines adds up to the width: one row
    assert _join_broken_rows(full + head) == full + ["一级指标 | 二级指标 | 三级指标 | 指标值 |", "", ""]
    # one line more than the width, or a row of a label and its merged value then the next row: not joined
    assert _join_broken_rows(full + head[:2] + ["指标值 | 备注 |"]) == full + head[:2] + ["指标值 | 备注 |"]
    rows = ["总体目标 | 完成全年任务 |", "已实施情况: | ||"]
    assert _join_broken_rows(full + rows) == full + rows
    assert _join_broken_rows(full[:1] + head) == full[:1] + head        # no width most rows share


# a notice that states its targets in sentences and is cut after the first one
PROSE_CUT_AFTER_ONE = """关于某县2023年某村道路硬化项目资金绩效目标设定的公示
资金用于某县2023年某村道路硬化项目,资金总额120万元,项目负责人王明。现将绩效目标设定公示如下:
一、产出指标
数量指标:村道硬化面积(≥**平方米)大于等于8600平方米,新"""


def test_one_prose_target_with_a_sign_under_a_level_word_is_read():
    assert _ind(PROSE_CUT_AFTER_ONE) == [("产出指标", "数量指标", "村道硬化面积(≥**平方米)", "大于等于8600平方米")]
    # without a comparison sign one clause is no indicator list (a sentence may end in a number and its unit)
    plain = PROSE_CUT_AFTER_ONE.replace("大于等于8600平方米", "8600平方米")
    assert _ind(plain) == []


def test_a_merged_level_split_two_ways_is_read_where_the_rows_sit_best():
    from assistant.importers.text_rows import NotAligned
    from assistant.importers.text_streams import stream_rows
    import pytest
    # 数量指标 over one or two rows: the second row is a count, so it sits under 数量, not 质量
    text = ("一级指标\n产出指标\n二级指标\n数量指标\n质量指标\n三级指标\n巡查河道数量\n参与巡查人次\n"
            "巡查问题整改率\n指标值\n=12个\n≥300人次\n≥95%\n")
    assert [(r["level2"], r["name"]) for r in stream_rows(text)] == [
        ("数量指标", "巡查河道数量"), ("数量指标", "参与巡查人次"), ("质量指标", "巡查问题整改率")]
    # the middle row no more a count than a rate: both splits sit as well, nothing is read
    tie = text.replace("参与巡查人次", "巡查河道沿线情况").replace("≥300人次", "明显改善")
    with pytest.raises(NotAligned, match="二级指标"):
        stream_rows(tie)
