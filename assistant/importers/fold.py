"""Cells printed one per line (or cut out of a run of text) folded back into table rows.

A copied page gives the cells of a table in reading order with no row breaks: '项目名称 / 某项目 /
主管部门 / 某局 / … / 一级指标 / 二级指标 / 三级指标 / 指标值 / 产出指标 / 数量指标 / 某指标 / ≥10个 / …'.
Labels and values are paired by the label lexicon and the kind of each value: a run of labels takes
the run of values after it in order when the counts agree ('中期目标 / 年度目标 / A / B'), the nearest
labels when fewer values follow (the others were blank), and a value that does not fit its label's kind
is not placed. Indicator and budget tables are found by their header cells and their data cells cut into
rows by align.segment (a row is placed only when one reading is best). The result is ordinary Table blocks.
"""
from __future__ import annotations

import re

from . import columns as C
from . import labels as L
from .align import Columns, canonical, header_columns, ordinal, segment
from .cells import Cell, Table
from .kinds import SIGN_OFF, cell_kind, field_kind, fits, fits_field
from .tables import split_funding
from .text_grid import Piece, split_data

_FOOTNOTE = re.compile(r"^(?:注|说明|备注|填表说明|填报说明)\s*[:：]")
_END_KEYS = ("filler", "fill_date", "project_name", "unit", "department", "goals.annual", "goals.long_term",
             "funding.total")


def header_at(pieces: list[Piece], i: int) -> tuple[int, str, list[Piece]] | None:
    """(index after the header, 'ind' | 'budget', header pieces) when a table header starts at i."""
    start = i
    if i < len(pieces) and cell_kind(pieces[i].text) != "head" and (
            L.is_section(pieces[i].text) or "指标" in pieces[i].text and len(pieces[i].text) <= 24):
        i += 1                          # '本年度 绩效指标' / '专项年度绩效指标' before the header cells
    heads: list[Piece] = []
    while i < len(pieces) and (C.column_role(pieces[i].text) or C.budget_role(pieces[i].text)):
        heads.append(pieces[i])
        i += 1
    roles = [C.column_role(p.text) for p in heads]
    if "value" in roles and ("name" in roles or "level2" in roles) and len(heads) >= 3:
        return i, "ind", heads
    broles = [C.budget_role(p.text) for p in heads]
    if "bname" in broles and "amount" in broles and len(heads) >= 2:
        return i, "budget", heads
    if start != i and heads and not roles:
        return None
    return None


def _ends(p: Piece, kind: str) -> bool:
    t = p.text
    key = L.field_of(t)
    if key in _END_KEYS or _FOOTNOTE.match(t) or (SIGN_OFF.search(t) and len(t) <= 24):
        return True
    if re.match(r"(?:填表人|填报人|经办人|单位负责人|部门负责人)", t):
        return True
    if kind == "budget" and (key or C.level_word(t) or C.column_role(t) in ("level1", "level2", "name")):
        return True
    return False


def fold(pieces: list[Piece]) -> tuple[list, list[str]]:
    """Table blocks for grid.extract, and warnings for tables whose rows could not be cut unambiguously."""
    blocks: list = []
    warnings: list[str] = []
    kv: list[Piece] = []
    i = 0
    while i < len(pieces):
        head = header_at(pieces, i)
        if head is None:
            kv.append(pieces[i])
            i += 1
            continue
        blocks.append(Table(kv_rows(kv), loose=True))
        kv = []
        end, kind, heads = head
        j = end
        data: list[Piece] = []
        total: list[Piece] = []
        while j < len(pieces) and not _ends(pieces[j], kind) and header_at(pieces, j) is None:
            if kind == "budget" and L.TOTAL_ROW_RE.fullmatch(pieces[j].text.replace(" ", "")):
                total = pieces[j:j + 2]
                j += 2
                break
            if cell_kind(pieces[j].text) != "head":
                data.append(pieces[j])
            j += 1
        data = _resplit(data)
        cut = bool(data) and data[-1].cut
        if cut and cell_kind(data[-1].text) in ("num", "value", "op", "valueish"):
            data = data[:-1]
        read = _table_rows(heads, data, kind)
        floor = max(1, len(data) - len(heads))
        while cut and read is None and len(data) > floor:
            data = data[:-1]         # the copy stops inside the last row: cut back to a row that reads
            read = _table_rows(heads, data, kind)
        words, rows = read if read is not None else ([], None)
        if rows and cut:             # the last row's cells are not all there
            warnings.append(f"文本在“{' '.join(c.text for c in rows[-1])[:30]}”处中断，这一行未读取。")
            rows = rows[:-1]
        if rows is None:
            what = "绩效指标表" if kind == "ind" else "预算明细表"
            warnings.append(f"文本中的{what}（{heads[0].where}起）无法可靠地拆分成行，未导入（没有猜测）。")
            kv += data
        else:
            if total:
                amount_col = next(k for k, w in enumerate(words) if C.budget_role(w) == "amount")
                name_col = next(k for k, w in enumerate(words) if C.budget_role(w) == "bname")
                rows.append([Cell(total[0].text, name_col, total[0].where)]
                            + [Cell(p.text, amount_col, p.where) for p in total[1:2]])
            blocks.append(Table([[Cell(w, k, heads[0].where) for k, w in enumerate(words)]] + rows))
        i = j
    blocks.append(Table(kv_rows(kv), loose=True))
    return blocks, warnings


