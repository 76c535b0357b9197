"""Budget-detail and indicator tables in a PDF-to-text dump (text_dump): rows rebuilt only when they line up.

Budget tables printed one cell per line, a row per line with spaces, or the name and amount columns far
apart; indicator tables printed column by column (text_columns) or row by row (text_rows). A table whose
rows cannot be rebuilt reliably is left empty with a warning — never guessed.
"""
from __future__ import annotations

import functools
import re

from ..textnum import normalize, parse_period
from . import labels as L
from .cells import State
from .kinds import cell_kind
from .tables import stops_short
from .text_wrap import place, wrapped_table
from . import columns as C
from .text_columns import HEADERS, NotAligned, column_indicators, is_column_dump
from .text_grid import Piece
from .text_streams import stream_rows

BUDGET_HEADS = ["明细项目名称", "金额（万元）", "金额(万元)", "起止时间（年、月）", "起止时间", "费用名称", "明细项目", "支出项目"]
IND_HEADS = list(HEADERS)

def budget(st: State, flat: str) -> None:
    head = re.search(r"明细项目名称|明细名称", flat)
    total = re.search(r"合计", flat[head.end():]) if head else None
    if not total:
        return
    seg = flat[head.end():head.end() + total.start()]
    last = None
    for last in re.finditer(r"金额（万元）|金额\(万元\)|起止时间（年、月）|起止时间", seg):
        pass
    seg = seg[last.end():] if last else seg
    row = re.compile(r"([^\d\s~～][^\d~～]*?)\s*(-?\d+(?:\.\d+)?)\s*"
                     r"((?:19|20)\d\d[-.年]\d{1,2}月?\s*[~～至]\s*(?:19|20)\d\d[-.年]?\d{1,2}月?)?")
    rows = []
    for r in row.finditer(seg):
        name = r.group(1).strip()
        if L.field_of(name) or not name:
            continue
        rows.append((name, r.group(2), r.group(3) or ""))
    if rows and (printed := re.match(r"\s*(-?\d+(?:\.\d+)?)(?![\d.])", flat[head.end() + total.end():])):
        rows.append(("合计", printed.group(1), ""))    # the rows must make it
    _place(st, rows, 1.0, "文本 项目预算明细")
    _item_periods_block(st, flat)


_NUM_CELL = L.NUMBER_RE


@functools.lru_cache(maxsize=4)   # the budget readers below are tried in turn on the same text
def _norm_lines(text: str) -> tuple[str, ...]:
    return tuple(normalize(x).strip() for x in text.replace("\r", "").split("\n"))


def budget_grid(st: State, text: str, money: float) -> None:
    """A budget table printed one cell per line, row after row (header cells, then rows of as many cells, up to
    合计): the lines are cells of a plain text, folded into rows as any such text is (fold: rows only where one
    cut is best) and placed by the assembler (grid.extract). Taken only when every row has its amount.

    ``money`` is the page's unit (1e-4 when it says 元); an amount header with its own unit wins."""
    from .fold import fold
    from .tables import budget_header
    pieces = [Piece(x, n) for n, x in enumerate(_norm_lines(text), start=1) if x]
    tables = [b for b in fold(pieces)[0] if not b.loose and b.rows and budget_header(b.rows[0])]
    _place(st, tables[:1], money, "文本 项目预算明细（逐格）")


def budget_rows(st: State, text: str, money: float) -> None:
    """A budget table printed a row per line, its cells apart by spaces ('社会化聘用人员经费 24 2020-01~2020-12'):
    the dump's lines cut into cells as a plain text's rows are (text_grid.rows_of), the budget table among
    them found and placed by the assembler like any other table."""
    from .cells import Cell, Table
    from .tables import budget_header
    from .text_grid import rows_of
    rows = [[Cell(p.text, k, p.where) for k, p in enumerate(r)] for r in rows_of(text)]
    start = next((i for i, r in enumerate(rows) if len(r) > 1 and budget_header(r)), None)
    if start is None:
        return
    end = start + 1
    while end < len(rows) and not _ends_table(rows[end][0].text):
        end += 1
        if L.TOTAL_ROW_RE.fullmatch(rows[end - 1][0].text.replace(" ", "")):
            break
    _place(st, [Table(rows[start:end], loose=True)], money, "文本 项目预算明细（按行）", whole=True)


