"""How a clerk names numbered options as a set — 前两个, 后两个, 1到3, 第一个到第三个, 除了第2个都要 — or
none of them (都不要), and a pick given her own value (第三个，数值改成≥800批次). Pure.

    some_of("前两个", 4)   # [1, 2]
    some_of("前五个", 4)   # []: does not fit the options, never a guess
    some_of("好的", 4)     # None: no set named
"""
from __future__ import annotations

import re

from . import answers as A

NONE_OF = re.compile(r"(?:这些|这几个|上面的)?(?:都不要|一个都不要|都不用|一个都不用|都不合适|都不行|都不对|都不是|都不选|一个也不要)(?:了|吧|啊)?")
OWN_VALUE = re.compile(r"^\s*((?:第\s*)?(?:\d{1,2}|[一二两三四五六七八九十])\s*(?:个|项|号|条)?)\s*[，,：:]?\s*(?:的)?(?:数值|值|指标值|数字|目标值)?\s*(?=改成|改为|换成)")
_ORD = r"(\d{1,2}|[一二两三四五六七八九十])"


def some_of(p: str, n: int) -> list[int] | None:
    """Options named as a set: 前两个 (头两个) / 后两个 / 1到3 / 第一个到第三个 / 除了第2个都要; [] when they do not
    fit the n options (never a guess), None when the text names no set."""
    def num(x: str) -> int:
        return int(x) if x.isdigit() else int(A.to_number(x) or 0)
    tail = r"(?:都要|都行|都可以|吧|就行|就好|要了)*"
    if m := re.fullmatch(r"(?:要|选|用)?([前后头])" + _ORD + r"\s*(?:个|项|条|种)" + tail, p):
        k = num(m.group(2))
        got = list(range(1, k + 1)) if m.group(1) in "前头" else list(range(n - k + 1, n + 1))   # 头两个 = 前两个
    elif m := re.fullmatch(r"(?:要|选|用)?(?:第\s*)?" + _ORD + r"\s*(?:个|项|条)?\s*(?:到|至|-|~|—)\s*(?:第\s*)?" + _ORD + r"\s*(?:个|项|条)?" + tail, p):
        got = list(range(num(m.group(1)), num(m.group(2)) + 1))
    elif m := re.fullmatch(r"(?:除了|除)(?:第\s*)?" + _ORD + r"\s*(?:个|项|条)?(?:以外|之外)?[，,]?\s*(?:其他|其余|别的)?(?:的)?(?:都要|都行|都可以|都选|全要)", p):
        got = [k for k in range(1, n + 1) if k != num(m.group(1))]
    else:
        return None
    return got if got and 1 <= min(got) and max(got) <= n else []
