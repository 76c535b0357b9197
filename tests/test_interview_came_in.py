"""How she came by a value, said beside it, is talk — never part of the value, never the value's loss.

"X出来了" / "问到了" / "查到了" / "我问了一下" / "核了" before the value says a tally, a document or a person gave it:
chatter beside the answer (a field or a thing of hers the head names is kept: "电话问到了：…" is the phone). A
bare "定了" says the value is settled: no talk. "对过了" / "看过了" beside a yes is how she came to the yes:
chatter and confirm; alone it is the yes."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview import lexicon
from tests.interview_helpers import asked_on

DAY = dt.date(2026, 4, 20)


@pytest.mark.parametrize("field, said, path, value", [
    ("department", "我问了一下，主管是县应急管理局", "department", "县应急管理局"),
    ("department", "问到了 县应急管理局", "department", "县应急管理局"),
    ("function_code", "查到了，科目2240199", "function_code", "2240199"),
    ("unit_phone", "座机问到了：0731-5562218", "unit_phone", "0731-5562218"),
])
def test_came_in_is_talk_beside_the_answer(field, said, path, value):
    iv = asked_on(DAY, field)
    reply = iv.answer(said)
    assert sorted(reply.acts) == ["answer", "chatter"]
    assert str(iv.form.to_json()[path]).replace(" ", "") == value


def test_settled_is_no_talk():
    iv = asked_on(DAY, "department")
    assert iv.answer("定了，县应急管理局").acts == ["answer"]


@pytest.mark.parametrize("said, acts", [
    ("我都核对过了", ["confirm"]),
    ("核实过了，没毛病", ["confirm", "chatter"]),
    ("检查过了，确认", ["confirm", "chatter"]),
    ("没麻达", ["confirm"]),
])
def test_checked_beside_a_yes_is_talk(said, acts):
    assert lexicon.message_acts(said) == acts
