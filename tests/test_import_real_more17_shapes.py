"""Shapes of real published texts met in eval/real_more17, each read by a general rule (issue 12), written here as
new small texts (other places, projects and numbers).

- a field label wrapped inside its cell, the converter printing a space where it broke ('其中:当年财政 拨款'), in a run of
  an .xls's cells: the label (text_grid.unwrap_labels) — a value before a label keeps its space ('某某项目 资金总额');
  a self-evaluation's funding row whose amounts carry their unit ('86.4万元 86.4万元 80.2万元 10 92.8% 9'): a cell each;
- a self-evaluation's goal cell holding the target column and the column of what was done interleaved line by line
  ('1.做好… 1.做好…覆盖面 覆盖面。'), or the done column's head inside it ('年度 总体 目标 95.00% 实际完成情况 已完成…'):
  which words are the goal cannot be told — the goal is unread, never read from the mix;
- two goal columns side by side ('中期目标(2025年—2027年) 年度目标') over one paragraph a line: the first paragraph the
  first column's, the second the second's;
- a whole-department sheet's bare '部门' cell: the department (never a word of 财政部门 inside a text);
- a scrambled page of two forms whose second title follows the first form's name label: the first form only.
"""
from __future__ import annotations

from assistant.importers import read_bytes
from assistant.importers import labels as L
from assistant.importers.text_dump import parallel_goals
from assistant.importers.text_grid import split_run, unwrap_labels


def _read(text: str, name: str = "x.txt"):
    return read_bytes(text.encode("utf-8"), name)


XLS_RUN = """2022年残疾人康复经费绩效自评表 -.xls
附件2 项目支出绩效自评表 ( 2022 年度) 项目名称 残疾人康复经费 主管部门 宜春市残疾人联合会 项目资金(万元) 实施单位 宜春市残疾人联合会 年初预算数 全年预算数 全年执行数 分值 执行率(全年 执行数/全年 预算数) 年度资金总额: 86.4万元 86.4万元 80.2万元 10 92.8% 9 其中:当年财政 拨款 86.4万元 86.4万元 80.2万元 10 92.8% 9 得分 上年结转资金 其他资金 预期目标 实际完成情况 1.做好残疾儿童康复救助,提高康复服务 1.做好残疾儿童康复救助,提高康复服务覆盖面 覆盖面。 2.开展辅具适配 2.开展辅具适配服务工作 服务工作。
"""


def test_wrapped_label_and_amounts_with_their_unit_in_a_run():
    r = _read(XLS_RUN)
    assert r.form.project_name == "残疾人康复经费"
    assert r.form.unit == "宜春市残疾人联合会"
    assert r.form.funding.total == 86.4          # 年初预算数, not the 执行数 80.2
    assert r.form.funding.current_year == 86.4


def test_unwrap_labels_only_across_a_label():
    assert unwrap_labels("其中:当年财政 拨款 86.4万元") == "其中:当年财政拨款 86.4万元"
    assert unwrap_labels("某某道路建设项目 资金总额 100") == "某某道路建设项目 资金总额 100"
    assert unwrap_labels("宜春市残疾人联合会 实施单位") == "宜春市残疾人联合会 实施单位"
    assert split_run("项目名称 某某道路建设项目 资金总额 100")[:3] == ["项目名称", "某某道路建设项目", "资金总额"]


def test_interleaved_goal_columns_are_unread():
    r = _read(XLS_RUN)
    assert r.form.goals.annual == [] and r.form.goals.long_term == []
    assert "goals.annual" in r.unread


SCRAMBLED_TWO = """某区文化馆2023年度项目自评价.pdf
财政项目支出绩效自评表 (2023 年度) 社区文化活动补 助费用 项目名称 主管部门 上海市某区文化旅游局 年初预算数 全年预算数 全年执行数 分值 执行率 得分 80000.00 80000.00 76,000.0 10 9.5 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元) 上海市某区文化馆 实施单位 其中:当年财政拨款 预期目标 年度 总体 目标 95.00% 实际完成情况 已完成社区文化活动补助发放。 一级指标 二级指标 数量指标 三级指标 活动场次 年度 指标值 实际 完成值 分值 得分 =20场 20场 10 10 产出指标 绩 效 指 标 总分 -1- 财政项目支出绩效自评表 (2023 年度) 项目名称 非遗保护经费 主管部门 上海市某区文化旅游局 年初预算数 全年预算数 全年执行数 分值 执行率 得分 30000.00 30000.00 25,000.0 10 8.3 预期目标 年度 总体 目标 完成非遗项目保护。
"""


def test_second_form_after_a_title_again_and_done_head_inside_goal():
    r = _read(SCRAMBLED_TWO)
    assert r.form.project_name != "非遗保护经费"          # the second form's name is no field of the first
    assert r.form.goals.annual == []                      # '年度 总体 目标 95.00% 实际完成情况 已完成…' is no goal
    assert any("不止一个项目" in w for w in r.warnings)


