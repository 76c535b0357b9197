"""Indicators written under headings naming both levels in brackets, each a line 'name(target)' (eval/real_more10 1005:
'【产出指标-数量指标】' / '指标1:机柜数量(≥77台)'), read by text_prose like any prose list: the heading's 二级 word
opens the list, the bracket at the line's end holds the target (a sign and number, a number and unit, or a short
worded target); a bracket holding a unit alone is the name's, and a template's hint ('≥**株') no target. New texts."""
from __future__ import annotations

from assistant.importers import read_bytes
from assistant.importers.text_prose import prose_rows

PAGE = """某区2025年项目绩效目标和指标

某区文化馆
城区公共文化服务设施运行维护项目
【项目概况】:该项目为区文化馆、图书馆及12个社区文化室的日常运行维护。
【总体目标】
保障公共文化设施正常开放,提升群众文化获得感
【产出指标-数量指标】
指标1:开放场馆数量(≥14个)
【产出指标-质量指标】
指标1:设施完好率(≥95%)
【产出指标-时效指标】
指标1:故障修复时间(<48小时)
【效益指标-社会效益指标】
指标1:丰富群众文化生活(明显提升)
【满意度指标-服务对象满意度指标】
指标1:群众满意度(≥90%)
"""


def test_bracketed_level_headings_and_bracketed_targets():
    rows = prose_rows(PAGE)
    assert [(r["level1"], r["level2"], r["name"], r["value"]) for r in rows] == [
        ("产出指标", "数量指标", "指标1:开放场馆数量", "≥14个"),
        ("产出指标", "质量指标", "指标1:设施完好率", "≥95%"),
        ("产出指标", "时效指标", "指标1:故障修复时间", "<48小时"),
        ("效益指标", "社会效益指标", "指标1:丰富群众文化生活", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "指标1:群众满意度", "≥90%"),
    ]


def test_the_page_reads_them_as_its_indicators():
    f = read_bytes(PAGE.encode("utf-8"), "x.txt").form
    got = {(i.level2, i.name, i.value) for i in f.indicators}
    assert ("数量指标", "指标1:开放场馆数量", "≥14个") in got
    assert ("社会效益指标", "指标1:丰富群众文化生活", "明显提升") in got


def test_a_unit_or_a_hint_in_brackets_is_no_target():
    assert prose_rows("【产出指标-数量指标】\n开展小型水利工程建设(个)\n新建堤防长度(公里)\n") == []
    assert prose_rows("【产出指标-数量指标】\n种植数量(≥**株)\n成活率(≥**%)\n") == []


def test_levels_that_do_not_belong_together_are_no_heading():
    assert prose_rows("【产出指标-社会效益指标】\n指标1:受益人数(≥100人)\n指标2:覆盖率(≥90%)\n") == []


# --- a 评(扣)分标准 cell is no indicator's name (eval/real_more10 1002) ------------------------------------------
SCORED = (
    "一级指标 | 二级指标 | 三级指标 | 指标值类型 | 指标值 | 计量单位 | 指标解释 | 评(扣)分标准 | 备注 |\n"
    "产出指标 | 数量指标 | 档案整理卷数 | 定量 | 1200 | 卷 | 该指标主要考察档案整理数量 | 未达指标值酌情扣分 | |\n"
    "质量指标 | 档案整理合格率 | 定量 | 100 | % | 该指标主要考察整理质量 | 未达指标值酌情扣分 | ||\n"
    "效益指标 | 经济效益指标 | 未达指标值酌情扣分 | ||||||\n"
    "社会效益指标 | 档案查阅服务 | 定性 | 及时便捷 | | 该指标主要考察查阅服务 | 完成得满分，未完成不得分 | ||\n"
)


def test_a_scoring_rule_is_no_indicator():
    f = read_bytes(SCORED.encode("utf-8"), "x.txt").form
    names = [i.name for i in f.indicators]
    assert "档案整理卷数" in names and "档案查阅服务" in names
    assert not any("扣分" in n or "得分" in n for n in names)
