"""Budget lines said where the funding's parts are asked: never a new total (the first line is no total), kept as
预算明细 when they add up to the total she gave; her reply word before them is no line's name."""
import datetime as dt

import pytest

from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 2)
FORM = {"project_name": "农村公路养护工程", "unit": "县交通运输局", "start": "2027-01", "end": "2027-12", "year": 2027,
        "funding": {"total": 756}}


@pytest.mark.parametrize("said", ["路面养护600万 桥涵维修100万 安全设施56万", "没有，路面养护600万 桥涵维修100万 安全设施56万"])
def test_lines_that_add_up_are_the_budget(said):
    iv = asked_on(DAY, "funding", FORM)
    iv.answer(said)
    assert iv.form.funding.total == 756
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("路面养护", 600), ("桥涵维修", 100), ("安全设施", 56)]


def test_lines_that_do_not_add_up_change_nothing():
    iv = asked_on(DAY, "funding", FORM)
    reply = iv.answer("路面养护600万 桥涵维修100万")
    assert iv.form.funding.total == 756 and not iv.form.budget_items
    assert "预算明细" in "".join(reply.said)


def test_a_total_first_then_its_sources_stays_the_total():
    iv = asked_on(DAY, "funding")
    iv.answer("156万，其中省级补助90万，县级安排66万")
    assert iv.form.funding.total == 156


@pytest.mark.parametrize("said", ["优良中等路率达到80%以上", "群众满意度90%"])
def test_a_rate_at_the_budget_question_is_no_share_of_the_money(said):
    iv = asked_on(DAY, "budget_items", FORM)
    reply = iv.answer(said)
    assert not iv.form.budget_items
    assert "像是一条绩效指标" in "".join(reply.said) and "比例" not in "".join(reply.said)
