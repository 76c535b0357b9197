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

import itertools
import re

from ..textnum import normalize, parse_number
from . import columns as C
from . import labels as L
from .align import Columns, canonical, header_columns, ordinal, segment
from .cells import Cell, Table
from .kinds import SCI, SENTENCE, cell_kind, ends_table, field_kind, fits, fits_field
from .tables import split_funding, stops_short
from .text_grid import Piece, split_data

_STAMP = re.compile(r"[（(]\s*(?:盖章|签字|签章)\s*[)）]")     # '填报单位（盖章）': its value is a stamp, not text
_FOOTNOTE = re.compile(r"^(?:注|说明|备注|填表说明|填报说明)\s*[:：]")


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
    if (areas := _area_heads(pieces, i, heads)) is not None:
        return areas[0], "ind", areas[1]
    if "value" in roles and ("name" in roles or "level2" in roles) and len(heads) >= 3:
        return i, "ind", heads
    broles = [C.budget_role(p.text) for p in heads]
    if "bname" in broles and "amount" in broles and len(heads) >= 2:
        return i, "budget", heads
    if start != i and heads and not roles:
        return None
    return None


def _area_heads(pieces: list[Piece], i: int, heads: list[Piece]) -> tuple[int, list[Piece]] | None:
    """An indicator header whose targets are printed once per area ('三级指标 | 指标解释 | 指标方向 | 笏石街道办 | 埭头镇',
    '… | 区域 | 目标值 | 新罗区 | 永定区 | …'), the first row's level word right after the areas: (index after the
    header, its heads with the area columns as one implied 指标值 head that knows how many areas it stands for). A cell
    holding one area path ('西坪镇尧山村') is one column; areas of one tier run together ('笏石街道办埭头镇') are several;
    a cell of any other mix leaves their number unsure (fold._area_values then reads no digits run together)."""
    roles = [C.column_role(p.text) for p in heads]
    if "name" not in roles or not heads:
        return None
    if roles[-1] == "value":                   # '目标值' heading the area columns
        heads, roles = heads[:-1], roles[:-1]
    if "value" in roles:
        return None
    k = i
    while k < len(pieces) and k - i < 2 and (C.AREA_GROUP.fullmatch(re.sub(r"\s", "", pieces[k].text))
                                            or C.column_role(pieces[k].text) == "value"):
        k += 1
    cells: list[list[tuple[str, int]]] = []
    while k < len(pieces) and (names := C.area_names(pieces[k].text)):
        cells.append(names)
        k += 1
    if not cells or k >= len(pieces) or not C.level_word(pieces[k].text):
        return None
    count, sure = 0, True
    for names in cells:
        tiers = [t for _, t in names]
        if len(cells) > 1 and all(a < b for a, b in zip(tiers, tiers[1:])):
            count += 1                         # a place within a place: one column
        elif len(set(tiers)) == 1:
            count += len(names) if len(cells) == 1 or len(names) > 1 else 1
        else:
            count, sure = count + len(names), False
    if count < 2:
        return None
    return k, heads + [Piece("指标值", heads[-1].line, implied=True, areas=count, areas_sure=sure)]


_LEAD_OP = re.compile(r"(?:>=|<=|[≥≤<>=＜＞≧≦﹦═])")
_VALUE_KINDS = ("value", "num", "op", "money")


def _area_values(data: list[Piece], head: Piece, has_op: bool) -> list[Piece]:
    """The values of one column per area folded into the row's one target: where every area's column states the same
    value ('≤' / '100%' / '100%'; '≥11' under two areas: 1 and 1), that value once (after its sign, a piece of its own
    when the table has a 指标方向 column); where they differ, are fewer than the areas, or digits run together split into
    the areas in more than one way ('2312222' under seven: 2 3 1 2 2 2 2; '1010' under two), one piece marked mixed,
    whose row is left out — with no total column no single target can be told (real_more3 303)."""
    out: list[Piece] = []
    n = 0
    while n < len(data):
        if cell_kind(data[n].text) not in _VALUE_KINDS:
            out.append(data[n])
            n += 1
            continue
        e = n
        while e < len(data) and cell_kind(data[e].text) in _VALUE_KINDS:
            e += 1
        run = data[n:e]
        texts = [p.text.strip() for p in run]
        op = ""
        if cell_kind(texts[0]) == "op":
            op, texts = texts[0], texts[1:]
        ops = {m.group(0) for t in texts if (m := _LEAD_OP.match(t))}
        values = [_LEAD_OP.sub("", t, count=1) for t in texts]
        if op or len(ops) == 1 and all(_LEAD_OP.match(t) for t in texts[:1]):
            op = op or next(iter(ops))
        if len(ops) > 1 or ops and op and ops != {op}:
            values = []                              # signs that differ
        if len(values) == head.areas:
            vals = values
        elif len(values) == 1 and head.areas_sure and re.fullmatch(r"\d+", values[0]):
            vals = _split_digits(values[0], head.areas)
        else:
            vals = None
        first = run[0]
        if vals and len(set(vals)) == 1 and vals[0]:
            if op and has_op:
                out.append(Piece(op, first.line, run=first.run, lined=first.lined))
                out.append(Piece(vals[0], first.line, cut=run[-1].cut, run=first.run, lined=first.lined))
            else:
                out.append(Piece(op + vals[0], first.line, cut=run[-1].cut, run=first.run, lined=first.lined))
        else:
            out.append(Piece("".join(p.text.strip() for p in run), first.line, cut=run[-1].cut, run=first.run,
                             lined=first.lined, mixed=True))
        n = e
    return out


def _split_digits(s: str, k: int) -> list[str] | None:
    """Digits run together from k columns cut into k numbers (no leading zero): the cut when there is exactly one."""
    from itertools import combinations
    if len(s) < k or len(s) > 4 * k:
        return None
    found = None
    for cuts in combinations(range(1, len(s)), k - 1):
        parts = [s[a:b] for a, b in zip((0,) + cuts, cuts + (len(s),))]
        if all(p == "0" or not p.startswith("0") for p in parts):
            if found is not None:
                return None
            found = parts
    return found


# one amount as printed: no leading zero, thousands apart by commas or not, decimals or not
_AMOUNT = re.compile(r"(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?")
_MONEY_UNIT = re.compile(r"\s*(?:万元|万|元)\s*|\s+")
RUN_CUTS = 5000           # ways of cutting one run of digits tried at most (a longer run is not read)


def _cuts(s: str, n: int) -> list[list[str]]:
    """Every way to cut a run of digits and points into n amounts."""
    from itertools import combinations
    if not 1 <= n <= len(s):
        return []
    out = []
    for k, cuts in enumerate(combinations(range(1, len(s)), n - 1)):
        if k > RUN_CUTS:
            return []
        parts = [s[a:b] for a, b in zip((0,) + cuts, cuts + (len(s),))]
        if all(_AMOUNT.fullmatch(p) for p in parts):
            out.append(parts)
    return out


def _one_format(nums: list[str]) -> bool:
    """The amounts of one row are printed alike: every one as short as it goes ('22.32', '0'), or every one with the
    same places after the point ('22.32', '0.00')."""
    places = {len(x.split(".")[1]) if "." in x else 0 for x in nums}
    return all(not ("." in x and x.endswith("0")) for x in nums) or len(places) == 1


