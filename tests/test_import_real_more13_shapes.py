"""Shapes of real published forms met in eval/real_more13, each read by a general rule (issue 12), written here as
new small texts (other places, projects and numbers).

- a page of several small forms printed as rows ('项目名称 | A' … its indicator table … '项目名称 | B' …), each headed
  by the budget unit's code and name beside '单位:万元': the first form only (the rows of the next never leak into it),
  the heading's unit with its code stripped, and an indicator table with a 绩效指标描述 column (no value) read;
- '项目绩效目标 | 项目总目标 | 年度总体目标' over 'A | B': the section word heads both goal columns, so A is the
  long-term goal and B the year's (never shifted by one);
- the last cell of a text cut partway: a number with its whole unit ('2处') was printed before the cut and is read;
  a bare number ('9') or a unit only begun ('120平方') may be cut short and is not;
- a header row whose cells broke over lines of their own ('绩效指标 |' / '一级 指标 |' / …) does not make a text of
  rows a text of cells: the rows are read, with parallel 实施周期指标值 / 当年度指标值 columns (scope long_term, then
  annual), the period named in the goal label ('实施周期总目标(2023年--2025年)') as start / end and the one amount
  cell ('本年度申请…资金') as the total; a medium-term plan's window ('中期滚动目标(…)') is no period;
- a paragraph of a report that tells of a form's labels ('…年度目标为:…。下设12个三级指标,包括6个数量指标、…')
  holds no cells, and a goal in a text that names no project, unit or amount is no form's goal (a warning says so);
- a project described in numbered prose before its form: '(1)项目概述和内容。…' is the overview and '实施时间:…' the
  period;
- a report titled below a page's bulleted index rows ('- 索引号: …', '- 时效性: 有效') is still a report: its sections
  (项目概况 …) and the organisations it names are no form's fields; a label word inside a sentence ('…发挥部门职能,
  进一步…') is no label;
- a list of projects in 元, a line a project (项目名称 项目单位 项目类别 预算数 年度绩效目标 and its first indicator) and a
  line a further indicator, cells a space apart: the first project's fields (unit with its code stripped, 项目类别 no
  attribute, 预算数 in 万元), a 定性 row broken over three lines ('… 定性' / '明显提升' / '15') one row, a comparison
  written in words kept as written ('大于等于8000卷'), a further indicator's name never the project's, and the next
  project's line ends the form.
"""
from __future__ import annotations

from assistant.importers import read_bytes


def _read(text: str, name: str = "x.txt"):
    return read_bytes(text.encode("utf-8"), name)


def _inds(form) -> list[tuple[str, str, str, str]]:
    return [(i.scope, i.level2, i.name, i.value) for i in form.indicators]


SEVERAL = """某市某区人民检察院
项目支出绩效目标表
(2024年)
118203某市某区人民检察院 | 单位:万元 | |||||
项目名称 | 办公楼屋面防水修缮 | |||||
预算规模及资金用途 | 预算数 | 36.50 | 其中:财政 资金 | 36.50 | 其他资金 | |
用于屋面防水层翻新 | ||||||
绩效目标 | 1.完成办公楼屋面防水层翻新,消除渗漏隐患。 |
一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 |
产出指标 | 数量指标 | 修缮面积 | 修缮面积 | ≥1200平方米 |
质量指标 | 工程验收合格率 | 工程验收合格率 | 100百分比 | |
时效指标 | 完工时间 | 完工时间 | 10月底前 | |
满意度指标 | 服务对象满意度指标 | 职工满意度 | 职工满意度 | ≥90百分比 |
118203某市某区人民检察院 | 单位:万元 | |||||
项目名称 | 视频会议系统运维 | |||||
预算规模及资金用途 | 预算数 | 12.00 | 其中:财政 资金 | 12.00 | 其他资金 | |
用于视频会议系统维护 | ||||||
绩效目标 | 1.保障视频会议系统稳定运行。 |
一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 |
产出指标 | 数量指标 | 维护次数 | 维护次数 | ≥12次 |
质量指标 | 系统可用率 | 系统可用率 | ≥99百分比 | |
"""


def test_several_forms_as_rows_first_only_with_coded_unit_heading():
    r = _read(SEVERAL)
    f = r.form
    assert f.project_name == "办公楼屋面防水修缮"
    assert f.unit == "某市某区人民检察院"
    assert f.funding.total == 36.5 and f.funding.current_year == 36.5
    assert _inds(f) == [("annual", "数量指标", "修缮面积", "≥1200平方米"),
                        ("annual", "质量指标", "工程验收合格率", "100百分比"),
                        ("annual", "时效指标", "完工时间", "10月底前"),
                        ("annual", "服务对象满意度指标", "职工满意度", "≥90百分比")]
    assert any("只读取了第一个" in w for w in r.warnings)


