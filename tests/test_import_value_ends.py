"""Misreads of copied text (issue 12, eval/real_more): a value ends where a label begins, pipes are no part of
a value, a date printed with spaces is one date, a year alone is no period, an unmarked choice list is no
answer, a score is never a target and a row without a name is no indicator. Texts written here, in several
layouts (pipe rows, space rows, a cell per line, a lone '|' between cells), each trying to break one guarantee.
"""
from __future__ import annotations

import pytest

from assistant.importers import read_bytes
from assistant.importers.trim import trim_value


def _read(text: str):
    return read_bytes(text.encode("utf-8"), "x.txt")


@pytest.mark.parametrize("kind,raw,want", [
    ("org", "化工区学校(万元)", "化工区学校"),
    ("org", "乌海市民政局（元）", "乌海市民政局"),
    ("org", "池州市贵池区棠溪镇人民政府 项目资金 (万元) 年初", "池州市贵池区棠溪镇人民政府"),
    ("org", "渭南市信访局 资金来源 上年结转", "渭南市信访局"),
    ("name", "|国家基本公共卫生服务项目|", "国家基本公共卫生服务项目"),
    ("name", "｜社区养老服务补贴｜ ", "社区养老服务补贴"),
    ("long", "提高义务教育均衡发展水平。绩效指标", "提高义务教育均衡发展水平。"),
    ("long", "提高义务教育均衡发展水平。 年度绩效指标", "提高义务教育均衡发展水平。"),
    ("long", "全面完成集镇立面改造,搞好提质改造长期绩效指标", "全面完成集镇立面改造,搞好提质改造"),
    ("long", "全面完成集镇立面改造。中长期绩效指标", "全面完成集镇立面改造。"),
    ("long", "县级配套经费。(7)绩效目标:发挥绩效评价的作用。", "县级配套经费。"),
    ("long", "县级配套经费。3、立项依据：《条例》第三条。", "县级配套经费。"),
    ("long", "做好对接。(3)实施地点:县城区。(4)", "做好对接。(3)实施地点:县城区。"),     # a label the lexicon lacks: kept
    ("long", "做好对接。(3)实施主体:县卫健委。(4)", "做好对接。"),          # 实施主体 names the unit (real_more6 612)
    ("long", "是:增加产值80万元。现将绩效目标设定如下:一、产出指标数量指标:种植≥17600株", "增加产值80万元。"),     # the last sentence, ending in a colon, opens what follows
])
def test_label_text_glued_onto_a_value_is_cut_off(kind, raw, want):
    assert trim_value(kind, raw) == want


@pytest.mark.parametrize("raw", [
    "(1)数量目标:完成培训100人次;(2)质量目标:合格率100%;(3)时效目标:年底前完成。",
    "完成各项绩效指标",                       # words of a goal, not a heading glued on
    "1.完成年度绩效目标;2.项目概况良好。",
    "为全市800名老人提供助餐服务,项目资金全部用于助餐。",
])
def test_a_goal_that_only_mentions_label_words_is_kept_whole(raw):
    assert trim_value("long", raw) == raw


@pytest.mark.parametrize("text", [
    "项目名称 | 社区养老服务补贴 |\n实施单位 | 乌海市民政局 (万元) |\n年度目标 | 为全市800名老人提供助餐服务。绩效指标 |\n",
    "项目名称   社区养老服务补贴\n实施单位   乌海市民政局 项目资金 (万元) 年初\n年度目标   为全市800名老人提供助餐服务。 绩效指标\n",
    "项目名称\n|\n社区养老服务补贴\n|\n实施单位\n|\n乌海市民政局(万元)\n|\n年度目标\n|\n为全市800名老人提供助餐服务。绩效指标\n|\n",
])
def test_values_end_where_labels_begin_in_every_layout(text):
    form = _read(text).form
    assert form.project_name == "社区养老服务补贴"
    assert form.unit == "乌海市民政局"
    assert form.goals.annual == ["为全市800名老人提供助餐服务。"]


def test_a_label_with_spaces_inside_is_not_part_of_its_value():
    form = _read("项目名称   社区养老服务补贴\n年度主要目标     和成果 新建助餐点3个,服务老人800名。\n").form
    assert form.goals.annual == ["新建助餐点3个,服务老人800名。"]


def test_a_cell_per_line_with_lone_pipes_is_read_as_cells_and_a_blank_department_stays_blank():
    text = "项目名称\n|\n国家基本公共卫生服务项目\n|\n主管部门及代码\n|\n|\n实施单位\n|\n卫健委\n|\n项目期\n|\n长期\n|\n"
    r = _read(text)
    assert r.form.project_name == "国家基本公共卫生服务项目"
    assert r.form.unit == "卫健委"
    assert r.form.department == ""              # 卫健委 is the 实施单位's, never the blank 主管部门's


@pytest.mark.parametrize("line,start,end", [
    ("起始日期:2019年  1 月 1日 结束日期:  2021 年 12  月31日", "2019-01", "2021-12"),
    ("开始时间:  2024 年 3  月1日    结束时间:2024年 12 月 31 日", "2024-03", "2024-12"),
    ("项目起止时间   2023 年 4 月-2024 年 2 月", "2023-04", "2024-02"),
])
def test_a_date_printed_with_spaces_is_one_date(line, start, end):
    form = _read(f"项目名称   社区养老服务补贴资金\n{line}\n资金总额(万元)   120\n").form
    assert (form.start, form.end) == (start, end)


