"""Dates: the project period, budget item months, the fill date."""
from __future__ import annotations

from functools import lru_cache

from ..recache import compile as recompile
from ..lazyre import lazy
from ..lexicon import YEAR_BASELINE_BEFORE, YEAR_NOT_A_DATE_AFTER
from ..formdata import PlainDeclaration as Declaration, _category, indicator_path
from . import Context, finding, rule
from .indicators import Head, _heads

_MONTH = recompile(r"^\d{4}-(0[1-9]|1[0-2])$")
_DATE_START = lazy(r"^\d{4}-\d{2}")


@lru_cache(maxsize=4096)      # (every budget item asks of its two months, and a batch repeats them)
def _ok(m: str) -> bool:
    return bool(_MONTH.match(m or ""))


@rule("period_invalid", "error", title="实施期限有误", reads=("start", "end"))
def period_invalid(form: Declaration, ctx: Context):
    """项目实施起止时间无法识别，或开始晚于结束。

    Why: 实施期限是时效指标和资金安排的依据，起止时间须为有效年月且开始不晚于结束。
    Bad:  2024-12 ~ 2024-01
    Good: 2024-01 ~ 2024-12
    """
    s, e = form.start, form.end
    if s and not _ok(s):
        yield finding("period_invalid", "start", f"项目开始时间「{s}」无法识别。", "请按“2024-01”格式填写开始年月。")
    elif e and not _ok(e):
        yield finding("period_invalid", "end", f"项目结束时间「{e}」无法识别。", "请按“2024-12”格式填写结束年月。")
    elif s and e and s > e:
        yield finding("period_invalid", "start", f"项目开始时间 {s} 晚于结束时间 {e}。", "请核对实施起止时间，开始应不晚于结束。")


@rule("item_period_outside", "warning", title="明细时间超出实施期")
def item_period_outside(form: Declaration, ctx: Context):
    """预算明细的起止时间超出项目实施期。

    Why: 资金安排应在项目实施期内，明细时间超出说明期限或明细有误。
    Bad:  项目 2024-01~2024-12，明细 2024-01~2025-03
    Good: 明细 2024-01~2024-12
    """
    s, e = form.start, form.end
    if not (_ok(s) and _ok(e)) or s > e:
        return
    for i, it in enumerate(form.budget_items):
        a, b = it.start, it.end
        if (not s <= a <= e and _ok(a)) or (not s <= b <= e and _ok(b)):     # (a month inside needs no _ok)
            yield finding("item_period_outside", f"budget_items[{i}]",
                          f"预算明细「{it.name}」的时间 {it.start}~{it.end} 超出项目实施期 {s}~{e}。",
                          "请将明细起止时间调整到项目实施期内，或核对项目期限。")


@rule("fill_date_after_start", "warning", title="事后填报目标", reads=("start", "fill_date"))
def fill_date_after_start(form: Declaration, ctx: Context):
    """填报日期晚于项目开始月份（事后补报目标）。

    Why: 88号文：绩效目标是预算安排的前置条件，应在项目实施前申报；事后设定的目标缺乏约束力。
    Bad:  开始 2020-01，填报 2020-08-19
    Good: 开始 2021-01，填报 2020-10-15
    """
    if not _ok(form.start) or not _DATE_START.match(form.fill_date or ""):
        return
    if form.fill_date[:7] > form.start:
        yield finding("fill_date_after_start", "fill_date",
                      f"填报日期 {form.fill_date} 晚于项目开始时间 {form.start}，目标属于事后设定。",
                      "如为年中追加项目请在概况中说明；否则应在项目开始前申报绩效目标。")


def period_years(form: Declaration) -> tuple[int | None, int | None]:
    """(first, last) year of the project period; a bound is None when its month is unreadable."""
    return _period_years(form.start, form.end)


@lru_cache(maxsize=4096)      # (a batch repeats its period)
def _period_years(start: str, end: str) -> tuple[int | None, int | None]:
    s = int(start[:4]) if _ok(start) else None
    e = int(end[:4]) if _ok(end) else None
    if s is not None and e is not None and start > end:
        return None, None
    return s, e


@rule("year_period_mismatch", "warning", title="预算年度与实施期不符", reads=("year", "start", "end"))
def year_period_mismatch(form: Declaration, ctx: Context):
    """预算年度不在项目实施期内。

    Why: 申报表的预算年度应是项目实施期中的一年；表头年度与实施期不一致，说明套用了旧表或年度填错。
    Bad:  预算年度 2026，实施期 2020-01 ~ 2020-12
    Good: 预算年度 2020，实施期 2020-01 ~ 2020-12
    """
    first, last = period_years(form)
    y = form.year
    if y is None or (first is None and last is None):
        return
    if (first is not None and y < first) or (last is not None and y > last):
        span = f"{form.start or '?'}~{form.end or '?'}"
        yield finding("year_period_mismatch", "year", f"预算年度 {y} 不在项目实施期 {span} 内。",
                      "请核对表头的预算年度和项目实施起止时间，使预算年度落在实施期内（一般为实施期的当年）。")


