"""Indicator rows from a text dump that printed the indicator table column by column.

pdftotext prints a ruled table the way its text flows: a block of 一级指标 lines, a block
of 二级指标 lines, then "三级指标" with the names and "指标值" with the values — each
cell's text wrapped at the column width onto further lines. Other columns of the form may
be interleaved between these blocks, and after a page break the rest of the table comes
again column by column (for one row: 一级, 二级, name, value).

Rows are rebuilt only when the columns agree: the 一级 and 二级 streams have the same
length n, and the name and value lines can be joined into exactly n cells, where only a
line at its block's full width may continue onto the next one. Anything else is reported
as not alignable (the caller warns and leaves the indicators empty) — rows are never guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import columns as C
from .kinds import SIGNATURE_LINE
from .text_rows import NotAligned, align, row_groups, width

L1_WORDS = C.LEVEL1               # the level words are the table lexicon's (columns.py)
AMBIGUOUS = C.LEVEL12[0]          # 成本指标: 二级 under 产出指标, or 一级 in the 101号 template
L2_WORDS = C.LEVEL2 + C.LEVEL12
HEADERS = ("一级指标", "二级指标", "三级指标", "指标值")
_END = SIGNATURE_LINE          # the signature lines under the table (kinds.py), as text_wrap and text_streams


def is_column_dump(text: str) -> bool:
    lines = {ln.strip() for ln in text.splitlines()}
    return "一级指标" in lines and "三级指标" in lines


@dataclass
class _Levels:
    """一级/二级 words in the order printed: [kind, word] with kind "1", "2" or "?" (成本指标)."""
    items: list[list[str]] = field(default_factory=list)
    cut: list[str] | None = None          # a 二级 word cut by wrapping, waiting for its rest

    def take(self, line: str) -> bool:
        if self.cut is not None and self.cut[1] + line in L2_WORDS:  # the rest of a wrapped 二级 word first
            self.cut[1] += line
            self.cut = None
            return True
        if line == AMBIGUOUS:
            self.items.append(["?", line])
        elif line in L1_WORDS:
            self.items.append(["1", line])
        elif line in L2_WORDS or _generic_l2(line):
            self.items.append(["2", line])
        elif self.cut is not None and self.cut[1] + line in L2_WORDS:
            self.cut[1] += line
            self.cut = None
        elif self.cut is None and len(line) >= 3 and any(w.startswith(line) and w != line for w in L2_WORDS):
            self.items.append(["2", line])
            self.cut = self.items[-1]
        else:
            return False
        return True

    def split(self, start: int, end: int | None = None) -> tuple[list[list[str]], list[list[str]]]:
        """The 一级 and 二级 columns of the items from ``start``; 成本指标 goes to the column it makes as long
        as the other (only when that is unique)."""
        return split_levels(self.items[start:end])


def split_levels(part: list[list[str]], inline_twos: bool = False) -> tuple[list[list[str]], list[list[str]]]:
    """See _Levels.split. With ``inline_twos`` a block of 一级 words alone is allowed (the 二级 words
    follow inline, one per row): 成本指标 in such a block is then 一级."""
    ones = [it for it in part if it[0] == "1"]
    twos = [it for it in part if it[0] == "2"]
    amb = [it for it in part if it[0] == "?"]
    if amb:
        if len(ones) + len(amb) == len(twos) or inline_twos and not twos:
            kind = "1"
        elif len(twos) + len(amb) == len(ones):
            kind = "2"
        else:
            raise NotAligned("无法确定“成本指标”属于一级还是二级指标")
        for it in amb:
            it[0] = kind
        ones = [it for it in part if it[0] == "1"]
        twos = [it for it in part if it[0] == "2"]
    if len(ones) != len(twos) and not (inline_twos and not twos):
        raise NotAligned(f"一级指标 {len(ones)} 个、二级指标 {len(twos)} 个，数目对不上")
    return ones, twos


def column_indicators(text: str) -> list[dict]:
    """Rows (level1, level2, name, value) in table order; raises NotAligned when they cannot be trusted."""
    t = text.replace("\r", "")
    m = re.search(r"(?m)^[ \t]*一级指标[ \t]*$", t)
    if m is None:
        raise NotAligned("找不到“一级指标”表头")
    pages = t[m.start():].split("\f")
    lv = _Levels()
    names, values, tail = _first_page(pages[0], lv)
    if not names and tail is not None:
        cells = _row_ordered(tail[1], lv.items[:tail[0]], pages[1:], lv)
    elif not names:
        raise NotAligned("“三级指标”一列为空")
    else:
        ones, twos = lv.split(0, tail[0] if tail else None)
        n = len(twos)
        cells = list(zip(ones, twos, _group(names, n, "三级指标"), _group(values, n, "指标值")))
        cells += _tail(tail[1] if tail else [])
        for page in pages[1:]:
            cells += _tail(_events(page, lv))
    if lv.cut is not None:
        raise NotAligned(f"二级指标“{lv.cut[1]}”的后半部分缺失")
    return [{"level1": a[1], "level2": b[1], "name": x, "value": re.sub(r"\s+", "", y)} for a, b, x, y in cells]


def _row_ordered(events: list, block: list[list[str]], pages: list[str], lv: _Levels) -> list[tuple]:
    """The whole table printed row by row after its headers; ``block`` = level words printed before."""
    ones, twos = split_levels(block, inline_twos=True)
    queue = list(zip(ones, twos)) if twos else []
    for page in pages:
        events = events + _paged(_events(page, lv))
    return align(row_groups(events, queue, [] if twos else ones))


def _paged(events: list) -> list:
    """A page's leading run of level words (more than one inline 一级+二级 pair) as one block event."""
    k = next((i for i, e in enumerate(events) if e[0] != "L"), len(events))
    if k <= 2:
        return events
    ones, twos = split_levels([e[1] for e in events[:k]])
    return [("Q", list(zip(ones, twos)))] + events[k:]


