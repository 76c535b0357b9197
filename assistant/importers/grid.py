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
from ..textnum import normalize, parse_period
from . import labels as L
from .assemble import assign_field, build_form, to_wan as _amount


@dataclass
class Cell:
    text: str
    col: int
    where: str
    merged_up: bool = False     # continuation of a vertically merged cell (text repeated or blank)


@dataclass
class Line:
    text: str
    where: str


@dataclass
class Table:
    rows: list[list[Cell]]


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


def extract(blocks: list[Block]) -> tuple[Declaration, State]:
    st = State()
    for b in blocks:
        if isinstance(b, Line):
            _line(st, b.text, b.where)
        else:
            _table(st, b.rows)
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
def _kind(text: str, merged_up: bool = False) -> str:
    if not text or merged_up and not L.field_of(text):
        return "empty"
    if L.field_of(text):
        return "label"
    if L.is_section(text) or L.ind_role(text):
        return "section"
    return "value"


def _table(st: State, rows: list[list[Cell]]) -> None:
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
        header = _indicator_header(row, prev_rows[-2:])
        if header and i + 1 < len(rows) and _is_subheader(rows[i + 1]):
            # 指标值 over 指标方向 | 数值 | 计量单位: the row below splits the value column
            sub = _indicator_header(_overlay(row, rows[i + 1]), prev_rows[-2:] + [row])
            if sub:
                header = sub
                prev_rows.append(row)
                i += 1
                row = rows[i]
        if header:
            mode, cols = "ind", header
        elif (bh := _budget_header(row)):
            mode, cols = "budget", bh
        elif mode == "ind" and not _ends_table(row):
            _indicator_row(st, row, cols)
        elif mode == "budget" and not _ends_table(row):
            if _budget_row(st, row, cols) == "total":
                mode = None
        else:
            mode = None
            last_field, used_below = _kv_row(st, row, rows[i + 1] if i + 1 < len(rows) else None, last_field)
            if used_below:   # the next row held this row's values: it is consumed
                prev_rows.append(row)
                i += 1
                row = rows[i]
        prev_rows.append(row)
        i += 1


def _is_subheader(row: list[Cell]) -> bool:
    cells = [c for c in row if c.text and not c.merged_up]
    return bool(cells) and all(L.ind_role(c.text) in ("op", "unit", "value") for c in cells)


def _overlay(top: list[Cell], sub: list[Cell]) -> list[Cell]:
    """One header row: the sub-row's own cells where it has them, the top row's elsewhere."""
    own = {c.col: c for c in sub if c.text and not c.merged_up}
    cols = sorted({c.col for c in top} | set(own))
    by_col = {c.col: c for c in top}
    return [own.get(col) or by_col[col] for col in cols]


def _ends_table(row: list[Cell]) -> bool:
    """A row that leaves a budget/indicator table: a field label (填报人…) or a signature line."""
    for c in row:
        k = L.field_of(c.text)
        if k in ("filler", "fill_date", "project_name", "unit", "department", "goals.annual", "goals.long_term",
                 "funding.total"):
            return True
        if re.match(r"\s*(?:部门负责人|填报人|审核)", c.text) and ("：" in c.text or ":" in c.text):
            return True
    return False


def _kv_row(st: State, row: list[Cell], below: list[Cell] | None, last_field):
    kinds = [_kind(c.text, c.merged_up) for c in row]
    # a continuation row: the label cell is merged from above, or blank, and one value sits under the last value
    if last_field and "label" not in kinds:
        key, col = last_field
        vals = [c for c, k in zip(row, kinds) if k == "value"]
        if len(vals) == 1 and (vals[0].col == col) and key.startswith(("goals.", "overview", "basis", "necessity", "unit_functions")):
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
            under = _cell_at(below, c.col)
            if under is not None and _kind(under.text) == "value":
                assign_field(st, key, under.text, under.where, factor=_factor(st, factor))
                found, used_below = (key, under.col), True
    return found, used_below


def _blank_slot(kinds: list[str], j: int) -> bool:
    """The row's only label has an empty cell right of it: its value slot, left blank (not the row below)."""
    return kinds.count("label") == 1 and j + 1 < len(kinds) and kinds[j + 1] == "empty"


def _values_row(row: list[Cell]) -> bool:
    """A row that can hold the values of the labels above it: no labels, not a detail table's header."""
    return not any(_kind(b.text) == "label" for b in row) and not _budget_header(row) \
        and not _indicator_header(row, [])


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


def _title_year(st: State, text: str, where: str) -> bool:
    if "申报表" in text and (y := L.year_in_title(text)):
        assign_field(st, "year", str(y), where)
        return True
    return False


def _factor(st: State, label_factor: float) -> float:
    return label_factor if label_factor != 1.0 else st.money


def _cell_at(row: list[Cell], col: int) -> Cell | None:
    for c in row:
        if c.col == col and not c.merged_up:
            return c
    return None


def _looks_label(text: str) -> bool:
    t = L.clean_cell(text)
    return 2 <= len(t) <= 12 and not re.search(r"[\d，,。；;%]", t)


# --- budget detail -----------------------------------------------------------------------
def _budget_header(row: list[Cell]) -> dict | None:
    roles: dict[str, int] = {}
    factor = None
    for c in row:
        lab, f = L.norm_label(c.text)
        if not lab or len(lab) > 12:
            continue
        if "name" not in roles and L.BUDGET_NAME_RE.fullmatch(lab):
            roles["name"] = c.col
        elif "amount" not in roles and L.BUDGET_AMOUNT_RE.fullmatch(lab):
            roles["amount"] = c.col
            factor = L.money_factor(c.text)
        elif L.BUDGET_START_RE.fullmatch(lab):
            roles["start"] = c.col
        elif L.BUDGET_END_RE.fullmatch(lab):
            roles["end"] = c.col
        elif "period" not in roles and L.BUDGET_PERIOD_RE.fullmatch(lab):
            roles["period"] = c.col
    if "name" in roles and "amount" in roles:
        return {"roles": roles, "factor": factor}
    return None


