"""Arithmetic: funding identity, budget item sums, 元/万元 slips, written calculations, cost sums."""
from __future__ import annotations

from decimal import Decimal, localcontext
from functools import lru_cache

from ..recache import compile as recompile
from ..lexicon import MONEY_TOLERANCE, PER_UNIT_COST, TOTAL_COST
from ..formdata import PlainDeclaration as Declaration, _category, indicator_path
from ..values import parse_value
from . import Context, correction, finding, rule
from .indicators import Head, _heads

TOL = MONEY_TOLERANCE
FUNDING_LABELS = {"total": "项目资金总额", "carryover": "上年度结转", "current_year": "本年度预算", "other": "其他资金"}


_TOL = Decimal(str(TOL))


def _d(x: float | int | Decimal) -> Decimal:
    """An amount as the decimal it was written as (a float's shortest repr: 0.1 is 0.1, not 0.1000000000000000055…)."""
    return x if isinstance(x, Decimal) else Decimal(repr(x)) if isinstance(x, float) else Decimal(x)


def _eq(a, b) -> bool:
    """Equal within the money tolerance, compared as exact decimals (no float rounding at any size)."""
    return abs(_d(a) - _d(b)) <= _TOL


def _sum(values) -> Decimal:
    return sum((_d(v) for v in values), Decimal(0))


def _r(x) -> int | float:
    """A written calculation's result: a whole number stays an exact int (floats lose digits above 2**53)."""
    d = _d(x)
    return int(d) if d == d.to_integral_value() else round(float(d), 6)


def _money(x) -> float:
    """An amount in 万元 for a correction (the form's amounts are floats, to 6 decimals)."""
    return round(float(x), 6)


def _show(x) -> str:
    """A number as people write it: 1234000, 0.5, 9007255320768773 (never 1.234e+06)."""
    return f"{_d(x).normalize():f}"


_ZERO = Decimal(0)
_PARTS = (("carryover", "funding.carryover"), ("current_year", "funding.current_year"), ("other", "funding.other"))


class _Amounts:
    """The money of a form as named slots: funding.* and budget_items[i].amount; ``component_sum`` and ``item_sum``
    the sums of its sources and of its items, ``sums_ok`` and ``items_sum_ok`` are ``funding_ok`` and ``items_ok`` of
    the form's own amounts (worked out once: every money rule asks)."""
    __slots__ = ("values", "components", "items", "component_sum", "item_sum", "sums_ok", "items_sum_ok", "_slips")

    def __init__(self, values: dict[str, Decimal], components: list[str], items: list[str]):
        self.values, self.components, self.items = values, components, items
        self.component_sum = sum([values[c] for c in components], _ZERO)
        self.item_sum = sum([values[c] for c in items], _ZERO)
        total = values.get("funding.total")
        self.sums_ok = total is None or not components or abs(total - self.component_sum) <= _TOL   # (funding_ok)
        self.items_sum_ok = total is None or not items or abs(total - self.item_sum) <= _TOL        # (items_ok)
        self._slips: dict[bool, tuple[str, Decimal] | None] = {}

    @classmethod
    def of(cls, form: Declaration) -> "_Amounts":
        v: dict[str, Decimal] = {}
        f = form.funding
        if f.total is not None:
            v["funding.total"] = _d(f.total)
        comps = []
        if f.has_components():
            for k, key in _PARTS:
                val = getattr(f, k)
                if val is not None:
                    v[key] = _d(val)
                    comps.append(key)
        items = []
        for i, it in enumerate(form.budget_items):
            if it.amount is not None:
                key = f"budget_items[{i}].amount"
                v[key] = _d(it.amount)
                items.append(key)
        return cls(v, comps, items)

    # (the values are Decimals: summed and compared as _sum and _eq do, without converting them again)
    def funding_ok(self, v: dict[str, Decimal]) -> bool:
        if "funding.total" not in v or not self.components:
            return True
        return abs(v["funding.total"] - sum([v[c] for c in self.components], _ZERO)) <= _TOL

    def items_ok(self, v: dict[str, Decimal]) -> bool:
        if "funding.total" not in v or not self.items:
            return True
        return abs(v["funding.total"] - sum([v[c] for c in self.items], _ZERO)) <= _TOL

    def single_slip(self, funding: bool) -> tuple[str, Decimal] | None:
        """The one amount that, divided (or multiplied) by 10,000, makes ``items_ok`` hold, and ``funding_ok`` too
        when ``funding``. An amount a sum does not read leaves that sum as it is: when the form's own sum is off, no
        trial of such an amount can make it hold, and none is tried (the others are summed as before). Worked out
        once per form and ``funding`` (three money rules ask)."""
        slips = self._slips
        if funding not in slips:
            slips[funding] = self._single_slip(funding)
        return slips[funding]

    def _single_slip(self, funding: bool) -> tuple[str, Decimal] | None:
        found = []
        off = _FloatSums.of(self)
        for key, val in self.values.items():
            if not val:
                continue
            total = key == "funding.total"
            if not self.items_sum_ok and not (total or key.startswith("budget_items")):
                continue      # (items_ok reads the total and the items)
            if funding and not self.sums_ok and not key.startswith("funding."):
                continue      # (funding_ok reads the total and the components: the funding.* slots)
            for scale in (1e-4, 1e4):
                if off is not None and off.clearly_off(key, scale, funding):
                    continue      # (a trial no float rounding can make hold: most of them, without a Decimal)
                trial_value = val / 10_000 if scale < 1 else val * 10_000
                trial = dict(self.values)
                trial[key] = trial_value
                if (not funding or self.funding_ok(trial)) and self.items_ok(trial):
                    found.append((key, trial[key]))
        return found[0] if len(found) == 1 else None


