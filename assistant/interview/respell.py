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


# words put before or after the value of a field she names: "项目名称前面加上2021年", "名称后面加上（二期）"
_ENDS = re.compile(r"(?P<label>[\u4e00-\u9fa5]{2,6}?)的?(?:(?P<head>前面|开头|最前面|前头|前边)|(?P<tail>后面|末尾|最后|结尾|后头|后边))"
                   r"(?:再)?(?:加上|加|添上|添|补上|补)[“「\"]?(?P<x>[^，,。；;！!\s“”「」\"]{1,16}?)[”」\"]?(?=[，,。；;！!\s]|$)")


# the same with no label, said right after the answer it changes: "后面加上“及鸣放演练”，发快了" (the name just given)
_LAST_ENDS = re.compile(r"^\s*(?:(?P<head>前面|开头|最前面|前头|前边)|(?P<tail>后面|末尾|最后|结尾|后头|后边))(?:再)?(?:加上|加|添上|添|补上|补)"
                        r"[“「\"](?P<x>[^，,。；;！!\s“”「」\"]{1,16}?)[”」\"](?=[，,。；;！!\s]|$)")


def _ends(iv: "Interview", text: str, reply: "Reply") -> list[str]:
    done = []
    last = _LAST_ENDS.match(text or "")
    if last and iv.prev_field in _NAMES and iv.prev_field != iv.turn_field:
        ends = [(last, [iv.prev_field])]
        iv.aimed.append(iv.prev_field)   # (named by her "后面加上" right after it: not put back as unnamed)
    else:
        ends = [(m, [p for w, ps in F._words() if w == m.group("label") for p in ps if F.kind(p) in ("name", "org")])
                for m in _ENDS.finditer(text or "")]
    for m, paths in ends:
        have = getattr(iv.form, paths[0], "") if len(paths) == 1 else ""
        if not have or not isinstance(have, str) or m.group("x") in have:
            continue
        new = m.group("x") + have if m.group("head") else have + m.group("x")
        iv.apply_patch(Patch([Fill(paths[0], new, kind="stated", detail=text, primary=True)]), reply)
        done.append(paths[0])
    return done


def after_last(text: str) -> str | None:
    """What a message that adds to the last answer ("后面加上“…”") says after the addition ("发快了"); None when it
    is no such message."""
    m = _LAST_ENDS.match(text or "")
    return text[m.end():].strip("，,。；;！! ") if m else None


def replaced(iv: "Interview", text: str, reply: "Reply") -> list[str]:
    """"名称里修缮保护改成保护利用": the words she quotes, inside the field she names, changed — the rest of its
    value kept; "项目名称前面加上2021年": the words put before (or after) it. Only when the label is a field's word and
    the words stand once in its value; else nothing. The paths changed."""
    done = _ends(iv, text, reply)
    for m in _IN.finditer(text or ""):
        paths = [p for w, ps in F._words() if w == m.group("label") for p in ps if F.kind(p) in _WORDY]
        if len(paths) != 1:
            continue
        have = getattr(iv.form, paths[0], "") or ""
        if not isinstance(have, str) or have.count(m.group("a")) != 1:
            continue
        iv.apply_patch(Patch([Fill(paths[0], have.replace(m.group("a"), m.group("b")), kind="stated", detail=text,
                                   primary=True)]), reply)
        done.append(paths[0])
    return done
