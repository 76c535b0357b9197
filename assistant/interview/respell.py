"""A name she writes again with only its dots or spaces changed ("名字中间要加点，是买买提·艾力" after 买买提艾力 was
recorded): the same name, written her way — that field is corrected, wherever the message was asked. Pure but for
the patch it applies.

    respelled(iv, "名字中间要加点，是买买提·艾力", reply)   # unit_head 买买提艾力 → 买买提·艾力
"""
from __future__ import annotations

import re
from functools import lru_cache
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
                   r"(?:再)?(?:要)?(?:加一个|加个|加上|加|添个|添上|添|补上|补)[“「\"]?(?P<x>[^，,。；;！!\s“”「」\"]{1,16}?)[”」\"]?(?=[，,。；;！!\s]|$)")


# the same with no label, said right after the answer it changes: "后面加上“及鸣放演练”，发快了" (the name just given)
_LAST_ENDS = re.compile(r"^\s*(?:(?P<head>前面|开头|最前面|前头|前边)|(?P<tail>后面|末尾|最后|结尾|后头|后边))(?:再)?(?:加一个|加个|加上|加|添上|添|补上|补)"
                        r"[“「\"](?P<x>[^，,。；;！!\s“”「」\"]{1,16}?)[”」\"](?=[，,。；;！!\s]|$)")


# a kind of words, not the words themselves: "前面加个年份" says what to add, the words come in her next clause
_KIND_OF_WORDS = re.compile(r"^(?:年份|年度|年|日期|时间|编号|序号|地名|单位名?|名称|名字|期数|批次|括号)$")
# words taken out of the value of a field she names: "名称里的（一期）去掉", "项目名称最后括号里的二期删掉"
_CUT = re.compile(r"(?P<label>[\u4e00-\u9fa5]{2,6}?)(?:里面|里头|里|中间|中|最后|后面|前面|开头|末尾)?(?:括号里|括号中|括号内)?的?"
                  r"[“「\"]?(?P<x>[^，,。；;！!\s“”「」\"]{1,16}?)[”」\"]?\s*(?:给我|帮我)?(?:删掉|删了|删去|去掉|去了|拿掉|不要了?)"
                  r"(?:吧|啊|哈)?(?=[，,。；;！!\s]|$)")


def _labelled(rx: re.Pattern, text: str) -> list[re.Match]:
    """The matches of ``rx`` whose label is a word of a field, tried at each start with every label that fits there
    ("项目名称最后…": 项目名称, never 项目 and the rest as the words)."""
    out, t = [], text or ""
    for w in _longest_first():
        at = t.find(w)
        while at >= 0:
            m = rx.match(t, at)
            if m and m.group("label") == w and not any(o.start() <= at < o.end() for o in out):
                out.append(m)
            at = t.find(w, at + 1)
    return sorted(out, key=lambda m: m.start())


@lru_cache(maxsize=1)
def _longest_first() -> tuple[str, ...]:
    """The fields' words, longest first (built once: every message is read against them)."""
    return tuple(sorted({w for w, _ in F._words()}, key=len, reverse=True))


def unedited(text: str, spans: list[tuple[int, int]]) -> str:
    """The message without the edits ``replaced`` applied (their spans): what is left to read as an answer."""
    t = text or ""
    for a, b in sorted(spans, reverse=True):
        t = t[:a] + t[b:]
    return t


def _cut(iv: "Interview", text: str, reply: "Reply", spans: list) -> list[str]:
    done = []
    for m in _labelled(_CUT, text):
        paths = [p for w, ps in F._words() if w == m.group("label") for p in ps if F.kind(p) in ("name", "org")]
        have = getattr(iv.form, paths[0], "") if len(paths) == 1 else ""
        x = m.group("x")
        if not have or not isinstance(have, str):
            continue
        for cand in (f"（{x.strip('（）()')}）", f"({x.strip('（）()')})", x):     # (its brackets go with it)
            if have.count(cand) == 1 and len(have.replace(cand, "").strip()) >= 2:
                iv.apply_patch(Patch([Fill(paths[0], have.replace(cand, "").strip(), kind="stated", detail=text, primary=True)]), reply)
                done.append(paths[0])
                spans.append(m.span())
                break
    return done


# "名称前边得补上年份，2025年…": the edit said, then the whole new value — that value, when it keeps most of the old
_EDIT_THEN = re.compile(r"(?P<label>[\u4e00-\u9fa5]{2,6}?)的?(?:前面|前边|前头|后面|后边|后头|开头|末尾|最后|中间|里面?)[^，,。；;]{0,8}?(?:加|添|补|删|去掉|改|换)"
                        r"[^，,。；;]{0,8}[，,：:]\s*(?P<v>[^，,。；;！!\s]{4,40})(?=[，,。；;！!\s]|$)")


def _edit_then_whole(iv: "Interview", text: str, reply: "Reply", spans: list) -> list[str]:
    from .fix import _overlap
    for m in _labelled(_EDIT_THEN, text):
        paths = [p for w, ps in F._words() if w == m.group("label") for p in ps if F.kind(p) in ("name", "org")]
        have = getattr(iv.form, paths[0], "") if len(paths) == 1 else ""
        v = re.sub(r"^(?:是|为|就是|改成|改为|叫)", "", m.group("v"))
        core = re.sub(r"[（(][^（）()]*[）)]$", "", have or "")
        if have and isinstance(have, str) and v != have and _overlap(core, v) >= max(4, int(len(core) * 0.6)):
            iv.apply_patch(Patch([Fill(paths[0], v, kind="stated", detail=text, primary=True)]), reply)
            spans.append(m.span())
            return [paths[0]]
    return []


def _ends(iv: "Interview", text: str, reply: "Reply", spans: list) -> list[str]:
    done = _edit_then_whole(iv, text, reply, spans) or _cut(iv, text, reply, spans)
    if done:
        return done
    last = _LAST_ENDS.match(text or "")
    if last and iv.prev_field in _NAMES and iv.prev_field != iv.turn_field:
        ends = [(last, [iv.prev_field])]
        iv.aimed.append(iv.prev_field)   # (named by her "后面加上" right after it: not put back as unnamed)
    else:
        ends = [(m, [p for w, ps in F._words() if w == m.group("label") for p in ps if F.kind(p) in ("name", "org")])
                for m in _ENDS.finditer(text or "")]
    for m, paths in ends:
        have = getattr(iv.form, paths[0], "") if len(paths) == 1 else ""
        if not have or not isinstance(have, str) or m.group("x") in have or _KIND_OF_WORDS.match(m.group("x")):
            continue
        new = m.group("x") + have if m.group("head") else have + m.group("x")
        iv.apply_patch(Patch([Fill(paths[0], new, kind="stated", detail=text, primary=True)]), reply)
        done.append(paths[0])
        spans.append(m.span())
    return done


def after_last(text: str) -> str | None:
    """What a message that adds to the last answer ("后面加上“…”") says after the addition ("发快了"); None when it
    is no such message."""
    m = _LAST_ENDS.match(text or "")
    return text[m.end():].strip("，,。；;！! ") if m else None


def replaced(iv: "Interview", text: str, reply: "Reply", spans: list | None = None) -> list[str]:
    """"名称里修缮保护改成保护利用": the words she quotes, inside the field she names, changed — the rest of its
    value kept; "项目名称前面加上2021年": the words put before (or after) it. Only when the label is a field's word and
    the words stand once in its value; else nothing. The paths changed."""
    spans = [] if spans is None else spans        # (where in her message each edit stood: unedited() reads the rest)
    done = _ends(iv, text, reply, spans)
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
        spans.append(m.span())
    return done