def sum_cut(text: str, k: int) -> list[str | None] | None:
    """Amounts run together under k heads whose first is the sum of the others ('资金总额 / 上年结转 / 当年财政拨款 /
    其他资金 / 223.2万22.32200.880'): the one reading, with the parts' blank cells (None) allowed, in which the first
    amount is the sum of the rest and all are printed alike; None when no reading or more than one is."""
    chunks = [c for c in _MONEY_UNIT.split(text.strip()) if c]
    if not chunks or k < 2 or not all(re.fullmatch(r"[\d.,]+", c) for c in chunks):
        return None
    from itertools import combinations, product
    found: set[tuple] = set()
    for n in range(max(2, len(chunks)), k + 1):
        # the n amounts: each chunk cut into one or more of them, in order
        splits = []
        for sizes in product(range(1, n + 1), repeat=len(chunks)):
            if sum(sizes) != n:
                continue
            per = [_cuts(c, m) for c, m in zip(chunks, sizes)]
            splits += [sum(parts, []) for parts in product(*per)]
        for nums in splits:
            if not _one_format(nums):
                continue
            vals = [float(x.replace(",", "")) for x in nums]
            if abs(vals[0] - sum(vals[1:])) > 0.005:
                continue
            for where in combinations(range(1, k), n - 1):       # which parts were printed
                row: list[str | None] = [nums[0]] + [None] * (k - 1)
                for j, x in zip(where, nums[1:]):
                    row[j] = x
                found.add(tuple(row))
                if len(found) > 1:
                    return None
    return list(found.pop()) if found else None


def _headerless_at(pieces: list[Piece], i: int) -> tuple[int, str, list[Piece]] | None:
    """An indicator table whose header is not one (a tree of level words, names and values, or a header of
    other words: '项目 / 指标值 / 绩效金额'): level words, then a name and its value. Its rows are read under the
    template's four columns (一级 / 二级 / 三级 / 指标值) — a row that does not fit them is not read."""
    if not C.level_word(pieces[i].text):
        return None
    k = i
    while k < len(pieces) and C.level_word(pieces[k].text):
        k += 1
    if k + 1 >= len(pieces) or k - i > 2:
        return None
    name, value = cell_kind(pieces[k].text), cell_kind(pieces[k + 1].text)
    if name not in ("short", "text") or value not in ("value", "valueish") or header_at(pieces, k) is not None:
        return None
    return i, "ind", [Piece(w, pieces[i].line, implied=True) for w in C.IMPLIED_HEADS]


def _section_score(pieces: list[Piece], end: int, heads: list[Piece]) -> Piece | None:
    """A self-evaluation's header (it has a column of what was done) with no 分值 word, followed by a whole number up
    to 100 before any level word: that number is the section's score printed in the header row of an unlabelled
    score column, and every row ends with its own score ('年度指标值 / 实际完成指标值 / 50 / 产出指标 / …'). The
    column is supplied (implied) so that the rows' scores are placed there, never read as targets."""
    roles = [C.column_role(h.text) for h in heads]
    if "actual" not in roles or "score" in roles or end + 1 >= len(pieces):
        return None
    t = pieces[end].text.strip()
    if re.fullmatch(r"\d{1,3}", t) and int(t) <= C.SCORE_MAX and C.level_word(pieces[end + 1].text):
        return Piece("分值", pieces[end].line, implied=True)
    return None


def _ends(p: Piece, kind: str, before: Piece | None = None) -> bool:
    """The table ends at this cell (kinds.ends_table) — but right after a level word a cell is that row's name,
    even one worded like a label ('成本指标 / 项目金额 / 5万元'); a budget table ends at any label or level word."""
    t = p.text
    if before is not None and kind == "ind" and C.level_word(before.text) and not C.level_word(t) \
            and cell_kind(t) not in ("head", "value", "num", "op"):
        return False
    if ends_table(t):
        return True
    if kind == "budget" and (L.field_of(t) or C.level_word(t) or C.column_role(t) in ("level1", "level2", "name")):
        return True
    return False


def first_form(pieces: list[Piece]) -> tuple[list[Piece], str | None]:
    """A page with several projects, each its own form: the pieces of the first one, and a note naming where the
    next begins. The next form begins where a project-name label comes again after an indicator table, back
    over the cells it repeats from the first form's head (title, 编制单位, 单位:万元…)."""
    # a 项目名称 that heads a table's column (an allocation table: 序号 / 乡镇名称 / 项目名称 / 金额) is no form's label
    names = [n for n, p in enumerate(pieces) if L.field_of(p.text) == "project_name" and header_at(pieces, n) is None]
    if len(names) < 2:
        return pieces, None
    a = names[0]
    table = next((k for k in range(a, names[-1]) if header_at(pieces, k)), None)
    b = next((n for n in names[1:] if table is not None and n > table), None)
    if b is None:       # a form's title printed again after the first form's name label: the next form's head
        title = next((k for k in range(a + 1, names[-1]) if _TITLE_ENDS.search(pieces[k].text)), None)
        b = next((n for n in names[1:] if title is not None and n > title), None)
    if b is None:
        return pieces, None
    head = {p.text for p in pieces[:a]}
    while b - 1 > a and pieces[b - 1].text in head:
        b -= 1
    return pieces[:b], f"文本中有不止一个项目的表，只读取了第一个；{pieces[b].where}起的其他项目未导入。"


# a form's title ending its cell ('…改进措施 财政项目支出绩效自评表 (2022年度)': a scrambled page's next form begins), not
# a sentence's word ('按绩效目标表填报。')
_TITLE_ENDS = re.compile(r"(?:绩效目标|绩效自评|目标自评|目标申报|目标批复)(?:申报)?表\s*(?:[（(]\s*(?:19|20)\d\d\s*年度?\s*[)）])?\s*$")


# a heading that names a project and says its targets follow ('某某服务项目项目绩效目标'); not a form's title
# ('…项目支出绩效目标表') nor a page's ('…项目绩效目标情况')
_PROJECT_TITLE = re.compile(r"(?:\d{4}年度?)?(.{2,40}?项目)(?:项目)?(?:绩效目标|绩效目标及指标)")


def titled_projects(pieces: list[Piece]) -> list[Piece]:
    """A page of projects each headed by its name ('3岁以下婴幼儿照护服务项目项目绩效目标' / (一)中长期绩效目标 / …) and
    no 项目名称 label anywhere: each such heading is that project's name, so that the second one starts another form
    (first_form) and ends the table before it."""
    if any(L.field_of(p.text) == "project_name" for p in pieces):
        return pieces
    out: list[Piece] = []
    for p in pieces:
        m = _PROJECT_TITLE.fullmatch(p.text.strip())
        if m and not p.run and not L.field_of(m.group(1)):
            out += [Piece("项目名称", p.line), Piece(m.group(1), p.line)]
        else:
            out.append(p)
    return out


