"""The question copied back before the answer ("项目由哪个单位具体实施？请写单位全称。县林业局…", as a chat quote or a
copied form gives it) is no part of the answer: the answer is read as if said alone. The question alone is her
question back (its glossary), never a value."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview
from assistant.interview.slips import question_echoed


def _iv():
    iv = Interview(today=dt.date(2026, 12, 3))
    iv.opening()
    return iv


def test_copied_questions_then_answers():
    iv = _iv()
    for _ in range(3):
        q = iv.next_question()
        value = {"project_name": "森林防火视频监控系统运维", "unit": "县林业局森林防火指挥中心", "department": "县林业局"}[q.field]
        iv.answer(q.text.split("\n")[0] + value)
    f = iv.form
    assert (f.project_name, f.unit, f.department) == ("森林防火视频监控系统运维", "县林业局森林防火指挥中心", "县林业局")


def test_question_alone_stores_nothing():
    iv = _iv()
    q = iv.next_question()
    iv.answer(q.text.split("\n")[0])
    assert not iv.form.project_name


@pytest.mark.parametrize("text, question, out", [
    ("项目由哪个单位具体实施？请写单位全称。县林业局", "项目由哪个单位具体实施？请写单位全称。", "县林业局"),
    ("县林业局，项目由哪个单位具体实施？", "项目由哪个单位具体实施？请写单位全称。", "县林业局，项目由哪个单位具体实施？"),
    ("项目由哪个单位具体实施？", "项目由哪个单位具体实施？请写单位全称。", "项目由哪个单位具体实施？"),
])
def test_only_a_copy_at_the_start_goes(text, question, out):
    assert question_echoed(text, question) == out