PARALLEL = """黄山市林业局2025年森林防火经费项目支出预算绩效目标表

发布时间:2025-02-10
项目支出绩效目标申报表
(  2025  年度)
项目名称 保障运转类-黄山市森林防火经费
主管部门及代码 [071]黄山市林业局 实施单位 黄山市林业局
项目属性 常年项目 项目期  3年 
项目资金
(万元)
 中期资金总额:       60.00   年度资金总额:       20.00 
   其中:财政拨款       60.00     其中:财政拨款       20.00 
         其他资金       0.00           其他资金       0.00 


中期目标(2025年—2027年) 年度目标
通过项目实施,健全全市森林防火责任体系,完善防火设施建设,提升火情早期发现和处置能力,实现森林火灾受害率控制在0.9‰以内。
通过项目实施,开展森林防火宣传和隐患排查,做好防火物资储备,确保全年不发生重大森林火灾。
"""


def test_parallel_goal_columns_one_paragraph_a_line():
    r = _read(PARALLEL)
    assert r.form.goals.long_term == ["通过项目实施,健全全市森林防火责任体系,完善防火设施建设,提升火情早期发现和处置能力,"
                                      "实现森林火灾受害率控制在0.9‰以内。"]
    assert r.form.goals.annual == ["通过项目实施,开展森林防火宣传和隐患排查,做好防火物资储备,确保全年不发生重大森林火灾。"]


def test_parallel_goal_columns_wrapped_are_left_as_printed():
    three = PARALLEL.rstrip("\n") + "\n做好森林消防队伍建设和培训演练工作,提高扑救能力。\n"
    assert parallel_goals(three) == three


WHOLE = """部门整体支出绩效自评表 | |||||||||||||
(2024年度) | |||||||||||||
部门 | 岳西县农村公路养护服务中心 | ||||||||||||
预算资金 (万元) |
年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | |||||||
年度资金总额 | 156.2 | 156.2 | 150.0 | 10 | 96.03% | ||||||||
其中:当年财政拨款 | 156.2 | 156.2 | 150.0 | — | 96.03% | — | |||||||
"""


def test_bare_department_cell_of_a_whole_department_sheet():
    r = _read(WHOLE)
    assert r.form.department == "岳西县农村公路养护服务中心"
    assert L.field_of("部门") == "department"
    assert "部门" not in split_run("主管部门意见 经财政部门审核同意")


COVER = """某市林业局2018年度项目支出绩效评价报告

财政支出项目绩效评价报告

     项目名称:          林木种苗培育

     项目单位:          某市林业局

     主管部门:

     评价时间: 2019520日至 2019525

     组织方式:财政部门     主管部门     项目单位
"""


def test_a_cover_label_the_lexicon_lacks_is_no_value_of_a_blank_label_above():
    r = _read(COVER)
    assert r.form.unit == "某市林业局"
    assert r.form.department == "" and r.form.department_code == ""     # never '评价时间: 2019520日至'


PROVINCIAL = ("省级部门预算项目支出绩效目标表(2024年度)一级项目名称农业发展专项资金二级项目名称良种繁育补助资金项目类型新增项目"
              "主管部门某市农业农村局项目开始日期2024-01-01项目完成日期2024-12-31项目总投资30万元其他资金30万元基本情况保障良种繁育"
              "项目立项必要性保障育种工作正常开展保证项目实施的制度措施良种繁育管理办法组织实施单位某省农业农村厅监督管理单位某市农业农村局"
              "项目实施单位某市良种场政策依据某财农[2023]12号其他依据需要说明的其他问题年度绩效目标完成良种繁育任务\n")


def test_labels_of_no_field_end_the_value_before_them():
    r = _read(PROVINCIAL)
    assert r.form.project_name == "良种繁育补助资金"        # 二级项目名称; the 一级项目 is the programme
    assert r.form.unit == "某市良种场"                      # 项目实施单位, not 组织实施单位 / 监督管理单位
    assert r.form.basis == "某财农[2023]12号"
    assert r.form.necessity == "保障育种工作正常开展"
    assert L.field_of("组织实施单位") == "none" and L.field_of("一级项目名称") == "none"


def test_a_money_note_opening_a_cell_is_no_paragraph():
    from assistant.importers.kinds import fits_field
    assert not fits_field("unit_functions", "单位:万元 2021年 2022年 88.3% 90147 98577.39")
    assert fits_field("unit_functions", "负责全市林木种苗的培育和管理。")


def test_a_year_and_month_then_a_later_month_alone_is_a_period():
    from assistant.textnum import parse_period
    assert parse_period("2020.1-12") == ("2020-01", "2020-12")
    assert parse_period("2021/3 - 11") == ("2021-03", "2021-11")
    assert parse_period("2020.1.1-12") == ("2020-01", None)      # after a day: the 12 may be a day
    assert parse_period("2020.6-3") == ("2020-06", None)         # an earlier month: not this year's
    assert parse_period("2020-12") == ("2020-12", None)
