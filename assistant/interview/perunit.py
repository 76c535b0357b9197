"""Her per-unit figure and her count of that thing, read as the facts derive.py computes a total from (the
total is offered to confirm and never stored before her yes: answer.py). Pure.

    per_unit_facts("每人每月5000元，聘4个人，干12个月")   # {"headcount": 4, "monthly": 5000, "months": 12}
    per_unit_total("钱是按人头给的，每人89元，6万人")      # (534.0, "60000人×89元=5340000元")
    per_unit_total("每人每月5000元，聘4个人，干12个月")    # (24.0, "4人×5000元×12个月=240000元")
    per_unit_total("每人89元")                              # None: no count
    per_unit_total("每人89元，服务6万人，另有2万户")        # (534.0, …): the count of 人, the 户 is another thing

One price per one thing and one count of that thing (and of months when the price is per month), or nothing:
two prices, two counts of the thing, or a monthly price without the months is no product.
"""
from __future__ import annotations

import re

from .answers import NUM, to_number
from ..model import Declaration
from .derive import calculation

# things counted by a measure word of their own ("320盏", "每盏2500块"): the word is the same in the price and the count
THINGS = ("盏", "根", "眼", "口", "艘", "架", "组", "具", "棵", "株", "张", "台班", "吨", "公里", "米", "平方米", "立方米")
# the same thing, as a price says it (每人) and as a count says it (6万人, 4个人, 120名)
_SAME = {"人": r"(?:个人|人|名)(?!次)", "名": r"(?:个人|人|名)(?!次)", "户": r"户", "亩": r"亩", "台": r"台", "套": r"套",
         "所": r"所", "座": r"座", "处": r"处", "个": r"个(?!月)", "辆": r"辆", "次": r"次", "人次": r"人次", "场": r"场",
         **{w: w for w in THINGS}}
_PRICE = re.compile(r"(?:每|人均|户均|(?<![\d零一二两三四五六七八九十])一(?=[辆台套所座处户亩场]))(人次|人|名|户|亩|台|套|所|座|处|个|辆|次|场|"
                    + "|".join(THINGS) + r")?"
                    r"(?:车|船|校|村)?(?:[每一]?(月|年))?(?:(?:维护|运维|运行|保养|管护|租赁)?(?:费用|经费|费|成本|租金))?"
                    r"(?:补助|补贴|标准|发放|发|给|是|为|按|大约)?\s*" + NUM + r"\s*(万元|万|元|块钱|块)(?![\u4e00-\u9fa5]*/)")
# ("每辆车年维护费1.2万", "一辆一年1.2万": the thing, its year and what the money is for, then the price)
_SCALE = {"万": 10_000.0, "千": 1_000.0}
# a price paid only to those who meet a condition ("经考核取证的按每人1500元", "验收合格的每户补2000元", "符合条件的每人…"):
# it is paid to a part of her count, whose size she has not said — no product with the whole count
_ONLY_SOME = re.compile(r"(?:取证|考核|合格|达标|验收|通过|获证|持证|考取|认定|评定|评为|符合|结业|毕业|就业|上岗|录用|中标|入选|获奖)"
                        r"[一-龥]{0,6}?的\s*(?:按|给予?|发放?|补助|补贴|奖励)?\s*$")


def only_some(text: str, at: int) -> bool:
    """The price at ``at`` is paid only to those of her count who meet a condition said before it, in its clause."""
    return bool(_ONLY_SOME.search(re.split(r"[，,。；;！!\n]", text[:at])[-1]))


def per_unit_facts(text: str) -> dict | None:
    """Her price of one thing and her count of it, as the facts derive.py computes with (headcount and pay of
    each person, months when the pay is monthly; or a unit price and a quantity of the same thing)."""
    prices = list(_PRICE.finditer(text))
    if len(prices) != 1:
        return None
    p = prices[0]
    if only_some(text, p.start()):
        return None
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
    if n is None or n <= 0 or yuan <= 0:
        return None
    n *= _SCALE.get(counts[0].group(2) or "", 1.0)
    person = what in ("人", "名")
    if p.group(2) == "月":
        ms = list(re.finditer(NUM + r"\s*个月", rest))
        if not person or len(ms) != 1 or to_number(ms[0].group(1)) is None:
            return None                  # a monthly price needs her months (and a person's pay to multiply)
        return {"headcount": n, "monthly": yuan, "months": to_number(ms[0].group(1))}
    if person:
        return {"headcount": n, "yearly_each": yuan}
    return {"unit_price": {"yuan": yuan, "per": what, "label": p.group(0).strip()},
            "quantities": [{"n": n, "measure": what, "obj": "", "verb": ""}]}


def per_unit_total(text: str) -> tuple[float, str] | None:
    """(万元, the calculation written out) of ``per_unit_facts``, by derive.py's one calculation."""
    facts = per_unit_facts(text)
    return calculation(Declaration(), facts) if facts else None
