"""Talk beside an answer (issue 11: chatter is stripped, never a value): where the value came from, her
slip, the system, a remark on the unit — the answer stands, the talk is said as chatter and stored nowhere;
talk with no answer beside it stores nothing; a slip word that marks a correction (打错了, 写错了) stays a
correction."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2025, 3, 4)


@pytest.mark.parametrize("field, says, path, value", [
    ("unit", "哎今天系统又卡了，单位是县水利局", "unit", "县水利局"),
    ("unit", "县水利局，就是管河道那个", "unit", "县水利局"),
    ("function_code", "听财务说用2130599", "function_code", "2130599"),
    ("function_code", "照着去年的，2120399", "function_code", "2120399"),
    ("function_code", "镇财政所给的，2130706", "function_code", "2130706"),
    ("funding", "财政局核准了，56万", "funding.total", 56),
    ("unit_head", "领导回我了，王建国", "unit_head", "王建国"),
])
def test_talk_beside_the_answer_is_chatter_and_the_answer_stands(field, says, path, value):
    iv = asked_on(TODAY, field)
    reply = iv.answer(says)
    got = iv.form.to_json()
    for part in path.split("."):
        got = got[part]
    assert got == value
    assert "chatter" in reply.acts and "answer" in reply.acts


@pytest.mark.parametrize("field", ["unit", "function_code", "project_name", "unit_head"])
@pytest.mark.parametrize("says", ["稍等，我找下去年的表", "系统又卡了", "慢慢来啊", "书记说了"])
def test_talk_alone_stores_nothing(field, says):
    iv = asked_on(TODAY, field)
    before = iv.form.to_json()
    reply = iv.answer(says)
    assert iv.form.to_json() == before
    assert "answer" not in reply.acts


LINES = {"project_name": "白蚁防治", "year": 2025, "funding": {"total": 40, "current_year": 40},
         "budget_items": [{"name": "预防药物", "amount": 20}, {"name": "灭治服务", "amount": 20}],
         "indicators": [{"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "群众满意度", "value": "≥90%"}]}


@pytest.mark.parametrize("says, amount", [("灭治服务改成18万，我看错行了", 18), ("灭治服务那行是22万，少敲了一下", 22)])
def test_a_slip_said_beside_a_correction_is_chatter(says, amount):
    iv = asked_on(TODAY, "confirm", LINES)
    reply = iv.answer(says)
    assert dict((b.name, b.amount) for b in iv.form.budget_items)["灭治服务"] == amount
    assert "correction" in reply.acts and "chatter" in reply.acts


@pytest.mark.parametrize("says", ["打错了，满意度是85%", "写错了，满意度是85%"])
def test_a_slip_that_marks_the_correction_stays_a_correction(says):
    iv = asked_on(TODAY, "indicators.质量指标", LINES)
    reply = iv.answer(says)
    assert [i.value for i in iv.form.indicators if i.name == "群众满意度"] == ["≥85%"]
    assert "correction" in reply.acts
