"""Characters a phone app misreads off a handwritten draft, read as she wrote them: 己 for 已 ("己报备案"),
末 for 未 ("末含医疗费"), 曰 for 日 ("节曰"), 千 for 干 ("军休千部"), 方 for 万 ("61.8方元"). Pure.

    read(text, money=False)   # the message with those slips put right; ``money``: a question about money

Each slip is put right only where the character it stands in for is the only reading: 己 not in 自己 / 知己,
末 before a verb and not after 年 / 月 / 期 (年末 stays), 曰 after a day's word (名曰 stays), 千部 not after a
numeral (三千部 stays), 方元 after a figure (no unit is called 方元). A bare "18.6方" is 万 only in an answer about
money that names no other unit of money and no 立方 / 土方 (方 is a cubic metre there), and in an interview only once
her 方 has shown itself to be 万 (61.8方元, "方是万"): a first "总共416方" is asked about, never stored as 416万.
"""
from __future__ import annotations

import re

_YI = re.compile(r"(?<![自知利异克舍律一本])己(?=[\u4e00-\u9fa5])(?![方任见身])")
_WEI = re.compile(r"(?<![年月期周季旬岁本始篇文结终学週末])末(?=(?:含|安排|发现|设|纳入|能|按|及时|完成|列入|到位|达到|经|满|曾|"
                  r"必|见|报|作|做|超|办|落实|开|启|签|通|明确|确定|提|取|使用|予|获|建|参|包括|涉及|计入|发生|执行|支出|拨付))")
_RI = re.compile(r"(?<=[节生每今明昨次作号月周\d])曰")
_GAN = re.compile(r"(?<![\d零〇一二两三四五六七八九十百千万几数多])千(?=部)|(?<=若)千")
_FANG_YUAN = re.compile(r"(?<=\d)\s*方元")
_FANG = re.compile(r"(?<=\d)\s*方(?![\u4e00-\u9fa5A-Za-z])")
_OTHER_MONEY = re.compile(r"\d\s*(?:万|元|块|[wW](?![a-zA-Z])|千元|亿)|立方|土方|方量|石方")


# the slip shown in her own words: a figure in 方元 (no unit is called 方元), or her "方是万"
_FANG_SHOWN = re.compile(r"\d\s*方元|方(?:就|其实)?(?:是|=|指)万")


def shown(text: str) -> bool:
    """Her message shows that her 方 is 万 (a figure in 方元, or "方是万"): later bare 方 of money are 万 too."""
    return bool(_FANG_SHOWN.search(text or ""))


def read(text: str, money: bool = False, seen: bool = True) -> str:
    """``seen``: the slip has shown itself in this interview (``shown``); before that a bare "416方" is no 万 of
    hers but a figure to ask about — she may have typed 方 for 万 or meant cubic metres."""
    if not text:
        return text
    t = _YI.sub("已", text)
    t = _WEI.sub("未", t)
    t = _RI.sub("日", t)
    t = _GAN.sub("干", t)
    t = _FANG_YUAN.sub("万元", t)
    if money and (seen or shown(text)) and _FANG.search(t) and not _OTHER_MONEY.search(t):
        t = _FANG.sub("万", t)
    return t


__all__ = ["read"]
