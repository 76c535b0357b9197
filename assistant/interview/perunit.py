"""The total her per-unit figure and her count give, offered to confirm and never stored before her yes. Pure.

    per_unit_total("钱是按人头给的，每人89元，6万人")      # (534.0, "每人89元×60000人=5340000元")
    per_unit_total("每人每月5000元，聘4个人，干12个月")    # (24.0, "每人每月5000元×4人×12个月=240000元")
    per_unit_total("每人89元")                              # None: no count
    per_unit_total("每人89元，服务6万人，另有2万户")        # (534.0, …): the count of 人, the 户 is another thing

One price per one thing and one count of that thing (and of months when the price is per month), or nothing:
two prices, two counts of the thing, or a monthly price without the months is no product.
"""
from __future__ import annotations

import re

from .answers import NUM, to_number
from .derive import _g as g

# the same thing, as a price says it (每人) and as a count says it (6万人, 4个人, 120名)
_SAME = {"人": r"(?:个人|人|名)(?!次)", "名": r"(?:个人|人|名)(?!次)", "户": r"户", "亩": r"亩", "台": r"台", "套": r"套",
         "所": r"所", "座": r"座", "处": r"处", "个": r"个(?!月)", "辆": r"辆", "次": r"次", "人次": r"人次", "场": r"场"}
_PRICE = re.compile(r"(?:每|人均|户均)(人次|人|名|户|亩|台|套|所|座|处|个|辆|次|场)?(?:每?(月|年))?"
                    r"(?:补助|补贴|标准|发放|发|给|是|为|按|大约)?\s*" + NUM + r"\s*(万元|万|元|块钱|块)(?![\u4e00-\u9fa5]*/)")
_SCALE = {"万": 10_000.0, "千": 1_000.0}


def per_unit_total(text: str) -> tuple[float, str] | None:
    """(万元, the calculation written out) when the text holds one price of one thing and one count of it."""
    prices = list(_PRICE.finditer(text))
    if len(prices) != 1:
        return None
    p = prices[0]
    what = p.group(1) or ("人" if text[p.start():p.start() + 2] == "人均" else "户" if text[p.start():p.start() + 2] == "户均" else "")
    price = to_number(p.group(3))
    if not what or price is None or what not in _SAME:
        return None
    yuan = price * (10_000.0 if p.group(4).startswith("万") else 1.0)
    rest = text[:p.start()] + "，" + text[p.end():]
    counts = [m for m in re.finditer(NUM + r"\s*(万|千)?\s*" + _SAME[what], rest)]
    if len(counts) != 1:
        return None
    n = to_number(counts[0].group(1))
    if n is None:
        return None
    n *= _SCALE.get(counts[0].group(2) or "", 1.0)
    months = 1.0
    if p.group(2) == "月":
        ms = list(re.finditer(NUM + r"\s*个月", rest))
        if len(ms) != 1 or to_number(ms[0].group(1)) is None:
            return None
        months = to_number(ms[0].group(1))
    total = yuan * n * months
    if total <= 0:
        return None
    said = f"{p.group(0).strip()}×{g(n)}{what if what != '名' else '人'}" + (f"×{g(months)}个月" if p.group(2) == "月" else "")
    return round(total / 10_000, 6), f"{said}={g(total)}元"
