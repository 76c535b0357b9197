"""Nothing misfiled (issue 11, holdout11's three misfilings): a message that is only talk to the reader or to
the assistant about the filling ("妥否，请批示", "我先去开个会，换小何跟你弄"), or that asks to copy a form she
has not given ("照去年的填吧，都差不多"), fills nothing and the same question is asked again; a lone digit with
no unit at the money question ("总额是1": a message sent before it was finished) is never an amount. Each
is tried on several fields and phrasings, the gate refuses the same values from any path (a model's patch),
and answers beside such words are still read."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.answers import Fill, Patch
from assistant.interview.apply import get
from assistant.interview.gate import Allow, admit
from interview_helpers import asked_on

TODAY = dt.date(2025, 7, 3)


@pytest.mark.parametrize("field, says", [
    ("necessity", "妥否，请批示"),
    ("basis", "我先去开个会，换小何跟你弄"),
    ("overview", "特此报告"),
    ("project_name", "让小王接着填吧"),
    ("unit", "回头跟你说"),
    ("necessity", "此致 敬礼"),
    ("basis", "妥否，请领导批示"),
])
def test_talk_about_the_filling_fills_nothing_and_asks_again(field, says):
    iv = asked_on(TODAY, field)
    reply = iv.answer(says)
    assert get(iv.form, field) in (None, "", []), get(iv.form, field)
    assert not reply.changed
    assert "answer" not in reply.acts and "chatter" in reply.acts
    assert reply.question is not None and reply.question.field == field


@pytest.mark.parametrize("field, says", [
    ("project_name", "照去年的填吧，都差不多"),
    ("overview", "按去年的来就行，基本一样"),
    ("necessity", "跟去年的写吧"),
])
def test_fill_it_as_last_year_with_nothing_given_is_no_value(field, says):
    iv = asked_on(TODAY, field)
    reply = iv.answer(says)
    assert get(iv.form, field) in (None, ""), get(iv.form, field)
    assert "dont_know" in reply.acts and "answer" not in reply.acts
    assert reply.question is not None and reply.question.field == field


@pytest.mark.parametrize("says", ["总额是1", "3", "总额是五", "总共7"])
def test_a_lone_digit_without_unit_is_no_total(says):
    iv = asked_on(TODAY, "funding")
    reply = iv.answer(says)
    assert iv.form.funding.total is None
    assert reply.question is not None and reply.question.field == "funding"
    reply = iv.answer("128万，刚才没打完就发出去了")
    assert iv.form.funding.total == 128


@pytest.mark.parametrize("says, total", [("总额是1万", 1), ("12", 12), ("304", 304), ("0.5", 0.5), ("总额是9.6", 9.6)])
def test_amounts_with_a_unit_or_more_than_one_digit_still_stand(says, total):
    iv = asked_on(TODAY, "funding")
    iv.answer(says)
    assert iv.form.funding.total == total


@pytest.mark.parametrize("field, says, want", [
    ("project_name", "兹申报国家储备林建设项目，特此说明", "国家储备林建设项目"),
    ("necessity", "群众反映强烈，请求尽快解决取水计量问题", "群众反映强烈"),
    ("basis", "《全国双拥模范城（县）考评标准》", "双拥模范城"),
])
def test_answers_beside_such_words_are_still_read(field, says, want):
    iv = asked_on(TODAY, field)
    iv.answer(says)
    assert want in (get(iv.form, field) or "")


@pytest.mark.parametrize("path, value", [("basis", "换小何跟你弄"), ("necessity", "妥否，请批示"),
                                         ("project_name", "特此说明")])
def test_the_gate_refuses_talk_from_any_path(path, value):
    ok, refused = admit(Patch(fills=[Fill(path, value)]), Allow(fields={path}, text=value, this_year=2025))
    assert not ok.fills and refused == [f"talk:{path}"]