def fold(pieces: list[Piece]) -> tuple[list, list[str], set[str]]:
    """Table blocks for grid.extract, warnings for tables whose rows could not be cut unambiguously, and the
    label keys whose values are in the text but could not be paired with them (unread, not missing)."""
    blocks: list = []
    warnings: list[str] = []
    pieces, more = first_form(titled_projects(pieces))
    if more:
        warnings.append(more)
    unread: set[str] = set()
    mixed: set[str] = set()      # goals whose cell mixes the target with what was done: unread wherever else a label pairs
    kv: list[Piece] = []
    i = 0
    while i < len(pieces):
        head = header_at(pieces, i) or _headerless_at(pieces, i)
        if head is None:
            kv.append(pieces[i])
            i += 1
            continue
        blocks.append(Table(kv_rows(kv, unread, mixed), loose=True))
        kv = []
        end, kind, heads = head
        if kind == "ind" and (score := _section_score(pieces, end, heads)):
            heads, end = heads + [score], end + 1
        j = end
        data: list[Piece] = []
        total: list[Piece] = []
        while j < len(pieces) and not _ends(pieces[j], kind, pieces[j - 1]) and header_at(pieces, j) is None \
                and not (data and data[-1].col is not None and pieces[j].col is None):   # past a glued table's rows
            if kind == "budget" and L.TOTAL_ROW_RE.fullmatch(pieces[j].text.replace(" ", "")):
                total = pieces[j:j + 2]
                j += 2
                break
            if cell_kind(pieces[j].text) != "head" and not (kind == "ind" and _table_heading(pieces[j].text)):
                data.append(pieces[j])
            j += 1
        data = _resplit(data)
        if kind == "budget" and (data := _glued_budget(heads, data, total)) is None:
            warnings.append(f"文本中的预算明细表（{heads[0].where}起）无法可靠地拆分成行，未导入（没有猜测）。")
            kv += pieces[end:j]
            i = j
            continue
        if kind == "ind" and (area := next((h for h in heads if h.areas), None)):
            data = _area_values(data, area, any(C.column_role(h.text) == "op" for h in heads))
        if kind == "budget":
            data = _join_numbered(data)
        if kind == "ind":
            data = _level_scores(data)
        if kind == "ind" and any(C.column_role(h.text) == "score" for h in heads):
            data = _unglue_scores(data)
        if kind == "ind" and any(C.column_role(h.text) == "actual" for h in heads):
            data = _undouble(data)
        tail: list[Piece] = []
        if kind == "ind":
            data, tail = _before_footer(data)      # what follows the table's total is read as labels and values
        cut = bool(data) and data[-1].cut
        if cut and cell_kind(data[-1].text) in ("num", "value", "op", "valueish"):
            data = data[:-1]
        read = _table_rows(heads, data, kind)
        floor = max(1, len(data) - len(heads))
        while cut and read is None and len(data) > floor:
            data = data[:-1]         # the copy stops inside the last row: cut back to a row that reads
            read = _table_rows(heads, data, kind)
        if (read is None or len(read) > 2) and kind == "ind" and not cut and j >= len(pieces) and not more:
            read = _stopped_in_row(heads, data, warnings) or read
        if read is not None and len(read) > 2:
            unread.add("indicators")
            warnings.append(f"文本中的绩效指标表（{heads[0].where}起）有 {len(read[2])} 行未导入（没有猜测）："
                            + "；".join(read[2][:4]) + ("等。" if len(read[2]) > 4 else "。"))
            read = read[:2]
        words, rows = read if read is not None else ([], None)
        if rows and kind == "ind" and _glued_scores(heads, words, rows):
            rows = None              # a self-evaluation's numbers still run together: its cells were not cut apart
        if rows and not cut and kind == "ind" and j >= len(pieces) and not more and not _has_value(rows[-1], words):
            cut = True               # the text ends in the table on a row with a name and no value: cut there
        if rows and not cut and kind == "ind" and j >= len(pieces) and not more \
                and stops_short(_value_of(rows[-1], words), [_value_of(r, words) for r in rows[:-1]]):
            cut = True               # ... or on a bare number where the rows above all print a unit: cut inside it
        if rows and cut:             # the last row's cells are not all there
            whole = _whole_groups(rows[-1], words)
            if whole:                # the copy stopped in a later column group (年度 after 中期): the groups before it stay
                warnings.append(f"文本在“{' '.join(c.text for c in rows[-1] if c not in whole)[:30]}”处中断，"
                                "这一行中断处所在的一组（列组）未读取。")
                rows = rows[:-1] + [whole]
            else:
                if rows[-1]:
                    warnings.append(f"文本在“{' '.join(c.text for c in rows[-1])[:30]}”处中断，这一行未读取。")
                rows = rows[:-1]
        if rows and total[1:] and any(p.run for p in data) and not _adds_up(rows, words, total[1].text):
            rows = None              # amounts cut out of digits run together that do not make the 合计: not guessed
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
        kv += tail
        i = j
    blocks.append(Table(kv_rows(kv, unread, mixed), loose=True))
    # a label left without its value in one place ('1.预算数:2021年,包含…' in a report's prose) that takes one of its
    # kind in another (the form's '年度资金总额 | 2118') is read there: not unread
    paired = {L.field_of(r[0].text) for b in blocks for r in b.rows
              if len(r) == 2 and r[1].text.strip() and L.field_of(r[0].text) and _fits(Piece(r[0].text, 0), Piece(r[1].text, 0))}
    return blocks, warnings, (unread - paired) | mixed


def _stopped_in_row(heads: list[Piece], data: list[Piece], warnings: list[str]) -> tuple | None:
    """The text ends inside the table on cells that cannot be cut into rows with the rest ('… 6篇 / 产出指标 / 数量指标 /
    人口普查两员业务培', the copy cut in a name: which column group the cut row is in is not printed): when fewer cells
    than the header has follow the last value, they are a row the copy stopped in — the rows up to that value are read
    if they cut unambiguously, the stopped row is not (a warning names it)."""
    last = max((n for n, p in enumerate(data) if cell_kind(p.text) in ("value", "num", "valueish")), default=-1)
    if last < 0 or not 0 < len(data) - 1 - last < len(heads):
        return None
    read = _table_rows(heads, data[:last + 1], "ind")
    named = lambda r: any(C.column_role(read[0][c.col]) == "name" for c in r if c.col < len(read[0]))    # noqa: E731
    if read is not None and len(read) == 2 and all(_has_value(r, read[0]) for r in read[1] if named(r)):
        # every row before the stopped one read, each with its target
        warnings.append(f"文本在“{' '.join(p.text for p in data[last + 1:])[:30]}”处中断，这一行未读取。")
        return read
    return None


# a level cell's share of the score printed on a line of its own after the level word ('产出指标 / (50)', '效益指标 /
# 30分)' with its open bracket lost): part of that level cell, never a row's name
_LEVEL_SCORE = re.compile(r"\s*[（(]?\s*(\d{1,3})\s*(分)?\s*[)）]?\s*")


def _level_scores(data: list[Piece]) -> list[Piece]:
    """'产出指标 / (50)': the bracketed score (or one with 分) joins the level word before it, '产出指标(50分)', which is that
    level word (columns.level_word); a bare number after a level word stays a cell (it may be a row's value)."""
    out: list[Piece] = []
    for p in data:
        m = _LEVEL_SCORE.fullmatch(p.text)
        if m and out and C.level_word(out[-1].text) and int(m.group(1)) <= C.SCORE_MAX \
                and (m.group(2) or re.search(r"[（()）]", p.text)) and not p.run:
            out[-1] = Piece(f"{out[-1].text.strip()}({m.group(1)}分)", out[-1].line, cut=p.cut)
            continue
        out.append(p)
    return out


_ITEM_NO = re.compile(r"^\s*(\d{1,2})[.、．]\s*\S")


def _join_numbered(data: list[Piece]) -> list[Piece]:
    """A budget cell of numbered lines ('1.维修费5次*5000=25000元' / '2.汽油…'), printed a paragraph each: one cell. A
    line joins the one before only when it carries the next number of the same list."""
    out: list[Piece] = []
    last = 0
    for p in data:
        m = _ITEM_NO.match(p.text)
        if m and out and last and int(m.group(1)) == last + 1 and not p.run:
            out[-1] = Piece(out[-1].text + "\n" + p.text, out[-1].line, cut=p.cut)
            last += 1
            continue
        out.append(p)
        last = int(m.group(1)) if m and int(m.group(1)) == 1 else 0
    return out


