"""Commands and figures said where another value is asked.

- "再加一条质量指标：课后服务教师培训合格率100%" at 主管部门编码 stored the code "100".
- "把家长接送压力那条删了" at the question about that row's value stored the words as its value.
- "生均补助标准改成450元" changed "≤400元/生·年" to "≤450元" (its per-pupil unit lost).
- "跳过" at a question asked on purpose (a click on the field) asked the same field again at once."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
FORM = {"project_name": "中小学生课后服务补助", "unit": "县教体局", "department": "县教体局",
        "start": "2027-01", "end": "2027-12", "year": 2027, "funding": {"total": 600.0},
        "indicators": [
            {"scope": "annual", "level1": "产出指标", "level2": "数量指标", "name": "受益学生人数", "value": "≥15000人"},
            {"scope": "annual", "level1": "产出指标", "level2": "成本指标", "name": "生均补助标准", "value": "≤400元/生·年"},
            {"scope": "annual", "level1": "效益指标", "level2": "社会效益指标", "name": "家长接送压力", "value": "明显缓解"}]}


def _rows(iv) -> dict[str, str]:
    return {i.name: i.value for i in iv.form.indicators}


def test_a_rate_is_no_department_code():
    iv = asked_on(TODAY, "department_code", FORM)
    iv.answer("再加一条质量指标：课后服务教师培训合格率100%")
    assert not iv.form.department_code
    iv.answer("是")
    assert _rows(iv)["课后服务教师培训合格率"] == "=100%" and not iv.form.department_code


@pytest.mark.parametrize("said", ["把家长接送压力那条删了", "家长接送压力那条删了", "家长接送压力这一条删掉"])
def test_delete_said_where_the_rows_value_is_asked(said):
    iv = asked_on(TODAY, "basis", FORM)
    iv.answer(said)
    assert "家长接送压力" not in _rows(iv) and len(_rows(iv)) == 2 and not iv.form.basis


@pytest.mark.parametrize("said, value", [("生均补助标准改成450元", "≤450元/生·年"), ("生均补助标准改成每生每年450元", "≤450元/生·年"),
                                         ("生均补助标准改成450", "≤450元/生·年")])
def test_a_rows_per_thing_unit_stays(said, value):
    iv = asked_on(TODAY, "basis", FORM)
    iv.answer(said)
    assert _rows(iv)["生均补助标准"] == value


@pytest.mark.parametrize("field", ["department_code", "unit_head", "basis"])
def test_skip_of_a_question_asked_on_purpose_moves_on(field):
    iv = asked_on(TODAY, field, FORM)
    r = iv.answer("跳过")
    assert r.question is None or r.question.field != field
