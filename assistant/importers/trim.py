"""Where a value ends: label text glued onto a value is never part of it. Pure functions.

A copied page or a PDF dump runs cells together, so a value read up to "the next cell" often carries the
next cell's label, a section heading or a unit mark: '化工区学校(万元)', '…人民政府 项目资金 (万元) 年初',
'…均衡发展水平。绩效指标', '…提质改造长期绩效指标', '…经费。(7)绩效目标:…', '|卫健委|'. ``trim_value`` cuts
such a value where a known label begins (a field label, a section heading, an indicator header, a unit
mark); labels are recognised with their spaces ('年度主要目标     和成果'). What is cut is reported, so that
the reader can say so; a value that is nothing but a label is no value.
"""
from __future__ import annotations

import re

from . import columns as C
from . import labels as L

_FUND_COLUMN = re.compile(C.FUND_COLUMN)
_PIPES = re.compile(r"^[\s|｜]+|[\s|｜]+$")
_UNIT_MARK = re.compile(r"[（(]\s*(?:万元|元|万|千元|%|％)\s*[)）]")
_TAIL_MARK = re.compile(rf"\s*{_UNIT_MARK.pattern}\s*$")
_BOUNDARY = "。；;！!？?\n|｜ "           # a label that starts after one of these starts a new cell
# '…改造长期绩效指标', '…2500公斤绩效指标': the indicator table's heading run onto the text before it
_SCOPED_HEAD = re.compile(r"(?:(?:中长期|长期|年度|本年度|当年|实施期)(?:绩效)?|(?<!完成|实现|达到|各项|设定)绩效)指标$")


def is_label_text(text: str) -> bool:
    """A field label, a section heading, an indicator table header or a unit mark — spaces inside allowed."""
    t = re.sub(r"\s+", "", text)
    if not t:
        return False
    return bool(L.field_of(t) or L.is_section(t) or C.column_role(t) or _UNIT_MARK.fullmatch(t)
                or t in C.HEADER_WORDS or C.level_word(t) or _FUND_COLUMN.fullmatch(t))


def trim_value(kind: str, text: str) -> str:
    """``text`` without the label text glued onto it, for a value of that kind ('org', 'name', 'long', …)."""
    t = _PIPES.sub("", text)
    if kind == "phone" and (m := _LEAD_PHONE.match(t)):
        t = m.group(1)                   # '13886893533邮编432731…': the number, not the labels run on after it
    if kind in ("org", "name", "person"):
        t = _cut_tokens(t)
        if kind == "org":
            t = _cut_colon_label(_cut_money_heading(t))
            if (m := _SUBJECT.match(t)) and re.search(r"[，,。；;:：]", t[m.end():]):
                t = m.group(1)           # '某镇人民政府根据方案明确职责:…': the unit the sentence opens with
        t = _TAIL_MARK.sub("", t).rstrip(" ,，;；、")      # '王立新,' cut out of a sentence: the name
    elif kind == "long":
        t = _COPULA.sub("", _cut_long(t))
    return t.strip()


_COPULA = re.compile(r"^\s*是(?!否)\s*[:：]?")
# a unit that opens a sentence, and the verb after it ('…人民政府根据…', '…局负责…'): the sentence's subject
_SUBJECT = re.compile(rf"([\u4e00-\u9fff]{{2,20}}?{L.UNIT_ENDINGS})(?=根据|按照|依据|负责|牵头|会同|联合|组织|统筹|结合)")     # '总体绩效目标是通过项目实施…': the label's verb, not the goal


def _cut_tokens(t: str) -> str:
    """A short value ends at its first space-separated word that is a label, or that a label's rest after a space
    makes one: '…人民政府 项目资金 (万元) 年初', '…体育局 年初预算 数 0'."""
    words = re.split(r"(\s+)", t)
    for k in range(2, len(words), 2):
        if is_label_text(words[k]) or _starts_label(words[k]) or _MONEY_NOTE.match(words[k]) \
                or k + 2 < len(words) and len(words[k + 2]) <= 2 and is_label_text(words[k] + words[k + 2]):
            return "".join(words[:k - 1])
    return t


# the table's money note printed after a value on its line ('填报单位:某局 单位:万元'): never part of the value
_MONEY_NOTE = re.compile(r"(?:金额|资金)?单位[:：]\s*(?:万元|元|千元|亿元)")


def _cut_money_heading(t: str) -> str:
    """A unit's name runs into the money section after it with no space ('区卫生健康局项目资金(万元)',
    '…水利局资金情况(万元)全年', or the section's label alone at its end: '某市发展和改革局项目资金'; a 繁体 mirror's
    '…單位項(xiàng)目資金(萬元' alike): a money mark or a money section is never part of a unit's name, so the name
    ends at the last unit ending before the heading. A name with no such ending is left as it is."""
    from .fold_labels import _plain, _t2s
    plain, at = _plain(t)
    folded = _t2s(plain)
    if len(folded) != len(plain):
        folded, at = t, list(range(len(t)))
    m = _UNIT_MARK.search(folded) or _MONEY_SECTION_END.search(folded)
    if m is None or m.start() == 0:
        return t
    head = folded[:m.start()]
    ends = [e.end() for e in re.finditer(rf"{L.UNIT_ENDINGS}|单位", head)]
    if not ends or len(head) - ends[-1] > 8:
        return t
    return t[:at[ends[-1] - 1] + 1]


