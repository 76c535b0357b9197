"""Shapes of real published texts met in eval/real_more15, each read by a general rule (issue 12), written here as
new small texts (other places, projects and numbers).

- a transfer-payment self-evaluation's goal row: a heading the lexicon does not know merged down the rows ('总体目标完成
  情况') over the column heads '总体目标 | 全年实际完成情况', or those heads with no heading: the value under 总体目标 is
  the long-term goal (总体目标 alone), the one under 全年实际完成情况 is no goal;
- a text cut right after a comparison sign in its last indicator row ('… | 指标:资金 | <'): the row is left out with a
  warning, never read as an indicator with no value;
- a self-evaluation's amounts run together, the budget columns all alike ('4820482048201096.1%' = 4820 / 4820 / 4820 /
  分值 10 / 96.1%): the repeated amount is the total; a source printed as the total twice over ('48204820') is the
  total's amount; a run that repeats no amount is not split;
- a 繁体 mirror's first cells run together on a short line ('…項(xiàng)目支出名稱A主管部門B…'): its labels are read, and a goal's
  text after the done column's head in those characters ('實(shí)際完成情況…') begins after the head;
- a budget disclosure's contents line '(四)绩效目标情况及绩效评价结果说明' is a heading, no goal.
"""
from __future__ import annotations

from assistant.importers import read_bytes
from assistant.importers.trim import trim_value
from assistant.textnum import unglue_rate


def _read(text: str, name: str = "x.txt"):
    return read_bytes(text.encode("utf-8"), name)


TRANSFER = """(2022年度) | |||||||
转移支付(项目)名称 | 农村饮水安全巩固提升 | ||||||
中央主管部门 | 水利部 | ||||||
地方主管部门 | 某州水务局 | 资金使用单位 | 某县水务局 | ||||
项目资金 (万元) |
全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) | ||||
年度资金总额: | 260 | 255 | 98% | ||||
其中:中央财政资金 | 200 | 200 | 100% | ||||
地方资金 | 60 | 55 | 92% | ||||
{goal_rows}
绩效指标 | 一级 指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因和改进措施 | |
产 出 指 标 | 数量指标 | 新建供水站 | 4座 | 4座 | 已完成。 | ||
质量指标 | 指标1:工程验收合格率 | 100% | 100% | —— | |||
指标2:水质达标率 | ≥95% | 96% | —— | ||||
时效指标 | 指标1:完工时间 | 10个月 | 10个月 | —— | |||
成本指标 | 指标:单站建设成本 | <"""


def test_goal_under_overall_head_with_unknown_heading():
    rows = ("总体目标完成情况 | 总体目标 | 全年实际完成情况 | |||||\n"
            "目标1:新建4座供水站。目标2:保障2万人饮水安全。 | 目标1:已建成4座。目标2:已保障。 | ||||||")
    form = _read(TRANSFER.format(goal_rows=rows)).form
    assert form.goals.long_term == ["新建4座供水站。", "保障2万人饮水安全。"]
    assert form.goals.annual == []


def test_goal_under_overall_head_alone():
    rows = ("总体目标 | 全年实际完成情况 | ||||||\n"
            "新建4座供水站,保障2万人饮水安全。 | 已建成3座,1座在建。 | ||||||")
    form = _read(TRANSFER.format(goal_rows=rows)).form
    assert form.goals.long_term == ["新建4座供水站,保障2万人饮水安全。"]
    assert form.goals.annual == []


def test_goal_columns_that_are_not_one_goal_beside_done_are_not_read_as_long_term():
    rows = ("中期目标 | 年度目标 | ||||||\n"
            "三年建成12座供水站。 | 新建4座供水站。 | ||||||")
    form = _read(TRANSFER.format(goal_rows=rows)).form
    assert form.goals.long_term == ["三年建成12座供水站。"]
    assert form.goals.annual == ["新建4座供水站。"]


def test_last_row_cut_after_a_sign_is_left_out():
    rows = "总体目标 | 全年实际完成情况 | ||||||\n新建4座供水站。 | 已建成。 | ||||||"
    result = _read(TRANSFER.format(goal_rows=rows))
    names = [i.name for i in result.form.indicators]
    assert names == ["新建供水站", "指标1:工程验收合格率", "指标2:水质达标率", "指标1:完工时间"]
    assert any("比较符号" in w for w in result.warnings)


def test_a_sign_with_its_number_in_the_last_row_is_read():
    rows = "总体目标 | 全年实际完成情况 | ||||||\n新建4座供水站。 | 已建成。 | ||||||"
    form = _read(TRANSFER.format(goal_rows=rows) + "=260万元 | 255万元 | —— | |||").form
    assert [(i.name, i.value) for i in form.indicators][-1] == ("指标:单站建设成本", "≤260万元")