_YEAR = recompile(rf"(?<![\d.〔\[【(（])((?:19|20)\d\d)(?=\s*(?:年(?!{YEAR_NOT_A_DATE_AFTER})|"
                   r"[-./]\s*(?:0?[1-9]|1[0-2])(?![\d万亿千百元%])))")
_ANY_YEAR = recompile(r"(?:19|20)\d\d")
# possessive \s*+ : a year followed by a long run of spaces must not backtrack (hostile input)
_SPAN = recompile(r"((?:19|20)\d\d)\s*+年?(?:\s*+[./-]?\s*+\d{1,2}\s*+月?)?\s*+[-—–~～至到]\s*+((?:19|20)\d\d)(?!\d)\s*+年?")
_QUOTED = recompile(r"《[^《》]*》|〔[^〕]*〕|\[[^\]]*\]|“[^”]*”")


@lru_cache(maxsize=16384)
def years_named(text: str) -> tuple[tuple[int, int], ...]:
    """The years a goal or a time value names as its own dates, as (first, last) spans: 2026年 and 2026-03
    are (2026, 2026), 2021-2025年 is (2021, 2025). Not baselines (较2023年), history (2019年以来) or
    document titles and numbers (《2023年工作方案》, 〔2021〕)."""
    if not _ANY_YEAR.search(text or ""):
        return ()
    t = _QUOTED.sub("", text)
    out = []
    for m in _SPAN.finditer(t):
        a, b = int(m.group(1)), int(m.group(2))
        if a <= b:
            out.append((a, b))
            t = t[:m.start()] + " " * (m.end() - m.start()) + t[m.end():]
    for m in _YEAR.finditer(t):
        if YEAR_BASELINE_BEFORE.search(t[max(0, m.start() - 3):m.start()]):
            continue
        out.append((int(m.group(1)), int(m.group(1))))
    return tuple(out)


@lru_cache(maxsize=16384)      # (a batch repeats its 时效指标 values and many of its goals)
def _years_within(text: str, first: int, last: int) -> bool:
    r"""True when every 19xx/20xx run in the text (19 or 20 and two digits — ``\d``: decimal digits — overlapping
    ones too) is a year from ``first`` to ``last``, and the text has no quoted part (whose removal could join
    digits): then no year ``years_named`` reads from it — each is such a run — is outside the period, and the text
    says nothing outside it. (str.find, not a pattern: a search tries the pattern at every position of the text.)"""
    if "《" in text or "〔" in text or "[" in text or "“" in text:
        return False
    for lead in ("19", "20"):
        at = text.find(lead)
        while at >= 0:
            if text[at + 2:at + 3].isdecimal() and text[at + 3:at + 4].isdecimal() \
                    and not first <= int(text[at:at + 4]) <= last:
                return False
            at = text.find(lead, at + 1)
    return True


@lru_cache(maxsize=4096)     # a batch repeats its tables' heads
def _time_rows(heads: tuple[Head, ...]) -> tuple[int, ...]:
    """Indices of the annual 时效指标 rows with a value."""
    return tuple([i for i, (scope, l1, l2, _, empty) in enumerate(heads)
                  if scope == "annual" and not empty and _category(l1, l2) == "时效指标"])


@rule("date_outside_period", "warning", title="目标时间超出实施期")
def date_outside_period(form: Declaration, ctx: Context):
    """年度目标或时效指标写的年份不在项目实施期内。

    Why: 年度目标和时效指标的完成时间应在项目实施期内；写成别的年份多半是套用旧表没有改。
    Bad:  实施期 2024-01~2024-12，时效指标 完成时间 2026年9月底前
    Good: 完成时间 2024年9月底前
    """
    first, last = period_years(form)
    if first is None or last is None:
        return
    # (goals, then the annual 时效指标 rows with a year; a path is made only for a text that names a year outside)
    texts: list[tuple[int, str]] = list(enumerate(form.goals.annual))
    goals = len(texts)
    indicators = form.indicators
    for i in _time_rows(_heads(form, ctx)):
        value = indicators[i].value
        if _ANY_YEAR.search(value):
            texts.append((i, value))
    for n, (i, text) in enumerate(texts):
        if _years_within(text, first, last):
            continue        # (no year-like run outside the period: years_named need not read the text)
        spans = years_named(text)
        for a, b in spans:
            if b < first or a > last:
                break
        else:
            continue        # (no year outside the period: most texts)
        bad = sorted({f"{a}" if a == b else f"{a}—{b}" for a, b in spans if b < first or a > last})
        path = f"goals.annual[{i}]" if n < goals else indicator_path(form, i)
        span = f"{form.start}~{form.end}"
        yield finding("date_outside_period", path,
                      f"「{text[:40]}」中的年份 {'、'.join(bad)} 不在项目实施期 {span} 内。",
                      f"请把完成时间改到实施期内（{first}年{'' if first == last else f'至{last}年'}），或核对实施起止时间。")
