"""Budget-detail and indicator tables inside a grid: their headers, and each row read into the form.

Column roles come from columns.py. In a ``loose`` table (text, OCR) a row's cells keep their order but
not their columns, so each row is first placed onto the header's columns by align.py; a row that cannot
be placed unambiguously is not read (a warning names it).
"""
from __future__ import annotations

import re
from ..textnum import normalize, parse_period
from . import columns as C
from . import labels as L
from .align import Columns, canonical, header_columns, ordinal, row_roles
from .assemble import assign_field, to_wan
from .cells import Cell, State
from .kinds import cell_kind, fits_field, is_amount

def cell_at(row: list[Cell], col: int) -> Cell | None:
    for c in row:
        if c.col == col and not c.merged_up:
            return c
    return None


def canonical_header(row: list[Cell], cols: Columns, read) -> dict | None:
    """A loose table's header rewritten in the reader's own column order (align.canonical), parsed by
    ``read`` (indicator_header / budget_header); it keeps the original Columns for placing the rows."""
    texts = {c.col: c.text for c in row}
    words, index = canonical(cols, [texts.get(k, "") for k in range(len(cols.roles))])
    head = read([Cell(t, k, row[0].where) for k, t in enumerate(words)], [])
    if head is not None:
        head["columns"], head["canon"] = cols, index
    return head


# a comparison sign with nothing after it ('<', '≥', '<='): a value left out, or cut by the copy after its first character
SIGN_ONLY = re.compile(r"\s*(?:>=|<=|[≥≤<>=＜＞])\s*")


def placed(st: State, row: list[Cell], cols: dict, what: str) -> list[Cell] | None:
    """A loose row's cells moved to the (canonical) header columns they belong in; None (and a warning) when
    the row cannot be placed unambiguously."""
    cells = [c for c in row if c.text.strip() and not (c.cut and c is row[-1] and _cut_number(c.text))]
    if not cells:
        return []
    dropped = len(cells) < len([c for c in row if c.text.strip()])     # a number the text stops in
    header: Columns = cols["columns"]
    roles = row_roles(tuple(c.text for c in cells), header)
    own = {r for r, _, _ in roles or () if r.startswith("field:")}
    if any(r.startswith("field:") for r in header.roles) and (roles is None or own and not (
            len(own) >= 2 and own & {"field:unit", "field:funding.total", "field:department"})):
        # a list of projects (项目名称 | 项目单位 | 预算数 | 年度目标 | 一级指标 …): a row that puts no unit or amount in
        # the project's columns and fits the indicator columns alone is one of the project's further indicators
        # ('设备验收及时率 | 正向 | 大于等于 | 98 | % | 5'), its name never the project's
        roles = row_roles(tuple(c.text for c in cells), Columns(
            tuple("skip" if r.startswith("field:") else r for r in header.roles), header.groups,
            header.names_in_level2)) or roles
    if roles is None and (only := _one_valued_group(cols)) is not None:
        # two column groups (中期 / 年度) of which only one has held a value so far: a row with no level words
        # ('项目验收合格率 | ≥100百分比') is placed in that group when it fits there one way only
        roles = row_roles(tuple(c.text for c in cells), Columns(
            tuple(r if g == only else "skip" for r, g in zip(header.roles, header.groups)), header.groups,
            header.names_in_level2))
    if roles is None and what == "绩效指标" and not cols.get("implied") and _levels_and_name(cells):
        # level words and one text after them ('效益指标 | 社会效益指标 | 丰富群众文化生活', its target on the next line): a
        # row that opens with its level words starts an indicator, so the text is its name, never a target without one
        roles = row_roles(tuple(c.text for c in cells), Columns(
            tuple(r if r in ("level1", "level2", "name") else "skip" for r in header.roles), header.groups,
            header.names_in_level2))
    if roles is not None:
        cols.setdefault("valued", set()).update(g for r, g, _ in roles if r in ("value", "amount"))
    if roles is None:
        # a row of an indicator's cells (three or more, a level word or a value among them, the text not cut in it)
        # left out: the table is not read whole, so no category is reported missing on its account. A row whose
        # value is a sign alone or a template's word ('≥', '计划标准') is a row left incomplete, not one unread
        st.rows_unread += what == "绩效指标" and len(cells) >= 3 and not any(c.cut for c in row) \
            and any(C.level_word(c.text) or cell_kind(c.text) in ("value", "valueish") for c in cells) \
            and not any(SIGN_ONLY.fullmatch(c.text) or C.STANDARD_CELL.fullmatch(c.text.strip()) for c in cells)
        st.warnings.append(f"{cells[0].where} 的{what}行“{' | '.join(c.text for c in cells)[:60]}”无法确定各格所属的列，未读取。")
        st.unplaced.append(f"{' | '.join(c.text for c in cells)[:60]}（{cells[0].where}）")
        return None
    if what == "绩效指标" and "score" in header.roles and _score_or_target(cells, roles):
        st.rows_unread += 1
        st.warnings.append(f"{cells[0].where} 的绩效指标行“{' | '.join(c.text for c in cells)[:60]}”只有一个不带单位的数，"
                           "表中既有指标值又有分值列，不能确定它是哪一格，未读取。")
        st.unplaced.append(f"{' | '.join(c.text for c in cells)[:60]}（{cells[0].where}）")
        return None
    whole = roles[-1][0] == "value" and _number_like(cells[-1].text) and not _cut_number(cells[-1].text)
    if cells[-1].cut and roles[-1][0] not in ("note", "standard", "score", "actual", "skip") and not whole or \
            dropped and not {"value", "amount"} & {r for r, _, _ in roles}:
        st.warnings.append(f"文本在“{' '.join(c.text for c in row if c.text.strip())[:30]}”处中断，这一行未读取。")
        return None                        # the text stops inside a cell the row needs: a part is no value
    out = []
    for c, (role, g, j) in zip(cells, roles):
        # (a header the canonical order could not be read from keeps its own columns: each cell goes to its column)
        at = cols["canon"].get((role, g, ordinal(header, j, role))) if "canon" in cols else j
        if at is not None:
            out.append(Cell(c.text, at, c.where))
    return out


