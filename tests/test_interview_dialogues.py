"""The interview's own clerk dialogues (tests/fixtures/interview_dialogues/own: eight kinds of clerk,
seventeen project types, written apart from eval/dialogues) replayed by the dialogue scorer
(eval/dialogue_eval.py) must meet the targets of issue 11."""
from __future__ import annotations

from pathlib import Path

from eval.dialogue_eval import evaluate

OWN = Path(__file__).parent / "fixtures" / "interview_dialogues"


def test_own_dialogues_meet_the_targets():
    scores, _ = evaluate(OWN, splits=("own",))
    s = scores["own"]
    failing = [f"{t.dialogue} 第{t.n}句「{t.say}」：{'；'.join(t.problems + t.misfiled)}" for t in s.turns
               if not t.understood or t.misfiled]
    assert s.dialogues >= 20 and len(s.turns) >= 200
    assert s.misfiled == 0, failing
    assert s.invented == [], s.invented
    assert s.longest[0] <= 2, s.longest
    assert s.understood >= 0.95, failing
    assert s.facts >= 0.95, s.final_misses
