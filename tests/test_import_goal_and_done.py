"""A self-evaluation whose goal row is run into one line (issue 12; the shape of real_more9 912 / real_more 112, written
here as a new small text): '年度总体目标 预期目标 实际完成情况 <目标> <完成情况>'. The two paragraphs split in exactly
one place, so the first is the year's goal and the second (what was done) is no field's; when they cannot be told
apart the goal stays unread.
"""
from __future__ import annotations

from assistant.importers import read_bytes

HEAD = ("附件: 项目支出绩效自评表 (2023年度) 项目名称 农村道路养护项目 主管部门 301-某镇人民政府 "
        "实施单位 301001-某镇人民政府 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
        "年度资金总额: 40 40 39.5 10 98.75% 9.9 其中:本年财政拨款 40 40 39.5 上年结转资金 其他资金 "
        "年度总体目标 预期目标 实际完成情况 ")
TAIL = " 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施"
GOAL = "完成全镇农村道路日常养护60公里。其中:路面修补20公里;边沟清理40公里。"
DONE = "全年完成农村道路日常养护61公里。其中:路面修补21公里;边沟清理40公里。"


def test_the_goal_paragraph_before_what_was_done_is_the_years_goal():
    got = read_bytes((HEAD + GOAL + " " + DONE + TAIL).encode("utf-8"), "x.txt")
    assert got.form.goals.annual == [GOAL]


def test_a_row_of_dots_between_them_is_no_part_of_the_goal():
    got = read_bytes((HEAD + GOAL + " .. ........ " + DONE + TAIL).encode("utf-8"), "x.txt")
    assert got.form.goals.annual == [GOAL]


def test_paragraphs_that_do_not_split_in_one_place_leave_the_goal_unread():
    three = GOAL + " " + DONE + " " + "其他情况说明:无。"
    got = read_bytes((HEAD + three + TAIL).encode("utf-8"), "x.txt")
    assert got.form.goals.annual == []
