"""Shapes of real published texts met in eval/real_more16, each read by a general rule (issue 12), written here as
new small texts (other places, projects and numbers).

- a page's raw meta tags printed first ('〈meta name=“ArticleTitle” content=“…绩效目标…”〉') are the page's, no cell; a title
  '…部门整体支出绩效目标(…)' is no goal label;
- a whole-department sheet's label printed upright, a two-character word a line ('年度' / '总体' / '目标'): the label
  年度总体目标, its '目标N:' items the annual goals; the 部门(单位)名称 of such a form is the department (eval READMEs);
- a level cell wrapped in two lines printed around its row's cells ('社会公众或服务' / name / value / '对象满意度指标'): the
  level word, the row its indicator;
- a cover's label spread over its line ('编   报   时   间    :  2021年…'): the label (fill_date);
- a goal under a table's title ending in 绩效目标 (a 公示's fund table with no project or money cell): the table's goal;
- a notice's sentence '确保年度绩效目标如期实现' names no goal;
- a short notice closed by '特此通知。' and its form attached after '附件2 | ||||': the form is read from the mark, the
  notice's function code and amounts are not the form's.
"""
from __future__ import annotations

from assistant.importers import read_bytes
from assistant.importers.text_grid import Piece, join_fragments
from assistant.importers.kv import inline_pairs
from assistant.importers import labels as L


def _read(text: str, name: str = "x.txt"):
    return read_bytes(text.encode("utf-8"), name)


WHOLE = """〈meta name=“ArticleTitle” content=“20年度部门整体支出绩效目标(某县档案馆)”〉 〈meta name=“PubDate” content=“2020-12-30 09:10:11”〉 〈meta name=“ContentSource” content=“”〉

20年度部门整体支出绩效目标(某县档案馆)

时间:2020-12-30 09:10:11 来源::

 附件3:部门整体支出绩效目标表(20.5).xls

部门整体支出绩效目标表
2020年度)
部门(单位)名称 某县档案馆 部门预算编码 301002
年度
预算
安排
(万元)
        资金总额 88.5
  项目支出 20.5
  基本支出 68
年度
总体
目标
 目标1:保障馆内人员工资按时发放;
 目标2:完成馆藏档案数字化扫描十万页。
年度
履职
目标
部门职能 年度目标任务 支出项目名称 预算金额(万元)
收集、整理和保管县级档案 完成馆藏档案数字化扫描十万页 档案数字化经费 20.5
保障人员工资 按时发放2020年人员工资 基本支出 68
       

一级指标 二级指标 三级指标 指标解释 目标值
产出指标 数量指标 档案数字化页数 100000页(计划标准) ≥100000页
档案接收进馆卷数 2000卷(历史标准) ≥2000卷
质量指标 档案著录合格率 95%(计划标准) ≥95%
档案查阅服务满意率 90%(计划标准) ≥90%
时效指标 数字化完成时间 2020年12月(计划标准) 2020年12月底前
成本指标  基本支出 
"""


def test_whole_department_stacked_goal_label_and_meta_tags():
    form = _read(WHOLE).form
    assert form.goals.annual == ["保障馆内人员工资按时发放", "完成馆藏档案数字化扫描十万页。"]
    assert form.goals.long_term == []
    assert form.department == "某县档案馆" and form.unit == ""
    assert form.department_code == "301002"
    assert form.funding.total == 88.5


def test_stacked_words_that_make_no_label_stay_apart():
    pieces = [Piece("年度", 1), Piece("履职", 2), Piece("目标", 3), Piece("部门职能", 4)]
    assert not any((L.field_of(p.text) or "").startswith("goals.") for p in join_fragments(pieces))
    pieces = [Piece("年度", 1), Piece("总体", 2), Piece("目标", 3), Piece("目标1:完成档案整理。", 4)]
    assert L.field_of(join_fragments(pieces)[0].text) == "goals.annual"


def test_level_cell_wrapped_around_its_row():
    pieces = [Piece("可持续影响指标", 1), Piece("制度健全性", 3), Piece("健全", 5),
              Piece("社会公众或服务", 7), Piece("群众满意度", 9), Piece("≥95%", 11), Piece("对象满意度指标", 13)]
    assert [p.text for p in join_fragments(pieces)] == [
        "可持续影响指标", "制度健全性", "健全", "社会公众或服务对象满意度指标", "群众满意度", "≥95%"]


