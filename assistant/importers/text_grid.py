"""Plain text (a .txt, pasted text, a page or PDF copied as text) → a grid of cells for grid.extract.

How the text holds its table decides how the grid is made:
- ``rows``: a row per line, cells apart by ` | ` (runs of `|` are merged or empty cells, markdown pipes
  included), tabs, runs of two or more spaces, or single spaces in a text whose lines open with labels.
  Cells keep their order but not their columns (empty and merged cells are gone): the table is marked
  ``loose`` and grid.extract places them by what they hold (align.py).
- ``cells``: one cell per line, with `|` marks or blank lines between cells, or cells run together in one
  long line (cut at the known labels): the cells are folded into rows by fold.py.
- ``dump``: anything else — the text a PDF-to-text tool printed from a ruled table (cells wrapped over
  lines, columns printed one after the other): text_dump.py.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from . import columns as C
from . import labels as L

PIPE_ONLY = re.compile(r"\|+")
ROWS_SHARE = 0.5          # share of lines with two or more cells that makes a text row-per-line
CELLS_SHARE = 0.8         # share of lines followed by a blank line that makes a text one-cell-per-line
FLAT_LINE = 80            # a line this long holding many labels is cells run together
FLAT_LABELS = 5
# a label printed letter-spaced ('年 度 总 体 目 标', a wide cell of a .doc): three or more single characters a space apart
_LETTER_SPACED = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,}(?![\u4e00-\u9fff])")


@dataclass
class Piece:
    text: str
    line: int                 # 1-based line of the text
    cut: bool = False         # the text ends inside this cell (copied partway)
    row_end: bool = False     # a run of `|` after it closed its row
    run: bool = False         # cut out of cells run together: table cells in it may still be run together
    lined: bool = False       # its line is one table row (a row per line, cells run together): never joined across lines
    implied: bool = False     # a header cell the reader supplied (the table printed none of its own)
    twice: bool = False       # one half of a run printed twice with nothing between ('2020': 20 and 20, fold._undouble)
    areas: int = 0            # an implied value head standing for this many value columns, one per area (fold._area_heads)
    areas_sure: bool = True   # ... and that number is certain (each area its own cell, or names of one tier run together)
    mixed: bool = False       # the values of one column per area that differ or cannot be told apart: its row is not read
    col: int | None = None    # the header column a row's cell was cut into (glued_table: a row whose cells ran together)

    @property
    def where(self) -> str:
        return f"第{self.line}行"


def _lines(text: str) -> list[str]:
    t = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " ").replace("\xa0", " ")
    return _SPACED_DATE.sub(lambda m: re.sub(r"[ \t]+", "", m.group(0)), t).split("\n")


# a date printed with spaces between its parts ('2019年  1 月 1日', '2021 年 12  月31日') is one cell, never three
_SPACED_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d[ \t]*年(?:[ \t]*\d{1,2}[ \t]*月(?:[ \t]*\d{1,2}[ \t]*日)?)?")


def _rejoin_words(lines: list[str]) -> list[str]:
    """A label or level word a page wrapped at its end ('项目完成' / '指标', '社会效益' / '指标', '总体' / '目标') in
    a text of space-apart cells: the lone tail line joins the last cell of the line before it when the two make a
    level word or a label (and the head alone is none). The tail's line is left empty, so line numbers stay."""
    out = list(lines)
    prev = None
    for i, raw in enumerate(out):
        t = raw.strip()
        if not t or PIPE_ONLY.fullmatch(t):
            continue
        if prev is not None and len(t) <= 5 and not re.search(r"[\s|\d]", t) and "|" not in out[prev]:
            head = re.split(r"\s+", out[prev].strip())[-1]
            word = head + t
            # a tail of four or five characters ('服务对象' / '满意度指标') only when the two make a level word
            # a label broken over lines of its own ('年度' / '目标', '一级' / '指标'): the head alone on its line may be
            # a label too, when the two make another, longer label
            lone = out[prev].strip() == head
            if len(head) >= 2 and (not _labelish(head, title=False) or lone) \
                    and _labelish(word, title=False) and (len(t) <= 3 or C.level_word(word)):
                out[prev] = out[prev].rstrip() + t
                out[i] = ""
                continue
        prev = i
    return out


def layout(text: str) -> str:
    """'rows', 'cells' or 'dump' (see the module doc)."""
    lines = _rejoin_words(_lines(text))
    filled = [i for i, x in enumerate(lines) if x.strip() and not PIPE_ONLY.fullmatch(x.strip())]
    if not filled:
        return "dump"
    if len(filled) <= 4 and any(is_run(lines[i]) for i in filled):
        return "cells"
    # a page's own lines around a copied table (breadcrumbs, 打印本页, 分享到, 上一篇, the footer) are no cells of
    # it: the shape is told by the other lines
    filled = [i for i in filled if not page_line(lines[i])] or filled
    if sum(1 for x in lines if PIPE_ONLY.fullmatch(x.strip())) >= 0.6 * len(filled) \
            and sum(1 for i in filled if "|" in lines[i]) <= 0.2 * len(filled):
        return "cells"                    # a cell per line with a lone '|' line between cells
    piped = [i for i in filled if "|" in lines[i]]
    if len(piped) >= 0.5 * len(filled):
        multi = sum(1 for i in piped if len([c for c in _pipe_cells(lines[i])[0] if c]) >= 2)
        if multi < 0.4 * len(piped):
            # a header row whose cells broke over lines of their own ('绩效指标 |' / '一级 指标 |' / …) is one row
            joined = _join_broken_rows(lines)
            piped = [i for i in filled if "|" in joined[i]]
            multi = sum(1 for i in piped if len([c for c in _pipe_cells(joined[i])[0] if c]) >= 2)
        return "rows" if multi >= 0.4 * len(piped) else "cells"
    tabbed = sum(1 for i in filled if "\t" in lines[i].strip())
    kv = sum(1 for i in filled if kv_line(lines[i]))
    if tabbed >= ROWS_SHARE * len(filled) or tabbed >= 2 and tabbed + kv >= ROWS_SHARE * len(filled):
        return "rows"
    after_blank = sum(1 for i in filled if i + 1 >= len(lines) or not lines[i + 1].strip())
    if after_blank >= CELLS_SHARE * len(filled):
        return "cells"
    if _spaced_share(lines, filled) >= ROWS_SHARE and _fragments(lines, filled) < WRAPPED_SHARE * len(filled):
        return "rows"
    if glued_text(lines):
        return "cells"
    return "dump"


GLUED_SHARE = 0.25        # share of lines that open with a label glued to what follows: a row per line, cells run together


def glued(line: str) -> bool:
    """'项目名称某某项目', '产出指标数量指标某指标100%': a label at the start of the line and more after it, with no
    separator at all — no space, no '|', no colon after the label (its cells were run together when the page was
    copied). '项目名称：某项目' is a label with its value, read as such by the other paths."""
    s = line.strip()
    if re.search(r"[|\s]", s):
        return False
    hits = label_hits(s)
    if not hits or hits[0][0] != 0 or s[hits[0][1]:hits[0][1] + 1] in ":：":
        return False
    first = s[:hits[0][1]]                # a field label or a level word, not a title ('…绩效目标表_第1页')
    return bool(L.field_of(first) or C.level_word(first) or C.column_role(first) or L.is_section(first)) \
        and (len(hits) >= 2 or hits[0][1] < len(s))


def glued_text(lines: list[str]) -> bool:
    """Cells run together on a row per line: the share is counted from the first such line (a page's header before the
    form — breadcrumbs, index rows, the title — is no row of its table). The rows of an indicator table under a header
    whose heads ran together (glued_table) are such lines too."""
    filled = [x for x in lines if x.strip() and not PIPE_ONLY.fullmatch(x.strip())]
    table = glued_table(filled)
    first = next((k for k, x in enumerate(filled) if glued(x) or k in table), len(filled))
    return len(filled) - first >= 5 and sum(1 for k, x in enumerate(filled) if k >= first and (glued(x) or k in table)) \
        >= GLUED_SHARE * (len(filled) - first)


