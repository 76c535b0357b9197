"""Answers written as notes (issue 11, understanding): an arrow after a label or a row's name ("主管部门→…",
"…合格率→98%") is a colon, while between two figures it stays a change; a label word before 满意度 is part of an
indicator's name ("主管单位满意度≥90%"), never the 主管部门 label; 元月 is January ("明年元月至十二月").
Sentences here are our own, not the dialogues'."""
from __future__ import annotations

import datetime as dt

from assistant.interview.engine import Interview
from assistant.interview.slips import english

TODAY = dt.date(2024, 9, 3)


def _asked(field: str) -> Interview:
    iv = Interview(today=TODAY)
    iv.opening()
    iv.ask(field)
    return iv


def test_an_arrow_after_a_label_is_a_colon():
    iv = _asked("department")
    iv.answer("主管部门→县林业局")
    assert iv.form.department == "县林业局"


def test_an_arrow_after_a_rows_name():
    iv = _asked("indicators.质量指标")
    iv.answer("苗木成活率→95%")
    assert {i.name: i.value for i in iv.form.indicators}.get("苗木成活率") in ("=95%", "95%", "≥95%")


def test_an_arrow_between_figures_is_still_a_change():
    assert "：" not in english("工资36→38万")


def test_a_label_word_before_satisfaction_names_a_row():
    iv = _asked("indicators.满意度指标")
    iv.answer("主管单位满意度≥90%")
    assert not iv.form.department
    assert {i.name: i.value for i in iv.form.indicators}.get("主管单位满意度") == "≥90%"


def test_yuanyue_is_january():
    iv = _asked("start")
    iv.answer("明年元月至十二月")
    assert (iv.form.start, iv.form.end, iv.form.year) == ("2025-01", "2025-12", 2025)