@pytest.mark.parametrize("text, start, end", [
    ("项目名称 | 社区养老服务补贴 |\n项目支出实施期 | 2025年 |\n", "2025-01", "2025-12"),
    ("项目名称   社区养老服务补贴\n项目起止时间   2021年度\n", "2021-01", "2021-12"),
    ("项目名称\n|\n社区养老服务补贴\n|\n项目期\n|\n2024年\n|\n", "2024-01", "2024-12"),
    ("项目名称 | 社区养老服务补贴 |\n开始时间 | 2024年 | 结束时间 | 2024年 |\n", "2024-01", "2024-12"),
])
def test_a_period_given_as_years_is_read_as_published_forms_mean_it(text, start, end):
    # the real forms' gold (corpus/real 021: 项目期 | 2022年 → 2022-01 至 2022-12) reads a year as the whole year
    r = _read(text)
    assert (r.form.start, r.form.end) == (start, end)


@pytest.mark.parametrize("text,start,end", [
    ("项目名称 | 社区养老服务补贴 |\n项目起止时间 | 2024-01~2024-12 |\n", "2024-01", "2024-12"),
    ("项目名称 | 社区养老服务补贴 |\n项目起止时间 | 202001-202012 |\n", "2020-01", "2020-12"),
    ("项目名称 | 社区养老服务补贴 |\n开始时间 | 2024年上半年 |\n", "2024年上半年", ""),
])
def test_a_period_with_its_months_is_read(text, start, end):
    form = _read(text).form
    assert (form.start, form.end) == (start, end)


@pytest.mark.parametrize("line,want", [
    ("项目属性        延续项目                                新增项目", ""),
    ("项目属性 | 新增项目 | 延续项目 |", ""),
    ("项目属性   ☑新增项目   □延续项目", "新增"),
    ("项目属性 | □新增 | ■延续 |", "延续"),
    ("项目属性   延续项目", "延续"),
])
def test_an_unmarked_choice_list_is_no_answer(line, want):
    form = _read(f"项目名称   社区养老服务补贴资金\n{line}\n资金总额(万元)   120\n").form
    assert form.attribute == want


@pytest.mark.parametrize("text", [
    "项目名称 | 营养改善计划专项资金 |\n主管部门 | 永德县教育体育局 |\n",
    "项目名称   营养改善计划专项资金\n主管部门   永德县教育体育局\n",
    "项目名称\n|\n营养改善计划专项资金\n|\n主管部门\n|\n永德县教育体育局\n|\n",
])
def test_a_project_name_that_ends_like_a_label_is_the_name(text):
    assert _read(text).form.project_name == "营养改善计划专项资金"


def test_a_spaced_label_value_cell_and_a_label_ending_a_cell_take_their_values():
    text = ("       项目名称 特殊人群病种筛查经费\n"
            "项目总预算(万元) 75.00      项目当年预算(万元) 25.00\n"
            "项目绩效目标(含项目概况) 项目概况:用于开展筛查工作。          预期目标:依法做好防控工作,筛查3000人。\n")
    form = _read(text).form
    assert form.project_name == "特殊人群病种筛查经费"
    assert (form.funding.total, form.funding.current_year) == (75.0, 25.0)
    assert form.overview == "用于开展筛查工作。"
    assert form.goals.annual == ["依法做好防控工作,筛查3000人。"]


INDICATORS = """| 项目名称 | 社区养老服务补贴资金 |
| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 助餐服务人数 | ≧ | 800 | 人 | 812 | 10 | 10 |
| 时效指标 | 补贴发放及时率 | ≧ | 100 | % | 100% | 10 | 9 |
| (40-50)分 |
| 效益指标 | 经济效益 指标 | 减轻困难老人家庭生活负担 | 定性 | 有效 |
| 10 |
| (0-20)分 |
"""


def test_scores_and_rows_without_a_name_are_no_indicators():
    inds = _read(INDICATORS).form.indicators
    got = [(i.level2, i.name, i.value) for i in inds]
    assert ("数量指标", "助餐服务人数", "≥800人") in got               # never the 实际完成值 812 or a score
    assert ("时效指标", "补贴发放及时率", "≥100%") in got
    assert all(i.name for i in inds)                                       # no row without a name
    assert not any("分" in i.value or i.value == "10" for i in inds)      # a score is no target


def test_a_nameless_value_goes_to_the_row_above_only_when_that_row_has_a_name_and_no_value():
    from assistant.importers.cells import Cell, State
    from assistant.importers.tables import _nameless
    st = State(method="text-rows")
    st.indicators = [{"scope": "annual", "level1": "效益指标", "level2": "经济效益指标", "name": "减轻负担", "value": ""}]
    row = [Cell("有效", 0, "第9行")]
    assert _nameless(st, "annual", "经济效益指标", "有效", row)
    assert st.indicators[0]["value"] == "有效"
    assert _nameless(st, "annual", "经济效益指标", "10", row)         # the row above has its value now: left out
    assert st.indicators[0]["value"] == "有效" and len(st.indicators) == 1
    assert any("没有指标名称" in w for w in st.warnings)
    st.indicators[0]["value"] = ""
    assert _nameless(st, "annual", "社会效益指标", "有效", row)       # another 二级: not the same row
    assert st.indicators[0]["value"] == ""
