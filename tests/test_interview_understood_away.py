"""A message that gives nothing to the form and is all talk — a wait and what keeps her ("等一下 进个加油站",
"稍等，同事喊我过去一下"), or what she has just done ("刚刚找材料找了好久") — is chatter, not an unreadable message; the
field stays as it was and nothing is stored. What the reader could not read and is no talk stays unclear."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview


def _asked(field: str) -> Interview:
    iv = Interview(today=dt.date(2026, 4, 20))
    iv.opening()
    iv.ask(field)
    return iv


@pytest.mark.parametrize("field, said", [
    ("start", "等一下 进个加油站"),
    ("unit_head", "稍等，同事喊我过去一下"),
    ("funding", "刚刚找材料找了好久"),
    ("department_head", "不好意思 刚刚发错群了"),
    ("unit_phone", "等下，我们队长进来了，让他跟你讲"),
])
def test_talk_alone_is_chatter(field, said):
    iv = _asked(field)
    before = iv.form.model_dump()
    r = iv.answer(said)
    assert r.acts == ["chatter"], r.acts
    assert iv.form.model_dump() == before


@pytest.mark.parametrize("field, said", [("unit_head", "稍等 见附件"), ("funding", "jjjj"), ("start", "等一下 那个那个")])
def test_what_is_no_talk_stays_unclear(field, said):
    r = _asked(field).answer(said)
    assert "chatter" not in r.acts
