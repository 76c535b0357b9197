"""Label/value pairs from a dump that printed a column of labels and then a column of values.

pdftotext prints a table column by column when its cells line up: 项目名称 / 项目主管部门 /
项目联系人 … and then 渭南市社会化聘用人员经费 / 渭南市信访局 / 黄丽 …, with the labels of a further
column mixed into the value column and their values in a column after that. Cutting the text
at labels (text_reader's first pass) finds nothing between two labels there.

Here every value is given to the label that has waited longest for one *of its kind*: a phone
number never goes to 项目名称, an amount never to a person, a sentence never to a unit. So a
label column that is printed after the values of an earlier one still lines up. It runs only
when three labels stand on their own lines in a row, and before text_reader's label cut, which
then fills what is left; a value no waiting label takes is left alone; the part after the budget
or indicator table header is not read (those tables have readers of their own).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..textnum import normalize, parse_amount_wan
from . import columns as C
from . import labels as L
from .cells import Cell, State, Table
from .grid import extract
from .kinds import field_kind as _kind
from .kinds import fits

_STOP = re.compile(r"一级指标|二级指标|三级指标|绩效指标|^(?:产出|效益|满意度|成本|数量|质量|时效|社会|经济|生态|可持续影响?)"
                   r"(?:效益)?指标$")
_HEADING_NOTE = re.compile(r"[（(](?:万?元|年月|年、月|签字|盖章)[)）]|^[（(][^）)]{0,20}[)）]$")   # (万元) marks a heading
_ITEM_MARK = re.compile(r"^\s*(?:[（(]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.、．](?!\d)|\d[.、．](?=(?:19|20)\d\d\s*年)|目标\s*\d)")       # a list item starts
_FIRST_MARK = re.compile(r"^\s*(?:[（(]\s*[1一]\s*[)）]|1\s*[.、．]|目标\s*1(?!\d))")   # a list starts again


@dataclass
class _Label:
    key: str
    kind: str
    factor: float
    text: str
    line: int = 0     # the line it starts on


def _label_at(lines: list[str], i: int) -> tuple[_Label | None, int]:
    """The label starting at line i (a label may wrap onto the next line), and how many lines it takes."""
    here = lines[i]
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    if nxt and i + 2 < len(lines) and lines[i + 2] and len(nxt) <= 10 and len(lines[i + 2]) <= 10 \
            and not L.field_of(nxt):   # 项目单位 / 负责人及 / 联系电话
        joined = here + nxt + lines[i + 2]
        key = L.field_of(joined)
        if key and key != L.field_of(here):
            return _Label(key, _kind(key), L.norm_label(joined)[1], joined, i), 3
    if nxt and len(nxt) <= 10:
        joined = here + nxt
        key = L.field_of(joined)
        before = L.field_of(here)
        if key and (not before or (not L.field_of(nxt) and (len(nxt) <= 6 or key != before))):
            return _Label(key, _kind(key), L.norm_label(joined)[1], joined, i), 2
    key = L.field_of(here) if here else None
    if not key:
        return None, 1
    return _Label(key, _kind(key), L.norm_label(here)[1], here, i), 1


def queued_pairs(st: State, text: str, money: float = 1.0) -> None:
    """Fill fields still empty from a column-ordered label/value part of ``text`` (see the module doc): the pairs
    are [label, value] rows for grid.extract (``money``: the page's unit, for amounts whose label has none).

    A label column printed down the page goes on with the first column of the tables below it
    (进度计划, 实施内容, 一级指标 …) before the values start again from the top. Where they start is
    the line from which the pairing explains the most values by their kind (a code, a date, an
    amount, a person count more than a bare name, and every skipped line that looks like such a
    value counts against it); on a tie, the earliest.
    """
    raw = _rejoin([x.strip() for x in text.replace("\r", "").split("\n")])
    lines = [normalize(x) for x in raw]   # for reading kinds and labels; values keep the text as written
    at = [_label_at(lines, i) if x else (None, 1) for i, x in enumerate(lines)]   # the label starting at each line
    if not _column_ordered(lines, at):
        return
    # what a line that is no label is: "" nothing, "skip" a heading or note, "stop" the end of the part, "v" a value
    tag = ["" if not x or at[i][0] is not None else "skip" if L.is_section(x) or _HEADING_NOTE.search(x)
           else "stop" if _is_stop(x) else "v" for i, x in enumerate(lines)]
    starts = [i for i, x in enumerate(lines) if x and at[i][0] is None][:MAX_STARTS]
    strong = {i for i in starts if any(fits(k, lines[i]) for k in STRONG)}
    best: list[tuple[_Label, str, int]] = []
    best_score = 0.0
    for start in starts:
        pairs = _pairs(lines, start, raw, at, tag)
        skipped = sum(1 for i in strong if i < start)
        after_blank = start > 0 and not lines[start - 1]
        score = sum(WEIGHT.get(label.kind, 1.0) for label, _, _ in pairs) - skipped + (BLOCK_START if after_blank else 0)
        score = round(score, 6)   # sums of 0.3s: equal scores must compare equal, so the earliest start wins a tie
        if score > best_score:
            best, best_score = pairs, score
    best = _checked_amounts(st, best, money, at, tag)
    rows = [[Cell(label.text, 0, _WHERE), Cell(value, 1, _WHERE)] for label, value, _ in best
            if label.key.split("+")[0] not in st.fields]
    st.money = money
    extract([Table(rows)], method="text-queue", st=st)   # the assembler places them (kinds, units, provenance)


_WHERE = "文本（按列对齐）"


MAX_STARTS = 60
BLOCK_START = 0.5   # pdftotext starts a column of values after a blank line
STRONG = ("amount", "date", "phone", "code")   # a line of these kinds skipped as a heading counts against a start
WEIGHT = {"name": 0.3, "long": 0.5}   # a value only a name would fit is weak evidence of alignment


def _is_stop(line: str) -> bool:
    """The header of a budget or indicator table: the label/value part ends (its columns have readers of
    their own; a number under 金额（万元） is a budget row's, not a waiting funding label's)."""
    return bool(_STOP.search(line)) or (len(line) <= 12 and not L.field_of(line) and (
        bool(L.BUDGET_NAME_RE.fullmatch(L.norm_label(line)[0])) or C.budget_role(line) in ("amount", "bname")))


def _pairs(lines: list[str], start: int, raw: list[str], at: list, tag: list[str]) -> list[tuple[_Label, str, int]]:
    """(label, value, the value's line) when values start at line ``start``; lines before it that are no label are
    skipped."""
    waiting: list[_Label] = []
    out: list[tuple[_Label, str, int]] = []
    early: list[tuple[str, int]] = []   # paragraphs printed before their label (101号: goal text, then 年度绩效目标)
    i = 0
    while i < len(lines):
        label, used = at[i]
        if label is not None and i >= start and (block := _block(lines, raw, at, tag, i)):
            out += block[0]          # labels printed as a run with as many values right under them
            i = block[1]
            continue
        if label is not None:
            if label.kind == "long" and early and i >= start:
                out.append((label, *early.pop(0)))
            else:
                waiting.append(label)
            i += used
            continue
        kind = tag[i]
        if not kind or i < start or kind == "skip":
            i += 1
            continue
        if kind == "stop":
            out += _late_block(lines, raw, tag, i, waiting)
            break
        line = lines[i]
        taker = next((w for w in waiting if fits(w.kind, line)), None)
        i += 1
        if taker is None and not _ITEM_MARK.match(line):   # only a numbered paragraph is kept for a later label
            continue
        value, at_line = raw[i - 1], i - 1
        if taker is None or taker.kind == "long":  # a paragraph goes on to the blank line, label, heading or list restart
            while i < len(lines) and tag[i] == "v" and not _FIRST_MARK.match(lines[i]):
                value += ("\n" if _ITEM_MARK.match(lines[i]) else "") + raw[i]   # '2. …' opens the next goal
                i += 1
        if taker is None:
            early.append((value, at_line))
            continue
        waiting.remove(taker)
        out.append((taker, value, at_line))
    return out


def _checked_amounts(st: State, pairs: list[tuple[_Label, str, int]], money: float, at: list,
                     tag: list[str]) -> list[tuple[_Label, str, int]]:
    """Amounts paired by order alone are kept only when they add up (资金总额 = 上年结转 + 本年拨款 + 其他, all four
    read): a column of numbers printed apart from its labels can be paired one off, and an amount placed one
    row off is a wrong number in the form. Otherwise none is kept and the funding is reported unread.

    Adding up proves the total only: the parts add up in any order. Their order is the labels' order only when
    one column holds their labels (no value printed between them) and one column their values (no label printed
    between them): pdftotext prints a table of label | value | label | value row by row after its first column
    ('上年结转' waiting, '64.94' after '本年度申请' is that label's, or is not), or a label after its own value. Parts
    whose labels or values are split so, and that differ, are not placed: which is which is unknown (待核实)."""
    amounts = {label.key: value for label, value, _ in pairs if label.kind == "amount"}
    if len(amounts) <= 1:
        return pairs
    parts = ("funding.carryover", "funding.current_year", "funding.other")
    nums = {k: parse_amount_wan(v) for k, v in amounts.items()}
    if "funding.total" in nums and all(k in nums for k in parts) and None not in nums.values() \
            and abs(nums["funding.total"] - sum(nums[k] for k in parts)) < 0.005 * max(1.0, nums["funding.total"]):
        return _ordered_parts(st, pairs, parts, nums, at, tag)
    st.refused |= set(amounts)
    st.warnings.append("文本中的资金来源数字与栏目无法可靠对应（按顺序配对后总额与各项之和不符），资金未导入（没有猜测）。")
    return [(label, value, j) for label, value, j in pairs if label.kind != "amount"]


def _ordered_parts(st: State, pairs: list[tuple[_Label, str, int]], parts: tuple[str, ...], nums: dict,
                   at: list, tag: list[str]) -> list[tuple[_Label, str, int]]:
    """The pairs, without the funding parts when their pairing rests on an order the text does not keep
    (_checked_amounts): kept when the parts' amounts are equal, when their labels are one column and their values
    one column (_one_column), or when each label is followed right away by its value (label, value, label, value)."""
    mine = [(label, value, j) for label, value, j in pairs if label.key in parts]
    if len({nums[label.key] for label, _, _ in mine}) <= 1 or _one_column(mine, at, tag) \
            or all(not any(tag[k] or at[k][0] for k in range(label.line + at[label.line][1], j)) and j > label.line
                   for label, _, j in mine):
        return pairs
    st.refused |= set(parts)
    names = "、".join(f"「{label.text}」" for label, _, _ in sorted(mine, key=lambda m: m[0].line))
    st.warnings.append(f"文本中的资金来源{names}与数字 {'、'.join(v for _, v, _ in sorted(mine, key=lambda m: m[2]))} "
                       "分处不同的列，按顺序无法确定哪个数字属于哪一项（可能对调），这几项未导入，待核实（没有猜测）。")
    return [(label, value, j) for label, value, j in pairs if label.key not in parts]


def _one_column(mine: list[tuple[_Label, str, int]], at: list, tag: list[str]) -> bool:
    """The labels are printed one under another with no value between them, and their values likewise with no
    amount label between them: both columns keep the table's row order."""
    label_lines = sorted(label.line for label, _, _ in mine)
    value_lines = sorted(j for _, _, j in mine)
    return not any(tag[j] == "v" for j in range(label_lines[0], label_lines[-1] + 1)) \
        and not any(at[j][0] is not None and at[j][0].kind == "amount" for j in range(value_lines[0], value_lines[-1] + 1))


def _block(lines: list[str], raw: list[str], at: list, tag: list[str], i: int) -> tuple[list, int] | None:
    """A run of two or more labels on consecutive lines ('资金总额 / 财政拨款 / 上年结转资金 / 其他资金') followed
    right away by exactly as many value lines, each fitting its label in order, and then no value of their kinds:
    the run's own values ('1123 / 1010.7 / 112.3 / 0'), never taken by labels waiting from elsewhere."""
    labels, j = [], i
    while j < len(lines) and at[j][0] is not None:
        labels.append(at[j][0])
        j += at[j][1]
    k = len(labels)
    if k < 2 or any(lab.kind == "long" for lab in labels):
        return None
    values = list(range(j, j + k))
    if j + k > len(lines) or any(tag[v] != "v" for v in values):
        return None
    if j + k < len(lines) and tag[j + k] == "v" and any(fits(lab.kind, lines[j + k]) for lab in labels):
        return None              # more values of the same kinds follow: the run is not the whole column
    if not all(fits(lab.kind, lines[v]) for lab, v in zip(labels, values)):
        return None
    return [(lab, raw[v], v) for lab, v in zip(labels, values)], j + k


def _late_block(lines: list[str], raw: list[str], tag: list[str], i: int, waiting: list[_Label]) -> list[tuple[_Label, str, int]]:
    """Past the tables: the first block of two or more lines (between blank lines) whose values fit, one by one
    and in order, a run of the labels still waiting — 101号 prints '410001 / 黄丽 / 新增' for 主管部门编码 /
    项目负责人 / 项目属性 under its indicator table. Nothing when no block fits exactly."""
    blocks, cur = [], []
    for j in range(i + 1, len(lines)):
        if not lines[j]:
            if cur:
                blocks.append(cur)
            cur = []
        elif tag[j] == "v" or tag[j] == "stop":
            cur.append(j)
        else:
            cur = []   # a label or heading inside: not a block of values alone
    if cur:
        blocks.append(cur)
    for block in blocks:
        k = len(block)
        if k < 2:
            continue
        for s in range(len(waiting) - k + 1):
            run = waiting[s:s + k]
            if all(fits(w.kind, lines[j]) for w, j in zip(run, block)) and any(w.kind in STRONG + ("person", "digits") for w in run):
                return [(w, raw[j], j) for w, j in zip(run, block)]
    return []


def _rejoin(lines: list[str]) -> list[str]:
    """Lines wrapped inside parentheses joined back: '项目资金(万' + '元)' → '项目资金(万元)'."""
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        opened = prev.count("(") + prev.count("（") - prev.count(")") - prev.count("）")
        if prev and line and opened > 0 and (")" in line[:8] or "）" in line[:8]):
            out[-1] += line
        else:
            out.append(line)
    return out


def _column_ordered(lines: list[str], at: list) -> bool:
    """Three labels in a row, each on its own line: a label column was printed before its values."""
    run = 0
    i = 0
    while i < len(lines):
        label, used = at[i]
        if label is not None and label.kind != "long":
            run += 1
            if run >= 3:
                return True
        elif lines[i]:
            run = 0
        i += used
    return False
