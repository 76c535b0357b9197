"""Indicator rows from the part of a text dump that prints the table row by row.

pdftotext prints a ruled table line by line: the first line of every cell of a row from left
to right, then the second line of every cell that wrapped, and so on. So a row whose name
wrapped comes out as ``name-line-1, value, name-line-2`` and the next row follows without a
marker. Level words (一级/二级) either come inline at the start of their row or were printed
earlier as a block (a column of 一级 words, a column of 二级 words); block words belong, in
order, to the rows that carry no level words of their own.

A part is split into rows only when exactly one split fits: every row has a name and a value,
lines are interleaved as printed, only a line at its column's full width continues on the next
line (the full width is the longest line of that column), and a name never starts like a value
(≥ ≤ = < >). When two splits fit, the one that wraps only in columns whose full width is reached
by at least two lines is taken. Anything else raises NotAligned — rows are never guessed.
"""
from __future__ import annotations

import functools
import itertools
import re
import unicodedata

_OPERATOR = re.compile(r"^[=≥≤<>＜＞≈＝]")
MAX_SPLITS = 5000                 # candidate splits examined per table part before giving up


class NotAligned(Exception):
    """The dump's indicator table cannot be aligned into rows reliably (message in Chinese)."""


@functools.lru_cache(maxsize=8192)   # the split search measures the same lines many times
def width(line: str) -> float:
    """Printed width in CJK character units (Latin letters and digits count half)."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5 for ch in line)


def fits_under(level1: str, level2: str) -> bool:
    """Whether a 二级 word can stand under that 一级 word (产出: 数量/质量/时效/成本; 效益: …效益, 可持续影响;
    满意度: …满意度; 成本指标 as a 一级 of the 101号 table: …成本)."""
    if "满意度" in level2:
        return "满意度" in level1
    if "效益" in level2 or "可持续" in level2:
        return "效益" in level1
    if level2.startswith(("数量", "质量", "时效")):
        return "产出" in level1
    if "成本" in level2:
        return "产出" in level1 or "成本" in level1
    return True


def row_groups(events: list, queue: list[tuple], ones: list) -> list[tuple[list[tuple], list[str]]]:
    """Group row-ordered events into (level pairs, text lines) groups.

    ``queue``: (一级, 二级) pairs printed as blocks before these events, for the first rows without
    level words; ``ones``: 一级 words printed as a block whose 二级 words come inline. Events are
    ("L", [kind, word]) or ("T", text); ("P", None) marks a page break."""
    groups: list[tuple[list[tuple], list[str]]] = []
    queue, ones = list(queue), list(ones)
    open_group = False
    i = 0
    while i < len(events):
        kind, x = events[i]
        if kind == "Q":
            queue += x
            open_group = False
        elif kind == "T":
            if not open_group:
                if not queue:
                    raise NotAligned("指标内容前没有对应的一级、二级指标")
                groups.append((queue, []))
                queue, open_group = [], True
            groups[-1][1].append(x)
        else:
            nxt = events[i + 1] if i + 1 < len(events) else ("T", "")
            if x[0] in ("1", "?") and nxt[0] == "L" and nxt[1][0] in ("2", "?"):
                x[0], nxt[1][0] = "1", "2"
                groups.append(([(x, nxt[1])], []))
                i += 1
            elif x[0] in ("2", "?") and ones and nxt[0] == "T":
                x[0] = "2"
                groups.append(([(ones.pop(0), x)], []))
            elif x[0] in ("2", "?") and not ones and groups and groups[-1][0] and nxt[0] == "T" \
                    and fits_under(groups[-1][0][-1][0][1], x[1]):
                # 一级 merged down its rows is printed once, on the first: the row goes on under it
                x[0] = "2"
                groups.append(([(groups[-1][0][-1][0], x)], []))
            else:
                raise NotAligned(f"“{x[1]}”所在行的一级、二级指标无法对齐")
            open_group = True
        i += 1
    if queue or ones:
        raise NotAligned("部分一级、二级指标没有对应的指标行")
    return groups


def align(groups: list[tuple[list[tuple], list[str]]]) -> list[tuple]:
    """(一级 item, 二级 item, name, value) rows; the split of the text lines must be the only one that fits."""
    texts = [t for _, ts in groups for t in ts]
    if not texts:
        return []
    widths = sorted({width(t) for t in texts})
    found: dict[tuple, list[tuple]] = {}
    tried = 0
    for wn, wv in itertools.product(widths, widths):
        options = [_splits(ts, len(lv), wn, wv) for lv, ts in groups]
        if any(not o for o in options):
            continue
        for combo in itertools.product(*options):
            tried += 1
            if tried > MAX_SPLITS:
                raise NotAligned("指标行的拆分方式过多，无法可靠对齐")
            rows = [r for part in combo for r in part]
            if max(width(x) for r in rows for x in r[0]) != wn or max(width(x) for r in rows for x in r[1]) != wv:
                continue
            found[tuple((tuple(a), tuple(b)) for a, b in rows)] = rows
    if len(found) > 1:
        # a tie: keep the splits whose wrapped lines are in a column whose full width is reached by at
        # least two of its lines (the width is evidenced, not just the longest line)
        evidenced = {k: rows for k, rows in found.items() if _evidenced(rows)}
        found = evidenced if len(evidenced) == 1 else (evidenced or found)
    if len(found) > 1:
        # still a tie: a value (≥98%, 有效提升) is short and rarely wraps, a name often does — keep the
        # splits with the fewest wrapped values when that leaves one
        fewest = min(sum(len(v) > 1 for _, v in rows) for rows in found.values())
        least = {k: rows for k, rows in found.items() if sum(len(v) > 1 for _, v in rows) == fewest}
        found = least if len(least) == 1 else found
    if len(found) != 1:
        raise NotAligned("逐行排列的指标行折行方式不唯一" if found else "逐行排列的指标行无法拆分成完整的行")
    rows = next(iter(found.values()))
    levels = [p for lv, _ in groups for p in lv]
    return [(a, b, _join(n), re.sub(r"\s+", "", "".join(v))) for (a, b), (n, v) in zip(levels, rows)]


def _evidenced(rows: list[tuple]) -> bool:
    for col in (0, 1):
        lines = [x for r in rows for x in r[col]]
        full = max(width(x) for x in lines)
        wrapped = any(len(r[col]) > 1 for r in rows)
        if wrapped and sum(width(x) == full for x in lines) < 2:
            return False
    return True


def _splits(texts: list[str], k: int, wn: float, wv: float) -> list[list[tuple]]:
    """All ways to cut ``texts`` into k rows of (name lines, value lines) under the column widths."""
    out: list[list[tuple]] = []

    def walk(p: int, left: int, acc: list[tuple]) -> None:
        if len(out) > MAX_SPLITS:
            return
        if left == 0:
            if p == len(texts):
                out.append(list(acc))
            return
        rest = len(texts) - p
        for m in range(2, rest - 2 * (left - 1) + 1):
            for a in range(1, m):
                row = _interleave(texts[p:p + m], a, m - a)
                if _fits(row, wn, wv):
                    acc.append(row)
                    walk(p + m, left - 1, acc)
                    acc.pop()

    walk(0, k, [])
    return out


def _interleave(lines: list[str], a: int, b: int) -> tuple[list[str], list[str]]:
    names: list[str] = []
    values: list[str] = []
    it = iter(lines)
    for j in range(max(a, b)):
        if j < a:
            names.append(next(it))
        if j < b:
            values.append(next(it))
    return names, values


def _fits(row: tuple[list[str], list[str]], wn: float, wv: float) -> bool:
    names, values = row
    if _OPERATOR.match(names[0]):
        return False
    for lines, full in ((names, wn), (values, wv)):
        if any(width(x) > full for x in lines) or any(width(x) < full - 0.5 for x in lines[:-1]):
            return False
    return True


def _join(lines: list[str]) -> str:
    out = lines[0]
    for ln in lines[1:]:
        out += (" " if re.search(r"[A-Za-z]$", out) and re.match(r"[A-Za-z]", ln) else "") + ln
    return out
