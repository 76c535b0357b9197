"""Short acts in the words of an office (issue 11, understanding): a tick alone (✓, ☑) is a yes; "照此办理",
"经核，以上内容无误" confirm; "…等一下，财务还在算" is a 不知道 (the figure is being worked out), never an answer.
Sentences here are our own, not the dialogues'."""
from __future__ import annotations

import pytest

from assistant.interview.lexicon import message_acts


@pytest.mark.parametrize("text,acts", [
    ("照此办理", ["confirm"]),
    ("经核，以上内容均无误", ["confirm"]),
    ("经核对无误", ["confirm"]),
    ("总额等一下，财务还在统计", ["dont_know"]),
    ("人数还没算出来", ["dont_know"]),
])
def test_office_words_are_acts(text, acts):
    assert message_acts(text) == acts


def test_a_tick_alone_is_a_yes_at_the_check():
    import datetime as dt
    from assistant.interview.engine import Interview
    from assistant.model import Declaration
    iv = Interview(Declaration.from_json({"project_name": "河道保洁", "funding": {"total": 30}}), today=dt.date(2025, 5, 6))
    iv.ask("confirm")
    r = iv.answer("✓")
    assert r.acts == ["confirm"]
