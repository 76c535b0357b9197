"""Shapes of real published forms met in eval/real_more6, each read by a general rule (issue 12), written here as
new small texts (other projects, other numbers):

- one cell per paragraph with a city template's labels (用款单位, 起始年度 / 到期年度, 总金额 / 当年度金额, 当年度目标);
- 主管部门及其编码 with the code after the name, 资金总额 broken down as '一、预算资金:…', a 绩效标准 column of
  '计划标准' after every value, and the form's '其他需说明的问题' row after the indicator table (no indicator);
- cells one a line ending ' |': an indicator row whose name is worded like a field label ('成本指标 / 项目金额 / 8万元')
  stays in the table, a vertical label cut to '年度' over the year's goal, a term stated as a length ('项目期 / 1年')
  that leaves the numbered prose's '(4)起止时间。…' free to give the dates;
- rows apart by spaces with the signature block under the table ('经办人及联系电话:…', '上报时间: …'): filler and
  fill date, never indicators; a level word wrapped at its end ('满意度指标 服务对象' / '满意度指标') is one;
- numbered prose alone: the project named in quotes in its heading, '(3)实施主体:<unit>按照…' (the sentence's subject),
  '(4)起止时间:2022-2024' (years, never a phone), '(6)年度预算安排:…万元'.
"""
from __future__ import annotations

from assistant.importers import read_bytes
from assistant.textnum import parse_period


def _read(text: str, name: str = "x.txt"):
    return read_bytes(text.encode("utf-8"), name)


def _paragraphs(*cells: str) -> str:
    return "\n\n".join(cells) + "\n"


CITY_CELLS = _paragraphs(
    "2025年市级体育彩票公益金支持青少年游泳培训项目绩效目标表", "绩效目标表",
    "项目名称", "2025年青少年暑期游泳免费培训项目资金",
    "项目类型", "其他事业发展性支出", "项目等级", "二级项目",
    "主管部门", "某市体育局",
    "用款单位", "某市体育局、某市游泳运动管理中心",
    "实施期限", "起始年度", "2025", "到期年度", "2025",
    "预算金额", "总金额", "36万元", "当年度金额", "36万元",
    "项目概述", "  利用暑期组织全市中小学生开展免费游泳培训,提高青少年防溺水能力和游泳技能。",
    "总体绩效目标", "当年度目标",
    "  组织免费游泳培训班120期,培训青少年3000人次,提升青少年游泳技能和自救能力 。",
)


def test_city_template_labels_one_cell_a_paragraph():
    form = _read(CITY_CELLS).form
    assert form.unit == "某市体育局、某市游泳运动管理中心"            # 用款单位: the unit that spends the money
    assert (form.start, form.end) == ("2025-01", "2025-12")          # 起始年度 / 到期年度
    assert form.funding.total == 36 and form.funding.current_year == 36   # 总金额 / 当年度金额
    assert form.goals.annual and form.goals.annual[0].startswith("组织免费游泳培训班120期")   # 当年度目标


STANDARD_COLUMN = _paragraphs(
    "2025年项目绩效目标表", "项目名称", "道路积雪清除服务",
    "主管部门及其编码", "某市城市管理局 412003",
    "项目实施单位", "某市市政设施维护中心",
    "项目资金申请", "(万元)",
    "资金总额: 120", "        一、预算资金:120", "        二、自有资金:0", "        三、其他:0",
    "年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "绩效标准",
    "产出指标", "数量指标", "除雪机械台数", "6", "计划标准",
    "质量指标", "主干道积雪清除率", "98%", "计划标准",
    "满意度指标", "服务对象满意度指标", "市民满意度", "90%", "计划标准",
    "其他需说明的问题", "无",
)


