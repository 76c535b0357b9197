"""Shapes of real published forms met in eval/real_more5 (issue 12), each read by a general rule and written here
anew (other projects, other words): a self-evaluation printed one cell per paragraph with the section's score in
its header row and each row's score after it, parallel 中期 / 年度 columns (goals a line each, amounts side by
side), a 项目库 indicator table of 指标类型 / 指标名称 / 指标值 / 指标描述, a page of projects headed by their names,
merged headings before a row of labels, a label wrapped after 及, a regional form's 资金名称 / 区县主管部门 / 年度金额.
"""
from __future__ import annotations

from assistant.importers import read_bytes
from assistant.importers.text_grid import join_fragments, Piece
from assistant.review_one import review_file


def _read(text: str, name: str = "x.txt"):
    return read_bytes(text.encode("utf-8"), name)


def _blank_lines(cells: list[str]) -> str:
    return "\n\n".join(cells)


SELF_EVAL = _blank_lines([
    "水利补助资金区域绩效目标自评表", "专项名称", "农田水利补助资金", "年度绩效指标完成情况",
    "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "60",
    "产出指标", "数量指标", "指标1:新修渠道长度", "12公里", "12公里", "10",
    "指标2:维修泵站座数", "3座", "3座", "8",
    "时效指标", "指标1:工程完工时间", "2023年10月", "2023年10月", "6",
    "效益指标", "社会效益指标", "指标1:受益农户数", "≥800户", "≥800户", "5",
    "生态效益指标", "指标1:水土",
])


def test_self_evaluation_scores_after_each_row_are_not_targets():
    r = _read(SELF_EVAL)
    got = [(i.level2, i.name, i.value) for i in r.form.indicators]
    assert got == [("数量指标", "指标1:新修渠道长度", "12公里"), ("数量指标", "指标2:维修泵站座数", "3座"),
                   ("时效指标", "指标1:工程完工时间", "2023年10月"), ("社会效益指标", "指标1:受益农户数", "≥800户")]


