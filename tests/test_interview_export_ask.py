""""怎么导出Word" asked at any question is answered with how to get the file, and changes nothing
(issue 11: a question back is answered; no silent finish). It was answered with the glossary entry of
the pending field, and "下载" at the budget question was 'not understood'; when the form was done,
"导出成excel" got "申报表已经填完"."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import EXPORT_HINT
from tests.interview_helpers import asked_on

TODAY = dt.date(2026, 1, 5)


@pytest.mark.parametrize("field", ["basis", "budget_items", "indicators.数量指标", "unit_head"])
@pytest.mark.parametrize("text", ["怎么导出Word", "下载", "能打印吗", "导出成excel", "怎样生成文件", "在哪里下载？"])
def test_how_to_get_the_file_is_answered_anywhere(field, text):
    iv = asked_on(TODAY, field)
    before = iv.form.to_json()
    reply = iv.answer(text)
    assert any(EXPORT_HINT in line for line in reply.said)
    assert "question" in reply.acts and "unclear" not in reply.acts
    assert iv.form.to_json() == before


@pytest.mark.parametrize("text", ["下载了一个文件，文号是湘禁毒〔2025〕3号", "打印费2万元"])
def test_a_sentence_about_files_is_still_an_answer(text):
    iv = asked_on(TODAY, "basis")
    reply = iv.answer(text)
    assert not any(EXPORT_HINT in line for line in reply.said)


def test_when_the_form_is_done_the_summary_says_it_once():
    iv = asked_on(TODAY, "project_name")
    while iv.next_question() is not None:
        iv.answer("跳过")
    reply = iv.answer("导出成excel")
    assert "unclear" not in reply.acts
    assert sum(EXPORT_HINT in line for line in reply.lines()) == 1
