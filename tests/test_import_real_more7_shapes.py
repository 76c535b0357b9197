"""Shapes of real published forms met in eval/real_more7, each read by a general rule (issue 12), written here as
new small texts (other projects, other numbers):

- rows with ' | ' and runs of '|': a row that holds an amount is label | value pairs, never a budget table's header
  ('项目名称 | … | 预算金额 | 48万元'); a row of funding sources (a heading merged down the two rows) over a row of
  bare amounts, one amount a source; a goal written under level words ('年度绩效总目标 | 产出指标 | …' and
  '效益指标 | …' on the next row): two goal items, and the prose's clauses with a target its indicators;
- cells run together a row per line after a page's header (breadcrumbs, index rows): the share of such lines is
  counted from the form on; a source word inside a name ('…补助地方资金(…)') does not cut it; a bare number printed
  twice in a self-evaluation row ('2020': target and result, or a score) leaves the row out; goal-table heads run
  together are no goal;
- one cell per paragraph with level words ending in 值 ('产出值', '数量值', '经济效益值') under '一级 / 二级 / 三级 /
  年度数值', and the site's footer after the table ('…主办', '网站监督电话') no indicator.
"""
from __future__ import annotations

from assistant.importers import read_bytes
from assistant.importers.kinds import fits_field


def _read(text: str, name: str = "x.txt"):
    return read_bytes(text.encode("utf-8"), name)


PIPES = (
    "项目名称 | 城区古树名木养护经费 | 预算金额 | 48万元 | ||\n"
    "预算单位 | 某市园林局 | 联系电话 | 3312456 | 主管部门 | 某市住房和城乡建设局 |\n"
    "实施单位 | 某市园林局 | 项目负责人 | 王建平 | 起止时间 | 2024年1月—12月 |\n"
    "资金来源(万元) | 财政拨款 | 政府性基金 | 上年结转 | 债券资金 | 其他 |\n"
    "43 | 0 | 5 | 0 | 0 | |\n"
    "项目概述(情况介绍) | 城区共有挂牌古树名木312株,需开展日常养护、病虫害防治和复壮工作,保护城市绿色文化遗产。 | ||||\n"
    "年度绩效总目标 | 产出指标 | 养护古树名木数量312株;病虫害防治次数4次;古树复壮完成率≥90%。 | |||\n"
    "效益指标 | 古树名木保存率≥98%;市民爱绿护绿意识明显增强;古树名木挂牌率100%。 | ||||\n"
    "资金拨付对象 | 某市园林局 | ||||\n"
)


def test_a_row_holding_an_amount_is_pairs_not_a_budget_header():
    f = _read(PIPES).form
    assert f.project_name == "城区古树名木养护经费"
    assert f.funding.total == 48


def test_funding_sources_over_bare_amounts_one_amount_a_source():
    r = _read(PIPES)
    f = r.form.funding
    assert (f.current_year, f.carryover, f.other) == (43, 5, 0)
    assert not any("不像是" in w for w in r.warnings)          # no source word offered as an amount
    assert any("政府性基金" in u for u in r.unplaced)            # a source with no field of the form: named, not placed


def test_goal_written_under_level_words():
    f = _read(PIPES).form
    assert f.goals.annual == ["养护古树名木数量312株;病虫害防治次数4次;古树复壮完成率≥90%。",
                              "古树名木保存率≥98%;市民爱绿护绿意识明显增强;古树名木挂牌率100%。"]
    got = {(i.level1, i.name, i.value) for i in f.indicators}
    assert ("产出指标", "养护古树名木数量", "312株") in got
    assert ("产出指标", "古树复壮完成率", "≥90%") in got
    assert ("效益指标", "古树名木保存率", "≥98%") in got
    # the clause before a target, after a clause with none of its own
    assert ("效益指标", "古树名木挂牌率", "100%") in got
    assert not any("意识" in i.name for i in f.indicators)


RUN_ON = "\n".join([
    "首页 > 信息公开 > 财政资金",
    "索引号",
    "11500000MB1234567X/2023-00012",
    "发布机构",
    "某县水利局",
    "成文日期",
    "2023-06-30",
    "水利发展资金绩效目标自评表",
    "时间:2023-06-30 | 来源:某县水利局",
    "   水利发展资金(农村饮水工程维修养护)绩效目标自评",
    "(2022年度)",
    "转移支付(项目)名称水利发展补助地方资金(农村饮水工程维修养护)",
    "中央主管部门水利部",
    "地方主管部门某县水利局资金使用单位某县农村供水站",
    "项目资金",
    "(万元)",
    "全年预算数(A)全年执行数(B)预算执行率(B/A)",
    "年度资金总额:300300100%",
    " 其中:中央补助300300100%",
    "地方资金",
    "",
    " 其他资金",
    "",
    "绩效指标一级",
    "指标",
    "二级指标三级指标指标值全年实际完成值未完成原因和改进措施",
    "数量指标维修养护农村供水工程3030",
    "质量指标维修工程验收合格2020",
    "时效指标按期完成维修任务1010",
    "社会效益",
    "指标",
    "受益人口饮水安全保障2020",
    "满意度指标服务对象",
    "满意度指标",
    "受益群众满意度2020",
])


