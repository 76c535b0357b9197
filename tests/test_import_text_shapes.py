"""Plain-text shapes of real pages the reader was not built on (issue 12), written here in other words and
orders than any corpus file: rows whose cells were run together with no separator, indicator targets written
as prose, indented trees, several projects on one page, self-evaluation tables."""
from __future__ import annotations

from assistant.importers import read_bytes
from assistant.importers.text_grid import glued, layout


def _form(text: str):
    return read_bytes(text.encode("utf-8"), "x.txt").form


def _inds(form) -> list[tuple[str, str, str, str]]:
    return [(i.level1, i.level2, i.name, i.value) for i in form.indicators]


GLUED = """当前位置：首页 > 信息公开
项目支出绩效目标表
(2024年度)
项目名称城区路灯节能改造
实施单位某市城市照明管理所主管部门某市城市管理局
年度资金总额:42
总体目标年度目标
完成城区主干道路灯节能改造,降低能耗。
绩效指标一级指标二级指标指标内容指标值
产出指标数量指标改造路灯数量1200盏
完成验收路段12条
质量指标改造后亮灯率≥98%
效益指标社会效益指标群众夜间出行条件明显改善
满意度指标服务对象满意度指标沿街居民满意度≥90%
[打印] [关闭]
"""


def test_rows_with_cells_run_together_are_cut_at_labels_and_values():
    assert layout(GLUED) == "cells"
    form = _form(GLUED)
    assert (form.project_name, form.unit, form.department) == ("城区路灯节能改造", "某市城市照明管理所", "某市城市管理局")
    assert form.funding.total == 42.0
    assert form.goals.annual == ["完成城区主干道路灯节能改造,降低能耗。"] and form.goals.long_term == []
    got = _inds(form)
    assert ("产出指标", "数量指标", "改造路灯数量", "1200盏") in got
    assert ("产出指标", "数量指标", "完成验收路段", "12条") in got
    assert ("产出指标", "质量指标", "改造后亮灯率", "≥98%") in got
    assert ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥90%") in got
    # a name and a worded target run together cannot be cut apart: not read, not guessed
    assert not any("群众夜间" in i.name or "群众夜间" in i.value for i in form.indicators)


def test_a_label_with_its_value_after_a_colon_or_a_space_is_not_glued():
    assert glued("项目名称乡村道路") and glued("产出指标数量指标道路长度5公里")
    assert not glued("项目名称：乡村道路") and not glued("项目名称 乡村道路") and not glued("| 项目名称 | 甲 |")
    assert not glued("全面改善办学条件。") and not glued("项目名称")


PROSE = """关于某镇肉牛养殖项目绩效目标的公示
经研究,安排资金30万元,实施某镇肉牛养殖项目。项目总体绩效目标是:带动养殖户增收。现将绩效目标设定如下:
一、产出指标
数量指标:新建标准化牛棚(≥**座)>=6座;购置基础母牛数量≥120头。质量指标,牛棚验收合格率=100%。
二、效益指标
经济效益目标:带动户均增收(≥**元)≥3000元;生态效益指标:粪污综合利用水平明显提高。
三、满意度指标
服务对象满意度指标,养殖户满意度≥90%。
"""


def test_targets_written_as_prose_are_read_clause_by_clause():
    form = _form(PROSE)
    got = _inds(form)
    assert ("产出指标", "数量指标", "新建标准化牛棚(≥**座)", "≥6座") in got
    assert ("产出指标", "数量指标", "购置基础母牛数量", "≥120头") in got
    assert ("产出指标", "质量指标", "牛棚验收合格率", "=100%") in got or ("产出指标", "质量指标", "牛棚验收合格率", "100%") in got
    assert ("效益指标", "经济效益指标", "带动户均增收(≥**元)", "≥3000元") in got
    assert ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%") in got
    # a clause with no target ('粪污综合利用水平明显提高') is no indicator, and nothing else is invented
    assert len(got) == 5
    assert form.goals.long_term == ["带动养殖户增收。"]


def test_a_single_number_in_prose_is_no_indicator_list():
    form = _form("情况说明\n数量指标:完成改造100%。\n项目名称 某项目\n")
    assert form.indicators == []


TREE = """某中心2021年项目绩效目标批复表

单位:元

项目

指标值

 某市某中心

  城乡供水水质监测

  产出指标

    数量指标(必填硬性指标)

     水样检测份数

1500份

     监测点覆盖率

≥95%

    质量指标(必填)

     检测结果准确率

100%

  满意度指标

    服务对象满意度指标(必填)

     用水群众满意度

≥90%

    可持续影响指标

     长效监测机制

逐步完善

相关链接:

返回顶部
"""


def test_an_indented_tree_of_level_words_names_and_values_is_read_under_the_template_columns():
    got = _inds(_form(TREE))
    assert ("产出指标", "数量指标", "水样检测份数", "1500份") in got
    assert ("产出指标", "数量指标", "监测点覆盖率", "≥95%") in got
    assert ("产出指标", "质量指标", "检测结果准确率", "100%") in got
    assert ("满意度指标", "服务对象满意度指标", "用水群众满意度", "≥90%") in got
    assert not any(name.endswith((":", "：")) or "返回" in value for _, _, name, value in got)   # page chrome is no row


def test_a_level_word_alone_in_running_text_opens_no_table():
    form = _form("项目名称\n\n某项目\n\n产出指标\n\n主管部门\n\n某局\n\n")
    assert form.indicators == [] and form.department == "某局"


