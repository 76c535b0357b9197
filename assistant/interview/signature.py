"""A mail's or a message's signature pasted with the answer: the sender's name, office and phones after a
separator ("--", "——", "____"), a closing (此致, 敬礼, 祝好, 谢谢！), or "发自我的手机". Pure; the engine
takes it off before anything is read, so a phone of the sender is never paired with the person asked about.
A web page's own lines copied with the form (breadcrumbs, 发布时间/浏览次数, 打印本页, 上一篇, the site's footer
with its ICP number: the reader's PAGE_TEXT) go the same way (``unpage``): never a value, a hedge or an indicator.

    unsign("负责人是王建军\\n--\\n张丽 | 办公室\\n手机 13800001111")   # ("负责人是王建军", "张丽 | 办公室 手机 13800001111")

A closing that ends the message with nothing after it, or a separator with no name, phone or office after it,
takes nothing away. Nothing is dropped in silence: the engine says the signature was not read as the form.
"""
from __future__ import annotations

import re

from .whom import _SURNAMES, _SURNAMES2

_SEPARATOR = re.compile(r"^\s*(?:-{2,}|—{1,}|_{3,}|={3,}|\*{3,})\s*$")
_CLOSING = re.compile(r"^\s*(?:此致|敬礼|此致敬礼|祝好|顺祝(?:商祺|工作顺利)?|谢谢[！!。]?|发自我的\S*|Sent from \S+|Best regards,?)\s*[，,。！!]?\s*$", re.I)
# what a signature holds: a phone, a person with an office, an address or a mail address
# a name alone on its line: two to four characters, a 复姓 or a dot of a minority name at most
_NAME = re.compile(r"[\u4e00-\u9fa5]{2,4}|[\u4e00-\u9fa5]{1,6}·[\u4e00-\u9fa5]{1,6}")
_SIGNED = re.compile(r"(?:1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|0\d{2,3}[\s-]?\d{7,8}|电话|手机|Tel|邮箱|@|地址|办公室|科|股|中心|局)", re.I)


def _named(line: str) -> bool:
    """The line is a person's name alone (a surname first)."""
    n = line.strip()
    return bool(_NAME.fullmatch(n)) and (n[0] in _SURNAMES or n[:2] in _SURNAMES2)


def unsign(text: str) -> tuple[str, str]:
    """``text`` without its signature, and the signature (one line, "" when there is none)."""
    if "\n" not in text:
        return text, ""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i == 0 or not (_SEPARATOR.match(line) or _CLOSING.match(line)):
            continue
        rest = [ln.strip() for ln in lines[i + 1:] if ln.strip() and not _CLOSING.match(ln) and not _SEPARATOR.match(ln)]
        if rest and (_SIGNED.search(" ".join(rest)) or (len(rest) == 1 and _named(rest[0]))) and len(rest) <= 6:
            head = "\n".join(lines[:i]).rstrip()          # "此致\n王晓丽\n发自我的华为手机": a name alone signs too
            return (head, " ".join(rest)) if head.strip() else (text, "")
        if not rest and i >= 2 and _named(lines[i - 1]) and re.search(r"[。！!；;]\s*$", lines[i - 2]):
            head = "\n".join(lines[:i - 1]).rstrip()      # "以上无误，请按此提交。\n王晓丽\n发自我的华为手机"
            return head, lines[i - 1].strip()
    return text, ""


def unpage(text: str) -> str:
    """``text`` without the lines a web page adds around what was copied: the runs of page lines at its two ends (the
    reader's own ``unframe``); a line of hers inside the text that ends like a footer ("…由县体育局主办") stays."""
    if "\n" not in text:
        return text
    from ..importers.text_grid import unframe
    return "\n".join(ln for ln in unframe(text).split("\n") if ln.strip()) or text


__all__ = ["unpage", "unsign"]
