"""A budget said as shares of the total: "一半买设备，剩下的发补贴", "一半打井，剩下的一半买水泵一半配电",
"三分之一培训，剩下的买设备". No amount is hers: each line's amount is computed from the total she stated
(总额 × share), said back and listed as unconfirmed until she confirms it or gives the amounts. A share
that leaves money over or asks for more than there is, a line with no name, or no total yet: nothing is
computed (the total is asked for, or the amounts). Pure but for ``run``.

    split("一半打井，剩下的一半买水泵一半配电", 160)   # [("打井", 80), ("水泵", 40), ("配电", 40)]
"""
from __future__ import annotations

import re
from fractions import Fraction
from typing import TYPE_CHECKING

from ..textnum import cn_to_number, normalize

if TYPE_CHECKING:
    from .engine import Interview, Reply

_REST = r"(?:剩下|剩余|其余|余下|其他|其它)(?:的)?(?:钱|部分)?"
_PART = (r"一半|半数|[二两三四五六七八九十]分之[一二三四五六七八九]|\d{1,3}(?:\.\d+)?\s*%|百分之[一二三四五六七八九十]+(?:点[一二三四五六七八九])?"
         r"|[一二三四五六七八九]成[一二三四五六七八九]?")
_MARK = re.compile(r"(?P<rest>" + _REST + r")?\s*(?:的)?\s*(?P<part>" + _PART + r")?")
# the verb before what the money buys: "买水泵" is the line 水泵, "用来培训" is 培训; "打井", "发补贴" keep their verb
_VERB = re.compile(r"^(?:都|全|就|再)?(?:用来|用于|用在|花在|拿来|拿去|给|作为|做|是)?(?:买|购买|购置|采购)?")


def _fraction(part: str) -> Fraction | None:
    part = part.replace(" ", "")
    if part in ("一半", "半数"):
        return Fraction(1, 2)
    m = re.fullmatch(r"([二两三四五六七八九十])分之([一二三四五六七八九])", part)
    if m:
        return Fraction(int(cn_to_number(m.group(2)) or 0), int(cn_to_number(m.group(1)) or 1))
    m = re.fullmatch(r"(\d{1,3}(?:\.\d+)?)%", part)
    if m:
        return Fraction(m.group(1)) / 100
    m = re.fullmatch(r"百分之(.+)", part)
    if m:
        n = cn_to_number(m.group(1).replace("点", ".")) if "点" not in m.group(1) else None
        return Fraction(str(n)) / 100 if n is not None else None
    m = re.fullmatch(r"([一二三四五六七八九])成([一二三四五六七八九])?", part)
    if m:
        return Fraction(int(cn_to_number(m.group(1)) or 0) * 10 + int(cn_to_number(m.group(2) or "零") or 0), 100)
    return None


def said(text: str) -> bool:
    """The message gives the budget as shares (at least one share word and no amount of money)."""
    t = normalize(text)
    return bool(re.search(_PART, t)) and not re.search(r"\d\s*(?:万|元|块)|[零一二两三四五六七八九十百千]+\s*(?:万|元|块)", t) \
        and not RATE.search(t)


# a rate and its target ("优良中等路率达到80%以上", "满意度90%"): an indicator, never a share of the money
RATE = re.compile(r"(?:率|度)\s*(?:要|能|应)?\s*(?:达到|不低于|高于|在|为|保持在|≥|>=|>)?\s*(?:" + _PART + r")|(?:" + _PART + r")\s*(?:以上|以内|及以上)")


def split(text: str, total: float) -> list[tuple[str, float]] | None:
    """The lines and their amounts (万元) from the shares she said, or None when they do not add up to the
    whole total exactly, a line has no name, or a share cannot be read."""
    t = normalize(text).strip("。 ")
    marks = [m for m in _MARK.finditer(t) if m.group(0).strip()]
    if not marks:
        return None
    whole, base, left = Fraction(str(total)), Fraction(str(total)), Fraction(str(total))
    out: list[tuple[str, Fraction]] = []
    for k, m in enumerate(marks):
        name = t[m.end():marks[k + 1].start() if k + 1 < len(marks) else len(t)]
        name = _VERB.sub("", re.sub(r"[，,；;、。\s]|^的", "", name)).strip()
        name = re.sub(r"^发放?(?=补贴|补助|工资|奖金|津贴|奖励)", "", name)     # "发补贴": the line 补贴
        if m.group("rest"):
            base = left                          # "剩下的一半…一半…": shares of what is left now
        if m.group("part"):
            f = _fraction(m.group("part"))
            if f is None or f <= 0:
                return None
            amount = base * f
        elif m.group("rest"):
            amount = left                        # "剩下的发补贴": all that is left
        else:
            continue
        if not name or len(name) > 12 or amount > left:
            return None
        out.append((name, amount))
        left -= amount
    if not out or left != 0 or sum(a for _, a in out) != whole:
        return None
    return [(n, round(float(a), 2)) for n, a in out]


def run(iv: "Interview", text: str, reply: "Reply") -> bool:
    """At the 预算明细 question, a budget said in shares: the lines computed from the total and listed to
    confirm; without a total, or shares that do not add up, nothing is stored and she is told what is needed."""
    from .answers import Fill, Patch
    if not said(text):
        return False
    total = iv.form.funding.total
    if total is None:
        reply.said.append("按比例分的话，需要先知道项目资金总额。请先告诉我一共多少钱（万元），或直接说每一项的金额。")
        return True
    lines = split(text, total)
    if lines is None:
        reply.said.append(f"没能按总额{total:g}万元把这几个比例分清楚（加起来要正好是全部）。请直接说每一项的金额，例如“设备80万，补贴80万”。")
        return True
    items = [{"name": n, "amount": a} for n, a in lines]
    shown = "、".join(f"{n}{a:g}万元" for n, a in lines)
    iv.apply_patch(Patch([Fill("budget_items", items, kind="computed", detail=f"按总额{total:g}万元和您说的比例算出：{shown}",
                               primary=True)]), reply)
    reply.said.append(f"（这几项金额是按总额{total:g}万元和您说的比例算出的，不是您说的数，最后核对时请确认，或直接说准确金额。）")
    return True


__all__ = ["run", "said", "split"]