# a money section's label at the end of a unit's cell, its mark cut off or on the next line ('某局项目资金', '…资金(万元')
_MONEY_SECTION_END = re.compile(r"(?:项目|专项)?资金(?:来源|构成|情况)?\s*(?:[（(]\s*万?元\s*)?$")


_LEAD_PHONE = re.compile(r"\s*((?:\+?86[-\s]?)?\d[\d\-－—]{5,}\d)(?=[\u4e00-\u9fff])")
_COLON = re.compile(r"(?<=[\u4e00-\u9fff])\s*[:：]")


def _cut_colon_label(t: str) -> str:
    """A unit's name run into the next label of a flattened text ('广水市教育局审核方式:☑部门集中审核'): a label and
    its colon are never part of a name, so the name ends at its last unit ending before the colon when a label of
    2–8 characters sits between the two. A name with no such ending is left as it is (the assembler refuses it)."""
    m = _COLON.search(t)
    if m is None:
        return t
    head = t[:m.start()]
    ends = [e.end() for e in re.finditer(L.UNIT_ENDINGS, head)]
    if not ends or not 2 <= len(head) - ends[-1] <= 8 or not re.fullmatch(r"[\u4e00-\u9fff]+", head[ends[-1]:]):
        return t
    return head[:ends[-1]]


def _starts_label(word: str) -> bool:
    return any(L.field_of(word[:n]) or L.is_section(word[:n]) for n in range(4, min(len(word), 12) + 1)) \
        and bool(re.match(r"[\u4e00-\u9fff]", word))


def _cut_long(t: str) -> str:
    """A text value ends where a labelled item begins after a sentence or a cell ('…经费。(7)绩效目标:…',
    '…水平。绩效指标'), or where an indicator table's scoped heading ends it ('…改造长期绩效指标')."""
    t = _lead_off(t)
    cuts = [m.start() for m in _NUMBERED.finditer(t) if m.start() > 0 and _label_item(t[m.end():], numbered=True)]
    cuts += [at + 1 for at, ch in enumerate(t[:-1]) if ch in _BOUNDARY and _label_item(t[at + 1:].lstrip())]
    if (m := _SCOPED_HEAD.search(t)) and m.start() > 0:
        cuts.append(m.start())
    if cuts:
        t = t[:min(cuts)]
    if m := _LEAD_IN.search(t):
        t = t[:m.start()]                # '…80万元。现将绩效目标设定如下:' — a last sentence that opens what follows
    return _NUMBERED_END.sub("", t.rstrip())


_LEAD_IN = re.compile(r"(?<=[。；;！!？?])[^。；;！!？?\n]{1,30}[:：]\s*$")
# '(总体绩效目标)是:…' — the rest of the label; '全年实际完成情况…' — a self-evaluation's column head run into the goal
_LEAD = re.compile(r"^\s*(?:(?:是|为)\s*[:：]|(?:全年|年度)?(?:目标)?实际完成(?:情况|值))\s*")
def _lead_off(t: str) -> str:
    """``t`` without its _LEAD, told also in a 繁体 mirror's characters ('實(shí)際完成情況…'), the rest as written."""
    if m := _LEAD.match(t):
        return t[m.end():]
    from .fold_labels import _plain, _t2s
    plain, at = _plain(t)
    folded = _t2s(plain)
    if len(folded) == len(plain) and (m := _LEAD.match(folded)) and m.end() and m.end() < len(plain):
        return t[at[m.end()]:]
    return t


_NUMBERED = re.compile(rf"(?:(?<=[{re.escape(_BOUNDARY)}:：])|^)\s*(?:[（(]\s*\d{{1,2}}\s*[)）]|\d{{1,2}}\s*[、．]|[一二三四五六七八九十]{{1,2}}\s*、)\s*")
_NUMBERED_END = re.compile(rf"(?<=[{re.escape(_BOUNDARY)}])\s*(?:[（(]\s*\d{{1,2}}\s*[)）]|\d{{1,2}}\s*[、．]|[一二三四五六七八九十]{{1,2}}\s*、)$")


def _label_item(rest: str, numbered: bool = False, depth: int = 0) -> bool:
    """``rest`` opens with a label that ends the text or is followed by a colon, a cell mark or another such
    label ('产出指标数量指标:')."""
    for n in range(min(len(rest), 20), 1, -1):
        head = rest[:n]
        if not is_label_text(head) or head != head.strip():
            continue
        after = rest[n:].lstrip(" ")
        if not after or after[0] in ":：|｜" or (not numbered and after[0] == "\n"):
            return True
        if depth == 0 and _label_item(after, numbered, 1):
            return True
    return False
