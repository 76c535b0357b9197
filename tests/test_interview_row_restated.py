"""A row named by the name the preview prints, with its figure, is that row — at any question — and a new figure
said without a bound keeps the row's bound.

- "服务老人人数=850人" at 立项依据 was stored as the 立项依据 (a misfile); "老人满意度是100%" there was unreadable.
- "服务老人人数应该是850人" changed "≥800人" to "=850人": the category's default "=" is no word of hers."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
FORM = {"project_name": "居家养老服务补助", "unit": "县民政局", "department": "县民政局",
        "start": "2027-01", "end": "2027-12", "year": 2027,
        "funding": {"total": 120.0, "carryover": 0.0, "other": 0.0, "current_year": 120.0},
        "indicators": [
            {"scope": "annual", "level1": "产出指标", "level2": "数量指标", "name": "服务老人人数", "value": "≥800人"},
            {"scope": "annual", "level1": "产出指标", "level2": "质量指标", "name": "服务达标率", "value": "≥95%"},
            {"scope": "annual", "level1": "满意度指标", "level2": "服务对象满意度指标", "name": "老人满意度", "value": "≥90%"}]}


def _rows(iv) -> dict[str, str]:
    return {i.name: i.value for i in iv.form.indicators}


@pytest.mark.parametrize("field", ["basis", "necessity", "unit_head"])
@pytest.mark.parametrize("said, name, value", [
    ("服务老人人数=850人", "服务老人人数", "=850人"),
    ("老人满意度是100%", "老人满意度", "=100%"),
    ("服务老人人数应该是850人", "服务老人人数", "≥850人"),
    ("服务达标率应该是97", "服务达标率", "≥97%"),
    ("服务老人人数改成850人以下", "服务老人人数", "≤850人"),
])
def test_row_restated_elsewhere_changes_that_row_only(field, said, name, value):
    iv = asked_on(TODAY, field, FORM)
    iv.answer(said)
    assert _rows(iv)[name] == value
    assert not getattr(iv.form, field)
    assert all(v == r["value"] for r in FORM["indicators"] if (v := _rows(iv)[r["name"]]) and r["name"] != name)


def test_new_row_with_a_sign_is_no_text():
    iv = asked_on(TODAY, "basis", FORM)
    r = iv.answer("新增助餐点数量=12个")
    assert not iv.form.basis and "新增助餐点数量" not in _rows(iv)
    assert r.question is not None and r.question.field == "indicators.数量指标"
    iv.answer("是")
    assert _rows(iv)["新增助餐点数量"] == "=12个" and not iv.form.basis


def test_a_sentence_that_opens_with_a_row_stays_her_text():
    iv = asked_on(TODAY, "overview", FORM)
    said = "服务老人人数是800人，主要为全县高龄、失能老人提供助餐、助洁上门服务，全年资金120万元"
    iv.answer(said)
    assert "助餐" in iv.form.overview
    assert _rows(iv)["服务老人人数"] == "≥800人"
