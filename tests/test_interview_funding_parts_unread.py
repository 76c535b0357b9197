"""Parts of the funding said beside the total:
- "一共100万，其中企业赞助5万" filled 其他资金 0 "未提到" beside her 5万: 赞助, 贷款, 投工投劳, 村集体出资 … are other
  money; a part no label names ("其中某某公司出5万") is asked about, and no part is assumed 0 beside it;
- "100万，人员经费60万，公用经费40万" stored a total of 60万: a line's 经费 is its name, no word of the total;
- parts that add up to a sum she gave (省级补助60万 + 县级配套40万) are a breakdown, not left unread."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "老旧小区加装电梯补助", "unit": "城南街道办事处", "department": "区住房和城乡建设局",
        "start": "2027-01", "end": "2027-12", "year": 2027}


def _funding(said):
    iv = asked_on(TODAY, "funding", BASE)
    r = iv.answer(said)
    f = iv.form.funding
    return (f.total, f.current_year, f.carryover, f.other), r.said


@pytest.mark.parametrize("said, other", [("一共100万，其中企业赞助5万", 5.0), ("100万，其中村集体出资30万", 30.0),
                                         ("100万，其中群众投工投劳折资8万", 8.0)])
def test_other_money_words(said, other):
    (total, current, _, o), _ = _funding(said)
    assert (total, o, current) == (100.0, other, round(100.0 - other, 6))


def test_unnamed_part_is_asked_and_nothing_assumed():
    (total, current, carry, other), said = _funding("一共100万，其中某某公司出5万")
    assert total == 100.0 and (current, carry, other) == (None, None, None)
    assert any("没读出是资金的哪一部分" in s for s in said), said


@pytest.mark.parametrize("said", ["100万，人员经费60万，公用经费40万", "100万，其中人员经费60万，公用经费40万",
                                  "100万，其中省级补助60万，县级配套40万"])
def test_breakdowns(said):
    (total, current, _, _), msgs = _funding(said)
    assert (total, current) == (100.0, 100.0)
    assert not any("没读出是资金的哪一部分" in s for s in msgs), msgs


@pytest.mark.parametrize("said, current", [("明年一共要65万，其中去年剩下没花完的结转5万，新申请60万", 60.0),
                                           ("一共41.4万，其中今年没花完的3.6万结转过去，剩下37.8万是明年的财政拨款", 37.8)])
def test_what_is_left_of_the_total_is_this_years(said, current):
    (total, cur, _, _), msgs = _funding(said)
    assert cur == current
    assert not any("没读出是资金的哪一部分" in s for s in msgs), msgs
