"""Money said as the rest of a sum ("剩下20万是井道土建", "80万，还有20万") is a part, never the project's total: at
the funding question, with 100万 already stated, such an answer changed the total to 20万 or 80万. And "没有结转" /
"没有自筹，也没有结转" said at a text question is about the funding, never the text of 必要性, 依据 or 概况."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "老旧小区加装电梯补助", "unit": "城南街道办事处", "department": "区住房和城乡建设局",
        "funding": {"total": 100.0}, "start": "2027-01", "end": "2027-12", "year": 2027}


@pytest.mark.parametrize("said", ["电梯采购每台40万共2台，剩下20万是井道土建", "剩下20万是井道土建", "80万，还有20万",
                                  "电梯80万，其余20万"])
def test_rest_is_no_total(said):
    iv = asked_on(TODAY, "funding", BASE)
    iv.answer(said)
    assert iv.form.funding.total == 100.0


def test_total_said_before_the_rest_kept():
    iv = asked_on(TODAY, "funding", {k: v for k, v in BASE.items() if k != "funding"})
    iv.answer("总共120万，剩下20万是土建")
    assert iv.form.funding.total == 120.0


def test_rest_labelled_as_a_source_read():
    iv = asked_on(TODAY, "funding", BASE)
    iv.answer("一共100万，其中还有20万是自筹")
    f = iv.form.funding
    assert (f.total, f.other, f.current_year) == (100.0, 20.0, 80.0)


@pytest.mark.parametrize("field", ["necessity", "basis", "overview", "unit_functions"])
@pytest.mark.parametrize("said", ["没有结转", "没有自筹，也没有结转", "无上年结转"])
def test_no_carryover_is_no_text(field, said):
    iv = asked_on(TODAY, field, BASE)
    iv.answer(said)
    assert not getattr(iv.form, field)
