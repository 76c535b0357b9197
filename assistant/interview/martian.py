"""The 火星文 of the 2000s that some clerks still type: 偶 for 我, 素 for 是, 滴 for 的, 表 for 不要, 不造 for 不知道,
米有 for 没有, 酱紫 for 这样子, 木问题 for 没问题, 3Q for 谢谢, 886 for 拜拜. Most of these are words of their own
elsewhere (素质, 一滴, 表格, 886人), so they are read as Mandarin only once she has written in that voice: a word that
is 火星文 wherever it stands (偶们, 酱紫, 不造, 米有, 素滴, 木问题, 3Q, a clause ending in 滴) marks the voice, for that
message and every one after it. Pure.

    voiced("新增滴，去年米有搞过")          # True
    read("局长素周晓峰", voiced=True)      # "局长是周晓峰"
    read("成本表写了", voiced=True)        # "成本不要写了"
"""
from __future__ import annotations

import re

_CJK = r"\u4e00-\u9fa5"
_END = r"(?=\s*(?:[，,。！!？?；;～~…\s]|\^|$))"
# words that are 火星文 wherever they stand
_MARK = re.compile(r"偶们|酱紫|不造|米有|素滴|木问题|3Q(?![\d])|(?<![一水点雨油汗泪])滴" + _END)

_WORDS = [
    (re.compile(r"偶们"), "我们"),
    (re.compile(r"(?<![配木玩对无])偶(?![尔数然像发遇合])"), "我"),
    (re.compile(r"素滴"), "是的"),
    (re.compile(r"(?<![因要元朴毒激色平吃荤生])素(?![质材养食描菜来日雅净])"), "是"),
    (re.compile(r"(?<![一水点雨油汗泪])滴(?![灌水管])"), "的"),
    (re.compile(r"(?<![报列图代统计览申附张格细单])表(?=写|填|设|搞|弄|急|客气)"), "不要"),
    (re.compile(r"不造"), "不知道"),
    (re.compile(r"(?<![\d零〇一二两三四五六七八九十百千万])米有"), "没有"),
    (re.compile(r"木问题"), "没问题"),
    (re.compile(r"酱紫"), "这样子"),
    (re.compile(r"3Q(?![\d])"), "谢谢"),
    (re.compile(r"[，,。！!\s]*(?<![\d.])886" + _END), ""),     # a sign-off, as an emoji is
]
_FACE = re.compile(r"\s*\^_*\^\s*")      # ^_^, ^^: a smile, no part of a value


def voiced(text: str) -> bool:
    """The message is written in 火星文 (a word that is one wherever it stands)."""
    return bool(_MARK.search(text or ""))


def read(text: str, voiced: bool) -> str:
    """The message in Mandarin when she writes in 火星文; as it is otherwise."""
    if not voiced or not text:
        return text
    text = _FACE.sub("", text)
    for rx, say in _WORDS:
        text = rx.sub(say, text)
    return text


__all__ = ["voiced", "read"]
