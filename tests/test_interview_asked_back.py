"""After her questions back the question may be set aside (never asked a third time in a row), but the answer she
gives next is not filed under the next question: "什么是立项依据？", "那我们这种没有文件的怎么写？", then
"县政府常务会议纪要第12次" was stored as the 项目概况 (a misfile). A paper's name alone is no 概况: it is offered to the
立项依据, stored on her yes."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
FORM = {"project_name": "农村道路养护经费", "unit": "县公路养护中心", "department": "县交通运输局",
        "start": "2027-01", "end": "2027-12", "year": 2027,
        "funding": {"total": 60.0, "carryover": 0.0, "other": 0.0, "current_year": 60.0}}


@pytest.mark.parametrize("yes, basis", [("是", "县政府常务会议纪要第12次"), ("不是", "")])
def test_two_questions_back_then_her_answer_is_never_the_next_field(yes, basis):
    iv = asked_on(TODAY, "basis", FORM)
    shown = []
    for said in ("什么是立项依据？", "那我们这种没有文件的怎么写？", "县政府常务会议纪要第12次"):
        r = iv.answer(said)
        shown.append(r.question.field if r.question is not None else "")
    assert not iv.form.overview and not iv.form.basis
    iv.answer(yes)
    assert iv.form.basis == basis and not iv.form.overview


@pytest.mark.parametrize("field", ["overview", "necessity"])
@pytest.mark.parametrize("said", ["县政府常务会议纪要第12次", "县教体局关于推进课后服务工作的通知"])
def test_a_papers_name_alone_is_no_other_text(field, said):
    iv = asked_on(TODAY, field, FORM)
    iv.answer(said)
    assert not getattr(iv.form, field)


def test_a_meeting_minute_with_its_number_is_a_basis():
    iv = asked_on(TODAY, "basis", FORM)
    iv.answer("县政府常务会议纪要第12次")
    assert iv.form.basis == "县政府常务会议纪要第12次"