def _place(st: State, rows: list, money: float, where: str, whole: bool = False) -> None:
    """Budget rows handed to the assembler (grid.extract: amounts to 万元, periods, provenance): Tables, or
    (name, amount as printed, period) rows read from the text, placed under a header of those roles. Kept only
    when every row has its amount and, when the table prints its 合计, the rows make it; ``money`` is the unit of
    an amount header that names none. ``whole``: a row the assembler could not place keeps the whole table out."""
    from .grid import Cell, Table, extract
    if rows and not isinstance(rows[0], Table):
        head = [Cell("明细项目名称", 0, where), Cell("金额", 1, where), Cell("起止时间", 2, where)]
        rows = [Table([head] + [[Cell(n, 0, where), Cell(a, 1, where), Cell(p, 2, where)] for n, a, p in rows])]
    trial = State(method="text-dump", money=money, funding_seen=True)
    extract(rows, method="text-dump", st=trial)
    amounts = [it.get("amount") for it in trial.items]
    if whole and trial.unplaced:
        st.warnings.append(f"{where}中有无法拆分的行（{trial.unplaced[0]}），预算明细未导入（没有猜测）。")
        return
    if None in amounts or trial.budget_total and abs(sum(amounts) - trial.budget_total[0]) > 0.005 * max(1.0, trial.budget_total[0]):
        st.warnings.append(f"{where}的各行无法可靠还原（金额缺失，或与合计不符），预算明细未导入（没有猜测）。")
        return
    if trial.items:
        for k, item in enumerate(trial.items):
            at = trial.provenance.get(f"budget_items[{k}]", "")
            st.provenance[f"budget_items[{len(st.items)}]"] = where if at == where else f"{where}：{at}"
            st.items.append(item)


def budget_columns(st: State, text: str, money: float) -> None:
    """A budget table printed column by column: the name header with the names under it
    ('支出项目' / 聘用人员工资 / 社会保险及公积金 / 岗位津贴), and elsewhere the amount header with as
    many numbers under it ('金额（万元）' / 178.56 / 33.48 / 11.16). Taken only when the counts agree."""
    lines = _norm_lines(text)
    names: list[str] = []
    for i, line in enumerate(lines):
        if len(line) <= 12 and not L.field_of(line) and L.BUDGET_NAME_RE.fullmatch(L.norm_label(line)[0]):
            for x in lines[i + 1:]:
                if not x or L.field_of(x) or L.is_section(x) or _ends_table(x) or _NUM_CELL.search(x) or len(x) > 20:
                    break
                names.append(x)
            break
    if not names:
        return
    for i, line in enumerate(lines):
        if len(line) <= 12 and L.BUDGET_AMOUNT_RE.fullmatch(L.norm_label(line)[0]):
            nums = []
            for x in lines[i + 1:]:
                if not _NUM_CELL.fullmatch(x.replace(" ", "")):
                    break
                nums.append(x.replace(" ", ""))
            if len(nums) == len(names):
                _place(st, [(name, amount, "") for name, amount in zip(names, nums)], L.money_factor(line) or money,
                       "文本 项目预算明细（按列）")
                return


def _ends_table(line: str) -> bool:
    """A line that starts what follows a budget table: the indicator header, a section or a field label."""
    return (bool(re.search(r"指标|项目绩效", line[:8])) or L.is_section(line) or bool(L.field_of(line))
            or bool(L.field_of(line.split()[0] if line.split() else "")))


