"""What a clerk says that is no value, and names kept whole (issue 11: nothing misfiled, nothing cut).

Found by an adaptive clerk (a 民政局 clerk filing 留守儿童关爱): "这个不方便说" was stored as 立项依据,
"头一回做" was not read as 新增 and "以前没有过" was read as 延续."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.interview_helpers import asked_on

TODAY = dt.date(2024, 12, 5)


@pytest.mark.parametrize("field", ["basis", "overview", "necessity", "unit_functions", "department"])
@pytest.mark.parametrize("text", ["这个不方便说", "保密", "这个涉密，不能说", "不方便透露哈", "不想说"])
def test_a_refusal_is_no_value(field, text):
    iv = asked_on(TODAY, field)
    reply = iv.answer(text)
    assert reply.changed == []
    assert getattr(iv.form, field) in ("", None)


def test_a_text_that_only_mentions_secrecy_is_still_her_answer():
    iv = asked_on(TODAY, "basis")
    iv.answer("《中华人民共和国保守国家秘密法》和县保密局的通知")
    assert "保守国家秘密法" in iv.form.basis


@pytest.mark.parametrize("text,unit", [
    ("县民政局儿童福利股", "县民政局儿童福利股"),   # the office she names is the unit, as she said it (not cut to the bureau)
    ("区卫健委疾控科", "区卫健委疾控科"),
    ("我们是县财政局预算股", "县财政局预算股"),
    ("我们是县教育局学前教育股，写县教育局就行", "县教育局"),   # unless she says to write the bureau
    ("县公安局禁毒大队", "县公安局禁毒大队"),  # a 大队 / 中心 / 站 is a unit of its own
    ("县农业农村局植保站", "县农业农村局植保站"),
    ("市档案馆", "市档案馆"),
])
def test_the_unit_is_the_office_she_names_unless_she_says_what_to_write(text, unit):
    iv = asked_on(TODAY, "unit")
    iv.answer(text)
    assert iv.form.unit == unit


@pytest.mark.parametrize("text,attribute", [
    ("头一回做", "新增"),
    ("以前没有过", "新增"),
    ("之前没做过这个", "新增"),
    ("今年是第一年", "新增"),
    ("以前就有", "延续"),
    ("以前一直有", "延续"),
    ("以前没有，去年开始做的", "延续"),
])
def test_the_projects_history_in_her_words(text, attribute):
    iv = asked_on(TODAY, "attribute")
    iv.answer(text)
    assert iv.form.attribute == attribute


@pytest.mark.parametrize("text", ["第一次填这个表", "头一回填，不太懂"])
def test_the_first_time_she_fills_the_form_says_nothing_of_the_project(text):
    iv = asked_on(TODAY, "attribute")
    iv.answer(text)
    assert iv.form.attribute in ("", None)
