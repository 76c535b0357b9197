"""How holdout13's clerks typed short words, read by the interview's own tables:

- the initials chat users type for whole words (bzd 不知道, qr 确认, hd 好的, dd 等等) and a syllable before the
  character it begins ("mei有结转") are read as the words (slips._PINYIN, slips._SYLLABLE);
- 恁 (Shandong/Henan 你) before a verb of the assistant's ("就用恁写的") is 你; 杠好 / 整挺好 / 就这么地 are yeses (acts.yaml);
- a message that only says she goes to look the value up ("我翻下方案", "钱那块我看看预算表") is talk: nothing stored,
  and it is not misread (acts._LOOK); beside a figure it stays part of her answer or hedge."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2025, 9, 1)
FORM = {"project_name": "松材线虫病防治", "unit": "县林业局", "start": "2025-01", "end": "2025-12", "year": 2025,
        "funding": {"total": 60}}


@pytest.mark.parametrize("field,say,acts", [("basis", "bzd", ["dont_know"]), ("filler", "bzd 回头补", None)])
def test_initials_for_not_knowing(field, say, acts):
    iv = asked_on(TODAY, field, FORM)
    reply = iv.answer(say)
    assert "dont_know" in reply.acts and not getattr(iv.form, field)
    assert acts is None or reply.acts == acts


def test_a_syllable_and_initials_for_yes():
    iv = asked_on(TODAY, "funding.carryover", FORM)
    iv.answer("mei有结转")
    assert iv.form.funding.carryover == 0
    iv = asked_on(TODAY, "goals.annual", FORM)
    reply = iv.answer("hd 就用你写的")
    assert reply.acts == ["confirm"] and iv.form.goals.annual


@pytest.mark.parametrize("say", ["杠好，就用恁写的", "整挺好，就这么地", "恁写的那个杠好"])
def test_dialect_yes_to_a_drafted_goal(say):
    iv = asked_on(TODAY, "goals.annual", FORM)
    reply = iv.answer(say)
    assert reply.acts == ["confirm"] and iv.form.goals.annual


@pytest.mark.parametrize("field,say", [("indicators.时效指标", "dd 我翻下方案"), ("funding.other", "其他资金那块我看看预算表"),
                                       ("unit_head", "我翻一下文件")])
def test_going_to_look_it_up_is_talk(field, say):
    iv = asked_on(TODAY, field, FORM)
    before = iv.form.model_dump()
    reply = iv.answer(say)
    assert reply.acts == ["chatter"] and iv.form.model_dump() == before