_ITEM_PERIOD = r"(?:19|20)\d\d[-.年]\d{1,2}月?\s*[~～至]\s*(?:19|20)\d\d[-.年]?\d{1,2}月?"


def _item_periods_block(st: State, flat: str) -> None:
    """Column-ordered dumps print the items' 起止时间 as their own block after the label: when that
    block has exactly one period per item (and the items have none yet), assign them in order."""
    if not st.items or any(it.get("start") for it in st.items):
        return
    for label in re.finditer(r"起止时间（年、?\s*月）", flat):
        block = re.match(r"\s*((?:" + _ITEM_PERIOD + r"\s*)+)", flat[label.end():])
        periods = re.findall(_ITEM_PERIOD, block.group(1)) if block else []
        if len(periods) == len(st.items):
            for it, p in zip(st.items, periods):
                s, e = parse_period(p)
                it["start"], it["end"] = s or "", e or ""
            return


_L1 = re.compile("^(?:" + "|".join(C.LEVEL1 + C.LEVEL12) + ")$")                  # the table lexicon's level words
_L2 = re.compile("^(" + "|".join(C.LEVEL2 + C.LEVEL12) + ")")


_VALUE_HEAD = re.compile(r"(?:预期)?(?:目标|指标)值(?:及(?:计量)?单位)?")
_STANDARD_HEAD = re.compile(r"(?:绩效|评价|评分)标准")        # a 湘潭-style column after 指标值, one word a row
_STANDARD_CELL = re.compile(r"(?:计划|行业|历史|其他|经验)标准")
_VALUE_PART_HEAD = re.compile(r"(?:指标)?(?:方向|性质)|数值|(?:计量|度量)?单位|(?:年度)?目标值|指标值")
OP_LINE = re.compile(r"[≥≤=＝<>＜＞]|大于等于|小于等于|不低于|不高于|不少于|不超过|大于|小于|等于")
_NUMBER_LINE = re.compile(r"-?\d+(?:\.\d+)?")
_UNIT_LINE = re.compile(r"%|％|‰|(?:万|千)?元(?:/[^\s]{1,4})?|个?月|天|日|小时|周|人次?|个|次|年|项|家|台|套|公里|千米|米|亩|吨|户|所|"
                        r"篇|份|册|场|期|批|分|件|辆|座|处|株|棵|平方米|㎡|立方米|万人次|万元/[^\s]{1,4}|学时|课时|床|间|条|张|本|元/人·?月")


def merge_split_values(text: str) -> str:
    """A table whose 指标值 is printed as three columns (方向 | 数值 | 单位) as one 指标值 column:
    the header's 预期目标值 + 指标方向 + 数值 + 计量单位 lines become '指标值', and a row's '≥' / '98' / '%'
    lines become '≥98%'. Only an operator line directly followed by a number line is merged, with a
    following line only when it is a unit; anything else is left as printed."""
    lines = text.replace("\r", "").split("\n")
    at = next((k for k, x in enumerate(lines) if _VALUE_HEAD.fullmatch(x.strip())), None)
    if at is not None and at + 1 < len(lines) and _STANDARD_HEAD.fullmatch(lines[at + 1].strip()):
        # the 绩效标准 column says where a target comes from, not what it is: not part of a row
        lines = lines[:at + 1] + [x for x in lines[at + 2:] if not _STANDARD_CELL.fullmatch(x.strip())]
    out: list[str] = []
    i = 0
    while i < len(lines):
        here = lines[i].strip()
        split_head = i + 1 < len(lines) and _VALUE_PART_HEAD.fullmatch(lines[i + 1].strip())
        if _VALUE_HEAD.fullmatch(here) and here != "指标值" and not split_head:   # 指标值及单位 → 指标值
            out.append("指标值")
            i += 1
            continue
        if _VALUE_HEAD.fullmatch(here):
            j = i + 1
            while j < len(lines) and j - i <= 4 and _VALUE_PART_HEAD.fullmatch(lines[j].strip()):
                j += 1
            if j - i >= 3:
                out.append("指标值")
                i = j
                continue
        if OP_LINE.fullmatch(here) and i + 1 < len(lines) and _NUMBER_LINE.fullmatch(lines[i + 1].strip()):
            value = here + lines[i + 1].strip()
            i += 2
            if i < len(lines) and _UNIT_LINE.fullmatch(lines[i].strip()):
                value += lines[i].strip()
                i += 1
            out.append(value)
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


