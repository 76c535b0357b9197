""""同去年" where last year's form she pasted already gave the field (holdout10: 3 turns were "not understood"): the
value stands, said back, and the interview moves on; with nothing there it is still asked for (last year's form is
not here to copy), and nothing is ever filled by it."""
import datetime as dt

import pytest

from assistant.interview.apply import get
from interview_helpers import asked_on

TODAY = dt.date(2024, 1, 8)
FORM = {"project_name": "2024年农村集体资产清产核资", "basis": "《中共中央 国务院关于稳步推进农村集体产权制度改革的意见》",
        "necessity": "部分村集体资产底数不清，账实不符"}


@pytest.mark.parametrize("field, says", [("basis", "同去年"), ("necessity", "同去年的"), ("necessity", "和去年一样")])
def test_the_same_as_last_year_keeps_what_her_paste_gave(field, says):
    iv = asked_on(TODAY, field, FORM)
    reply = iv.answer(says)
    assert get(iv.form, field) == FORM[field]
    assert "answer" in reply.acts and "unclear" not in reply.acts
    assert reply.question is None or reply.question.field != field


@pytest.mark.parametrize("field, says", [("basis", "同去年"), ("necessity", "和去年一样")])
def test_with_nothing_there_nothing_is_filled_and_it_is_asked_again(field, says):
    iv = asked_on(TODAY, field, {"project_name": "2024年农村集体资产清产核资"})
    reply = iv.answer(says)
    assert get(iv.form, field) in (None, "")
    assert "answer" not in reply.acts
    assert reply.question is not None and reply.question.field == field