def _levels_and_name(cells: list[Cell]) -> bool:
    """A 一级 and a 二级 word, then one cell of text (no value, no worded target): a row's opening cells."""
    k = 0
    while k < len(cells) and C.level_word(cells[k].text):
        k += 1
    return k == 2 and len(cells) == k + 1 and cell_kind(cells[k].text) in ("short", "text") \
        and not worded_target(cells[k].text)


def worded_target(text: str) -> bool:
    """A target written as a word ('有效', '显著', '达标', '逐步完善'): no name of an indicator."""
    from ..lexicon import VAGUE_WORDS
    from .text_wrap import _whole_worded
    t = re.sub(r"\s", "", text)
    return bool(t) and not C.level_word(t) and (_whole_worded(t) or bool(VAGUE_WORDS.fullmatch(t)))


def _score_or_target(cells: list[Cell], roles: list) -> bool:
    """A row under a header with both a target and a score column whose one number is bare (no sign, no unit) and whose
    other cells hold neither a target nor a score ('居民满意度 | 10 | 反映…'): the number may be either — a guess."""
    nums = [(c, r) for c, (r, _, _) in zip(cells, roles) if r in ("value", "score", "op", "unit", "actual")
            or re.search(r"\d", c.text)]
    return len(nums) == 1 and nums[0][1] in ("value", "score") and bool(re.fullmatch(r"\d{1,3}", nums[0][0].text.strip()))