BARRED = """(1)项目概况:略。
项目支出绩效目标表
项目名称
|
社区养老服务补贴
|
实施单位
|
某区民政局
|
项目金额(万元)
|
年度资金总额
|
88.5 万元
|
总体 目标
|
为辖区高龄老人提供助餐助洁服务,提升居家养老服务水平。
|
绩效 指标
|
一级 指标
|
二级指标
|
三级指标
|
指标值
|
产出 指标
|
数量指标
|
助餐服务人次
|
≥3000人次
|
助洁服务户数
|
≥"""


def test_a_cell_per_line_between_bar_lines_with_spaced_labels_and_a_cut_end():
    form = _form(BARRED)
    assert (form.project_name, form.unit, form.funding.total) == ("社区养老服务补贴", "某区民政局", 88.5)
    # '总体 目标' heading its own text, with no 中期/年度 under it: the long-term goal
    assert form.goals.long_term == ["为辖区高龄老人提供助餐助洁服务,提升居家养老服务水平。"] and form.goals.annual == []
    assert _inds(form) == [("产出指标", "数量指标", "助餐服务人次", "≥3000人次")]     # the cut row is left out


MULTI = """2024年部门项目绩效目标表
编制单位:
901-某街道办事处
专项资金名称 |
社区网格化管理 |
当年预算 |
35.2 |
绩效指标 |
指标 |
指标权重 |
计量单位 |
指标性质 |
指标值 |
网格员配备人数 |
30 |
人 |
≥ |
40 |
事件办结率 |
20 |
% |
≥ |
98 |
2024年部门项目绩效目标表
编制单位:
901-某街道办事处
专项资金名称 |
老旧小区照明维护 |
当年预算 |
12 |
绩效指标 |
指标 |
指标值 |
更换灯具数量 |
≥200盏 |
"""


def test_several_projects_on_one_page_give_the_first_and_say_so():
    result = read_bytes(MULTI.encode("utf-8"), "x.txt")
    form = result.form
    assert form.project_name == "社区网格化管理" and form.funding.current_year == 35.2
    names = [i.name for i in form.indicators]
    assert names == ["网格员配备人数", "事件办结率"]
    assert [i.value for i in form.indicators] == ["≥40人", "≥98%"]
    assert all(i.level1 == "" and i.level2 == "" for i in form.indicators)     # the template has no levels: none invented
    assert any("不止一个项目" in w for w in result.warnings)


SELF_EVAL = ("作者 模板 2023-01-05T08:00:00Z 附件: 项目支出绩效自评表 (2023年度) 项目名称 农村公路日常养护 主管部门 "
             "305-某县交通运输局 实施单位 305001-某县公路养护中心 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
             "年度资金总额: 60 60 58 10 96.7% 9.7 年度总体目标 预期目标 实际完成情况 完成县乡道日常养护。 已完成。 "
             "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
             "产出指标(50分) 数量指标 养护里程 ≥320公里 326 20 20 质量指标 路面优良率 ≥85% 88% 15 15 "
             "时效指标 养护任务完成及时性 及时 达成预期指标 15 15 效益指标(30分) 社会效益指标 群众出行条件 明显改善 达成预期指标 30 28 "
             "满意度指标(10分) 服务对象满意度指标 沿线群众满意度 ≥90% 93% 10 10 其他需要说明事项 无 总分 100 97 优")


def test_a_self_evaluation_table_gives_its_targets_never_the_actual_or_score_columns():
    form = _form(SELF_EVAL)
    got = {(l2, name): value for _, l2, name, value in _inds(form)}
    assert got.get(("数量指标", "养护里程")) == "≥320公里"
    assert got.get(("质量指标", "路面优良率")) == "≥85%"
    assert got.get(("服务对象满意度指标", "沿线群众满意度")) == "≥90%"
    values = set(got.values())
    assert not values & {"326", "88%", "93%", "20", "15", "10", "30", "28", "达成预期指标"}    # 实际完成值 / 分值 / 得分
    assert all(name != "养护里程 ≥320公里" and " " not in name for _, name in got)


def test_a_title_at_the_start_of_a_line_is_no_glued_label():
    assert not glued("项目绩效目标表_第1页") and glued("总体目标年度目标")


PIPED_SELF_EVAL = """2023年度项目支出绩效自评表 |
| 项目名称 | 校园安保服务 | 主管部门 | 某县教育局 | 实施单位 | 某县第二中学 |
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 安保人员配备数 | ≥12人 | 12人 | 20 | 20 |
| 质量指标 | 安全事故发生率 | ≤1% | 0 | 20 | 20 |
| 效益指标 | 生态效益 指标 |
|
|
| 满意度指标 | 服务对象满意度指标 | 师生满意度 | ≥90% | 96% | 10 | 10 |
| 其他需要说明事项 | 无 | 总分 | 100 | 96 | 优 |
"""


def test_rows_of_a_piped_self_evaluation_never_turn_its_totals_into_an_indicator():
    got = _inds(_form(PIPED_SELF_EVAL))
    assert ("产出指标", "数量指标", "安保人员配备数", "≥12人") in got
    assert not any("其他需要说明" in name + value or name in ("100", "总分") for _, _, name, value in got)
    assert not any(value in ("12人", "96%", "20", "10") for _, _, _, value in got)