class _FloatSums:
    """The form's amounts as floats, to tell at once the trials of ``single_slip`` that cannot make a sum hold: a
    trial whose float sum is off by more than the tolerance and a margin no float rounding can cross (each amount
    within half an ulp of its decimal, each float sum within n ulps of the exact one; the margin is 1e-12 of the
    amounts' size) is off in exact decimals too, and is not tried (``clearly_off``). Any other trial is tried in
    decimals as before. None (no screening) for amounts floats cannot stand for: huge, or a missing total."""
    __slots__ = ("f", "total", "comps", "items", "comp_sum", "item_sum", "size")

    @classmethod
    def of(cls, a: "_Amounts") -> "_FloatSums | None":
        values = a.values
        if "funding.total" not in values or len(values) > 1000:
            return None
        self = cls()
        self.f = f = {k: float(v) for k, v in values.items()}
        size = 0.0
        for x in f.values():
            size += abs(x)
        if not size < 1e15:           # (also inf and nan)
            return None
        self.total, self.comps, self.items = f["funding.total"], a.components, a.items
        self.comp_sum = sum([f[k] for k in a.components])
        self.item_sum = sum([f[k] for k in a.items])
        self.size = size
        return self

    def clearly_off(self, key: str, scale: float, funding: bool) -> bool:
        """The trial ``key`` × ``scale`` leaves ``items_ok`` (or, when ``funding``, ``funding_ok``) false beyond
        doubt."""
        old = self.f[key]
        new = old * scale
        margin = _TOL_FLOAT + _FLOAT_MARGIN * (self.size + abs(new) + 1)
        total = new if key == "funding.total" else self.total
        if funding and self.comps:
            comps = self.comp_sum - old + new if key in self.comps else self.comp_sum
            if abs(total - comps) > margin:
                return True
        if self.items:
            items = self.item_sum - old + new if key.startswith("budget_items") else self.item_sum
            if abs(total - items) > margin:
                return True
        return False


_TOL_FLOAT = float(TOL)


def _slip_or_none(form: Declaration, ctx: Context):
    """(the form's amounts, the one 元/万元 slip that explains its sums or None), worked out once per check."""
    return ctx.once("arithmetic.slip", form, _find_slip)


class _SumsHold:
    """What ``_Amounts`` says of a form whose two sums both hold (``sums_ok`` and ``items_sum_ok``): then no money
    rule reads an amount, so none is converted to a Decimal."""
    __slots__ = ()
    sums_ok = items_sum_ok = True


_SUMS_HOLD = _SumsHold()
_FLOAT_MARGIN = 1e-12     # relative: far above what float rounding of a few amounts' sum can move it