def test_code_after_department_list_marked_budget_and_the_note_after_the_table():
    form = _read(STANDARD_COLUMN).form
    assert (form.department, form.department_code) == ("某市城市管理局", "412003")   # 主管部门及其编码
    assert form.funding.total == 120 and form.funding.current_year == 120            # '一、预算资金:120'
    values = {i.name: i.value for i in form.indicators}
    assert values == {"除雪机械台数": "6", "主干道积雪清除率": "98%", "市民满意度": "90%"}   # '计划标准' is no value,
    assert "其他需说明的问题" not in values                                             # the note row no indicator


PIPE_CELLS = """某区农业农村局2024年“农机安全宣传补助经费”项目资金投入情况
(1)项目概述。开展农机安全生产宣传进村入户。
(3)实施主体。某区农业农村局
(4)起止时间。2024年3月-11月
项目支出绩效目标表 |
||||||
项目名称 |
农机安全宣传补助经费 |
|||||
主管部门及代码 |
[215]某区农业农村局 |
项目期 |
1年 |
|||
项目资金 |
年度资金总额: |
8.00 |
||||
其中:财政拨款 |
8.00 |
|||||
年度 |
开展农机安全宣传,全年覆盖36个行政村,发放宣传资料5000份,检验拖拉机200台。 |
|||||
绩 |
一级 |
二级指标 |
三级指标 |
指标值 |
||
产出指标 |
数量指标 |
覆盖行政村数 |
≥36个 |
|||
成本指标 |
项目金额 |
8万元 |
||||
效益指标 |
社会效益指标 |
农机事故发生率 |
下降 |
||||
满意度指标 |
满意度指标 |
农户满意程度 |
≥90% |
|||
"""


def test_pipe_cells_label_worded_name_cut_goal_label_and_a_term_without_dates():
    form = _read(PIPE_CELLS).form
    values = {i.name: i.value for i in form.indicators}
    assert values == {"覆盖行政村数": "≥36个", "项目金额": "8万元", "农机事故发生率": "下降", "农户满意程度": "≥90%"}
    assert form.goals.annual == ["开展农机安全宣传,全年覆盖36个行政村,发放宣传资料5000份,检验拖拉机200台。"]
    assert (form.start, form.end) == ("2024-03", "2024-11")     # '项目期 1年' has no dates: the prose gives them


SPACED_ROWS = """项目支出绩效目标表
(2023年度)
绩效编制单位: 某镇人民政府
项目名称 村级河长巡河补贴 项目负责人及电话 李明13912345678
主管部门 某镇人民政府 实施单位 农业服务中心
开始日期 2023年1月1日 结束日期 2023年12月31日
年度资金总额: 12
其中:财政拨款 12
其他资金 0
当年绩效目标 按月发放村级河长巡河补贴,保障河道巡查全覆盖。
一级指标 二级指标 三级指标 指标值
产出指标 数量指标 巡河补贴发放人数 30人
时效指标 按月发放率 100%
满意度指标 服务对象
满意度指标
河长满意度 ≥90%
经办人及联系电话:赵强13600001111


上报时间:  2022 年11  月 3日
"""


def test_signature_block_under_a_spaced_table_is_the_filler_not_indicators():
    form = _read(SPACED_ROWS).form
    assert form.filler == "赵强" and form.fill_date == "2022-11-03"
    names = [i.name for i in form.indicators]
    assert names == ["巡河补贴发放人数", "按月发放率", "河长满意度"]
    assert form.indicators[-1].level2 == "服务对象满意度指标"     # a level word wrapped over two lines is one
    assert form.unit_phone == "13912345678"                       # the filler's phone is no field of the form


NUMBERED_PROSE = """2023年度重点项目及绩效目标情况

2、“河道清淤疏浚”项目

(1)项目概述:对镇域内3条主要河道实施清淤疏浚,清淤总长度12公里。

(2)立项依据:河道淤积严重,行洪能力下降,汛期存在安全隐患。

(3)实施主体:某镇人民政府按照整治方案分工:水利站、农业服务中心等二级机构配合实施。

(4)起止时间:2022-2024

(6)年度预算安排:300万元。

(7)绩效目标和指标:
"""


