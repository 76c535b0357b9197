"""The funding's parts after her total changed ("钱改成600万" on a form with 本年度预算 560 = the old total): the one
part that carried the difference is offered at the new figure (total − the other parts), stored on her yes only —
never changed in silence, never left unequal without a word.

    follow(iv, before, reply)   # pushes "总额改成了600万元，「本年度预算」还是560万元。也改成600万元吗？…"
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import fields as F
from .extract import FUNDING_PARTS as PARTS
from .questions import Question, QuickReply

if TYPE_CHECKING:
    from ..model import Declaration
    from .engine import Interview, Reply



def follow(iv: "Interview", before: "Declaration", reply: "Reply") -> None:
    was, now = before.funding, iv.form.funding
    if was.total is None or now.total is None or abs(was.total - now.total) < 0.005 or "funding.total" not in reply.changed:
        return
    old = {p: getattr(was, p.split(".")[1]) for p in PARTS}
    new = {p: getattr(now, p.split(".")[1]) for p in PARTS}
    if old != new or any(p in reply.changed for p in PARTS):
        return                           # she changed a part too: hers stand
    held = [p for p, v in new.items() if v]
    if len(held) != 1 or abs(sum(v or 0 for v in old.values()) - was.total) >= 0.005:
        return                           # (parts that did not add up before, or several: the final check asks)
    part = held[0]
    value = round(now.total - sum(v or 0 for p, v in new.items() if p != part), 6)
    if value <= 0:
        return
    iv.push_followup(Question(field=part, kind="field", key=f"parts:{part}", proposal=value,
                              text=f"总额改成了{now.total:g}万元，「{F.label(part)}」还是{new[part]:g}万元，加起来不等于总额。"
                                   f"「{F.label(part)}」也改成{value:g}万元吗？对的话回答“是”，不对请写正确的数。",
                              extra=[QuickReply("是", "是")]))


__all__ = ["follow"]
