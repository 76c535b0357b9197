"""The money rules' float shortcut (``arithmetic._sums_clearly_hold``): it says the two sums hold only when the exact
decimals say so too, and the money findings are the same with and without it — at the tolerance, a hair either
side of it, at large and tiny amounts, with 元/万元 slips."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from assistant.formdata import read
from assistant.rules import arithmetic, check

MONEY = {"funding_sum_mismatch", "budget_items_sum_mismatch", "unit_scale_mismatch"}
# amounts as people write them (to 6 decimals, 万元), and offsets at and around the 0.005 tolerance
amount = st.decimals(min_value=0, max_value=10 ** 9, places=6, allow_nan=False).map(float)
offset = st.sampled_from([0.0, 0.004, 0.005, 0.0050000001, 0.005000001, 0.0049999999, 0.006, 0.01, 1.0,
                          -0.005, -0.0050000001, -0.0049999999])


def _form(total, parts, items):
    return read({"funding": {"total": total, "carryover": parts[0], "current_year": parts[1], "other": parts[2]},
                 "budget_items": [{"name": f"明细{i}", "amount": a} for i, a in enumerate(items)]})


def _money_findings(form):
    report = check(form)
    return ([(f.code, f.field, f.message) for f in report.findings if f.code in MONEY],
            [(c.field, c.old, c.new) for c in report.corrections if c.code in MONEY])


@settings(max_examples=400, deadline=None)
@given(st.lists(amount, min_size=3, max_size=3), st.lists(amount, max_size=5), offset, offset,
       st.sampled_from([None, 0, 1]), st.booleans())
def test_the_shortcut_agrees_with_the_exact_decimals(parts, items, off_parts, off_items, slipped, no_parts):
    if no_parts:
        parts = [None, None, None]
    total = round(sum(p or 0.0 for p in parts) + off_parts, 6) if not no_parts else round(sum(items) + off_items, 6)
    if items and not no_parts:
        items[-1] = round(items[-1] + (total - sum(items)) + off_items, 6)
    if slipped is not None and items:
        items[slipped % len(items)] *= 10_000
    form = _form(total, parts, items)
    assert form is not None
    if arithmetic._sums_clearly_hold(form):
        exact = arithmetic._Amounts.of(form)
        assert exact.sums_ok and exact.items_sum_ok
    with_shortcut = _money_findings(form)
    keep = arithmetic._sums_clearly_hold
    arithmetic._sums_clearly_hold = lambda form: False
    try:
        assert _money_findings(form) == with_shortcut
    finally:
        arithmetic._sums_clearly_hold = keep


def test_the_shortcut_leaves_the_edge_to_the_decimals():
    assert arithmetic._sums_clearly_hold(_form(24.0, [0.0, 24.0, 0.0], [19.2, 3.6, 1.2]))
    assert not arithmetic._sums_clearly_hold(_form(24.005, [0.0, 24.0, 0.0], []))      # at the tolerance
    assert not arithmetic._sums_clearly_hold(_form(24.0, [0.0, 24.0, 0.0], [19.2, 3.6, 1.195]))
    assert not arithmetic._sums_clearly_hold(_form(None, [0.0, 24.0, 0.0], []))
    assert not arithmetic._sums_clearly_hold(_form(1e300, [1e300, 0.0, 0.0], []))       # past float's exact range


def _every_trial(a, funding: bool):
    """``single_slip`` by its definition: every amount divided and multiplied by 10,000, both sums summed afresh."""
    found = []
    for key, val in a.values.items():
        for trial_value in ((val / 10_000, val * 10_000) if val else ()):
            trial = {**a.values, key: trial_value}
            if (not funding or a.funding_ok(trial)) and a.items_ok(trial):
                found.append((key, trial_value))
    return found[0] if len(found) == 1 else None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.none(), amount), min_size=3, max_size=3), st.lists(amount, max_size=5),
       st.one_of(st.none(), amount), st.sampled_from([None, 0, 1, 2]), st.sampled_from([None, 0, 1, 2]))
def test_the_slip_search_skips_only_trials_that_cannot_hold(parts, items, total, item_slip, part_slip):
    # the search leaves out the amounts a sum does not read when that sum is off: it finds what every trial finds
    if total is None and items:
        total = round(sum(items), 6)
    if item_slip is not None and items:
        items[item_slip % len(items)] *= 10_000
    if part_slip is not None and parts[part_slip] is not None:
        parts[part_slip] /= 10_000
    form = _form(total, parts, items)
    a = arithmetic._Amounts.of(form)
    for funding in (True, False):
        assert a.single_slip(funding) == _every_trial(a, funding)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.one_of(st.none(), amount), st.lists(st.one_of(st.none(), amount), min_size=3, max_size=3),
       st.lists(st.one_of(st.none(), amount), max_size=5), offset)
def test_the_amounts_sums_are_the_sums_the_money_rules_read(total, parts, items, off):
    """``_Amounts`` works out the sources' and the items' sums once; the money rules read them instead of summing
    again: each is the exact sum of its slots, and the two flags are ``funding_ok`` / ``items_ok`` of the form's own
    amounts (at the tolerance too)."""
    if total is not None:
        total += off if total + off >= 0 else 0
    a = arithmetic._Amounts.of(_form(total, parts, items))
    assert a.component_sum == arithmetic._sum(a.values[k] for k in a.components)
    assert a.item_sum == arithmetic._sum(a.values[k] for k in a.items)
    assert (a.sums_ok, a.items_sum_ok) == (a.funding_ok(a.values), a.items_ok(a.values))