COVER = """申 报 项 目 名 称:农业技术推广资金

编报单位(印章) :某市某区农业农村局

编   报   时   间    :  2022年2月15日

项目基本信息

项目名称

农业技术推广资金

实施单位

区农业农村局

资金总额

120

绩效项目指标表

一级指标

二级指标

指标内容

指标值

产出指标

数量指标

推广新品种

6个

效益指标

可持续影响指标

推广机制健全性

健全

社会公众或服务

农户满意度

≥92%

对象满意度指标
"""


def test_spaced_cover_label_and_wrapped_satisfaction_level():
    assert inline_pairs("编   报   时   间    :  2022年2月15日") == [("fill_date", "2022年2月15日")]
    form = _read(COVER).form
    assert form.fill_date == "2022-02-15"
    rows = {(i.level1, i.level2, i.name, i.value) for i in form.indicators}
    assert ("满意度指标", "服务对象满意度指标", "农户满意度", "≥92%") in rows
    assert not any(i.name == "农户满意度" and i.level2 == "可持续影响指标" for i in form.indicators)


PUBLICITY = """您的当前位置:首页>通知公告

某市农业农村局关于2022年市级乡村产业发展资金安排计划的公示

  根据有关规定,现将安排计划和绩效目标予以公示。

  公示期自2022年5月9日至5月15日,共7天。

附件:

  1、2022年市级乡村产业发展资金安排计划

  2、2022年市级乡村产业发展资金绩效目标

某市农业农村局

2022年5月9日

  2022年市级乡村产业发展资金(产业园建设方向)绩效目标

总体目标

支持产业园完善冷链仓储设施,带动周边农户增收,
"""


def test_goal_under_a_table_title_ending_in_goal():
    form = _read(PUBLICITY).form
    assert form.goals.long_term == ["支持产业园完善冷链仓储设施,带动周边农户增收,"]


NOTICE_GOAL = """某县财政局:
根据《关于下达2023年农村公路养护中央补助资金预算的通知》有关规定,现下达你县补助资金,请抓紧安排至项目单位。
一、请加快预算执行进度,强化资金监督管理,确保专款专用。年终请按要求统一编列决算。
二、本次一并下达该项资金的绩效目标(详见附件2)。请按照绩效目标做好绩效监控,确保年度绩效目标如期实现。
附件:1.2023年农村公路养护中央补助资金预算表
2.2023年农村公路养护中央补助资金预算绩效目标表
某市财政局
2023年3月2日
"""


def test_notice_sentence_names_no_goal():
    form = _read(NOTICE_GOAL).form
    assert form.goals.annual == [] and form.goals.long_term == []


SHORT_NOTICE = """水务局:
为贯彻落实《某市财政局关于下达2021年水利发展资金的通知》有关规定,现下达你单位水利发展资金500万元,用于小型水库维修项目,列2130316“水利-农村水利”支出科目。
本次下达资金标识为“01003水利发展资金”,贯穿资金分配、拨付、使用整个环节且保持不变。请你单位及时将资金支付到最终收款方,并建立台账,确保精准下达。
特此通知。
2021年6月2日
水务局:
根据资金使用情况,现收回你单位《关于下达水利发展资金的通知》中小型水库维修项目指标20万元,剩余指标480万元继续用于该项目。
本次下达资金标识为“01003水利发展资金”,贯穿资金分配、拨付、使用整个环节且保持不变。请你单位及时将资金支付到最终收款方,并建立台账,确保精准下达。
特此通知。
2021年9月8日
附件2 | |||||||
水利发展资金项目绩效目标自评表 | |||||||
(2021年度) | |||||||
转移支付(项目)名称 | 某区小型水库维修项目 | ||||||
中央主管部门 | 水利部 | ||||||
地方主管部门 | 某区财政局 | 资金使用单位 | 某区水务局 | ||||
资金情况 (万元) |
全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) | ||||
年度资金总额: | 480 | 470 | 98% | ||||
其中:中央财政资金 | 480 | 470 | 98% | ||||
地方资"""


def test_short_notice_closed_by_its_formula_then_the_attached_form():
    r = _read(SHORT_NOTICE)
    form = r.form
    assert form.function_code == ""
    assert form.unit == "某区水务局"
    assert form.department == "某区财政局"
    assert form.project_name == "某区小型水库维修项目"
    assert form.funding.total == 480


