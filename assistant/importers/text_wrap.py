"""A table printed row by row with its cells wrapped: rows of cells again, for grid.extract.

A PDF-to-text tool prints a ruled table a row at a time: the first line of every cell of the row, then the
second lines of the cells that wrap, then the third lines… ('社会效益指 / 信访事项按 / ≥ / 95 / % / 标 /
期办结率'). Cells of a column merged over several rows are printed once, sometimes before the header's next
cell ('二级指标 / 数量指标 / 质量指标 / 三级指标 …': that column's first cells). This module rebuilds the rows
from the table's own header (the column roles, columns.column_role) and the kind of each line (kinds.cell_kind
and columns.CELL_FIT):
- a row's first lines fill its columns in order, each line the next column its kind fits (a merged or empty
  cell is skipped);
- the lines after them continue the cells in column order: a 二级 word completed ('社会效益指' + '标'), a
  value's unit ('≤7.2 万' + '元'), otherwise a name; a pass over the columns restarts when none is left;
- a level word starts a row; so does a text line followed by a value (its 二级 cell merged with the row above).
The rows are handed to the assembler under the table's header; a row that is not one a table could hold
(no name, no value, a value that is not a value) makes the whole table abstain: nothing guessed.
"""
from __future__ import annotations

import re

from ..lexicon import QUALITATIVE_OK
from ..textnum import normalize
from . import columns as C
from . import labels as L
from .cells import Cell, State, Table
from .kinds import SIGN_OFF, SIGNATURE_LINE, cell_kind
from .text_rows import width

_LEVEL_WORDS = tuple(C.LEVEL2) + tuple(C.LEVEL1) + tuple(C.LEVEL12) + tuple(C.LEVEL2_CANON)
_SUB = ("op", "value", "unit")               # the parts of a value printed as columns of their own
_END = SIGNATURE_LINE
_OPEN_VALUE = re.compile(r"(?:\d|[万千亿百平立公个人]|[≥≤<>=＜＞])$")      # a value its unit may still follow
_OPEN_DATE = re.compile(r"[\d年月日底末]$")                                     # a value a bound may still follow
_MAX_PARTS = 12                              # cells printed side by side on one line, at most
_OPEN_TEXT = re.compile(r"[，,、；;（(]$")
_VALUE_TAIL = re.compile(r"(?:月?底?前|以[内上下前后]|[内后]|左右|及以[上下])$")    # how a time or bound value ends


def _bare(line: str) -> str:
    return re.sub(r"\s", "", normalize(line))


def _cells(line: str) -> list[str]:
    """A line's cells: two cells printed on one line ('≥12 个月 可持续影', '65 岁及以上 ≥') are cut before a
    level word or its beginning, or a comparator or a standard ('计划标准') at the end; otherwise the line is one cell, its spaces dropped ('≤7.2 万元')."""
    parts = line.split()
    if len(parts) > _MAX_PARTS:      # a sentence or a long run of words, not a few cells side by side
        return [_bare(line)]
    for k in range(len(parts) - 1, 0, -1):
        rest = "".join(parts[k:])
        if C.level_word(rest) or _prefix(rest) or k == len(parts) - 1 and cell_kind(rest) in ("op", "std"):
            return _cells(" ".join(parts[:k])) + [_bare(rest)]
    return [_bare(line)]


def _prefix(text: str) -> str | None:
    """A level word cut by its cell's width ('社会效益指', '可持续影', '满意度指'; three characters or more): the
    level of the words it begins (L2 when they differ), else None."""
    if len(text) < 3 or C.level_word(text):
        return None
    kinds = {C.level_word(w) for w in _LEVEL_WORDS if w.startswith(text) and w != text} - {None}
    return (kinds.pop() if len(kinds) == 1 else "L2") if kinds else None


def _completes(head: str, rest: str) -> bool:
    joined = head + rest
    return C.level_word(joined) is not None or _prefix(joined)