_OPERATORS = re.compile(r"[≥≤=＝<>＜＞]")


def _plausible_row(row: dict) -> bool:
    """A row a table could hold: a name of at most 30 characters with no level word or signature line in
    it, and one value (at most one comparison sign)."""
    name, value = row.get("name", ""), row.get("value", "")
    return (0 < len(name) <= 30 and not re.search(r"[产效]出?益?指标|满意度指标|填表|填报|负责人[：:]", name)
            and len(_OPERATORS.findall(value)) <= 1 and len(value) <= 40
            and len(re.findall(r"[\u4e00-\u9fff]", name)) >= 2       # a name, not '10', '≤', '正向' or '万元'
            and cell_kind(name) not in ("op", "num", "money", "unit", "head")
            and cell_kind(value) not in ("op", "head") and not re.search(r"计量单位|测算依据|权重|指标值", value))


def indicators(st: State, text: str) -> None:
    before = len(st.indicators)
    _indicators(st, text)
    _stops_inside(st, text, before)


def _stops_inside(st: State, text: str, before: int) -> None:
    """The text ends on the last indicator read, with a value odd against the rows above it (tables.stops_short: a
    bare number where they all print a unit): the copy stopped inside that row, which is left unread with a warning."""
    lines = [x.strip() for x in text.replace("\r", "").split("\n") if x.strip()]
    if len(st.indicators) - before < 3 or not lines:
        return
    ind = st.indicators[-1]
    tail = re.sub(r"\s", "", normalize("".join(lines[-2:])))
    value = re.sub(r"\s", "", normalize(ind["value"]))
    if not (value and tail.endswith(value) and ind["name"] and re.sub(r"\s", "", ind["name"]) in tail) or \
            not stops_short(ind["value"], [x["value"] for x in st.indicators[before:-1]]):
        return
    st.indicators.pop()
    st.provenance.pop(f"indicators[{len(st.indicators)}]", None)
    st.warnings.append(f"文本在最后一行“{ind['name'][:20]} {ind['value']}”处中断（指标值没有同列其他行都有的计量单位，"
                       "像是复制时截断），这一行未读取，请核对原表。")
    st.unplaced.append(f"{ind['name']} {ind['value']}（文本末尾，在此中断）")


def _indicators(st: State, text: str) -> None:
    cut: list[str] = []
    table = wrapped_table(text, "文本 项目绩效指标（按行还原）", cut)
    if table is not None and place(st, table, "文本 项目绩效指标（按行还原）"):
        for row in cut:
            st.rows_unread += 1
            st.warnings.append(f"文本中的绩效指标表在签名行之后还有内容（像是跨页），最后一行“{row[:40]}”可能不完整，"
                               "未读取（待核实），请核对原表。")
            st.unplaced.append(f"{row[:60]}（文本 项目绩效指标，跨页处）")
        return
    before, warned = len(st.indicators), len(st.warnings)
    merged = merge_split_values(text)
    if is_column_dump(merged):
        _column_indicators(st, merged)
    else:
        _row_indicators(st, merged)
    if len(st.indicators) == before:
        _stream_indicators(st, text, warned)


def _stream_indicators(st: State, text: str, warned: int) -> None:
    """The table's cells as streams, rows made by the kind of each value (text_streams); when they are,
    the other readers' warnings are dropped."""
    try:
        rows = stream_rows(text)
    except NotAligned:
        return
    del st.warnings[warned:]
    _place_indicators(st, rows, "文本 项目绩效指标（按值的类型还原）")


