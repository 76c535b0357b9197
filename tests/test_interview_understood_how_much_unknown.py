""""多少" or "几" followed by her not knowing it ("人数多少记不清了", "金额多少不记得了", "写几个合适我不知道") is a
don't-know, not a question back about a term; with a question mark it stays her question."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview


def _asked(field: str) -> Interview:
    iv = Interview(today=dt.date(2026, 10, 12))
    iv.opening()
    iv.ask(field)
    return iv


@pytest.mark.parametrize("field, said", [
    ("indicators.数量指标", "培训人数多少记不清了"),
    ("funding", "金额多少不记得了"),
    ("indicators.时效指标", "时效写几天合适我不知道"),
])
def test_not_knowing_how_much(field, said):
    iv = _asked(field)
    r = iv.answer(said)
    assert "dont_know" in r.acts and "question" not in r.acts, r.acts
    assert not iv.form.indicators and iv.form.funding.total is None


def test_asked_with_a_question_mark_is_a_question():
    r = _asked("indicators.时效指标").answer("时效写几天合适？")
    assert "question" in r.acts