def _table_heading(t: str) -> bool:
    """'绩效指标' printed after the header: the table's merged left cell heading its rows, no row's name."""
    return L.is_section(t) and "指标" in t and not C.level_word(t) and not L.field_of(t)


_GLUED_NUMBERS = re.compile(r"\d{7,}(?:\.\d+)?|\d+(?:\.\d+){2,}")


def _glued_scores(heads: list[Piece], words: list[str], rows: list[list[Cell]]) -> bool:
    """A self-evaluation (its header has a score or an actual column) whose value cell is several numbers run
    together ('2010010020': 分值 20 / 指标值 100 / 实际值 100 / 得分 20; '1038.7536.29.34'): the run was not cut
    into its cells, so no row of that table can be trusted."""
    if not any(C.column_role(h.text) in ("score", "actual") for h in heads):
        return False
    return any(C.column_role(words[c.col]) == "value" and _GLUED_NUMBERS.fullmatch(c.text.strip())
               for row in rows for c in row if c.col < len(words))


def _whole_groups(row: list[Cell], words: list[str]) -> list[Cell]:
    """A cut row's cells in the column groups before the one the copy stopped in (a header of two groups, 中期 and
    年度), when each of those groups holds both its name and its value; [] when there is no such group."""
    cols = header_columns(words)
    if len(set(cols.groups)) < 2:
        return []
    group = {c.col: cols.groups[c.col] for c in row if c.col < len(cols.groups)}
    last = max(group.values(), default=0)
    keep = [c for c in row if group.get(c.col, last) < last or cols.roles[c.col] in C.LEVEL_ROLES and cols.groups[c.col] == 0]
    for g in {group[c.col] for c in keep}:
        roles = {cols.roles[c.col] for c in keep if group[c.col] == g and c.text.strip()}
        if not {"name", "value"} <= roles:
            return []
    return keep if any(group[c.col] < last and cols.roles[c.col] == "value" for c in keep) else []


def _value_of(row: list[Cell], words: list[str]) -> str:
    """A row's target as printed: its sign, value and unit cells in column order."""
    return "".join(c.text.strip() for c in sorted(row, key=lambda c: c.col)
                   if c.col < len(words) and C.column_role(words[c.col]) in ("op", "value", "unit"))


def _has_value(row: list[Cell], words: list[str]) -> bool:
    return any(C.column_role(words[c.col]) == "value" and c.text.strip() for c in row if c.col < len(words))


def _line_rows(data: list[Piece], cols: Columns) -> tuple[list | None, set[int]]:
    """Rows cut line by line, for a table printed a row per line with its cells run together: a line's cells
    never belong to another row. A line that cannot be cut into one or more rows is kept as one row marked bad
    (left out with a warning, never guessed); None when no line reads."""
    rows: list = []
    bad: set[int] = set()
    k = 0
    while k < len(data):
        e = k
        while e < len(data) and data[e].line == data[k].line:
            e += 1
        texts = [p.text for p in data[k:e]]
        got = segment(texts, cols)
        if got is None:
            lead = next((n for n, t in enumerate(texts) if not C.level_word(t)), len(texts))
            levels = segment(texts[:lead], cols) if lead else None
            if levels is not None:
                rows += levels                  # the line's level words still head the rows after it
                texts = texts[lead:]
            bad.add(len(rows))
            rows.append([(t, "skip", 0, -1) for t in texts])
        else:
            rows += got
        k = e
    return (rows if len(bad) < len(rows) else None), bad


def _numbers_glued(row: list[tuple[str, str, int, int]]) -> bool:
    """A self-evaluation's row cut out of cells run together whose target is a bare number of three digits or more and
    which holds no cell of what was done nor a score: its target, result and score may be that one run of digits
    ('补贴渔船数6620': 6 / 6 / 20?), so the number is no target."""
    roles = {role for _, role, _, _ in row}
    value = next((t for t, role, _, _ in row if role == "value"), "")
    return not roles & {"actual", "score"} and bool(re.fullmatch(r"\d{3,}", value.strip()))


def _plausible(row: list[tuple[str, str, int, int]]) -> bool:
    """An indicator row cut out of cells run together reads as one: a name (two Chinese characters or more, not
    a number, sign, unit or explanation) and a value of its own."""
    name = next((t for t, role, _, _ in row if role == "name"), "")
    value = next((t for t, role, _, _ in row if role == "value"), "")
    return (len(re.findall(r"[\u4e00-\u9fff]", name)) >= 2 and not re.match(r"[\d≥≤=<>＜＞.]", name)
            and not name.endswith((":", "："))
            and cell_kind(name) not in ("op", "num", "money", "unit", "head", "desc", "value") and bool(value)
            and cell_kind(value) not in ("op", "head", "desc", "L1", "L2", "L12"))


_TOTAL_ROW = re.compile(r"(?:总分|合计|小计|总计|得分)")
_PAGE = re.compile(r"下载|扫一扫|打印|关闭|分享|浏览|字体|发布(?:时间|日期)|来源[:：]|[:：]$")     # a web page's own text


def _why_left(row: list[tuple[str, str, int, int]], mixed: str = "") -> str:
    """What a row left out of an indicator table is, named for the reader of the warning: a total or score row,
    a note or page text, a row with no value, or a name and a value that could not be told apart."""
    texts = [t for t, _, _, _ in row]
    shown = "“" + " ".join(texts)[:30] + "”"
    name = next((t for t, role, _, _ in row if role == "name"), "")
    value = next((t for t, role, _, _ in row if role == "value"), "")
    if mixed == "glued":
        why = "各格连在一起（如权重与指标值的数字相连），无法唯一拆开"
    elif mixed:
        why = "各地区（各列）的指标值不同或无法分开，表中没有合计列"
    elif all(C.level_word(t) for t in texts):
        why = "只有指标类别，其下没有指标"
    elif any(_TOTAL_ROW.search(t) for t in texts):
        why = "合计或得分行，不是指标"
    elif _FOOTNOTE.match(" ".join(texts)) or any(len(t) > 40 and re.search(r"[，,。；;]", t) or _PAGE.search(t)
                                                 for t in texts):
        why = "说明文字或页面内容，不是指标"
    elif not value:
        why = "没有指标值"
    elif any(re.fullmatch(r"\d+", t) and t == u and role != u_role for t, role, _, _ in row for u, u_role, _, _ in row):
        why = "指标值与完成值（或分值）连在一起，无法分辨"
    elif not name or len(re.findall(r"[\u4e00-\u9fff]", name)) < 2:
        why = "没有指标名称"
    elif re.fullmatch(r"\d{3,}", value.strip()) and not {role for _, role, _, _ in row} & {"actual", "score"}:
        why = "指标值可能与完成值、分值的数字连在一起，无法分辨"
    else:
        why = "名称与指标值连在一起、无法可靠拆开"
    return f"{shown}（{why}）"