def _column_indicators(st: State, text: str) -> None:
    """A dump that printed the indicator table column by column (text_columns); nothing when not alignable."""
    try:
        rows = column_indicators(text)
    except NotAligned as e:
        st.warnings.append(f"文本中的绩效指标表是按列输出的，{e}，指标未导入（没有猜测）。"
                           "请用 Word/Excel/PDF 原件导入，或在表单中补填绩效指标。")
        return
    _place_indicators(st, rows, "文本 项目绩效指标（按列还原）")


def _row_indicators(st: State, text: str) -> None:
    """Row-ordered dumps (the seed's style): blocks between blank lines, level words as anchors.
    When a row it builds is not one a table could hold, none are kept (never a guess)."""
    rows = _row_blocks(text)
    if any(not _plausible_row(r) for r in rows):
        st.warnings.append("文本中的绩效指标表无法可靠地拆分成行，指标未导入（没有猜测）。"
                           "请用 Word/Excel/PDF 原件导入，或在表单中补填绩效指标。")
        return
    _place_indicators(st, rows, "文本 项目绩效指标")


def _place_indicators(st: State, rows: list[dict], where: str) -> None:
    """Indicator rows rebuilt from the dump, placed by the assembler (grid.extract) under the table's header."""
    from .grid import Cell, Table, extract
    head = [Cell(w, k, where) for k, w in enumerate(IND_HEADS)]
    cells = [[Cell(r[k], n, where) for n, k in enumerate(("level1", "level2", "name", "value"))] for r in rows]
    trial = State(method="text-dump")
    extract([Table([head] + cells)], method="text-dump", st=trial)
    for ind in trial.indicators:
        st.provenance[f"indicators[{len(st.indicators)}]"] = where
        st.indicators.append(ind)


def _row_blocks(text: str) -> list[dict]:
    t = text.replace("\r", "")
    start = t.find("指标值")
    if start < 0:
        return []
    body = re.split(r"部门负责人|填报人", t[start + 3:])[0]
    blocks = [re.sub(r"\s*\n\s*", "", b).strip() for b in re.split(r"\n\s*\n", body)]
    blocks = [b for b in blocks if b and b not in IND_HEADS and not re.fullmatch(r"(?:[二三]级指标|指标值)(?:\s+\S+)*", b)]
    level1 = level2 = ""
    pending: list[str] = []
    rows: list[dict] = []
    for b in blocks:
        compact = b.replace(" ", "")
        if _L1.match(compact):
            level1, level2, pending = compact, "", []
            continue
        m = _L2.match(compact)
        if m:
            level2, pending = m.group(1), []
            rest = re.sub(_L2, "", compact)
            rest = re.sub(r"^(?:" + re.escape(m.group(1)) + ")+", "", rest)
            if not rest:
                continue
            b = rest
        if not level2 and not level1:
            continue
        if b.startswith(("（", "(")) and pending:
            pending[-1] += b
            continue
        if b.startswith(("=", "＝")) and not pending and rows:
            rows[-1]["value"] += b.replace(" ", "")
            continue
        pair = re.fullmatch(r"(\S+)\s+(-?\d+(?:\.\d+)?%?\S*)", b)
        if pair and not pending:
            rows.append(_row(level1, level2, pair.group(1), pair.group(2)))
            continue
        pending.append(b)
        if len(pending) == 2:
            rows.append(_row(level1, level2, pending[0], pending[1]))
            pending = []
    return rows


def _row(level1: str, level2: str, name: str, value: str) -> dict:
    if level1 == "效益指标" and level2 in ("数量指标", "质量指标", "时效指标", "成本指标"):
        level1 = "产出指标"
    return {"level1": level1 or "产出指标", "level2": level2, "name": name, "value": value.replace(" ", "")}
