"""A name she writes again with only its dots or spaces changed ("名字中间要加点，是买买提·艾力" after 买买提艾力 was
recorded): the same name, written her way — that field is corrected, wherever the message was asked. Pure but for
the patch it applies.

    respelled(iv, "名字中间要加点，是买买提·艾力", reply)   # unit_head 买买提艾力 → 买买提·艾力
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import fields as F
from .answers import Fill, Patch

if TYPE_CHECKING:
    from .engine import Interview, Reply

_MARKS = re.compile(r"[·•‧・\s]")
_NAMES = ("unit_head", "department_head", "filler", "unit", "department", "project_name")


def respelled(iv: "Interview", text: str, reply: "Reply") -> bool:
    """True when one recorded name is written again here with other dots or spaces (and only that)."""
    hits = []
    for path in _NAMES:
        have = _MARKS.sub("", getattr(iv.form, path, "") or "")
        if len(have) < 2:
            continue
        m = re.search("[·•‧・ ]?".join(map(re.escape, have)), text or "")
        if m and _MARKS.search(m.group(0)) and m.group(0) != getattr(iv.form, path):
            hits.append((path, m.group(0)))
    if len(hits) != 1:
        return False
    path, w = hits[0]
    iv.apply_patch(Patch([Fill(path, w, kind="stated", detail=text, primary=True)]), reply)   # said back: 已把…从…改为…
    return True


_IN = re.compile(r"(?P<label>[\u4e00-\u9fa5]{2,6}?)(?:里面|里头|里|中间|中)的?[“「\"]?(?P<a>[\u4e00-\u9fa5]{2,12}?)[”」\"]?\s*(?:改成|改为|换成)"
                 r"[“「\"]?(?P<b>[\u4e00-\u9fa5]{2,12})[”」\"]?(?=[，,。；;！!\s]|$)")
_WORDY = ("name", "org", "text")


def replaced(iv: "Interview", text: str, reply: "Reply") -> bool:
    """"名称里修缮保护改成保护利用": the words she quotes, inside the field she names, changed — the rest of its
    value kept. Only when the label is a field's word and the words stand once in its value; else nothing."""
    done = False
    for m in _IN.finditer(text or ""):
        paths = [p for w, ps in F._words() if w == m.group("label") for p in ps if F.kind(p) in _WORDY]
        if len(paths) != 1:
            continue
        have = getattr(iv.form, paths[0], "") or ""
        if not isinstance(have, str) or have.count(m.group("a")) != 1:
            continue
        iv.apply_patch(Patch([Fill(paths[0], have.replace(m.group("a"), m.group("b")), kind="stated", detail=text,
                                   primary=True)]), reply)
        done = True
    return done