def _adds_up(rows: list[list[Cell]], words: list[str], total: str) -> bool:
    """The budget rows' amounts make the table's 合计 (all in one unit, as printed). A 合计 that is itself several
    numbers run together ('814662.98794.55': three columns' totals) checks nothing."""
    t = normalize(total).replace(",", "").strip()
    if not re.fullmatch(r"-?\d+(?:\.\d+)?", t):
        return True
    col = next((k for k, w in enumerate(words) if C.budget_role(w) == "amount"), None)
    got = [float(x) if SCI.fullmatch(x := normalize(c.text).replace(",", "").strip()) else parse_number(x)
           for r in rows for c in r if c.col == col]           # Excel's '6.276e+06' is the number it shows
    return None not in got and len(got) == len(rows) and abs(sum(got) - float(t)) <= 0.005 * max(1.0, abs(float(t)))


def _resplit(data: list[Piece]) -> list[Piece]:
    """Table cells cut out of a run of text: a field label met inside the table ('活动|完成时间|…') is part of an
    indicator's name, so the run is put back together between level words and cut again by values."""
    out: list[Piece] = []
    run: list[Piece] = []

    def flush() -> None:
        if run:
            spaced = re.split(r"\s+", " ".join(p.text for p in run).strip()) if _spaced(run) else ["".join(p.text for p in run)]
            cells = [t for part in spaced for t in split_data(part)]
            # (only the run's last cell is where the text may stop: a 总分 row after it ends the table before that)
            out.extend(Piece(t, run[0].line, cut=run[-1].cut and k == len(cells) - 1, run=True, lined=run[0].lined)
                       for k, t in enumerate(cells))
            run.clear()

    for p in data:
        if p.run and not (C.level_word(p.text) or cell_kind(p.text) in ("head", "total")
                          or C.weak_level2(p.text) and len(p.text.strip()) >= 6):    # '服务对象满意度' cut out of a run
            if run and run[-1].line != p.line and p.lined:
                flush()                           # a line break is a cut: a row per line never runs into the next
            run.append(p)
        else:
            flush()
            out.append(p)
    flush()
    return out


def _unglue_scores(data: list[Piece]) -> list[Piece]:
    """A self-evaluation printed with no separators runs each row's 分值 into its target, and the target is printed
    again as what was done: '20100%' / '100%' is 20 and 100%, '1020万元' / '20万元' is 10 and 20万元. Split only
    where the next cell repeats the rest exactly and what is before it is a score (a whole number up to 100)."""
    out: list[Piece] = []
    for n, p in enumerate(data):
        nxt = data[n + 1].text if n + 1 < len(data) else ""
        head = p.text[:len(p.text) - len(nxt)] if nxt and p.run and p.text.endswith(nxt) else ""
        if head and re.fullmatch(r"\d{1,3}", head) and int(head) <= 100 and cell_kind(nxt) in ("value", "num", "valueish"):
            out += [Piece(head, p.line, run=True, lined=p.lined), Piece(nxt, p.line, cut=p.cut, run=True, lined=p.lined)]
        else:
            out.append(p)
    return out


def _undouble(data: list[Piece]) -> list[Piece]:
    """In a table with a column of what was done, a target printed again as the result with nothing between them
    ('显著提升显著提升') is the two cells."""
    out: list[Piece] = []
    for p in data:
        t, half = p.text, len(p.text) // 2
        if p.run and len(t) >= 4 and len(t) % 2 == 0 and t[:half] == t[half:] and not C.level_word(t[:half]):
            twice = bool(re.fullmatch(r"\d+", t))    # '2020': a target and its result, or a score twice: not told
            out += [Piece(t[:half], p.line, run=True, lined=p.lined, twice=twice),
                    Piece(t[half:], p.line, cut=p.cut, run=True, lined=p.lined, twice=twice)]
        else:
            out.append(p)
    return out


_TOTAL_CELL = re.compile(r"[…\.。·\s]*(?:总分|合计|总计)")


def _before_footer(data: list[Piece]) -> tuple[list[Piece], list[Piece]]:
    """An indicator table ends at its 总分 / 合计 row (cut out of run-together text: also at a note, '注:'): the
    table's pieces, and those after it."""
    for n, p in enumerate(data):
        if _TOTAL_CELL.fullmatch(p.text) or p.run and _FOOTNOTE.match(p.text):
            return data[:n], data[n:]
    return data, []


def _spaced(run: list[Piece]) -> bool:
    """Cells run together with single spaces between them (a .doc's text on one line): a space is a cell edge."""
    text = "\n".join(p.text for p in run)          # spaces inside the pieces only, not between them
    return len(re.findall(r"[\u4e00-\u9fff\d%)）] [\u4e00-\u9fff\d=≥≤<>]", text)) >= 2


def _glued_cut(data: list[Piece], cols: Columns, lead: int = 0) -> list[list[tuple[str, str, int, int]]] | None:
    """The rows of a table whose cells ran together a row per line, as text_grid.glued_table cut each line under its
    header: a row per line, each cell in its own column; a line that could not be cut is one unread row (mixed).
    ``lead``: heads printed before the header line the rows were cut under ('一级指标' on a line of its own over
    '二级指标 三级指标 指标值 完成值'): a cell's column counts from that line's first head."""
    rows: list[list[tuple[str, str, int, int]]] = []
    lines: list[int] = []
    for p in data:
        if not lines or p.line != lines[-1]:
            rows.append([])
            lines.append(p.line)
        j = None if p.col is None or p.col < 0 else p.col + lead
        if j is None or j >= len(cols.roles):
            rows[-1].append((p.text, "skip", 0, -1))
        else:
            rows[-1].append((p.text, cols.role_of(j, cell_kind(p.text)), cols.groups[j], j))
    return rows or None


def _table_rows(heads: list[Piece], data: list[Piece], kind: str) -> tuple | None:
    """(header words, rows) in the reader's column order (align.canonical), and the number of rows left out when
    some were; None when the data cannot be cut into rows unambiguously."""
    texts = [h.text for h in heads]
    if kind == "ind":
        cols = header_columns(texts)
    else:
        cols = Columns(tuple(C.budget_role(t) or "skip" for t in texts), tuple(0 for _ in heads))
    words, index = canonical(cols, texts)
    if not data:
        return words, []
    lead = next((k for k, h in enumerate(heads) if h.col is not None), 0)
    cut = _glued_cut(data, cols, lead) if kind == "ind" and all(p.col is not None for p in data) else \
        segment([p.text for p in data], cols)
    bad: set[int] = set()
    if cut is None and all(p.lined for p in data) and len({p.line for p in data}) > 1:
        cut, bad = _line_rows(data, cols)     # a row per line (cells run together): each line read on its own
    if cut is None:
        return None
    mixed, at = set(), 0
    for r, row in enumerate(cut):
        if any(data[at + n].mixed for n in range(len(row))):
            mixed.add(r)              # the areas' values differ: no single target (_area_values)
        at += len(row)
    bad |= mixed
    implied = kind == "ind" and all(h.implied for h in heads)
    done = kind == "ind" and any(C.column_role(h.text) in ("actual", "score") for h in heads)
    if kind == "ind" and (implied or any(p.run for p in data)):   # cut where a name or a value is not
        at = 0
        for r, row in enumerate(cut):                 # one: that row is left out, not guessed
            if not _plausible(row) or any(data[at + n].twice for n in range(len(row))) \
                    or done and _numbers_glued(row):
                bad.add(r)            # a bare number printed twice ('2020'): its target, its result or its score
            at += len(row)
    results = _result_rows(cut) - bad if done else set()
    out, k = [], 0
    for r, row in enumerate(cut):
        cells = []
        for n, (t, role, g, j) in enumerate(row):
            at = index.get((role, g, ordinal(cols, j, role)))
            if at is not None and r not in results and (r not in bad or role in C.LEVEL_ROLES):   # a row left out keeps its level words
                cells.append(Cell(t, at, data[k + n].where))
        out.append(cells)
        k += len(row)
    glued = {r for r in mixed if all(t == "skip" for _, t, _, _ in cut[r]) and len(cut[r]) == 1}
    left = [_why_left(cut[r], "glued" if r in glued else "areas" if r in mixed else "") for r in sorted(bad) if r < len(cut)]
    return (words, out, left) if left else (words, out)


