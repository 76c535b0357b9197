"""Two projects in one answer: "有两个项目要报，一个是老年食堂补助，一个是居家养老服务" stored the first as the 项目名称 —
a guess of which one this form is for (then "一个是老年食堂补助" once the whole was refused and a clause was tried).
Now nothing is stored and she is asked for the one to fill; "先报老年食堂补助吧" then gives it."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview


@pytest.mark.parametrize("said", ["我们今年有两个项目要报，一个是老年食堂补助，一个是居家养老服务",
                                  "一个是老年食堂补助，另一个是居家养老服务", "老年食堂补助和居家养老服务两个项目"])
def test_two_projects_store_no_name(said):
    iv = Interview(today=dt.date(2026, 12, 3))
    r = iv.answer(said)
    assert not iv.form.project_name
    assert any("不止一个项目" in s for s in r.said)
    assert r.question is not None and r.question.field == "project_name"


@pytest.mark.parametrize("said, name", [("先报老年食堂补助吧", "老年食堂补助"), ("有两个项目，先报老年食堂补助", "老年食堂补助"),
                                        ("那就先填居家养老服务补助", "居家养老服务补助")])
def test_the_one_she_fills_first(said, name):
    iv = Interview(today=dt.date(2026, 12, 3))
    iv.answer(said)
    assert iv.form.project_name == name