def header(lines: list[str]) -> tuple[int, list[str], dict[int, list[str]]] | None:
    """(index of the first data line, the column roles, level words printed under a column before the next
    header cell) for the indicator header that starts at a '一级指标'/'二级指标'/'三级指标' line; None without one."""
    start = next((i for i, s in enumerate(lines) if C.column_role(s) in ("level1", "level2", "name")), None)
    if start is None:
        return None
    roles: list[str] = []
    heads: list[str] = []
    blocks: dict[int, list[str]] = {}
    last, i = start, start
    while i < len(lines):
        s = lines[i]
        role = C.column_role(s) if s else None
        if role:
            roles.append(role)
            heads.append(s)
            last = i
        elif s and C.level_word(s) and roles and roles[-1] in C.LEVEL_ROLES:
            if roles[-1] == "level2":   # (一级 cells merged over spans of rows: not rows, left to canon_levels)
                blocks.setdefault(len(roles) - 1, []).append(s)
        elif s and not (L.scope_hint(s) and "指标" in s and len(s) <= 8) and not _END.match(s):
            break
        i += 1
    # a value header over its parts printed as columns ('预期目标值' over 指标方向 / 数值 / 计量单位): the parts count
    keep = [k for k, r in enumerate(roles)
            if not (r == "value" and k + 1 < len(roles) and roles[k + 1] in _SUB and "value" in roles[k + 1:k + 4])]
    if not {"name", "value"} <= set(roles):
        return None
    blocks = {keep.index(k): v for k, v in blocks.items() if k in keep}
    # level words printed under the header's last cell are the first row's cells, not a block
    first = last + 1
    return first, [roles[k] for k in keep], blocks


def rows(lines: list[str], roles: list[str]) -> list[list[str]] | None:
    """The rows' cells (one text per column, '' when empty); None when a row's lines cannot be put in its cells
    in exactly one way (passes)."""
    out: list[list[str]] = []
    row: list[str] | None = None
    tail: list[str] = []         # the row's lines after its first lines: its cells' continuations
    ptr = 0                      # the next column a first line may fill

    pending: list[tuple[list[str], list[str]]] = []

    def close() -> bool:
        if row is None:
            return True
        if tail and not _assignments(row, roles, tail, any_one=True):
            return False
        pending.append((row, tail))
        return True
    for n, s in enumerate(lines):
        kind = (len(s) >= 4 and _prefix(s)) or cell_kind(s)     # ('满意度' alone: a name's rest as likely)
        if row is None or (kind in ("L1", "L2", "L12") and not any(r in C.LEVEL_ROLES for r in roles[ptr:])
                           and not (_continues_level(row, roles, s) and _assignments(row, roles, tail + [s], True, True))):
            if not close():
                return None
            row, ptr, tail = [""] * len(roles), 0, []
        j = _first_fit(roles, row, ptr, kind, s) if not tail else None
        if j is None and _new_row(lines, n, row + tail, roles) and not (
                any(row) and _assignments(row, roles, tail + lines[n:n + 2], any_one=True)):
            if not close():
                return None
            row, ptr, tail = [""] * len(roles), 0, []
            j = _first_fit(roles, row, 0, kind, s)
        if j is not None:
            row[j] = s
            ptr = j + 1
            continue
        if tail and _assignments(row, roles, tail, any_one=True) and not _assignments(row, roles, tail + [s], any_one=True) \
                and _first_fit(roles, [""] * len(roles), 0, kind, s) is not None:
            # no cell of the row can go on with it: the next row's first line, its level cells merged above
            if not close():
                return None
            row, ptr, tail = [""] * len(roles), 0, []
            j = _first_fit(roles, row, 0, kind, s)
            row[j] = s
            ptr = j + 1
            continue
        ptr = len(roles)         # the first lines are over: the rest continue the row's cells
        tail.append(s)
    if not close():
        return None
    # a column's width: its widest first line (first lines are no continuation)
    widths = [max((width(r[j]) for r, _ in pending), default=0.0) for j in range(len(roles))]
    for r, t in pending:
        done = passes(r, roles, t, widths)
        if done is None:
            return None
        out.append(done)
    return out


_SLACK = 1.5                     # CJK character widths a full line may fall short of the next
_MAX_TRIES = 20000               # assignments of a row's continuation lines tried, at most


