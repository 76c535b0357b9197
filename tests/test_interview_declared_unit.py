"""The unit of money said once for the message ("（单位：万元）工资 72，社保 26.4", "单位千元：…", "金额单位：元。…") is put on
its budget lines' bare amounts and is never a line of its own (it was stored as a line 「单位」 of 0万元 or 0.1万元 — a
number nobody said). Declared alone ("单位：千元"), it holds for the bare amounts of the money answers after it. A bare
figure correcting a line ("社保改成25") is read in 万元 or 元 only when that is near the line's amount; otherwise she is
asked for the unit and nothing changes (250 for a line of 26.4万 was stored as 250元)."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "社区养老服务站运营", "unit": "街道办事处", "department": "区民政局",
        "funding": {"total": 109.44, "current_year": 109.44, "carryover": 0, "other": 0},
        "start": "2027-01", "end": "2027-12", "year": 2027}


def _lines(iv):
    return [(b.name, b.amount) for b in iv.form.budget_items]


@pytest.mark.parametrize("said", [
    "单位千元：人员工资 720，社会保险 264，日常运营 110.4",
    "（单位：万元）人员工资 72，社会保险 26.4，日常运营 11.04",
    "金额单位：元。人员工资720000，社会保险264000，日常运营110400",
    "人员工资72，社会保险26.4，日常运营11.04，单位是万元",
    "（单位：千元）\n人员工资 720\n社会保险 264\n日常运营 110.4",
])
def test_declared_unit_is_on_every_bare_line(said):
    iv = asked_on(TODAY, "budget_items", BASE)
    iv.answer(said)
    assert _lines(iv) == [("人员工资", 72), ("社会保险", 26.4), ("日常运营", 11.04)]


@pytest.mark.parametrize("said", ["单位千元：人员工资 720", "（单位：万元）", "单位：元"])
def test_the_declaration_is_no_line(said):
    iv = asked_on(TODAY, "budget_items", BASE)
    iv.answer(said)
    assert all("单位" not in n for n, _ in _lines(iv)), _lines(iv)


def test_declared_alone_holds_for_the_next_answer():
    iv = asked_on(TODAY, "budget_items", BASE)
    reply = iv.answer("单位：千元")
    assert _lines(iv) == [] and "千元" in " ".join(reply.said)
    iv.answer("人员工资 720，社会保险 264")
    assert _lines(iv) == [("人员工资", 72), ("社会保险", 26.4)]


def test_bare_lines_without_a_declared_unit_are_not_read():
    iv = asked_on(TODAY, "budget_items", BASE)
    iv.answer("人员工资 720，社会保险 264")
    assert _lines(iv) == []


LINES = dict(BASE, funding={"total": 98.4, "current_year": 98.4, "carryover": 0, "other": 0},
             budget_items=[{"name": "人员工资", "amount": 72}, {"name": "社会保险", "amount": 26.4}])


@pytest.mark.parametrize("said, amount", [("社会保险改成25", 25), ("社会保险改成250000", 25), ("社会保险改成25万", 25)])
def test_bare_correction_near_the_line(said, amount):
    iv = asked_on(TODAY, "overview", LINES)
    iv.answer(said)
    assert dict(_lines(iv))["社会保险"] == amount


@pytest.mark.parametrize("said", ["改一下：社会保险 250", "社会保险改成2"])
def test_bare_correction_far_from_the_line_asks_the_unit(said):
    iv = asked_on(TODAY, "overview", LINES)
    reply = iv.answer(said)
    assert dict(_lines(iv))["社会保险"] == 26.4
    assert any("单位" in s for s in reply.said), reply.said


@pytest.mark.parametrize("said", ["填万元还是元", "万元还是元", "是写万元吧"])
def test_the_unit_named_is_no_amount(said):
    iv = asked_on(TODAY, "funding", {"project_name": "社区养老服务站运营", "unit": "街道办事处"})
    iv.answer(said)
    assert iv.form.funding.total is None


def test_a_big_unit_alone_is_no_number():
    from assistant.textnum import cn_to_number
    assert cn_to_number("万") is None and cn_to_number("亿") is None
    assert cn_to_number("一万二") == 12000 and cn_to_number("十") == 10
