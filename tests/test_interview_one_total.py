"""One derivation for the total her facts give at the money question (issue 11, "nothing invented"): her price of
one thing and her count (perunit.py) and the headcount, pay and months the facts reader takes go through
derive.calculation alone, and the total is a proposal — asked, stored on her yes only, never stored as computed
at that question. Before: '每人每月5000元，聘4个人，干12个月' gave only a cost row; '聘4个人，每人每月5000元' stored
24万元 as computed while saying "没能读出"."""
import datetime as dt

import pytest

from assistant.interview import answers as A
from assistant.interview.derive import calculation
from assistant.interview.engine import Interview
from assistant.interview.perunit import per_unit_total
from assistant.model import Declaration


def _funding(*msgs):
    iv = Interview(today=dt.date(2026, 12, 2))
    iv.opening()
    iv.ask("funding")
    return iv, [iv.answer(m) for m in msgs]


@pytest.mark.parametrize("text, wan", [("每人每月5000元，聘4个人，干12个月", 24.0), ("聘4个人，每人每月5000元，干12个月", 24.0),
                                       ("聘4个人，每人每月5000元", 24.0), ("钱是按人头给的，每人89元，6万人", 534.0)])
def test_offered_as_a_proposal_and_stored_on_yes_only(text, wan):
    iv, (r1,) = _funding(text)
    assert iv.form.funding.total is None                     # nothing stored before her yes
    assert r1.question.key == "calc:funding" and f"{wan:g} 万元" in r1.question.text
    assert "unclear" not in r1.acts and not any(s.startswith("没能从") for s in r1.said)
    iv.answer("是")
    assert iv.form.funding.total == wan


def test_a_no_stores_nothing_and_is_not_asked_again():
    iv, (r1, r2) = _funding("聘4个人，每人每月5000元", "不是")
    assert iv.form.funding.total is None
    assert r2.question is None or r2.question.key != "calc:funding"
    assert "calc:funding" in (iv.facts.get("rejected") or [])


def test_her_own_total_wins_over_the_product():
    iv, _ = _funding("每人每月5000元，聘4个人，干12个月", "不对，总额是25万")
    assert iv.form.funding.total == 25.0


@pytest.mark.parametrize("text", ["每人89元，6万人", "每户补助1200元，共850户", "人均3000元，120名", "每人每月5000元，聘4个人，干12个月"])
def test_the_product_is_derive_calculation_of_her_facts(text):
    from assistant.interview.perunit import per_unit_facts
    t = A.prep(text)
    assert per_unit_total(t) == calculation(Declaration(), per_unit_facts(t))


def test_the_overview_still_derives_the_total_as_computed_to_confirm():
    iv = Interview(today=dt.date(2026, 12, 2))
    iv.ask("overview")
    iv.answer("聘4个人，每人每月5000元，干12个月")
    assert iv.form.funding.total == 24.0
    assert iv.provenance.get("funding.total").kind == "computed"     # listed 待确认 at the final check