GOALS_UNDER_HEADING = """某县林业专项资金绩效目标申报表 | ||||||
项目名称 | 某县国有林场防火通道修缮项目 | |||||
主管部门 | 某县林业局 | 实施单位 | 某县国有林场 | |||
资金情况 (万元) | 项目资金总额: | 80 | 年度资金申请总额 | 80 | ||
其中:财政资金 | 80 | 其中:当年财政拨款 | 80 | |||
项目绩效目标 | 项目总目标 | 年度总体目标 | ||||
修缮防火通道12公里,林区防火能力明显提升。 | 当年完成防火通道6公里路面硬化。 | |||||
绩 效 指 标 | 一级 指标 | 二级指标 | 三级指标 | 年度指标值 | ||
产 出 指 标 | 数量指标 | 指标1:硬化通道长度 | 6公里 | |||
指标2:新建蓄水池数量 | 2处"""


def test_goal_columns_under_a_goal_section_word_and_the_last_value_only_when_whole():
    f = _read(GOALS_UNDER_HEADING).form
    assert f.goals.long_term == ["修缮防火通道12公里,林区防火能力明显提升。"]
    assert f.goals.annual == ["当年完成防火通道6公里路面硬化。"]
    assert _inds(f) == [("annual", "数量指标", "指标1:硬化通道长度", "6公里"),
                        ("annual", "数量指标", "指标2:新建蓄水池数量", "2处")]
    for tail in ("9", "120平方"):
        f = _read(GOALS_UNDER_HEADING[:-2] + tail).form
        assert [i.name for i in f.indicators] == ["指标1:硬化通道长度"], tail


BROKEN_HEADER = """发布时间:2023-03-02
某市财政项目支出绩效目标表 | |||||||||
( 2023 年度) | |||||||||
预算单位:某市科技馆 | |||||||||
项目 名称 |
场馆安保服务费 | 本年度申请市财政预算资金(万元) | 156.40 | ||||||
总体目标 | 实施周期总目标(2023年--2025年) | 年度目标 | |||||||
保障科技馆三年安全开放,安保服务覆盖全部展厅。 | 当年保障科技馆安全开放,全年无安全责任事故。 | ||||||||
绩效指标 |
一级 指标 |
二级 指标 |
三级 指标 |
实施周期指标值 |
二级 指标 |
三级 指标 |
当年度指标值 | ||
产出指标 | 数量指标 | 安保岗位数 | 24个 | 数量指标 | 安保岗位数 | 24个 | |||
质量指标 | 安全事故发生数 | 0起 | 质量指标 | 安全事故发生数 | 0起 | ||||
巡查记录完整率 | 100% | 巡查记录完整率 | 100% | ||||||
"""


def test_rows_with_a_broken_header_parallel_value_columns_period_and_one_amount():
    f = _read(BROKEN_HEADER).form
    assert f.project_name == "场馆安保服务费"
    assert f.unit == "某市科技馆"
    assert (f.start, f.end) == ("2023-01", "2025-12")
    assert f.funding.total == 156.4 and f.funding.current_year is None
    assert f.goals.long_term == ["保障科技馆三年安全开放,安保服务覆盖全部展厅。"]
    assert f.goals.annual == ["当年保障科技馆安全开放,全年无安全责任事故。"]
    assert _inds(f) == [("long_term", "数量指标", "安保岗位数", "24个"), ("annual", "数量指标", "安保岗位数", "24个"),
                        ("long_term", "质量指标", "安全事故发生数", "0起"), ("annual", "质量指标", "安全事故发生数", "0起"),
                        ("long_term", "质量指标", "巡查记录完整率", "100%"), ("annual", "质量指标", "巡查记录完整率", "100%")]


def test_a_rolling_plans_window_is_no_period():
    f = _read(BROKEN_HEADER.replace("实施周期总目标", "中期滚动目标")).form
    assert (f.start, f.end) == ("", "")
    assert f.goals.long_term == ["保障科技馆三年安全开放,安保服务覆盖全部展厅。"]


REPORT_PARAGRAPH = """二、专项资金绩效目标下达情况
(一)省级下达绩效目标情况。
2022年3月8日,省财政厅下达我市文化旅游发展专项资金预算合计5210万元,其中省级资金3100万元,用于景区提升和公共文化服务。
省级下达我市2022年文化旅游发展专项资金时同步下达绩效目标,年度目标为:完成重点景区基础设施提升,丰富群众公共文化服务供给。年度目标下设12个三级绩效指标,包括6个数量指标、2个质量指标、1个时效指标、1个社会效益指标、2个服务对象满意度指标。具体指标见附表
"""


def test_a_report_paragraph_counting_a_forms_labels_gives_no_goal():
    f = _read(REPORT_PARAGRAPH).form
    assert f.goals.annual == [] and f.goals.long_term == []
    assert f.indicators == []
    assert f.funding.total is None and f.funding.current_year is None


NOTICE_GOAL_ALONE = """各镇(街道):
为做好年度工作,现将有关事项通知如下。
年度绩效目标:推进全域环境整治,群众满意度持续提升。
请各单位认真抓好落实。
"""