def test_text_ending_on_a_row_with_a_name_and_no_value_leaves_that_row_out(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text(SELF_EVAL, encoding="utf-8")
    codes = [f.code for f in review_file(str(p)).report.findings]
    assert "indicator_value_missing" not in codes and "indicator_unit_missing" not in codes


PARALLEL = """某市林业局2025年项目支出预算绩效目标表
项目支出绩效目标申报表 | |||||||
项目名称 | 森林防火能力提升项目 | |||||||
主管部门及代码 | [045]某市林业局 | 实施单位 | 某市森林消防大队 | ||||
项目属性 | 延续项目 | 项目期 | 3年 | ||||
项目资金 (万元) |
中期资金总额: | 120.00 | 年度资金总额: | 40.00 | |||||
其中:财政拨款 | 110.00 | 其中:财政拨款 | 36.00 | ||||||
其他资金 | 10.00 | 其他资金 | 4.00 | ||||||
总 体 目 标 |
中期目标(2025年—2027年) | 年度目标 | |||||||
三年内建成覆盖全市重点林区的防火监测网络,火灾受害率控制在0.9‰以内。 |
年内完成重点林区视频监测点建设,开展防火宣传和扑火演练。 |
||||||||
绩 效 指 标 |
一级指标 | 二级指标 | 三级指标 | 指标值 | 二级指标 | 三级指标 | 指标值 | ||
产出指标 | 数量指标 | 新建视频监测点 | ≥30个 | 数量指标 | 新建视频监测点 | ≥10个 | |||
质量指标 | 监测设备完好率 | ≥95% | 质量指标 | 监测设备完好率 | ≥95% | ||||
"""


def test_parallel_medium_term_and_year_columns(tmp_path):
    r = _read(PARALLEL)
    f = r.form
    assert f.goals.long_term == ["三年内建成覆盖全市重点林区的防火监测网络,火灾受害率控制在0.9‰以内。"]
    assert f.goals.annual == ["年内完成重点林区视频监测点建设,开展防火宣传和扑火演练。"]
    # the medium term's total; the year's amounts from the year's column
    assert (f.funding.total, f.funding.current_year, f.funding.other) == (120.0, 36.0, 4.0)
    p = tmp_path / "x.txt"
    p.write_text(PARALLEL, encoding="utf-8")
    assert "funding_sum_mismatch" not in [x.code for x in review_file(str(p)).report.findings]


def test_labels_row_over_more_one_cell_lines_than_labels_is_not_split():
    text = PARALLEL.replace("||||||||\n绩 效", "还将开展护林员培训。 |\n||||||||\n绩 效")
    f = _read(text).form
    assert f.goals.annual == []          # three lines under two labels: which one goes on is not guessed


UNIT_INFO = """绩效目标表
单位信息: 512003-某州农业农村局机关 项目名称:
主管部门: 512-某州农业农村部门 项目经办人:
整体目标: 推进全州高标准农田建设;组织开展耕地质量监测;承担农机购置补贴的日常工作。
一级指标 二级指标 三级指标 指标性质 指标值 度量单位 权重(%)
产出指标 数量指标 建成高标准农田 5000 亩 20
效益指标 社会效益指标 粮食综合生产能力 定性 提高
10
"""


def test_unit_info_label_overall_goal_and_a_title_that_is_no_goal():
    f = _read(UNIT_INFO).form
    assert f.unit == "某州农业农村局机关"
    assert f.goals.long_term == ["推进全州高标准农田建设;组织开展耕地质量监测;承担农机购置补贴的日常工作。"]
    assert f.goals.annual == []          # '绩效目标表' is the title, not 绩效目标 + '表'


PROJECT_LIBRARY = """项目名称: | 河道保洁经费 | 项目编号: |
项目属性: | 新增□ 延续□ | 项目期限: | 全年 |
项目主要内容、立项依据 | 立项依据 | 依据河长制工作要求及历年保洁合同 |
主要内容 | 全市河道分为四个片区保洁,包括水面漂浮物打捞和岸坡垃圾清理 |
项目绩效目标 | 绩效目标 总体描述 | 保持河道水面整洁,提升水环境质量,群众满意度稳步提高。 |
指标类型 | 指标名称 | 指标值 | 指标描述 |
产出指标 | 数量指标 | 120公里 | 全年保洁河道120公里 |
质量指标 | 98% | 保洁达标率 |
时效指标 | 全年 | 全年 |
效益指标 | 生态效益指标 | 是 | 改善河道水环境 |
满意度指标 | 服务对象满意度指标 | ≥90% | 沿河群众满意率 |
最近年度绩效评价情况 | 优秀□ 良好□ 合格□ 不合格□ | 附上一年度评价报告 |
"""


def test_indicator_type_table_with_level2_words_as_names():
    f = _read(PROJECT_LIBRARY).form
    got = [(i.level1, i.level2, i.name, i.value) for i in f.indicators]
    assert got == [("产出指标", "", "数量指标", "120公里"), ("产出指标", "", "质量指标", "98%"),
                   ("产出指标", "", "时效指标", "全年"), ("效益指标", "", "生态效益指标", "是"),
                   ("满意度指标", "", "服务对象满意度指标", "≥90%")]
    assert f.overview == "全市河道分为四个片区保洁,包括水面漂浮物打捞和岸坡垃圾清理"
    assert f.goals.annual == ["保持河道水面整洁,提升水环境质量,群众满意度稳步提高。"]


PROJECTS_PAGE = _blank_lines([
    "发布机构:", "市财政局", "2024年某市重大政策和项目绩效目标情况",
    "老年人助餐服务项目项目绩效目标", "(一)中长期绩效目标",
    "建成覆盖城乡的老年助餐服务网络,到2026年助餐点达到120个。",
    "(二)中长期绩效指标", "项目单位按项目实施内容设置了3个指标,指标如下:",
    "一级指标", "二级指标", "指标名称", "指标值",
    "产出指标", "数量指标", "助餐点数量", "120个", "质量指标", "食品安全事故", "0起",
    "满意度指标", "满意度指标", "老年人满意度", "≥90%",
    "城乡居民体检经费项目项目绩效目标", "(一)中长期绩效目标", "提高群众参检率。",
    "(二)中长期绩效指标", "一级指标", "二级指标", "指标名称", "指标值", "产出指标", "数量指标", "体检人数",
])


def test_a_page_of_projects_headed_by_their_names(tmp_path):
    r = _read(PROJECTS_PAGE)
    f = r.form
    assert f.project_name == "老年人助餐服务项目"
    assert f.year == 2024                # from the page's title '2024年…项目绩效目标情况'
    assert [i.name for i in f.indicators] == ["助餐点数量", "食品安全事故", "老年人满意度"]
    assert f.unit == ""                  # '项目单位按…设置了3个指标': the label is the sentence's subject


MERGED_HEADINGS = """部门预算项目支出绩效自评表(2023年度) | | | | | | |
项目名称 | | 33020012T000000118204-城区公厕运行维护经费 | | | | |
主管部门 | | 某县城市管理局 | | | 实施单位(盖章) | 某县环卫所 | |
项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | | | 年度目标完成情况 | | |
| | 保障城区公厕正常运行,完成设施维修和保洁。 | | | | 城区公厕运行正常,维修保洁均已完成。 | |
"""


def test_merged_headings_before_a_row_of_labels_and_a_project_code():
    f = _read(MERGED_HEADINGS).form
    assert f.goals.annual == ["保障城区公厕正常运行,完成设施维修和保洁。"]
    assert f.project_name == "城区公厕运行维护经费"


def test_a_label_wrapped_after_its_conjunction_is_one_label():
    got = join_fragments([Piece("主管部门(单位)名称及", 1), Piece("部门预算编码", 2), Piece("某县卫健局", 3)])
    assert [p.text for p in got] == ["主管部门(单位)名称及部门预算编码", "某县卫健局"]
    got = join_fragments([Piece("实施单位及", 1), Piece("某县卫健局", 2)])
    assert [p.text for p in got] == ["实施单位及", "某县卫健局"]


REGIONAL = """附件
耕地地力保护补贴资金区域绩效目标表 | |||||
资金名称 |
耕地地力保护补贴资金 | ||||
中央主管部门 |
财政部、农业农村部 | ||||
省级主管部门 |
某省农业农村厅 | ||||
区县主管部门 |
某县农业农村委员会 | ||||
资金情况 |
年度金额(万元): |
860 | |||
其中:中央补助(万元) |
860 | ||||
年度目标 |
落实耕地地力保护补贴政策,补贴资金足额发放到户。 |
一级指标 |
二级指标 |
三级指标 |
单位 |
指标值 | |
绩效指标 |
产出指标 |
数量指标 |
补贴发放面积 |
万亩 |
≥52万亩 |
补贴发放准确率 |
% |
100% | |||
"""


def test_regional_form_fund_name_county_department_year_amount_and_table_heading():
    f = _read(REGIONAL).form
    assert f.project_name == "耕地地力保护补贴资金"
    assert f.department == "某县农业农村委员会"
    assert f.funding.total == 860.0
    assert [(i.name, i.value) for i in f.indicators] == [("补贴发放面积", "≥52万亩"), ("补贴发放准确率", "100%")]


def test_a_name_opening_with_another_label_is_not_a_value():
    text = """2024年度某市疾病监测经费预算项目支出绩效目标申报明细表
(2024年度)
申报单位名称:(盖章)
       项目名称 重点人群疾病监测经费
      项目属性        延续项目
起始日期:2024年  1 月 1日 结束日期:  2024 年 12  月31日
"""
    f = _read(text).form
    assert f.unit == "" and f.project_name == "重点人群疾病监测经费"


def test_a_row_without_value_before_the_next_project_is_kept():
    rows = ["一般性项目绩效目标表 |", "专项资金名称 |", "村级公益岗位补助 |", "当年预算 |", "12.5 |",
            "当年绩效目标 |", "按时发放补助,保障公益岗位运转 |", "绩效指标 |", "指标 |", "指标权重 |", "计量单位 |",
            "指标性质 |", "指标值 |", "补助人数 |", "30 |", "人 |", "≥ |", "40 |", "维护公益服务 |", "20 |", "|",
            "定性 |", "|", "一般性项目绩效目标表 |", "专项资金名称 |", "村道养护补助 |", "当年预算 |", "8 |",
            "当年绩效目标 |", "完成村道养护 |", "绩效指标 |", "指标 |", "指标权重 |", "计量单位 |", "指标性质 |", "指标值 |",
            "养护里程 |", "30 |", "公里 |", "≥ |", "15 |"]
    f = _read("\n".join(rows) + "\n").form
    assert [i.name for i in f.indicators] == ["补助人数", "维护公益服务"]


def test_goal_column_beside_a_column_of_what_was_done():
    text = _blank_lines([
        "水利补助资金区域绩效目标自评表", "专项名称", "农田水利补助资金", "年度目标完成情况", "预期目标", "目标实际完成情况", "20",
        "目标1:完成渠系配套改造。", "目标1:完成渠系配套改造。", "目标2:提升灌溉保证率。", "目标2:灌溉保证率已提升。",
        "年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "50",
        "产出指标", "数量指标", "指标1:改造渠道", "8公里", "8公里", "10",
    ])
    f = _read(text).form
    assert f.goals.annual == ["完成渠系配套改造。", "提升灌溉保证率。"]
    assert [(i.name, i.value) for i in f.indicators] == [("指标1:改造渠道", "8公里")]