def _budget_row(st: State, row: list[Cell], cols: dict) -> str | None:
    roles = cols["roles"]
    cell = {role: _cell_at(row, col) for role, col in roles.items()}
    name = L.clean_cell(cell["name"].text) if cell.get("name") else ""
    if L.TOTAL_ROW_RE.fullmatch(re.sub(r"\s", "", name)):
        return "total"
    amount_text = cell["amount"].text if cell.get("amount") else ""
    if not name and not amount_text.strip():
        return None
    factor = cols["factor"] if cols["factor"] is not None else st.money
    item = {"name": name.replace("\n", ""), "amount": _amount(amount_text, factor)}
    if cell.get("period"):
        item["start"], item["end"] = (x or "" for x in parse_period(cell["period"].text))
    if cell.get("start"):
        item["start"] = cell["start"].text
    if cell.get("end"):
        item["end"] = cell["end"].text
    where = (cell.get("name") or cell.get("amount")).where
    st.provenance[f"budget_items[{len(st.items)}]"] = where
    st.items.append(item)
    return None


# --- indicators ------------------------------------------------------------------------------
def _indicator_header(row: list[Cell], above: list[list[Cell]]) -> dict | None:
    roles = [(c.col, L.ind_role(c.text), c.text) for c in row]
    named = [r for r in roles if r[1]]
    if not any(r == "name" for _, r, _ in named) or not any(r == "value" for _, r, _ in named):
        return None
    groups: list[dict] = []
    level1 = None
    cur: dict | None = None
    for col, role, text in named:
        if role == "level1":
            level1 = col
            continue
        if cur is None or (role in cur and role != "op") or (role == "level2" and "name" in cur):
            cur = {"_start": col, "_hint": L.scope_hint(text) if role in ("value", "name") else None}
            groups.append(cur)
        if role == "op":     # 指标性质 (正向/反向 or 定性) next to 指标方向 (≥/≤/=): both are read
            cur.setdefault("op", []).append(col)
        else:
            cur[role] = col
        if role == "value" and not cur["_hint"]:
            cur["_hint"] = None
    for g in groups:
        g["_end"] = max(max(v) if isinstance(v, list) else v for k, v in g.items() if not k.startswith("_"))
        g["scope"] = g["_hint"] or _scope_above(above, g["_end"])
    if len(groups) == 2 and not groups[0]["scope"] and not groups[1]["scope"]:
        groups[0]["scope"], groups[1]["scope"] = "long_term", "annual"
    for g in groups:
        g["scope"] = g["scope"] or "annual"
        g["_last2"] = ""
    return {"level1": level1, "groups": groups, "_last1": ""}


def _scope_above(above: list[list[Cell]], end: int) -> str | None:
    """A title such as 中长期绩效指标 / 年度指标 in the rows just above, at or left of the group's columns."""
    for r in reversed(above):
        best = None
        for c in r:
            t = L.clean_cell(c.text)
            if c.col <= end and len(t) <= 12 and "指标" in t and L.scope_hint(t) and (best is None or c.col > best.col):
                best = c
        if best is not None:
            return L.scope_hint(best.text)
    return None


def _indicator_row(st: State, row: list[Cell], cols: dict) -> None:
    def at(col):
        if col is None:
            return ""
        c = _cell_at(row, col)
        return L.clean_cell(c.text).replace("\n", "") if c else ""

    l1 = at(cols["level1"]) or cols["_last1"]
    if cols["level1"] is not None and at(cols["level1"]):
        cols["_last1"] = l1
    shared_l2 = ""
    for g in cols["groups"]:
        l2 = at(g.get("level2"))
        if l2:
            g["_last2"] = l2
        elif g.get("level2") is not None:
            l2 = g["_last2"]
        else:
            l2 = shared_l2       # a group without its own 二级指标 column shares the first group's
        shared_l2 = shared_l2 or l2
        name, value = at(g.get("name")), _joined_value([at(c) for c in g.get("op", [])], at(g.get("value")),
                                                        at(g.get("unit")))
        if not name and not value:
            continue
        ind = {"scope": g["scope"], "level1": l1, "level2": l2, "name": name, "value": value}
        c = _cell_at(row, g.get("name", g["_start"])) or row[0]
        st.provenance[f"indicators[{len(st.indicators)}]"] = c.where
        st.indicators.append(ind)


def _joined_value(op_texts: list[str], value: str, unit: str) -> str:
    """指标性质/指标方向 + 指标值 + 度量单位 → one value ('≥','95','%' → '≥95%'; 定性 keeps the text).

    Polarity words (正向/反向) are not an operator: the operator comes from the column that holds one."""
    op_texts = [t for t in op_texts if t]
    if not op_texts and not unit:
        return value
    if any("定性" in t for t in op_texts):
        return value
    op = next((o for t in op_texts if (o := L.op_of(t))), None)
    num = normalize(value).replace(",", "")
    if re.fullmatch(r"-?\d+(?:\.\d+)?", num):
        return f"{op or ''}{num}{unit}"      # the number as written ('290.0' is kept)
    if unit and unit not in value:
        value = value + unit
    return f"{op or ''}{value}" if value else ""