DEPARTMENT_TABLE = """→ 您的位置: 首页 >> 信息公开
某县职业中学2024项目支出绩效目标表公开
发布时间:2024-03-12 09:15:20  点击次数:210  作者: 某县职中


2024年项目支出绩效目标表公开

部门:612_某县教育局金额单位:万元
单位代码单位(专项)名称资金总额实施期绩效目标绩效指标
一级指标二级指标三级指标指标值指标值内容评(扣分标准) 度量单位指标值类型备注
612003某县职业中学48.50



  612003  实训耗材采购48.50
成本指标经济成本指标耗材采购单价上限300元/套反映每套实训耗材采购价格不超过上限得10分,每超1元扣1分-定量
社会成本指标



-定性
产出指标数量指标采购实训耗材套数1500反映采购套数足额采购得10分,每少1%扣1分-定量
质量指标耗材验收合格率95%以上验收合格套数/采购套数95%得10分,每降1%扣1分-定量
时效指标采购完成时间2024年6月30日反映采购完成时间按期完成得10分,每超出5天扣1分-定量
效益指标社会效益指标实训开出率大于85%实训课程开出情况85%得10分,每减少1%扣1分-定量
学生动手能力有所提高学生技能考核良好得10分,一般得6分-定性
满意度指标服务对象满意度指标学生对实训条件满意度90%以上满意程度90%以上得10分,每降低1%扣1分-定性



返回】"""


def test_department_table_rows_run_together_with_text_after_the_value():
    r = _read(DEPARTMENT_TABLE)
    form = r.form
    assert form.department == "某县教育局" and form.department_code == "612"
    assert form.unit == "某县职业中学" and form.project_name == "实训耗材采购"
    assert form.funding.total == 48.5 and form.funding.current_year is None
    got = {(i.level1, i.level2, i.name, i.value) for i in form.indicators}
    assert got == {
        ("成本指标", "经济成本指标", "耗材采购单价上限", "300元/套"),
        ("产出指标", "数量指标", "采购实训耗材套数", "1500"),
        ("产出指标", "质量指标", "耗材验收合格率", "95%以上"),
        ("产出指标", "时效指标", "采购完成时间", "2024年6月30日"),
        ("效益指标", "社会效益指标", "实训开出率", "大于85%"),
        ("满意度指标", "服务对象满意度指标", "学生对实训条件满意度", "90%以上"),
    }


def test_tail_row_abstains_where_the_name_and_value_cannot_be_told_apart():
    from assistant.importers.text_grid import tail_row
    roles = ["level1", "level2", "name", "value", "standard", "standard", "unit", "op", "note"]
    assert tail_row("学生动手能力有所提高学生技能考核良好得10分,一般得6分-定性", roles) is None   # worded target
    assert tail_row("全县65岁以上老人健康管理率90%以上反映管理情况得10分-定量", roles) is None      # a figure in the name
    assert tail_row("资金到位率90%", roles) == [(2, "资金到位率"), (3, "90%")]
    assert tail_row("生均补助标准17元/人·天反映标准得10分-定量", roles)[1] == (3, "17元/人·天")
    assert tail_row("社会成本指标", roles) == [(1, "社会成本指标")]
    assert tail_row("-定性", roles) == []


def test_department_table_with_two_projects_gives_no_project():
    text = DEPARTMENT_TABLE.replace("  612003  实训耗材采购48.50\n", "  612003  实训耗材采购28.50\n  612003  教师培训20.00\n")
    form = _read(text).form
    assert form.project_name == "" and form.funding.total is None      # which 专项 is the form's: not guessed
    assert len(form.indicators) == 6                                    # the table's rows are still read


PROJECT_LIST = """某市交通运输局2025年项目绩效目标和指标

单位编码

单位名称(项目类别
/支出项目)

年度预算安排

项目内容

绩效目标

某市交通运输局

52300000

 041002

 某市公路事业发展中心

8800000

  其他运转类

650000

   041002

   某市农村公路安全生命防护工程项目

650000

【项目概况】:该项目为农村公路安全生命防护工程,共计12处。

【总体目标】

完成12处农村公路安全生命防护工程建设
"""


def test_department_list_one_cell_a_paragraph():
    form = _read(PROJECT_LIST).form
    assert form.project_name == "某市农村公路安全生命防护工程项目"
    assert form.unit == "某市公路事业发展中心"
    assert form.department == "某市交通运输局"
    assert form.funding.total is None              # no money unit stated: the amounts are not read
    assert form.goals.annual == []                 # the head's 绩效目标 over the department's row: no goal
    assert form.goals.long_term == ["完成12处农村公路安全生命防护工程建设"]     # 【总体目标】: the label in its heading brackets


def test_heading_bracket_label():
    from assistant.importers import labels as L
    assert L.field_of("【项目概况】") == "overview" and L.field_of("【项目名称】") == "project_name"
    assert L.field_of("【产出指标-数量指标】") is None
