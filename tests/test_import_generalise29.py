"""Causes behind misses shared by real texts (eval/real_more1–18, corpus/real), each read by one general mechanism (issue 12),
written here as new small texts (made-up projects, units and numbers):

- a page that printed the rows before an indicator table, its header (over two rows: the value group and the columns
  after it, then the level and name columns with the value group's own) and its first row on one line: the cells
  before the header, each header row and the first row are rows of their own (grid._header_runs); labels alone before
  the header (a record table's columns) are not cut off;
- the goal's heading, its own goal label and a column of what was done, then as many values, on one line ('年度总体目标
  | 预期目标 | 实际完成情况 | A | A'): the goal is the value under the goal label (grid._goal_heads_in_row);
- a row split by a merged cell — a name with no target, a line holding only a worded target ('有效'), a line holding a
  worded result and bare scores ('有效 | 10 | 10') — is one indicator, never one named by its result (grid._row_rest);
- the box-drawing '═' a font gives for an equals sign is a sign (kept as printed, as '﹦' is); a level word followed by
  the template's '等' ('服务对象满意度指标等') is that level word;
- a self-evaluation's closing rows under its table ('存在问题 | 无', '改进措施 | 无') and a signature line of labels with
  colons ('项目负责人:某某 | 财务负责人:某某') are no indicators (tables.indicator_row).
"""
from __future__ import annotations

from assistant.importers import read_bytes


def _read(text: str, name: str = "x.txt"):
    return read_bytes(text.encode("utf-8"), name)


def _inds(r):
    return [(i.level2, i.name, i.value) for i in r.form.indicators]


# a county school's self-evaluation copied from a page: the goal row, the two header rows and the first indicator row
# came out on one line
_RUN_ON = """2024年度项目支出绩效自评表 | 部门:某县第三小学 |
| 项目名称 | 校园安保服务经费 | 主管部门 | 某县教育局 | 实施单位 | 某县第三小学 | 项目资金 (元) |
| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| 年度资金总额 | 120000.00 | 120000.00 | 10 | 100% | 10 |
| — | 年度 总体 目标 | 预期目标 | 实际完成情况 | 保障校园安全,全年无安全责任事故 | 全年无安全责任事故 | 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 产出指标 | 数量指标 | 安保人员配备人数 | ≧ | 6 | 人 | 6 | 20 | 20 |
| 质量指标 | 巡逻记录完整率 | ═ | 100 | % | 100% | 20 | 20 |
| 时效指标 | 服务费支付及时率 | ≧ | 95 | % | 100% | 10 | 10 |
| 效益指标 | 社会效益 指标 | 师生安全感 | ≧ | 90 | % | 96% | 20 | 20 |
| 满意度指标 | 服务对象满意度指标等 | 家长满意度 | ≧ | 90 | % | 95% | 10 | 10 |
| 教师满意度 | ≧ | 90 | % | 97% | 10 | 10 |
| 其他需要说明事项 | 无 | 总分 | 100 | 100 | 优 |
"""


def test_header_run_together_with_the_rows_around_it():
    r = _read(_RUN_ON)
    assert _inds(r) == [("数量指标", "安保人员配备人数", "≥6人"), ("质量指标", "巡逻记录完整率", "═100%"),
                        ("时效指标", "服务费支付及时率", "≥95%"), ("社会效益指标", "师生安全感", "≥90%"),
                        ("服务对象满意度指标", "家长满意度", "≥90%"), ("服务对象满意度指标", "教师满意度", "≥90%")]
    assert [i.level1 for i in r.form.indicators][-2:] == ["满意度指标", "满意度指标"]
    assert r.form.funding.total == 12
    _labels_alone_before_an_indicator_header_stay_one_header()


def test_goal_under_its_label_when_heads_and_values_share_a_line():
    r = _read(_RUN_ON)
    assert r.form.goals.annual == ["保障校园安全,全年无安全责任事故"]
    # values fewer than the heads: which is the goal is a guess — none is read
    fewer = _RUN_ON.replace("| 保障校园安全,全年无安全责任事故 | 全年无安全责任事故 |", "| 保障校园安全,全年无安全责任事故 |")
    assert _read(fewer).form.goals.annual == []