def _result_rows(cut: list) -> set[int]:
    """In a self-evaluation's table (a column of what was done), a row with no level words whose name is the row
    above's ('… | 建设监测子站 | 11个' / '建设监测子站 | 0 | 在准备开始建设时…'): the result cell printed with the indicator's
    words again, cut as a row of its own — no second target of the indicator, left out."""
    bad = set()
    for r in range(1, len(cut)):
        name = [t for t, role, _, _ in cut[r] if role == "name"]
        above = [t for t, role, _, _ in cut[r - 1] if role == "name"]
        if name and name == above and not any(role in C.LEVEL_ROLES for _, role, _, _ in cut[r]):
            bad.add(r)
    return bad


# --- labels and values ----------------------------------------------------------------------------
def _targets_before_done(pieces: list[Piece], unread: set[str] | None = None) -> list[Piece]:
    """A self-evaluation's goal row run into one cell: '预期目标' / '实际完成情况 <目标> <完成情况>' — the two column heads,
    then their two paragraphs a space apart. When the text after the heads splits into two paragraphs in exactly one
    place (a full stop, then a space), the first is the goal label's value and the second, what was done, is no
    field's; otherwise which words are the goal's cannot be told (the two columns' lines interleaved, '…推进普 1.坚持…
    推进普法…'): the label and the cell are taken out and the goal is unread (``unread``), never read from the mix."""
    out = list(pieces)
    for n in range(len(out) - 1):
        if not (key := L.field_of(out[n].text) or "").startswith("goals."):
            continue
        m = _DONE_HEAD.match(out[n + 1].text)
        parts = [x for x in _PARAGRAPHS.split(m.group(1).strip()) if not _LEADERS.fullmatch(x)] if m else []
        two = len(parts) == 2 and all(SENTENCE.search(x) for x in parts) and _in_order(parts[0])
        if (m or _DONE_INSIDE.search(out[n + 1].text)) and not two:
            out[n] = Piece("", out[n].line)
            out[n + 1] = Piece("", out[n + 1].line)
            if unread is not None:
                unread.add(key)
            continue
        if two:
            nxt = out[n + 1]
            out[n + 1] = Piece(parts[0].strip(), nxt.line, cut=False, run=nxt.run, lined=nxt.lined)
            if n and L.field_of(out[n - 1].text) == L.field_of(out[n].text):
                out[n - 1] = Piece("", out[n - 1].line)    # '年度总体目标' heading the row: the same label, said once
    return [p for p in out if p.text]


_DONE_HEAD = re.compile(r"\s*(?:全年)?实际完成情况\s+(\S.*)", re.S)
_ITEM_MARK = re.compile(r"(?:^|(?<=[\s；;。]))(\d{1,2})\s*[.、．](?!\d)")


def _in_order(text: str) -> bool:
    """The items of a paragraph numbered in order ('1.A;2.B。'): one column's text. An item number again or back
    ('1.做好… 1.做好…覆盖面 覆盖面。'): the lines of two columns interleaved."""
    nums = [int(x) for x in _ITEM_MARK.findall(text)]
    return all(b > a for a, b in zip(nums, nums[1:]))


_DONE_INSIDE = re.compile(r"(?:^|\s)(?:全年)?实际完成情况\s")    # the column head inside the cell ('年度 总体 目标 86.19% 实际完成情况 …')
_PARAGRAPHS = re.compile(r"(?<=[。.])\s+")
_LEADERS = re.compile(r"[\s.·…]*")        # a row of dots a form printed between the two (a blank to write in)


def kv_rows(pieces: list[Piece], unread: set[str] | None = None, mixed: set[str] | None = None) -> list[list[Cell]]:
    """[label, value] rows in the order read; a value no label takes is a row of its own. The keys of labels
    left without a value while values of theirs stayed unpaired go to ``unread``; goals whose cell mixes the target
    with what was done (_targets_before_done) to ``mixed``."""
    rows: list[list[Cell]] = []
    labels: list[Piece] = []
    values: list[Piece] = []

    def flush() -> None:
        rows.extend(_pair(labels, values, unread if unread is not None else set()))
        labels.clear()
        values.clear()

    heads = False                     # in the run of column heads that 序号 opens
    pieces = _targets_before_done(pieces, mixed)
    for n, p in enumerate(pieces):
        t = p.text
        if heads and L.looks_label(t):
            rows[-1].append(Cell(t, len(rows[-1]), p.where))     # '序号 / 预算单位 / 老年人福利 / …': a list's column
        elif heads := bool(_ROW_NUMBER.fullmatch(t.strip(" |｜"))):  # heads, one row with 序号: no values of theirs
            flush()
            rows.append([Cell(t, 0, p.where)])
        elif _FUND_COLUMN.fullmatch(L.norm_label(t)[0]):
            if labels and not values and (key := L.field_of(labels[-1].text)) and unread is not None:
                unread.add(key)                   # '实施单位 / 全年预算数': a column head where the label's value belongs
            flush()                               # '全年预算数(A)': a self-evaluation's column head, no label of a value
            rows.append([Cell(t, 0, p.where)])
        elif _CUT_ANNUAL.fullmatch(re.sub(r"\s+", "", t)) and n + 1 < len(pieces) \
                and SENTENCE.search(pieces[n + 1].text) and len(pieces[n + 1].text) >= 15 \
                and not L.looks_label(pieces[n + 1].text) and fits_field("goals.annual", pieces[n + 1].text):
            flush()                               # '年度' over a sentence: the vertical label 年度目标 cut to its first characters
            labels.append(Piece("年度目标", p.line))
        elif L.looks_label(t) and not _named_like_label(pieces, n):
            if values:
                flush()
            labels.append(p)
        elif _GOAL_HEAD.fullmatch(L.unbracket_heading(re.sub(r"\s+", "", t))) and n + 1 < len(pieces) \
                and not (L.looks_label(pieces[n + 1].text) or L.is_section(pieces[n + 1].text)) \
                and fits_field("goals.long_term", pieces[n + 1].text):
            flush()                               # '总体目标' heading its own text (no 中期/年度 under it)
            labels.append(Piece("总体绩效目标", p.line))
        elif L.is_section(t) and not L.field_of(t):
            flush()
            rows.append([Cell(t, 0, p.where)])
        else:
            values.append(p)
    flush()
    return rows


_GOAL_HEAD = re.compile(r"(?:项目|专项)?(?:总体|整体)目标")
_ENDED = re.compile(r"[。.!！?？;；)）\"”]\s*$")      # a text that ends its sentence was not cut inside it
_CUT_ANNUAL = re.compile(r"年度[|｜]?")
_FUND_COLUMN = re.compile(C.FUND_COLUMN)
_ROW_NUMBER = re.compile(C.ROW_NUMBER_HEAD)
# a term stated as a length ('1年', '3个月', '长期'): no dates, so a 项目期 holding it has nothing left unread
_DURATION = re.compile(r"\s*(?:\d{1,2}|[一二三四五六七八九十两])\s*(?:年|个月|个?季度)\s*|\s*长期\s*")


