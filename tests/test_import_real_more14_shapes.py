"""Shapes of real published texts met in eval/real_more14, each read by a general rule (issue 12), written here as
new small texts (other places, projects and numbers).

- a self-evaluation's indicator header whose value column carries a mark ('年初目标值(A)') under a row title naming the
  year ('年度绩效目标 (80分)'): the text is read (it raised KeyError), its targets from 年初目标值, never 实际完成值 or 得分;
- an older bare 二级 word '环境效益' (as '经济效益' / '社会效益'): a 二级 cell, read 环境效益指标, so its rows are placed;
- amounts printed with no unit anywhere ('资金总额 / 3600000.0000', a budget system's 元): read in 元 and given in 万元
  with a warning; any unit stated in the text, or a figure that is plausible in 万元, leaves them as they are;
- '中期目标 / 年度目标' over more paragraphs than cells: each cell's paragraphs open with the same heads ('水源监测:', '末梢水监测:' or
  '1.', '2.'), so a cell begins where the first head comes again; heads that come again but not as one run per cell
  are not guessed;
- a parallel indicator header printed one cell a paragraph with its scope notes ('二级指标(长期)'), in a text whose lines
  run cells together: the notes stay with their heads (two column groups), and the last row, cut by the end of the
  text, is left out while the rows before it are read;
- a 项目预算 cell with its amount beside it is the total; the same words in a report's sentence or its numbered heading
  ('(二)项目预算') are not;
- labels run into their values ('填报单位(公章):某局', '项目名称某经费'): the stamp note stays with its label; a page title
  '…分局2022年度绩效目标公开' holds no label (its 年度 is the year's), so no goal is read from it;
- a report in numbered prose with its form attached ('附件1' / '…绩效目标自评表 |'): the form is read from its title on
  (the report's sentences give no goal, '总体绩效目标和绩效指标均已完成' is no label), '政策(项目)名称' is the project's name,
  and sources by level ('市级财政资金', '县级财政资金') are no 财政拨款 line: total only;
- a self-evaluation's result cell that prints the indicator's name again ('建成…设施 / 0 / 选址调整…') is cut as a row
  of its own: it is no second target of that indicator;
- indicators told in a budget description's prose ('设1条数量指标:…≥1个月;…') with no project, unit, money or goal: no
  form's indicators; the next list item's number ('…资金等。2.上年结转') is no amount of the label before it.
"""
from __future__ import annotations

from assistant.importers import read_bytes


def _read(text: str, name: str = "x.txt"):
    return read_bytes(text.encode("utf-8"), name)


def _inds(form) -> list[tuple[str, str, str, str]]:
    return [(i.scope, i.level2, i.name, i.value) for i in form.indicators]


SELF_EVAL = """2023年度文化下乡项目自评表
项目名称 | 文化下乡 | ||||||
主管部门 | 某市文化局 | 项目实施单位 | 某市群众艺术馆 | ||||
预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 | ||||
年度财政资金总额 | 12 | 12 | 100% | 20 | ||||
年度绩效目标 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | ||
产出指标(40分) | 数量指标 | 送戏下乡场次 | ≥30场 | 32场 | 10 | |||
质量指标 | 演出合格率 | 100% | 100% | 10 | |||
效益指标(30分) | 社会效益 | 群众文化生活 | 明显改善 | 明显改善 | 10 | |||
"""


def test_self_evaluation_header_with_marked_value_column_is_read():
    r = _read(SELF_EVAL)
    f = r.form
    assert f.project_name == "文化下乡"
    assert f.funding.total == 12
    assert _inds(f) == [("annual", "数量指标", "送戏下乡场次", "≥30场"),
                        ("annual", "质量指标", "演出合格率", "100%"),
                        ("annual", "社会效益指标", "群众文化生活", "明显改善")]


ENVIRONMENT = """某县公园管护项目绩效自评表
项目名称 | 公园管护 | |||||
绩效目标 | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |
产出指标 | 数量指标 | 管护面积 | 12万平方米 | 12万平方米 | 10 |
效益指标 | 环境效益 | 绿地病虫害发生率 | ≤5% | 3% | 10 |
公园保洁覆盖 | 全覆盖 | 全覆盖 | |||
"""


def test_bare_environment_benefit_word_is_a_level2_cell():
    f = _read(ENVIRONMENT).form
    assert _inds(f) == [("annual", "数量指标", "管护面积", "12万平方米"),
                        ("annual", "环境效益指标", "绿地病虫害发生率", "≤5%"),
                        ("annual", "环境效益指标", "公园保洁覆盖", "全覆盖")]
    assert all(i.level1 in ("产出指标", "效益指标") for i in f.indicators)