def glued_table(lines: list[str], tail: bool = False) -> dict[int, list[tuple[int, str]] | None]:
    """The lines of indicator tables printed a row per line with every cell run together, under a header whose heads ran
    together too ('指标名称指标权重计量单位指标性质指标值' / '预算执行率10%=100' / …): line index → the header's heads as
    (column, head) for the header line, the row's cells (glued_row) for a row, None for a row that cannot be cut (its
    weight and target digits run together: it is not read). A row is a line that opens with no label, is no title and
    holds a digit; the table ends at any other line. With ``tail`` (a text already read as cells run together, not
    while its layout is being told), a header with text columns after its value reads its rows by tail_row."""
    out: dict[int, list[tuple[int, str]] | None] = {}
    roles: list[str] | None = None
    for k, raw in enumerate(lines):
        s = raw.strip()
        if not s or PIPE_ONLY.fullmatch(s):
            continue
        heads = glued_header(s) if not re.search(r"[|\t]", s) else None
        if heads:
            roles = [C.column_role(h) or "skip" for h in heads]
            lead = 1 if roles[0] == "skip" else 0
            roles, named = roles[lead:], heads[lead:]
            out[k] = list(enumerate(heads))
            continue
        if tail and roles is not None and _text_after_value(roles):
            if re.search(r"[|\t]", s) or _TITLE.search(s) or page_line(s):
                roles = None
                continue
            row = tail_row(s, roles)
            if row is _NO_ROW:
                roles = None
                continue
            out[k] = row
            continue
        if roles is None or re.search(r"[|\t]|\s{2,}", s) or glued(s) or _TITLE.search(s) or not re.search(r"\d", s) \
                or len(re.findall(r"[\u4e00-\u9fff]", s)) < 2:
            roles = None
            continue
        out[k] = glued_row(s, roles) or _spaced_row(s, named)
    return out


_TEXT_ROLES = ("standard", "note")


def _text_after_value(roles: list[str]) -> bool:
    """A header whose value column is followed by columns of text (指标值内容, 评(扣分标准), 备注 …) and that has no
    weight or result column: a row run together is its levels, its name, its value and then that text."""
    if "name" not in roles or "value" not in roles or {"score", "actual"} & set(roles):
        return False
    v = roles.index("value")
    return roles.index("name") < v and any(r in _TEXT_ROLES for r in roles[v + 1:])


_NO_ROW = object()            # a line that is no row of the table: the table has ended
_TAIL_OP = re.compile(rf"{C._OP}(?=\d)")
_TAIL_VALUE = re.compile(
    rf"(?:{C._OP})?(?:(?:19|20)\d\d年(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?(?:底|前|以前|之前)?"
    rf"|\d+(?:\.\d+)?(?:%|％|(?P<unit>{C.UNIT_WORD.pattern}))?)(?:及以上|及以下|以上|以下|以内|左右)?")
_RATE_TAIL = re.compile(r"[·.．]每?[天日周月年次]")     # a rate's second term ('17元/人.每天', '元/人·天')
_NAME_OPEN_END = re.compile(r"[第共约近达为至超每按逾]$")   # a name cut before its own number ('完成第' / '3个…')
TAIL_NAME_CHARS = 3           # Chinese characters a name must hold before its value begins


def tail_row(line: str, roles: list[str]):
    """One row of a table whose value column is followed by columns of text (_text_after_value), its cells run together
    ('成本指标经济成本指标学生补助标准17元/人·天反映…得10分,每少1元扣1分-定量'): (column, text) for its level words, its
    name, its value and the text after it (one cell, the first text column). The value is where the first figure starts
    (a sign or 大于 … before it, a date's year): the name holds no figure, and at least TAIL_NAME_CHARS characters;
    the value is the figure with its unit and its 以上 / 以下 …, and the text after it begins with a word — a visible
    edge. A line of level words alone gives them; '-定性' (unit and kind of a row with no indicator) gives nothing; any
    other line with a figure is one unread row (None: a worded target run into its name, a code and an amount); a line
    with no figure and no level word is no row (_NO_ROW: the table ended)."""
    s = re.sub(r"\s", "", line)
    cells: list[tuple[int, str]] = []
    at = 0
    while at < len(s):
        word = next((s[at:e] for e in range(min(len(s), at + 16), at + 1, -1) if _known_level(s[at:e])), None)
        if word is None:
            break
        cells.append((word, C.level_word(word)))
        at += len(word)
    levels = []
    for n, (word, kind) in enumerate(cells):
        role = "level1" if kind == "L1" or kind == "L12" and n + 1 < len(cells) else "level2"
        if role in roles:
            levels.append((roles.index(role), word))
    rest = s[at:]
    if not rest or re.fullmatch(r"[-—]?(?:定性|定量)?", rest):
        return levels
    first = re.search(r"\d", rest)
    if first is None:
        return None if cells else _NO_ROW
    start = first.start()
    if (op := next((m for m in _TAIL_OP.finditer(rest) if m.end() == start), None)) is not None:
        start = op.start()
    name = rest[:start]
    m = _TAIL_VALUE.match(rest, start)
    if m is None or len(re.findall(r"[\u4e00-\u9fff]", name)) < TAIL_NAME_CHARS or _NAME_OPEN_END.search(name):
        return None
    end = m.end()
    if m.group("unit") and "/" in m.group("unit") and (r := _RATE_TAIL.match(rest, end)):
        end = r.end()
    after = rest[end:]
    if after and not re.match(r"[\u4e00-\u9fff]", after):
        return None                       # no visible edge after the value: where it ends cannot be told
    row = levels + [(roles.index("name"), name), (roles.index("value"), rest[start:end])]
    if after:
        v = roles.index("value")
        row.append((next(k for k in range(v + 1, len(roles)) if roles[k] in _TEXT_ROLES), after))
    return row


def _spaced_row(line: str, heads: list[str]) -> list[tuple[int, str]] | None:
    """A row of such a table whose cells stand a single space apart ('数量指标 指标1.药品抽验品种 ≥3 4' under '二级指标 三级指标
    指标值 完成值'): the spaces are its cells' edges, each cell placed onto the header's columns by what it holds (align.align,
    one best placement only, holding a name and a value; the merged level cells a row leaves out are its first).
    None when the line has no space or the cells do not place so."""
    from .align import align, header_columns
    parts = line.split()
    if len(parts) < 2:
        return None
    cols = header_columns(heads)
    placed = align(tuple(parts), cols, must=("name",))
    if placed is None or not placed[1]:
        return None
    got = list(zip(placed[1], parts))
    if not any(cols.roles[j] == "value" for j, _ in got):
        return None
    return got


WRAPPED_SHARE = 0.1       # short pieces of words on lines of their own: cells wrapped by a PDF, not rows


def _fragments(lines: list[str], filled: list[int]) -> int:
    """Lines that are the rest of a wrapped cell ('格率', '资金（元）', '月底前'): short, no label, level word,
    number or value of their own."""
    n = 0
    for k, i in enumerate(filled):
        t = lines[i].strip()
        if len(t) <= 6 and not (L.field_of(t) or C.level_word(t) or C.column_role(t) or L.is_section(t)
                                or re.search(r"\d", t) or C.POLARITY.fullmatch(t) or C.STANDARD_CELL.fullmatch(t)) \
                and not (k and _QUALITATIVE_END.search(lines[filled[k - 1]])):
            n += 1
    return n


# a row of a space-apart table ending with its 指标性质 cell '定性': the row's text value (and its score) follow on
# lines of their own ('… 可持续影响 推动… 定性' / '长期' / '15') — the rest of that row, no wrapped cell
_QUALITATIVE_END = re.compile(r"\S\s+定性\s*$")


def _join_qualitative(rows: list[list[Piece]]) -> list[list[Piece]]:
    """'… 定性' / '长期' / '15': the value line (one cell: no label, level word or number) and the score line (one bare
    number) after a row that ends with 定性 are that row's last cells."""
    out: list[list[Piece]] = []
    k = 0
    while k < len(rows):
        row = rows[k]
        nxt = rows[k + 1] if k + 1 < len(rows) else None
        if len(row) >= 3 and row[-1].text.strip() == "定性" and nxt is not None and len(nxt) == 1 \
                and not (L.field_of(nxt[0].text) or C.level_word(nxt[0].text) or C.column_role(nxt[0].text)
                         or re.fullmatch(r"[\d.]+", nxt[0].text.strip())):
            joined = row + nxt
            k += 2
            if k < len(rows) and len(rows[k]) == 1 and re.fullmatch(r"\d+(?:\.\d+)?", rows[k][0].text.strip()):
                joined += rows[k]
                k += 1
            out.append(joined)
            continue
        out.append(row)
        k += 1
    return out