def _generic_l2(line: str) -> bool:
    """A 二级 word outside the usual list: short, ends in 指标, not a header or 一级 word."""
    return (line.endswith("指标") and 4 <= len(line) <= 10 and line not in HEADERS and line not in L1_WORDS
            and not re.search(r"[\d：:，,。（(]", line))


def _first_page(page: str, lv: _Levels) -> tuple[list[str], list[str], tuple[int, list] | None]:
    """Level words anywhere after 一级指标; names after 三级指标; values after 指标值 (other columns' text
    before 三级指标 is skipped). A 一级 word among the values starts rows printed one by one (the tail):
    returned as (index of its first level item, events)."""
    names: list[str] = []
    values: list[str] = []
    where = "before"
    lines = [x.strip() for x in page.split("\n")]
    for k, ln in enumerate(lines):
        if not ln:
            continue
        if ln == "三级指标":
            where = "names"
        elif ln == "指标值" and where == "names" and not names:
            return names, values, (len(lv.items), _events("\n".join(lines[k + 1:]), lv))
        elif ln == "指标值" and where != "before":
            where = "values"
        elif ln in HEADERS:
            continue
        elif where != "before" and _END.match(ln):
            break
        elif where == "values" and ln in L1_WORDS + (AMBIGUOUS,):
            first = len(lv.items)
            return names, values, (first, _events("\n".join(lines[k:]), lv))
        elif lv.take(ln):
            continue
        elif where == "names":
            names.append(ln)
        elif where == "values":
            values.append(ln)
    if where != "values":
        raise NotAligned("找不到“三级指标”“指标值”两列")
    return names, values, None


def _events(page: str, lv: _Levels) -> list:
    """The lines of a table part as events: ("L", level item) for a new 一级/二级 word, ("T", text) else.
    Signature lines (部门负责人/填报人…) are not part of the table."""
    out: list = []
    for ln in (x.strip() for x in page.split("\n")):
        if not ln or ln in HEADERS or _END.match(ln):
            continue
        before = len(lv.items)
        if lv.take(ln):
            if len(lv.items) > before:
                out.append(("L", lv.items[-1]))
            continue
        out.append(("T", ln))
    return out