def test_cells_run_together_after_a_page_header():
    r = _read(RUN_ON)
    f = r.form
    assert f.project_name == "水利发展补助地方资金(农村饮水工程维修养护)"     # the source word inside the name
    assert f.department == "某县水利局"
    assert f.unit == "某县农村供水站"
    assert f.funding.total == 300                     # 预算数 / 执行数 / 执行率 run together: the budget
    assert f.funding.carryover is None and f.funding.other is None


def test_a_bare_number_printed_twice_leaves_its_row_out():
    r = _read(RUN_ON)
    assert r.form.indicators == []                    # '2020': 20 and 20 — target, result or score, not told apart
    assert any("无法分辨" in w for w in r.warnings)
    assert "indicators" in r.unread


def test_goal_table_heads_run_together_are_no_goal():
    assert not fits_field("goals.long_term", "完成情况总体目标全年实际完成情况")
    assert not fits_field("goals.annual", "年初设定目标全年实际完成情况")
    assert fits_field("goals.long_term", "完成年度农村饮水工程维修养护任务,保障群众饮水安全。")


def _paragraphs(*cells: str) -> str:
    return "\n\n".join(cells) + "\n"


VALUE_LEVELS = _paragraphs(
    "某县实验中学项目支出目标申报表", "(2024年度)",
    "项目名称", "初中教育公用经费",
    "项目主管部门", "某县实验中学",
    "项目资金申请(万元)", "资金总额:", "512.4", "财政拨款:", "512.4", "其他:",
    "项目总体情况", "按照生均公用经费标准拨付,主要用于学校教学、办公及校舍维护等支出。",
    "一级", "二级", "三级", "年度数值", "备注",
    "产出值", "数量值", "初中在校学生人数", "<=4210人",
    "质量值", "办学条件改善", "=100%",
    "成本值", "初中生均公用经费", "980元/生/年",
    "效益值", "社会效益值", "教育教学质量提升", "有效",
    "可持续影响值", "学生受益面", "=100%",
    "网站地图 | 联系我们",
    "某县人民政府主办  某县人民政府办公室承办",
    "地址:某县人民路1号  网站监督电话:0000-1234567",
)


def test_level_words_ending_in_zhi():
    f = _read(VALUE_LEVELS).form
    got = [(i.level1, i.level2, i.name, i.value) for i in f.indicators]
    assert ("产出指标", "数量指标", "初中在校学生人数", "≤4210人") in got
    assert ("产出指标", "成本指标", "初中生均公用经费", "980元/生/年") in got
    assert ("效益指标", "社会效益指标", "教育教学质量提升", "有效") in got
    assert ("效益指标", "可持续影响指标", "学生受益面", "=100%") in got
    assert len(got) == 5                              # the site's footer is no indicator row


INDENTED = "\n\n".join("    " + c for c in (
    "某省2024年以工代赈示范工程某县某镇灌溉渠道改造工程", "中央预算内投资计划绩效目标表", "(2024年度)",
    "专项名称", "某省2024年以工代赈示范工程某县某镇灌溉渠道改造工程",
    "下达地方或单位", "某县发展改革委",
    "本次下达中央预算内投资(万元)", "612",
    "总体目标", "实施以工代赈灌溉渠道改造,按不低于中央投资30%的比例发放劳务报酬,带动当地群众就近就业增收。",
    "级指标", "二级指标", "三级指标", "指标值",
    "实施效果指标", "产出指标", "劳务报酬占中央投资比例", "≥31%",
    "效益指标", "灌溉条件", "持续改善",
    "过程管理指标", "资金管理指标", "中央预算内投资支付率", "≥90%",
    "文件下载", "政策咨询", "如果您对该政策文件有疑问,可以拨打标题上方的电话咨询相关部门。", "标签:",
)) + "\n"


def test_investment_plan_form_with_its_first_header_word_cut():
    f = _read(INDENTED).form
    assert f.funding.total == 612                     # 本次下达中央预算内投资: the form's one amount
    got = [(i.level1, i.level2, i.name, i.value) for i in f.indicators]
    assert ("过程管理指标", "资金管理指标", "中央预算内投资支付率", "≥90%") in got
    assert any(i.name == "劳务报酬占中央投资比例" and i.value == "≥31%" for i in f.indicators)
    assert len(got) == 3                              # '文件下载' / the page's help sentence: page text, no rows


