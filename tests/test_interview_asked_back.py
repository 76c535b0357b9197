"""Her questions back are answered, and the question asked again is no repeat: "什么是立项依据？" then "那我们这种没有
文件的怎么写？" set the question aside, and her answer that followed ("县政府常务会议纪要第12次") was stored as the
项目概况 (a misfile). A third question back in a row counts again: never a loop."""
from __future__ import annotations

import datetime as dt

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
FORM = {"project_name": "农村道路养护经费", "unit": "县公路养护中心", "department": "县交通运输局",
        "start": "2027-01", "end": "2027-12", "year": 2027,
        "funding": {"total": 60.0, "carryover": 0.0, "other": 0.0, "current_year": 60.0}}


def test_two_questions_back_then_her_answer_is_the_asked_field():
    iv = asked_on(TODAY, "basis", FORM)
    for said in ("什么是立项依据？", "那我们这种没有文件的怎么写？"):
        r = iv.answer(said)
        assert r.question is not None and r.question.field == "basis"
    iv.answer("县政府常务会议纪要第12次")
    assert iv.form.basis == "县政府常务会议纪要第12次"
    assert not iv.form.overview


def test_questions_back_without_end_do_not_loop():
    iv = asked_on(TODAY, "basis", FORM)
    fields = []
    for said in ("什么是立项依据？", "立项依据要写什么？", "这个立项依据是啥意思？", "还是不懂，什么叫立项依据？", "立项依据到底是什么？"):
        r = iv.answer(said)
        fields.append(r.question.field if r.question is not None else "")
    assert fields[:2] == ["basis", "basis"]          # her first two questions answered, ours asked again
    assert "basis" not in fields[4:]                  # and never on and on: set aside for the final check

def test_a_meeting_minute_with_its_number_is_a_basis():
    iv = asked_on(TODAY, "basis", FORM)
    iv.answer("县政府常务会议纪要第12次")
    assert iv.form.basis == "县政府常务会议纪要第12次"
