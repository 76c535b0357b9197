"""Shapes of real published forms met in eval/real_more12, each read by a general rule (issue 12), written here as
new small texts (other places, projects and numbers).

- a self-evaluation printed a row per line with its cells a space apart, under a disclosure page's header (menu
  bullets, the index rows 索引号 / 发布机构 / 组配分类 / 文号 / 发布日期 printed twice, the article's title): the index
  rows and bullets are the page's own lines (columns.PAGE_CRUMBS), so the text is still read a row per line;
- a self-evaluation's goal column beside its column of what was done, one paragraph a line: the goal's lines are told
  by their numbering ('目标1 / 目标2 / 1. / 2.' — the goal's column first; '目标1 / 目标1 / 目标2 / 目标2' — row by row),
  and numbers that fit neither order leave the goal unread, never half of each column;
- '实施(主管)单位 | 310007-某局': one cell naming the unit and the department over it fills both, the code the
  department's; an amount label printed again on a row with another amount and no 中期 | 年度 columns (预算安排 /
  资金到位 / 资金执行) is not read — which column is the year's budget is not printed;
- a loose row whose every cell prints the same text ('预算执行率 | 预算执行率') is one merged cell, no indicator;
- label cells broken one character a line, then an indicator table whose rows print their cells a single space apart
  under a header line '二级指标 三级指标 指标值 完成值' (its '一级指标' on a line above): each cell in its column, the
  target from 指标值, never 完成值.
"""
from __future__ import annotations

from assistant.importers import read_bytes


def _read(text: str, name: str = "x.txt"):
    return read_bytes(text.encode("utf-8"), name)


def _inds(form) -> list[tuple[str, str, str]]:
    return [(i.level2, i.name, i.value) for i in form.indicators]


PAGE_HEADER = """  • 设为首页|
    • 无障碍|
    • 繁体|
当前位置: 首页> 市气象局> 专项资金
索引号: 99887766554433/202304-00012 组配分类: 专项资金
发布机构: 市气象局 主题分类: 其他
名称: 某市气象局2022年度气象服务项目支出绩效自评表 文号:
发布日期: 2023-04-11
索引号: 99887766554433/202304-00012
组配分类: 专项资金
发布机构: 市气象局
主题分类: 其他
名称: 某市气象局2022年度气象服务项目支出绩效自评表
文号:
发布日期: 2023-04-11
某市气象局2022年度气象服务项目支出绩效自评表
附件2
"""

SELF_EVAL = PAGE_HEADER + """项目支出绩效自评表
(2022年度)
项目名称 气象服务保障
主管部门 某市气象局 实施单位 某市气象台
项目资金
(万元)
年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分
年度资金总额: 32 32 30 10 93.75% 9
 其中:本年财政拨款 32 32 30 - 93.75% -
    上年结转资金 0 0 0 - -
       其他资金 0 0 0 - -
年度总体目标完成情况 预期目标 实际完成情况
目标1:全年发布预警信息不少于120条。
目标2:气象站点正常运行。
1.全年发布预警信息136条。
2.气象站点运行正常。
年度绩效指标完成情况
一级
指标
二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
(50分)
数量指标 指标1:发布预警信息条数 120 136条 10 10
指标2:维护气象站点数 15 15个 10 10
质量指标 指标1:站点运行率 ≥98% 99.2% 10 10
时效指标 指标1:预警发布时限 30分钟内 20分钟 10 10
"""


def test_page_header_does_not_hide_a_row_per_line_self_evaluation():
    f = _read(SELF_EVAL).form
    assert f.project_name == "气象服务保障"
    assert (f.funding.total, f.funding.current_year) == (32, 32)
    got = _inds(f)
    assert ("数量指标", "指标1:发布预警信息条数", "120") in got          # 年度指标值, never 实际完成值 '136条'
    assert ("数量指标", "指标2:维护气象站点数", "15") in got
    assert ("质量指标", "指标1:站点运行率", "≥98%") in got
    assert ("时效指标", "指标1:预警发布时限", "30分钟内") in got
    assert len(got) == 4


def test_goal_lines_beside_what_was_done_are_told_by_their_numbering():
    f = _read(SELF_EVAL).form
    assert f.goals.annual == ["全年发布预警信息不少于120条。", "气象站点正常运行。"]      # not the '1. / 2.' results


def test_goal_lines_whose_numbers_fit_no_order_are_not_guessed():
    text = SELF_EVAL.replace("1.全年发布预警信息136条。\n2.气象站点运行正常。\n", "2.气象站点运行正常。\n1.全年发布预警信息136条。\n")
    f = _read(text).form
    assert not any("136" in g or "运行正常" in g for g in f.goals.annual)


