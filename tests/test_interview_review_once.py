"""The final check asks once per question, not once per finding (issue 11, no loops: a quick reply that
seems to do nothing). 实施开始时间 and 实施结束时间 missing are two findings asked by the one question
"项目从哪个月开始、到哪个月结束？": after 跳过 it came straight back for the end month."""
from __future__ import annotations

import datetime as dt

from assistant.interview.engine import Interview
from assistant.interview.flow import signature

TODAY = dt.date(2025, 5, 20)


def _skip_to_the_end(iv: Interview, most: int = 80) -> list[str]:
    asked = []
    for _ in range(most):
        q = iv.pending
        if q is None:
            break
        asked.append(signature(q) + ("|review" if (q.key or "").startswith("review:") else ""))
        iv.answer("跳过")
    return asked


def test_skipping_the_missing_period_at_the_final_check_is_not_asked_again_for_its_end():
    iv = Interview(None, today=TODAY)
    iv.answer("社会化聘用人员经费")
    asked = _skip_to_the_end(iv)
    assert iv.pending is None
    reviews = [a for a in asked if a.endswith("|review")]
    assert sum(a.startswith("start|") for a in reviews) == 1, reviews
    assert all(a != b for a, b in zip(asked, asked[1:])), asked


def test_a_question_she_went_back_to_is_not_set_aside_by_her_next_question_back():
    """返回 to 每人每月金额, then "什么是预算功能科目": the question she went back to counted as asked twice
    already, so her question back set it aside ("「每人每月金额」先放一放" said twice) and moved on."""
    iv = Interview(None, today=TODAY)
    for text in ("社会化聘用人员经费", "乌海市信访局", "同上", "局里聘了12个人，每人每月3000多吧", "3375", "返回"):
        iv.answer(text)
    assert iv.pending.field == "fact.monthly"
    said = iv.answer("什么是预算功能科目").said
    assert not any("先放一放" in line for line in said), said
    assert any(line.startswith("「预算功能科目」：") for line in said)
    assert iv.pending.field == "fact.monthly"
    iv.answer("3375")
    assert any(i.value in ("=3375元/人·月", "≤3375元/人·月") for i in iv.form.indicators), iv.form.indicators   # 聘了12个人: with the headcount, the 人均月经费 row


def test_budget_items_asked_again_show_hers_and_offer_no_single_item():
    """At the final check a budget that does not add up was asked "这笔钱分几块花？…就回答“就一项”" with a
    就一项 button, though three items were there: 就一项 changed nothing and the question came again.
    Now the question quotes her items, offers no 就一项, and a list she writes replaces them."""
    from assistant.model import Declaration
    form = Declaration.from_json({"project_name": "社会化聘用人员经费", "unit": "乌海市信访局", "department": "乌海市信访局",
                                  "year": 2020, "start": "2020-01", "end": "2020-12",
                                  "funding": {"total": 48.6, "carryover": 0, "current_year": 48.6, "other": 0},
                                  "budget_items": [{"name": "工资", "amount": 30}, {"name": "社保", "amount": 9.6},
                                                   {"name": "公积金", "amount": 3}]})
    iv = Interview(form, today=TODAY)
    iv.ask("budget_items")
    q = iv.pending
    assert "工资 30万元；社保 9.6万元；公积金 3万元" in q.text and "就一项" not in q.text
    assert "就一项" not in [r.text for r in q.replies]
    iv.answer("工资36万元；社保9.6万元；公积金3万元")
    assert [(i.name, i.amount) for i in iv.form.budget_items] == [("工资", 36), ("社保", 9.6), ("公积金", 3)]
