"""What the interview assumed is withdrawn when she cannot vouch for it, and a yes at the final check does not
swallow a value she found (issue 11: nothing invented, a free correction at any confirmation step applied).

- After the total alone, 结转 and 其他 are assumed 0 ("未提到上年结转，按0计") and 本年度预算 computed from them.
  "结转不清楚" / "跳过" / "我去问问财务" to the 结转 question kept that 0 as if it were hers: the assumption now goes,
  with 本年度预算 computed from it, and comes back as soon as she says the figure; a 结转 she stated stays.
- "结转查了是零，其他都对，确认" at the final check was read as a yes among talk, and the 结转 she found was lost;
  a field still empty now takes what she names there, one already filled is only restated.
- "先这样，确认", "看了一遍，确认", "对着哩，确认", "这下都对了，确认" are a yes, no talk beside it.
"""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview import fields as F
from interview_helpers import asked_on

TODAY = dt.date(2025, 5, 20)
FORM = {"project_name": "乡村学校少年宫运行", "unit": "县教育体育局", "department": "县教育体育局",
        "start": "2025-01", "end": "2025-12", "year": 2025}


def _total_then(say: str, total: str = "86万"):
    iv = asked_on(TODAY, "funding", FORM)
    iv.answer(total)
    assert iv.form.funding.carryover == 0 and iv.form.funding.current_year == 86
    iv.ask("funding.carryover")
    r = iv.answer(say)
    return iv, r


@pytest.mark.parametrize("say", ["结转不清楚", "不知道有没有结转", "好像有一点结转…我去问问财务", "跳过，后面再说"])
def test_an_assumed_zero_goes_when_she_is_not_sure(say):
    iv, r = _total_then(say)
    f = iv.form.funding
    assert f.carryover is None and f.current_year is None, f
    assert f.total == 86
    assert "funding.carryover" not in {u.path for u in iv.unconfirmed_numbers()}


def test_the_figure_she_gives_later_brings_the_computed_one_back():
    iv, _ = _total_then("不清楚")
    iv.ask("funding.carryover")
    iv.answer("结转6万")
    f = iv.form.funding
    assert (f.carryover, f.current_year) == (6, 80), f


def test_a_carryover_she_stated_stays_when_she_is_unsure_of_something_else():
    iv = asked_on(TODAY, "funding", FORM)
    iv.answer("一共86万，其中上年结转6万")
    iv.ask("funding.carryover")
    iv.answer("不清楚")
    assert iv.form.funding.carryover == 6


@pytest.mark.parametrize("say", ["结转查了是零，其他都对，确认", "结转核实过了是0，都对，确认"])
def test_a_value_found_for_an_empty_field_at_the_final_check_is_taken(say):
    iv, _ = _total_then("不清楚")
    iv.ask("confirm")
    r = iv.answer(say)
    assert iv.form.funding.carryover == 0 and iv.form.funding.current_year == 86
    assert "confirm" in r.acts


def test_a_filled_field_restated_at_the_final_check_is_not_changed():
    iv = asked_on(TODAY, "funding", FORM)
    iv.answer("一共86万，其中上年结转6万")
    iv.ask("confirm")
    iv.answer("结转查了是5万，都对，确认")
    assert iv.form.funding.carryover == 6


@pytest.mark.parametrize("say", ["先这样，确认", "看了一遍，确认", "对着哩，确认", "这下都对了，确认", "冲冲冲，确认"])
def test_a_settling_word_beside_the_yes_is_no_talk(say):
    iv = asked_on(TODAY, "funding", FORM)
    iv.answer("86万")
    iv.ask("confirm")
    r = iv.answer(say)
    assert r.acts == ["confirm"], r.acts


def test_talk_beside_the_yes_is_still_talk():
    iv = asked_on(TODAY, "funding", FORM)
    iv.answer("86万")
    iv.ask("confirm")
    assert iv.answer("确认～辛苦啦，比去年的表好填多了").acts == ["confirm", "chatter"]


@pytest.mark.parametrize("text,path,value", [("结转查了是零", "funding.carryover", "零"),
                                             ("人数核实过了是86人", "fact.headcount", "86人")])
def test_what_she_checked_then_its_value_names_the_field(text, path, value):
    got = [(m.path, m.value) for m in F.mentions(text)]
    assert got == [(path, value)], got


@pytest.mark.parametrize("say", ["跳过", "不知道"])
def test_skipping_the_final_confirmation_withdraws_no_single_assumption(say):
    """跳过 at the list of numbers to confirm (its first one 上年结转 0, assumed) left the total with only
    其他资金 0 beside it, and the check then proposed 总额 48.6 → 0.00486 (元/万元) or → 0: the listed
    numbers now stay as they were, unconfirmed, and no correction of the total she gave is offered."""
    from assistant.rules import check
    iv = asked_on(TODAY, "funding", FORM)
    iv.answer("48.6万")
    iv.ask("confirm")
    assert iv.pending is not None and iv.pending.kind == "confirm" and iv.pending.field == "funding.carryover"
    iv.answer(say)
    f = iv.form.funding
    assert (f.total, f.carryover, f.current_year, f.other) == (48.6, 0, 48.6, 0), f
    assert {"funding.carryover", "funding.other"} <= {u.path for u in iv.unconfirmed_numbers()}
    assert not [c for c in check(iv.form).corrections if c.field.startswith("funding")]