def _sums_clearly_hold(form: Declaration) -> bool:
    """True when both sums hold by a margin no float rounding can cross (then the exact decimals agree: each
    amount's decimal is within half an ulp of its float, each float sum within n ulps of the exact one); False when
    near the tolerance or off it, and the exact decimals decide."""
    f = form.funding
    total, a, b, c = f.total, f.carryover, f.current_year, f.other
    if not (type(total) is float and type(a) is float and type(b) is float and type(c) is float):
        return _sums_clearly_hold_general(form)
    # (the usual form, all four amounts given: the steps below with no list made — the same sums in the same order)
    scale = abs(total) + (abs(a) + abs(b) + abs(c))
    if not abs(total - (a + b + c)) <= TOL - _FLOAT_MARGIN * (scale + 1):
        return False
    items = absolute = 0.0
    given = False
    for it in form.budget_items:
        x = it.amount
        if x is not None:
            if type(x) is not float:
                return False
            items += x
            absolute += abs(x)
            given = True
    if given:
        scale += absolute
        if not abs(total - items) <= TOL - _FLOAT_MARGIN * (scale + 1):
            return False
    return scale < 1e15


def _sums_clearly_hold_general(form: Declaration) -> bool:
    """``_sums_clearly_hold`` of any form."""
    f = form.funding
    total = f.total
    if total is None or type(total) is not float:
        return False
    scale = abs(total)
    comps = [x for x in (f.carryover, f.current_year, f.other) if x is not None]     # (has_components: any)
    if comps:
        for x in comps:
            if type(x) is not float:
                return False
        scale += sum(map(abs, comps))
        if not abs(total - sum(comps)) <= TOL - _FLOAT_MARGIN * (scale + 1):
            return False
    items = [it.amount for it in form.budget_items if it.amount is not None]
    if items:
        for x in items:
            if type(x) is not float:
                return False
        scale += sum(map(abs, items))
        if not abs(total - sum(items)) <= TOL - _FLOAT_MARGIN * (scale + 1):
            return False
    return scale < 1e15        # (inf and nan fail every comparison above; huge sums go the exact way)


def _find_slip(form: Declaration):
    if _sums_clearly_hold(form):
        return _SUMS_HOLD, None
    a = _Amounts.of(form)
    if a.sums_ok and a.items_sum_ok:
        return a, None
    return a, a.single_slip(funding=True)


@rule("unit_scale_mismatch", "error", title="金额单位错误（元/万元）")
def unit_scale_mismatch(form: Declaration, ctx: Context):
    """金额单位错误：按“元”填在了“万元”栏（或相反）。

    Why: 申报表金额单位为万元；把元当万元填会使金额放大一万倍，各项合计对不上。
    Bad:  技术培训 204000（总额102万元）
    Good: 技术培训 20.4
    """
    a, slip = _slip_or_none(form, ctx)
    if slip is None:
        # the funding identity may hold while one budget item alone is off by 10,000
        if a.sums_ok and not a.items_sum_ok:
            slip = a.single_slip(funding=False)
            if slip and not slip[0].startswith("budget_items"):
                slip = None
    if slip is None:
        return
    key, new = slip
    old = a.values[key]
    unit = "元" if new < old else "万元"
    yield finding("unit_scale_mismatch", key, f"金额 {_show(old)} 疑似按{unit}填写，与万元口径不一致（换算后为 {_show(new)} 万元，合计才相符）。",
                  f"请改为 {_show(new)}（万元）。")
    yield correction(field=key, old=float(old), new=_money(new), reason=f"按万元换算：{_show(old)} → {_show(new)}，换算后各项合计相符。")