def stops_short(value: str, above: list[str]) -> bool:
    """The value of a table's last row, when the text stops right after it (a copy cut partway), that is odder than
    its column's others: a bare number ('1', '≥3') where the rows above all print a unit after theirs ('≥18000人',
    '=22个', '≥3.5公里'). Such a value is the start of a cell the copy cut ('验收合格率 1' of '100%'), not a target."""
    if not _BARE.fullmatch(normalize(value).replace(" ", "")):
        return False
    recent = [normalize(v).replace(" ", "") for v in above if re.search(r"\d", v)][-STOPS_SHORT_ROWS:]
    return len(recent) >= 2 and all(_UNIT_AFTER.search(v) and not _BARE.fullmatch(v) for v in recent)


_BARE = re.compile(r"(?:>=|<=|[≥≤<>=＜＞])?\d+(?:\.\d*)?")
_UNIT_AFTER = re.compile(r"\d\s*(?:%|‰|[^\d\s.,，、;；])")
STOPS_SHORT_ROWS = 4      # the rows above a cut row its value is measured against (the nearest of its column)


def _one_valued_group(cols: dict) -> int | None:
    """The one column group whose value column has held a value in this table, when the header has more than one."""
    valued = cols.get("valued") or set()
    return next(iter(valued)) if len(set(cols["columns"].groups)) > 1 and len(valued) == 1 else None


def _number_like(text: str) -> bool:
    return bool(re.match(r"\s*[≥≤<>=]?\s*\d", normalize(text)))


# what a number the text stops in may still go on to: its digits, or the first part of a unit ('3550平方' of 平方米)
_UNIT_GOES_ON = re.compile(r"(?:[\d.,]|[十百千万亿]|平方?|立方?|公)$")


def _cut_number(text: str) -> bool:
    """The last cell of a text that stops inside it, when it is a number that may be cut short: a bare number
    ('≥9' of '≥98%') or one whose unit is only begun ('3550平方'). A number with a whole unit after it ('1座',
    '100%', '3550平方米') was printed before the cut and is the value."""
    t = normalize(text).strip()
    return _number_like(t) and bool(_UNIT_GOES_ON.search(t))


# --- funding ---------------------------------------------------------------------------------------------
_LEVELS = re.compile(r"(?:中央|省|市|县|区|乡镇|本)级?(?:财政)?(?:资金)?")     # the sources a 财政资金 column splits into
_OTHER = re.compile(r"其[他它]")          # '其他' beside 财政资金 in a funding header: the other funds


def split_funding(tops: list[str], parts: list[str], nums: list[str], amounts: bool = True) -> list[tuple[int, str, int]] | None:
    """A funding header whose second row splits the 财政资金 column into its sources: '本年度预计投入 | 财政资金 |
    其他' / '中央 | 省级 | 市级 | 本级' / '7 | 0 | 7 | 0 | 0 | 0'. [(top label, field, its amount)] by index
    (the sources are not fields of the form), or None unless the counts add up exactly and every value is an amount
    (``amounts`` False: the values are not checked here — a table grid places them by column)."""
    keys = [L.field_of(t) or ("funding.other" if _OTHER.fullmatch(L.norm_label(t)[0]) else None) for t in tops]
    if not keys or None in keys or len(parts) < 2 or not all(_LEVELS.fullmatch(L.norm_label(p)[0]) for p in parts):
        return None
    if not all(k.startswith("funding.") for k in keys) or amounts and not all(fits_field("funding.total", n) for n in nums):
        return None
    parent = [k for k, key in enumerate(keys) if key == "funding.current_year"]
    if len(parent) != 1 or len(keys) - 1 + len(parts) != len(nums):
        return None
    p = parent[0]
    return [(k, key, k if k < p else k - 1 + len(parts)) for k, key in enumerate(keys) if k != p]


