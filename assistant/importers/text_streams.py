"""Indicator rows from a text dump whose table came out as streams of cells: the names in one run of
lines, the target values in another (often broken into blocks, other columns' cells in between), the
level words merged over rows and printed once.

What makes a row here is the *kind* of each cell, not where pdftotext put it:
- the target values are the lines that read as a value (a number with its unit, a comparison, a date,
  a graded word such as 有效提升); a value wrapped at its cell's width gets its tail back (2025年9月底 + 前);
- there is one row per value: the name lines are joined into exactly that many names, a line
  continuing on the next only when it fills its column's width (text_columns.group_wrapped; when
  several joinings fit the widths, the one whose pairs the kinds confirm most, names of four characters
  or more — a tie is not read);
- names and values are paired in order, and the pairing must agree with what each name measures
  (rules.measures: a …率 is a percentage, a …数 a count, a …时间 a date or a span; a fee or a cost is money;
  a …满意度 is a percentage), with at least half of the pairs confirmed by their kinds;
- the 二级 words, in the order printed, each stand over one or more consecutive rows (a merged cell);
  the split must be the only one where every row fits its word (成本 over money, 满意度 over a 满意
  name, 时效 over a date or a span), and the 一级 word follows from the 二级 (columns.LEVEL1_OF).
Anything else — two tables or column groups in one part, a count that does not come out, a second
possible split, a pair whose kinds disagree — raises NotAligned: the caller warns and reads nothing.
"""
from __future__ import annotations

import itertools
import math
import re

from ..lexicon import QUALITATIVE_OK
from ..textnum import normalize
from ..values import parse_value, unit_class
from . import columns as C
from .kinds import SIGN_OFF, SIGNATURE_LINE, cell_kind
from .text_rows import NotAligned, width
from .text_columns import group_wrapped
from .text_wrap import _OPEN_DATE, _VALUE_TAIL, _cells, _value_shape   # cells, value shapes and tails

_GRADED = re.compile(r"(?:有效|明显|显著|进一步|稳步|逐步|不断|大幅|有所|持续|全面|稳定)?"
                     r"(?:加强|提升|提高|改善|增强|完善|推进|优化|巩固|深化|强化|好转|增长|下降|降低|减少)|(?:合理|有效|严格)控制")
_MONEY_NAME = re.compile(r"(?:费|费用|经费|支出|成本|单价|价格|造价|投入|补助|补贴)(?:标准)?$")
_OTHER_VALUE_ROLES = ("actual", "op", "unit")    # columns holding parts of a value, or a second value: not read here
MAX_JOININGS = 3000     # ways to join wrapped name lines tried, at most
MAX_SPLITS = 2          # level splits counted before giving up (two mean ambiguous)


def _bare(line: str) -> str:
    return re.sub(r"\s", "", normalize(line))