# --- rows ----------------------------------------------------------------------------------------
def _pipe_cells(line: str) -> tuple[list[str], bool]:
    """Cells of '| a | b | ||||' / 'a | b |' and whether the line closed its row with a `|`."""
    s = line.strip()
    closed = s.endswith("|")
    if s.startswith("|"):
        s = s[1:]
    parts = [p.strip() for p in s.split("|")]
    while parts and not parts[-1]:
        parts.pop()
    return parts, closed


def _split_spaces(line: str, single: bool) -> list[str]:
    """Cells apart by runs of 2+ spaces (or by single spaces too), never inside brackets; '其中:' and a
    '(万元)' note stay with the cell they belong to."""
    out, cur, depth = [], "", 0
    s = line.strip()
    i = 0
    while i < len(s):
        ch = s[i]
        depth += ch in "（([【《" and 1 or 0
        depth -= ch in "）)]】》" and depth > 0 and 1 or 0
        if ch == " " and depth == 0:
            j = i
            while j < len(s) and s[j] == " ":
                j += 1
            if j - i >= 2 or single:
                out.append(cur)
                cur = ""
                i = j
                continue
        cur += ch
        i += 1
    out.append(cur)
    cells: list[str] = []
    for c in (x.strip() for x in out):
        if not c:
            continue
        if cells and (re.fullmatch(r"[（(][^）)]{0,8}[)）]", c) or re.fullmatch(r"其中[:：]?", cells[-1])
                      or re.match(r"[，,。；;、]", c)):          # (a cell never opens with a comma: ' ,' is inside one)
            cells[-1] += c
        elif len(cells) > 1 and _PERIOD_JOIN.fullmatch(cells[-1]) and _DATE_CELL.fullmatch(cells[-2]) and _DATE_CELL.fullmatch(c):
            cells[-2:] = [f"{cells[-2]}{cells[-1]}{c}"]       # '2024-01 至 2025-03' is one cell, a period
        else:
            cells.append(c)
    return cells


def _rejoin_letters(cells: list[str]) -> list[str]:
    """A word printed letter-spaced in a row cut at single spaces ('项 目', '合 计'): one-character cells that make a
    label, a column's head or a total's word together are one cell."""
    out: list[str] = []
    k = 0
    while k < len(cells):
        e = k
        while e < len(cells) and re.fullmatch(r"[\u4e00-\u9fff]", cells[e]):
            e += 1
        word = "".join(cells[k:e])
        if e - k >= 2 and (_labelish(word, title=False) or C.budget_role(word) or L.TOTAL_ROW_RE.fullmatch(word)):
            out.append(word)
            k = e
            continue
        out.append(cells[k])
        k += 1
    return out


def _rejoin_names(cells: list[str]) -> list[str]:
    """Cells cut at single spaces: a name's or an organisation's label followed by two or more cells of words (no
    label, amount, number, date or phone among them) up to the next label or the row's end holds one value with a
    space in it ('项目名称 昌州财行(2022)10号 国家统计局调查队专项经费')."""
    from .kinds import field_kind
    out: list[str] = []
    k = 0
    while k < len(cells):
        out.append(cells[k])
        key = L.field_of(cells[k])
        e = k + 1
        while e < len(cells) and not (_labelish(cells[e], title=False) or L.looks_label(cells[e])) \
                and not re.search(r"[:：]$", cells[e]) and _wordy(cells[e]):
            e += 1
        if key and field_kind(key) in ("name", "org") and e - k >= 3:
            out.append(" ".join(cells[k + 1:e]))
            k = e
            continue
        k += 1
    return out


def _wordy(t: str) -> bool:
    return _cell_kind(t) in ("text", "short", "valueish") and len(re.findall(r"[\u4e00-\u9fff]", t)) >= 2 \
        and not re.search(r"\d{6,}|(?:19|20)\d\d[-./年]\d", t)


_PERIOD_JOIN = re.compile(r"[至到~～\-－—–]")
_DATE_CELL = re.compile(r"(?:19|20)\d\d(?:[-./年]\d{1,2}月?(?:[-./]\d{1,2}日?)?)?")


def _starts_with_label(line: str) -> bool:
    first = re.split(r"\s+", line.strip(), maxsplit=1)[0]
    return bool(L.field_of(first) or C.level_word(first) or C.column_role(first) or L.is_section(first)
                or re.fullmatch(r"其中[:：]?", first))


def _spaced_share(lines: list[str], filled: list[int]) -> float:
    """Share of lines that are label-led rows of cells apart by spaces."""
    led = sum(1 for i in filled if re.search(r"\S\s+\S", lines[i].strip()) and _starts_with_label(lines[i]))
    multi = sum(1 for i in filled if len(_split_spaces(lines[i], single=True)) >= 2)
    if led < 2:
        return min(led * 2, multi) / len(filled)
    # '项目名称：某项目' lines above a table of space-apart rows are rows of two cells (label and value)
    kv = sum(1 for i in filled if kv_line(lines[i]) and not re.search(r"\S\s+\S", lines[i].strip()))
    return min(led * 2 + kv, multi + kv) / len(filled)


def page_line(line: str) -> bool:
    """A web page's own line (columns.PAGE_TEXT, a breadcrumb)."""
    return bool(C.PAGE_TEXT.search(line) or C.PAGE_CRUMBS.match(line))


def unframe(text: str) -> str:
    """A copied page's frame around its form — the lines above the form that are all the page's own (breadcrumbs,
    the article's date and 浏览次数 line) and the lines below it (打印本页, 分享到, 上一篇/下一篇, the footer) — left
    empty, so that no field or row reads them and line numbers stay. A line of page words inside the form (a
    sentence that ends in '…主办') is kept: only the runs at the two ends are the page's."""
    lines = text.split("\n")
    filled = [i for i, x in enumerate(lines) if x.strip()]
    head = next((k for k, i in enumerate(filled) if not page_line(lines[i])), len(filled))
    tail = next((k for k, i in enumerate(reversed(filled)) if not page_line(lines[i])), len(filled))
    if head + tail >= len(filled):
        return text                       # nothing but page lines: nothing to tell apart
    for i in filled[:head] + filled[len(filled) - tail:]:
        lines[i] = ""
    return "\n".join(lines)


# a line a table-to-text converter opens with a cell mark: '        | 数量指标' (the cell's text after it), '        | ' (the
# mark alone: the next line's text is the next cell), '        | |' / '  ||||' (marks alone: the row ends)
_BAR_LED = re.compile(r"^\s*\|(?!\|)\s*([^|]*?)\s*(\|[\s|]*)?$")
_BARS_ONLY = re.compile(r"^\s*\|[\s|]*\|[\s|]*$")
BAR_LED_LINES = 6          # lines opened by a lone cell mark that make a text this shape
BAR_LED_SHARE = 0.5        # … and their share of the lines holding a '|'


def bar_led_rows(text: str) -> tuple[str, int]:
    """A table a converter printed one cell a line, each cell after the row's first opened by '|' ('项目决策' /
    '        | 数量指标' / '        | 宣传次数' / … / '        | |'), or a lone '|' line before each cell ('|   产出指标' /
    '        | ' / '     质量指标' / … / '  ||||'): each row joined on its first line, cells apart by tabs (the row's
    other lines left empty, so line numbers stay), and how many rows were joined. A row ends at a line of marks alone ('| |', '||||') or at a line
    that starts at the margin with no mark; an indented line right after a cell's text goes on with that cell (a
    wrapped cell: '绩效' / '       指标'). Markdown rows ('| a | b |') are no such lines. Any other text is returned
    as it is, with 0."""
    lines = text.split("\n")
    piped = [x for x in lines if "|" in x]
    led = [x for x in piped if _BAR_LED.match(x) and not _BARS_ONLY.match(x)]
    if len(led) < BAR_LED_LINES or len(led) + sum(1 for x in piped if _BARS_ONLY.match(x)) < BAR_LED_SHARE * len(piped):
        return text, 0
    out = list(lines)
    joined = 0
    row: list[str] = []
    members: list[int] = []           # the lines of the open row
    fresh = True                      # the next text opens a new cell

    def close() -> None:
        nonlocal row, members, joined
        if len([c for c in row if c]) >= 2:       # a row of one cell keeps its lines as they were
            for k in members:
                out[k] = ""
            out[members[0]] = "\t".join(c for c in row if c)
            joined += 1
        row, members = [], []

    for n, line in enumerate(lines):
        if not line.strip():
            continue
        if _BARS_ONLY.match(line):
            members.append(n)
            close()
            fresh = True
            continue
        m = _BAR_LED.match(line)
        if m is None and (line[:1] not in " \t" or not members):
            close()                   # at the margin: a new row (or a line of its own)
            members, row, fresh = [n], [line.strip()], False
            continue
        members.append(n)
        body = m.group(1) if m else line.strip()
        if m and m.group(2):
            if body:
                row.append(body)
            close()                   # '        | 已完成100% |': the cell, and the row's end
            fresh = True
            continue
        if m and not body:
            fresh = True              # the mark alone: the next text is the next cell
        elif m or fresh or not row:
            row.append(body)
            fresh = False
        else:
            row[-1] += body           # a wrapped cell's next line
    close()
    return "\n".join(out), joined