def _named_like_label(pieces: list[Piece], n: int) -> bool:
    """'项目名称 / 营养改善计划专项资金 / 主管部门': a project's name may end like a label (…资金, …经费); right after
    the name label and before the next known label, it is the name (and so is a programme's or another's name after a
    label of no field: '一级项目名称 / 农业发展专项资金 / 二级项目名称')."""
    t = L.norm_label(pieces[n].text)[0]
    return (n > 0 and L.field_of(pieces[n - 1].text) in ("project_name", "none") and not L.field_of(t) and len(t) >= 6
            and not re.match(r"该|其中|本年|上年|当年|年度|项目|财政|其[他它]", t)
            and (n + 1 == len(pieces) or bool(L.field_of(pieces[n + 1].text))))


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


_RUN_AMOUNTS = re.compile(r"\d[\d.,]*(?:[eE][+-]?\d+)?(?:万元|万|元)?")     # '6.276e+06': as Excel shows it


def _money(x: str):
    from decimal import Decimal
    return Decimal(x.replace(",", ""))


def _glued_budget(heads: list[Piece], data: list[Piece], total: list[Piece]) -> list[Piece] | None:
    """A budget table cut out of cells run together ('支出项目 / 金额 / 2020年实际执行数 / 聘用人员工资178.56160.704…',
    '项目预算成本构成 / 金额 / 测算依据 / 教学计算机690000据实测算网络交换设备81200据实测算…'): between two amounts a name
    and, when the table has a 测算依据 column, the row before's basis run together; an amount and the 实际执行数 after it
    run together as digits. The rows as separate cells when they can be told apart: the bases when every row's is the
    last row's (the text before 合计, which every text between amounts opens with); the amounts when one cut of the
    digits makes the 合计. ``data`` unchanged when the table has neither column; None when they cannot be told apart."""
    roles = [C.budget_role(h.text) for h in heads]
    if not data or not all(p.run for p in data) or len({p.line for p in data}) > 1 \
            or roles not in (["bname", "amount"], ["bname", "amount", "basis"], ["bname", "amount", "actual"]):
        return data                 # (other orders, '金额 / 测算依据 / 2020年实际执行数 / …', are cut by their cells' kinds)
    s = "".join(p.text for p in data)
    spans = [(m.start(), m.end()) for m in _RUN_AMOUNTS.finditer(s)]
    if not spans or spans[0][0] == 0:
        return None
    texts = [s[b:a] for (_, b), (a, _) in zip([(0, 0)] + spans, spans + [(len(s), len(s))])]
    nums = [s[a:b] for a, b in spans]
    last = texts[-1]
    names = [texts[0]]
    if "basis" in roles:
        if not last or not all(t.startswith(last) and len(t) > len(last) for t in texts[1:-1]):
            return None
        names += [t[len(last):] for t in texts[1:-1]]
    elif last:
        return data
    else:
        names += texts[1:-1]
    amounts, actual = nums, [None] * len(nums)
    if "actual" in roles:
        t = _MONEY_UNIT.sub("", total[1].text) if total[1:] else ""
        if not _AMOUNT.fullmatch(t):
            return None
        goal, ways = _money(t), {_money("0"): []}
        for n in nums:
            digits, unit = re.fullmatch(r"([\d.,]+)(\D*)", n).groups()
            options = [(c[0], c[1] + unit) if len(c) > 1 else (c[0] + unit, None) for m in (1, 2) for c in _cuts(digits, m)]
            nxt: dict = {}
            for got, path in ways.items():
                for a, b in options:
                    k = got + _money(re.sub(r"\D+$", "", a))
                    if k <= goal:
                        nxt[k] = None if k in nxt or path is None else path + [(a, b)]
            ways = nxt
        path = ways.get(goal)
        if path is None:
            return None
        amounts, actual = [a for a, _ in path], [b for _, b in path]
    out = []
    line = data[0].line
    for name, a, b in zip(names, amounts, actual):
        out += [Piece(name, line, run=True), Piece(a, line, run=True)] + ([Piece(b, line, run=True)] if b else []) \
            + ([Piece(last, line, run=True)] if "basis" in roles else [])
    return out


_PARTS = ("funding.carryover", "funding.current_year", "funding.other")


def _summed_funding(labels: list[Piece], values: list[Piece]) -> list[list[Cell]] | None:
    """A total's label and its parts' labels, then fewer values than labels, their amounts run together
    ('资金总额 / 上年结转 / 当年财政拨款 / 其他资金 / 223.2万22.32200.880'): each amount to its label when the one reading
    in which the total is the sum of the parts says so (sum_cut); None otherwise."""
    keys = [L.field_of(a.text) for a in labels]
    if len(keys) < 2 or keys[0] != "funding.total" or not set(keys[1:]) <= set(_PARTS) or len(set(keys)) != len(keys) \
            or not values or len(values) >= len(labels) or not all(v.run for v in values):
        return None
    cut = sum_cut(" ".join(v.text for v in values), len(labels))
    if cut is None:
        return None
    return [[Cell(a.text, 0, a.where)] + ([Cell(x, 1, values[0].where)] if x is not None else [])
            for a, x in zip(labels, cut)]


_DONE = re.compile(r"(?:目标)?(?:实际)?完成情况|实际完成(?:情况|值)?")


def _beside_done(labels: list[Piece], values: list[Piece]) -> list[list[Cell]] | None:
    """A self-evaluation's goal column beside its column of what was done, one cell per paragraph ('预期目标 /
    目标实际完成情况 / 20 / 目标1:A / 目标1:A / 目标2:B / 目标2:B'): the cells go row by row, target then result, so the
    goal takes every other one (a leading whole number is the section's score). Only when the cells pair up
    exactly and every target fits the goal."""
    if len(labels) < 2 or not _DONE.fullmatch(L.norm_label(labels[-1].text)[0]):
        return None
    key = L.field_of(labels[-2].text) or ""
    if not key.startswith("goals."):
        return None
    cells = values[1:] if values and re.fullmatch(r"\d{1,3}", values[0].text.strip()) else values
    if len(cells) < 2 or len(cells) % 2:
        return None
    # numbered cells tell the order (L.goal_cells: the goal's column first, or row by row); numbers that fit neither
    # are not guessed; unnumbered ones go row by row
    numbered = [k for k, v in enumerate(cells) if L.goal_cells([v.text, v.text])]
    picked = L.goal_cells([v.text for v in cells]) if numbered else list(range(0, len(cells), 2))
    if picked is None or not all(fits_field(key, cells[k].text) for k in picked):
        return None
    goal = labels[-2]
    rows = [[Cell(a.text, 0, a.where)] for a in labels if a is not goal]
    return rows + [[Cell(goal.text, 0, goal.where), Cell("\n".join(cells[k].text for k in picked), 1, cells[picked[0]].where)]]


_PARA_HEAD = re.compile(r"\s*(?:[（(]\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*[)）]|(\d{1,2}|[一二三四五六七八九十]{1,2})\s*[、.．:：]"
                        r"(?!\d)|([^\s:：，,。；;、]{2,8})[:：])")


def _para_head(text: str) -> str | None:
    """What opens a goal's paragraph: its number ('1、', '（2）', '三.') or a short head before a colon ('经济普查:')."""
    m = _PARA_HEAD.match(text)
    return None if m is None else (m.group(1) or m.group(2) or m.group(3))


