"""An amount added to a budget line her words point at ("印刷那行加8万") is added to what the line holds (never
the line's new amount), kept as computed; "总额也跟着加" moves the total by what the line moved. Without the
pointer ("加8万" alone) nothing is read as a difference."""
from __future__ import annotations

import datetime as dt

from assistant.interview.engine import Interview
from assistant.interview.deltas import spans


def _with_lines() -> Interview:
    iv = Interview(today=dt.date(2026, 7, 1))
    iv.opening()
    iv.ask("funding")
    iv.answer("总额90万")
    iv.ask("budget_items")
    iv.answer("宣传印刷30万，场地租赁45万，专家咨询15万")
    assert [b.amount for b in iv.form.budget_items] == [30, 45, 15]
    iv.ask("indicators.质量指标")
    return iv


def test_an_amount_added_to_the_line_named():
    iv = _with_lines()
    r = iv.answer("印刷那行加8万，总额也跟着加")
    assert "correction" in r.acts
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("宣传印刷", 38), ("场地租赁", 45), ("专家咨询", 15)]
    assert iv.form.funding.total == 98


def test_the_total_stays_unless_she_says_it_follows():
    iv = _with_lines()
    iv.answer("场地那一项再追加5万")
    assert [b.amount for b in iv.form.budget_items] == [30, 50, 15]
    assert iv.form.funding.total == 90


def test_no_pointer_no_difference():
    assert spans("加8万") == []
    assert spans("印刷那行加8万") == ["印刷那行加8万"]