def kv_line(line: str) -> bool:
    """'项目名称：某项目' — a field label, a colon and its value on one line: a row of two cells."""
    m = re.match(r"\s*([^:：\s]{2,16})\s*[:：]\s*\S", line)
    return bool(m and L.field_of(m.group(1)))


ROW_BREAK_SHARE = 0.5     # share of piped lines closing with the table's width of '|' that lets broken rows be joined
HEAD_CELLS = 3            # … when the joined row is a table's header: this many of its cells name columns


def _join_broken_rows(lines: list[str]) -> list[str]:
    """A pipe text whose rows each close with the same number of '|' (the table's width; runs of '|' fill a row's
    merged cells) prints a row whose cells hold line breaks over several lines ('绩效指标 | 一级 指标 |' /
    '二级 指标 |' / … / '计划指标值 | ||'): consecutive closed lines whose '|' add up to exactly the width are one
    row when that row is a header (HEAD_CELLS of its cells name columns) — a row with a merged last cell prints
    fewer '|' too ('总体目标 | … |' then '已实施情况: | ||||' is two rows). Lines that do not add up stay as they
    are; the joined lines are left empty, so line numbers stay."""
    counts = [x.count("|") if x.strip().endswith("|") else 0 for x in lines]
    widths = [c for c in counts if c]
    if not widths:
        return lines
    width = max(set(widths), key=lambda w: (widths.count(w), w))
    if width < 3:
        return lines
    out = list(lines)
    i = 0
    while i < len(out):
        if 0 < counts[i] < width:
            total, j = counts[i], i
            while total < width and j + 1 < len(out) and 0 < counts[j + 1] < width:
                j += 1
                total += counts[j]
            joined = " ".join(x.strip() for x in out[i:j + 1])
            if total == width and j > i and sum(1 for c in _pipe_cells(joined)[0] if C.column_role(c)) >= HEAD_CELLS:
                out[i] = joined
                for k in range(i + 1, j + 1):
                    out[k] = ""
                i = j + 1
                continue
        i += 1
    # the width holds when most rows close with it once the broken header is one row (its lines are not rows)
    joined = [width if out[k] != lines[k] else counts[k] for k in range(len(out)) if counts[k] and out[k]]
    return out if joined.count(width) >= ROW_BREAK_SHARE * len(joined) else lines


def rows_of(text: str) -> list[list[Piece]]:
    """A row of pieces per line of a 'rows' text (empty cells inside a row kept as '')."""
    lines = _join_broken_rows(_rejoin_words(_lines(text)))
    filled = [x for x in lines if x.strip()]
    piped = sum(1 for x in filled if "|" in x) >= 0.5 * len(filled)
    tabbed = not piped and sum(1 for x in filled if "\t" in x.strip()) >= ROWS_SHARE * len(filled)
    single = not piped and not tabbed and sum(1 for x in filled if re.search(r"\S {2,}\S", x.strip())) < 0.3 * len(filled)
    closed_share = sum(1 for x in filled if x.strip().endswith("|")) / max(1, sum(1 for x in filled if "|" in x))
    rows: list[list[Piece]] = []
    last = max((i for i, x in enumerate(lines) if x.strip()), default=-1)
    for n, raw in enumerate(lines, start=1):
        s = raw.strip()
        if not s or PIPE_ONLY.fullmatch(s):
            continue
        if piped and "|" in s:
            cells, closed = _pipe_cells(s)
        elif tabbed or "\t" in s:
            cells, closed = [c.strip() for c in s.split("\t")], True
        else:
            cells, closed = _split_spaces(s, single), True
            if single:
                cells = _rejoin_names(_rejoin_letters(cells))
        # a cell of a row that holds a table's cells run together (a page's 内容概述 field): those cells, cut at labels
        row = [Piece(p, n, run=True) if ran else Piece(c, n)
               for c in cells for ran in [len(cells) >= 2 and is_run(c)] for p in (split_run(c) if ran else [c])]
        if row and n - 1 == last and piped and not closed and closed_share >= 0.6:
            row[-1].cut = True                    # the text stops inside this row's last cell
        if row:
            rows.append(row)
    return _labels_down(_join_header_rows(_join_qualitative(rows) if not piped else rows))


_AMOUNT_CELL = re.compile(r"\s*\d[\d,]*(?:\.\d+)?\s*(?:万?元)?\s*")


def _labels_down(rows: list[list[Piece]]) -> list[list[Piece]]:
    """A funding label printed as the LAST cell of a row whose amounts open the next line ('得分 | 年度资金总额' /
    '387664.62 | 387664.62 | 10 | …', a self-evaluation's rows copied one cell early: each line holds a row's amounts and
    the next row's label): the label opens the row of its amounts. Only when no other cell of its row is a label (a
    row of labels over a row of their amounts pairs them column by column), the label has no value after it on its
    line and the next row opens with an amount."""
    out = [list(r) for r in rows]
    moved: set[int] = set()           # labels this pass put at a row's start (that row's own label, not another's)
    for k in range(len(out) - 1):
        row, nxt = out[k], out[k + 1]
        if len(row) >= 2 and (L.field_of(row[-1].text) or "").startswith("funding.") \
                and not any(L.field_of(p.text) for p in row[:-1] if id(p) not in moved) \
                and nxt and _AMOUNT_CELL.fullmatch(nxt[0].text):
            moved.add(id(row[-1]))
            out[k + 1] = [row[-1]] + nxt
            out[k] = row[:-1]
    return [r for r in out if r]


def _join_header_rows(rows: list[list[Piece]]) -> list[list[Piece]]:
    """A header cell printed on a line of its own before the rest of its header row ('一级指标' / '二级指标 三级指标
    指标值', a cell whose line break the copy kept): the lone cell opens that row when it names a column the row does
    not name and the row names two or more columns and nothing else."""
    out: list[list[Piece]] = []
    for row in rows:
        if out and len(out[-1]) == 1 and len(row) >= 2 and (lone := C.column_role(out[-1][0].text)) \
                and all(C.column_role(p.text) for p in row) and lone not in {C.column_role(p.text) for p in row}:
            out[-1] = out[-1] + row
            continue
        out.append(row)
    return out