# --- budget detail -----------------------------------------------------------------------------------
def budget_header(row: list[Cell], _above=None) -> dict | None:
    roles: dict[str, int] = {}
    factor = None
    for c in row:
        lab, _f = L.norm_label(c.text)
        if not lab or len(lab) > 14:
            continue
        role = C.budget_role(c.text)
        if role == "bname" and "name" not in roles and (L.BUDGET_NAME_RE.fullmatch(lab) or not L.field_of(c.text)):
            roles["name"] = c.col
        elif role == "amount" and "amount" not in roles:
            roles["amount"] = c.col
            factor = L.money_factor(c.text)
        elif role in ("start", "end") or role == "period" and "period" not in roles:
            roles[role] = c.col
    if "name" in roles and "amount" in roles and not any(is_amount(c.text) for c in row if c.text.strip()):
        # a row that holds an amount is label | value pairs ('项目名称 | … | 预算金额 | 36万元'), never a header
        texts = {c.col: c.text for c in row}
        width = max(texts) + 1 if texts else 0
        cols = Columns(tuple(C.budget_role(texts.get(k, "")) or "skip" for k in range(width)),
                       tuple(0 for _ in range(width)))
        return {"roles": roles, "factor": factor, "columns": cols}
    return None


_ITEM_MARK = re.compile(r"^\s*(?:\d{1,2}\s*[、．]|\d{1,2}\.(?!\d)|[（(]\d{1,2}[)）])\s*(?=\S)")


def budget_row(st: State, row: list[Cell], cols: dict) -> str | None:
    roles = cols["roles"]
    cell = {role: cell_at(row, col) for role, col in roles.items()}
    name = L.clean_cell(cell["name"].text) if cell.get("name") else ""
    amount_text = cell["amount"].text if cell.get("amount") else ""
    factor = cols["factor"] if cols["factor"] is not None else st.money
    if L.TOTAL_ROW_RE.fullmatch(re.sub(r"\s", "", name)):
        total = to_wan(amount_text, factor) if amount_text else None
        if total is None and amount_text and st.items:
            total = _run_together_total(amount_text, st.items, factor)
        if total is not None:
            st.budget_total = (total, cell["amount"].where)
        return "total"
    if not name and not amount_text.strip():
        return None
    name = _ITEM_MARK.sub("", name)          # '1、办公费': the list's number is no part of the item's name
    item = {"name": name.replace("\n", ""), "amount": to_wan(amount_text, factor)}
    if cell.get("period"):
        item["start"], item["end"] = (x or "" for x in parse_period(cell["period"].text))
    if cell.get("start"):
        item["start"] = cell["start"].text
    if cell.get("end"):
        item["end"] = cell["end"].text
    where = (cell.get("name") or cell.get("amount")).where
    st.provenance[f"budget_items[{len(st.items)}]"] = where
    st.how.setdefault("budget_items", st.method)
    st.items.append(item)
    return None


def _run_together_total(text: str, items: list[dict], factor: float) -> float | None:
    """'814662.98794.55' (合计 and the columns after it run together): the total when the text begins with
    the sum of the rows above, as printed — checked against the rows, never guessed."""
    amounts = [i["amount"] for i in items]
    if any(a is None for a in amounts):
        return None
    total = round(sum(amounts) / factor, 6)
    digits = re.sub(r"[\s,]", "", normalize(text))
    for shown in dict.fromkeys((f"{total:g}", f"{total:.2f}", f"{total:.1f}")):
        if digits.startswith(shown) and (len(digits) == len(shown) or digits[len(shown)].isdigit()):
            return round(total * factor, 6)
    return None


# --- indicators ----------------------------------------------------------------------------------------
_FIRST_HEADS = ("一级指标", "二级指标", "三级指标", "指标名称")


def header_lead(row: list[Cell]) -> list[Cell]:
    """A header row whose first cell has the text before the table run into it ('详情见附件(注:…)一级指标 | 二级指标
    | 指标名称 | 目标值'): that cell is its header word, when the other cells name two columns or more."""
    cells = [c for c in row if c.text.strip()]
    if not cells or C.column_role(cells[0].text):
        return row
    t = re.sub(r"\s", "", normalize(cells[0].text))
    head = next((w for w in _FIRST_HEADS if t.endswith(w) and len(t) > len(w)), None)
    if head is None or sum(1 for c in cells[1:] if C.column_role(c.text)) < 2:
        return row
    first = cells[0]
    return [Cell(head, c.col, c.where, c.merged_up, c.cut) if c is first else c for c in row]


