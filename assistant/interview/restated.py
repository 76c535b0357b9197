"""Rows pasted from an earlier form, with what changes this year said after them, at a rows question (明细, 指标). Pure.

    edited("培训费 8\\n资料费 2\\n今年：第二行改成3，第一行不变", "budget_items")
    # ("培训费 8\\n资料费 3", "按您说的改了：第2行「资料费」改成“3”，其余照粘贴的记。")
    edited("到岗率 ≥90%\\n今年改成≥95%", "indicators.质量指标")      # one row: the change is of that row
    # ("到岗率 ≥95%", "按您说的改了：「到岗率」改成“≥95%”。")

A change names its row by position (第一行, 第2项) among the rows of that paste, or by words of its name
(资料费改成3); "…不变", "其余照旧" keep a row as pasted. The rows are read as her answer with the changes
made in them — in the same message, never applied to rows of another message. When a change's row is not
certain (no such position, a name that fits no row or several, a 改成 with several rows and no row named),
no row is read ("", what to ask): last year's figure is not stored for a row she said changes.
"""
from __future__ import annotations

import re

_N = r"(\d{1,2}|[一二两三四五六七八九十])"
_CN = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}
_TO = r"(?:改成|改为|调成|调为|调整为|调整成|换成|变成|变为|提高到|提到|降到|降低到|增加到|减少到|改到)"
_KEEP = r"(?:不变|没变|照旧|照搬|照抄|不动|保持不变|维持不变|同去年|和去年一样|跟去年一样|还是原来的)"
# the line that says what changes: a change word, after the rows
_CHANGE_LINE = re.compile(_TO + "|" + _KEEP)
# a lead-in line above the rows that only says where they come from ("去年：", "去年写的：", "上年度的表")
_LEAD = re.compile(r"^[（(]?(?:这是|下面是|以下是)?(?:去年|上年度?|前年|原来|以前|之前)(?:的|写的|填的|报的|表里的?|的表|那张表)?"
                   r"(?:[\u4e00-\u9fa5]{0,6})?[：:。]?[）)]?$")
# lead-ins of the change line ("今年：", "今年只改两行：", "（去年的，今年只改两行：")
_HEAD = re.compile(r"^(?:(?:去年|上年)的?[，,]?\s*)?(?:今年|本年度?|明年|这次|这回)?(?:只|就)?(?:改|变|调整)?(?:了)?"
                   r"(?:[一二两三四五六七八九十\d]{1,2}(?:行|项|条|处|个地方))?(?:的地方)?[：:]\s*")
_POS = re.compile(r"^(?:第\s*" + _N + r"\s*(?:行|项|条|个))((?:[和、及与]第?\s*" + _N + r"\s*(?:行|项|条|个)?)*)")
_FIGURE = re.compile(r"(?:[≥≤><]=?|不低于|不少于|不高于|不超过|大于等于|小于等于)?\s*\d[\d,]*(?:\.\d+)?(?:[^\s\d\t|，,。；;：:、]{0,6})")


def _num(s: str) -> int:
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN[s[1]]
    return _CN.get(s, 0)


def _clauses(line: str) -> list[str]:
    line = line.strip().strip("（）()")
    line = _HEAD.sub("", line)
    out = []
    for c in re.split(r"[，,；;。！!]+", line):
        c = re.sub(r"^(?:今年|明年|这次|这回)(?:的)?(?=第)", "", _HEAD.sub("", c.strip()))
        if c:
            out.append(c)
    return out


def _name_of(row: str) -> str:
    m = _FIGURE.search(row)
    return re.sub(r"[\s\t|：:]+", "", row[:m.start()] if m else row)


def _fits(words: str, name: str) -> bool:
    """Her words name the row: they are in its name, or its name begins with them."""
    words = re.sub(r"(?:那一?行|这一?行|那条|那项|的)$", "", words)
    return len(words) >= 2 and (words in name or name.startswith(words[:4]) and len(words) >= 3 and words[:3] in name)


def _rewrite(row: str, value: str) -> str | None:
    """The row with its figure (the last one on it) replaced by her new value; an operator of the row stays when she
    gives none."""
    figs = list(_FIGURE.finditer(row))
    if not figs:
        return None
    m = figs[-1]
    old = m.group(0)
    op = re.match(r"[≥≤><]=?|不低于|不少于|不高于|不超过|大于等于|小于等于", old.strip())
    new_op = re.match(r"[≥≤><]=?|不低于|不少于|不高于|不超过|大于等于|小于等于", value)
    if not re.search(r"\d", value):
        return None
    keep = op.group(0) if op and not new_op else ""
    unit = re.sub(r"^[≥≤><=\s\d.,]*", "", re.sub(r"^(?:不低于|不少于|不高于|不超过|大于等于|小于等于)", "", old.strip()))
    if re.fullmatch(r"\d+(?:\.\d+)?", value) and unit and not re.match(r"^\d", unit):
        value += unit                    # "改成22.5" of "检测试剂 18.5万元": the row's unit
    lead = old[:len(old) - len(old.lstrip())]
    return row[:m.start()] + lead + keep + value + row[m.end():]


