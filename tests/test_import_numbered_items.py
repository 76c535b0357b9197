"""Notices that print a project as numbered items, one a line ('1、项目名称:…', '2、项目实施地点:…', or a heading '七、绩效目标'
with its value on the lines below): an item's value ends where the next numbered item begins, whether the lexicon knows
that item's label or not — the text is flattened to be cut at labels, and without that end a value runs on into the
next item ('…建设项目2、项目实施地点:…'), or the next item's number joins it ('实施期限:2019年' + '6.' read as 2019-06).
"""
from __future__ import annotations

from assistant.importers.assemble import _run_in_head
from assistant.importers.text_reader import read_text

NOTICE = """某县2021年茶叶种植项目
扶贫资金计划安排情况公示
经县扶贫开发领导小组审定，现将该项目计划安排情况公告如下：
1、项目名称:某县2021年茶叶种植建设项目
2、项目实施地点:东乡、西乡、南乡;
3、项目建设内容:新建茶园1200亩，每亩补助800元。
4、资金数额:96万元
5、实施期限:2021年
6、实施部门及责任人:农业农村局 李四
7、项目绩效目标:新建茶园1200亩，带动农户300户增收。
8、项目带贫减贫机制:带动脱贫户务工增收。
监督电话:1234567
"""

HEADINGS = """某县第二中学
学生资助资金公示
一、实施地点
某县第二中学。
二、建设内容
全年资助学生800人次，资助资金64万元。
三、资助标准
每生每年2000元。
四、实施期限
2022.1.1-2022.12.31.
五、实施单位及责任人
某县第二中学 赵六
六、绩效目标
总体目标:保障家庭经济困难学生顺利完成学业。
"""


def _form(text: str):
    return read_text(text.encode("utf-8"), "notice.txt").form


def test_a_value_ends_at_the_next_numbered_item_whatever_its_label():
    form = _form(NOTICE)
    assert form.project_name == "某县2021年茶叶种植建设项目"
    assert form.goals.annual == ["新建茶园1200亩，带动农户300户增收。"]


def test_the_next_items_number_is_no_part_of_a_bare_year():
    form = _form(NOTICE)
    assert form.start != "2021-06" and form.end != "2021-06"     # '2021年' + '6、' is no June


def test_numbered_item_labels_of_a_notice():
    form = _form(NOTICE)
    assert (form.unit, form.unit_head) == ("农业农村局", "李四")         # 实施部门及责任人: the unit and its head
    assert form.funding.total == 96.0                                   # 资金数额
    period = _form(NOTICE.replace("5、实施期限:2021年", "5、项目计划建设时限:2021年3月1日——2021年11月30日"))
    assert (period.start, period.end) == ("2021-03", "2021-11")


def test_a_numbered_heading_ends_the_value_above_it_and_a_run_in_head_is_split_at_the_units_ending():
    form = _form(HEADINGS.replace("某县第二中学 赵六", "某县第二中学赵六"))
    assert (form.unit, form.unit_head) == ("某县第二中学", "赵六")
    assert "资助标准" not in (form.overview or "") and "每生每年" not in (form.overview or "")


def test_a_run_in_head_is_split_only_when_one_way_fits():
    assert _run_in_head("某乡人民政府王五") == [("某乡人民政府", "王五")]
    assert _run_in_head("某县第二中学") == []                             # no name after the ending


def test_a_library_code_before_a_name_that_starts_with_its_year_is_no_part_of_the_name():
    text = "项目支出绩效目标表\n项目名称 | 51000000T000000000001-2023年某县档案数字化项目 |\n主管部门 | 某县档案局 | 实施单位 | 某县档案馆 |\n"
    assert _form(text).project_name == "2023年某县档案数字化项目"