def indicator_header(row: list[Cell], above: list[list[Cell]]) -> dict | None:
    named = [(c.col, C.column_role(c.text), c.text) for c in row]
    named = [r for r in named if r[1] or L.field_of(r[2])]
    roles = {r for _, r, _ in named}
    if not ("name" in roles or "level2" in roles and "level1" in roles) or "value" not in roles:
        return None
    groups: list[dict] = []
    level1 = None
    fields: dict[int, str] = {}
    cur: dict | None = None
    for col, role, text in named:
        if role is None:
            fields[col] = L.field_of(text)   # a record table: 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 …
            continue
        if role == "level1":
            level1 = col
            continue
        if role in ("standard", "note", "score", "actual"):
            continue
        if cur is None or (role in cur and role != "op") or (role == "level2" and "name" in cur):
            cur = {"_start": col, "_hint": L.scope_hint(text) if role in ("value", "name", "level2") else None}
            groups.append(cur)
        if role == "op":     # 指标性质 (正向/反向 or 定性) next to 指标方向 (≥/≤/=): both are read
            cur.setdefault("op", []).append(col)
        else:
            cur[role] = col
            cur["_hint"] = cur["_hint"] or (L.scope_hint(text) if role in ("value", "name") else None)
    if not groups:
        return None
    if len(fields) < 2 or all(k.startswith("goals.") for k in fields.values()):
        fields = {}          # one label before the header cells is the row's title ('年度绩效目标(90分)'); goal labels
                             # alone are the goal rows of a flattened form, not a record table of projects
    for g in groups:
        g["_end"] = max(max(v) if isinstance(v, list) else v for k, v in g.items() if not k.startswith("_"))
        g["scope"] = g["_hint"] or _scope_above(above, g["_end"])
    if len(groups) == 2 and not groups[0]["scope"] and not groups[1]["scope"]:
        groups[0]["scope"], groups[1]["scope"] = "long_term", "annual"
    if "name" not in roles:     # 一级 | 二级 | 标准 | 实现值: the 二级 column holds the names
        for g in groups:
            if "level2" in g and "name" not in g:
                g["name"] = g.pop("level2")
    for g in groups:
        g["scope"] = g["scope"] or "annual"
        g["_last2"] = ""
    texts = {c.col: c.text for c in row}
    width = max(texts) + 1
    cols = header_columns([texts.get(k, "") for k in range(width)],
                          {k: f"field:{v}" for k, v in fields.items()})
    return {"level1": level1, "groups": groups, "_last1": "", "fields": fields, "columns": cols}


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


_TOTAL_NAME = re.compile(r"[…\.。·]*(?:总分|合计|总计|小计)")


