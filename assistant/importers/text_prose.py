"""Indicator targets written as prose (a public notice instead of a table), read into indicator rows.

'数量指标:★种植数量(≥**株)>=17600株;种植成活率(≥**%)>=85;时效指标:完成及时率≥100%。' — a level word
followed by ':' (or ',') opens a clause list; each clause is an indicator name ending in its target (a sign
and a number, or a number and a unit). Only those are read: a clause with no target of that shape
('生态效益指标:生态修复功能提高', a worded target with no mark between name and value) is not an indicator and
is left out, never split by guess. The rows go to grid.extract like any table's.
"""
from __future__ import annotations

import re

from . import columns as C

# a level word written in prose: '社会效益目标' is the 社会效益指标 of the template
_LEVEL_WORDS = sorted(set(C.LEVEL1 + C.LEVEL12 + C.LEVEL2) | {w for w in C.LEVEL2_CANON if len(w) >= 4},
                      key=len, reverse=True)
_LEVEL = re.compile("(" + "|".join(re.escape(w[:-2] if w.endswith("指标") else w) for w in _LEVEL_WORDS)
                    + r")(?:指标|目标)\s*(?:[:：,，]|\|[ \t]*(?=[^|\n]{20}))")   # or a cell of its own before a prose cell
_OP = r"(?:>=|<=|[≥≤＞＜<>=≧≦]|大于等于|小于等于|不低于|不少于|不高于|不超过|不大于|不小于)"
# a target: a sign and a number with its unit ('>=17600株', '≤28.40/株'), or a number with a unit ('100%')
_TARGET = re.compile(rf"{_OP}\s*\d[\d,]*(?:\.\d+)?(?:{C.UNIT_WORD.pattern}|/[\u4e00-\u9fff]{{1,2}})?"
                     rf"|(?<![\d.])\d[\d,]*(?:\.\d+)?(?:%|％)"
                     rf"|(?<![\d.])\d[\d,]*(?:\.\d+)?(?:{C.UNIT_WORD.pattern})(?=[；;。，,、\n]|$)")   # '…子女1966人。'
_PY = r"(?:[（(][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）])?"      # a mirror's pinyin after a character
_CLAUSE_CUT = "；;。，,、 \n"
# a short word between a target and the clause's end is part of the target ('资助经费发放率100%达标,')
_TAIL = re.compile(rf"(?:[\u4e00-\u9fff]{_PY}){{1,4}}(?=[；;。，,、\n]|$)")
MIN_CLAUSES = 2          # a prose list of fewer targets is not read as the indicator table, unless …
_SIGNED = re.compile(_OP)   # … the one target has a comparison sign (a text cut after its first clause)


def _level(word: str) -> tuple[str, str]:
    """(一级, 二级) for a level word of the prose ('社会效益' → 效益指标 / 社会效益指标; '产出' → 产出指标 / '')."""
    full = word if word.endswith("指标") else word + "指标"
    if full in C.LEVEL2_CANON:
        return C.LEVEL2_CANON[full]
    if word in C.LEVEL2_CANON:
        return C.LEVEL2_CANON[word]
    if full in C.LEVEL1_OF:
        return C.LEVEL1_OF[full], full
    if full in C.LEVEL1 or full in C.LEVEL12:
        return full, ""
    return "", ""


# a heading naming both levels in brackets ('【产出指标-数量指标】', '【满意度指标-服务对象满意度指标】'): its 二级 word and ':'
_BRACKET_LEVELS = re.compile(r"【\s*([\u4e00-\u9fff]{2,10})\s*[-－—–]\s*([\u4e00-\u9fff]{2,12})\s*】")
# a line that is a name with its target in brackets at its end; a bracket that is a template's hint ('≥**株') is none
_BRACKETED = re.compile(r"\s*([^\n（()）]{2,40}?)\s*[（(]([^\n（()）*＊]{1,20})[)）]\s*")


def _as_level_mark(m: re.Match) -> str:
    one, two = (w if w.endswith("指标") else w + "指标" for w in (m.group(1), m.group(2)))
    return f"{two}:" if _level(two)[1] and _level(one)[0] == _level(two)[0] else m.group(0)


def _bracketed_rows(body: str) -> list[tuple[str, str]]:
    """The lines under a level word that each are a name and its target in brackets ('指标1:机柜数量(≥77台)',
    '指标1:服务保障民生(有力保障)'), read from the first line on while they are; [] when the first is not one. A
    bracket holding a unit alone ('开展小型水利工程建设(个)', '(%)') is the name's unit, not its target."""
    out = []
    for line in body.split("\n"):
        if not line.strip():
            continue
        m = _BRACKETED.fullmatch(line)
        value = m.group(2).strip() if m else ""
        if not m or not (_TARGET.search(value) or re.fullmatch(r"[\u4e00-\u9fff]{2,8}", value)) \
                or C.UNIT_WORD.fullmatch(value) or len(re.findall(r"[\u4e00-\u9fff]", m.group(1))) < 2:
            break
        out.append((m.group(1).strip(), value))
    return out


def prose_rows(text: str) -> list[dict]:
    """Indicator rows {level1, level2, name, value} read from prose; [] when the text holds fewer than
    MIN_CLAUSES such targets after level words (it is not an indicator list written as sentences)."""
    t = _BRACKET_LEVELS.sub(_as_level_mark, re.sub(r"[ \t\u3000]+", " ", text))
    marks = list(_LEVEL.finditer(t))
    rows: list[dict] = []
    level1 = ""
    for n, m in enumerate(marks):
        body = t[m.end(): marks[n + 1].start() if n + 1 < len(marks) else len(t)]
        l1, l2 = _level(m.group(1))
        level1 = l1 or level1
        if not l2 and (n + 1 < len(marks) and not body.strip(" |:：,，\n")):
            continue              # '产出指标:数量指标:…': the 一级 word over its 二级 words
        if bracketed := _bracketed_rows(body):     # '指标1:机柜数量(≥77台)' a line each: the bracket holds the target
            rows += [{"level1": level1, "level2": l2, "name": a, "value": b} for a, b in bracketed]
            continue
        at = 0
        for v in _TARGET.finditer(body):
            name = re.split(r"[。；;]", body[at:v.start()])[-1].strip(_CLAUSE_CUT)   # the clause before the target:
            at = v.end()                                  # a clause before it with no target of its own is none
            if "\n" in name or len(re.findall(r"[\u4e00-\u9fff]", name)) < 2:
                continue              # a target with no name of its own right before it: not read
            value = v.group(0).replace(">=", "≥").replace("<=", "≤").replace(" ", "")
            if (tail := _TAIL.match(body, at)) and not _LEVEL.match(body, at):
                value += tail.group(0)
                at = tail.end()
            rows.append({"level1": level1, "level2": l2, "name": name, "value": value})
    if len(rows) == 1 and _SIGNED.match(rows[0]["value"]) and rows[0]["level2"]:
        return rows         # '数量指标:某某改造(≥**平方米)大于等于10157.6平方米,…': a 二级 word, a name, a sign and a number
    return rows if len(rows) >= MIN_CLAUSES else []
