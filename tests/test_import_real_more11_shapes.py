"""Shapes of real published forms met in eval/real_more11, each read by a general rule (issue 12), written here as
new small texts (other places, projects and numbers).

- one target column per county / township / village (a transfer payment's 补助区域 table): the areas' value is the
  target where every column states the same one, after its 指标方向 sign; where they differ (or digits run together
  can be cut into the areas more than one way) the row is left out, never guessed — with no total column no single
  target can be told;
- a label with a word in brackets inside it ('主管部门(单位)名称') in cells run together; 部门预算编码 is the code;
  补助区域 names no field (the project's name stops there);
- a self-evaluation's header over two rows (the top row holds 年度指标值 and the columns after it, the row below the
  level and name columns and the 指标性质 / 指标值 / 度量单位 of the value group); the small equals sign '﹦' as printed;
- a row of labels over a row of values where one label names no field ('预期目标 | 实际完成情况'): each label keeps
  the value under it.
"""
from __future__ import annotations

from assistant.importers import read_bytes


def _read(text: str, name: str = "x.txt"):
    return read_bytes(text.encode("utf-8"), name)


def _inds(form) -> list[tuple[str, str, str, str]]:
    return [(i.level1, i.level2, i.name, i.value) for i in form.indicators]


# a covering notice and the form after it, all on one line, with a 指标方向 column and one column per township
AREAS_RUN = (
    "各有关乡镇财政所:现下达2024年市级农村供水专项资金48万元,请抓紧落实。附件2某县2024年市级农村供水专项资金绩效目标表"
    "项目名称市级农村供水专项资金主管部门(单位)名称某县水务局部门预算编码310002补助区域青山镇、白沙乡"
    "资金情况(万元)资金总额48其中:财政拨款48其他资金0总体目标完成2处农村供水管网改造,"
    "绩效指标一级指标二级指标三级指标指标解释指标方向青山镇白沙乡"
    "产出指标数量指标改造供水管网(处)反映管网改造完成情况≥11"
    "质量指标工程验收合格率反映工程验收情况≥98%98%"
    "时效指标截至2025年6月底,工程完工率(%)反映工程进度情况≥100%100%"
    "效益指标社会效益指标受益人口(人)反映受益人口情况≥12001500"
    "满意度指标服务对象满意度指标受益群众满意度反映群众满意情况≥90%90%"
    "填报人:李某联系电话:0591-8765432"
)


def test_area_columns_run_together_fold_to_one_target():
    r = _read(AREAS_RUN)
    f = r.form
    assert f.project_name == "市级农村供水专项资金"          # 补助区域 is no part of the name
    assert f.department == "某县水务局"                     # 主管部门(单位)名称: the bracketed word inside the label
    assert f.department_code == "310002"
    assert f.funding.total == 48 and f.funding.current_year == 48
    got = _inds(f)
    assert ("产出指标", "数量指标", "改造供水管网(处)", "≥1") in got          # '≥11' under two townships: 1 and 1
    assert ("产出指标", "质量指标", "工程验收合格率", "≥98%") in got
    assert ("产出指标", "时效指标", "截至2025年6月底,工程完工率(%)", "≥100%") in got   # a date inside the name
    assert ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%") in got
    # 1200 and 1500 differ, and there is no total column: no target can be told, the row is left out
    assert not any("受益人口" in name for _, _, name, _ in got)
    assert not any(v in ("≥12001500", "≥1200", "≥1500", "12001500") for *_, v in got)
    assert "indicators" in r.unread
    assert any("各地区" in w for w in r.warnings)


