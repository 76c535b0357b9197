"""Short replies (holdout11): "N" to a proposed 中长期目标 was "unclear" (a letter with no word: nothing to read),
though "Y" was a yes; "确认噶", "确认撒" (Yunnan/Sichuan sentence particles) at the final check were unclear though
"确认嘛", "确认哈" were a yes. A no is read as a no, a particle is a particle; a letter that is no reply stays
unclear and changes nothing."""
import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2025, 3, 1)
FORM = {"project_name": "人口抽样调查经费", "unit": "县统计局", "start": "2025-04", "end": "2025-12", "year": 2025,
        "funding": {"total": 60, "carryover": 0, "current_year": 60, "other": 0},
        "budget_items": [{"name": "调查员劳务", "amount": 60}]}


@pytest.mark.parametrize("says", ["N", "n", "No"])
def test_a_no_letter_declines_the_proposal(says):
    iv = asked_on(TODAY, "goals.long_term", FORM)
    q = iv.pending
    reply = iv.answer(says)
    assert q is not None and q.proposal is not None
    assert "deny" in reply.acts and "unclear" not in reply.acts
    assert not iv.form.goals.annual and not iv.form.goals.long_term


@pytest.mark.parametrize("says", ["确认噶", "确认撒", "对的嘞", "确认嘛"])
def test_a_yes_with_a_dialect_particle_is_a_yes(says):
    iv = asked_on(TODAY, "goals.long_term", FORM)
    reply = iv.answer(says)
    assert "confirm" in reply.acts and "unclear" not in reply.acts


@pytest.mark.parametrize("says", ["Q", "x"])
def test_another_letter_is_still_unclear(says):
    iv = asked_on(TODAY, "goals.long_term", FORM)
    reply = iv.answer(says)
    assert reply.acts == ["unclear"] and not iv.form.goals.annual and not iv.form.goals.long_term
