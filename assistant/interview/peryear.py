"""Figures of several years in one answer: "去年是19.8万，今年是21.6万" asked for this year's project gives
21.6万 — the figure of the project's year, never another year's. Pure.

    of_year("去年是19.8万，今年是21.6万", 2025, date(2025, 3, 1))   # ("今年是21.6万", "去年是19.8万")

Only when two or more clauses each open with a year (去年, 今年, 明年, 2024年 …) and carry a figure: the
clauses of other years are context, dropped (and said back); a message whose only year is one is left
alone ("今年21.6万" is the answer whatever its year word).
"""
from __future__ import annotations

import datetime as dt
import re

_TAG = re.compile(r"^\s*(?:其中|那|就|而)?(?P<y>去年|今年|明年|前年|后年|上一年|下一年|(?:19|20)?\d{2}年)(?:度)?的?")
_SHIFT = {"前年": -2, "去年": -1, "上一年": -1, "今年": 0, "明年": 1, "下一年": 1, "后年": 2}
# last year's money brought into this project's funding (上年结转, 去年剩下的): no figure of another year
_CARRIED = re.compile(r"结转|结余|剩下|剩余|留下")
_FIGURE = re.compile(r"\d|[一二两三四五六七八九十百千万]")


def _year(tag: str, today: dt.date) -> int:
    if tag in _SHIFT:
        return today.year + _SHIFT[tag]
    n = int(tag[:-1])
    return n + 2000 if n < 100 else n


def of_year(text: str, year: int | None, today: dt.date) -> tuple[str, str]:
    """(the message with the clauses of other years taken out, those clauses) — (text, "") when it gives
    no figures of two different years."""
    year = year or today.year
    parts = re.split(r"([，,；;。\n])", text)
    tagged = []
    for k in range(0, len(parts), 2):
        m = _TAG.match(parts[k])
        if m and _FIGURE.search(parts[k][m.end():]) and not _CARRIED.search(parts[k]):
            tagged.append((k, _year(m.group("y"), today)))
    if len(tagged) < 2 or len({y for _, y in tagged}) < 2:
        return text, ""
    other = {k for k, y in tagged if y != year}
    kept = "".join(p for k in range(0, len(parts), 2) if k not in other
                   for p in (parts[k], parts[k + 1] if k + 1 < len(parts) else ""))
    gone = "，".join(parts[k].strip() for k in sorted(other))
    return kept.strip("，,；;。 \n"), gone


__all__ = ["of_year"]
