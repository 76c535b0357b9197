"""A text answer that names another text field by its label ("立项依据：…", "依据是…", "年度目标是…") goes to that
field, and one that is plainly another field's kind of words — a unit's duties ("负责全县…工作"), 新增/延续 with why
("延续的，去年也有") — is not stored in the asked field but offered for its own empty field, stored on her yes only."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "农村公路养护经费", "unit": "县交通运输局", "department": "县交通运输局"}


@pytest.mark.parametrize("asked, said, field, value", [
    ("necessity", "立项依据：《农村公路养护管理办法》", "basis", "《农村公路养护管理办法》"),
    ("overview", "依据是《公路法》和省里的养护规划", "basis", "《公路法》和省里的养护规划"),
    ("necessity", "您好，立项依据是《农村公路条例》", "basis", "《农村公路条例》"),
    ("necessity", "年度目标是全年养护农村公路320公里", "goals.annual", ["全年养护农村公路320公里"]),
])
def test_label_of_another_text_field_names_it(asked, said, field, value):
    iv = asked_on(TODAY, asked, BASE)
    iv.answer(said)
    form = iv.form.to_json()
    got = form["goals"]["annual"] if field == "goals.annual" else form[field]
    assert got == value
    assert form[asked] in ("", None, []), f"{said!r} also stored at {asked}"


def test_according_to_inside_her_sentence_stays_hers():
    said = "依据《公路法》，我县农村公路里程长、损坏多，必须常年养护"
    iv = asked_on(TODAY, "necessity", BASE)
    iv.answer(said)
    assert iv.form.necessity == said
    assert iv.form.basis == ""


@pytest.mark.parametrize("asked", ["basis", "necessity"])
def test_duties_are_offered_as_unit_functions(asked):
    said = "负责全县农村公路的规划、建设和养护管理工作"
    iv = asked_on(TODAY, asked, BASE)
    iv.answer(said)
    assert getattr(iv.form, asked) == "" and iv.form.unit_functions == ""
    q = iv.next_question()
    assert q.field == "unit_functions" and "部门职能" in q.render()
    iv.answer("是")
    assert iv.form.unit_functions == said and getattr(iv.form, asked) == ""


def test_duties_with_a_document_stay_a_basis():
    said = "负责落实《农村公路养护管理办法》（交公路发〔2015〕3号）"
    iv = asked_on(TODAY, "basis", BASE)
    iv.answer(said)
    assert iv.form.basis == said


@pytest.mark.parametrize("said, value", [("延续的，去年也有", "延续"), ("新增，今年才开始搞的", "新增")])
def test_attribute_with_why_is_offered_not_an_overview(said, value):
    iv = asked_on(TODAY, "overview", BASE)
    iv.answer(said)
    assert iv.form.overview == "" and iv.form.attribute == ""
    q = iv.next_question()
    assert q.field == "attribute"
    iv.answer("是")
    assert iv.form.attribute == value and iv.form.overview == ""


def test_attribute_offer_refused_stores_nothing():
    iv = asked_on(TODAY, "overview", BASE)
    iv.answer("延续的，去年也有")
    iv.answer("不是")
    assert iv.form.attribute == "" and iv.form.overview == ""
    assert iv.next_question().field == "overview"