def _resplit(data: list[Piece]) -> list[Piece]:
    """Table cells cut out of a run of text: a field label met inside the table ('活动|完成时间|…') is part of an
    indicator's name, so the run is put back together between level words and cut again by values."""
    out: list[Piece] = []
    run: list[Piece] = []

    def flush() -> None:
        if run:
            out.extend(Piece(t, run[0].line, cut=run[-1].cut) for t in split_data("".join(p.text for p in run)))
            run.clear()

    for p in data:
        if p.run and not (C.level_word(p.text) or cell_kind(p.text) in ("head", "total")):
            run.append(p)
        else:
            flush()
            out.append(p)
    flush()
    return out


def _table_rows(heads: list[Piece], data: list[Piece], kind: str) -> tuple[list[str], list[list[Cell]]] | None:
    """(header words, rows) in the reader's column order (align.canonical); None when the data cannot be cut
    into rows unambiguously."""
    texts = [h.text for h in heads]
    if kind == "ind":
        cols = header_columns(texts)
    else:
        cols = Columns(tuple(C.budget_role(t) or "skip" for t in texts), tuple(0 for _ in heads))
    words, index = canonical(cols, texts)
    if not data:
        return words, []
    cut = segment([p.text for p in data], cols)
    if cut is None:
        return None
    out, k = [], 0
    for row in cut:
        cells = []
        for n, (t, role, g, j) in enumerate(row):
            at = index.get((role, g, ordinal(cols, j, role)))
            if at is not None:
                cells.append(Cell(t, at, data[k + n].where))
        out.append(cells)
        k += len(row)
    return words, out


# --- labels and values ----------------------------------------------------------------------------
def kv_rows(pieces: list[Piece]) -> list[list[Cell]]:
    """[label, value] rows in the order read; a value no label takes is a row of its own."""
    rows: list[list[Cell]] = []
    labels: list[Piece] = []
    values: list[Piece] = []

    def flush() -> None:
        rows.extend(_pair(labels, values))
        labels.clear()
        values.clear()

    for p in pieces:
        t = p.text
        if L.looks_label(t):
            if values:
                flush()
            labels.append(p)
        elif L.is_section(t) and not L.field_of(t):
            flush()
            rows.append([Cell(t, 0, p.where)])
        else:
            values.append(p)
    flush()
    return rows


def _fits(label: Piece, value: Piece) -> bool:
    key = L.field_of(label.text)
    return key is None or fits_field(key, value.text)


def _split_funding(labels: list[Piece], values: list[Piece]) -> list[list[Cell]] | None:
    """'本年度预计投入 / 财政资金 / 其他 / 中央 / 省级 / 市级 / 本级 / 7 / 0 / 7 / 0 / 0 / 0' (tables.split_funding)."""
    words = []
    for v in values:
        if fits_field("funding.total", v.text):
            break
        words.append(v)
    labels = [a for a in labels if L.field_of(a.text)]         # an unknown label before them is a heading
    extra = [w for w in words[:1] if not L.norm_label(w.text)[0].endswith("级")]
    tops, parts, nums = labels + extra, words[len(extra):], values[len(words):]
    pairs = split_funding([t.text for t in tops], [p.text for p in parts], [n.text for n in nums])
    if pairs is None:
        return None
    return [[Cell(tops[k].text if k < len(labels) else "其他资金", 0, tops[k].where), Cell(nums[n].text, 1, nums[n].where)]
            for k, _key, n in pairs]


def _pair(labels: list[Piece], values: list[Piece]) -> list[list[Cell]]:
    k, m = len(labels), len(values)
    if k and m > k and (split := _split_funding(labels, values)) is not None:
        return split
    pairs: dict[int, list[Piece]] = {}
    if k and m:
        if m >= k and all(_fits(a, b) for a, b in zip(labels, values)):
            for n in range(k):
                pairs[n] = [values[n]]
            extra = values[k:]
            last = L.field_of(labels[-1].text) or ""
            while extra and field_kind(last) == "long" and fits("long", extra[0].text):
                pairs[k - 1].append(extra.pop(0))      # a text cell of several paragraphs
        elif m < k and all(_fits(a, b) for a, b in zip(labels[k - m:], values)):
            for n in range(m):
                pairs[k - m + n] = [values[n]]      # the labels without a value had blank cells
            extra = []
        else:
            extra = list(values)
            for n, a in enumerate(labels):       # nothing lines up: only a label right before its value
                if n == k - 1 and extra and _fits(a, extra[0]):
                    pairs[n] = [extra.pop(0)]
    else:
        extra = list(values)
    rows = []
    for n, a in enumerate(labels):
        vals = pairs.get(n, [])
        text = "\n".join(v.text for v in vals)
        rows.append([Cell(a.text, 0, a.where)] + ([Cell(text, 1, vals[0].where)] if vals else []))
    used = {id(v) for vs in pairs.values() for v in vs}
    rows += [[Cell(v.text, 0, v.where)] for v in values if id(v) not in used and v in extra]
    return rows