def indicator_row(st: State, row: list[Cell], cols: dict) -> None:
    def at(col):
        if col is None:
            return ""
        c = cell_at(row, col)
        return L.clean_cell(c.text).replace("\n", "") if c else ""

    if cols.get("closed") or cols["fields"] and _record_fields(st, row, cols):
        return
    before1 = cols["_last1"]
    l1 = at(cols["level1"]) or cols["_last1"]
    if cols["level1"] is not None and at(cols["level1"]):
        cols["_last1"] = l1
    shared_l2 = ""
    for g in cols["groups"]:
        l2 = at(g.get("level2"))
        new1 = at(cols["level1"])
        if l2:
            g["_last2"] = l2
        elif g.get("level2") is not None and new1 and C.level_word(new1) == "L1" \
                and C.level_word(g.get("_last2", "")) == "L1" and st.method != "table":
            l2 = g["_last2"] = new1      # a 二级 column that holds 一级 words: a row's new 一级 word is its 二级
        elif g.get("level2") is not None and new1 and C.level_word(new1) == "L1" and g.get("_last2") \
                and C.canon_levels(new1, "")[0] != C.canon_levels(before1, g["_last2"])[0] and st.method != "table":
            # a row opening a new 一级 with no 二级 of its own: the 二级 above belongs to the 一级 above (a merged
            # cell never spans two 一级), so it is not carried down; a 一级 word that is its own 二级 (满意度指标) is
            l2 = g["_last2"] = new1 if C.canon_levels(new1, new1)[1] != new1 else ""
        elif g.get("level2") is not None:
            l2 = g["_last2"]
        else:
            l2 = shared_l2       # a group without its own 二级指标 column shares the first group's
        shared_l2 = shared_l2 or l2
        ops = [at(c) for c in g.get("op", [])]
        name, value = at(g.get("name")), joined_value(ops, at(g.get("value")), at(g.get("unit")),
                                                       as_written=st.method != "table")
        if st.method == "ocr" and (odd := [t for t in ops if t and not L.op_of(t) and not re.search(r"[\u4e00-\u9fff]", t)]):
            # a sign the recogniser could not read ('≥' alone in its cell comes back 'N', 'W', 'AI'): the value is
            # given without a direction, and said so
            st.warnings.append(f"{row[0].where} 的指标“{name[:20]}”的比较符号一格识别为“{odd[0]}”，不是≥、≤、=，"
                               f"指标值“{value}”未带比较符号，请核对原表。")
        if _SCORE.fullmatch(value.replace(" ", "")):
            value = ""              # a score or score range ('10分', '(40-50)分') is never a target value
        if not name and not value:
            continue
        level1, level2 = C.canon_levels(l1, l2)
        value = _OP_SPELLING.sub(lambda m: _OPS[m.group(0)], value)
        if not name and st.method != "table" and _nameless(st, g["scope"], level2, value, row):
            continue
        if _TOTAL_NAME.fullmatch(name.replace(" ", "")):
            continue                # the table's 总分 / 合计 row: a sum of scores, no indicator
        if st.method != "table" and name and (not value and _SENTENCE.search(name) or C.PAGE_TEXT.search(name)
                                              or C.PAGE_TEXT.search(value)):
            # a loose read: a sentence with no value beside it is a merged cell's text, not a name with its value
            # missing; page text ('扫一扫在手机打开当前页') after a table is no row of it
            st.warnings.append(f"{row[0].where} 的绩效指标行“{name[:30]}”是一句叙述或页面文字，没有单独的指标值，"
                               "未作为指标读取（请核对）。")
            continue
        if st.method != "table" and not level2 and _BARE_LEVEL.fullmatch(name.replace(" ", "")):
            # a loose row opening with a bare 二级 word and no 二级 cell ('成本 | 年度预算220万元 | 按进度执行… | 确定能'
            # under 一级指标 / 指标名称 / 指标值 / …): the word is the row's level, not its name — which of the cells after
            # it is the name and which the target is not told
            st.warnings.append(f"{row[0].where} 的绩效指标行以指标类别“{name}”开头，其后哪一格是指标名称、哪一格是指标值"
                               "无法确定，未读取（请核对）。")
            continue
        if st.method != "table" and name and len({re.sub(r"\s", "", c.text) for c in row if c.text.strip()}) == 1:
            # a loose row whose every cell prints the same text ('预算执行率 | 预算执行率'): one cell merged across the
            # row, copied once a column — no name with its target (a row with more cells, '时效指标 | 2022年底之前 |
            # 2022年底之前 | 10', is read)
            st.warnings.append(f"{row[0].where} 的绩效指标行“{name[:20]}”的指标值与指标名称相同，没有指标值，未读取（请核对）。")
            continue
        if st.method != "table" and name and value and _HINT_VALUE.fullmatch(value.replace(" ", "")):
            # a template's hint row ('指标1:新建堤防、护岸长度 | 公里', '工程验收合格率 | ≧ %'): a unit, no target
            st.warnings.append(f"{row[0].where} 的绩效指标行“{name[:20]}”只有计量单位“{value}”、没有指标值，"
                               "是模板的提示行，未读取（请核对）。")
            st.hint_rows += 1
            continue
        if st.method != "table" and ((m := _LABELLED.match(name)) and L.field_of(m.group(1))
                                     or (m := _CLOSING.fullmatch(name))):
            # a loose read's row whose name is a form's label and its value ('项目负责人:某某 | 财务负责人:某某', a
            # signature line under the table) or a self-evaluation's closing row ('存在问题 | 无', '评价结论 | …'):
            # no indicator
            st.warnings.append(f"{row[0].where} 的绩效指标行“{' '.join(c.text for c in row)[:40]}”是表单的栏目"
                               f"“{m.group(1)}”及其内容，不是指标，未读取（请核对）。")
            continue
        if st.method != "table" and name and value and not re.search(r"\d", value) \
                and (not re.search(r"[\u4e00-\u9fffA-Za-z]", name) or _TARGET_AS_NAME.fullmatch(name.strip())
                     or cell_kind(name) == "period"):
            # a loose read put a number or a target where the name goes and words where the value goes ('100 | 其他需要说明事项',
            # '≥432个 | 某样次', '2026年9月底前 | 完成时间', cells that came scrambled):
            # the cells are not in their columns
            st.warnings.append(f"{row[0].where} 的绩效指标行“{' '.join(c.text for c in row)[:40]}”的指标名称“{name}”"
                               "不是文字，各格不在原来的列上，未读取（请核对）。")
            continue
        if st.method != "table" and name and cell_kind(name) == "desc":
            # an indicator's explanation ('反映某某情况') where the name goes: a loose row's cells out of their columns
            st.warnings.append(f"{row[0].where} 的绩效指标行“{' '.join(c.text for c in row)[:40]}”的指标名称“{name[:20]}”"
                               "是指标解释，各格不在原来的列上，未读取（请核对）。")
            continue
        ind = {"scope": g["scope"], "level1": level1, "level2": level2, "name": name, "value": value}
        c = cell_at(row, g.get("name", g["_start"])) or row[0]
        st.provenance[f"indicators[{len(st.indicators)}]"] = c.where
        st.how.setdefault("indicators", st.method)
        st.indicators.append(ind)


