"""Labels of a traditional-character page, and of a mirror that inserts pinyin after characters
('項(xiàng)目名稱', '績效指標(biāo)'), read as the lexicon's labels; values kept as written.

The label lexicon (labels.py, columns.py) is simplified Chinese. A text copied from a 繁体 page, or from a mirror
that prints the pinyin of some characters in brackets, has its labels in other characters. Each cell of each line
(cells apart by '|', tabs or runs of spaces) is looked at with the pinyin taken out and the characters folded to
simplified (OpenCC t2s, as the interview folds a clerk's 繁体: interview/traditional.py): a cell that then is a
label (a field label, a level word, a column header, a section; after a list number such as '六、' or '(一)') is
written as that label, and a cell that opens with a label and a colon ('總體目標(biāo):按照…') has that label
rewritten and the rest left as it was. Names, goals and values keep their characters and pinyin, as the form
printed them. A label whose characters a mirror printed apart with runs of '?' (a vertical label's line breaks:
'绩?????? 效?????? 目?????? 标') is joined the same way. A text with none of these is returned unchanged.
"""
from __future__ import annotations

import re

from . import columns as C
from . import labels as L

# pinyin a mirror inserts after a character: lower-case letters with a tone mark, in brackets
PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])[（(][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")
_CELL_EDGE = re.compile(r"(\s*\|+\s*|\t+| {2,})")
_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．])\s*")


def _t2s(text: str) -> str:
    from ..interview.traditional import _t2s as converter
    return converter().convert(text)


def as_lexicon(text: str) -> str:
    """The text in the lexicon's characters: a mirror's pinyin out, 繁体 folded ('年度總體目標(biāo)完成情況' →
    '年度总体目标完成情况', a column head), for telling what a cell is; values are still kept as written."""
    plain = PINYIN.sub("", text)
    return plain if plain.isascii() else _t2s(plain)


def _label(t: str) -> bool:
    t = t.strip().rstrip(":：").strip()
    return bool(t) and len(t) <= 24 and bool(L.field_of(t) or C.level_word(t) or C.column_role(t) or L.is_section(t))


def _plain(cell: str) -> tuple[str, list[int]]:
    """The cell without its pinyin, and for each of its characters where it was in the cell."""
    out, at, k = [], [], 0
    for m in PINYIN.finditer(cell):
        out.append(cell[k:m.start()])
        at += range(k, m.start())
        k = m.end()
    out.append(cell[k:])
    at += range(k, len(cell))
    return "".join(out), at


# a label printed one character a line, whose line breaks a mirror turned into runs of '?' ('绩???? 效???? 目???? 标')
_SPACED = re.compile(r"\s*(?:[\u4e00-\u9fff]\s*[?？]{2,}\s*)+[\u4e00-\u9fff]\s*")
_GAP = re.compile(r"\s*[?？]{2,}\s*")


def _cell(cell: str) -> str:
    if _SPACED.fullmatch(cell) and _label(joined := _GAP.sub("", cell).strip()):
        return joined
    plain, at = _plain(cell)
    folded = _t2s(plain)
    if len(folded) != len(plain) or folded == cell:
        return cell
    body = folded[m.end():] if (m := _NUMBER.match(folded)) else folded
    if _label(body):
        return folded
    from .text_grid import is_run, label_hits
    if is_run(folded) or _few_run(folded):   # cells run together in one cell: each label in it, the values between as written
        out, k = [], 0
        for a, b in label_hits(folded):
            if not folded[a:b].endswith("表"):          # (a title keeps its characters, as a name does)
                out += [cell[at[k]:at[a]] if k < a else "", folded[a:b]]
                k = b
        return "".join(out) + (cell[at[k]:] if k < len(folded) else cell[at[-1] + 1:])
    lead = len(folded) - len(body)
    for k in range(min(len(body) - 1, 24), 1, -1):      # the longest label that opens the cell before a colon
        if body[k] in ":：" and _label(body[:k]):
            end = lead + k
            return folded[:end] + cell[at[end]:]
    return cell


RUN_LABELS = 2      # labels in one stretch of text with no sentence in it: its cells run together, however short


def _few_run(folded: str) -> bool:
    """A stretch of a form's first cells run together ('…自評表項目支出名稱A主管部門B實施單位C'): two or more labels and
    no sentence stop — a line too short for text_grid.is_run, but no prose either."""
    from .text_grid import label_hits
    return "。" not in folded and len(label_hits(folded)) >= RUN_LABELS


_ONE_CHAR = re.compile(r"\s*([\u4e00-\u9fff])\s*")
UPRIGHT_TAIL = 2          # characters of a last short line that may complete an upright label ('产' / '出' + '指标')


def upright_lines(text: str) -> str:
    """A heading printed upright in a merged cell, one character a line ('产' / '出' / '指' / '标', '满' / '意' / '度' /
    '指' / '标'): a run of two or more consecutive lines of one character each is one line when the characters make a
    label, a level word, a column head or a section — with the next short line when that makes a label too ('产' / '出'
    + '指标': 产出指标, not 产出 and a line '指标'). Characters that make none stay on their lines (a column of 是 / 否 ticks is no word)."""
    lines = text.split("\n")
    if sum(1 for x in lines if _ONE_CHAR.fullmatch(x)) < 2:
        return text
    out: list[str] = []
    k = 0
    while k < len(lines):
        e, chars = k, []
        step = 2 if k + 2 < len(lines) and _ONE_CHAR.fullmatch(lines[k]) and not lines[k + 1].strip() \
            and _ONE_CHAR.fullmatch(lines[k + 2]) else 1      # a text of a cell a paragraph: a character a paragraph
        while e < len(lines) and _ONE_CHAR.fullmatch(lines[e]) and (e == k or step == 1 or not lines[e - 1].strip()):
            chars.append(lines[e].strip())
            e += step
        e = min(e, len(lines)) if step == 1 else k + 2 * len(chars) - 1
        if len(chars) >= 2:
            word = "".join(chars)
            if e < len(lines) and 0 < len(tail := lines[e].strip()) <= UPRIGHT_TAIL \
                    and _label(as_lexicon(word + tail)):
                word, e = word + tail, e + 1
            if _label(as_lexicon(word)):
                out.append(word)
                k = e
                continue
        out.append(lines[k])
        k += 1
    return "\n".join(out)


def fold_labels(text: str) -> str:
    """``text`` with the labels of its cells in the lexicon's characters (see the module doc)."""
    text = upright_lines(text)
    if not (PINYIN.search(text) or _t2s(text) != text or _GAP.search(text)):
        return text
    lines = []
    for line in text.split("\n"):
        parts = _CELL_EDGE.split(line)
        lines.append("".join(p if n % 2 else _cell(p) for n, p in enumerate(parts)))
    return "\n".join(lines)
