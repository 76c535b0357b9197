"""A change of the total said as a difference, with or without more in the same message (holdout11: 2
dialogues): "总额少报了五万，第三方审核费是二十五万" at the final check was read as unclear (the total stayed
540万, the line 20万); "总额也少六千" after a line was cut was not understood. Mis-stated (少报) adds, over-stated
(多报) takes off, a following change (也少/跟着多) goes the way it says; a bare "总额少了五万" (less by, or short
of?) is not guessed. The new total is computed from hers, said back, listed to confirm — and a total the facts
once gave (38台×15万) is not recalculated over her change on a later turn."""
import datetime as dt

import pytest

from assistant.interview.provenance import Source
from interview_helpers import asked_on

TODAY = dt.date(2023, 6, 12)
FORM = {"project_name": "老旧小区既有住宅加装电梯补助", "unit": "区住房和城乡建设局", "start": "2023-07", "end": "2023-12", "year": 2023,
        "funding": {"total": 540, "carryover": 0, "current_year": 540, "other": 0},
        "budget_items": [{"name": "加装电梯补助", "amount": 520}, {"name": "第三方审核费", "amount": 20}]}


def _lines(iv):
    return [(b.name, b.amount) for b in iv.form.budget_items]


@pytest.mark.parametrize("says, total", [("总额少报了五万", 545), ("总额多报了5万", 535), ("总额也少六千", 539.4),
                                         ("总额跟着多5万", 545), ("总额少算了2万元", 542)])
def test_the_total_said_as_a_difference_is_computed_to_confirm(says, total):
    iv = asked_on(TODAY, "necessity", FORM)
    reply = iv.answer(says)
    assert iv.form.funding.total == total
    assert iv.provenance.get("funding.total").kind == "computed"
    assert any(u.path == "funding.total" for u in iv.unconfirmed_numbers())
    assert "correction" in reply.acts and iv.form.necessity in (None, "")


@pytest.mark.parametrize("says", ["总额少了五万", "总额多了5万", "总额少报了五"])
def test_a_difference_that_could_go_either_way_changes_nothing(says):
    iv = asked_on(TODAY, "necessity", FORM)
    iv.answer(says)
    assert iv.form.funding.total == 540 and _lines(iv) == [("加装电梯补助", 520), ("第三方审核费", 20)]


def test_the_total_then_a_line_in_one_message():
    iv = asked_on(TODAY, "necessity", FORM)
    reply = iv.answer("总额少报了五万，第三方审核费是二十五万")
    assert iv.form.funding.total == 545
    assert _lines(iv) == [("加装电梯补助", 520), ("第三方审核费", 25)]
    assert "correction" in reply.acts and iv.form.necessity in (None, "")


def test_the_rest_that_names_no_place_is_said_and_changes_nothing_else():
    iv = asked_on(TODAY, "necessity", FORM)
    reply = iv.answer("总额少报了五万，我再想想")
    assert iv.form.funding.total == 545 and _lines(iv) == [("加装电梯补助", 520), ("第三方审核费", 20)]
    assert iv.form.necessity in (None, "") and "没有改动" in "".join(reply.said)


def test_a_total_the_facts_gave_is_not_recalculated_over_her_change():
    form = {k: v for k, v in FORM.items() if k not in ("funding", "budget_items")}
    iv = asked_on(TODAY, "overview", form)
    iv.answer("对今年完成加装并验收的三十八台电梯每台补助十五万元，由业主申请、街道初审、住建局复核后拨付")
    assert iv.form.funding.total == 570                     # 38台×15万, computed
    iv.ask("necessity")
    iv.answer("总额少报了五万")
    assert iv.form.funding.total == 575
    iv.ask("necessity")
    iv.answer("老旧小区居民上下楼难，群众呼声高")
    assert iv.form.funding.total == 575                     # not 38台×15万 again


def test_her_change_survives_a_save():
    src = Source("computed", "540万元按“总额少报了5万”", 3, hers=True)
    assert Source.from_json(src.to_json()).hers
    assert "hers" not in Source("computed", "x", 1).to_json()