# the same table one cell a line (' |' marks), a 区域 / 目标值 group head over county columns, no 指标方向 column
AREAS_CELLS = (
    "专项转移支付绩效目标表(2024年度) |\n"
    "项目名称 |\n道路养护补助经费 |\n"
    "主管部门 |\n某市交通运输局 |\n"
    "资金情况(万元) |\n资金总额 |\n90 |\n其中:财政拨款 |\n90 |\n其他资金 |\n"
    "总体目标 |\n完成农村公路养护任务 |\n"
    "一级指标 |\n二级指标 |\n三级指标 |\n指标解释 |\n区域 |\n目标值 |\n东山县 |\n西河区 |\n南湖市 |\n"
    "产出指标 |\n数量指标 |\n养护里程 |\n反映养护里程情况 |\n120 |\n80 |\n60 |\n"
    "质量指标 |\n养护合格率 |\n反映养护质量 |\n>=90% |\n>=90% |\n>=90% |\n"
    "时效指标 |\n按期完成率 |\n反映养护进度 |\n100% |\n100% |\n100% |\n"
)


def test_area_columns_one_cell_a_line():
    f = _read(AREAS_CELLS).form
    got = _inds(f)
    assert ("产出指标", "质量指标", "养护合格率", ">=90%") in got or ("产出指标", "质量指标", "养护合格率", "≥90%") in got
    assert ("产出指标", "时效指标", "按期完成率", "100%") in got
    assert not any(name == "养护里程" for _, _, name, _ in got)      # 120 / 80 / 60: no single target
    assert not any(v in ("120", "80", "60", "1208060") for *_, v in got)


def test_digits_run_together_cut_only_one_way():
    from assistant.importers.fold import _split_digits
    assert _split_digits("11", 2) == ["1", "1"]
    assert _split_digits("2312222", 7) == list("2312222")
    assert _split_digits("1010", 2) is None          # 10 | 10 or 101 | 0: not told
    assert _split_digits("100100", 2) is None        # 100 | 100 or 10010 | 0


# a self-evaluation whose indicator header is printed over two rows; the form prints '﹦' for its equals sign
STACKED = (
    "| 2021年度项目支出绩效自评表 | ||||||||\n"
    "| 项目名称 | 乡村文化活动补助经费 | |||||||\n"
    "| 主管部门 | 某县文化和旅游局 | 实施单位 | 某县文化馆 | |||||\n"
    "| 项目资金 (万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | ||\n"
    "| 年度资金总额 | 12.5 | 12.5 | 12.5 | 10 | 100% | 10 | ||\n"
    "| 年度 总体 目标 | ||||||||\n"
    "| 预期目标 | 实际完成情况 | |||||||\n"
    "| 全年开展送戏下乡演出40场 | 已开展送戏下乡演出40场 | |||||||\n"
    "| 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | |||\n"
    "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | |||\n"
    "| 产出指标 | 数量指标 | 送戏下乡演出场次 | ﹦ | 40 | 场 | 40 | 20 | 20 | |\n"
    "| 质量指标 | 演出验收合格率 | ≥ | 95 | % | 96 | 20 | 20 | ||\n"
    "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥ | 90 | % | 93 | 10 | 10 | |\n"
)


def test_value_group_over_two_header_rows():
    f = _read(STACKED).form
    got = _inds(f)
    assert ("产出指标", "数量指标", "送戏下乡演出场次", "﹦40场") in got
    assert ("产出指标", "质量指标", "演出验收合格率", "≥95%") in got
    assert ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%") in got
    assert not any(v.endswith(("96%", "93%")) for *_, v in got)          # 实际完成值 is no target
    # '预期目标 | 实际完成情况' over their two cells: the goal is the first, what was done is no goal
    assert f.goals.annual == ["全年开展送戏下乡演出40场"]


# a whole-department form whose indicator rows print 名称 / 权重 / 单位 / 性质 / 值 with nothing between them
GLUED_ROWS = (
    "首页>某街道>政务公开>预算\n"
    "\n"
    "2023年部门(单位)整体绩效目标表\n"
    "\n"
    "单位:万元\n"
    "部门(单位)名称某市某区人民政府某某街道办事处区级支出预算总量2150.6\n"
    "当年整体绩效目标保障街道机关正常运转;完成辖区道路清扫保洁和绿化养护;做好困难群众救助。\n"
    "绩效指标指标名称指标权重计量单位指标性质指标值\n"
    "预算执行率15%=100\n"
    "道路清扫保洁里程10公里=86\n"
    "困难群众救助及时性10及时\n"
    "文化活动开展次数1524\n"
    "安全事故发生率10%0\n"
    "群众满意度10%90\n"
    "\n"
    "2023年区级一般性项目绩效目标表\n"
    "单位:万元\n"
)