# --- cells ---------------------------------------------------------------------------------------
def pieces_of(text: str) -> list[Piece]:
    """One piece per cell of a 'cells' text; a long line of cells run together is cut at its labels."""
    out: list[Piece] = []
    lines = _lines(text)
    last = max((i for i, x in enumerate(lines) if x.strip()), default=-1)
    marked = sum(1 for x in lines if x.strip().endswith("|")) >= 0.5 * sum(1 for x in lines if x.strip())
    bars = sum(1 for x in lines if PIPE_ONLY.fullmatch(x.strip()))        # a lone '|' line between cells
    barred = bars >= 0.6 * sum(1 for x in lines if x.strip() and not PIPE_ONLY.fullmatch(x.strip()))
    glue = glued_text(lines)          # a row per line with its cells run together: every line may hold several
    if marked:
        lines = _unwrap_marked(lines)
    table = glued_table(lines, tail=True) if glue else {}
    for n, raw in enumerate(lines, start=1):
        s = raw.strip()
        if n - 1 in table:                # a row of an indicator table whose cells ran together, cut by its header
            cells = table[n - 1]
            if cells is None:
                out.append(Piece(s, n, lined=True, mixed=True, cut=n - 1 == last, col=-1))
            else:
                out += [Piece(t, n, lined=True, cut=n - 1 == last, col=j) for j, t in cells]
            continue
        if PIPE_ONLY.fullmatch(s):
            if len(s) >= 2 and out:
                out[-1].row_end = True
            continue
        closed = s.endswith("|")
        tail = re.search(r"(?:\s*\|)+$", s) if closed else None
        if closed:
            s = s[:tail.start()].strip()          # 'value | ||||': the merged cells after it are no part of it
        if not s:
            continue
        if is_run(s) and not glue and told(s):
            out.append(Piece(s, n))               # a paragraph telling of a form's labels: one piece, no cells
        elif is_run(s) or glue or short_run(s):
            # numbers a space apart between two labels ('年度资金总额 0 0 0 10 0 0'): a row's cells, one a piece
            out += [Piece(q, n, run=True, lined=glue) for p in split_run(s)
                    for q in (p.split() if _NUMBERS.fullmatch(p) else [p])]
            out[-1].cut = n - 1 == last and is_run(s)     # a run of cells that ends the text: the copy stopped there
        else:
            out.append(Piece(s, n))
        if n - 1 == last and (marked and not closed or barred):
            out[-1].cut = True                    # every cell ends with ' |' (or a '|' line) but the last: the copy stops in it
    return _unglue_dates(join_fragments(out))


# a date as a plan's cell prints it ('2021/1/1', '2021-12-31', '2021.6.30'), and two of them run together at the
# start of a cell with what followed them ('2021/1/12021/12/311、10处…': 开始时间, 结束时间, 实施内容)
_TWO_DATES = re.compile(r"(?P<a>(?:19|20)\d\d(?P<s>[/.\-])(?:1[0-2]|0?[1-9])(?P=s)(?:3[01]|[12]\d|0?[1-9]))"
                        r"(?P<b>(?:19|20)\d\d(?P<t>[/.\-])(?:1[0-2]|0?[1-9])(?P=t)(?:3[01]|[12]\d|0?[1-9]))(?P<rest>.*)", re.S)


def _unglue_dates(pieces: list[Piece]) -> list[Piece]:
    """A piece that opens with two dates run together: the two dates and the rest, each a piece. (Where the second
    date's day ends is told by its digits only as far as the month: '…/12/311、' is 31 and '1、' — or 3 and '11、';
    the longer day is taken, the months are the same either way.)"""
    out = []
    for p in pieces:
        m = _TWO_DATES.fullmatch(p.text.strip())
        if m is None:
            out.append(p)
            continue
        for t in (m.group("a"), m.group("b"), m.group("rest").strip()):
            if t:
                q = copy.copy(p)
                q.text = t
                out.append(q)
    return out


SHORT_RUN_LABELS = 3      # field labels of as many fields in a line with no space and no sentence: its cells run together


def short_run(line: str) -> bool:
    """A line too short for is_run whose cells ran together all the same ('…自评表项目支出名称A主管部门B实施单位C'): no
    space, no sentence stop, and the labels of SHORT_RUN_LABELS different fields in it (words of a sentence are not
    so many labels with nothing but names between them)."""
    if is_run(line) or re.search(r"\s|[。；;！？!?]", line.strip()):
        return False
    keys = {L.field_of(line[a:b]) for a, b in label_hits(line)} - {None}
    return len(keys) >= SHORT_RUN_LABELS


# (an amount may carry its money unit: '620.82万元 620.82万元 100 100%', a self-evaluation's funding row as an .xls printed it)
_NUMBERS = re.compile(r"-?\d[\d,]*(?:\.\d+)?(?:%|万?元)?(?:\s+-?\d[\d,]*(?:\.\d+)?(?:%|万?元)?)+")
WRAP_PIECE = 20           # a line this short, not closed by ' |' in a text whose cells all are, is part of a wrapped cell
WRAP_LINES = 4


def _labelish(t: str, title: bool = True) -> bool:
    return bool(L.field_of(t) or C.level_word(t) or C.column_role(t) or L.is_section(t) or title and _TITLE.search(t))


_TITLE = re.compile(r"(?:绩效目标|申报|批复|审批|评价指标|自评)表|^附件\s*\d*$")


def _unwrap_marked(lines: list[str]) -> list[str]:
    """A text whose every cell ends with ' |' prints a cell wrapped in its table ('绩 / 效 / 指 / 标 |',
    '项目资金 / (万元) |', '打造金安国际网球 / 公开赛等系列品牌赛事 |') as short lines without the mark and the
    last with it: those lines are one cell. Only inside the table (after the first marked line), only short
    pieces, and only when the joined cell is a label or no piece is one on its own (a title or a label line
    before a marked cell stays apart: '附件2 / …绩效目标表 / 项目名称 |')."""
    out = list(lines)
    first = next((i for i, x in enumerate(lines) if x.strip().endswith("|") and not PIPE_ONLY.fullmatch(x.strip())), None)
    if first is None:
        return out
    i = first + 1
    while i < len(out):
        s = out[i].strip()
        if not s or s.endswith("|"):
            i += 1
            continue
        j = i
        while j < len(out) and j - i < WRAP_LINES and out[j].strip() and not out[j].strip().endswith("|") \
                and len(out[j].strip()) <= WRAP_PIECE:
            j += 1
        end = out[j].strip() if j < len(out) else ""
        if j == i or not end.endswith("|") or PIPE_ONLY.fullmatch(end) or j - i >= WRAP_LINES:
            i = max(j, i + 1)
            continue
        parts = [out[k].strip() for k in range(i, j)] + [end[:-1].strip()]
        joined = "".join(parts)
        if _labelish(joined, title=False) or not any(_labelish(x) for x in parts):
            out[i:j + 1] = [""] * (j - i) + [joined + " |"]     # line numbers kept: the cell is on its last line
        i = j + 1
    return out


def is_run(line: str) -> bool:
    """A long line holding many labels: cells run together with no separator."""
    line = _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), line)
    if len(line) < FLAT_LINE or "|" in line or "\t" in line:
        return False
    hits = len(label_hits(line))
    return hits >= FLAT_LABELS and not (line.count("。") >= PROSE_SENTENCES and hits < PROSE_LABELS * len(line) / 100)


# before a label word in a sentence: the start of its clause, or a count of it ('包括23个数量指标、2个质量指标')
_CLAUSE_OPEN = re.compile(r"(?:^|[，,。；;：:、]|\d+\s*[个项条类])$")
TOLD_SHARE = 2 / 3


def told(line: str) -> bool:
    """A line of sentences whose label words open its clauses or are counted ('…同步下达绩效目标,年度目标为:…。年度目标
    下设33个三级绩效指标,包括23个数量指标、2个质量指标…'): a report's paragraph telling of a form, not a form's cells
    run together (whose labels follow the value before them with nothing between)."""
    if "。" not in line or not re.search(r"[，,]", line):
        return False
    spans = label_hits(line)
    told = sum(1 for a, _ in spans if _CLAUSE_OPEN.search(line[max(0, a - 6):a]))
    return told >= TOLD_SHARE * len(spans)


PROSE_SENTENCES = 3       # a long line of three or more sentences with fewer labels than this per 100 characters is a
PROSE_LABELS = 1.2        # paragraph (a notice above the form: '…对照绩效目标做好绩效监控,确保年度绩效目标如期完成。'),
                          # whose label words are words of its sentences, not cells


def _despaced(t: str) -> str:
    """'总体 目标', '一级 指标', '产出 指标': a label a PDF printed with spaces inside is the label."""
    s = re.sub(r"\s+", "", t)
    if s != t and len(s) <= 20 and (L.field_of(s) or C.level_word(s) or C.column_role(s) or L.is_section(s)) \
            and not (L.field_of(t) or C.level_word(t) or C.column_role(t)):
        return s
    return t


def join_fragments(pieces: list[Piece]) -> list[Piece]:
    """A label printed over two cells ('主管部门' / '及编码', '经济效益' / '指标') put back together."""
    out: list[Piece] = []
    for p in _straddled(_upright(pieces)):
        p.text = _despaced(p.text)
        prev = out[-1] if out else None
        if prev is not None and not prev.row_end and (len(p.text) <= 5 and _joins(prev.text, p.text) or _unfinished(prev.text, p.text)):
            prev.text = prev.text + p.text
            prev.cut = p.cut
            continue
        out.append(p)
    return out