@rule("funding_sum_mismatch", "error", title="资金来源合计不符")
def funding_sum_mismatch(form: Declaration, ctx: Context):
    """资金总额不等于上年结转、本年预算与其他资金之和。

    Why: 资金来源恒等式：项目资金总额 = 上年度结转 + 本年度预算 + 其他资金（允许0.005万元误差）。
    Bad:  总额 24.0 = 0 + 20 + 0
    Good: 总额 24.0 = 0 + 24 + 0
    """
    a, slip = _slip_or_none(form, ctx)
    if slip is not None or a.sums_ok:
        return
    f = form.funding
    total, comps = a.values["funding.total"], a.component_sum      # (the Decimals of f.total and the sources' sum)
    msg = f"项目资金总额 {_show(total)} 万元与各来源之和 {_show(comps)} 万元不一致。"
    if a.items and abs(a.item_sum - total) <= _TOL:
        new = total - sum([a.values.get(f"funding.{k}", _ZERO) for k in ("carryover", "other")], _ZERO)
        yield finding("funding_sum_mismatch", "funding.current_year", msg,
                      f"预算明细合计等于总额，建议将本年度预算改为 {_show(new)} 万元。")
        yield correction(field="funding.current_year", old=f.current_year, new=_money(new),
                         reason="预算明细合计与资金总额一致，按总额倒算本年度预算。")
    else:
        yield finding("funding_sum_mismatch", "funding.total", msg, f"建议将项目资金总额改为 {_show(comps)} 万元（各来源之和）。")
        yield correction(field="funding.total", old=f.total, new=_money(comps), reason="资金总额应等于上年结转、本年预算与其他资金之和。")


def _corrected_total(form: Declaration, a: _Amounts) -> Decimal | None:
    if form.funding.total is None:
        return None
    total = a.values["funding.total"]
    if a.sums_ok:
        return total
    if a.items and abs(a.item_sum - total) <= _TOL:
        return total
    return a.component_sum


@rule("budget_items_sum_mismatch", "error", title="预算明细合计不符")
def budget_items_sum_mismatch(form: Declaration, ctx: Context):
    """预算明细合计不等于项目资金总额。

    Why: 预算明细应完整反映资金用途：各明细金额之和 = 项目资金总额。
    Bad:  明细 10 + 8 = 18，总额 24
    Good: 明细 10 + 8 + 6 = 24，总额 24
    """
    a, slip = _slip_or_none(form, ctx)
    if a is _SUMS_HOLD or slip is not None or not a.items:
        return      # (both sums hold: the corrected total is the total, and the items add up to it)
    total = _corrected_total(form, a)
    if total is None:
        return
    s = a.item_sum
    if abs(s - total) <= _TOL:
        return
    if a.sums_ok and a.single_slip(funding=False):
        return  # one item off by 10,000 – reported as unit_scale_mismatch
    yield finding("budget_items_sum_mismatch", "budget_items",
                  f"预算明细合计 {_show(s)} 万元与项目资金总额 {_show(total)} 万元不一致（相差 {_show(total - s)} 万元）。",
                  "请核对各明细金额是否漏项、重复或单位错误，使明细合计等于资金总额。")


# A written calculation: 4人×5000元×12个月=240000元
_FACTOR = r"(\d+(?:\.\d+)?)\s*([^\d\s×xX*＊=＝,，;；。、()（）]{0,8}?)"
_FACTOR_RE = recompile(r"(?:×|x|X|\*|＊|乘以|乘)\s*" + _FACTOR + r"(?=\s*(?:×|x|X|\*|＊|乘|=|＝|$))")
# ``_CALC`` matches exactly what _FACTOR + (sign _FACTOR)+ = result matches (tests/rules/test_calc_pattern.py), with
# less work: what follows a factor's digits (a '.', a space, a unit, a sign) is never a digit, so giving a digit
# back never leads to a match — the digit runs are possessive (\d++) — and a match that starts inside a digit
# run fails as the one starting at the run's first digit did (the same continuation after the run): (?<!\d).
# The old pattern tried each digit of a run as a start and each shorter run again, for each unit length.
# The not-after-a-digit test is made after the run's first digit ((?<!\d\d): the same test, that digit being one):
# a pattern that starts with a digit is searched for by the engine at the digits only, one that starts with a
# look-behind is tried at every character of the text.
_FACTOR_AT = r"(\d++(?:\.\d++)?)\s*([^\d\s×xX*＊=＝,，;；。、()（）]{0,8}?)"
_FIRST_FACTOR = r"(\d(?<!\d\d)\d*+(?:\.\d++)?)\s*([^\d\s×xX*＊=＝,，;；。、()（）]{0,8}?)"
_CALC = recompile(_FIRST_FACTOR + r"((?:\s*(?:×|x|X|\*|＊|乘以|乘)\s*" + _FACTOR_AT
                  + r")+)\s*[=＝]\s*(\d+(?:\.\d+)?)\s*(亿元|万元|千元|元)?")
