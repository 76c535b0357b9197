"""From tables and loose lines (any format) to a declaration, by labels.

Readers turn their file into ``Block``s: a ``Line`` (a paragraph, a title, a
signature line) or a ``Table`` of rows of ``Cell``s (text, grid column, where it
came from). ``extract`` walks them once and fills a plain dict of fields; the
shapes it understands are label|value pairs, a row of labels with the values
in the row below, budget-detail tables, indicator tables (split value columns,
中长期/年度 column groups, merged 一级/二级 cells) and goal cells.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Declaration
from . import columns as C
from . import labels as L
from .assemble import assign_field, build_form
from .kinds import SIGN_OFF, fits, fits_field
from .tables import split_funding, budget_header, budget_row, canonical_header, cell_at, indicator_header, indicator_row, placed


@dataclass
class Cell:
    text: str
    col: int
    where: str
    merged_up: bool = False     # continuation of a vertically merged cell (text repeated or blank)
    cut: bool = False           # the input stops inside this cell (text copied partway)


@dataclass
class Line:
    text: str
    where: str


@dataclass
class Table:
    rows: list[list[Cell]]
    loose: bool = False         # cells keep their order, not their columns (copied text, OCR): placed by kind


Block = Line | Table


@dataclass
class State:
    fields: dict = field(default_factory=dict)
    provenance: dict[str, str] = field(default_factory=dict)
    unplaced: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    items: list[dict] = field(default_factory=list)
    indicators: list[dict] = field(default_factory=list)
    money: float = 1.0
    last_head: str = "unit_head"
    heading: str = ""       # a short paragraph such as 长期绩效指标 just before the next table
    method: str = "table"   # how the fields are being read (provenance): table / text-rows / text-cells / …
    how: dict[str, str] = field(default_factory=dict)        # field path -> method
    budget_total: tuple[float, str] | None = None           # the 合计 of a budget-detail table, and where
    funding_seen: bool = False                              # a funding label was met (read or not)
    refused: set[str] = field(default_factory=set)          # fields left empty on purpose (their pairing was a guess)
    unfit: set[str] = field(default_factory=set)            # fields whose labelled value was not of their kind


def unread_fields(st: State) -> list[str]:
    """Fields the file has a label for but whose value was not placed (refused as a guess, or not of the field's
    kind) and that nothing else filled: a review must not report them as missing from the form."""
    keys = set()
    for k in st.refused | st.unfit:
        keys |= {"start", "end"} if k == "period" else {k.split("+")[0].replace("phone", "unit_phone")
                                                         if k == "phone" else k.split("+")[0]}
    return sorted(k for k in keys if k in _FIELD_PATHS and st.fields.get(k) in (None, "", []))


_FIELD_PATHS = {k for k, _ in L.FIELD_LABELS if "+" not in k and "?" not in k} | {"start", "end", "unit_phone",
                                                                                  "department_code", "unit_head"}


def extract(blocks: list[Block], method: str = "table", st: State | None = None) -> tuple[Declaration, State]:
    st = st or State()
    st.method = method
    for b in blocks:
        if isinstance(b, Line):
            _line(st, b.text, b.where)
        else:
            _table(st, b.rows, b.loose)
    if st.budget_total and not st.funding_seen and st.items:
        total, where = st.budget_total
        assign_field(st, "funding.total", str(total), where)
        st.warnings.append(f"表中没有资金总额一栏，资金总额取自预算明细的合计（{where}）。")
    return build_form(st), st


# --- loose lines ----------------------------------------------------------------------
_INLINE = re.compile("(?:" + "|".join(p for _, p in L.FIELD_LABELS) + r"|部门负责人|单位负责人|审核人)"
                     r"\s*(?:[（(][^）)]{0,12}[）)])?\s*[：:]")


def _line(st: State, text: str, where: str) -> None:
    t = L.clean_cell(text)
    if not t:
        return
    _title_year(st, t, where)
    if _unit_note(t):
        st.money = L.money_factor(t)
    if len(t) <= 20 and "指标" in t and L.scope_hint(t):
        st.heading = t
    for key, value in inline_pairs(t):
        assign_field(st, key, value, where)


def _unit_note(text: str) -> bool:
    """'单位：元' / '金额单位：万元' written above or inside a table."""
    return L.money_factor(text) is not None and bool(re.search(r"单位", text)) and len(L.clean_cell(text)) <= 16


def inline_pairs(text: str) -> list[tuple[str, str]]:
    """'填报人（签字）：黄丽  填报日期：2023年08月20日' → [('filler','黄丽'), ('fill_date', '2023年08月20日')]."""
    hits = []
    for m in _INLINE.finditer(text):
        raw = m.group(0)
        key = L.field_of(raw)
        signed = re.search(r"签字|签章|盖章", raw)
        hits.append((key if not signed or key == "filler" else None, m.start(), m.end()))
    if not hits or hits[0][1] > 2:
        return []
    out = []
    for i, (key, _s, e) in enumerate(hits):
        end = hits[i + 1][1] if i + 1 < len(hits) else len(text)
        if key:
            out.append((key, text[e:end].strip()))
    return out


# --- tables -----------------------------------------------------------------------------
def _kind(text: str, merged_up: bool = False, loose: bool = False) -> str:
    if not text or merged_up and not L.field_of(text):
        return "empty"
    if L.field_of(text):
        return "label"
    if L.is_section(text) or L.ind_role(text) or C.column_role(text):
        return "section"
    if loose and L.looks_label(text):
        return "other-label"       # copied text: a label the lexicon does not know; its value is placed nowhere
    return "value"


def _table(st: State, rows: list[list[Cell]], loose: bool = False) -> None:
    mode, cols = None, {}
    prev_rows: list[list[Cell]] = [[Cell(st.heading, 0, "")]] if st.heading else []
    st.heading = ""
    last_field: tuple[str, int] | None = None      # (key, value column) for continuation rows
    i = 0
    while i < len(rows):
        row = [c for c in rows[i] if not (c.merged_up and not c.text)] if mode is None else rows[i]
        texts = [c.text for c in row if c.text]
        if not texts:
            i += 1
            continue
        for c in row:
            if (f := L.money_factor(c.text)) is not None and (_kind(c.text) == "section" or _unit_note(c.text)):
                st.money = f
            if (L.field_of(c.text) or "").startswith("funding.") or L.is_section(c.text) and "资金" in c.text:
                st.funding_seen = True
        header, hrow = indicator_header(row, prev_rows[-2:]), row
        if header and i + 1 < len(rows) and _is_subheader(rows[i + 1]):
            # 指标值 over 指标方向 | 数值 | 计量单位 (or 2021年实际 | 预期2022年): the row below splits the value column
            hrow = _overlay(row, rows[i + 1], loose)
            sub = indicator_header(hrow, prev_rows[-2:] + [row])
            if sub:
                header = sub
                prev_rows.append(row)
                i += 1
                row = rows[i]
            else:
                hrow = row
        if header:
            mode, cols, last_field = "ind", header, None
            if loose:
                cols = canonical_header(hrow, header["columns"], indicator_header) or header
        elif (bh := budget_header(row)):
            mode, cols, last_field = "budget", bh, None
            if loose:
                cols = canonical_header(row, bh["columns"], budget_header) or bh
        elif mode == "ind" and not _ends_table(row):
            cells = placed(st, row, cols, "绩效指标") if loose else row
            if cells:
                indicator_row(st, cells, cols)
        elif mode == "budget" and not _ends_table(row):
            cells = placed(st, row, cols, "预算明细") if loose else row
            if cells and budget_row(st, cells, cols) == "total":
                mode = None
        elif loose and i + 2 < len(rows) and _split_header(st, row, rows[i + 1], rows[i + 2]):
            mode = None
            prev_rows += [row, rows[i + 1]]
            i += 2
            row = rows[i]
        else:
            mode = None
            below = rows[i + 1] if i + 1 < len(rows) else None
            last_field, used_below = (_loose_kv_row if loose else _kv_row)(st, row, below, last_field)
            if used_below:   # the next row held this row's values: it is consumed
                prev_rows.append(row)
                i += 1
                row = rows[i]
        prev_rows.append(row)
        i += 1


def _split_header(st: State, top: list[Cell], sub: list[Cell], values: list[Cell]) -> bool:
    """Copied rows '本年度预计投入 | 财政资金 | 其他' / '中央 | 省级 | 市级 | 本级' / '7 | 0 | 7 | 0 | 0 | 0'
    (tables.split_funding)."""
    tops = [c for c in top if c.text.strip() and (_kind(c.text) == "label" or L.norm_label(c.text)[0] in ("其他", "其它"))]
    parts = [c for c in sub if c.text.strip()]
    nums = [c for c in values if c.text.strip()]
    pairs = split_funding([c.text for c in tops], [c.text for c in parts], [c.text for c in nums])
    if pairs is None:
        return False
    for k, key, n in pairs:
        assign_field(st, key, nums[n].text, nums[n].where, factor=_factor(st, L.norm_label(tops[k].text)[1]))
    return True


def _is_subheader(row: list[Cell]) -> bool:
    cells = [c for c in row if c.text and not c.merged_up]
    return bool(cells) and all(C.column_role(c.text) in ("op", "unit", "value", "actual") for c in cells)


def _overlay(top: list[Cell], sub: list[Cell], loose: bool = False) -> list[Cell]:
    """One header row: the sub-row's own cells where it has them, the top row's elsewhere. In a loose table
    the sub-row's cells take the place of the top row's value column."""
    own = [c for c in sub if c.text and not c.merged_up]
    if loose:
        at = next((k for k, c in enumerate(top) if C.column_role(c.text) == "value"), None)
        if at is None:
            return top
        cells = top[:at] + own + top[at + 1:]
        return [Cell(c.text, k, c.where) for k, c in enumerate(cells)]
    by_own = {c.col: c for c in own}
    cols = sorted({c.col for c in top} | set(by_own))
    by_col = {c.col: c for c in top}
    return [by_own.get(col) or by_col[col] for col in cols]


def _ends_table(row: list[Cell]) -> bool:
    """A row that leaves a budget/indicator table: a field label (填报人…), a signature or sign-off line."""
    for c in row:
        k = L.field_of(c.text)
        if k in ("filler", "fill_date", "project_name", "unit", "department", "goals.annual", "goals.long_term",
                 "funding.total"):
            return True
        if re.match(r"\s*(?:部门负责人|填报人|填表人|审核)", c.text) and ("：" in c.text or ":" in c.text):
            return True
        if SIGN_OFF.search(c.text) and len(c.text) <= 30 and not C.level_word(c.text):
            return True
        if _FOOTNOTE.match(c.text):
            return True
    return False


_FOOTNOTE = re.compile(r"\s*(?:注|说明|备注|填表说明|填报说明)\s*[0-9一二三]?\s*[:：]")
_CONTINUED = ("goals.", "overview", "basis", "necessity", "unit_functions")


def _kv_row(st: State, row: list[Cell], below: list[Cell] | None, last_field):
    kinds = [_kind(c.text, c.merged_up) for c in row]
    # a continuation row: the label cell is merged from above, or blank, and one value sits under the last value
    if last_field and "label" not in kinds:
        key, col = last_field
        vals = [c for c, k in zip(row, kinds) if k == "value"]
        if len(vals) == 1 and (vals[0].col == col) and key.startswith(_CONTINUED):
            assign_field(st, key, vals[0].text, vals[0].where, append=True)
            return last_field, False
    found, used_below = None, False
    owner = _value_owners(kinds)
    for j, (c, k) in enumerate(zip(row, kinds)):
        if k != "label":
            if k == "value" and j not in owner.values():
                nxt = _next_filled(kinds, j)
                _free_value(st, c, row[nxt] if nxt is not None and kinds[nxt] == "value" else None)
            continue
        key = L.field_of(c.text)
        _, factor = L.norm_label(c.text)
        nxt = row[owner[j]] if j in owner else None
        if nxt is not None:
            assign_field(st, key, nxt.text, nxt.where, factor=_factor(st, factor), append=c.merged_up)
            found = (key, nxt.col)
        elif below is not None and "value" not in kinds and not _blank_slot(kinds, j) and _values_row(below):
            under = cell_at(below, c.col)
            if under is not None and _kind(under.text) == "value":
                assign_field(st, key, under.text, under.where, factor=_factor(st, factor))
                found, used_below = (key, under.col), True
    return found, used_below


def _loose_kv_row(st: State, row: list[Cell], below: list[Cell] | None, last_field):
    """A row of a loose table: label → the value after it (a text label takes every value up to the next
    label: '年度目标 围绕… 目标1:… 目标2:…' split at spaces); a row of labels → the values row below, in
    order, left-aligned (the blank cells of a copied row are the trailing ones); one value alone under a
    text field goes on with it."""
    cells = [c for c in row if c.text.strip()]
    kinds = [_kind(c.text, loose=True) for c in cells]
    if last_field and "label" not in kinds and kinds.count("value") == 1 and len(cells) == 1 \
            and last_field[0].startswith(_CONTINUED) and fits("long", cells[0].text):
        assign_field(st, last_field[0], cells[0].text, cells[0].where, append=True)
        return last_field, False
    labels = [c for c, k in zip(cells, kinds) if k == "label"]
    if labels and "value" not in kinds and below is not None and _values_row(below, loose=True):
        values = [c for c in below if c.text.strip() and _kind(c.text, loose=True) == "value"]
        if values and len(values) <= len(labels) and all(fits_field(L.field_of(a.text), v.text)
                                                          for a, v in zip(labels, values)):
            for a, v in zip(labels, values):
                assign_field(st, L.field_of(a.text), v.text, v.where, factor=_factor(st, L.norm_label(a.text)[1]))
            return (L.field_of(labels[len(values) - 1].text), 0), True
    found = None
    j = 0
    while j < len(cells):
        c, k = cells[j], kinds[j]
        if k != "label":
            if k == "value":
                _free_value(st, c, cells[j + 1] if j + 1 < len(cells) and kinds[j + 1] == "value" else None)
            j += 1
            continue
        key = L.field_of(c.text)
        run = []
        while j + 1 + len(run) < len(cells) and kinds[j + 1 + len(run)] == "value":
            run.append(cells[j + 1 + len(run)])
        if run:
            takes = len(run) if key.startswith(_CONTINUED) else 1
            text = " ".join(v.text for v in run[:takes])
            if run[-1].cut and takes == len(run) and not key.startswith(_CONTINUED):
                st.warnings.append(f"{c.where}：文本在“{run[-1].text}”处中断，{L.clean_cell(c.text)}未读取。")
            else:
                assign_field(st, key, text, run[0].where, factor=_factor(st, L.norm_label(c.text)[1]))
                found = (key, 0)
            for v in run[takes:]:
                _free_value(st, v, None)
        j += 1 + len(run)
    return found, False


def _blank_slot(kinds: list[str], j: int) -> bool:
    """The row's only label has an empty cell right of it: its value slot, left blank (not the row below)."""
    return kinds.count("label") == 1 and j + 1 < len(kinds) and kinds[j + 1] == "empty"


