"""One organisation named under another ("我们是县卫健局下面的县人民医院医共体办公室") is two facts: the unit below and
the department above. The whole phrase was stored as the unit's name ("县卫健局下面的县人民医院医共体办公室"), and
"我们是县卫健局下面的" stored the department as the unit. The unit is stored; the other is offered to confirm when its
question comes (it fills nothing unasked)."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.answers import Context
from assistant.interview.readers import read
from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "村卫生室基本药物补助"}


def _fills(path: str, said: str) -> dict[str, tuple[str, bool]]:
    return {f.path: (f.value, f.primary) for f in read(path, said, Context()).fills}


@pytest.mark.parametrize("said,below,above", [
    ("我们是市医保局下面的市医疗保障服务中心", "市医疗保障服务中心", "市医保局"),
    ("市医保局下属的市医疗保障服务中心", "市医疗保障服务中心", "市医保局"),
    ("区文旅局所属的区图书馆", "区图书馆", "区文旅局"),
    ("镇政府管的镇农业综合服务中心", "镇农业综合服务中心", "镇政府"),
    ("市医保局的市医疗保障服务中心", "市医疗保障服务中心", "市医保局"),
])
def test_unit_under_a_department(said, below, above):
    assert _fills("unit", said) == {"unit": (below, True), "department": (above, False)}
    assert _fills("department", said) == {"department": (above, True), "unit": (below, False)}


@pytest.mark.parametrize("said", ["我们是市医保局下面的", "市医保局下属", "市医保局底下的"])
def test_only_the_one_above_named_is_no_unit(said):
    assert _fills("unit", said) == {"department": ("市医保局", False)}


@pytest.mark.parametrize("said", ["县城市管理局", "县人民医院的", "我们是县人民医院", "县市场监督管理局"])
def test_one_name_is_one_name(said):
    fills = _fills("unit", said)
    assert list(fills) == ["unit"] and "的" not in fills["unit"][0]


def test_the_unit_beside_the_one_above():
    assert _fills("unit", "县疾控中心，属于县卫健局") == {"unit": ("县疾控中心", True), "department": ("县卫健局", False)}


def test_interview_stores_the_unit_and_offers_the_department():
    iv = asked_on(TODAY, "unit", BASE)
    r = iv.answer("我们是县卫健局下面的县人民医院医共体办公室")
    assert iv.form.unit == "县人民医院医共体办公室"
    assert not iv.form.department                        # offered, not stored unasked
    assert r.question is not None and r.question.field == "department" and "县卫健局" in r.question.text
    iv.answer("是")
    assert iv.form.department == "县卫健局"


def test_interview_names_the_one_above_then_her_own():
    iv = asked_on(TODAY, "unit", BASE)
    iv.answer("我们是县卫健局下面的")
    assert not iv.form.unit and not iv.form.department
    iv.ask("unit")
    iv.answer("县疾控中心")
    assert iv.form.unit == "县疾控中心"


@pytest.mark.parametrize("said, unit, department", [
    ("我们是县文旅局的，具体是文化馆在做", "文化馆", "县文旅局"),
    ("我们属于县卫健局，具体由县疾控中心实施", "县疾控中心", "县卫健局"),
    ("具体由县文化馆实施", "县文化馆", ""),
])
def test_the_one_who_does_it_is_the_unit(said, unit, department):
    """"我们是县文旅局的，具体是文化馆在做" stored 县文旅局 as the unit (the one who does it is 文化馆)."""
    iv = asked_on(TODAY, "unit", BASE)
    r = iv.answer(said)
    assert iv.form.unit == unit and not iv.form.department
    if department:
        assert r.question is not None and r.question.field == "department" and department in r.question.text
        iv.answer("是")
        assert iv.form.department == department
