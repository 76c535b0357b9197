"""A clerk new to the form ("我第一次弄，不太懂") is told how it goes, and the question stays open.

Before, '…领导让我填个绩效目标表，我第一次弄，不太懂' at the first question was read as 不知道 of the 项目名称:
"这一项先放一放", the name set aside until the final check.
"""
import datetime as dt

import pytest

from assistant.interview.engine import Interview


def _first(msg: str):
    iv = Interview(today=dt.date(2026, 12, 2))
    iv.opening()
    iv.ask("project_name")
    return iv, iv.answer(msg)


@pytest.mark.parametrize("msg", ["你好，我是街道社区卫生服务中心的小刘，领导让我填个绩效目标表，我第一次弄，不太懂",
                                 "我刚接手，啥都不会", "头一回填这个表，不太会"])
def test_new_to_the_form_is_talk_and_the_name_is_asked_again(msg):
    iv, r = _first(msg)
    assert "dont_know" not in r.acts and "chatter" in r.acts
    assert any("第一次填也不难" in line for line in r.lines())
    assert not any("先放一放" in line for line in r.lines())
    assert r.question is not None and r.question.field == "project_name"
    assert iv.form.project_name == ""


def test_not_knowing_the_name_is_still_dont_know():
    _, r = _first("第一次填，不知道叫啥名字")
    assert "dont_know" in r.acts or "question" in r.acts
