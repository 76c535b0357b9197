"""Two readings of what stands beside an answer.

A rough figure inside a text she gave (项目概况: "…约两百户…", "…大概六公里…") is a figure of her text, stored whole as
she wrote it: the act is answer, not hedge (the eval sets had labelled it both ways; the README keeps the first). What the
rough figure may not become stays so: no indicator row and no total from it.

An acknowledgement before her answer ("了解了，…", "收到。…", "哦哦明白，…") says she followed the explanation: no talk
beside the answer, as an interjection is none; a thanks or a remark about her day still is."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.interview_helpers import asked_on

DAY = dt.date(2026, 3, 9)


def test_rough_figure_inside_overview_is_her_text():
    iv = asked_on(DAY, "overview")
    said = "给全镇大约两百三十户困难家庭更换老化电表和入户线，线路改造约6.5公里"
    reply = iv.answer(said)
    assert reply.acts == ["answer"]
    data = iv.form.to_json()
    assert "大约两百三十户" in data["overview"] and "约6.5公里" in data["overview"]
    rows = " ".join(f"{r.get('name')}{r.get('value')}" for r in data["indicators"])
    assert "230" not in rows and "6.5" not in rows
    assert iv.form.funding.total is None


def test_rough_figure_outside_a_text_is_still_a_hedge():
    iv = asked_on(DAY, "funding")
    reply = iv.answer("大约六十五万吧")
    assert "hedge" in reply.acts and iv.form.funding.total is None


@pytest.mark.parametrize("field, said", [
    ("unit", "了解了，实施单位是县气象局"),
    ("department", "收到。主管部门写县应急管理局"),
    ("unit", "哦哦明白，县气象局"),
])
def test_acknowledgement_is_no_talk(field, said):
    iv = asked_on(DAY, field)
    assert iv.answer(said).acts == ["answer"]


def test_thanks_beside_answer_is_still_talk():
    iv = asked_on(DAY, "unit")
    assert sorted(iv.answer("县气象局，谢谢你啊").acts) == ["answer", "chatter"]
