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

from ..model import Declaration
from . import columns as C
from . import labels as L
from .assemble import assign_field, build_form
from .cells import Block, Cell, Line, State, Table, unread_fields
from .kinds import cell_kind, ends_table, fits_field
from .kv import _factor, _kind, _title_year, inline_pairs, kv_row, loose_kv_row, split_header
from .tables import budget_header, budget_row, canonical_header, header_lead, indicator_header, indicator_row, placed, \
    SIGN_ONLY, stops_short, worded_target

__all__ = ["Block", "Cell", "Line", "State", "Table", "extract", "inline_pairs", "unread_fields"]



def extract(blocks: list[Block], method: str = "table", st: State | None = None) -> tuple[Declaration, State]:
    st = st or State()
    st.method = method
    _lowest_department(blocks)
    if method != "table" and st.money == 1.0:      # (a reader may have found the text's unit already: text_dump)
        st.money = _one_money_unit(blocks)
    for b in blocks:
        if isinstance(b, Line):
            _line(st, b.text, b.where)
        else:
            _table(st, _header_runs(b.rows) if b.loose else b.rows, b.loose, ends=b is blocks[-1])
    _one_amount(st)
    _repeated_total(st)
    if st.budget_total and not st.funding_seen and st.items:
        total, where = st.budget_total
        assign_field(st, "funding.total", str(total), where)
        st.warnings.append(f"表中没有资金总额一栏，资金总额取自预算明细的合计（{where}）。")
    return build_form(st), st


def _one_amount(st: State) -> None:
    """A form whose one amount cell asks for the year's money ('本年度申请市财政预算资金(万元) | 282.92') and names no
    total, no carry-over and no other funds: that amount is the project's money, read as its total (as a lone
    年度本级预算金额 is); it is no 财政拨款 line of a budget by source, so the year's appropriation stays empty."""
    if set(st.funding_labels) == {"funding.current_year"} and "申请" in st.funding_labels["funding.current_year"] \
            and st.fields.get("funding.current_year") is not None \
            and st.fields.get("funding.total") is None:
        st.fields["funding.total"] = st.fields.pop("funding.current_year")
        st.provenance["funding.total"] = st.provenance.pop("funding.current_year", "")
        st.how["funding.total"] = st.how.pop("funding.current_year", st.method)


def _digits(x: float) -> str:
    return f"{x:.6f}".rstrip("0").rstrip(".")


_SOURCE_NAMES = {"funding.carryover": "上年结转资金", "funding.current_year": "当年财政拨款", "funding.other": "其他资金"}