def test_rows_cut_by_their_glued_header():
    r = _read(GLUED_ROWS)
    f = r.form
    assert f.department == "某市某区人民政府某某街道办事处"
    assert f.funding.total == 2150.6
    assert f.goals.annual and f.goals.annual[0].startswith("保障街道机关正常运转")
    got = {(i.name, i.value) for i in f.indicators}
    assert ("预算执行率", "=100%") in got
    assert ("道路清扫保洁里程", "=86公里") in got
    assert ("困难群众救助及时性", "及时") in got                  # a worded target after the weight
    assert ("安全事故发生率", "0%") in got
    assert ("群众满意度", "90%") in got
    assert not any(v in ("15%", "15", "10", "10%") for _, v in got)     # a weight is never a target
    # '1524': weight 15 and target 24, or 1 and 524? digits run together are not cut: the row is left out
    assert not any("文化活动" in n for n, _ in got)
    assert "indicators" in r.unread
    assert any("文化活动开展次数1524" in w for w in r.warnings)


def test_glued_row_cuts_only_at_a_visible_edge():
    from assistant.importers.text_grid import glued_header, glued_row
    heads = glued_header("绩效指标指标名称指标权重计量单位指标性质指标值")
    assert heads == ["绩效指标", "指标名称", "指标权重", "计量单位", "指标性质", "指标值"]
    roles = ["name", "score", "unit", "op", "value"]
    assert glued_row("道路清扫保洁里程10公里=86", roles) == [(0, "道路清扫保洁里程"), (1, "10"), (2, "公里"), (3, "="), (4, "86")]
    assert glued_row("安全事故发生率10%0", roles) == [(0, "安全事故发生率"), (1, "10"), (2, "%"), (4, "0")]
    assert glued_row("文化活动开展次数1524", roles) is None
    assert glued_row("群众满意度90", roles) is None                 # no weight printed: name and target not told apart


# a self-evaluation REPORT in prose, no form: its sentences are an account of the year, not targets, goals or funding
REPORT = (
    "某县农业农村局2024年度衔接资金项目绩效自评报告\n"
    "一、项目基本情况\n"
    "2024年下达某县衔接推进乡村振兴补助资金120万元,用于村道硬化和灌溉渠修缮。\n"
    "二、绩效目标完成情况分析\n"
    "(一)总体绩效目标完成情况分析。\n"
    "对照总体绩效目标,该项目已按计划完成建设任务,群众出行条件明显改善。\n"
    "(二)绩效指标完成情况分析。\n"
    "1、产出数量指标:第一,硬化村道里程年初指标值为不低于6公里,全年实际完成值6.5公里。第二,修缮灌溉渠数量年初指标值为不低于3条,全年实际完成值3条。\n"
    "2、产出时效指标:项目完成时间年初指标值为2024年11月底,实际按期完成。\n"
    "3、满意度指标:受益群众满意度年初指标值为不低于90%,全年实际完成值96%。\n"
)


def test_report_prose_gives_no_targets_or_goals():
    f = _read(REPORT).form
    assert f.indicators == []                       # '年初指标值为…,全年实际完成值…': what was done, told in a report
    assert f.goals.long_term == [] and f.goals.annual == []      # '对照总体绩效目标,…': a sentence, no goal cell


# a self-evaluation copied as one run: 年初目标值(A) is the target column; a row whose target, result and score ran
# together into one number is left out; the old 二级 wording '服务对象满意度' cut out of the run heads its row
SELF_EVAL_RUN = (
    "2021年度河道保洁项目自评表项目名称河道保洁经费主管部门某区水务局项目实施单位某区河道管理所"
    "二级指标三级指标年初目标值(A)实际完成值(B)得分"
    "数量指标保洁河道条数1230质量指标河面垃圾清理率95%96%20时效指标保洁完成及时率100%100%20"
    "服务对象满意度沿河居民满意度90%93%30总分100偏差大或目标未完成原因分析无"
)


