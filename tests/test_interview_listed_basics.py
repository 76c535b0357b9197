"""Basics sent in one message as a list with spaces ("…；期限 2027.1-2027.12；资金 96万（保洁人员工资72万，耗材12万，
水电12万）") lost the money in silence: a short label then a value of its own kind names its field; the budget lines
said with a total (after 其中, or in brackets) are its lines when they add up to it — they were dropped and asked
again. A budget subject said by its name ("科目应该是城乡社区环境卫生吧") was offered as the 项目名称; its code from the
official list is now offered, stored on her yes."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview
from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 3)
FORM = {"project_name": "城区公厕保洁服务", "unit": "县环卫所"}
LINES = [("保洁人员工资", 72.0), ("耗材", 12.0), ("水电", 12.0)]


def _lines(iv):
    return [(b.name, b.amount) for b in iv.form.budget_items]


def test_a_list_with_spaces_keeps_its_period_money_and_lines():
    iv = Interview(None, today=DAY)
    iv.answer("您好，我把基本情况一次发给你：项目名称 城区公厕保洁服务；实施单位 县环卫所；主管部门 县城管局；"
              "期限 2027.1-2027.12；资金 96万（保洁人员工资72万，耗材12万，水电12万）")
    f = iv.form
    assert (f.project_name, f.unit, f.department, f.start, f.end) == ("城区公厕保洁服务", "县环卫所", "县城管局", "2027-01", "2027-12")
    assert f.funding.total == 96 and _lines(iv) == LINES


@pytest.mark.parametrize("said", ["96万，其中保洁人员工资72万，耗材12万，水电12万", "96万（保洁人员工资72万，耗材12万，水电12万）"])
def test_lines_said_with_the_total_are_its_lines(said):
    iv = asked_on(DAY, "funding", FORM)
    iv.answer(said)
    assert iv.form.funding.total == 96 and _lines(iv) == LINES


def test_lines_that_do_not_add_up_are_not_taken():
    iv = asked_on(DAY, "funding", FORM)
    iv.answer("96万，其中保洁人员工资70万，耗材12万，水电12万")
    assert iv.form.funding.total == 96 and _lines(iv) == []


@pytest.mark.parametrize("asked,said", [("function_code", "应该是城乡社区环境卫生吧"),
                                        ("overview", "编码不知道，科目应该是城乡社区环境卫生吧")])
def test_a_subject_by_its_name_is_offered_by_its_code(asked, said):
    iv = asked_on(DAY, asked, FORM)
    r = iv.answer(said)
    text = "\n".join(r.lines())
    assert iv.form.project_name == "城区公厕保洁服务" and "项目名称" not in text
    assert iv.form.function_code == "" and "2120501" in text
    iv.answer("是")
    assert iv.form.function_code == "2120501" and iv.form.project_name == "城区公厕保洁服务"


@pytest.mark.parametrize("asked", ["function_code", "overview"])
def test_a_code_said_with_its_name_is_the_code(asked):
    iv = asked_on(DAY, asked, FORM)
    iv.answer("科目我问了财务是二零四零二九九其他公安支出")
    assert iv.form.function_code == "2040299"