def _labels_alone_before_an_indicator_header_stay_one_header():
    # a department's record table (项目名称 | 项目单位 | 预算数 | 年度绩效目标 | 一级指标 …): its project columns are no
    # row before the indicator header, so each row still gives its project's indicators
    text = ("某区市场监管局2024年项目支出绩效目标表\n"
            "项目名称 | 项目单位 | 预算数 | 年度绩效目标 | 一级指标 | 二级指标 | 三级指标 | 指标方向 | 目标值 | 计量单位\n"
            "食品抽检经费 | 某区市场监管局 | 35 | 完成食品抽检任务,保障食品安全 | 产出指标 | 数量指标 | 抽检批次 | ≥ | 400 | 批次\n"
            "产出指标 | 质量指标 | 抽检结果公开率 | = | 100 | %\n"
            "效益指标 | 社会效益指标 | 食品安全事故发生数 | = | 0 | 起\n")
    r = _read(text)
    assert ("数量指标", "抽检批次", "≥400批次") in _inds(r)
    assert r.form.project_name == "食品抽检经费"
    # and the same header after a row of values on its line is cut from them
    run = text.replace("某区市场监管局2024年项目支出绩效目标表\n",
                       "某区市场监管局2024年项目支出绩效目标表 | 单位:万元 | 填报日期 | 2024-01-10 | ")
    assert ("数量指标", "抽检批次", "≥400批次") in _inds(_read(run))


# a self-evaluation whose merged cells split a row over three lines: the name, the target alone, the result and scores
_SPLIT = """项目支出绩效自评表(2023年度)
| 项目名称 | 乡村文化活动补助 | 主管部门 | 某县文旅局 | 实施单位 | 某县文化馆 |
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
| 产出指标 | 数量指标 | 开展文化下乡场次 | ≥24场 | 26场 | 20 | 20 |
| 效益指标 | 社会效益指标 | 丰富群众文化生活 |
| 显著 |
| 显著 | 20 | 20 |
| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 95% | 10 | 10 |
"""


def test_row_split_by_a_merged_cell_is_one_indicator():
    r = _read(_SPLIT)
    assert _inds(r) == [("数量指标", "开展文化下乡场次", "≥24场"), ("社会效益指标", "丰富群众文化生活", "显著"),
                        ("服务对象满意度指标", "群众满意度", "≥90%")]
    # a result that is no worded target ('较好达成' is a phrase, its line may be another row's): no guess either way
    other = _SPLIT.replace("| 显著 |\n| 显著 | 20 | 20 |", "| 显著 |\n| 活动覆盖村数 | 20 | 20 |")
    assert ("社会效益指标", "活动覆盖村数", "20") in _inds(_read(other)) or \
        all(n != "显著" for _, n, _ in _inds(_read(other)))


def test_box_drawing_equals_and_level_word_with_deng():
    text = ("| 一级指标 | 二级指标 | 三级指标 | 指标方向 | 指标值 | 度量单位 |\n"
            "| 产出指标 | 质量指标 | 设备验收合格率 | ═ | 100 | % |\n"
            "| 满意度指标 | 服务对象满意度指标等 | 使用单位满意度 | ≧ | 90 | % |\n")
    r = _read(text)
    assert _inds(r) == [("质量指标", "设备验收合格率", "═100%"), ("服务对象满意度指标", "使用单位满意度", "≥90%")]


# the closing rows of a self-evaluation and its signature line, read in the indicator table's mode
_CLOSING = """部门预算项目支出绩效自评表(2023年度)
| 项目名称 | 办公设备购置经费 | 主管部门 | 某县审计局 | 实施单位 | 某县审计局 |
| 绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |
| 产出指标 | 数量指标 | 购置电脑台数 | ≥ | 8 | 台 | 8 | 45 | 45 | |
| 效益指标 | 社会效益指标 | 办公效率提升 | = | 有效 | | 有效 | 45 | 45 | |
| 合计 | 100 | |
| 存在问题 | 无 | |
| 改进措施 | 无 | |
| 项目负责人:刘某某 | 财务负责人:陈某某 | |
"""


