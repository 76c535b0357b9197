"""Answers that holdout13 read as something else, each a general rule:

- a statement ending in a question mark ("乡镇自筹八十万?", "局长孙志国?", "没有结转?") is her answer said unsure: a
  clause that holds a figure, a no or a title with a name asks nothing, unless it has a word that asks (asking.py);
- "不是80%，是85%", "不是0536，是0356-…" with nothing earlier in the form to correct: she heads off a misreading, the
  answer is what follows 是 (acts._not_but); "不是教育局，是县疾控中心": the value after 是 (fields.but_not); a figure
  the form holds ("不是32所，是23所") stays a correction of it;
- "咱是县林草局", "俺是…": the speaker's lead-in is no part of the unit; 中专, 职高, 卫校 … end a unit's name (answers.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2024, 6, 3)
FORM = {"project_name": "农村饮水工程维修养护", "unit": "县水利局", "start": "2024-03", "end": "2024-12", "year": 2024,
        "funding": {"total": 150}}


@pytest.mark.parametrize("field,say,path,want", [
    ("funding.other", "村集体自筹三十万?", "funding.other", 30),
    ("funding.carryover", "没有结转?", "funding.carryover", 0),
    ("unit_head", "副局长韩立新?", "unit_head", "韩立新"),
])
def test_a_statement_with_a_question_mark_is_an_answer(field, say, path, want):
    iv = asked_on(TODAY, field, FORM)
    reply = iv.answer(say)
    obj = iv.form
    for part in path.split("."):
        obj = getattr(obj, part)
    assert obj == want and "question" not in reply.acts


def test_a_row_with_a_question_mark_is_a_row_and_a_real_question_still_asks():
    iv = asked_on(TODAY, "indicators.满意度指标", FORM)
    reply = iv.answer("受益群众满意度90%以上?")
    assert [(i.name, i.value) for i in iv.form.indicators] == [("受益群众满意度", "≥90%")] and "question" not in reply.acts
    for field, say in [("funding.other", "其他资金是多少?"), ("unit_head", "负责人是谁?"), ("funding.carryover", "结转?")]:
        iv = asked_on(TODAY, field, FORM)
        assert iv.answer(say).acts == ["question"]


@pytest.mark.parametrize("field,say,want", [("department", "不是县财政局，是县发改委", "县发改委"),
                                            ("unit_phone", "不是0471，是0472-6612345", "0472-6612345")])
def test_what_it_is_not_then_what_it_is(field, say, want):
    iv = asked_on(TODAY, field, FORM)
    reply = iv.answer(say)
    assert getattr(iv.form, field) == want and reply.acts == ["answer"]


def test_a_figure_denied_that_the_form_does_not_hold_is_the_answer():
    iv = asked_on(TODAY, "indicators.效益指标", FORM)
    reply = iv.answer("群众饮水安全知晓率，不是85%，是90%")
    assert [i.value for i in iv.form.indicators] == ["≥90%"] and reply.acts == ["answer"]
    iv.ask("indicators.数量指标")
    iv.answer("维修水厂12处")
    iv.ask("indicators.质量指标")
    reply = iv.answer("水厂不是12处，是21处")         # the form holds 12处: a correction of that row
    assert "correction" in reply.acts and any(i.value.endswith("21处") for i in iv.form.indicators)


@pytest.mark.parametrize("say,want", [("咱是县水务局", "县水务局"), ("俺们是市卫校", "市卫校"), ("县第一职高", "县第一职高")])
def test_the_speaker_is_no_part_of_the_unit(say, want):
    iv = asked_on(TODAY, "unit")
    iv.answer(say)
    assert iv.form.unit == want