def test_self_evaluation_run_reads_targets_only():
    r = _read(SELF_EVAL_RUN)
    got = {(i.level2, i.name, i.value) for i in r.form.indicators}
    assert ("质量指标", "河面垃圾清理率", "95%") in got
    assert ("时效指标", "保洁完成及时率", "100%") in got
    assert ("服务对象满意度指标", "沿河居民满意度", "90%") in got
    assert not any("保洁河道条数" in n for _, n, _ in got)        # '1230': 12 / 12 / 30? not told apart
    assert not any(v in ("96%", "93%", "1230") for *_, v in got)


# a half-year monitoring table (监控表): its template's own rows after the indicators are no indicators
MONITOR = (
    "某市项目支出绩效监控表 |\n"
    "||||||\n"
    "项目名称 | 非遗保护经费 | |||||\n"
    "主管部门 | 某市文化和旅游局 | 项目执行单位 | 某市非遗保护中心 | |||\n"
    "项目资金 (万元) | 年初预算数 | 1-6月执行数 | 全年预计执行数 | |||\n"
    "年度资金总额: | 80 | 35.5 | ||||\n"
    "其中:当年一般公共预算拨款 | 80 | 35.5 | ||||\n"
    "绩效指标 | 一级 指标 | 指标名称 | 指标值 |\n"
    "半年度 指标执行情况 |\n"
    "完成目标可能性(确定能、有可能、不可能) | 备注 |\n"
    "产出指标 | 非遗项目调查数量 | ≥12个 | 已完成调查5个 | 确定能 | |\n"
    "偏差或不能完成目标原因分析 | ||||||\n"
    "相关建议或举措 | ||||||\n"
)


def test_monitoring_table_template_rows_are_no_indicators():
    r = _read(MONITOR)
    f = r.form
    assert f.funding.total == 80 and f.funding.current_year == 80      # 当年一般公共预算拨款: the year's appropriation
    names = [i.name for i in f.indicators]
    assert not any("原因分析" in n or "建议" in n for n in names)
    assert not any(i.value.startswith("已完成") for i in f.indicators)    # 半年度指标执行情况 is what was done


def test_four_funding_cells_run_together_cut_by_the_rate():
    from assistant.textnum import unglue_rate
    assert unglue_rate("454545100%") == ["45", "45", "45", "100%"]    # 年初 / 全年预算数 / 全年执行数 / 执行率
    assert unglue_rate("2118.52118.5100%") == ["2118.5", "2118.5", "100%"]
    # a score inside: no cut of two amounts makes the rate, but one amount printed twice and a rate of 100% do
    # (textnum._repeated, real_more15): 45 / 45 / 分值 10 / 100%
    assert unglue_rate("454510100%") == ["45", "45", "10", "100%"]
    assert unglue_rate("454510097%") is None                          # a rate two like amounts cannot give


# a self-evaluation run together: '项目资金 (万元)' (a space before the bracket) ends the unit's name; the year's
# appropriation is the first of 年初预算数 / 全年预算数 / 全年执行数 / 执行率 run together
SELF_EVAL_FUNDS = (
    "项目支出绩效自评表(2021年度)项目名称送戏下乡补助经费主管部门某区文化馆实施单位某区文化和旅游局机关项目资金 (万元)"
    "年初预算数全年预算数全年执行分值执行率得分其中:当年财政拨款454545100%上年结转资金其他资金"
    "填报人:王某联系电话:027-88886666"
)


def test_unit_ends_at_a_spaced_money_section_and_funds_unglued():
    f = _read(SELF_EVAL_FUNDS).form
    assert f.unit == "某区文化和旅游局机关"
    assert f.funding.current_year == 45
