"""A rough figure inside a text field's answer ("明年计划演60场左右" at 项目概况) is kept in her words there: the reply
used to say "请写出准确的数" and then ask the next question, so the exact figure she typed next ("60场") was read as
the answer to that question and lost. Now it says the text keeps her words and the figures go exact into 指标."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
FORM = {"project_name": "群众文化惠民演出经费", "unit": "县文化馆", "department": "县文旅局",
        "start": "2027-01", "end": "2027-12", "year": 2027, "funding": {"total": 80.0}}


@pytest.mark.parametrize("field, said, rough", [
    ("overview", "就是每年都搞的送戏下乡，明年计划演60场左右，主要在乡镇和村里", "60场左右"),
    ("necessity", "全县大概30个村没有文化活动场所，群众看戏难，很有必要", "大概30个"),
])
def test_rough_figure_in_text_is_kept_and_not_asked_for(field, said, rough):
    iv = asked_on(TODAY, field, FORM)
    r = iv.answer(said)
    assert rough in getattr(iv.form, field)
    text = "\n".join(r.said)
    assert "请写出准确的数" not in text and "原话" in text
    assert r.question is None or r.question.field != field


def test_rough_money_still_asked_exactly():
    iv = asked_on(TODAY, "funding.total", {**FORM, "funding": {}})
    r = iv.answer("大概八十万吧")
    assert iv.form.funding.total is None
    assert r.question is not None and r.question.field == "funding" and "准确" in r.question.text


@pytest.mark.parametrize("said", ["给全县36所学校的学生搞课后服务，每生每学期补200元，大概1.5万学生",
                                  "为全县大约3000多农户提供农技指导"])
def test_rough_count_of_people_is_no_money(said):
    """"大概1.5万学生" was taken for the funding's total: "项目资金总额（万元）准确是多少？", and the clause cut from 概况."""
    iv = asked_on(TODAY, "overview", {**FORM, "funding": {}})
    r = iv.answer(said)
    assert iv.form.overview.endswith(said[-4:])
    assert iv.form.funding.total is None
    assert r.question is None or not r.question.field.startswith("funding")
