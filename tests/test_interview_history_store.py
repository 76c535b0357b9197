"""The undo history is stored compactly (history.py) and 返回 works the same after a save and a load."""
from __future__ import annotations

import json

from assistant.interview.engine import Interview
from assistant.interview.history import PATCH, SAME, compact, expand

ANSWERS = ["社会化聘用人员经费", "信访局", "2020年1月到2020年12月", "一共48.6万", "跳过", "12个人"]


def _run(answers):
    iv = Interview()
    for a in answers:
        iv.answer(a)
    return iv


def test_compact_then_expand_gives_back_every_snapshot():
    current = {"form": {"a": 1}, "turn": 3}
    history = [{"form": {"a": 0}, "turn": 1, "asked": "x"}, {"form": {"a": 1}, "turn": 2, "asked": "y"},
               {"form": {"a": 1}, "turn": 3, "asked": "y", "changed": True}]
    stored = compact(history, current)
    assert stored[-1] == {"asked": "y", "changed": True, SAME: ["form", "turn"]}
    assert stored[1] == {"turn": 2, SAME: ["form", "asked"]}
    assert stored[0] == {"form": {PATCH: {"a": 0}}, "turn": 1, "asked": "x"}
    assert expand(stored, current) == history
    assert expand(history, current) == history              # a draft saved before: full snapshots


def test_a_saved_draft_holds_each_unchanged_value_once_and_back_still_restores_the_previous_answer():
    iv = _run(ANSWERS)
    state = json.loads(json.dumps(iv.to_state()))
    full = sum(len(json.dumps(s, ensure_ascii=False)) for s in iv.history)
    stored = sum(len(json.dumps(s, ensure_ascii=False)) for s in state["history"])
    assert len(state["history"]) == len(iv.history) >= 5 and stored < full / 2
    again = Interview.from_state(state)
    assert again.history == iv.history
    a, b = iv.answer("返回"), again.answer("返回")
    assert a.lines() == b.lines() and "回到上一步" in a.lines()[0] and iv.form == again.form
    a, b = iv.answer("返回"), again.answer("返回")
    assert a.lines() == b.lines() and iv.form == again.form and iv.history == again.history


def test_a_draft_resumed_again_and_again_asks_the_same_question_and_never_sets_it_aside():
    iv = _run(ANSWERS)
    asked = iv.next_question().field
    for _ in range(4):
        iv = Interview.from_state(json.loads(json.dumps(iv.to_state())))
        assert iv.next_question().field == asked and not iv.notices