# one cell a line with blank lines between (a page's table copied cell by cell), the goal's column printed first
CELLS_GOALS = """2023年中央对地方转移支付区域绩效目标自评表
填报类型:整体□  区域√  项目□
单位名称 某县农业农村局 联系人及电话 王某,13800001111
预算
执行
情况
(万元)
 转移支付预算数(A) 12万 预算执行率(B/A) 100%
 转移支付执行数(B) 12万
年度
目标
完成
情况
预期目标 目标实际完成情况

 目标1:完成耕地质量监测点建设
 目标2:开展土壤检测
 目标3:培训种植户

 目标1:建成监测点20个
 目标2:检测土样600份
 目标3:培训种植户300人次



一级
指标
二级指标 三级指标 指标值 完成值



数量指标 指标1.监测点数量 ≥20 20
指标2.检测土样数 ≥600 612
质量指标 指标1.检测合格率 100% 100%
时效指标 完成时间 2023年底 2023年底
成本指标 指标1.单个监测点成本 3000元/个 2900元/个
效益指标 社会效益
指标
"""


def test_goal_column_printed_before_the_results_column_cell_per_line():
    f = _read(CELLS_GOALS).form
    assert f.goals.annual == ["完成耕地质量监测点建设", "开展土壤检测", "培训种植户"]
    # printed row by row instead (target, result, target, result): every other cell
    text = CELLS_GOALS.replace(""" 目标1:完成耕地质量监测点建设
 目标2:开展土壤检测
 目标3:培训种植户

 目标1:建成监测点20个
 目标2:检测土样600份
 目标3:培训种植户300人次""", """ 目标1:完成耕地质量监测点建设

 目标1:建成监测点20个

 目标2:开展土壤检测

 目标2:检测土样600份""")
    f = _read(text).form
    assert f.goals.annual == ["完成耕地质量监测点建设", "开展土壤检测"]


def test_single_space_rows_under_a_header_line_with_its_first_head_above():
    got = _inds(_read(CELLS_GOALS).form)
    assert ("数量指标", "指标1.监测点数量", "≥20") in got                  # 指标值, not 完成值 '20'
    assert ("数量指标", "指标2.检测土样数", "≥600") in got
    assert ("质量指标", "指标1.检测合格率", "100%") in got
    assert ("时效指标", "完成时间", "2023年底") in got
    assert ("成本指标", "指标1.单个监测点成本", "3000元/个") in got
    assert not any(v in ("612", "2900元/个") for *_, v in got)


MERGED_ROW = """项目名称 | 某县敬老院运行补助
主管部门 | 某县民政局
一级指标 | 二级指标 | 三级指标 | 指标值
产出指标 | 数量指标 | 供养老人数 | ≥80人
效益指标 | 社会效益指标 | 老人生活改善 | 明显改善
满意度指标 | 服务对象满意度指标 | 老人满意度 | ≥90%
预算执行率 | 预算执行率
"""


def test_a_row_printing_one_text_in_every_cell_is_no_indicator():
    got = _inds(_read(MERGED_ROW).form)
    assert not any(name == "预算执行率" for _, name, _ in got)
    assert ("数量指标", "供养老人数", "≥80人") in got


# a 专项 form printing its 一级 word without '指标' ('产出'), the rows below it carrying it and their 二级 word
BARE_LEVEL1 = """专项资金预算绩效目标申报表 | ||||||||||
专项名称 | 某区少年宫公益培训补助 | ||||||||
主管部门 | 某区教育局 | 专项起止时间 | 2021.1-12 | |||||||
专项年度绩效指标 | 一级指标 | 二级指标 | 三级指标内容 | 指标值 | ||||||
产出 | 数量指标 | 公益培训班数 | ≥12期 | |||||||
培训学员人数 | ≥400人 | |||||||||
质量指标 | 学员结业率 | ≥90% | ||||||||
效益 | 社会效益指标 | 青少年素质提升 | 明显提升 | |||||||
"""


def test_level1_word_without_zhibiao_heads_its_rows():
    f = _read(BARE_LEVEL1).form
    got = [(i.level1, i.level2, i.name, i.value) for i in f.indicators]
    assert ("产出指标", "数量指标", "公益培训班数", "≥12期") in got
    assert ("产出指标", "数量指标", "培训学员人数", "≥400人") in got       # not read with no category
    assert ("产出指标", "质量指标", "学员结业率", "≥90%") in got
    assert ("效益指标", "社会效益指标", "青少年素质提升", "明显提升") in got
    assert all(i.level1 and i.level2 for i in f.indicators)


