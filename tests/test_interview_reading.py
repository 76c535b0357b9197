"""How the interview reads what clerks write (issue 11): numbers as people write them (大写, ¥),
the funding's parts by their labels, yes in its many spellings, labelled or tab-separated blocks,
unlabelled lists, lead-ins and titles, corrections that name an earlier field. Each case asserts
the field and the value, and that nothing lands in the asked field when it was not answered."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.answers import daxie, prep
from assistant.interview.engine import Interview
from assistant.model import Declaration

TODAY = dt.date(2025, 3, 1)


def asked(field: str, form: dict | None = None) -> Interview:
    iv = Interview(Declaration.from_json(form) if form else None, today=TODAY)
    iv.ask(field)
    return iv


@pytest.mark.parametrize("text, expected", [
    ("壹拾万元整", "10万元"),
    ("总额壹佰捌拾万元整", "总额180万元"),
    ("县级配套陆拾万", "县级配套60万"),
    ("¥1,200,000.00", "1200000.00元"),
    ("￥48.6万", "48.6万"),
    ("拾光书店", "拾光书店"),          # one 大写 character in a name is not a number
])
def test_prep_reads_financial_numerals_and_the_yen_sign(text, expected):
    assert prep(text).strip() == expected


def test_daxie_keeps_one_character_for_one():
    assert len(daxie("壹佰捌拾万元整")) == len("壹佰捌拾万元整")


@pytest.mark.parametrize("says, total", [
    ("壹拾万元整", 10.0),
    ("总额壹佰捌拾万元整", 180.0),
    ("¥1,200,000.00", 120.0),
    ("￥486000", 48.6),
])
def test_funding_written_in_daxie_or_with_yen_is_read_in_wan(says, total):
    iv = asked("funding")
    iv.answer(says)
    assert iv.form.funding.total == pytest.approx(total)


def test_labelled_zero_parts_never_set_the_total():
    iv = asked("funding", {"funding": {"total": 420}})
    iv.answer("结转0，其他0")
    f = iv.form.funding
    assert (f.total, f.carryover, f.other) == (420, 0, 0)


def test_labelled_zero_parts_alone_leave_the_total_empty():
    iv = asked("funding")
    iv.answer("结转0，其他0")
    assert iv.form.funding.total is None
    assert iv.form.funding.carryover == 0


@pytest.mark.parametrize("says", ["没问题确认", "ok确认", "中，确认", "核对无误", "确认无误", "对的", "行", "好的", "可以",
                                  "可中，就这样", "没问题"])
def test_the_final_check_understands_yes_however_it_is_said(says):
    iv = asked("funding")
    iv.answer("48.6万")                  # 结转 0、其他 0、本年 48.6 are computed: listed for the final check
    assert iv.unconfirmed_numbers()
    assert iv.ask("confirm").kind == "confirm"
    r = iv.answer(says)
    assert r.acts == ["confirm"]
    assert not iv.unconfirmed_numbers()