_TARGET_AS_NAME = re.compile(r"(?:>=|<=|[≥≤<>=＜＞≧≦﹦═])?\s*\d[\d,.]*\s*[^\d\s]{0,3}")   # '≥432个', '36个': a target
_LABELLED = re.compile(r"\s*([^:：\d]{2,12})\s*[:：]\s*\S")     # '项目负责人:某某': a label, a colon, its value
_CLOSING = re.compile(r"\s*(评价结论|存在的?问题|改进措施|整改措施|问题及改进措施)\s*")   # a self-evaluation's rows after its table
_SENTENCE = re.compile(r"[，,；;][^，,；;]+[。.]?$|。$")      # clauses with a full stop or a comma between them
_HINT_VALUE = re.compile(rf"(?:>=|<=|[≥≤<>=＜＞≧≦])?\*{{0,3}}[万千百亿]?(?:{C.UNIT_WORD.pattern})")   # a unit (and a sign) with no number
_BARE_LEVEL = re.compile(r"数量|质量|时效|成本|效益|产出|满意度")      # a 二级 (or 一级) word without 指标
_SCORE = re.compile(r"[（(]?\d+(?:\.\d+)?(?:[-－~～]\d+(?:\.\d+)?)?[)）]?分")


def _nameless(st: State, scope: str, level2: str, value: str, row: list[Cell]) -> bool:
    """A row of a loose read with a value but no name is no indicator: the value of the row above when that one has
    a name and no value (a merged cell split the row: '减轻…负担' / '有效'); otherwise left out with a warning."""
    prev = st.indicators[-1] if st.indicators else None
    if prev and prev["name"] and not prev["value"] and prev["scope"] == scope and prev["level2"] == level2:
        prev["value"] = value
    else:
        st.warnings.append(f"{row[0].where} 的绩效指标行只有指标值“{value[:20]}”，没有指标名称，未读取（请核对）。")
    return True