def test_numbered_prose_alone_names_project_unit_term_and_budget():
    form = _read(NUMBERED_PROSE).form
    assert form.project_name == "河道清淤疏浚"
    assert form.unit == "某镇人民政府"                         # the sentence's subject, not the units it lists
    assert (form.start, form.end) == ("2022-01", "2024-12")
    assert form.funding.total == 300


def test_the_small_rules_behind_them():
    from assistant.importers.kinds import ends_table, fits_field     # the one test of when a table ends (kinds.py)
    assert parse_period("2024年3月-11月") == ("2024-03", "2024-11")
    assert fits_field("period", "2022-2024") and not fits_field("period", "2024-2022")
    assert ends_table("经办人及联系电话:赵强13600001111") and ends_table("上报时间: 2022年11月3日")
    assert ends_table("其他需说明的问题") and not ends_table("项目完成时限")
    from assistant.importers.kv import inline_pairs
    from assistant.textnum import unglue_rate
    assert unglue_rate("1209680%") == ["120", "96", "80%"] and unglue_rate("100%") is None
    assert inline_pairs("其中: 一般公共预算:36.5万元") == [("funding.current_year", "36.5万元")]   # the breakdown's opener


SELF_EVALUATION_RUN = ("现将项目绩效自评报告公开如下:一、预算执行情况1.预算数:2023年,安排补助资金用于牦牛良种推广,"
                       "项目支出绩效自评表(2023年度)项目名称某县牦牛良种补贴项目"
                       "项目实施单位/项目负责人某县畜牧工作站/马青自治区主管部门农业农村厅市县主管部门某县农业农村局"
                       "资金情况(万元)全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额:1209680%"
                       "其中:财政拨款草原生态补助资金100万元其他资金地方配套资金20万元"
                       "年度总体目标一是向养殖户发放牦牛良种补贴;二是完成牦牛改良3000头,提高出栏率绩效指标"
                       "一级指标二级指标三级指标分值指标值(A)全年实际值(B)得分计算方法得分未完成原因分析"
                       "产出指标(50分)数量指标发放补贴户数,全县共计420户,已发放400户,剩余20户年底前发放完毕,2042040019"
                       "时效指标补贴发放及时率101001009.5成本指标(必填)\n")


def test_a_self_evaluation_run_together_is_read_for_its_targets_and_abstains_on_glued_rows():
    form = _read(SELF_EVALUATION_RUN).form
    assert (form.unit, form.unit_head) == ("某县畜牧工作站", "马青")     # 项目实施单位/项目负责人: one label, two fields
    assert form.department == "某县农业农村局"                          # 自治区主管部门 is the region's, not the form's
    assert form.funding.total == 120                  # '1209680%': 预算数 120 / 执行数 96 / 80%, the budget (the
                                                      # report's '预算数:2023年,…' before the form is no reason to abstain)
    assert form.funding.current_year == 100 and form.funding.other == 20   # a source's name before its amount
    assert form.goals.annual == ["向养殖户发放牦牛良种补贴", "完成牦牛改良3000头,提高出栏率"]   # 一是 / 二是; no 绩效指标
    assert form.indicators == []                      # '2042040019': score, target, actual and score run together


SIDEWAYS = """绩效目标表
资金名称 省级业务主管部门 资金类型
农业产业发展专项资金
某省农业农村厅 专项资金
三级指标 建设示范基地(个) 良种覆盖率(%)
带动农户数(户)
年度目标值
12 95% 3000
实施周期目标值
30 98% 8000 持续提升 长期
"""


def test_an_indicator_table_printed_on_its_side():
    inds = _read(SIDEWAYS).form.indicators
    got = [(i.name, i.value, i.scope) for i in inds]
    assert got == [("建设示范基地(个)", "12", "annual"), ("良种覆盖率(%)", "95%", "annual"), ("带动农户数(户)", "3000", "annual")]
    # the 实施周期目标值 row has five cells for three names: not paired cell by cell, left out
