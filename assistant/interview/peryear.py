"""Figures of several years in one answer: "去年是19.8万，今年是21.6万" asked for this year's project gives
21.6万 — the figure of the project's year, never another year's. Pure.

    of_year("去年是19.8万，今年是21.6万", 2025, date(2025, 3, 1))   # ("今年是21.6万", "去年是19.8万")

Only when a clause opening with another year (去年, 前年, 2024年 …) carries a figure and another clause of
the message carries one too — opened by the project's year or by no year ("去年是四十二万八 今年多了律师值班
要四十六万三"): the clauses of other years are context, dropped (and said back); a message whose only
figure is one year's is left alone ("今年21.6万" is the answer whatever its year word). A space between
words parts clauses as a comma does; a date ("2025年12月开工") is no figure.
"""
from __future__ import annotations

import datetime as dt
import re

_TAG = re.compile(r"^\s*(?:其中|那|就|而)?(?P<y>去年|今年|明年|前年|后年|上一年|下一年|上年|往年|(?:19|20)?\d{2}年)(?:度)?的?")
_SHIFT = {"前年": -2, "去年": -1, "上一年": -1, "今年": 0, "明年": 1, "下一年": 1, "后年": 2}
# last year's money brought into this project's funding (上年结转, 去年剩下的): no figure of another year
_CARRIED = re.compile(r"结转|结余|剩下|剩余|留下")
_FIGURE = re.compile(r"\d|[一二两三四五六七八九十百千万]")
_DATES = re.compile(r"[\d一二两三四五六七八九十]+\s*(?:月份?|日|号)(?:[底初中]|上旬|中旬|下旬)?")


def _year(tag: str, today: dt.date, year: int | None = None) -> int:
    if tag in ("上年", "往年"):            # the year before the project's (上年 in a budget is the budget year's last)
        return (year or today.year) - 1
    if tag in _SHIFT:
        return today.year + _SHIFT[tag]
    n = int(tag[:-1])
    return n + 2000 if n < 100 else n


# the whole sum of a project of several years, said beside each year's part ("总投资100万，2026年40万，2027年60万")
_TOTAL = re.compile(r"总投资|总共|一共|合计|总计|共计|总额|总预算|项目资金")


def _as_this_year(clause: str) -> str:
    """The project's own year's part beside the whole sum: its year tag read as 本年度 (this year's budget)."""
    m = _TAG.match(clause)
    return "本年度" + clause[m.end():] if m and not _TOTAL.search(clause) else clause


# a name said once before two years' figures: "<名称>去年X，今年Y"
_SHARED = re.compile(r"(?P<name>[\u4e00-\u9fa5]{2,14}?)(?:的)?(?P<t1>去年|前年|上年|往年)(?:是|为)?(?P<a>[^，,；;。]{1,12})[，,；;]\s*"
                     r"(?P<t2>今年|明年|后年)(?:是|为|写|要|定|按)*(?P<b>[^，,；;。]{1,16})")


def shared_years(text: str, year: int | None, today: dt.date) -> tuple[str, str]:
    """"家长满意度去年92.1%，今年写不低于94%": a name said once before last year's figure and this year's — the name with
    this year's figure, and last year's (text, "" when the message is not so)."""
    year = year or today.year
    m = _SHARED.fullmatch((text or "").strip())
    if m and _FIGURE.search(m.group("a")) and _FIGURE.search(m.group("b")) and not _CARRIED.search(m.group(0)) \
            and _year(m.group("t1"), today, year) != year and _year(m.group("t2"), today, year) == year:
        return f"{m.group('name')}{m.group('b')}", f"{m.group('t1')}{m.group('a')}"
    return text, ""


def of_year(text: str, year: int | None, today: dt.date) -> tuple[str, str]:
    """(the message with the clauses of other years taken out, those clauses) — (text, "") when it gives
    no figures of two different years."""
    year = year or today.year
    parts = re.split(r"([，；;。\n]|,(?!(?<=\d,)\d{3}(?!\d))|(?<=[\u4e00-\u9fa5])[ \t\u3000]+(?=[\u4e00-\u9fa5]))", text)   # (38,450.60: one figure)
    other, figured, years = set(), [], set()
    for k in range(0, len(parts), 2):
        m = _TAG.match(parts[k])
        if not _FIGURE.search(_DATES.sub("", parts[k][m.end():] if m else parts[k])):
            continue
        figured.append(k)
        if m and not _CARRIED.search(parts[k]):
            years.add(_year(m.group("y"), today, year))
            if _year(m.group("y"), today, year) != year:
                other.add(k)
    if not other or (len(figured) == len(other) and len(years) < 2):
        return text, ""                  # every figure one other year's: she may mean the project ("今年21.6万")
    totalled = any(_TOTAL.search(parts[k]) for k in figured if k not in other)
    kept = "".join(p for k in range(0, len(parts), 2) if k not in other
                   for p in ((_as_this_year(parts[k]) if totalled and k in figured else parts[k]),
                             parts[k + 1] if k + 1 < len(parts) else ""))
    gone = "，".join(parts[k].strip() for k in sorted(other))
    return kept.strip("，,；;。 \n"), gone


__all__ = ["of_year"]