def test_a_goal_told_in_a_text_naming_no_project_is_no_forms_goal():
    r = _read(NOTICE_GOAL_ALONE)
    assert r.form.goals.annual == [] and r.form.goals.long_term == []
    assert any("目标未导入" in w for w in r.warnings)


PROSE_THEN_FORM = """某县卫健委2025年部门项目基本信息
1.“2025年乡村医生补助”项目。
(1)项目概述和内容。该项目用于乡村医生基本公共卫生服务补助,每人每月补助300元,保障村级医疗服务稳定。
(2)立项依据。某县人民政府办公室文件
(3)实施主体和起止时间。
实施主体:某县卫健委
实施时间:2025年3月1日至2025年11月30日
项目支出绩效目标表 |
项目名称 |
2025年乡村医生补助 |
主管部门及代码 |
某县卫健委 |
实施单位 |
某县卫健委 |
"""


def test_numbered_prose_overview_and_period_before_the_form():
    f = _read(PROSE_THEN_FORM).form
    assert f.project_name == "2025年乡村医生补助"
    assert f.overview.startswith("该项目用于乡村医生基本公共卫生服务补助")
    assert (f.start, f.end) == ("2025-03", "2025-11")


REPORT_BELOW_INDEX_ROWS = """部门决算公开
- 索引号: abc123/2024-00017
- 发布机构: 某州气象服务中心
- 文号:
- 发布日期: 2024-05-20
- 时效性: 有效
某州气象服务中心2023年度项目支出绩效自评报告
一、基本情况
2023年,某州气象服务中心(以下简称“中心”)实施项目共6个,年初批复预算4个项目210万元,实际到位资金188.5万元。
(一)项目概况
1.项目立项背景
(1)气象预警平台运维经费。平台位于中心机房,共有服务器12台、显示屏4块,预算经费用于保障预警信息及时发布,服务全州防灾减灾工作。
"""


def test_a_report_below_a_pages_index_rows_gives_no_overview():
    r = _read(REPORT_BELOW_INDEX_ROWS)
    f = r.form
    assert f.overview == "" and f.department == "" and f.unit == ""
    assert f.funding.total is None and f.goals.annual == []


def test_a_label_word_inside_a_sentence_is_no_label():
    from assistant.importers.text_reader import read_text
    text = ("某县人民法院2024年度业务装备经费 保障日常办公办案装备需要,充分发挥部门职能,进一步提高办公效率,"
            "让全院干警在良好的办公氛围中工作。满意度指标 服务对象满意度 使用人员满意度 正向 大于等于 95 % 10")
    f = read_text(text.encode("utf-8"), "x.txt", shape="dump").form
    assert f.unit_functions == ""


LIST_OF_PROJECTS = """当前位置:首页>>财务公开
表8
项目绩效目标表


单位:元
项目名称 项目单位 项目类别 预算数 年度绩效目标 一级指标 二级指标 三级指标 指标性质 指标方向 目标值 计量单位 分值
档案数字化经费 512003-某县档案馆 31-一般项目 460,000.00 完成馆藏档案数字化加工,提升档案查阅利用效率,保障档案实体安全。 产出指标(50分) 数量指标 数字化档案卷数 正向 大于等于 8000 卷 10
质量指标 数字化图像合格率 正向 大于等于 99 % 10
效益指标(30分) 社会效益 档案查阅便利程度 定性
明显提升
15
时效指标 加工完成时间 定性
12月底前
10
成本指标 加工单价 反向 小于等于 5 元 10
档案库房维护经费 512003-某县档案馆 31-一般项目 120,000.00 保障库房温湿度达标。 产出指标(50分) 数量指标 维护库房间数 正向 大于等于 6 间 10
质量指标 温湿度达标率 正向 大于等于 95 % 10
"""


def test_a_list_of_projects_a_line_each_reads_the_first_project_only():
    r = _read(LIST_OF_PROJECTS)
    f = r.form
    assert f.project_name == "档案数字化经费"
    assert f.unit == "某县档案馆"
    assert f.funding.total == 46.0 and f.funding.current_year is None
    assert f.goals.annual == ["完成馆藏档案数字化加工,提升档案查阅利用效率,保障档案实体安全。"]
    assert sorted(_inds(f)) == sorted([
        ("annual", "数量指标", "数字化档案卷数", "大于等于8000卷"),
        ("annual", "质量指标", "数字化图像合格率", "大于等于99%"),
        ("annual", "社会效益指标", "档案查阅便利程度", "明显提升"),
        ("annual", "时效指标", "加工完成时间", "12月底前"),
        ("annual", "成本指标", "加工单价", "小于等于5元")])
    assert any("另一个项目" in w for w in r.warnings)


def test_a_further_indicator_row_of_a_list_never_names_the_project():
    text = LIST_OF_PROJECTS.replace("质量指标 数字化图像合格率", "数字化图像合格率", 1)
    f = _read(text).form
    assert f.project_name == "档案数字化经费"
    assert ("annual", "数量指标", "数字化图像合格率", "大于等于99%") in _inds(f)
