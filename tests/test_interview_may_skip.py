""""这个可以不填吗" is answered as asked: a field the form requires can be put off with 跳过 but not left out; 中长期目标
may stay empty for a project done within the year; a contact may be left for later. Nothing is stored, and the same
question stays. "填万元还是元" is answered with what 万元 means, never read as an amount."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "城区公厕保洁服务", "unit": "区城市管理局", "department": "区城市管理局"}


@pytest.mark.parametrize("asked", ["function_code", "basis", "indicators.成本指标"])
@pytest.mark.parametrize("said", ["这个可以不填吗", "必须填吗？", "不填可以吗"])
def test_required_field_is_said_to_be_required(asked, said):
    iv = asked_on(TODAY, asked, BASE)
    before = iv.form.to_json()
    reply = iv.answer(said)
    text = " ".join(reply.said)
    assert "不能空着" in text and "跳过" in text
    assert iv.form.to_json() == before and reply.question.field == asked


def test_long_term_goal_may_stay_empty():
    iv = asked_on(TODAY, "goals.long_term", BASE)
    reply = iv.answer("中长期目标可以不写吗")
    assert "可以不写" in " ".join(reply.said) and iv.form.goals.long_term == []


def test_a_contact_may_wait():
    iv = asked_on(TODAY, "unit_head", BASE)
    reply = iv.answer("负责人可以先不填吗")
    assert "可以先不填" in " ".join(reply.said) and iv.form.unit_head == ""


def test_what_it_means_is_still_explained():
    iv = asked_on(TODAY, "function_code", BASE)
    reply = iv.answer("什么是预算功能科目？")
    assert "不能空着" not in " ".join(reply.said) and "7位" in " ".join(reply.said)


@pytest.mark.parametrize("said", ["填万元还是元", "单位是万元还是元？"])
def test_which_unit_is_answered(said):
    iv = asked_on(TODAY, "funding", BASE)
    reply = iv.answer(said)
    assert "「万元」" in " ".join(reply.said) and iv.form.funding.total is None


def test_filler_still_me_is_no_question():
    iv = asked_on(TODAY, "filler", BASE)
    iv.answer("填表人还是我，钟敏")
    assert iv.form.filler == "钟敏"