def _tail(events: list) -> list[tuple]:
    """Rows printed after the blocks: either all level words first, then the names, then the values
    (column by column, one line per cell), or row by row (text_rows). When both readings fit and
    differ, the one whose names do not look like values and whose values do is taken; a tie is not
    aligned."""
    if not events:
        return []
    readings = []
    items = [e[1] for e in events if e[0] == "L"]
    kinds = [it[0] for it in items]
    for read in (_tail_columns, _tail_rows):
        for it, kind in zip(items, kinds):        # a failed reading may have resolved 成本指标 its way
            it[0] = kind
        try:
            readings.append((read(events), [it[0] for it in items]))
        except NotAligned as e:
            error = e
    if not readings:
        raise error
    if len(readings) == 2 and _plain(readings[0][0]) != _plain(readings[1][0]):
        score = [_valueish(r) for r, _ in readings]
        if score[0] == score[1]:
            raise NotAligned("续表中的指标行既可按列也可按行读取，无法确定")
        readings = [readings[score.index(max(score))]]
    rows, chosen = readings[0]
    for it, kind in zip(items, chosen):
        it[0] = kind
    return rows


def _tail_columns(events: list) -> list[tuple]:
    levels = [e[1] for e in events if e[0] == "L"]
    texts = [e[1] for e in events if e[0] == "T"]
    first_text = next((i for i, e in enumerate(events) if e[0] == "T"), len(events))
    if not all(e[0] == "T" for e in events[first_text:]) or len(levels) <= 2:
        raise NotAligned("续表不是按列排列的")
    ones, twos = split_levels(levels)
    k = len(twos)
    if len(texts) != 2 * k:
        raise NotAligned("续表中的指标行无法可靠对齐")
    return list(zip(ones, twos, texts[:k], texts[k:]))


def _tail_rows(events: list) -> list[tuple]:
    return align(row_groups(_paged(events), [], []))


def _plain(rows: list[tuple]) -> list[tuple]:
    return [(a[1], b[1], re.sub(r"\s+", "", x), re.sub(r"\s+", "", y)) for a, b, x, y in rows]


_VALUEISH = re.compile(r"^[=≥≤<>＜＞≈＝]|\d")


def _valueish(rows: list[tuple]) -> int:
    return sum(bool(_VALUEISH.search(r[3])) - bool(_VALUEISH.match(r[2])) for r in rows)


def _group(lines: list[str], n: int, what: str) -> list[str]:
    out = group_wrapped(lines, n)
    if out is None:
        raise NotAligned(f"“{what}”一列有 {len(lines)} 行，无法可靠拼成 {n} 个指标")
    return out


def group_wrapped(lines: list[str], n: int) -> list[str] | None:
    """Join wrapped lines into n cells. Only a line at the block's full width continues on the next line.
    When more lines are at full width than joins are needed (a name can fill the width exactly), the joins
    go to the lines followed by the shortest lines — only if those tails are all strictly shorter than the
    lines after the full-width lines left alone. None when the lines cannot be grouped that way."""
    if len(lines) == n:
        return list(lines)
    if len(lines) < n or n == 0:
        return None
    need = len(lines) - n
    full = max(width(x) for x in lines)
    joins = [i for i in range(len(lines) - 1) if width(lines[i]) >= full - 0.5]
    if len(joins) < need:
        return None
    if len(joins) > need:
        ranked = sorted(joins, key=lambda i: width(lines[i + 1]))
        chosen, left = ranked[:need], ranked[need:]
        if max(width(lines[i + 1]) for i in chosen) >= min(width(lines[i + 1]) for i in left):
            return None
        joins = sorted(chosen)
    out: list[str] = []
    cont = False
    for i, ln in enumerate(lines):
        if cont:
            out[-1] = _concat(out[-1], ln)
        else:
            out.append(ln)
        cont = i in joins
    return out if len(out) == n else None


def _concat(a: str, b: str) -> str:
    return a + (" " if re.search(r"[A-Za-z]$", a) and re.match(r"[A-Za-z]", b) else "") + b
