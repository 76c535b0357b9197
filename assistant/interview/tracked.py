"""A draft pasted with its tracked changes and reviewers' comments ("…面积[删除：150][插入：170]平方米",
"【批注-李科长：写全称】"): what was struck out goes, what was put in stays, a comment is talk beside the text —
never part of a value. Pure.

    read("经费[删除：52][插入：58]万")              # ("经费58万", False)
    read("县疾控中心【批注-小周：用全称】")           # ("县疾控中心", True): a comment, her talk beside it
"""
from __future__ import annotations

import re

_OPEN, _CLOSE = r"[\[【〔［]", r"[\]】〕］]"
_BODY = r"[^\[\]【】〔〕［］]*"
_STRUCK = re.compile(_OPEN + r"\s*(?:删除|删去|删掉|已删除|删)\s*[：:]" + _BODY + _CLOSE)
_PUT_IN = re.compile(_OPEN + r"\s*(?:插入|已插入|添加|增加|修改为|改为)\s*[：:](" + _BODY + ")" + _CLOSE)
_COMMENT = re.compile(_OPEN + r"\s*(?:批注|注释|评论|审阅|修订意见)[^：:\[\]【】〔〕［］]{0,16}[：:]" + _BODY + _CLOSE)


def read(text: str) -> tuple[str, bool]:
    """The text as it reads with its changes accepted and its comments left out; True when there was a comment."""
    if not text or not re.search(_OPEN, text):
        return text, False
    t, comments = _COMMENT.subn("", text)
    t = _PUT_IN.sub(lambda m: m.group(1).strip(), _STRUCK.sub("", t))
    if t == text:
        return text, False
    t = t.strip()
    return (t, comments > 0) if t else (text, False)


__all__ = ["read"]