def passes(row: list[str], roles: list[str], tail: list[str], widths: list[float] | None = None) -> list[str] | None:
    """The row's cells with their continuation lines. A PDF-to-text tool prints a row's cells wrapped over
    lines in passes: the second lines of the cells that wrap, in column order, then their third lines, and
    so on — each pass's columns in order, and among the previous pass's (a cell with no second line has no
    third), and a cell goes on only from a full line. Of the ways every line continues a cell it can continue,
    those that leave the fewest level words cut short, then with the fewest passes, count; they must all give
    the same cells (a level word cut short at the end completed when only one word begins so), else None:
    never a guess."""
    if not tail:
        return list(row)
    found = _assignments(row, roles, tail, widths=widths)
    if found is None:
        return None
    done = {tuple(_complete_level(c, r) for c, r in zip(cells, roles)) for cells in found}
    return list(done.pop()) if len(done) == 1 else None


def _assignments(row: list[str], roles: list[str], tail: list[str], level_last: bool = False,
                 any_one: bool = False, widths: list[float] | None = None) -> list[tuple[str, ...]] | None:
    """The cells of the best assignments of ``tail`` (see passes); with ``level_last`` the
    last line must continue a level word; with ``any_one`` the first found is enough. None when there is
    none or too many were tried."""
    best: list[tuple[int, int]] = [(len(roles) + 1, len(tail) + 1)]
    found: set[tuple[str, ...]] = set()
    tries = [0]

    def go(k: int, cells: list[str], narrow: tuple, lastw: tuple, allowed: frozenset, last: int, current: tuple,
           n_pass: int) -> None:
        tries[0] += 1
        if tries[0] > _MAX_TRIES or any_one and found:
            return
        if k == len(tail):
            key = (sum(1 for c, r in zip(cells, roles) if r in C.LEVEL_ROLES and c and not C.level_word(c)), n_pass)
            if key < best[0]:
                best[0] = key
                found.clear()
            if key == best[0]:
                found.add(tuple(cells))
            return
        line = tail[k]
        w = width(line)
        for new in (False, True):
            if new and not current:
                continue
            cols, after = (frozenset(current), -1) if new else (allowed, last)
            for j in sorted(cols):
                # a cell goes on to a next line only from a full one: none of its lines narrower than the next
                # (by more than a character and a digit: a line breaks at a word's end, '2025 年' / '12 月 15')
                # (and, the column's width known, none narrower than its widest first line by as much)
                if j <= after or narrow[j] < w - _SLACK or widths and lastw[j] < widths[j] - _SLACK \
                        or not _continues(cells, roles, j, line) \
                        or level_last and k == len(tail) - 1 and roles[j] not in C.LEVEL_ROLES:
                    continue
                nxt = list(cells)
                nxt[j] += line
                nw = narrow[:j] + (min(narrow[j], w),) + narrow[j + 1:]
                lw = lastw[:j] + (w,) + lastw[j + 1:]
                if new:
                    go(k + 1, nxt, nw, lw, cols, j, (j,), n_pass + 1)
                else:
                    go(k + 1, nxt, nw, lw, allowed, j, current + (j,), max(n_pass, 1))
    first = tuple(width(c) for c in row)
    go(0, list(row), first, first, frozenset(j for j, c in enumerate(row) if c), -1, (), 0)
    if tries[0] > _MAX_TRIES and not (any_one and found) or not found:
        return None
    return list(found)


def _complete_level(cell: str, role: str) -> str:
    """A level word cut short ('服务对象满意度指', its rest lost past the table's end) completed when exactly one
    level word begins so."""
    if role not in C.LEVEL_ROLES or not cell or C.level_word(cell) or not _prefix(cell):
        return cell
    words = {w for w in _LEVEL_WORDS if w.startswith(cell)}
    return words.pop() if len(words) == 1 else cell


def _first_fit(roles: list[str], row: list[str], ptr: int, kind: str, text: str) -> int | None:
    """The next column from ``ptr`` the line's kind fits; a level word the level column it fits best."""
    if kind in ("L1", "L2", "L12"):
        levels = [(C.fit(roles[j], kind, text) or 0, -j) for j in range(ptr, len(roles)) if roles[j] in C.LEVEL_ROLES]
        best = max(levels, default=(0, 0))
        return -best[1] if best[0] >= 1 else None
    for j in range(ptr, len(roles)):
        if roles[j] == "unit" and j and row[j - 1] and cell_kind(row[j - 1]) != "num":
            continue                 # a unit column beside a value that is not a bare number stays empty
        score = C.fit(roles[j], kind, text)
        if score is not None and score >= 1:
            return j
    return None


