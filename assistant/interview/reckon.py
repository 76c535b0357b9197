"""She asks the assistant to work out the total at the money question ("总额你帮我加一下：培训费12万，设备费30万"): her
request is a 不知道 of the total, her lines are the budget's lines (stored as she stated them; a line said as a count
and a price per thing is reckoned by unitcost.py and listed unconfirmed), and their sum is offered as the total — a
proposal stored on her yes only, never in silence.

    asks_sum("合计是多少你给我算算：…")      # the figures after her request, or None
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from . import answers as A

if TYPE_CHECKING:
    from .engine import Interview, Reply

# her request: someone to do it (你 / 帮我 / 给我 …) and the reckoning (算 / 加 / 合计 …), with the total named around it
_WHO = r"(?:你|您)?(?:帮我|给我|替我|帮忙|帮着)?(?:你|您)?"
_DO = r"(?:算|加|合计|汇总|统计)(?:一下|一算|算|下|个数|出来)?"
_SUM = r"(?:总数|总额|总金额|总的|合计|一共|总共|加起来|共计|总计)(?:是)?(?:多少)?"
_ASK = re.compile(r"(?:" + _SUM + r"\s*)?(?:" + _WHO + _DO + r")(?:\s*" + _SUM + r")?(?:吧|呗|啊|哈)?\s*[：:，,。]?\s*")


def asks_sum(text: str) -> str | None:
    """The figures she wants added, when her message asks for the total to be worked out; else None."""
    t = (text or "").strip()
    for m in _ASK.finditer(t):
        said = m.group(0)
        if not re.search(r"你|您|帮|给我|替我", said) or not re.search(_SUM, t[max(0, m.start() - 8):m.start()] + said):
            continue                     # someone asked to do it, and the total named by her (not "算一下单价")
        rest = (t[:m.start()] + "，" + t[m.end():]).strip("，,。：: ")
        if len(A.amounts(A.prep(rest))) >= 2:
            return rest
    return None


def run(iv: "Interview", q: Any, text: str, r: Any, reply: "Reply") -> bool:
    """At the money question, her request to add up her lines: the lines stored, their sum offered as the total."""
    from .answers import Fill, Patch
    from .extract import budget_items
    from .questions import Question
    from .unitcost import resolve
    if q is None or q.field != "funding" or q.kind != "field" or iv.form.funding.total is not None or iv.form.budget_items:
        return False
    rest = asks_sum(text)
    if rest is None:
        return False
    said = A.prep(rest)
    priced = resolve(said)
    if priced is not None:               # a line said as a count and a price: stored as unitcost.py stores it
        from . import unitcost
        if len(priced[0].split("；")) < 2 or not unitcost.run(iv, said, reply):
            return False
    else:
        items, _ = budget_items(said, iv.context("budget_items"))
        if len(items) < 2 or any(i.get("amount") is None for i in items):
            return False                 # not a list of her lines with their amounts: read as before
        changed = iv.apply_gated(Patch([Fill("budget_items", items, detail=text, primary=True)]), {"budget_items"}, text, reply,
                                 asked="budget_items")
        if not any(p.startswith("budget_items") for p in changed):
            return False
    total = round(sum(b.amount or 0 for b in iv.form.budget_items), 6)
    sum_said = " + ".join(f"{b.name}{b.amount:g}万" for b in iv.form.budget_items)
    iv.push_followup(Question(field="funding", key="calc:items", proposal=[["funding.total", total]], source=text,
                              text=f"按您列的明细 {sum_said}，合计 {total:g} 万元。项目资金总额就是 {total:g} 万元吗？"
                                   "对的话回答“是”，不对请直接写总额。"))
    r.acts[:] = ["facts", "dont_know"]   # her lines, and the total she asks to be worked out
    r.settled = True
    return True


__all__ = ["asks_sum", "run"]
