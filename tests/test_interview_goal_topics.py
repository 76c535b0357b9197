"""Which goal her words are about: "今年嘛…" at 中长期目标 and "长期的话…" at 年度目标 are the other goal's words —
never stored as this one; where she turns ("…，以后三年…", "…，今年先…") the part about the asked goal is kept and
the rest said back. "年度就是…" at 年度目标 names the asked goal, not 预算年度."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 2)
FORM = {"project_name": "农村饮水安全维修养护项目", "unit": "县水务局", "department": "县水务局", "start": "2027-01",
        "end": "2027-12", "year": 2027}


@pytest.mark.parametrize("path,said,kept,told", [
    ("goals.long_term", "今年嘛就是维修38处供水工程，以后三年争取农村自来水普及率达到95%", "以后三年争取农村自来水普及率达到95%",
     "维修38处供水工程"),
    ("goals.annual", "长期的话就是普及率95%，今年先维修38处供水工程", "今年先维修38处供水工程", "普及率95%"),
])
def test_the_other_goals_words_are_said_back_not_stored(path, said, kept, told):
    iv = asked_on(DAY, path, FORM)
    r = iv.answer(said)
    goals = iv.form.goals.long_term if path == "goals.long_term" else iv.form.goals.annual
    assert goals == [kept]
    assert any(told in line and "没有记入" in line for line in r.lines())


def test_only_the_other_goals_words_store_nothing():
    iv = asked_on(DAY, "goals.long_term", FORM)
    iv.answer("今年的话就是维修38处供水工程")
    assert iv.form.goals.long_term == [] and iv.form.goals.annual == []


@pytest.mark.parametrize("said", ["年度就是维修38处供水工程", "中长期就是维修38处供水工程"])
def test_the_asked_goals_own_word_opens_the_answer(said):
    path = "goals.annual" if said.startswith("年度") else "goals.long_term"
    iv = asked_on(DAY, path, FORM)
    iv.answer(said)
    goals = iv.form.goals.annual if path == "goals.annual" else iv.form.goals.long_term
    assert goals == ["维修38处供水工程"] and iv.form.year == 2027
