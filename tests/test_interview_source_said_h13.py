"""Who said it, before what she passes on: "科长说三十二万" — the colleague's word is talk, the figure after it her
answer (acts._after_talk); "就叫…" before a unit's name is a lead-in, no part of the name (whom._ORG_LEAD)."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2024, 3, 12)


@pytest.mark.parametrize("say,total", [("主任说四十五万", 45), ("领导说28.5万", 28.5)])
def test_a_figure_passed_on_is_the_answer(say, total):
    iv = asked_on(TODAY, "funding")
    reply = iv.answer(say)
    assert iv.form.funding.total == total and "chatter" in reply.acts and "answer" in reply.acts


@pytest.mark.parametrize("field,say,want", [("unit", "领导说就叫县农机推广站", "县农机推广站"), ("department", "就叫县农业农村局", "县农业农村局")])
def test_jiujiao_is_no_part_of_a_unit(field, say, want):
    iv = asked_on(TODAY, field, {"unit": "县农机推广站"} if field == "department" else None)
    iv.answer(say)
    assert getattr(iv.form, field) == want