# a Hebei-style self-evaluation in numbered sections: the goal column beside 具体完成情况 and a rate, a row a line
GOAL_ROWS = """某县卫健局2021年度预算项目绩效自评表
一、基本情况 项目名称: 村医补助 实施(主管)单位 310007-某县卫生健康局 金额单位: 万元
二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)
预算数 12.50 到位数 12.50 执行数 12.00 96.00
其中:财政资金 12.50 其中:财政资金 12.50 其中:财政资金 12.00
其他 0.00 其他 0.00 其他 0.00
三、目标完成情况 年度预期目标 具体完成情况 总体完成率(%)
按月发放村医岗位补助,稳定村医队伍。 按月足额发放村医岗位补助。 96.00
提升基层医疗服务能力 基层医疗服务能力有所提升
四、年度绩效指标完成情况 一级指标 二级指标 三级指标 指标分值 预期指标值
产出指标 数量指标 补助村医人数 20 ≥150人
时效指标 补助发放及时率 20 100%
"""


def test_goal_column_beside_what_was_done_a_row_a_line():
    f = _read(GOAL_ROWS).form
    assert f.goals.annual == ["按月发放村医岗位补助,稳定村医队伍。", "提升基层医疗服务能力"]
    # a row of a text and a rate only: the text may be what was done, the goal merged over rows above — not guessed
    text = GOAL_ROWS.replace("提升基层医疗服务能力 基层医疗服务能力有所提升", "基层医疗服务能力有所提升 96.00")
    f = _read(text).form
    assert "基层医疗服务能力有所提升" not in f.goals.annual


# a 中期 | 年度 form one cell a line, each cell closed by ' |', the text cut inside the first goal cell
CUT_GOAL = """项目支出绩效目标申报表 |
(2025 年度) |
项目名称 |
乡村道路养护补助 |
主管部门及代码 |
[031]某县交通运输局 |
实施单位 |
某县公路中心 |
项目资金(万元) |
中期资金总额: |
80.00 |
年度资金总额: |
80.00 |
其中:财政拨款 |
80.00 |
||||
总 体 目 标 |
中期目标(2025年—2027年) |
年度目标 |
||||||
1.完成全县农村公路日常养护,优良中等路比例达到85%以上,2.组织开展养护人员培训,提升"""


def test_a_goal_cut_by_the_end_of_the_text_under_two_goal_labels_is_not_guessed():
    r = _read(CUT_GOAL)
    f = r.form
    # the 年度 cell blank, or the cells after the 中期 goal cut off with the text? neither label takes it
    assert not f.goals.annual and not f.goals.long_term
    assert "goals.annual" in r.unread and "goals.long_term" in r.unread
    assert f.project_name == "乡村道路养护补助"


def test_an_amount_label_printed_again_with_another_amount_outside_parallel_columns_is_not_guessed():
    # 其中:财政资金 under 预算安排 (12.50), 资金到位 (12.50) and 资金执行 (12.00): the year's budget is not the last column
    r = _read(GOAL_ROWS)
    assert r.form.funding.current_year is None
    assert "funding.current_year" in r.unread
    assert r.form.funding.total == 12.5
    # the same amount in every column: that amount
    same = GOAL_ROWS.replace("其中:财政资金 12.50 其中:财政资金 12.50 其中:财政资金 12.00",
                             "其中:财政资金 12.50 其中:财政资金 12.50 其中:财政资金 12.50")
    assert _read(same).form.funding.current_year == 12.5


def test_one_cell_naming_the_unit_and_the_department_over_it_fills_both():
    f = _read(GOAL_ROWS).form
    assert (f.unit, f.department, f.department_code) == ("某县卫生健康局", "某县卫生健康局", "310007")


# a half-year monitoring table (real_more11's shape): the 一级 column holds bare 二级 words, a row of three cells for
# 指标名称 / 指标值 / 半年度指标执行情况 / 完成目标可能性
MONITOR = """项目支出绩效监控表 | ||||||
项目名称 | 古建筑修缮经费 | ||||||
主管部门 | 某市文化和旅游局 | ||||||
年度资金总额: | 150 | 60.20 | ||||
其中:当年一般公共预算拨款 | 150 | 60.20 | ||||
绩效指标 | 一级 指标 | 指标名称 | 指标值 |
半年度 指标执行情况 |
完成目标可能性(确定能、有可能、不可能) | 备注 |
产 出 指 标 |
数量 | 修缮古建筑处数 | 3处 | 已完成1处 | 确定能 | ||
时效 | ||||||
成本 | 年度预算150万元 | 按进度执行,已使用约40% | 确定能 | |||
"""


def test_a_row_opening_with_a_bare_level_word_and_no_level2_is_not_read_as_its_name():
    got = _inds(_read(MONITOR).form)
    assert not any(name in ("成本", "数量", "时效") for _, name, _ in got)
    assert not any(v == "年度预算150万元" for *_, v in got)
