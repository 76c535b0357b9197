"""The interview engine, driven with answers an applicant would write."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview

TODAY = dt.date(2020, 8, 19)

SEED_ANSWERS = [
    "社会化聘用人员经费",
    "市信访局",
    "同上",
    "我们局今年要聘4个人做来访接待，每人每月5000元（含五险两金），共12个月",
    "是",
    "新增",
    "2020年1月到12月",
    "乌人社函〔2019〕25号《关于对市信访局通过政府购买服务方式聘用人员的意见》",
    "信访接待任务重、人手不足，聘用人员可以保障接访工作正常开展。",
    "没有",
    "聘用人员到岗率≥98%",
    "工资按月发放及时率100%",
    "信访事项按期办结率95%以上",
    "来访群众满意度不低于90%",
    "好",
    "好",
    "确认",
]


def run(answers, today=TODAY, form=None):
    iv = Interview(form, today=today)
    iv.opening()
    asked = []
    for a in answers:
        q = iv.next_question()
        if q is None:
            break
        asked.append(q.field)
        iv.answer(a)
    return iv, asked


def test_seed_project_drafted_from_a_clerks_answers():
    iv, asked = run(SEED_ANSWERS)
    f = iv.form
    assert iv.done
    assert (f.project_name, f.unit, f.department, f.function_code, f.attribute) == (
        "社会化聘用人员经费", "市信访局", "市信访局", "2010308", "新增")
    assert (f.start, f.end, f.year) == ("2020-01", "2020-12", 2020)
    assert f.funding.model_dump() == {"total": 24.0, "carryover": 0.0, "current_year": 24.0, "other": 0.0}
    assert [(i.name, i.amount) for i in f.budget_items] == [("社会化聘用人员经费", 24.0)]
    values = {i.name: i.value for i in f.indicators}
    assert values["聘用人员数量"] == "=4人"
    assert values["人均月经费"] == "≤5000元/人·月"
    assert values["来访群众满意度"] == "≥90%"
    assert not iv.report().has_errors
    assert iv.unconfirmed_numbers() == []


def test_one_answer_fills_unit_headcount_money_and_indicators():
    iv = Interview(today=TODAY)
    iv.opening()
    iv.answer("社会化聘用人员经费")
    reply = iv.answer("我们信访局今年要聘4个人，每人每月5000")
    f = iv.form
    assert f.unit == "信访局"
    assert f.funding.total == 24.0
    assert iv.provenance["funding.total"].kind == "computed"
    assert iv.provenance["funding.total"].detail == "4人×5000元×12个月=240000元"
    assert [(i.name, i.value) for i in f.indicators] == [("聘用人员数量", "=4人"), ("人均月经费", "≤5000元/人·月")]
    assert {"unit", "funding.total", "budget_items", "indicators:聘用人员数量"} <= set(reply.changed)
    assert reply.said[0].startswith("已记录：项目单位（实施单位）：信访局")
    # never asks again for what it has
    assert reply.question.field == "department"