def _cells(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


YUAN = _cells("某区档案局2021年项目支出绩效目标表", "项目名称", "档案数字化加工", "实施单位", "某区档案馆",
              "项目资金", "资金总额", "3600000.0000", "其中:财政拨款", "3600000.00", "其他资金", " ",
              "年度目标", "完成馆藏档案数字化加工20万页。")


def test_amounts_with_no_unit_anywhere_too_large_for_wan_are_yuan_and_others_are_left():
    r = _read(YUAN)
    assert r.form.funding.total == 360
    assert r.form.funding.current_year == 360
    assert any("元" in w and "请核对" in w for w in r.warnings)
    # a unit stated anywhere, or a figure plausible in 万元: left as it is
    stated = YUAN.replace("项目资金", "项目资金(万元)")
    assert _read(stated).form.funding.total == 3600000
    small = YUAN.replace("3600000.0000", "36.0000").replace("3600000.00", "36.00")
    assert _read(small).form.funding.total == 36


GOAL_COLUMNS = _cells("项目名称", "城乡供水水质监测", "实施单位", "某县疾病预防控制中心", "总体目标", "中期目标", "年度目标",
                      "水源监测:三年内建立覆盖全县集中式水源地的水质监测网络,定期发布监测结果。",
                      "末梢水监测:三年内实现农村供水工程末梢水监测全覆盖,保障群众饮水安全。",
                      "水源监测:全年完成集中式水源地水质监测48次,及时报送监测数据。",
                      "末梢水监测:全年完成农村末梢水抽检300份,合格情况按季通报。",
                      "绩效指标表")


def test_goal_cells_printed_one_after_the_other_are_cut_where_their_heads_come_again():
    g = _read(GOAL_COLUMNS).form.goals
    assert [x[:5] for x in g.long_term] == ["水源监测:", "末梢水监测"]
    assert "三年内" in g.long_term[1]
    assert [x[:5] for x in g.annual] == ["水源监测:", "末梢水监测"]
    assert all("全年" in x for x in g.annual)


def test_numbered_goal_cells_restart_their_numbers():
    text = _cells("项目名称", "乡村道路养护", "实施单位", "某镇人民政府", "中期目标", "年度目标",
                  "1.三年内完成全镇村道路面修复,路况优良率稳步提高。", "2.建立村道日常养护长效机制,养护责任落实到村。",
                  "1.全年修复村道路面破损3000平方米,及时处置路面病害。", "2.全年开展村道巡查养护不少于24次,记录完整。")
    g = _read(text).form.goals
    assert len(g.long_term) == 2 and all("三年内" in x or "长效" in x for x in g.long_term)
    assert len(g.annual) == 2 and all("全年" in x for x in g.annual)


def test_heads_that_come_again_but_not_once_per_cell_are_not_guessed():
    text = _cells("项目名称", "乡村道路养护", "实施单位", "某镇人民政府", "中期目标", "年度目标",
                  "路面:三年内完成全镇村道路面修复,路况优良率稳步提高。", "路面:全年修复村道路面破损3000平方米。",
                  "路面:全年开展村道巡查养护不少于24次。")
    g = _read(text).form.goals
    assert g.long_term == [] and g.annual == []


PARALLEL = """索 引 号 11223344/2021-00012 发布日期 2021-01-20
发布机构 某市某区统计局 有 效 性 有效
某区统计局2021年项目支出绩效目标表

项目名称

农业普查经费

实施单位

区统计局机关

绩效项目指标表

一级指标

二级指标(长期)

三级指标(长期)

指标值(长期)

二级指标(年度)

三级指标(年度)

指标值(年度)

产出指标

数量指标

普查分析报告

3篇

数量指标

普查分析报告

3篇

产出指标

数量指标

普查员业务培
"""


def test_scope_notes_stay_with_their_heads_and_the_stopped_row_is_left_out():
    r = _read(PARALLEL)
    assert _inds(r.form) == [("long_term", "数量指标", "普查分析报告", "3篇"), ("annual", "数量指标", "普查分析报告", "3篇")]
    assert any("普查员业务培" in w and "中断" in w for w in r.warnings)


PROSE = """
12
1条数量指标:巡检服务月份≥12个月;设 1条质量指标:
系统故障修复率≥95%;设 1条时效指标:资金支付及
时率=100%;设 1条满意
度指标:使用人员满意度≥90%。
第三部分:名词解释
1.一般公共预算拨款:是指本级财政当年拨付的资金,包含纳入一般公共预算管理的非税收入安排的资金、其他收入安排的资金等。
2.上年结转:指以前年度尚未完成、结转到本年按有关规定继续使用的资金。
3.基本支出:指为保障机构正常运转而发生的人员经费和日常公用经费。
"""


def test_prose_indicators_and_list_numbers_of_a_text_with_no_form_are_not_read():
    r = _read(PROSE)
    assert r.form.indicators == []
    f = r.form.funding
    assert (f.total, f.carryover, f.current_year, f.other) == (None, None, None, None)


BUDGET_CELL = """項目支出績效目標申報表 | ||||||
申報單位:某市青少年活動中心 | 金額單位:萬元 | |||||
項目名稱 | 青少年科技節 | |||||
項目預算 | 18 | 項目類型 | □ 常年性項目 □ 一次性項目 | |||
"""


def test_a_project_budget_cell_is_the_total_but_a_report_sentence_or_heading_is_not():
    f = _read(BUDGET_CELL).form
    assert f.funding.total == 18 and f.funding.current_year is None
    assert f.attribute == ""
    report = ("某县2023年度青少年科技节项目绩效自评报告\n一、项目基本情况\n(二)项目预算\n"
              "项目预算18万元,实际支出17.5万元,预算执行率97.2%。\n")
    assert _read(report).form.funding.total is None


RUN_ON = """手机版
登录|注册
政府信息公开
归档时间:
已归档

某市生态环境局某县分局2022年度绩效目标公开

2022-08-15 09:30 信息来源:某县财政局
预算项目绩效目标申报表
( 2022 年度)
填报单位(公章):某市生态环境局某县分局
项目名称大气污染防治监测经费
项目填报人李明
填报人联系电话13900001111
专项立项依据  《大气污染防治行动计划》及省、市空气质量监测工作要求。
专项长期绩效目标1、全县空气质量优良天数比例稳步提高。
专项年度绩效目标    完成全县空气自动监测站点运行维护,确保数据有效率达到90%以上。
"""


def test_labels_run_into_values_keep_a_stamp_note_and_a_title_year_is_no_label():
    f = _read(RUN_ON).form
    assert f.unit == "某市生态环境局某县分局"
    assert f.project_name == "大气污染防治监测经费"
    assert f.goals.annual == ["完成全县空气自动监测站点运行维护,确保数据有效率达到90%以上。"]


ATTACHED = """一、项目基本情况
(一)绩效目标情况
完成全镇12个村级综合文化服务中心提档升级,并确保正常开放。
(二)资金安排情况
财政年初预算25万元,年初下达资金指标25万元,实际到位25万元。
二、绩效目标完成情况分析
严格按照镇财务管理制度执行预算,2023年该项目预算25万元,实际支出24.6万元。
(二)总体绩效目标完成情况分析
总体绩效目标和绩效指标均已完成,服务中心开放率达到100%。
(三)绩效指标完成情况分析
年度内完成12个服务中心提档升级,设施设备配置到位,开放运行良好。
(四)项目效益分析
丰富了群众文化生活,群众参与文化活动人次明显增加,群众满意度达95%以上。
三、偏离绩效目标的原因和下一步改进措施
项目按计划实施,无偏离情况,下一步将加强日常管理和服务人员培训。
四、绩效自评结果拟应用和公开情况
评价结果将用于调整预算安排方式、优化支出结构,建议2024年度安排预算资金30万元。
五、其他需要说明的问题
无
附件:1.村级综合文化服务中心提档升级项目绩效目标自评表
2.2023年度村级综合文化服务中心提档升级项目支出绩效评价得分表
3.2023年度村级综合文化服务中心提档升级项目资金使用明细
4.2023年度村级综合文化服务中心提档升级项目验收资料
5.2023年度村级综合文化服务中心群众满意度调查汇总
附件1
村级综合文化服务中心提档升级项目绩效目标自评表 |
|||||||
(2023年度) |
|||||||
政策(项目)名称 |
村级综合文化服务中心提档升级 |
||||||
项目主管部门 |
某县文化广播电视和旅游局 |
资金使用单位 |
某县某镇人民政府 |
||||
项目资金 |
|
全年预算数 |
全年执行数 |
预算执行率 |
|||
年度资金总额: |
25 |
24.6 |
98.4% |
||||
其中:中央、省补助 |
|
|
|
||||
市级财政资金 |
|
|
|
||||
县级财政资金 |
25 |
24.6 |
98.4% |
||||
其他资金 |
|
|
|
||||
总体
"""


def test_a_form_attached_after_a_report_is_read_from_its_title_and_sources_by_level_are_no_appropriation():
    r = _read(ATTACHED)
    f = r.form
    assert f.project_name == "村级综合文化服务中心提档升级"
    assert f.department == "某县文化广播电视和旅游局"
    assert f.unit == "某县某镇人民政府"
    assert f.year == 2023
    assert f.funding.total == 25 and f.funding.current_year is None
    assert f.goals.long_term == [] and f.goals.annual == []


RESULT_ROW = _cells("转移支付区域(项目)绩效目标自评表", "(2021年度)", "转移支付(项目)名称", "农村污水治理补助资金",
                    "地方主管部门", "某市生态环境局", "实施单位", "水环境科", "一级指标", "二级指标", "三级指标", "年度指标值",
                    "全年完成值", "未完成原因和改进措施", "产出指标", "数量指标", "建成农村污水处理设施", "20座",
                    "建成农村污水处理设施", "0", "选址调整后重新开展前期工作,项目延期至次年实施。")


def test_a_result_cell_that_repeats_the_indicator_name_is_no_second_target():
    f = _read(RESULT_ROW).form
    assert _inds(f) == [("annual", "数量指标", "建成农村污水处理设施", "20座")]
