"""Two ways clerks write that were not understood (holdout10/11): going back to a named question with why
("先回到功能科目那一项，我查到了", "回到负责人那一项，问到了") was read as an answer or nothing, and "label=value"
("填报人=许婷", "数量=安装取水计量设施126套", "明细=\\n…") was read as nothing. Now the first goes to that question
(her reason is no value), and a label of the form or an indicator category before "=" is read as "label：";
a row's own "名称=数值" ("监理费=15") stays a row, and "=" never makes a label of a word that is none."""
import datetime as dt

import pytest

from assistant.interview.apply import get
from assistant.interview.navigate import goto
from interview_helpers import asked_on

TODAY = dt.date(2024, 3, 1)


@pytest.mark.parametrize("says, field", [("先回到功能科目那一项，我查到了", "function_code"),
                                         ("回到必要性那一项，我想好了", "necessity"), ("回到负责人那一项，问到了", "unit_head")])
def test_going_back_with_a_reason_goes_there_and_stores_nothing(says, field):
    assert goto(says) == (field, "")
    iv = asked_on(TODAY, "funding")
    reply = iv.answer(says)
    assert reply.question is not None and reply.question.field == field
    assert get(iv.form, field) in (None, "")


def test_going_back_with_a_value_still_answers_there():
    assert goto("回到资金那一项，48.6万") == ("funding", "48.6万")


@pytest.mark.parametrize("text, want", [
    ("填报人=许婷", "填报人：许婷"), ("数量=安装取水计量设施126套", "数量：安装取水计量设施126套"),
    ("负责人=蒋立新；电话=0553-6021187", "负责人：蒋立新；电话：0553-6021187"),
    ("监理费=15", "监理费=15"), ("计量设施购置安装=126.4", "计量设施购置安装=126.4"), ("a=b", "a=b"),
])
def test_a_label_before_equals_is_a_label(text, want):
    from assistant.interview.blocks import equals_labels
    assert equals_labels(text) == want


@pytest.mark.parametrize("field, says, path, value", [
    ("filler", "填报人=许婷", "filler", "许婷"),
    ("unit_head", "负责人=蒋立新；电话=0553-6021187", "unit_phone", "0553-6021187"),
])
def test_label_equals_value_is_stored_there(field, says, path, value):
    iv = asked_on(TODAY, field)
    iv.answer(says)
    assert get(iv.form, path) == value


def test_rows_with_equals_are_still_rows():
    iv = asked_on(TODAY, "indicators.数量指标")
    iv.answer("数量=安装取水计量设施126套")
    assert any("126套" in i.value for i in iv.form.indicators)