def _values_row(row: list[Cell], loose: bool = False) -> bool:
    """A row that can hold the values of the labels above it: no labels, not a detail table's header."""
    return not any(_kind(b.text, loose=loose) in ("label", "other-label") for b in row) and not budget_header(row) \
        and not indicator_header(row, [])


def _next_filled(kinds: list[str], j: int) -> int | None:
    """The next cell right of j that is not empty (a spreadsheet's merged label leaves blank cells behind it)."""
    for k in range(j + 1, len(kinds)):
        if kinds[k] != "empty":
            return k
    return None


def _value_owners(kinds: list[str]) -> dict[int, int]:
    """label index → index of its value: the next filled cell on its right, when that is a value."""
    owners = {}
    for j, k in enumerate(kinds):
        if k == "label" and (nxt := _next_filled(kinds, j)) is not None and kinds[nxt] == "value":
            owners[j] = nxt
    return owners


def _free_value(st: State, c: Cell, nxt: Cell | None) -> None:
    """A value cell with no label on its left: an inline 'label：value', a title, or an unknown label."""
    if (kv := inline_pairs(c.text)):
        for key, value in kv:
            assign_field(st, key, value, c.where)
    elif _title_year(st, c.text, c.where):
        pass
    elif nxt is not None and _looks_label(c.text):
        st.unplaced.append(f"{L.clean_cell(c.text)}（{c.where}）")


_YEAR_CELL = re.compile(r"[（(]?\s*((?:19|20)\d\d)\s*年度?\s*[)）]?")     # '(2023年度)' / '2021年' above a form
_TITLE = re.compile(r"(?:申报|批复|审批|目标)表")


def _title_year(st: State, text: str, where: str) -> bool:
    t = L.clean_cell(text)
    m = _YEAR_CELL.fullmatch(t)
    y = int(m.group(1)) if m else None
    if y is None and _TITLE.search(t) and len(t) <= 60:
        y = L.year_in_title(t)
        if y is None and (m := re.search(r"((?:19|20)\d\d)\s*年(?!\d)", t)):
            y = int(m.group(1))
    if y:
        assign_field(st, "year", str(y), where)
        return True
    return False


def _factor(st: State, label_factor: float) -> float:
    return label_factor if label_factor != 1.0 else st.money


def _looks_label(text: str) -> bool:
    t = L.clean_cell(text)
    return 2 <= len(t) <= 12 and not re.search(r"[\d，,。；;%]", t)


