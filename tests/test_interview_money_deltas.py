"""A correction said as a difference of money (holdout11: 4 dialogues): a budget line "多了6万" is 6万 too much
(36万 → 30万, it was stored as 42万); "那行多了六千" is 6000元 off a line in 万元 (12.6万 → 12万, it was stored as
6012.6万); "总额也减6万" takes 6万 off the total the form holds (it was not understood). Each new figure is computed
from the one she gave, said back and listed to confirm; a total that would fall below zero, or a form with no
total, changes nothing. A count that grew ("积水点多了2个") still adds."""
import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 3, 1)
FORM = {"project_name": "社会化聘用人员经费", "unit": "乌海市信访局", "start": "2026-01", "end": "2026-12", "year": 2026,
        "funding": {"total": 48.6, "carryover": 0, "current_year": 48.6, "other": 0},
        "budget_items": [{"name": "聘用人员工资", "amount": 36}, {"name": "社会保险", "amount": 9.6}, {"name": "公积金", "amount": 3}],
        "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "积水点改造数量", "value": "=14个"}]}


def _lines(iv):
    return [(b.name, b.amount) for b in iv.form.budget_items]


@pytest.mark.parametrize("says, name, amount", [("工资多了6万", "聘用人员工资", 30), ("社会保险那行多了六千", "社会保险", 9),
                                                ("公积金少报了5000元", "公积金", 3.5)])
def test_a_line_said_too_high_or_too_low_is_computed_from_hers(says, name, amount):
    iv = asked_on(TODAY, "necessity", FORM)
    reply = iv.answer(says)
    assert dict(_lines(iv))[name] == amount
    assert all(a < 100 for _, a in _lines(iv))                # never 6012.6万
    assert "correction" in reply.acts and iv.form.necessity in (None, "")


@pytest.mark.parametrize("says, total", [("总额也减6万", 42.6), ("总额跟着加5万", 53.6), ("总额也减六千", 48)])
def test_the_total_changed_by_what_she_states_is_computed_to_confirm(says, total):
    iv = asked_on(TODAY, "necessity", FORM)
    reply = iv.answer(says)
    assert iv.form.funding.total == total
    assert iv.provenance.get("funding.total").kind == "computed"
    assert "correction" in reply.acts and iv.form.necessity in (None, "")


@pytest.mark.parametrize("form", [FORM, {k: v for k, v in FORM.items() if k != "funding"}])
def test_no_total_below_zero_and_none_made_up(form):
    iv = asked_on(TODAY, "necessity", form)
    iv.answer("总额也减60万")
    assert iv.form.funding.total == (form.get("funding") or {}).get("total")


def test_a_count_that_grew_still_adds():
    iv = asked_on(TODAY, "necessity", FORM)
    iv.answer("积水点多了2个")
    assert [i.value for i in iv.form.indicators if i.name == "积水点改造数量"] == ["=16个"]
