"""Ordinary clerk messages the interview must read (issue 11): a slip she owns after a field's word
(结转俺搞错了), the figure she settles on among several (少算了4个，是90个), a long label inside an
unpunctuated voice message, 主管是…, talk before the field's word. Each case asserts the field changed
and that the asked field kept nothing."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview

TODAY = dt.date(2025, 3, 1)


def asked(field: str) -> Interview:
    iv = Interview(today=TODAY)
    iv.ask(field)
    return iv


def test_a_slip_she_owns_after_the_carryover_changes_it_and_not_the_asked_phone():
    iv = asked("funding")
    iv.answer("总共1486万，其中上年结转200万")
    iv.ask("unit_phone")
    r = iv.answer("哦对了，前面那个结转俺搞错了，不是200万，是120万")
    assert iv.form.funding.carryover == 120
    assert iv.form.funding.current_year == 1366
    assert iv.form.unit_phone == ""
    assert "unclear" not in r.acts and "correction" in r.acts


@pytest.mark.parametrize("says, headcount", [
    ("啊这，上面说的人数不对，少算了4个，是90个网格员", 90),
    ("人数说错了，多写了2个，应该是10个人", 10),
])
def test_a_correction_keeps_the_figure_she_settles_on_not_the_difference(says, headcount):
    from assistant.interview import fields as F
    m = [x for x in F.mentions(says) if x.path == "fact.headcount"]
    assert m and m[0].marked
    assert m[0].value.startswith(str(headcount))


def test_several_figures_without_a_correction_keep_the_first():
    from assistant.interview import fields as F
    m = [x for x in F.mentions("人数12个，是正式的") if x.path == "fact.headcount"]
    assert m[0].value.startswith("12")


@pytest.mark.parametrize("says, unit, department", [
    ("单位是市公安局禁毒支队主管部门就是市公安局", "市公安局禁毒支队", "市公安局"),
    ("县妇幼保健院，主管是县卫健委", "县妇幼保健院", "县卫健委"),
])
def test_the_unit_and_its_department_in_one_message(says, unit, department):
    iv = asked("unit")
    r = iv.answer(says)
    assert (iv.form.unit, iv.form.department) == (unit, department)
    assert set(r.acts) == {"answer", "facts"}


@pytest.mark.parametrize("says", ["主管的是市司法局", "主管是市司法局"])
def test_the_department_answer_loses_its_label_and_verb(says):
    iv = asked("department")
    iv.answer(says)
    assert iv.form.department == "市司法局"


def test_a_word_like_a_label_inside_a_name_is_no_label():
    from assistant.interview import fields as F
    assert not [m for m in F.mentions("主管领导是王五") if m.path == "department"]