STRADDLE_CELLS = 3        # cells of a row a wrapped level cell's two lines may stand around (name, value, note)


def _known_level(t: str) -> bool:
    b = C._bare(t)
    return b in C._LEVEL_SET or b in C.LEVEL2_CANON


def _straddled(pieces: list[Piece]) -> list[Piece]:
    """A level cell of the indicator table merged over its rows and wrapped in two lines that a converter printed
    around the row's other cells ('社会公众或服务' / '政策满意度' / '≥90%' / '对象满意度指标'): its two halves put back
    together where the first stands, when the first half is no word of the table by itself and the two make a level
    word the lexicon knows — the cells between (name, value) keep their order. Anything else stays as printed."""
    out = list(pieces)
    k = 0
    while k < len(out):
        head = out[k].text.strip()
        if 2 <= len(head) <= 10 and re.fullmatch(r"[\u4e00-\u9fff]+", head) and not _labelish(head) \
                and not _known_level(head):
            for j in range(k + 2, min(len(out), k + 2 + STRADDLE_CELLS)):
                if out[j - 1].row_end or _labelish(out[j - 1].text.strip()):
                    break
                tail = out[j].text.strip()
                if out[j].line > out[k].line and _known_level(head + tail) and not _known_level(tail) \
                        and C.level_word(head + tail) in ("L1", "L2"):
                    out[k] = Piece(head + tail, out[k].line, cut=out[k].cut)
                    del out[j]
                    break
        k += 1
    return out


def _upright(pieces: list[Piece]) -> list[Piece]:
    """A heading printed upright, one character a cell ('总' / '体' / '目' / '标', '产' / '出' / '指' / '标'): a run of
    two or more one-character cells is one cell when the characters make a label or a level word — with the next
    short cell when only that completes it ('产' / '出' + '指标'). Characters that make no label stay apart."""
    out: list[Piece] = []
    k = 0
    while k < len(pieces):
        if (e := _stacked(pieces, k)) > k:
            word = "".join(p.text for p in pieces[k:e])
            out.append(Piece(word, pieces[e - 1].line, cut=pieces[e - 1].cut, row_end=pieces[e - 1].row_end))
            k = e
            continue
        e = k
        while e < len(pieces) and re.fullmatch(r"[\u4e00-\u9fff]", pieces[e].text) and not pieces[e].row_end:
            e += 1
        if e - k >= 2:
            word = "".join(p.text for p in pieces[k:e])
            if not _labelish(word, title=False) and e < len(pieces) and len(pieces[e].text) <= 2 \
                    and _labelish(word + pieces[e].text, title=False):
                word, e = word + pieces[e].text, e + 1
            if _labelish(word, title=False):
                out.append(Piece(word, pieces[e - 1].line, cut=pieces[e - 1].cut, row_end=pieces[e - 1].row_end))
                k = e
                continue
        out.append(pieces[k])
        k += 1
    return out


_STACK_WORD = re.compile(r"[\u4e00-\u9fff]{2}")       # one word of a label printed upright, a word a line
_STACK_UNIT = re.compile(r"[（(]\s*[万千]?元\s*[)）]")  # … and the money unit under it ('年度/预算/安排/(万元)')
STACK_WORDS = 3           # words of two characters, one a line, that make a label only together ('年度' / '总体' / '目标')


def _stacked(pieces: list[Piece], k: int) -> int:
    """A label a sheet printed upright in a narrow merged cell, one two-character word a line ('年度' / '总体' / '目标'
    for 年度总体目标; '年度' / '预算' / '安排' / '(万元)'): the end of the run from ``k`` whose words together make a field's
    label — at least STACK_WORDS words on consecutive lines, each alone on its line, and a label that no shorter run
    from ``k`` makes (the first words alone are no label of their own but '年度'). ``k`` when there is none."""
    e = k
    while e < len(pieces) and _STACK_WORD.fullmatch(pieces[e].text) and not pieces[e].row_end \
            and (e == k or pieces[e].line == pieces[e - 1].line + 1) \
            and all(q.line != pieces[e].line for q in pieces[max(0, e - 1):e + 2] if q is not pieces[e]):
        e += 1
    for end in range(e, k + STACK_WORDS - 1, -1):
        word = "".join(p.text for p in pieces[k:end])
        if L.field_of(word) and L.field_of(word) != "year":
            if end < len(pieces) and pieces[end].line == pieces[end - 1].line + 1 and _STACK_UNIT.fullmatch(pieces[end].text):
                end += 1                  # its money unit under it: the label's own ('(万元)' gives the factor)
            return end
    return k


def _unfinished(head: str, rest: str) -> bool:
    """'主管部门(单位)名称及' / '部门预算编码': a label that ends on 及 / 和 / 与 goes on in the next cell."""
    return bool(re.search(r"[及和与]$", head)) and len(rest) <= 10 and bool(L.field_of(head + rest)) \
        and L.field_of(head + rest) != L.field_of(rest)


def _joins(head: str, rest: str) -> bool:
    joined = head + rest
    if C.level_word(rest) or L.field_of(rest) and L.field_of(rest) == L.field_of(joined):
        return False
    if L.field_of(joined) and L.field_of(joined) != L.field_of(head):
        return True
    if len(joined) <= 6 and C.column_role(joined) and C.column_role(joined) == C.column_role(head) != C.column_role(rest):
        return True             # '一级' / '指标': a narrow header cell wrapped, not a 一级 column and a 指标 column
    return bool(C.level_word(joined)) and not C.level_word(head) or bool(C.column_role(joined)) and not C.column_role(head) \
        or L.is_section(joined) and len(head) <= 4 and not (L.is_section(head) or L.field_of(head) or L.field_of(rest))