def _unsure(said: str, rows: list[str]) -> tuple[str, str]:
    """No rows to read: which row her change is of is not certain, asked."""
    return "", (f"“{said}”是改哪一行，我没找准（这段共{len(rows)}行：" + "；".join(f"第{i}行 {_name_of(r)}" for i, r in enumerate(rows, 1))
                + "），先都没有记。请说“第N行改成……”，或把改好的各行重新发一遍。")


def edited(text: str, field: str) -> tuple[str, str] | None:
    """(her rows with the changes made, what was changed, said back); ("", what to ask) when a change's row is not
    certain; None when the message is not rows with their changes after them."""
    if not (field == "budget_items" or field.startswith("indicators")):
        return None
    lines = [ln for ln in (text or "").strip().splitlines() if ln.strip()]
    if len(lines) < 2:
        return None
    k = len(lines)
    while k > 0 and _CHANGE_LINE.search(lines[k - 1]) and not (k - 1 > 0 and _FIGURE.fullmatch(lines[k - 1].strip())):
        k -= 1                           # the change lines at the end
    changes, body = lines[k:], lines[:k]
    lead = [ln for ln in body if _LEAD.fullmatch(ln.strip())]
    rows = [ln for ln in body if ln not in lead]
    if not changes or not rows or not all(_FIGURE.search(r) for r in rows) or any(_CHANGE_LINE.search(r) for r in rows):
        return None
    names = [_name_of(r) for r in rows]
    new, said, touched = list(rows), [], False
    for c in [c for line in changes for c in _clauses(line)]:
        pos = _POS.match(c)
        if pos:
            which = [_num(pos.group(1))] + [_num(x) for x in re.findall(_N, pos.group(2) or "")]
            tail = c[pos.end():].lstrip("的")
            if any(not 1 <= i <= len(rows) for i in which):
                return _unsure(c, rows)   # "第五行" of four rows: not certain
            if re.fullmatch(r"(?:也|都|还是)?" + _KEEP + r"(?:了|吧)?", tail):
                touched = True
                continue
            to = re.match(r"(?:的?(?:金额|数|值|目标值|指标值|数字))?\s*" + _TO + r"\s*(.+)$", tail)
            if not to or len(which) != 1:
                return _unsure(c, rows)
            got = _rewrite(rows[which[0] - 1], to.group(1).strip())
            if got is None:
                return _unsure(c, rows)
            new[which[0] - 1] = got
            said.append(f"第{which[0]}行「{names[which[0] - 1]}」改成“{to.group(1).strip()}”")
            touched = True
            continue
        if re.fullmatch(r"(?:其余|其他|其它|别的|剩下的|剩下|另外的|其余的|其他的)(?:的|行|几行|项|都|也)*" + _KEEP + r"(?:了|吧)?", c):
            touched = True
            continue
        keep = re.fullmatch(r"(.+?)(?:都|也|还是)?" + _KEEP + r"(?:了|吧)?", c)
        if keep:
            for w in re.split(r"[和、及与跟]", keep.group(1)):
                if w and sum(_fits(w, n) for n in names) != 1:
                    return _unsure(c, rows)   # a row kept that is none of these: not certain what she means
            touched = True
            continue
        added = re.match(r"^(?:新增|新加|增加|加上?|再加|另加|添加|多加)(?:了)?(?:一[行项条个笔])?\s*[：:]?\s*(?=[\u4e00-\u9fa5]{2})(.*\d.*)$", c)
        if added and _FIGURE.search(added.group(1)) and not re.search(_TO, c):
            new.append(added.group(1).strip())     # "新增村级服务点25万": a row of this year's, after hers
            said.append(f"加了一行「{_name_of(added.group(1))}」")
            touched = True
            continue
        to = re.search(_TO + r"\s*(.+)$", c)
        if to is None:
            if re.search(r"\d", c):
                return _unsure(c, rows)  # a figure in a change not read: never dropped in silence
            continue                     # "今年省里标准变了": why it changes, no change of its own
        words = re.sub(r"^(?:今年|明年|这次|这回|本年度?)?(?:的)?(?:把|将)?", "", c[:to.start()]).strip()
        words = re.sub(r"(?:的?(?:金额|数|值|目标值|指标值|数字))$", "", words)
        if not words or re.fullmatch(r"(?:今年|明年|这次|都|也|就|要|要求)+", words):
            if len(rows) != 1:
                return _unsure(c, rows)   # "改成≥95%" with several rows: which one is hers to say
            i = 0
        else:
            hit = [i for i, n in enumerate(names) if _fits(words, n)]
            if len(hit) != 1:
                return _unsure(c, rows)
            i = hit[0]
        got = _rewrite(new[i], to.group(1).strip())
        if got is None:
            return _unsure(c, rows)
        new[i] = got
        said.append(f"「{names[i]}」改成“{to.group(1).strip()}”")
        touched = True
    if not touched or not said:
        return None
    rest = "，其余照粘贴的记" if sum(not x.startswith("加了") for x in said) < len(rows) else ""
    return "\n".join(new), "按您说的改了：" + "；".join(said) + rest + "。"


__all__ = ["edited"]