def _repeated_total(st: State) -> None:
    """An amount of a source read larger than the total whose digits are the total's printed two or more times over
    ('其中:当年财政拨款 3555035550' under a total of 35550: 年初预算数 and 全年预算数 run together, each 35550): the
    columns' one amount, the total's, with a warning; any other amount is left as read."""
    total = st.fields.get("funding.total")
    if not isinstance(total, (int, float)) or total <= 0:
        return
    unit = _digits(total)
    for key in ("funding.carryover", "funding.current_year", "funding.other"):
        v = st.fields.get(key)
        if isinstance(v, (int, float)) and v > total and len(d := _digits(v)) % len(unit) == 0 \
                and d == unit * (len(d) // len(unit)):
            st.fields[key] = total
            st.warnings.append(f"{_SOURCE_NAMES[key]}的数字“{d}”是资金总额"
                               f"“{unit}”连写了{len(d) // len(unit)}次（年初预算数、全年预算数等几栏连在一起），按{unit}读取，请核对。")


def _one_money_unit(blocks: list[Block]) -> float:
    """The money unit a loose text's funding heading states ('项目资金 (元)'), when all its headings state one: an
    extractor may print the heading after the first amount ('实施期资金总额: 1,000,000 … 项目资金 (元)'), so the unit
    holds for the whole text. Headings naming different units: none is assumed, each applies from where it is
    printed (grid._table)."""
    texts = [c.text for b in blocks if isinstance(b, Table) for r in b.rows for c in r] \
        + [b.text for b in blocks if isinstance(b, Line)]
    found = {m.group(1) for t in texts for m in _MONEY_HEAD.finditer(t)}
    if len(found) != 1:
        return 1.0
    return L.money_factor(f"（{found.pop()}）") or 1.0


# the funding section's heading anywhere in a cell ('项目资金 (元) 市县(区)财政资 1,000,000'), and the unit it names;
# not a budget table's '金额(元)' (its own column, grid._table), nor a bare '单位:元' that may stand above that table
_MONEY_HEAD = re.compile(r"(?:资金|投资)\s*[（(]\s*(万元|元)\s*[)）]")


_LEVELLED_DEPT = re.compile(r"^\s*([省市县区])(?:级|县|区|市区?)(?:业务)?主管部门")    # 省级 / 市级 / 县级 / 区县 / 县市
_RANK = {"省": 1, "市": 2, "县": 3, "区": 3}


def _lowest_department(blocks: list[Block]) -> None:
    """A 专项 form with a 主管部门 row per level (省级 / 市级 / 县级 or 区级主管部门): the project's 主管部门 is the
    lowest level's; the higher levels' labels are renamed 上级主管部门 (a label the lexicon does not take)."""
    cells = [c for b in blocks if isinstance(b, Table) for r in b.rows for c in r if _LEVELLED_DEPT.match(c.text)]
    ranks = {_RANK[_LEVELLED_DEPT.match(c.text).group(1)] for c in cells}
    if len(ranks) < 2:
        return
    for c in cells:
        if _RANK[_LEVELLED_DEPT.match(c.text).group(1)] < max(ranks):
            c.text = "上级主管部门"


# --- loose lines ----------------------------------------------------------------------


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


# the project's period a goal's label names in brackets ('实施周期总目标(2022年--2024年)'); not a medium-term plan's
# window ('中期滚动目标(2019年--2021年)': the years the plan rolls over, no period of the project)
_GOAL_PERIOD = re.compile(r"实施(?:周)?期[^（(]{0,8}[（(]\s*((?:19|20)\d\d\s*年?\s*(?:[-－—–~～至]+|到)\s*(?:19|20)\d\d\s*年?)\s*[)）]")


def _table(st: State, rows: list[list[Cell]], loose: bool = False, ends: bool = False) -> None:
    """``ends``: nothing of the input follows this table (a copied text may stop inside its last row)."""
    mode, cols, items_at, ind_at = None, {}, 0, len(st.indicators)
    below_at = -1        # the indicator whose target came from the line below its row (a merged cell split the row)
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
            if (L.field_of(c.text) or "").startswith("funding."):
                st.funding_labels[L.field_of(c.text)] = L.norm_label(c.text)[0]
            if (L.field_of(c.text) or "").startswith("goals.") and (m := _GOAL_PERIOD.search(c.text)):
                assign_field(st, "period", m.group(1), c.where)    # '实施周期总目标(2022年--2024年)': the project's period
            if L.field_of(c.text) == "funding.total":
                if re.match(r"\s*中期", c.text):
                    st.parallel = 1
                elif st.parallel == 1 and re.match(r"\s*年度", c.text):
                    st.parallel = 2
        if loose:
            row = header_lead(row)
            if mode != "ind" and i + 1 < len(rows) and (joined := _wrapped_heads(row, rows[i + 1])):
                prev_rows.append(row)
                i += 1
                row = joined
        header, hrow = indicator_header(row, prev_rows[-2:]), row
        if not header and loose and mode is None and i + 1 < len(rows) \
                and (_is_subheader(rows[i + 1]) or _splits_value(row, rows[i + 1])) \
                and (joined := _overlay(row, rows[i + 1], loose)) is not row \
                and (header := indicator_header(joined, prev_rows[-2:])):
            hrow = joined         # a header whose words wrapped onto the next line ('年度 | 实际' / '指标值 | 完成值')
            prev_rows.append(row)
            i += 1
            row = rows[i]
        elif header and i + 1 < len(rows) and _is_subheader(rows[i + 1]):
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
        implied = False
        if not header and loose and mode != "ind" and headerless_row(row):
            # rows of level words, a name and a value with no header of their own (a page's table printed without
            # its header row): read under the template's four columns, as fold does for one-cell-per-line text
            hrow = [Cell(w, k, row[0].where) for k, w in enumerate(C.IMPLIED_HEADS)]
            header, implied = indicator_header(hrow, []), True
        elif not header and loose and mode != "ind" and (k := _targets_beside_results(row)) \
                and (first := _signed_target(row, k)) is not None:
            # '满意度指标 | 服务对象满意度指标 | 满意度 | ≥90% | 98%': of the values only the first states a direction —
            # the target (what was reached is a bare figure); read under the template's four columns
            cells = [c for c in row if c.text.strip()]
            hrow = [Cell(w, n, row[0].where) for n, w in enumerate(C.IMPLIED_HEADS)]
            header, implied = indicator_header(hrow, []), True
            row = [Cell(c.text, n, c.where) for n, c in enumerate(cells[:k + 1] + [first])]     # as headerless_row
        elif not header and loose and mode != "ind" and _targets_beside_results(row):
            # level words, a name and two or more values with no header over them ('质量指标 | 合格率 | 100% | 98%'):
            # which value is the target is not printed — not read, and the table is not reported missing
            st.rows_unread += 1
            st.warnings.append(f"{row[0].where} 的指标行“{' | '.join(texts)[:60]}”没有表头，不能确定哪一格是指标值，未读取。")
            st.unplaced.append(f"{' | '.join(texts)[:60]}（{row[0].where}）")
        if header:
            mode, cols, last_field, ind_at = "ind", header, None, len(st.indicators)
            if loose:
                cols = canonical_header(hrow, header["columns"], indicator_header) or header
                cols["implied"] = implied      # (the template's four columns, no header printed)
            if implied and (cells := placed(st, row, cols, "绩效指标")):
                indicator_row(st, cells, cols)
        elif (bh := budget_header(row)):
            # a funding section's columns ('项目资金情况 | 项目 | 上年度安排资金 | 本年度申请资金'): its 合计 is the total
            # and its other rows are sources of funds, never budget items
            funds = any(L.is_section(c.text) and "资金" in c.text and not C.budget_role(c.text) for c in row)
            mode, cols, last_field, items_at = ("funds" if funds else "budget"), bh, None, len(st.items)
            if loose:
                cols = canonical_header(row, bh["columns"], budget_header) or bh
        elif mode == "ind" and loose and (rest := _row_rest(st, row, cols, ind_at, below_at)):
            below_at = len(st.indicators) - 1 if rest == "target" else -2 if rest == "after" else -1
        elif mode == "ind" and not _ends_table(row):
            below_at = -1
            cells = placed(st, row, cols, "绩效指标") if loose else row
            if cells is None and loose:
                below_at = -2          # a row left unread: a line after it may be its split cell, no row of its own
                _carry_levels(row, cols)
            if cells:
                before = len(st.indicators)
                indicator_row(st, cells, cols)
                if loose and ends and len(st.indicators) == before + 1 and _last_row(rows, i) \
                        and (stops_short(st.indicators[-1]["value"], [x["value"] for x in st.indicators[ind_at:before]])
                             or not st.indicators[-1]["value"] and SIGN_ONLY.fullmatch(texts[-1])):
                    _stopped_short(st, row)
        elif mode == "budget" and loose and len(texts) == 1 and len(st.items) > items_at \
                and not L.TOTAL_ROW_RE.fullmatch(re.sub(r"\s", "", texts[0])):
            mode = None               # a copied line of one cell after the items: the next section's heading, no item
        elif mode == "budget" and not _ends_table(row):
            cells = placed(st, row, cols, "预算明细") if loose else row
            if cells and budget_row(st, cells, cols) == "total" and len(st.items) > items_at:
                mode = None           # (a 合计 printed first, right under the header, heads the items after it)
        elif mode == "funds" and not _ends_table(row):
            cells = placed(st, row, cols, "项目资金") if loose else row
            if cells:
                _funds_row(st, cells, cols)
        elif i + 2 < len(rows) and split_header(st, *([c for c in r if loose or not c.merged_up] for r in rows[i:i + 3]),
                                                grid=not loose):
            # (in a table's grid a merged cell's continuations are no labels or values of the rows below)
            mode = None
            prev_rows += [row, rows[i + 1]]
            i += 2
            row = rows[i]
        elif loose and _goal_row(st, row):
            mode, last_field = None, None
        elif loose and ((n := _labels_over_lines(st, row, rows[i + 1:])) or (n := _goal_beside_done(st, row, rows[i + 1:]))):
            mode, last_field = None, None
            prev_rows += rows[i:i + n]
            i += n
            row = rows[i]
        else:
            mode = None
            below = rows[i + 1] if i + 1 < len(rows) else None
            last_field, used_below = (loose_kv_row if loose else kv_row)(st, row, below, last_field)
            if used_below:   # the next row held this row's values: it is consumed
                prev_rows.append(row)
                i += 1
                row = rows[i]
        prev_rows.append(row)
        i += 1


def _row_rest(st: State, row: list[Cell], cols: dict, ind_at: int, below_at: int) -> str | None:
    """A loose indicator row split by a merged cell: the row read last has a name and no target, and the line below
    holds only a worded target ('减轻…负担' / '有效') — that row's target ('target'); in a table with result or score
    columns, the line after such a target holding a worded result and bare scores ('有效 | 10 | 10') is the same row's
    rest ('rest'), no indicator named by its result. Anything else: None (the row is placed as it is)."""
    texts = [c.text.strip() for c in row if c.text.strip()]
    prev = st.indicators[-1] if len(st.indicators) > ind_at else None
    if not texts or any(C.level_word(t) for t in texts):
        return None
    if below_at == -1 and prev and prev["name"] and not prev["value"] and len(texts) == 1 and worded_target(texts[0]):
        prev["value"] = texts[0]
        return "target"
    if below_at == -2 and len(texts) == 1 and worded_target(texts[0]):
        return "after"              # the target of a row left unread above: it stays unread
    after = [r for r in cols["columns"].roles if r in ("actual", "score", "note")] if "columns" in cols else []
    if (below_at == -2 or below_at >= 0 and below_at == len(st.indicators) - 1) and worded_target(texts[0]) \
            and len(texts) <= len(after) and all(re.fullmatch(r"\d{1,3}(?:\.\d+)?", t) for t in texts[1:]):
        if below_at == -2:
            st.warnings.append(f"{row[0].where} 的“{' | '.join(texts)[:40]}”是上面未读取的指标行的完成值和分值，未读取。")
        return "rest"
    return None


def _carry_levels(row: list[Cell], cols: dict) -> None:
    """A loose indicator row left unread still carries its level words to the rows below (as a merged cell would) when
    it opens with a 一级 and a 二级 word that belong together ('满意度指标 | 服务对象满意度指标 | …'), so that they do not
    take the levels of the row above it; a row that opens otherwise (one level word, or words out of order, as in a row
    whose cells came scrambled) tells no levels and changes nothing."""
    words = []
    for c in row:
        if not c.text.strip():
            continue
        if not C.level_word(c.text):
            break
        words.append(c.text.strip())
    if not words or "groups" not in cols:
        return
    l1, l2 = (words[0], words[1]) if len(words) >= 2 else ("", "")
    want = C.LEVEL1_OF.get(C.canon_levels("", l2)[1]) if l2 else None
    if not (l1 and C.level_word(l1) in ("L1", "L12") and C.level_word(l2) in ("L2", "L12")
            and (want is None or C.canon_levels(l1, "")[0] == want)):
        return                   # (one level word, or a 一级 the 二级 does not stand under: the row tells no levels)
    if cols.get("level1") is not None:
        cols["_last1"] = l1
    for g in cols["groups"]:
        if g.get("level2") is not None:
            g["_last2"] = l2


def _last_row(rows: list[list[Cell]], i: int) -> bool:
    return not any(c.text.strip() for r in rows[i + 1:] for c in r)


def _stopped_short(st: State, row: list[Cell]) -> None:
    """The input stops right after this indicator row and its value is odd against the rows above (tables.stops_short):
    the copy was cut inside the row, so the row is left unread with a warning instead of a part of a value."""
    ind = st.indicators.pop()
    st.provenance.pop(f"indicators[{len(st.indicators)}]", None)
    why = f"指标值“{ind['value']}”没有同列其他行都有的计量单位" if ind["value"] else "指标值只有比较符号，没有数值"
    st.warnings.append(f"文本在最后一行“{' '.join(c.text for c in row if c.text.strip())[:30]}”处中断（{why}，"
                       "像是复制时截断），这一行未读取，请核对原表。")
    st.unplaced.append(f"{ind['name']} {ind['value']}（{row[0].where}，文本在此中断）")


def _targets_beside_results(row: list[Cell]) -> int:
    """A loose row of one or two level words, a name, and two or more values after it: the number of level words
    (0 when the row is not this)."""
    texts = [c.text for c in row if c.text.strip()]
    k = 1 if len(texts) > 1 and not C.level_word(texts[0]) and C.level_word(texts[1]) \
        and cell_kind(texts[0]) == "short" else 0      # a 一级 cell in the template's own words ('项目完成指标')
    while k < len(texts) and C.level_word(texts[k]):
        k += 1
    ok = 1 <= k <= 2 and len(texts) >= k + 3 and cell_kind(texts[k]) in ("short", "text") \
        and all(cell_kind(t) in ("value", "valueish", "short", "text") and not C.level_word(t) for t in texts[k + 1:])
    return k if ok else 0


_SIGNED = re.compile(r"\s*(?:>=|<=|[≥≤<>＜＞]|不低于|不高于|不少于|不超过|大于|小于)")


def _signed_target(row: list[Cell], k: int) -> Cell | None:
    """The first value after the name when it alone of the row's values states a direction ('≥90%' before '98%')."""
    values = [c for c in row if c.text.strip()][k + 1:]
    return values[0] if _SIGNED.match(values[0].text) and not any(_SIGNED.match(v.text) for v in values[1:]) else None


def headerless_row(row: list[Cell]) -> bool:
    """A loose row that is an indicator row by itself: one or two level words, then a name, then a value, and
    nothing after ('数量指标 | 新发展桑园面积 | ≥1000亩', '产出指标 | 质量指标 | 合格率 | 100%')."""
    texts = [c.text for c in row if c.text.strip()]
    k = 0
    while k < len(texts) and C.level_word(texts[k]):
        k += 1
    if not 1 <= k <= 2 or len(texts) != k + 2:
        return False
    return cell_kind(texts[k]) in ("short", "text") and cell_kind(texts[k + 1]) in ("value", "valueish")


def _funds_row(st: State, row: list[Cell], cols: dict) -> None:
    """A row of a funding section printed as a table: its 合计 in the amount column (the year's: 本年度申请资金,
    not 上年度安排资金) is the total; a source's row (区级资金 …) is no field."""
    roles = cols["roles"]
    name = next((c.text for c in row if c.col == roles.get("name")), "")
    amount = next((c for c in row if c.col == roles.get("amount")), None)
    if amount is not None and L.TOTAL_ROW_RE.fullmatch(re.sub(r"\s", "", name)):
        assign_field(st, "funding.total", amount.text, amount.where,
                     factor=cols["factor"] if cols["factor"] is not None else st.money)


def _labels_over_lines(st: State, row: list[Cell], after: list[list[Cell]]) -> int:
    """A row of labels whose values follow one a line ('中期目标 | 年度目标' / A / B: a copied row whose cells wrapped
    onto lines of their own): the k-th label takes the k-th line, when every value fits its label's field and the
    lines are exactly as many as the labels (one more one-cell line could be a paragraph of either: not guessed).
    The number of rows read after this one; 0 when the shape is not this."""
    cells = [c for c in row if c.text.strip()]
    keys = [L.field_of(c.text) for c in cells]
    n = len(cells)
    if n < 2 or not all(keys) or len(set(keys)) < n or len(after) < n:
        return 0
    lines = [[c for c in r if c.text.strip()] for r in after[:n + 1]]
    if not all(len(r) == 1 and _kind(r[0].text, loose=True) == "value" for r in lines[:n]):
        return 0
    if len(lines) > n and len(lines[n]) == 1 and _kind(lines[n][0].text, loose=True) == "value":
        return 0
    if not all(fits_field(k, r[0].text) for k, r in zip(keys, lines)):
        return 0
    for k, label, r in zip(keys, cells, lines):
        assign_field(st, k, r[0].text, r[0].where, factor=_factor(st, L.norm_label(label.text)[1]))
    return n


_DONE_HEAD = re.compile(r"(?:目标|具体|全年|总体)*(?:实际)?完成(?:情况|值|率)?(?:[（(]%[)）])?")
_BARE_NUMBER = re.compile(r"[\d.,]+%?")


def _goal_row(st: State, row: list[Cell]) -> bool:
    cells = [c for c in row if c.text.strip()]
    at = next((k for k, c in enumerate(cells) if (L.field_of(c.text) or "").startswith("goals.")), None)
    if at is None or any(L.field_of(c.text) for c in cells[:at]):
        return False
    return _goal_heads_in_row(st, L.field_of(cells[at].text), cells[at + 1:])


def _goal_heads_in_row(st: State, key: str, cells: list[Cell]) -> bool:
    """'年度总体目标 | 预期目标 | 实际完成情况 | A | A已完成' on one line (a page that ran the heading, its two columns and
    the row under them together): the heads after the goal's heading — its own goal label and columns of what was done —
    and then exactly as many values, each under its head: the goal is the value under the goal label. Read only when
    there is one goal head and one or more done heads, and every value fits the goal; the row is then consumed."""
    heads = []
    for c in cells:
        t = re.sub(r"\s", "", c.text)
        if L.field_of(c.text) == key or _DONE_HEAD.fullmatch(t):
            heads.append(c)
        else:
            break
    values = cells[len(heads):]
    goal = [k for k, c in enumerate(heads) if L.field_of(c.text) == key]
    if len(goal) != 1 or len(heads) < 2 or len(values) != len(heads) \
            or any(L.field_of(c.text) or C.column_role(c.text) or C.level_word(c.text) for c in values) \
            or not all(fits_field(key, c.text) for c in values):
        return False
    assign_field(st, key, values[goal[0]].text, values[goal[0]].where)
    return True


def _goal_beside_done(st: State, row: list[Cell], after: list[list[Cell]]) -> int:
    """'(年度总体目标完成情况 |) 预期目标 | 实际完成情况 (| 总体完成率(%))' — a self-evaluation's goal column beside the
    columns of what was done, a heading before them merged down the rows (it knows no field). The goal's text is read
    from the lines below in two shapes only:
    - one paragraph a line, the goal's column printed first and then the other (or row by row): the goal's lines are
      told by their numbering (L.goal_cells: '目标1:A / 目标2:B / 1.A' / 2.B''), never by position alone;
    - a row a line ('A | A已完成 | 100.00', 'B | B已完成'): the first cell of each row, when every row holds the goal's
      cell and a text of what was done after it (no more cells than the columns) — a row of one cell, or whose second
      cell is a number, may be a goal merged over rows: nothing is read.
    The number of rows read after this one; 0 when the shape is not this."""
    cells = [c for c in row if c.text.strip()]
    at = next((k for k, c in enumerate(cells) if (L.field_of(c.text) or "").startswith("goals.")), None)
    if at is None or at + 1 >= len(cells) or any(L.field_of(c.text) for c in cells[:at]):
        return 0
    key = L.field_of(cells[at].text)
    if not all(_DONE_HEAD.fullmatch(re.sub(r"\s", "", c.text)) for c in cells[at + 1:]):
        return 0
    lines: list[list[Cell]] = []
    for r in after:
        got = [c for c in r if c.text.strip()]
        if not got:
            continue
        if _kind(got[0].text, loose=True) != "value" or any(L.field_of(c.text) or L.is_section(c.text) or C.column_role(c.text)
                                                            or C.level_word(c.text) for c in got):
            break                         # the next section, table header or indicator row
        lines.append(got)
    if not lines:
        return 0
    if all(len(r) == 1 for r in lines):
        picked = L.goal_cells([r[0].text for r in lines])
        goals = [lines[k][0] for k in picked] if picked is not None else []
    elif all(2 <= len(r) <= len(cells) - at and not _BARE_NUMBER.fullmatch(r[1].text.strip()) for r in lines):
        goals = [r[0] for r in lines]
    else:
        return 0
    if not goals or not all(fits_field(key, c.text) for c in goals):
        return 0
    assign_field(st, key, "\n".join(c.text for c in goals), goals[0].where)
    last = lines[-1][-1]
    return next(n for n, r in enumerate(after, 1) if any(c is last for c in r))


def _wrapped_heads(top: list[Cell], sub: list[Cell]) -> list[Cell] | None:
    """A loose header whose heads wrapped in their cells, each cell's second line printed after the whole row's first
    lines ('一级 | 二级 | 三级 | 指标值 | 分值 | 指标' over '指标 | 指标 | 指标 | 解释'): the heads joined, each word of the
    line below to one head of the line above, in order. Only when exactly one such joining makes every joined word a
    column's head, the line below holds no level word, value or number, and the joined row is an indicator header;
    otherwise None (the rows are read as they are)."""
    t = [c for c in top if c.text.strip()]
    s = [c for c in sub if c.text.strip()]
    if not s or len(s) > len(t) or len(t) > 16 or sum(1 for c in t if C.column_role(c.text)) < 2 \
            or any(C.level_word(c.text) or len(c.text.strip()) > 6 or re.search(r"\d|[≥≤=<>%]", c.text) for c in s):
        return None
    n, m = len(t), len(s)
    ways = [[0] * (m + 1) for _ in range(n + 1)]     # ways[i][j]: joinings of s[j:] onto t[i:]
    for i in range(n, -1, -1):
        ways[i][m] = 1
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            took = ways[i + 1][j + 1] if C.column_role(t[i].text.strip() + s[j].text.strip()) else 0
            ways[i][j] = min(2, ways[i + 1][j] + took)
    if ways[0][0] != 1:
        return None
    out, j = [], 0
    for i, c in enumerate(t):
        if j < m and C.column_role(c.text.strip() + s[j].text.strip()) and ways[i + 1][j + 1] == 1:
            out.append(Cell(c.text.strip() + s[j].text.strip(), i, c.where))
            j += 1
        else:
            out.append(Cell(c.text, i, c.where))
    if j != m or not indicator_header(out, []):
        return None
    return out


def _is_subheader(row: list[Cell]) -> bool:
    cells = [c for c in row if c.text and not c.merged_up]
    return bool(cells) and all(C.column_role(c.text) in ("op", "unit", "value", "actual") for c in cells)


def _header_runs(rows: list[list[Cell]]) -> list[list[Cell]]:
    """A loose row in which an indicator header stands between other cells (a page that printed the rows before the
    table, its header and its first row on one line: '… | 年度目标 | A | 一级指标 | 二级指标 | 三级指标 | 指标值 | 产出指标 |
    数量指标 | B | 10'): the cells before the header, the header and the cells after it are three rows. The header is
    the longest run of column heads holding a value column and a name (or 一级 and 二级) column; a header printed
    over two rows and run together (the value group and the columns after it, then the level and name columns with the
    value group's own) is two rows when _splits_value reads them so. Rows without such a run stay as they are."""
    out: list[list[Cell]] = []
    for row in rows:
        cells = [c for c in row if c.text.strip()]
        roles = [C.column_role(c.text) or (c.text.strip() == "绩效指标" and "head") for c in header_lead(cells)]
        best = None
        k = 0
        while k < len(cells):
            if not roles[k]:
                k += 1
                continue
            j = k
            while j < len(cells) and roles[j]:
                j += 1
            run = set(roles[k:j])
            if j - k >= 4 and "value" in run and ("name" in run or {"level1", "level2"} <= run) \
                    and (best is None or j - k > best[1] - best[0]):
                best = (k, j)
            k = j
        if best is None or (best[0] == 0 and best[1] == len(cells)) \
                or all(L.field_of(c.text) or L.looks_label(c.text) or not c.text.strip("—-/ ") for c in cells[:best[0]]):
            # (labels alone before the header: a record table's columns, 项目名称 | 项目单位 | 预算数 | 一级指标 …, or
            # a title over it)
            out.append(row)
            continue
        k, j = best
        while k > 0 and L.field_of(cells[k - 1].text) and not C.level_word(cells[k - 1].text):
            k -= 1           # a record table's columns before the indicator's (项目名称 | 预算数 | 一级指标 …): the header's
        if k == 0:
            out.append(row)
            continue
        parts = [cells[:k]]
        head = cells[k:j]
        cut = next((m for m in range(1, len(head)) if C.column_role(head[m].text) == "level1"
                    and _splits_value(head[:m], head[m:])), None)
        parts += [head[:cut], head[cut:]] if cut else [head]
        parts.append(cells[j:])
        out += [[Cell(c.text, n, c.where, c.merged_up, c.cut) for n, c in enumerate(p)] for p in parts if p]
    return out


def _splits_value(top: list[Cell], sub: list[Cell]) -> bool:
    """A header printed over two rows where the top row holds the value group and the columns after it
    ('绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分') and the row below the level and name columns with the value
    group's own columns ('一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位'): the row below takes the place of
    the top row's value column (_overlay). Only when the top row names no level or name column, exactly one value
    column and a column after it that the row below does not name, and every cell of the row below is a column."""
    troles = [C.column_role(c.text) for c in top if c.text.strip()]
    sroles = [C.column_role(c.text) for c in sub if c.text.strip()]
    if troles.count("value") != 1 or set(troles) & {"level1", "level2", "name"} or None in sroles:
        return False
    after = troles[troles.index("value") + 1:]
    return "value" in sroles and "name" in sroles and bool(after) and not set(after) & set(sroles)


def _overlay(top: list[Cell], sub: list[Cell], loose: bool = False) -> list[Cell]:
    """One header row: the sub-row's own cells where it has them, the top row's elsewhere. In a loose table
    the sub-row's cells take the place of the top row's value column."""
    own = [c for c in sub if c.text and not c.merged_up]
    if loose:
        at = next((k for k, c in enumerate(top) if C.column_role(c.text) == "value"), None)
        if at is None:
            # head words wrapped onto the next line ('年度 | 实际' over '指标值 | 完成值'): each word the top row holds
            # with no role of its own takes the sub-row's next word, when every joined word is a column's head
            bare = [k for k, c in enumerate(top) if k > 0 and c.text.strip() and not C.column_role(c.text)]
            first = [0] + bare if top and top[0].text.strip() and not C.column_role(top[0].text) else bare
            if len(first) == len(own) and all(C.column_role(top[k].text + o.text) for k, o in zip(first, own)):
                bare = first     # (the first head wrapped too: '一级 | 二级 | 三级' over '指标 | 指标 | 指标')
            if bare and len(bare) == len(own) and all(C.column_role(top[k].text + o.text) for k, o in zip(bare, own)):
                cells = list(top)
                for k, o in zip(bare, own):
                    cells[k] = Cell(top[k].text + o.text, top[k].col, top[k].where)
                return [Cell(c.text, k, c.where) for k, c in enumerate(cells)]
            return top
        cells = top[:at] + own + top[at + 1:]
        return [Cell(c.text, k, c.where) for k, c in enumerate(cells)]
    by_own = {c.col: c for c in own}
    cols = sorted({c.col for c in top} | set(by_own))
    by_col = {c.col: c for c in top}
    return [by_own.get(col) or by_col[col] for col in cols]


def _ends_table(row: list[Cell]) -> bool:
    """A row that leaves a budget/indicator table: a field label (填报人…), a signature or sign-off line (kinds.ends_table);
    never a row that opens with a level word, whose cells are its names and values ('成本指标 | 项目金额 | 5万元')."""
    cells = [c for c in row if c.text.strip()]
    if cells and C.level_word(cells[0].text):
        return False
    return any(ends_table(c.text) for c in cells)
