"""Corrections said beside something else (issue 11): a yes to a proposal with a figure changed in the
same message, several budget lines and the total corrected in one breath while another field is asked,
a part of the funding asked while she corrects the total. Each tried against answers that would misfile."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2024, 4, 2)
FORM = {"project_name": "乡村公路养护", "unit": "县交通运输局", "department": "县交通运输局", "start": "2024-01", "end": "2024-12",
        "year": 2024, "overview": "养护农村公路420公里", "funding": {"total": 100, "carryover": 0, "current_year": 100, "other": 0},
        "budget_items": [{"name": "路面修补", "amount": 60}, {"name": "桥涵维护", "amount": 25}, {"name": "养护人员劳务", "amount": 15}],
        "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "养护里程", "value": "=420公里"}]}


def _amounts(iv):
    return {b.name: b.amount for b in iv.form.budget_items}


@pytest.mark.parametrize("says", ["对，不过养护里程是450公里", "你写的那个可以，不过养护里程应该是450公里"])
def test_a_yes_with_a_figure_changed_changes_the_row_and_the_goal_is_drafted_from_it(says):
    iv = asked_on(TODAY, "goals.annual", FORM)
    reply = iv.answer(says)
    assert {"confirm", "correction"} <= set(reply.acts)
    assert iv.form.indicators[0].value == "=450公里"
    assert iv.form.goals.annual and "450公里" in iv.form.goals.annual[0] and "420公里" not in iv.form.goals.annual[0]


def test_a_yes_with_a_budget_line_changed():
    iv = asked_on(TODAY, "goals.annual", FORM)
    iv.answer("好的，不过桥涵维护是23万")
    assert _amounts(iv)["桥涵维护"] == 23
    assert iv.form.goals.annual


def test_a_yes_with_a_figure_that_has_no_place_changes_nothing_else():
    iv = asked_on(TODAY, "goals.annual", FORM)
    reply = iv.answer("可以，不过写清楚是3座桥10个涵洞")
    assert iv.form.goals.annual
    assert _amounts(iv) == {"路面修补": 60, "桥涵维护": 25, "养护人员劳务": 15}
    assert [i.value for i in iv.form.indicators] == ["=420公里"]
    assert any("没找准" in s for s in reply.said)


def test_several_lines_and_the_total_corrected_while_another_field_is_asked():
    iv = asked_on(TODAY, "filler", FORM)
    reply = iv.answer("等会儿，前面路面修补说错了，是55万，劳务是20万，总数不变")
    assert _amounts(iv) == {"路面修补": 55, "桥涵维护": 25, "养护人员劳务": 20}
    assert iv.form.funding.total == 100 and not iv.form.filler
    assert reply.acts == ["correction"]


def test_a_line_and_a_new_total_in_one_message():
    iv = asked_on(TODAY, "unit_head", FORM)
    iv.answer("桥涵维护算错了，应该是30万，总额也改成105万")
    assert _amounts(iv)["桥涵维护"] == 30
    assert iv.form.funding.total == 105
    assert not iv.form.unit_head


def test_the_old_figure_said_wrong_is_not_the_new_one():
    iv = asked_on(TODAY, "unit_head", FORM)
    iv.answer("对了刚才说的路面修补60万不对 是58万 桥涵维护还是25")
    assert _amounts(iv) == {"路面修补": 58, "桥涵维护": 25, "养护人员劳务": 15}


def test_the_total_corrected_while_the_carryover_is_asked_is_no_carryover():
    iv = asked_on(TODAY, "funding.carryover", FORM)
    reply = iv.answer("钱说错了 总共是120万")
    assert iv.form.funding.total == 120
    assert iv.form.funding.carryover == 0
    assert "correction" in reply.acts


def test_a_carryover_said_beside_no_other_funds_is_the_carryover():
    iv = asked_on(TODAY, "funding.carryover", FORM)
    iv.answer("哦那有，去年剩了十五万，其他资金没有")
    assert iv.form.funding.carryover == 15