def _continues_level(row: list[str], roles: list[str], s: str) -> bool:
    return any(r in C.LEVEL_ROLES and row[j] and _prefix(row[j]) and _completes(row[j], s) for j, r in enumerate(roles))


def _new_row(lines: list[str], n: int, row: list[str], roles: list[str]) -> bool:
    """A text line that fits no column left, followed by a value that no cell of this row continues: the
    next row, its 二级 cell merged with the one above."""
    if not any(row) or any(_OPEN_TEXT.search(c) for c in row) or n + 1 >= len(lines) or cell_kind(lines[n]) not in ("short", "text", "valueish"):
        return False
    return cell_kind(lines[n + 1]) in ("value", "num", "op") or _whole_worded(lines[n + 1])


_DATE_REST = re.compile(r"(?=.)\d{0,2}(?:月\d{0,2})?日?(?:底|末|中旬|上旬|下旬)?(?:前|内|以前|之前)?")   # '12 月 15', '日前'


def _continues(row: list[str], roles: list[str], j: int, s: str) -> bool:
    """Whether line ``s`` can be the next line of the cell at ``j``: a level word's rest ('服务对象满意度指' +
    '标'), a value's unit or bound ('≤7.2 万' + '元', '2025 年' + '12 月 15' + '日前'), a value or a name cut
    inside its text; never a second value for a row."""
    r, cell = roles[j], row[j]
    if not cell:
        return False
    if _bare(s) in _LEVEL_WORDS and _bare(s).endswith("指标"):
        return False         # a whole level word starts a row of its own
    if r in C.LEVEL_ROLES:
        return bool(_prefix(cell)) and bool(_completes(cell, s))
    kind = cell_kind(s)
    if r == "value":
        if _OPEN_TEXT.search(cell):
            return True      # a value cut inside a sentence ('持续提升，' + '家庭医生签' + '约率≥40%')
        if (C.UNIT_WORD.match(s) and _OPEN_VALUE.search(cell)
                and not _unit_filled(row, roles, j) and _value_shape(cell + s)):
            return True
        if _OPEN_DATE.search(cell) and (_VALUE_TAIL.fullmatch(s) or _DATE_REST.fullmatch(s)):
            return True
        # a worded value cut inside its words ('每学期开' + '学后两个' + '月内'); one whole already ('明显改善',
        # '有效提升') goes on with no name's rest ('率')
        return cell_kind(cell) in ("short", "text") and kind in ("short", "text") and not _whole_worded(cell)
    if r == "name":       # (a worded value whole, '逐步完善', is the next row's value)
        return (kind not in ("value", "num", "op", "money", "valueish") and not _whole_worded(s)
                and not _VALUE_TAIL.fullmatch(s) and not _DATE_REST.fullmatch(s))    # ('月底前', '日前': a date's)
    return r in ("standard", "note") and cell_kind(cell) in ("text", "desc")


_WORDED = re.compile(r"(?:有效|明显|显著|进一步|稳步|逐步|不断|大幅|有所|持续|全面|稳定|合理|严格)?"
                     r"(?:加强|提升|提高|改善|增强|完善|推进|优化|巩固|深化|强化|好转|增长|下降|降低|减少|控制)|节约|不超预算|达标|合格")


def _whole_worded(cell: str) -> bool:
    return bool(_WORDED.fullmatch(_bare(cell)) or QUALITATIVE_OK.search(_bare(cell)))


def _unit_filled(row: list[str], roles: list[str], j: int) -> bool:
    """Whether the value at ``j`` has its unit in a column of its own (up to the next name column)."""
    for k in range(j + 1, len(roles)):
        if roles[k] == "name":
            return False
        if roles[k] == "unit" and row[k]:
            return True
    return False