_THOUSANDS = recompile(r"(?<=\d),(?=\d{3})")
MAX_DIGITS = 24           # longer digit runs are not amounts or quantities
MAX_FACTORS = 12
_MONEY_SCALE = [("亿元", 100_000_000), ("万元", 10_000), ("千元", 1000), ("元", 1), ("万", 10_000)]
_MONEY_FIRST = frozenset(u[0] for u, _ in _MONEY_SCALE)


_EXACT_SCALE = dict(_MONEY_SCALE)       # a unit that is one of them exactly (元, 万元): no search


def _scale(unit: str) -> float | None:
    s = _EXACT_SCALE.get(unit)
    if s is not None:
        return s
    if unit[:1] not in _MONEY_FIRST:
        return None       # (most units: 人, 台, 个月)
    for u, s in _MONEY_SCALE:
        if unit.startswith(u):
            return s
    return None


_TIMES, _EQUALS = recompile(r"[×xX*＊乘]"), recompile(r"[=＝]")


def find_calculations(text: str):
    """Yield (old_result_text, right_result) for each wrong written product in the text (exact decimals)."""
    if not (text and _EQUALS.search(text) and _TIMES.search(text)):
        return   # no product and result written: nothing to check (most texts; the pattern is costly)
    yield from _calculations(text)


def _calculations(text: str):
    """``find_calculations`` of a text known to hold a result (= or ＝) and a product sign (``_TIMES``)."""
    t = _THOUSANDS.sub("", text) if "," in text else text
    for m in _CALC.finditer(t):
        first, first_unit, rest, _, _, result, runit = m.groups()
        factors = [(first, first_unit), *_factors(rest)]
        if len(factors) > MAX_FACTORS or (m.end() - m.start() > MAX_DIGITS      # (each number is part of the match)
                                          and (len(result) > MAX_DIGITS or _too_long(factors))):
            continue  # not a money calculation (and its exact product would be unbounded work)
        whole = _in_integers(factors, result, runit or "")
        if whole is not None:
            wrong, right = whole
            if wrong:
                yield result, right
            continue
        with localcontext() as exact:
            exact.prec = MAX_DIGITS * (MAX_FACTORS + 2)   # no rounding at all at these sizes
            product, money = Decimal(1), None
            for num, unit in factors:
                product *= Decimal(num)
                s = _scale(unit)
                if s is not None:
                    money = (money or Decimal(1)) * Decimal(s)
            result, runit = Decimal(m.group(6)), m.group(7) or ""
            rscale = _scale(runit)
            right = product * money / Decimal(rscale) if money is not None and rscale is not None else product
            wrong = abs(right - result) > Decimal("0.005")
        if wrong:  # yielded outside the context: a suspended generator must not lend its precision to the caller
            yield m.group(6), _r(right)


@lru_cache(maxsize=4096)     # (a batch repeats its prices: ×1000元, ×12个月)
def _factors(rest: str) -> tuple[tuple[str, str], ...]:
    """The (number, unit) pairs of the signed factors after a calculation's first factor."""
    return tuple(_FACTOR_RE.findall(rest))


def _too_long(factors: list[tuple[str, str]]) -> bool:
    for n, _ in factors:
        if len(n) > MAX_DIGITS:
            return True
    return False


def _in_integers(factors: list[tuple[str, str]], result: str, runit: str) -> tuple[bool, int | None] | None:
    """A calculation whose numbers are all whole, worked out exactly in integers (most written calculations,
    without a Decimal context): (False, None) when its result is right (within 0.005, as below), (True, the right
    result) when it is wrong and the right result is a whole number; None otherwise — a number that is not whole,
    or a right result that is not — and the exact decimals decide."""
    if not (result.isascii() and result.isdigit()):
        return None
    product, money = 1, None
    for num, unit in factors:
        if not (num.isascii() and num.isdigit()):
            return None
        product *= int(num)
        if unit[:1] in _MONEY_FIRST:
            s = _scale(unit)
            if s is not None:
                money = (money or 1) * s
    rscale = _scale(runit)
    if money is None or rscale is None:
        return (False, None) if product == int(result) else (True, product)
    exact = product * money            # the right result × rscale
    if 1000 * abs(exact - int(result) * rscale) <= 5 * rscale:      # |exact / rscale − result| ≤ 0.005
        return False, None
    right, rest = divmod(exact, rscale)
    return None if rest else (True, right)


