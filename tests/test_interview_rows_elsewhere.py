"""An indicator said at a question of another kind is offered to its category, never lost nor filed there; and how
sure she is ("应该是", "…吧应该", "肯定要") is no part of a row.

- "饭菜抽检合格率100%吧应该" was unreadable at the 质量指标 question itself ("…吧应该"), and "合格率100%应该" stored the
  value "≥100%应该"; "饭菜抽检合格率应该是100%吧" was taken as a correction of a row the form does not have.
- Said at 预算功能科目 (the quality question set aside a moment before), the row was dropped as unreadable."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
FORM = {"project_name": "学生营养改善计划", "unit": "县教育体育局", "department": "县教育体育局",
        "funding": {"total": 300.0, "carryover": 0.0, "other": 0.0, "current_year": 300.0},
        "start": "2027-01", "end": "2027-12", "year": 2027,
        "indicators": [{"scope": "annual", "level1": "产出指标", "level2": "数量指标", "name": "受益学生人数", "value": "≥5200人"}]}


def _rows(iv) -> dict[str, str]:
    return {i.name: i.value for i in iv.form.indicators}


@pytest.mark.parametrize("said", ["食材检测合格率100%吧应该", "食材检测合格率应该是100%吧", "食材检测合格率100%应该",
                                  "食材检测合格率肯定是100%"])
def test_unsure_words_are_no_part_of_a_row(said):
    iv = asked_on(TODAY, "indicators.质量指标", FORM)
    iv.answer(said)
    rows = _rows(iv)
    assert rows.get("食材检测合格率") in ("=100%", "≥100%")
    assert rows["受益学生人数"] == "≥5200人"


@pytest.mark.parametrize("field", ["function_code", "unit_head", "department_phone"])
def test_row_said_at_another_question_is_offered(field):
    iv = asked_on(TODAY, field, FORM)
    r = iv.answer("食材检测合格率100%")
    assert "食材检测合格率" not in _rows(iv)
    assert not getattr(iv.form, field)
    assert r.question is not None and r.question.field == "indicators.质量指标" and "食材检测合格率" in r.question.text
    iv.answer("是")
    assert _rows(iv)["食材检测合格率"] == "=100%"


def test_row_offered_elsewhere_refused_is_not_stored():
    iv = asked_on(TODAY, "function_code", FORM)
    iv.answer("配餐按时送达率不低于98%")
    iv.answer("不是")
    assert "配餐按时送达率" not in _rows(iv)


@pytest.mark.parametrize("said", ["县教育体育局", "明年", "不知道", "这个我得问问领导"])
def test_no_row_no_offer(said):
    iv = asked_on(TODAY, "unit_head", FORM)
    r = iv.answer(said)
    assert r.question is None or not r.question.field.startswith("indicators")


@pytest.mark.parametrize("answers, kept", [(["是", "是"], {"送餐下乡", "家长满意度"}), (["是", "不是"], {"送餐下乡"}),
                                           (["不是", "是"], {"家长满意度"})])
def test_rows_of_two_categories_said_elsewhere_are_offered_each(answers, kept):
    """"送餐下乡不少于60次，家长满意度90%以上" at 预算功能科目 was unreadable there and dropped: rows of two categories are
    each offered to their own, stored on her yes to that one only."""
    iv = asked_on(TODAY, "function_code", FORM)
    r = iv.answer("全年送餐下乡不少于60次，家长满意度90%以上")
    assert not iv.form.function_code and set(_rows(iv)) == {"受益学生人数"}
    assert r.question is not None and r.question.field == "indicators.数量指标" and "送餐下乡" in r.question.text
    r = iv.answer(answers[0])
    assert r.question is not None and r.question.field == "indicators.满意度指标" and "家长满意度" in r.question.text
    iv.answer(answers[1])
    rows = _rows(iv)
    assert {n for n in rows if n != "受益学生人数"} == {n for n in rows if any(k in n for k in kept)} and len(rows) == 1 + len(kept)
    if "家长满意度" in kept:
        assert rows["家长满意度"] == "≥90%"