def _hit_patterns() -> list[tuple[str, re.Pattern]]:
    # '金额（元）': the note stays with its label; so does a column's letter ('指标值(A)', '全年实际值(B)', '执行率(B/A)')
    note = r"(?:[（(](?:万?元|%|％|年月|签字|盖章|\d{1,3}分|[A-Z](?:/[A-Z])?)[)）])?"
    pats = [("field", re.compile(f"(?:{p}){note}")) for k, p in L.FIELD_LABELS if k != "year"]
    words = list(C.LEVEL1 + C.LEVEL12 + C.LEVEL2) + [w for w in C.LEVEL2_CANON if len(w) >= 6] + list(C.HEADER_WORDS) + ["合计", "绩效指标",
                                                                          "保障绩效目标实现措施"]
    pats.append(("word", re.compile("(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + f"){note}")))
    pats.append(("word", re.compile(C.YEAR_HEADS)))
    pats.append(("section", re.compile(r"(?:项目|专项)资金(?:来源|构成|情况)?\s?[（(]万?元[)）]|资金(?:投入)?(?:来源|构成|情况)\s?[（(]万?元[)）]|"
                                       r"(?:项目|专项)?总体目标")))
    pats.append(("signoff", re.compile(r"(?<![\d.])[\u4e00-\u9fff]{0,6}(?:审核|审批|初审)意见[\u4e00-\u9fff]{0,4}(?:公章|盖章)?[:：]?")))
    pats.append(("budget", re.compile(rf"(?:{C.FUND_COLUMN}|"
                                      r"项目预算成本构成|成本构成|测算(?:[（(]公式[)）])?依据|明细项目名称|支出内容|费用名称|"
                                      r"支出明细|预算数|(?:19|20)\d\d年实际执行数|金额)" + note)))
    # any budget table's name head ('支出项目', '用途') and an amount's head right after it ('金额（元）', '预算数'; not
    # 资金, a word of names: '项目资金使用合规性'): the two open the table's header, two labels (not '项目金额（元）')
    pats.append(("pair", re.compile(f"(?:{dict(C.BUDGET_ROLES)['bname']})(?P<amount>(?:(?:预算|申请)?金额|(?:申请)?预算数){note})")))
    pats.append(("title", re.compile(r"[\u4e00-\u9fff]{0,20}(?:19|20)\d\d年[\u4e00-\u9fff]{0,20}(?:绩效目标|申报|批复|审批)表|"
                                     r"[\u4e00-\u9fff]{0,12}绩效目标(?:申报|批复|审批)?表(?:[（(]\s*(?:19|20)\d\d\s*年度?\s*[)）])?")))
    return pats


_HITS: list | None = None


def label_hits(s: str) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) of the labels in a run of text, longer labels first ('…购置项目主管部门及编码':
    主管部门及编码, not 项目主管部门), the earlier of two as long."""
    global _HITS
    _HITS = _HITS or _hit_patterns()
    found = sorted({_past_unit(s, m.start(), m.end()) for _, pat in _HITS for m in pat.finditer(s) if m.end() > m.start()},
                   key=lambda h: (h[0] - h[1], h[0]))
    pairs = {(m.start(), m.end()): m.start("amount") for kind, pat in _HITS if kind == "pair" for m in pat.finditer(s)
             if not L.field_of(m.group(0))}      # '项目金额（元）' is one label
    hits: list[tuple[int, int]] = []
    for start, end in found:
        if all(end <= a or start >= b for a, b in hits):
            hits += [(start, pairs[start, end]), (pairs[start, end], end)] if (start, end) in pairs else [(start, end)]
    return sorted(hits)


_NUMBER_BEFORE = re.compile(r"\d([^\d\s]{0,3})$")


def _past_unit(s: str, start: int, end: int) -> tuple[int, int]:
    """A label that opens with the unit of the number before it ('≤10万元财政部门审核意见': 元 is the number's, the
    sign-off label starts at 财政): its start moved past the unit, when what is left is still a label."""
    if not (m := _NUMBER_BEFORE.search(s, 0, start)):
        return start, end
    for k in range(min(4, end - start - 2), 0, -1):
        if C.UNIT_WORD.fullmatch(m.group(1) + s[start:start + k]) \
                and any(pat.fullmatch(s, start + k, end) for _, pat in _HITS):
            return start + k, end
    return start, end


_RUN_VALUE = re.compile(rf"(?:>=|<=|[≥≤<>=＞＜﹦═])?\d[\d,.]*(?:{C.UNIT_WORD.pattern})?")


_RUN_DATE = re.compile(r"(?:19|20)\d\d年(?:\d{1,2}月(?:\d{1,2}日)?)?底?(?:以前|前|内|止)?|次月\d{1,2}日(?:以前|前|内)?|"
                       r"\d{1,2}月(?:\d{1,2}日|底)(?:以前|前|内|止)?")     # '2026年6月底前', '次月10日前' stay whole


def split_data(s: str) -> list[str]:
    """Table cells run together: '保安服务费191依据招标文件' → ['保安服务费', '191', '依据招标文件'];
    '维修维护次数反映全年维修维护情况2280次大楼安检巡察次数' → [name, '反映…', '2280次', name]."""
    cuts = {0, len(s)}
    dates = [(m.start(), m.end()) for m in _RUN_DATE.finditer(s)]
    for m in _RUN_VALUE.finditer(s):
        if not any(a <= m.start() < b for a, b in dates):
            cuts |= {m.start(), m.end()}
    for a, b in dates:
        if not re.search(r"(?:截至|截止|截止到)$", s[:a]):      # '截至2026年12月底,项目开展率': a date inside a name
            cuts |= {a, b}
    for m in C.DESCRIPTION.finditer(s):
        cuts.add(m.start())
    for m in re.finditer(rf"{C.POLARITY.pattern}|{C.STANDARD_CELL.pattern}", s):
        cuts |= {m.start(), m.end()}              # 正向 / 计划标准 cells between a name and its value
    if m := re.search(r"[≥≤<>=＞＜]+$", s):
        cuts.add(m.start())                       # a value cut off after its sign
    out = [s[a:b].strip(" ,，") for a, b in zip(sorted(cuts), sorted(cuts)[1:])]
    return [x for x in out if x]


# a word in brackets inside a label ('专项(项目)名称', '主管部门(单位)名称'); money units and signatures are the label's own
_INSERTED = re.compile(r"(?<=[\u4e00-\u9fff]) ?[（(](?![^）)]*(?:元|签|盖章))([\u4e00-\u9fff]{1,4})[)）] ?(?=[\u4e00-\u9fff])")


def unbracket(flat: str, spans) -> str:
    """The text with a bracketed word taken out of a label it sits inside ('专项(项目)名称 某项目' → '专项名称 某项目'),
    so that the label is cut as the lexicon knows it: only where a label (``spans(text)``: its (start, end) pairs) runs
    across the place the brackets were. Used by both readers of flattened text (split_run, text_dump)."""
    def out(m: re.Match) -> str:
        a = max(0, m.start() - 8)
        joined = flat[a:m.start()] + flat[m.end():m.end() + 8]
        cut = m.start() - a
        return "" if any(s < cut < e for s, e in spans(joined)) else m.group(0)
    return _INSERTED.sub(out, flat)


def glued_header(line: str) -> list[str] | None:
    """The column heads of an indicator header printed with no separator ('绩效指标指标名称指标权重计量单位指标性质指标值'
    → ['绩效指标', '指标名称', '指标权重', '计量单位', '指标性质', '指标值']; a section word may open it): the one way to
    cut the line into heads, longest heads first; None when the line is anything else or holds no name and value heads."""
    s = re.sub(r"\s", "", line)
    if not 8 <= len(s) <= 80 or re.search(r"[\d:：,，。;；]", s):
        return None
    lead = next((s[:k] for k in range(min(len(s), 8), 1, -1) if L.is_section(s[:k]) and not C.column_role(s[:k])), "")
    out, at = [lead] if lead else [], len(lead)
    while at < len(s):
        end = next((e for e in range(min(len(s), at + 12), at + 1, -1) if C.column_role(s[at:e])), None)
        if end is None:
            return None
        out.append(s[at:end])
        at = end
    roles = [C.column_role(h) for h in out if h != lead]
    return out if len(roles) >= 3 and "name" in roles and "value" in roles else None


# what a cell of each column may hold in a row whose cells ran together (glued_row); name and value are read apart
_GLUED_CELL = {
    "level1": re.compile("|".join(map(re.escape, C.LEVEL1 + C.LEVEL12))),
    "level2": re.compile("|".join(map(re.escape, sorted(C.LEVEL2 + C.LEVEL12, key=len, reverse=True)))),
    "score": re.compile(r"\d{1,3}(?:\.\d+)?"),
    "unit": re.compile(rf"(?:{C.UNIT_WORD.pattern})"),
    "op": re.compile(rf"{C._OP}|{C.POLARITY.pattern}"),
    "value": re.compile(rf"(?:0|[1-9]\d*)(?:\.\d+)?(?:{C.UNIT_WORD.pattern})?|[^\d\s≥≤<>=＜＞﹦═%％]{{1,12}}"),
}
_NEEDED = ("name", "score", "value")        # a row's weight printed: the one visible edge between its name and its target


def _char_class(ch: str) -> str:
    return "d" if ch.isdigit() or ch == "." else "c" if "\u4e00" <= ch <= "\u9fff" else "o"


def glued_row(text: str, roles: list[str]) -> list[tuple[int, str]] | None:
    """One indicator row whose cells ran together ('农村公路养护里程10公里=125' under 指标名称 / 指标权重 / 计量单位 /
    指标性质 / 指标值): (column, text) for each cell, when every way to cut it into the columns' kinds reads the same.
    A cut is made only where the kind of character changes — never between two digits ('1020': weight 10 and target 20,
    or 1 and 020?) nor between two words of text (a name and a worded target) — so a row whose weight and target are
    digits run together, or whose name runs into its target, is not read (None). Only headers of level, name, weight,
    unit, sign and value columns; a header with a weight column needs each row's weight (the visible edge)."""
    s = re.sub(r"\s", "", text)
    if not s or len(s) > 120 or not set(roles) <= set(_GLUED_CELL) | {"name"} or "name" not in roles \
            or "value" not in roles:
        return None
    readings: set[tuple] = set()
    found: list[list[tuple[int, str]]] = []

    def walk(at: int, k: int, acc: list[tuple[int, str]]) -> None:
        if len(found) > 8:
            return
        if k == len(roles):
            if at == len(s):
                found.append(list(acc))
                readings.add(tuple((j, t) for j, t in acc if roles[j] != "score"))
            return
        role = roles[k]
        ends = []
        if role not in _NEEDED:
            ends.append(at)                          # an optional cell left blank
        for e in range(at + 1, min(len(s), at + 60) + 1):
            t = s[at:e]
            if role == "name":
                ok = len(re.findall(r"[\u4e00-\u9fff]", t)) >= 2 and not re.match(r"[\d≥≤<>=＜＞﹦═]", t) \
                    and not t[-1].isdigit()
            else:
                ok = bool(_GLUED_CELL[role].fullmatch(t))
            if ok:
                ends.append(e)
        last = next((x for x in reversed(acc) if x[1]), None)
        for e in ends:
            if e > at and last and roles[last[0]] not in C.LEVEL_ROLES and role not in C.LEVEL_ROLES:
                a, b = _char_class(last[1][-1]), _char_class(s[at])
                if a == b and a in "dc":
                    continue                         # no visible edge between the two cells
            acc.append((k, s[at:e]))
            walk(e, k + 1, acc)
            acc.pop()

    walk(0, 0, [])
    if len(readings) != 1 or len(found) > 8:
        return None
    return [(j, t) for j, t in found[0] if t]


def split_run(s: str) -> list[str]:
    """'项目名称滨湖大楼运行保障项目类别本级支出项目' → ['项目名称', '滨湖大楼运行保障', '项目类别', '本级支出项目'].
    A label printed letter-spaced ('年 度 总 体 目 标', a wide cell of a .doc) is the label; a word in brackets inside a
    label ('主管部门(单位)名称某局') is taken out (unbracket)."""
    s = unbracket(unwrap_labels(_LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), s)), label_hits)
    out, at = [], 0
    hits = label_hits(s)
    spaced = s.count(" ") >= len(hits)        # cells a space apart: a label glued inside words is a word of a value
    for start, end in hits:
        if start > at and (_inside_value(s, start, end) or spaced and _glued_inside(s, start, end, hits)
                           or _SENTENCE_GOES_ON.match(s, end)):
            continue
        if s[start] == "年" and _YEAR_BEFORE.search(s, 0, start):
            continue                       # '…分局2021年度绩效目标公开': the label's 年 is the year's, a title's words
        if start > at:
            out.append(s[at:start])
        if (note := _SCOPE_NOTE.match(s, end)) and not any(a < note.end() for a, _ in hits if a >= end):
            end = note.end()               # '二级指标(长期)': the column's scope note is part of its head
        out.append(s[start:end])
        at = end
    if at < len(s):
        out.append(s[at:])
    out = [_SUB_NOTE.sub("", x) for x in out]      # '4.5其中:' before 财政拨款: the number, not a label
    return [x.strip(" :：") for x in out if x.strip(" :：")]



