"""A budget line said as arithmetic: "三级系统测评 8套 × 2.5万 = 20万", "设备60台×1.2万=72万". The line is
named by the words before the count (a numeral inside the name, 三级, stays in it) and its amount is the
result she states, checked against the product; a product that does not give her result, or one with no
result said, is no amount (never the unit price, never a figure she did not say): said back, and asked. Pure.

    line("三级系统测评 8套×2.5万=20万")    # Line(name_end=6, amount=20.0, note="")
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import answers as A

_TIMES = r"\s*(?:乘以?|×|[xX*])\s*"
_FACTOR = r"(\d+(?:\.\d+)?)\s*(万元|万|千元|元|块钱|块|个月|" + A.MEASURE[1:-1] + r"|[\u4e00-\u9fa5](?=" + r"\s*(?:乘以?|×|[xX*])))?\s*"
# (any one word before a times sign counts: "3组×4人×…")
_EACH = r"(?:每\s*[\u4e00-\u9fa5]\s*)*"          # "318人×每人每月500元×6个月"
_CHAIN = re.compile(_EACH + _FACTOR + r"(?:" + _TIMES + _EACH + _FACTOR + r")+")
_ONE = re.compile(_FACTOR)
_RESULT = re.compile(r"^\s*(?:=|＝|等于|就是|是|共|一共|合计)\s*")
_MONEY = ("万元", "万", "千元", "元", "块钱", "块")


@dataclass
class Line:
    name_end: int         # where her name for the line ends
    amount: float | None  # 万元: the result she stated, when the product gives it
    note: str = ""        # what is said back when it is not stored


def line(part: str) -> Line | None:
    """The arithmetic of one budget line (prepped text: "1.2w" is "1.2万"), or None when it has none."""
    m = _CHAIN.search(part)
    if not m:
        return None
    said = m.group(0).strip()
    factors = [(float(f.group(1)), f.group(2) or "") for f in _ONE.finditer(re.sub(_TIMES, " ", said)) if f.group(1)]
    rest = part[m.end():]
    am = A.amounts(rest)
    result = am[0][2] if am and _RESULT.match(rest) else None
    money = [(n, u) for n, u in factors if u in _MONEY and u != "块"] or [(n, u) for n, u in factors if u == "块"]
    product = None
    if len(money) == 1:                  # "30人×800元×12个月": the one money factor carries the unit
        product = A.money_wan(f"{money[0][0]:g}", money[0][1])
        for n, u in factors:
            product *= 1 if (n, u) == money[0] else n
    elif not money and result is not None:   # "8套×2.5=20万" (in the result's unit), "2100人×380=79.8万" (in 元)
        product = 1.0
        for n, _ in factors:
            product *= n
        product = product if abs(product - result) <= abs(product / 10_000 - result) else product / 10_000
    start = m.start()
    first = re.search(r"(\d+(?:\.\d+)?)\s*(万元|万|千元|元)\s*[（(]\s*$", part[:m.start()])
    if result is None and first and re.match(r"\s*[）)]", rest):
        result, start = A.money_wan(first.group(1), first.group(2)), first.start()   # "72万（120台×0.6万）": her working
    head = part[:start].strip() or "这一项"
    if result is None:
        return Line(m.start(), None, f"「{said}」没有说乘出来是多少，预算明细这次没有记下；"
                                     f"请把各项的金额直接说一遍（如“{head}{_wan(product) if product else 'X万元'}”）。")
    if product is None:
        return Line(start, None, f"「{said}」的单价没有说清单位，预算明细这次没有记下，请说明是元还是万元。")
    if abs(product - result) > max(0.005, result * 0.005):
        return Line(start, None, f"「{said}={_wan(result)}」：乘出来是{_wan(product)}，和您写的{_wan(result)}对不上，"
                                     f"预算明细这次没有记下，请核对后把各项再说一遍。")
    return Line(start, result)


def _wan(x: float | None) -> str:
    return f"{round(x, 4):g}万元" if x is not None else ""


__all__ = ["Line", "line"]