PUBLIC_TABLE = (
    "| 2025年度预算项目绩效目标公开表 | |||||||\n"
    "| 项目名称 | 某市第三中学学生资助经费 | ||||||\n"
    "| 项目主管部门 | 某市教育局 | 项目实施单位 | 某市第三中学 | ||||\n"
    "| 项目资金 (万元) | 合计 | 180 | |||||\n"
    "| 一般公共预算拨款 | 小计 | 160 | |||||\n"
    "| 市本级 | 160 | ||||||\n"
    "| 其他资金 | 20 | ||||||\n"
    "| 年度绩效目标 | 按标准发放学生资助,保障家庭经济困难学生顺利完成学业。 | ||||||\n"
    "| 中期绩效目标 | 建立健全学生资助体系,实现应助尽助,不让一个学生因家庭经济困"
)


def test_a_total_word_between_a_funding_row_and_its_amount():
    r = _read(PUBLIC_TABLE)
    f = r.form.funding
    assert (f.total, f.current_year, f.other) == (180, 160, 20)   # 合计 of 项目资金, 小计 of the appropriation
    assert not any("小计" in w for w in r.warnings)


def test_medium_term_goal_label_and_a_goal_cut_by_the_text_end_is_kept():
    f = _read(PUBLIC_TABLE).form
    # 中期绩效目标 is the long-term goal's label; a goal cut by the end of the text is read as far as it goes
    # (../shared/corpus/real 006 keeps its cut 总体目标)
    assert f.goals.long_term == ["建立健全学生资助体系,实现应助尽助,不让一个学生因家庭经济困"]
    assert f.goals.annual == ["按标准发放学生资助,保障家庭经济困难学生顺利完成学业。"]


YUAN_AFTER = _paragraphs(
    "某县县级预算部门项目支出绩效目标申报表", "(2024年度)",
    "项目名称", "2024年非遗保护经费",
    "主管部门及代码", "405-某县文化和旅游局",
    "资金总额:", "800,000",
    "项目资金 (元)", "单位自筹", "其他资金",
    "项目概况", "主要用于非遗传承人补助、非遗展演和宣传等支出。",
)


def test_the_funding_headings_one_unit_holds_for_an_amount_printed_before_it():
    f = _read(YUAN_AFTER).form
    assert f.funding.total == 80                      # 800,000 元: the heading '项目资金 (元)' printed after it


def test_headings_naming_two_units_assume_none():
    text = YUAN_AFTER.replace("资金总额:", "项目资金(万元)\n\n资金总额:").replace("800,000", "80")
    assert _read(text).form.funding.total == 80       # 万元 then 元: the amount as its own heading says


WRAPPED_HEAD = "\n".join([
    "项目名称 乡镇综合文化站免费开放经费",
    "主管部门 某区文化和旅游局   实施单位 某区文化和旅游局",
    "绩效指标 一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施",
    "指标值 完成值",
    "产出指标 数量指标 指标1:免费开放文化站数量 12个 12个 10 10",
    "质量指标 指标1:群众活动开展率 ≥90% 93% 10 9",
    "效益指标 社会效益指标 群众文化生活丰富程度 明显提升 较好 20 18",
    "总分   100 95",
])


def test_header_words_wrapped_onto_the_next_line():
    f = _read(WRAPPED_HEAD).form
    got = [(i.level2, i.name, i.value) for i in f.indicators]
    # '年度' / '指标值' and '实际' / '完成值': the target column, never what was done
    assert ("数量指标", "指标1:免费开放文化站数量", "12个") in got
    assert ("质量指标", "指标1:群众活动开展率", "≥90%") in got
    assert ("社会效益指标", "群众文化生活丰富程度", "明显提升") in got
    assert len(got) == 3                              # 总分 sums the scores: no indicator


def test_a_goal_cut_by_the_text_end_in_cells_is_kept_and_a_split_heading_joined():
    text = _paragraphs("项目名称", "社区居家养老服务补助", "年度资金总额", "30", "其中:财政拨款", "30",
                       "总体", "目标", "为辖区高龄独居老人提供助餐、助洁等居家养老服务,服务覆盖")
    f = _read(text).form
    # '总体' / '目标': one heading printed over two cells; its goal, cut by the end of the copy, read as far as it goes
    assert f.goals.long_term == ["为辖区高龄独居老人提供助餐、助洁等居家养老服务,服务覆盖"]
    marked = "项目名称 |\n社区居家养老服务补助 |\n年度总体目标 |\n1.为辖区高龄独居老人提供助餐服"
    assert _read(marked).form.goals.annual == ["为辖区高龄独居老人提供助餐服"]
