"""A budget year said alone ("2027年度") at a text question (项目概况, 立项依据, 必要性, a goal) is a period, never the
text: it is offered to 项目实施起止时间 and stored there on her yes only. "年度" was read as 年 + a stray 度, so the
message looked like words and became the 概况."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "老旧小区加装电梯补助", "unit": "城南街道办事处", "department": "区住房和城乡建设局"}


@pytest.mark.parametrize("field", ["overview", "basis", "necessity", "goals.long_term"])
@pytest.mark.parametrize("said", ["2027年度", "2027 年度", "2027年度的"])
def test_year_alone_is_no_text(field, said):
    iv = asked_on(TODAY, field, BASE)
    iv.answer(said)
    value = iv.form.goals.long_term if field == "goals.long_term" else getattr(iv.form, field)
    assert not value
    q = iv.next_question()
    assert q.field == "start" and "2027-01 至 2027-12" in q.render()
    iv.answer("是")
    assert (iv.form.start, iv.form.end, iv.form.year) == ("2027-01", "2027-12", 2027)


def test_words_with_a_year_stay_text():
    iv = asked_on(TODAY, "overview", BASE)
    iv.answer("2027年度为12个老旧小区加装电梯")
    assert iv.form.overview == "2027年度为12个老旧小区加装电梯"
