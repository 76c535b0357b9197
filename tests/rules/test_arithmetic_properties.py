"""Property tests: a consistent form never raises an arithmetic finding; a perturbed sum always does."""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

from assistant.model import Declaration
from assistant.rules import check
from assistant.rules.arithmetic import find_calculations

ARITH = {"funding_sum_mismatch", "budget_items_sum_mismatch", "unit_scale_mismatch", "quantity_price_mismatch"}
cents = st.integers(min_value=1, max_value=5_000_000)  # amounts in 0.01 万元


def form_of(carry: int, cur: int, other: int, items: list[int], total: int | None = None) -> Declaration:
    total = carry + cur + other if total is None else total
    return Declaration.model_validate({
        "funding": {"total": total / 100, "carryover": carry / 100, "current_year": cur / 100, "other": other / 100},
        "budget_items": [{"name": f"明细{i}", "amount": a / 100} for i, a in enumerate(items)],
    })


@st.composite
def consistent(draw):
    carry = draw(st.integers(0, 1_000_000))
    cur = draw(cents)
    other = draw(st.integers(0, 100_000))
    total = carry + cur + other
    n = draw(st.integers(1, 6))
    cuts = sorted(draw(st.lists(st.integers(0, total), min_size=n - 1, max_size=n - 1)))
    items = [b - a for a, b in zip([0] + cuts, cuts + [total])]
    return carry, cur, other, items


@settings(max_examples=300, deadline=None)
@given(consistent())
def test_consistent_form_raises_no_arithmetic_finding(parts):
    carry, cur, other, items = parts
    report = check(form_of(carry, cur, other, items))
    assert {f.code for f in report.findings} & ARITH == set()


@settings(max_examples=300, deadline=None)
@given(consistent(), st.integers(1, 100_000), st.booleans())
def test_perturbed_total_always_raises(parts, delta, up):
    carry, cur, other, items = parts
    total = carry + cur + other + (delta if up else -min(delta, carry + cur + other - 1))
    if total == carry + cur + other:
        return
    report = check(form_of(carry, cur, other, items, total=total))
    assert {f.code for f in report.findings} & ARITH


@settings(max_examples=200, deadline=None)
@given(consistent(), st.data())
def test_perturbed_item_always_raises(parts, data):
    carry, cur, other, items = parts
    i = data.draw(st.integers(0, len(items) - 1))
    items = list(items)
    items[i] += data.draw(st.integers(1, 100_000))
    report = check(form_of(carry, cur, other, items))
    assert {f.code for f in report.findings} & {"budget_items_sum_mismatch", "unit_scale_mismatch"}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 9999), min_size=2, max_size=4), st.integers(-500, 500))
@example([9739, 9743, 9743, 9743], 1)     # 9007255320768773 > 2**53: as floats it was "should be ...772"
@example([9739, 9743, 9743, 9743], -1)
@example([9999, 9999, 9999, 9999], 0)
def test_written_product_checked_exactly(factors, delta):
    product = 1
    for f in factors:
        product *= f
    if product + delta < 0:
        return
    text = "×".join(f"{f}人" for f in factors) + f"={product + delta}"
    wrong = list(find_calculations(text))
    assert (wrong == []) == (delta == 0)
    if delta:
        assert wrong[0][1] == product and isinstance(wrong[0][1], int)


def test_wrong_product_message_writes_the_whole_number():
    report = check(Declaration.model_validate({"overview": "资助617人，测算：617人×2000元=1240000元。"}))
    (f,) = [f for f in report.findings if f.code == "quantity_price_mismatch"]
    assert "应为 1234000。" in f.message


def test_amounts_summed_exactly_as_written():
    # 0.1 + 0.2 as floats is 0.30000000000000004; as written it is 0.3, and 1e15-scale totals keep their cents
    form = Declaration.model_validate({"funding": {"total": 1_000_000_000.3, "carryover": 0.1, "current_year": 1_000_000_000.2,
                                                   "other": 0}})
    assert {f.code for f in check(form).findings} & ARITH == set()
    form = Declaration.model_validate({"funding": {"total": 1_000_000_000.31, "carryover": 0.1,
                                                   "current_year": 1_000_000_000.2, "other": 0}})
    (f,) = [f for f in check(form).findings if f.code == "funding_sum_mismatch"]
    assert "各来源之和 1000000000.3 万元" in f.message


_UNITS = st.sampled_from(["", "元", "万元", "千元", "亿元", "人", "台", "个月", "元/人", "万"])


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.integers(0, 10**7), _UNITS), min_size=2, max_size=5), st.integers(0, 10**12), _UNITS,
       st.integers(-3, 3), st.booleans())
def test_whole_calculations_worked_out_in_integers_say_what_the_exact_decimals_say(factors, result, runit, near, right):
    """``_in_integers`` (whole numbers, no Decimal context) against the exact decimals alone, on calculations whose
    results are right, a little off, far off, or right only within the tolerance (2元 = 0.0002万元 → 0)."""
    from assistant.rules import arithmetic
    if right:        # the result the decimals find, rounded to a whole number, then moved by ``near``
        exact = list(arithmetic._calculations("×".join(f"{n}{u}" for n, u in factors) + f"=0{runit}"))
        result = max(0, round(float(exact[0][1])) + near) if exact else near * near
    text = "×".join(f"{n}{u}" for n, u in factors) + f"={result}{runit}"
    ours = list(arithmetic._calculations(text))
    real = arithmetic._in_integers
    try:
        arithmetic._in_integers = lambda *a: None        # every calculation by the exact decimals
        theirs = list(arithmetic._calculations(text))
    finally:
        arithmetic._in_integers = real
    assert ours == theirs and [type(x[1]) for x in ours] == [type(x[1]) for x in theirs], text
