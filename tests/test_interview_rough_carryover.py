"""A rough figure given for a part of the funding the interview had assumed 0 ("未提到上年结转，按0计"): she says there
is some, so the assumed 0 is withdrawn with what was computed from it, and nothing of the rough figure is stored
(turns.unassume, as for 不知道 and 跳过); a plain no keeps 0."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2024, 5, 6)


@pytest.mark.parametrize("field,say", [("funding.carryover", "结转差不多有个七八万吧"), ("funding.other", "自筹大概二十来万")])
def test_a_rough_part_withdraws_the_assumed_zero(field, say):
    iv = asked_on(TODAY, "funding")
    iv.answer("120万")
    part = field.split(".")[1]
    assert getattr(iv.form.funding, part) == 0          # assumed
    iv.ask(field)
    reply = iv.answer(say)
    assert "hedge" in reply.acts
    assert getattr(iv.form.funding, part) is None and iv.form.funding.current_year is None
    assert iv.form.funding.total == 120
    iv.ask(field)
    iv.answer("没有")
    assert getattr(iv.form.funding, part) == 0