_OPS = {">=": "≥", "<=": "≤", "≧": "≥", "≦": "≤", "＞=": "≥", "＜=": "≤"}
_OP_SPELLING = re.compile(r"^\s*(?:>=|<=|≧|≦|＞=|＜=)")      # '>=90%' is written '≥90%'


def _record_fields(st: State, row: list[Cell], cols: dict) -> bool:
    """The field cells of a record-table row ('820001-井研县马踏镇人民政府 | 村组干部报酬 | 3,309,840.00 | …').
    A row that fills the unit and amount columns but names no project is the group above the projects (the
    department with its total): its name is the department, its amount is not the project's. True when the
    row is such a group row (nothing else to read in it)."""
    cells = {col: cell_at(row, col) for col in cols["fields"]}
    filled = {col: c for col, c in cells.items() if c is not None and c.text.strip()}
    if not filled:
        return False
    keys = {cols["fields"][col] for col in filled}
    if cols.get("closed"):
        return True
    name = next((c.text for col, c in filled.items() if cols["fields"][col] == "project_name"), None)
    if name and len(filled) >= 2 and st.fields.get("project_name") and cols.get("project") \
            and L.clean_cell(name) != cols["project"]:
        # the next project's row of a list of projects (one line a project, its further indicators a line each): the
        # form is the first project's, so this row and every row after it are not read
        cols["closed"] = True
        st.warnings.append(f"{row[0].where}起是另一个项目“{L.clean_cell(name)}”，只读取了第一个项目，其余未导入。")
        return True
    if name and len(filled) >= 2:
        cols["project"] = L.clean_cell(name)
    if st.method != "table" and len(filled) == 1:
        return False        # a loose row with one cell in the field columns: an indicator row's name the placing put
                            # there ('设备验收及时率 | 正向 | …' under 项目名称), no project's field
    indicator_cols = {c.col for c in row if c.text.strip()} - set(filled)
    if "project_name" in cols["fields"].values() and "project_name" not in keys and not indicator_cols:
        for col, c in filled.items():
            if cols["fields"][col] in ("unit", "filer_unit", "department"):
                assign_field(st, "department+code", c.text, c.where)
        return True
    for col, c in filled.items():
        key = cols["fields"][col]
        if st.method != "table" and key.startswith("goals.") and len(re.findall(r"[\u4e00-\u9fff]", c.text)) < 6:
            continue        # a loose row keeps its cells, not their columns: a word ('有效') in the goal column is no goal
        _, factor = L.norm_label(c.text)
        assign_field(st, key, c.text, c.where, factor=st.money if key.startswith("funding.") else 1.0)
    return False


_WORD_OPS = ("大于等于", "小于等于", "等于", "大于", "小于", "不低于", "不高于", "不少于", "不多于", "不超过")


def joined_value(op_texts: list[str], value: str, unit: str, as_written: bool = False) -> str:
    """指标性质/指标方向 + 指标值 + 度量单位 → one value ('≥','95','%' → '≥95%'; 定性 keeps the text).

    Polarity words (正向/反向) are not an operator: the operator comes from the column that holds one.
    The number is kept as written ('290.0', '44,561'); ``as_written`` (a copied text, read loose) keeps a comparison
    written in words too ('大于等于', as the real texts' gold reads it), a table's is its sign."""
    op_texts = [t for t in op_texts if t]
    if not op_texts and not unit:
        return value
    if any("定性" in t for t in op_texts):
        return value
    op = next((o for t in op_texts if (o := L.op_of(t))), None)
    if as_written:     # a copied text's comparison in words ('大于等于 | 98 | %') is kept as the text writes it
        op = next((w for t in op_texts if (w := L.clean_cell(t)) in _WORD_OPS), op)
    num = normalize(value).replace(" ", "")
    if re.fullmatch(r"-?\d+(?:,\d{3})*(?:\.\d+)?", num):
        return f"{op or ''}{num}{unit}"
    if unit and unit not in value:
        value = value + unit
    return f"{op or ''}{value}" if value else ""