_WRAP_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
_FIELD_HITS: list[re.Pattern] | None = None


def _field_spans(s: str) -> list[tuple[int, int]]:
    global _FIELD_HITS
    _FIELD_HITS = _FIELD_HITS or [re.compile(p) for k, p in L.FIELD_LABELS if k != "year"]
    return [(m.start(), m.end()) for pat in _FIELD_HITS for m in pat.finditer(s) if m.end() > m.start()]


def unwrap_labels(s: str) -> str:
    """A field label wrapped inside its cell, the converter printing a space where the line broke ('其中:当年财政 拨款'
    in a run of an .xls's cells): the space is taken out when a label of the lexicon runs across it and neither side
    is a label of its own at the space (a value before a label — '某某项目 资金总额' — keeps its space: 资金总额
    is a label by itself right after it)."""
    def out(m: re.Match) -> str:
        at = m.start()
        a, b = max(0, at - 10), min(len(s), at + 11)
        joined = s[a:at] + s[at + 1:b]
        cut = at - a
        if not any(x < cut < y for x, y in _field_spans(joined)):
            return " "
        apart = s[a:b]
        if any(y == cut or x == cut + 1 for x, y in _field_spans(apart)):
            return " "
        return ""
    return _WRAP_SPACE.sub(out, s)


# a head's note of the column group it belongs to ('二级指标(长期)', '指标值（年度）'), or a label's note of the stamp its
# cell asks for ('填报单位(公章):'), with the colon after it
_SCOPE_NOTE = re.compile(r"\s*[（(]\s*(?:中长期|长期|中期|年度|本年度|当年|实施期)\s*[)）](?:\s*[:：])?"
                         r"|\s*[（(]\s*(?:公章|盖章|签章|单位公章)\s*[)）]\s*[:：]")
_YEAR_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d\s*$")


# a label word of a sentence ('…和绩效目标(附件2),做好…'): what follows it (past a bracketed note) is a comma, not a value
_SENTENCE_GOES_ON = re.compile(r"(?:[（(][^）)]{0,12}[)）])?[，,；;]")


def _glued_inside(s: str, start: int, end: int, hits: list[tuple[int, int]]) -> bool:
    """'在项目计划完成时间内完成' in a run whose cells are a space apart: the label 完成时间 has words glued on both sides
    (a character of no other label right before it and right after it), so it is a word of that cell, not a cell."""
    ends, starts = {b for a, b in hits}, {a for a, b in hits}
    return 0 < start and end < len(s) and start not in ends and end not in starts \
        and bool(re.match(r"[\u4e00-\u9fff]", s[start - 1])) and bool(re.match(r"[\u4e00-\u9fff]", s[end]))


def _inside_value(s: str, start: int, end: int) -> bool:
    """A source-of-funds label inside a name ('…补助地方资金(普通省道公路建设)'; not 补助区域, the row naming where the
    money goes): the text before it, since the last
    label, is words (no digit; a character, not a space or colon, right before it) and what follows is no amount —
    a character or a bracketed note, not a digit, a colon, a money unit or another label."""
    word = s[start:end]
    if not re.search(r"资金|补助(?![/／]?区域)|拨款", word) or not (L.field_of(word) or "").startswith(("funding.", "none")):
        return False
    rest, before = s[end:], s[:start]
    last = max((b for a, b in label_hits(before)), default=0)
    return bool(re.match(r"[\u4e00-\u9fff（(]", rest)) and bool(re.search(r"[\u4e00-\u9fff]$", before)) \
        and not re.search(r"\d", before[last:]) \
        and not re.match(r"[（(](?:万?元|%|％)[)）]", rest) and not (label_hits(rest[:10]) and label_hits(rest[:10])[0][0] == 0)


_SUB_NOTE = re.compile(r"(?<=[\d元万%％])\s*其中\s*[:：]?\s*$")


def transposed_rows(text: str) -> list[list[str]]:
    """An indicator table printed on its side: a row headed 三级指标 (or 指标名称) holding the names, then rows headed by
    a value column's word ('年度目标值', '实施周期目标值') holding the values, each printed as a line of cells apart by
    spaces (a PDF's text layer gives a wide table so). [[header words], [name, value, …], …] when every value row holds
    exactly as many cells as there are names (a row with more or fewer cannot be paired cell by cell: left out)."""
    lines = [x.strip() for x in _lines(text)]
    at = next((i for i, x in enumerate(lines) if C.column_role(x.split(" ")[0]) == "name" and " " in x), None)
    if at is None:
        return []
    names: list[str] = lines[at].split(" ", 1)[1].split()
    k = at + 1
    while k < len(lines) and lines[k] and not C.column_role(lines[k]) and len(lines[k]) <= 30 \
            and all(_cell_kind(w) in ("short", "text") for w in lines[k].split()):
        names += lines[k].split()                    # the names' row wrapped onto the next line
        k += 1
    heads, columns = [], []
    while k + 1 < len(lines) and C.column_role(lines[k]) == "value":
        values = lines[k + 1].split()
        if len(values) == len(names) and all(_cell_kind(v) in ("value", "num", "valueish") for v in values):
            heads.append(lines[k])
            columns.append(values)
        k += 2
        while k < len(lines) and lines[k] and not C.column_role(lines[k]):
            k += 1                                   # the rest of a row with more cells than names
    if not columns or not all(_cell_kind(n) in ("short", "text") for n in names):
        return []
    return [["三级指标"] + heads] + [[n] + [col[j] for col in columns] for j, n in enumerate(names)]


def _cell_kind(t: str) -> str:
    from .kinds import cell_kind                    # kinds imports this module's neighbours: imported when used
    return cell_kind(t)