def test_repeated_budget_columns_run_together():
    assert unglue_rate("4820482048201096.1%") == ["4820", "4820", "4820", "1096.1%"]
    assert unglue_rate("12.512.5100%") == ["12.5", "12.5", "100%"]      # (the rate fits as before)
    assert unglue_rate("98761234%") is None                              # nothing repeats, no rate fits


RUN_ON = """附件
2021年度某某产业专项资金项目支出绩效自评表项目名称某某产业专项资金主管部门某省发展和改革委员会实施单位某市发展和改革局项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额4820482048201096.1%9.6其中:当年财政拨款48204820——上年结转资金——其他资金——年度总体目标预期目标实际完成情况支持特色产业园区建设,带动农户增收
"""


def test_run_together_amounts_repeated_over_the_budget_columns():
    result = _read(RUN_ON)
    assert result.form.funding.total == 4820
    assert result.form.funding.current_year is None       # '48204820——' with its dashes: not read, never 48204820


MIRROR = """某某文檔_第1頁
——附件2021年度某某產(chǎn)業(yè)專項(xiàng)資金項(xiàng)目支出績效自評(píng)表項(xiàng)目支出名稱某某產(chǎn)業(yè)專項(xiàng)資金主管部門某省發(fā)展和改革委員會(huì)實(shí)施單位某市發(fā)展和改革局項(xiàng)目資金

(萬元)年初預(yù)算數(shù)全年預(yù)算數(shù)全年執(zhí)行數(shù)分值執(zhí)行率得分年度資金總額4820482048201096.1%9.6其中:當(dāng)年財(cái)政撥款48204820——上年結(jié)轉(zhuǎn)資金——其他資金——年度總體目標(biāo)預(yù)期目標(biāo)實(shí)際完成情況支持特色產(chǎn)業(yè)園區(qū)建設(shè),帶動(dòng)農(nóng)戶增收
"""


def test_traditional_mirror_first_cells_run_together_on_a_short_line():
    form = _read(MIRROR).form
    assert form.project_name == "某某產(chǎn)業(yè)專項(xiàng)資金"
    assert form.department == "某省發(fā)展和改革委員會(huì)"
    assert form.unit == "某市發(fā)展和改革局"               # the money section's label after it is no part of it
    assert form.funding.total == 4820


def test_unit_runs_into_the_money_section():
    assert trim_value("org", "某县农业农村局项目资金") == "某县农业农村局"
    assert trim_value("org", "相關(guān)項(xiàng)目實(shí)施單位項(xiàng)目資金(萬元") == "相關(guān)項(xiàng)目實(shí)施單位"
    assert trim_value("org", "某县乡村振兴专项资金") == "某县乡村振兴专项资金"      # no unit's ending before it: as it is


def test_goal_after_a_traditional_done_head():
    assert trim_value("long", "實(shí)際完成情況完成農(nóng)村道路硬化12公里") == "完成農(nóng)村道路硬化12公里"


def test_a_column_head_is_no_unit_or_project():
    form = _read("项目名称 | 某某补助资金 |\n主管部门 | 某县医疗保障局 |\n实施单位 | 全年预算数(A) |\n").form
    assert form.unit == ""
    assert form.project_name == "某某补助资金"


def test_source_printed_as_the_total_twice_over():
    text = ("2021年度某某补助项目支出绩效自评表\n项目名称 | 某某补助 |\n主管部门 | 某县民政局 | 实施单位 | 某县民政局 |\n"
            "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 |\n年度资金总额 | 615 | 615 | 600 |\n"
            "其中:当年财政拨款 | 615615 | | |\n")
    result = _read(text)
    assert result.form.funding.total == 615
    assert result.form.funding.current_year == 615
    assert any("连写" in w for w in result.warnings)


CONTENTS = """某区某办公室2022年
部门预算公开目录
第一部分、2022年部门预算情况说明
一、部门主要职责及机构设置情况
二、2022年部门预算收支及增减变化情况说明
五、其他情况说明
(一)机关运行经费说明
(二)政府采购预算说明
(三)绩效目标情况及绩效评价结果说明
(四)国有资产占用情况说明
第二部分、2022年部门预算表
表十二、项目支出绩效目标申报表
"""


def test_contents_heading_is_no_goal():
    form = _read(CONTENTS).form
    assert form.goals.annual == [] and form.goals.long_term == []