def _text_fields(form: Declaration):
    """(path, text) of the texts that may hold a written calculation, in the form's order."""
    # (a result and a product sign: find_calculations' own first test, which _calculations then skips)
    for key in ("overview", "basis", "necessity", "unit_functions"):
        text = getattr(form, key)
        if ("=" in text or "＝" in text) and _TIMES.search(text):
            yield key, text
    for i, g in enumerate(form.goals.annual):
        if ("=" in g or "＝" in g) and _TIMES.search(g):
            yield f"goals.annual[{i}]", g
    for i, g in enumerate(form.goals.long_term):
        if ("=" in g or "＝" in g) and _TIMES.search(g):
            yield f"goals.long_term[{i}]", g
    for i, ind in enumerate(form.indicators):
        n, v = ind.name, ind.value         # the text is f"{n} {v}": a sign in either is one in it
        if ("=" in n or "＝" in n or "=" in v or "＝" in v) and (_TIMES.search(v) or _TIMES.search(n)):
            yield indicator_path(form, i), f"{n} {v}"
    for i, it in enumerate(form.budget_items):
        n = it.name
        if ("=" in n or "＝" in n) and _TIMES.search(n):
            yield f"budget_items[{i}].name", n


@rule("quantity_price_mismatch", "error", title="测算式计算错误")
def quantity_price_mismatch(form: Declaration, ctx: Context):
    """测算过程“数量×单价=金额”计算结果错误。

    Why: 88号文"相应匹配"：测算依据须能复核，乘积算错说明申请金额依据不实。
    Bad:  617人×2000元=1240000元
    Good: 617人×2000元=1234000元
    """
    for path, text in _text_fields(form):
        for old, new in _calculations(text):      # (_text_fields gives only texts find_calculations reads)
            yield finding("quantity_price_mismatch", path, f"测算式结果 {old} 有误，按所列数量和单价计算应为 {_show(new)}。",
                          f"请将计算结果改为 {_show(new)}，并核对申请金额。")
            yield correction(field=path, old=old, new=new, reason="按测算式各因子重新计算乘积。")


@lru_cache(maxsize=4096)     # a batch repeats its tables' heads
def _part_cost_rows(heads: tuple[Head, ...]) -> tuple[int, ...]:
    """Indices of the annual 成本指标 rows with a value whose name is not a per-unit or a total cost: the parts."""
    return tuple([i for i, (scope, l1, l2, name, empty) in enumerate(heads)
                  if scope == "annual" and not empty and _category(l1, l2) == "成本指标"
                  and not (PER_UNIT_COST.search(name) or TOTAL_COST.search(name))])


@rule("cost_indicator_sum_mismatch", "warning", title="成本指标合计不符")
def cost_indicator_sum_mismatch(form: Declaration, ctx: Context):
    """分项成本指标合计与项目资金总额不一致。

    Why: 88号文"相应匹配"、101号文：成本指标应与预算测算相互印证。
    Bad:  工资 ≤160.52万元 + 社保 ≤29.16万元 + 津贴 ≤9.72万元 = 199.4 ≠ 194.4
    Good: 工资 ≤155.52万元 + 社保 ≤29.16万元 + 津贴 ≤9.72万元 = 194.4
    """
    total = form.funding.total
    if total is None:
        return
    parts: dict[str, float] = {}
    indicators = form.indicators
    for i in _part_cost_rows(_heads(form, ctx)):
        ind = indicators[i]
        amount = parse_value(ind.value).amount_wan()
        if amount is not None and ind.name not in parts:
            parts[ind.name] = amount
    if len(parts) < 2:
        return
    s = _sum(parts.values())
    if not _eq(s, total):
        yield finding("cost_indicator_sum_mismatch", "indicators.成本指标",
                      f"分项成本指标合计 {_show(round(s, 6))} 万元与项目资金总额 {_show(total)} 万元不一致。",
                      "请核对各项成本指标的金额，使其与预算明细一致。")
