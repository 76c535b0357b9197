"""Her price of one thing and her count of it at the money question: the total offered, stored on her yes only.

'钱是按人头给的，每人89元，6万人' was stored as 项目资金总额 6万元 (then, once that was guarded, only
"没能读出"); now 89元×60000人=534万元 is asked about and nothing is stored before she says 是.
"""
import datetime as dt

import pytest

from assistant.interview import answers as A
from assistant.interview.engine import Interview
from assistant.interview.perunit import per_unit_total


@pytest.mark.parametrize("text,wan", [
    ("钱是按人头给的，每人89元，6万人", 534.0), ("每户补助1200元，共850户", 102.0), ("人均3000元，120名", 36.0),
    ("每人每月5000元，聘4个人，干12个月", 24.0), ("每人89元，服务6万人，另有2万户", 534.0),
])
def test_one_price_one_count(text, wan):
    assert per_unit_total(A.prep(text))[0] == wan


@pytest.mark.parametrize("text", ["每人89元", "每人89元，6万人，另外3000人", "每人每月500元，30人",
                                  "每人89元，每户200元，6万人", "6万人", "总共534万"])
def test_no_product_without_one_price_and_one_count(text):
    assert per_unit_total(A.prep(text)) is None


def _funding(*msgs):
    iv = Interview(today=dt.date(2026, 12, 2))
    iv.opening()
    iv.ask("funding")
    return iv, [iv.answer(m) for m in msgs]


def test_offered_then_stored_on_yes():
    iv, (r1, r2) = _funding("钱是按人头给的，每人89元，6万人", "是")
    assert "534 万元" in r1.lines()[0] and r1.question.key == "calc:funding"
    assert iv.form.funding.total == 534.0


def test_nothing_stored_before_yes_and_nothing_on_no():
    iv, (r1,) = _funding("每人89元，6万人")
    assert iv.form.funding.total is None
    iv2, _ = _funding("每人89元，6万人", "不是")
    assert iv2.form.funding.total is None


def test_her_own_total_wins():
    iv, _ = _funding("每人89元，6万人", "不对，总额是540万")
    assert iv.form.funding.total == 540.0
