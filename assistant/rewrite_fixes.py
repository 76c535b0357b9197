"""Offline fixes for catalogue-v2 findings, where one follows from the form itself.

An estimate replaced by the form's own figure, a date serial by its date, a direction flipped, a year
aligned with the project period, a figure in the text set to the form's. Each is a ``Candidate``;
``from_form`` is True only when the fix is certain (the figure or the date is the form's own, exactly),
otherwise the proposal is marked 待确认. ``assistant.rewrite`` re-checks every proposal with the rules.
Nothing here is guessed: a finding with no fix that follows from the form gets no candidate.
"""
from __future__ import annotations

import re

from .lexicon import MONEY_TOLERANCE, SAME_UNIT
from .model import Declaration, Indicator
from .rewrite_values import Candidate
from .rules.dates import period_years, years_named
from .rules.measures import sense, serial_of
from .rules.texts import known_amounts, value_count, count_conflicts, hedges, money_conflicts
from .textnum import CN_NUM_RE, normalize, parse_amount_wan
from .values import parse_value

_MONEY_UNITS = ("万元", "亿元", "千元", "元", "块钱", "块", "万")
_PARTICLE = re.compile(r"[吧啊呢哦呀]")
NEAR = 0.25          # an estimate within 25% of one of the form's amounts is taken to mean that amount


def _fmt(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


def _money(number: str, unit: str) -> float | None:
    if unit in _MONEY_UNITS or (not unit and re.fullmatch(CN_NUM_RE, number) and number.endswith("万")):
        return parse_amount_wan(number + ("元" if unit.startswith("块") else unit))
    return None


def _counts(form: Declaration) -> set[tuple[float, str]]:
    return {vc for ind in form.indicators if ind.value and (vc := value_count(ind.value))}


def _splice(text: str, edits: list[tuple[int, int, str]]) -> str:
    """Apply edits found on ``normalize(text)`` to the text as written (normalize maps characters one to
    one and only strips the ends), so the rest of the text keeps its own punctuation and digits."""
    lead = len(text) - len(text.lstrip())
    for s, e, new in sorted(edits, reverse=True):
        text = text[:lead + s] + new + text[lead + e:]
    return text


def approximate(form: Declaration, text: str) -> Candidate | None:
    """The text with each estimate made exact: a money estimate becomes the form's nearest amount
    (certain when it is the same figure), a count keeps its number without 约/左右/多/余
    (certain when a 数量指标 states that count)."""
    t = normalize(text)
    spans = hedges(t)
    if not spans:
        return None
    known, counts = known_amounts(form), _counts(form)
    sure, notes, edits = True, [], []
    for h in reversed(spans):
        number, unit = t[h.num_start:h.num_end], h.unit
        amount = _money(number, unit)
        if amount is not None and known:
            near = min(known, key=lambda k: abs(k - amount))
            if abs(near - amount) <= max(MONEY_TOLERANCE, NEAR * near):
                new = f"{_fmt(near)}万元"
                same = abs(near - amount) <= MONEY_TOLERANCE
                notes.append(f"“{t[h.start:h.end]}”改为表中金额{new}" + ("" if same else "（与原估计数不同，请确认）"))
                sure &= same
            else:
                new, sure = f"{number}{unit}", False
                notes.append(f"“{t[h.start:h.end]}”去掉估计用语（表中没有相近的金额，请确认准确数）")
        else:
            new = f"{number}{unit}"
            n = parse_value(new).number
            same_unit = SAME_UNIT.get(unit, unit)
            exact = n is not None and any(abs(c - n) < 1e-9 and u == (same_unit or u) for c, u in counts)
            sure &= exact
            notes.append(f"“{t[h.start:h.end]}”去掉估计用语" + ("" if exact else "（请确认准确数）"))
        edits.append((h.start, h.end + (1 if _PARTICLE.match(t, h.end) else 0), new))
    return Candidate(_splice(text, edits), sure, "；".join(reversed(notes)))


def serial(ind: Indicator) -> Candidate | None:
    s = serial_of(ind)
    return Candidate(s.corrected(), True, f"Excel日期序列号{s.serial}即{s.corrected().rstrip('前')}") if s else None


def flip(ind: Indicator) -> Candidate | None:
    """A direction that contradicts the name, turned round (the number kept; a keep-low 100% becomes =0)."""
    pv = parse_value(ind.value)
    if pv.number is None:
        return None
    n, unit = _fmt(pv.number), pv.unit
    if sense(ind.name) == "low":
        new = f"=0{unit}" if pv.is_percent and pv.number >= 100 else f"≤{n}{unit}"
        return Candidate(new, False, f"「{ind.name}」应越低越好，方向改为控制上限（目标值请确认）")
    if sense(ind.name) == "high":
        return Candidate(f"≥{n}{unit}", False, f"「{ind.name}」应越高越好，方向改为不低于{n}{unit}（请确认）")
    return None


def align_year(form: Declaration) -> Candidate | None:
    first, last = period_years(form)
    if form.year is None or (first is None and last is None):
        return None
    year = first if first is not None and form.year < first else last
    return Candidate(str(year), False, f"预算年度改为实施期（{form.start}~{form.end}）内的{year}年；如实施期填错，请改实施期")


def align_dates(form: Declaration, text: str) -> Candidate | None:
    """Years outside a one-year period replaced by the period's year (the month and day kept)."""
    first, last = period_years(form)
    if first is None or first != last:
        return None
    bad = {a for a, b in years_named(text) if a == b and not first <= a <= last}
    if not bad:
        return None
    pattern = re.compile(r"(?<!\d)(?:" + "|".join(map(str, sorted(bad))) + r")(?!\d)")
    edits = [(m.start(), m.end(), str(first)) for m in pattern.finditer(normalize(text))]
    return Candidate(_splice(text, edits), False, f"年份改为项目实施期所在的{first}年（请确认完成时间）")


def figure_from_form(form: Declaration, field: str, text: str) -> Candidate | None:
    """The money figure in the text set to the funding total, and a goal's count set to the 数量指标's."""
    t, edits, notes = normalize(text), [], []
    for path, snippet, _ in money_conflicts(form):
        if path == field:
            total = f"{_fmt(form.funding.total)}万元"
            new = re.sub(r"[\d,.]+\s*(?:亿元|万元|千元|元|块钱|块|万)|" + CN_NUM_RE + r"(?:亿元|万元|千元|元|万)?$",
                         total, snippet, count=1)
            at = t.find(snippet)
            edits.append((at, at + len(snippet), new))
            notes.append(f"金额按项目资金总额{total}改写（如文字中的金额才是对的，请改资金总额）")
    for i, said, before, ind in count_conflicts(form):
        if field == f"goals.annual[{i}]":
            vc = value_count(ind.value)
            at = t.find(before + said) + len(before)
            edits.append((at, at + len(said), f"{_fmt(vc[0])}{re.sub(r'^[0-9,.]+[万千]?', '', said)}"))
            notes.append(f"数量按数量指标「{ind.name}」（{ind.value}）改写（请确认实际数量）")
    return Candidate(_splice(text, edits), False, "；".join(notes)) if edits else None