def wrapped_table(text: str, where: str, cut: list[str] | None = None) -> Table | None:
    """The indicator table of a dump printed row by row, as a Table of [header] + rows; None when there is
    none or a row cannot be trusted. A last row the text may have cut short is left out and named in ``cut``."""
    lines = [p for x in text.replace("\r", "").split("\n") for p in _cells(x)]
    found = header(lines)
    if not found:
        return None
    first, roles, blocks = found
    body = []
    rest: list[str] = []
    for k, s in enumerate(lines[first:]):
        if _END.match(s) or SIGN_OFF.search(s) or (len(s) >= 4 and L.is_section(s)):
            rest = [x for x in lines[first + k + 1:] if x and not (_END.match(x) or SIGN_OFF.search(x) or re.search(r"[：:]", x))]
            break                          # ('指标' alone is a wrapped cell's rest, not a section)
        if s:
            body.append(s)
    got = rows(body, roles)
    if not got:
        return None
    if rest and cut is not None and not L.is_section(rest[0]):
        # lines under the signature line that are no signature: the table goes on past it (a page's foot
        # printed between), so its last row here may lack its rest — not read
        cut.append(" ".join(x for x in got.pop() if x))
        if not got:
            return None
    # a merged column's cells printed before the header's next cell fill the first rows without one
    # (one word for each row before the first with its own, or one word merged over all of them: any other
    # count is a pairing that would be guessed)
    for j, words in blocks.items():
        lead = next((k for k, r in enumerate(got) if r[j]), len(got))
        if lead != len(words) and len(words) != 1:
            return None
        for k in range(lead):
            got[k][j] = words[min(k, len(words) - 1)]
    level2 = [j for j, r in enumerate(roles) if r == "level2"]
    for k, r in enumerate(got):            # a 二级 cell merged over rows: printed in the first only
        for j in level2:
            if not r[j] and k:
                r[j] = got[k - 1][j]
    got = [r for r in got if any(r[j] for j, x in enumerate(roles) if x not in C.LEVEL_ROLES)]   # level words only: nothing to place
    if not got or not all(_plausible(r, roles) for r in got):
        return None
    head = [Cell(L.clean_cell(_HEAD[r]), k, where) for k, r in enumerate(roles)]
    return Table([head] + [[Cell(t, k, where) for k, t in enumerate(r)] for r in got])


_HEAD = {"level1": "一级指标", "level2": "二级指标", "name": "三级指标", "value": "指标值", "op": "指标方向", "unit": "计量单位",
         "score": "分值", "standard": "绩效标准", "note": "备注", "actual": "上年实际完成值"}


def _plausible(row: list[str], roles: list[str]) -> bool:
    """Each group of the row has a name that is not a level word or a number, and a value of a value's shape."""
    names = [row[j] for j, r in enumerate(roles) if r == "name"]
    levels = [row[j] for j, r in enumerate(roles) if r == "level2"]
    values = ["".join(row[k] for k in range(j - 1 if j and roles[j - 1] == "op" else j,
                                            j + 2 if j + 1 < len(roles) and roles[j + 1] == "unit" else j + 1))
              for j, r in enumerate(roles) if r == "value"]
    return (bool(names) and all(n and len(n) <= 30 and cell_kind(n) in ("short", "text", "valueish") for n in names)
            and all(v and _value_shape(v) for v in values) and all(C.level_word(x) and x.count("指标") == 1 for x in levels if x))


_DATE = re.compile(r"(?:(?:19|20)\d\d年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?(?:前|内|以前|之前)?")


def _value_shape(value: str) -> bool:
    """A value that opens with a comparator or a number goes on with a unit of the lexicon, a date or a
    bound ('≥6年', '≤1658元/亩', '2023年12月底前'); '≥6年年限' is a value and a name's rest run together."""
    m = re.fullmatch(r"(?:[≥≤<>=＜＞≈]|大于等于|小于等于|不低于|不高于|不少于|不超过|约)?\s*[-+]?(\d[\d,.]*)\s*(.*)", value)
    if not m:
        return True
    head, tail = m.group(1), m.group(2)
    return (not tail or bool(C.UNIT_WORD.fullmatch(tail)) or bool(_VALUE_TAIL.fullmatch(tail))
            or bool(C.UNIT_WORD.match(tail)) and bool(_VALUE_TAIL.fullmatch(C.UNIT_WORD.sub("", tail, 1)))
            or bool(_DATE.fullmatch(head + tail)) and bool(re.search(r"[年月日]", tail)))


def place(st: State, table: Table, where: str) -> int:
    """The table's rows placed by the assembler into a trial state; its indicators added to ``st``."""
    from .grid import extract
    trial = State(method=st.method)
    extract([table], method=st.method, st=trial)
    for ind in trial.indicators:
        st.provenance[f"indicators[{len(st.indicators)}]"] = where
        st.indicators.append(ind)
    return len(trial.indicators)