def test_closing_rows_and_signature_line_are_no_indicators():
    r = _read(_CLOSING)
    names = [n for _, n, _ in _inds(r)]
    assert names == ["购置电脑台数", "办公效率提升"]
    assert r.form.unit_head == ""


# a PDF's header whose heads wrapped in their narrow cells: each cell's first line, then the second lines of those that
# wrapped ('一级 | 二级 | 三级 | 指标值 | 分值 | 指标' / '指标 | 指标 | 指标 | 解释')
_WRAPPED_HEAD = """某县2025年项目支出绩效目标表
项目名称 | 村道安全设施维护
主管部门 | 某县交通运输局
一级 | 二级 | 三级 | 指标值 | 分值 | 指标 |
指标 | 指标 | 指标 | 解释 |
产出指标 | 数量指标 | 维护护栏长度 | ≥12公里 | 20 | 反映维护护栏长度情况 |
产出指标 | 时效指标 | 完工时间 | 2025年11月底前 | 20 | 反映完工时间情况 |
满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥90% | 10 | 反映沿线群众满意度情况 |
效益指标 | 社会效益指标 | 交通事故发生数 | 同比下降 | 10 | 反映交通事故发生数情况 |
"""


def test_header_wrapped_in_its_cells_is_one_header():
    r = _read(_WRAPPED_HEAD)
    assert _inds(r) == [("数量指标", "维护护栏长度", "≥12公里"), ("时效指标", "完工时间", "2025年11月底前"),
                        ("服务对象满意度指标", "沿线群众满意度", "≥90%"), ("社会效益指标", "交通事故发生数", "同比下降")]
    # words below that join the heads above in more than one way are no wrapped header (the rows are read as printed)
    from assistant.importers.cells import Cell
    from assistant.importers.grid import _wrapped_heads
    top = [Cell(w, k, "") for k, w in enumerate(["一级", "二级", "三级", "指标值"])]
    assert _wrapped_heads(top, [Cell("指标", 0, "")]) is None


def test_one_bare_number_under_target_and_score_columns_is_not_guessed():
    text = _WRAPPED_HEAD.replace("≥90% | 10 |", "10 |").replace(
        "一级 | 二级 | 三级 | 指标值 | 分值 | 指标 |\n指标 | 指标 | 指标 | 解释 |", "一级指标 | 二级指标 | 三级指标 | 指标值 | 分值 | 指标解释 |")
    r = _read(text)
    assert [n for _, n, _ in _inds(r)] == ["维护护栏长度", "完工时间", "交通事故发生数"]
    assert any("沿线群众满意度" in w and "分值" in w for w in r.warnings)


# rows whose cells came scrambled (an extractor that lost the columns): a target or a date where the name goes, or an
# explanation ('反映…情况') where the name goes, is no indicator — the row is left unread, never read with its cells swapped
_SCRAMBLED = """某县2025年项目支出绩效目标表
项目名称 | 河道巡查保洁
主管部门 | 某县水利局
一级指标 | 二级指标 | 三级指标 | 指标值 | 分值 | 指标解释 |
产出指标 | 数量指标 | 巡查河道长度 | ≥48公里 | 20 | 反映巡查河道长度情况 |
反映保洁频次情况 | ≥2次/周 | 20 | 保洁频次 |
产出指标 | 数量指标 | ≥36个 | 设置监测点位 |
产出指标 | 时效指标 | 2025年6月底前 | 完成清淤时间 |
满意度指标 | 服务对象满意度指标 | 沿岸群众满意度 | ≥90% | 10 | 反映沿岸群众满意度情况 |
"""


def test_scrambled_cells_leave_the_row_unread():
    r = _read(_SCRAMBLED)
    assert _inds(r) == [("数量指标", "巡查河道长度", "≥48公里"), ("服务对象满意度指标", "沿岸群众满意度", "≥90%")]
    assert any("反映保洁频次情况" in w for w in r.warnings) and any("≥36个" in w for w in r.warnings)