def _goal_columns(k: int, values: list[Piece]) -> list[list[Piece]] | None:
    """The paragraphs of k goal cells printed one after the other ('中期目标 / 年度目标 / 经济普查:A / 人口普查:B /
    经济普查:C / 人口普查:D'): each cell's paragraphs open with the same heads in the same order (numbers restarting at
    the first one, or the same 'X:' heads), so a cell begins where the first paragraph's head comes again. The k runs of
    paragraphs, or None when the heads do not cut them into exactly k runs that repeat the first run's heads."""
    heads = [_para_head(v.text) for v in values]
    if heads[0] is None:
        return None
    starts = [n for n, h in enumerate(heads) if h == heads[0]]
    if len(starts) != k:
        return None
    runs = [values[a:b] for a, b in zip(starts, starts[1:] + [len(values)])]
    first = heads[:len(runs[0])]
    if len(runs[0]) < 2 or any([_para_head(v.text) for v in r] != first[:len(r)] for r in runs[1:]):
        return None
    return runs


def _goal_heads_again(values: list[Piece]) -> bool:
    head = _para_head(values[0].text) if values else None
    return head is not None and any(_para_head(v.text) == head for v in values[1:])


def _rows_under(labels: list[Piece], values: list[Piece]) -> bool:
    """The labels head columns with rows of cells under them, not one value each: a run of labels of which some is an
    amount's, followed by a block of more amounts than there are labels ('合计 / 财政拨款 / 专户资金 / 单位资金' over seven amounts
    of two column groups: which is whose is not printed; one label alone, '年度资金总额: / 30 / 30 / 10', is a row's
    head with its cells after it), or the first label is a column the lexicon does not know and the values
    fill at least two rows ('任务名称 / 主要内容 / A / a / B / b': a table of tasks, not a 主要内容 field)."""
    k, m = len(labels), len(values)
    keys = [L.field_of(a.text) for a in labels]
    block = next((n for n, v in enumerate(values) if not fits("amount", v.text)), m)     # the amounts right after them
    if k >= 2 and block > k and any((key or "").startswith("funding.") for key in keys):
        return True
    return k >= 2 and keys[0] is None and any(keys) and m >= 2 * k and not any(fits("amount", v.text) for v in values[:k])


def _one_cell_for_labels(labels: list[Piece], values: list[Piece]) -> list[list[Cell]] | None:
    """Labels printed before their values and the values run into one cell a space apart ('部门名称 / 填报人 /
    某县教育局 王某某', a PDF's row flattened): the k-th word is the k-th label's when there are exactly as many words as
    labels, each fits its label's field (a unit's name, a person) and no other order of the words fits too — else
    None (the usual pairing decides, which leaves such labels unread)."""
    k = len(labels)
    if not 2 <= k <= 3 or len(values) != 1 or values[0].cut:
        return None
    words = values[0].text.split()
    keys = [L.field_of(a.text) for a in labels]
    if len(words) != k or None in keys or "none" in keys or len(set(keys)) < k:
        return None
    fit = [w for w in itertools.permutations(range(k)) if all(fits_field(keys[n], words[w[n]]) for n in range(k))]
    if fit != [tuple(range(k))]:
        return None
    v = values[0]
    return [[Cell(a.text, 0, a.where), Cell(w, 1, v.where)] for a, w in zip(labels, words)]


def _pair(labels: list[Piece], values: list[Piece], unread: set[str]) -> list[list[Cell]]:
    """Labels and the values after them: in order when the counts agree and every value fits; the last labels
    when fewer values follow (the first ones had blank cells) — unless the values were cut out of cells run
    together and a label before could take the value too (one value may hold several there: blank cells leave
    no trace): then no label takes it. Labels left without a value while values stay unpaired are unread."""
    k, m = len(labels), len(values)
    # cut out of cells run together, one value may hold several when the labels before could take it too
    shared = any(v.run for v in values) and m < k and any(_fits(a, values[0]) and not _STAMP.search(a.text)
                                                          for a in labels[:k - m]) \
        or bool(values) and values[-1].cut and m < k and any(L.field_of(a.text) not in (None, "none")
                                                             and _fits(a, values[0]) and not _STAMP.search(a.text)
                                                             for a in labels[:k - m])
    # (the text stopping inside the last value is the same doubt: '中期目标 / 年度目标 / 1.深入…' — the 年度 cell blank,
    # or the cells after a 中期 goal cut off with the rest of the text? No label takes it; both stay unread)
    if k and m > k and (split := _split_funding(labels, values)) is not None:
        return split
    if (summed := _summed_funding(labels, values)) is not None:
        return summed
    if (done := _beside_done(labels, values)) is not None:
        return done
    if (apart := _one_cell_for_labels(labels, values)) is not None:
        return apart
    pairs: dict[int, list[Piece]] = {}
    paras = next((n for n, v in enumerate(values) if not fits("long", v.text)), m)    # the paragraphs right after them
    goal_cols = k >= 2 and paras > k and all((L.field_of(a.text) or "").startswith("goals.") for a in labels)
    if goal_cols and (chunks := _goal_columns(k, values[:paras])) is not None:
        for n, chunk in enumerate(chunks):
            pairs[n] = chunk
        extra = values[paras:]
    elif goal_cols and _goal_heads_again(values[:paras]):
        extra = list(values)              # the first paragraph's head comes again, but not as k cells: whose is which is unsure
    elif k and m and _rows_under(labels, values):
        extra = list(values)              # a header row over rows of cells, or more amounts than labels: not guessed
    elif k and m:
        if m >= k and all(_fits(a, b) for a, b in zip(labels, values)):
            for n in range(k):
                pairs[n] = [values[n]]
            extra = values[k:]
            last = L.field_of(labels[-1].text) or ""
            while extra and field_kind(last) == "long" and fits("long", extra[0].text):
                pairs[k - 1].append(extra.pop(0))      # a text cell of several paragraphs
        elif m < k and not shared and all(_fits(a, b) for a, b in zip(labels[k - m:], values)):
            for n in range(m):
                pairs[k - m + n] = [values[n]]      # the labels without a value had blank cells
            extra = []
        else:
            extra = list(values)
            for n, a in enumerate(labels):       # nothing lines up: only a label right before its value
                if n == k - 1 and extra and _fits(a, extra[0]) and not shared:
                    pairs[n] = [extra.pop(0)]
    else:
        extra = list(values)
    # the copy stops inside a goal ('…全年实际完成情况对国家级'): the goal is read as far as it goes (the convention of
    # ../shared/corpus/real 006, whose gold keeps its cut 总体目标); a name or an amount cut so is not read (kv.py)
    rows = []
    for n, a in enumerate(labels):
        vals = pairs.get(n, [])
        text = "\n".join(v.text for v in vals)
        rows.append([Cell(a.text, 0, a.where)] + ([Cell(text, 1, vals[0].where)] if vals else []))
    used = {id(v) for vs in pairs.values() for v in vs}
    left = [v for v in values if id(v) not in used and v in extra]
    dated = {n for n, a in enumerate(labels) if L.field_of(a.text) in ("period", "start", "end")}
    if len(left) == 1 and _DURATION.fullmatch(left[0].text) and dated and len(labels) == 1:
        left = []                                 # '项目期 / 1年': the term has no dates to read; nothing unread
    if left:
        done = {L.field_of(labels[n].text) for n in pairs}      # '项目金额 / 年度资金总额 / 16': the field has its value
        unread |= {L.field_of(a.text) for n, a in enumerate(labels) if n not in pairs and L.field_of(a.text)} - done
    rows += [[Cell(v.text, 0, v.where)] for v in left]
    return rows