def _join_wrapped_heads(lines: list[str]) -> list[str]:
    """Header cells and level words wrapped at a narrow column put back on one line ('一级指' + '标',
    '可持续' + '影响指' + '标'): two or three consecutive short lines that are no such word alone but are
    one together."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        joined = None
        for n in (2, 3):
            part = lines[i:i + n]
            if len(part) < n or not all(part) or any(len(x) > 7 for x in part):
                continue
            text = "".join(part)
            if _word(text) and not _word(part[0]):
                joined = (text, n)
                break
        if joined:
            out.append(joined[0])
            i += joined[1]
        else:
            out.append(lines[i])
            i += 1
    return out


_LEVEL_WORDS = frozenset(C.LEVEL1 + C.LEVEL12 + C.LEVEL2) | {w for w in C.LEVEL2_CANON if w.endswith("指标")}


def _word(text: str) -> bool:
    """A level word of the lexicon or a header cell (not just any '…指标': a name's rest may end so)."""
    return text in _LEVEL_WORDS or bool(C.column_role(text)) and len(text) >= 3


def _kind(line: str) -> str:
    """'L1' 'L2' 'L12' level word, 'head', 'skip' (a standard, a direction, a note), 'value', or 'name'."""
    level = C.level_word(line)
    if level:
        return level
    if C.column_role(line):
        return "head"
    k = cell_kind(line)
    if k in ("std", "desc", "op"):
        return "skip"
    if k == "num":                      # a bare number may be a weight, a score or a value: not read
        return "num"
    pv = parse_value(line)
    if (k in ("value", "money", "period") or pv.number is not None and (pv.unit or pv.op or pv.is_date)) \
            and _value_shape(line):    # not '65岁及以上老', a name that begins with a number
        return "value"
    if len(line) <= 6 and (_GRADED.fullmatch(line) or QUALITATIVE_OK.search(line)) and not _name_measures(line):
        return "value"                 # (not '通过率', the rest of a name)
    if k == "valueish" and _VALUE_TAIL.search(line):     # '次月10日前'
        return "value"
    return "name"


def _complete_levels(lines: list[str]) -> list[str]:
    """A level word cut by its cell's width whose rest comes a few lines later, after other columns' first
    lines ('可持续影响指' / '接访工作连续' / '标'): the rest put back on the word's line."""
    lines = list(lines)
    for i, x in enumerate(lines):
        if x and x not in _LEVEL_WORDS and len(x) >= 3 and any(w.startswith(x) for w in _LEVEL_WORDS):
            for j in range(i + 1, min(len(lines), i + 5)):
                if lines[j] and x + lines[j] in _LEVEL_WORDS:
                    lines[i], lines[j] = x + lines[j], ""
                    break
    return [x for x in lines if x]


def _region(text: str) -> list[str]:
    """The lines of the indicator table: from its first header word on, signature lines left out."""
    raw = [_bare(c) for x in text.replace("\r", "").replace("\f", "\n").split("\n") for c in _cells(x)]
    lines = _complete_levels(_join_wrapped_heads([x for x in raw if x]))
    start = next((i for i, x in enumerate(lines) if C.column_role(x) in ("level1", "level2")
                  or C.column_role(x) == "name" and len(x) >= 4), None)
    if start is None:
        raise NotAligned("找不到指标表的表头")
    # signature lines (单位负责人： 填表人：…) may be printed inside the table's text: not cells
    return [x for x in lines[start:] if not (SIGNATURE_LINE.match(x) or SIGN_OFF.search(x) and len(x) > 6)]


def _values(lines: list[str]) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """(names' lines, values, level words in order) of the region; a value's wrapped tail joined back
    to the last value read before it."""
    names: list[str] = []
    values: list[str] = []
    levels: list[tuple[str, str]] = []
    heads: list[str] = []
    for x in lines:
        kind = _kind(x)
        if kind == "name" and values and _VALUE_TAIL.fullmatch(x) and _OPEN_DATE.search(values[-1]) \
                or kind == "value" and values and values[-1].endswith("月") and re.match(r"\d{1,2}日", x):
            values[-1] += x               # '2025年9月底' + '前', '2025年12月' + '15日前'
            continue
        if kind == "name" and values and _unit_rest(values[-1], x):
            values[-1] += x               # '≥32620平方' + '米'
            continue
        if kind == "head":
            heads.append(C.column_role(x))
        elif kind in ("L1", "L2", "L12"):
            levels.append((kind, x))
        elif kind == "value":
            values.append(x)
        elif kind == "name":
            names.append(x)
        elif kind == "num":
            raise NotAligned("指标表中有单独的数字（分值、权重或拆开的指标值），无法确定归属")
    if len([h for h in heads if h == "name"]) > 1 or len([h for h in heads if h == "value"]) > 1:
        raise NotAligned("文本中有不止一张指标表或不止一组指标列")
    if any(h in _OTHER_VALUE_ROLES for h in heads):
        raise NotAligned("指标值分成了方向、数值、单位几列，或另有实际值一列")
    return names, values, levels


def _unit_rest(value: str, line: str) -> bool:
    """'米' after '≥32620平方', '次' after '≤66766元/人': a unit word that makes one unit with the value's own
    (when the line was a name's rest instead, the names no longer come out and nothing is read)."""
    unit = parse_value(value).unit
    return bool(unit) and bool(C.UNIT_WORD.fullmatch(unit + line)) and (
        not C.UNIT_WORD.fullmatch(unit) or bool(C.UNIT_WORD.fullmatch(line)))


def _name_measures(name: str) -> str:
    """What a name measures: 'rate', 'count', 'time', 'money' or ''."""
    from ..rules.measures import name_kind
    if "满意" in name:
        return "rate"
    if _MONEY_NAME.search(name):
        return "money"
    return name_kind(name)


def _value_class(value: str) -> str:
    pv = parse_value(value)
    if pv.is_date:
        return "date"
    if pv.number is None:
        return "graded"
    return unit_class(pv.unit) or ("bare" if not pv.unit else "other")


_AGREE = {"rate": {"proportion"}, "count": {"count"}, "time": {"date", "time"}, "money": {"money"}}
_CONFLICT = {"rate": {"count", "money", "time", "date", "measure"}, "count": {"proportion", "date", "money"},
             "time": {"proportion", "count", "money"}, "money": {"proportion", "date", "count"}}


def _check_pairs(names: list[str], values: list[str]) -> int:
    """How many pairs their kinds confirm; NotAligned when a pair's kinds disagree or fewer than half agree."""
    agree = known = 0
    for name, value in zip(names, values):
        if re.search(r"[，,。；;：:]", name):         # a sentence's pieces taken for a name ('持续提升，家' + …)
            raise NotAligned(f"“{name}”不像是指标名称")
        want, got = _name_measures(name), _value_class(value)
        if want and got in _CONFLICT[want]:
            raise NotAligned(f"“{name}”与“{value}”的类型不符，指标名称与指标值无法可靠对应")
        if got == "money" and want not in ("money", "") :
            raise NotAligned(f"“{name}”与“{value}”的类型不符，指标名称与指标值无法可靠对应")
        if want and got != "graded":
            known += 1
            agree += got in _AGREE[want]
    if known == 0 or 2 * agree < len(names):
        raise NotAligned("指标名称与指标值的对应缺少依据")
    return agree


def _names(lines: list[str], values: list[str]) -> list[str]:
    """The name lines joined into one name per value. A line continues on the next only when it fills the
    column's width. When more lines do than joins are needed, the joining text_columns.group_wrapped prefers
    is taken if its pairs agree by kind; else (or when they do not), of the joinings whose pairs agree and whose names all have four
    characters or more, the one with the most pairs confirmed by their kinds — a tie is not read."""
    n = len(values)
    first = group_wrapped(lines, n)
    if first is not None:
        try:
            _check_pairs(first, values)
            return first
        except NotAligned:
            pass
    need = len(lines) - n
    if need < 0 or not lines:
        raise NotAligned(f"指标名称 {len(lines)} 行少于 {n} 个指标值")
    full = max(width(x) for x in lines)
    joins = [i for i in range(len(lines) - 1) if width(lines[i]) >= full - 0.5]
    if len(joins) < need or math.comb(len(joins), need) > MAX_JOININGS:
        raise NotAligned(f"指标名称 {len(lines)} 行无法拼成 {n} 个指标")
    best: list[list[str]] = []
    most = -1
    for chosen in itertools.combinations(joins, need):
        names: list[str] = []
        cont = False
        for i, x in enumerate(lines):
            if cont:
                names[-1] += x
            else:
                names.append(x)
            cont = i in chosen
        if any(len(x) < 4 for x in names):
            continue
        try:
            agree = _check_pairs(names, values)
        except NotAligned:
            continue
        if agree > most:
            best, most = [names], agree
        elif agree == most:
            best.append(names)
    if len(best) != 1:
        raise NotAligned(f"指标名称 {len(lines)} 行拼成 {n} 个指标的方式{'不唯一' if best else '都与指标值的类型不符'}")
    return best[0]


def _fits(word: str, name: str, value: str) -> bool:
    """Whether a row can stand under that 二级 word."""
    got = _value_class(value)
    if ("满意" in word) != ("满意" in name):
        return False
    if "成本" in word and got not in ("money", "graded"):
        return False
    if word.startswith("时效") and got not in ("date", "time") and _name_measures(name) != "time" \
            and "及时" not in name:
        return False
    return True


def _affinity(word: str, name: str, value: str) -> int:
    """How well a row that fits its 二级 word sits there: 1 when what it measures is that word's own kind (a count
    or a measure under 数量指标, a rate under 质量指标), else 0."""
    got = _value_class(value)
    if word.startswith("数量"):
        return int(got in ("count", "measure") or _name_measures(name) == "count")
    if word.startswith("质量"):
        return int(got == "proportion" or _name_measures(name) == "rate")
    return 0


def _split_levels(words: list[str], names: list[str], values: list[str]) -> list[str]:
    """Each row's 二级 word: the words in order, each over one or more consecutive rows. Of the splits where
    every row fits its word, the one whose rows sit best (_affinity: a count under 数量, a rate under 质量);
    a tie is not read."""
    n, k = len(names), len(words)
    if k == 0 or k > n:
        raise NotAligned("二级指标与指标行数目对不上")
    found: list[tuple[int, list[str]]] = []
    tried = [0]

    def walk(w: int, r: int, acc: list[str], score: int) -> None:
        if tried[0] >= MAX_JOININGS:
            return
        if w == k:
            tried[0] += 1
            if r == n:
                found.append((score, list(acc)))
            return
        for end in range(r + 1, n - (k - w - 1) + 1):
            if not _fits(words[w], names[end - 1], values[end - 1]):
                break
            gain = sum(_affinity(words[w], names[i], values[i]) for i in range(r, end))
            walk(w + 1, end, acc + [words[w]] * (end - r), score + gain)

    walk(0, 0, [], 0)
    if tried[0] >= MAX_JOININGS:
        raise NotAligned("二级指标合并在多行上，无法唯一确定每行的二级指标")
    best = max((score for score, _ in found), default=None)
    top = [split for score, split in found if score == best]
    if len(top) != 1:
        raise NotAligned("二级指标合并在多行上，无法唯一确定每行的二级指标" if found else "二级指标与指标行无法对齐")
    return top[0]


def stream_rows(text: str) -> list[dict]:
    """(level1, level2, name, value) rows; NotAligned when they cannot be trusted (see the module doc)."""
    names_lines, values, levels = _values(_region(text))
    n = len(values)
    if n < 2:
        raise NotAligned("指标值太少")
    names = _names(names_lines, values)
    l2 = [w for kind, w in levels if kind in ("L2", "L12")]
    if any(w.endswith("成本指标") and w != "成本指标" for w in l2):     # 101号: 成本指标 is 一级 over 经济成本指标
        l2 = [w for kind, w in levels if kind == "L2"]
    words = _split_levels(l2, names, values)
    rows = []
    for word, name, value in zip(words, names, values):
        level1, level2 = C.canon_levels("", word)
        rows.append({"level1": level1 or C.LEVEL1_OF.get(level2, ""), "level2": level2, "name": name, "value": value})
    return rows