# --- a table a converter printed one cell a line after '|' marks (eval/real_more12 1208, real_more8 806) -------------
CONVERTED = """一、项目绩效目标
绩效
       指标
        | 一级指标
        | 二级指标
        | 三级指标
        | 指标值
        | 实施进度
        | 
产出指标
        | 数量指标
        | 培训场次
        | 不少于4场
        | 已完成
        | |
质量指标
        | 培训合格率
        | ≥95%
        | 已完成
        | ||
时效指标
        | 完成时间
        | 12月底前
        | 已完成
        | ||
满意度指标
        | 服务对象满意度指标
        | 学员满意度
        | ≥90%
        | 已完成
        | 

二、项目实施情况

项目于年初启动,全年组织培训4场,参训人员共计320人次,培训合格率达到98%。

项目资金10万元已全部支付。
"""


def test_converted_table_one_cell_a_line_is_read_as_rows():
    from assistant.importers.text_grid import bar_led_rows
    text, joined = bar_led_rows(CONVERTED)
    assert joined == 5
    assert "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t实施进度" in text.split("\n")
    assert len(text.split("\n")) == len(CONVERTED.split("\n"))       # line numbers stay
    result = _read(CONVERTED)
    got = [(i.level2, i.name, i.value) for i in result.form.indicators]
    assert got == [("数量指标", "培训场次", "不少于4场"), ("质量指标", "培训合格率", "≥95%"),
                   ("时效指标", "完成时间", "12月底前"), ("服务对象满意度指标", "学员满意度", "≥90%")]


def test_markdown_and_plain_lines_are_no_converted_table():
    from assistant.importers.text_grid import bar_led_rows
    md = "\n".join(["| 一级指标 | 二级指标 | 三级指标 | 指标值 |", "|---|---|---|---|"]
                   + ["| 产出指标 | 数量指标 | 场次%d | %d场 |" % (n, n) for n in range(8)])
    assert bar_led_rows(md) == (md, 0)
    lone = "\n".join(["产出指标", "|", "数量指标", "|", "培训场次", "|", "4场", "|"] * 2)
    assert bar_led_rows(lone)[0] == lone          # lone '|' lines between cells and no row ends: left as they are


HEADLESS = """|   产出指标
        | 
     质量指标
        | 
     道路硬化合格率
        | 
     合格
        | 
     合格
        | 
  ||||
|   产出指标
        | 
     成本指标
        | 
     每公里造价
        | 
     80万元
        | 
     78万元
        | 
  ||||
|   满意度指标
        | 
     服务对象满意度指标
        | 
     群众满意度
        | 
     ≥90%
        | 
     95%
        | 
  |||
"""


def test_rows_with_target_and_result_but_no_header():
    result = _read(HEADLESS)
    # only the row whose first value alone states a direction tells its target
    assert [(i.level2, i.name, i.value) for i in result.form.indicators] == [("服务对象满意度指标", "群众满意度", "≥90%")]
    assert "indicators" in result.unread            # the other rows are left out: no category is reported missing
    assert any("没有表头" in w for w in result.warnings)


def test_review_does_not_report_categories_of_rows_it_could_not_read():
    from assistant.review_one import review_file
    codes = [f.code for f in review_file("x.txt", data=HEADLESS.encode("utf-8")).report.findings]
    assert "indicator_category_missing" not in codes


def test_a_row_left_incomplete_is_not_a_row_unread():
    text = ("项目名称 | 某某培训 |\n一级指标 | 二级指标 | 三级指标 | 指标值 |\n产出指标 | 数量指标 | 培训场次 | 4场 |\n"
            "效益指标 | 社会效益指标 | 群众知晓率 | ≥ |\n满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90% |\n")
    result = _read(text)
    assert "indicators" not in result.unread        # the form's row has no number: the review may say so


def test_plan_dates_run_together():
    text = ("预算项目绩效目标申报表\n( 2022 年度)\n填报单位(公章):某县交通运输局\n项目名称某某站点建设经费\n"
            "项目填报人王某\n实施计划实施开始时间实施结束时间实施内容\n2022/3/12022/11/302、新建站点6处\n"
            "专项年度绩效目标通过该项目实施,新建站点6处,覆盖全部行政村。\n")
    form = _read(text).form
    assert (form.start, form.end) == ("2022-03", "2022-11")


def test_label_with_a_column_head_where_its_value_belongs_is_unread():
    # an .xlsx's text layer with its cells scrambled: 实施单位's value is printed elsewhere, a column head follows it
    text = ("某县项目支出绩效自评表 (2021年度) 项目名称 某某补助资金 主管部门 某县医疗保障局 项目资金 年初预算数 (万元) "
            "年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 12.5 12.5 10 100% 10 "
            "预期目标 实际完成情况 按时足额发放补助 已按时足额发放")
    result = _read(text)
    assert result.form.unit == ""                     # never '全年预算数'
    assert "unit" in result.unread                    # not reported missing: the form has one, misplaced
