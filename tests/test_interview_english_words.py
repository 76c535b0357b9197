"""English words in a clerk's answers (issue 11), found by an adaptive clerk who mixes English in every answer:
"new" for 项目属性 was taken for keys pressed at random, "next year Q1 to Q3" and "Q3 end前完成" were not
understood, and "satisfaction 90%+" was stored as 「satisfaction」 ≥90%+."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.interview_helpers import asked_on

TODAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize("text,want", [("new", "新增"), ("New project", "新增"), ("ongoing", "延续"), ("continuing", "延续")])
def test_the_attribute_in_english(text, want):
    iv = asked_on(TODAY, "attribute")
    iv.answer(text)
    assert iv.form.attribute == want


@pytest.mark.parametrize("text", ["new", "ongoing"])
def test_no_attribute_word_becomes_a_name(text):
    iv = asked_on(TODAY, "project_name")
    iv.answer(text)
    assert iv.form.project_name not in ("新增", "延续")


@pytest.mark.parametrize("text,start,end", [("next year Q1 to Q3", "2027-01", "2027-09"),
                                            ("2027 Q2 to Q4", "2027-04", "2027-12")])
def test_quarters_in_english(text, start, end):
    iv = asked_on(TODAY, "start")
    iv.answer(text)
    assert (iv.form.start, iv.form.end) == (start, end)


def test_a_quarter_end_deadline():
    iv = asked_on(TODAY, "indicators.时效指标")
    iv.answer("Q3 end前完成")
    assert [i.value for i in iv.form.indicators] == ["9月底前"]


@pytest.mark.parametrize("text,value", [("satisfaction 90%+", "≥90%"), ("群众满意度90%+", "≥90%")])
def test_a_plus_after_a_figure_is_or_more(text, value):
    iv = asked_on(TODAY, "indicators.满意度指标")
    iv.answer(text)
    assert [i.value for i in iv.form.indicators] == [value]
    assert all(i.name != "satisfaction" for i in iv.form.indicators)


def test_random_letters_stay_unclear():
    iv = asked_on(TODAY, "attribute")
    reply = iv.answer("jjj")
    assert iv.form.attribute in ("", None) and "unclear" in reply.acts
