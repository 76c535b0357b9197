"""Whom to call, and what she says of her figures ("以上均为初步数据"), are never the text of a free-text field:
a name and a phone ("张晓燕，0736-7721345"), a labelled contact ("联系人王刚 电话13907361234") or a phone alone said at
立项依据, 项目概况, 必要性, 部门职能 or a goal is not stored there; she is told it is a contact. A phone that she labels
(电话…) may still fill 联系电话, which it names; words that only start like a contact ("电话会议部署…") stay her text."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "老年人健康体检", "unit": "县卫生健康局", "department": "县卫生健康局",
        "funding": {"total": 82.3, "current_year": 82.3, "carryover": 0, "other": 0},
        "start": "2027-01", "end": "2027-12", "year": 2027}
TEXTS = ["basis", "overview", "necessity", "unit_functions", "goals.annual", "goals.long_term"]


def _text(form: dict, path: str):
    return form["goals"][path.split(".")[1]] if path.startswith("goals.") else form[path]


@pytest.mark.parametrize("asked", TEXTS)
@pytest.mark.parametrize("said", ["刘晓燕，0736-7721345", "联系人王刚 电话13907361234", "0736-7721345",
                                  "办公室主任周丽 18874120036", "联系人：孙伟，手机13807312345"])
def test_contact_is_no_text(asked, said):
    iv = asked_on(TODAY, asked, BASE)
    iv.answer(said)
    assert _text(iv.form.to_json(), asked) in ("", None, []), f"{said!r} stored at {asked}"


def test_told_it_is_a_contact():
    iv = asked_on(TODAY, "basis", BASE)
    reply = " ".join(iv.answer("刘晓燕，0736-7721345").said)
    assert "联系人和电话" in reply


@pytest.mark.parametrize("said", ["联系人王刚", "联系人：孙伟"])
def test_labelled_person_is_no_goal(said):
    iv = asked_on(TODAY, "goals.annual", BASE)
    iv.answer(said)
    assert iv.form.to_json()["goals"]["annual"] in ([], None)


@pytest.mark.parametrize("asked, said", [
    ("goals.annual", "电话会议部署全年体检工作，完成6000名老年人健康体检"),
    ("overview", "联系人负责协调各村卫生室，组织65岁以上老人到乡镇卫生院体检"),
    ("necessity", "老年人慢病多，每年体检能早发现早治疗，咨询电话12345也常接到群众要求"),
])
def test_her_text_with_contact_words_stays(asked, said):
    iv = asked_on(TODAY, asked, BASE)
    iv.answer(said)
    got = _text(iv.form.to_json(), asked)
    assert got == said or got == [said]


@pytest.mark.parametrize("said", ["以上均为初步数据，等评审后再改", "以财政批复为准", "数据都是暂定的"])
def test_what_she_says_of_her_figures_is_no_text(said):
    iv = asked_on(TODAY, "overview", BASE)
    reply = iv.answer(said)
    assert iv.form.overview == "" and any("初步" in s for s in reply.said)


def test_a_plan_put_off_is_her_overview():
    said = "项目暂定在城区实施，等评审后再扩大到乡镇"
    iv = asked_on(TODAY, "overview", BASE)
    iv.answer(said)
    assert iv.form.overview == said
