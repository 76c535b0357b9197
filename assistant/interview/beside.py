"""Corrections said beside another act (turns.py hands them here): a yes to a proposal with one of its
figures changed, and a later sentence that corrects a row after a skip or a named field's value.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import fix, itemfix
from . import fields as F

if TYPE_CHECKING:
    from .acts import Reading
    from .engine import Interview, Reply
    from .questions import Question


def before(iv: "Interview", q: "Question | None", r: "Reading", reply: "Reply") -> bool:
    """What settles a message before it is read as an answer (True: nothing else of it is read): "按你推荐的"
    when nothing was recommended (said so, asked again), and budget lines named with new amounts under a
    goal, an indicator, the final check or in a message that corrects ("冷链那个明年是45w 良种63w")."""
    if q is None:
        return False
    held = "funding.total" if q.field == "funding" else q.field
    src = iv.provenance.get(held) if held in F.specs() else None
    if r.adopt and q.proposal is None and not q.choices and not r.picks and not r.named and src is not None \
            and src.kind == "computed" and not src.confirmed and not re.search(r"不对|不行|错|不是|不要|不用|别", r.raw or r.text):
        from .ops import shown           # "就按你算的" where the question shows a figure the interview computed
        iv.confirm([held])
        reply.said.append(f"好的，「{F.label(held)}」按算出的{shown(iv.form, held)}，已确认。")
        r.act("confirm")
        return True
    if r.adopt and q.proposal is None and not q.choices and not r.picks and not r.named and q.kind == "value":
        from .apply import readable      # "都行" asked to correct one flagged value: nothing was offered to take
        reply.said.append(f"这里没有可选的建议值。请直接写出{readable(iv.form, q.field)}的新值，"
                          "或说“不改了”保持原样。")
        r.act("unclear")
        return True
    if r.adopt and q.proposal is None and not q.choices and not r.picks and not r.named:
        reply.said.append(f"我还没有推荐过「{F.label(q.field)}」，不能替您选。请直接写，或先说说项目具体做什么我再给建议；"
                          "不清楚可以问本单位财务，或说“跳过”。")
        r.act("unclear")
        return True
    if r.yes is None and not r.picks and iv.form.budget_items \
            and (q.field.startswith(("goals", "indicators")) or q.kind == "confirm" or fix.correcting(r.raw or r.text)) \
            and itemfix.amend(iv, r.raw or r.text, reply):
        r.acts[:] = [a for a in r.acts if a not in ("answer", "facts", "unclear")]
        r.act("correction")
        if itemfix.slip_talk(r.raw or r.text):
            r.act("chatter")             # "…，我看串行了，不好意思": her remark beside the lines put right
        return True
    return False


def yes_but(iv: "Interview", q: Question, r: Reading, reply: "Reply") -> bool:
    """A yes to a proposal with a change of one of its figures: the change applied where the figure is
    (a budget line, a row), then the proposal drafted again from the changed form and adopted."""
    from .picks import yes_no
    from .turns import change
    rest = r.rest.strip("，,。 ")
    done = bool(rest) and (itemfix.amend(iv, rest, reply) or fix.route(iv, q, r, rest, reply, named_row=True))
    for m in r.named:
        done = change(iv, m, reply, r) or done
    if not done:                         # no place found for the figure: the yes stands, the figure is asked about
        yes_no(iv, q, r, reply)
        reply.said.append(f"听出您要改其中的数字（{rest or '…'}），但没找准是表里哪一项，没有改动。"
                          "请说“改一下：<名称>是……”。")
        r.settled = True
        return True
    from . import flow
    fresh = flow.make(iv, q.field)
    yes_no(iv, q, r, reply) if fresh.proposal is None else iv.adopt(q, fresh.proposal, reply)
    r.settled = True
    return True


_REMARK = re.compile(r"[，,。！!\s]*(?:(?:刚才|刚刚|前面|之前|上面|我)*(?:[说写搞填弄打记看抄]错了?|不对|有误|弄混了?)(?:了|啊|哈|呀|的)*[，,。！!\s]*)+")


def extra_fix(iv: "Interview", q: Question | None, r: Reading, reply: "Reply") -> bool:
    """A later sentence no label claimed that corrects a row or an amount (改成/说错 …): applied where its
    figure belongs (fix.py), or asked about; never the named field's text."""
    if not r.extra or not fix.correcting(r.extra) or _REMARK.fullmatch(r.extra):
        return False                     # "…主管部门是县委宣传部，刚才说错了": the remark on what she just named
    named, r.named = r.named, []
    try:
        return fix.route(iv, q, r, r.extra, reply)
    finally:
        r.named = named


__all__ = ["before", "extra_fix", "yes_but"]


def say_what_is_needed(iv: "Interview", q: "Question | None", r: "Reading", reply: "Reply") -> None:
    """A message that changed nothing is never met by a silent repeat: "是" where nothing was proposed,
    "都不要" to the options, "前五个" of four — say what the question needs."""
    if q is None or reply.said or q.kind in ("confirm", "fix"):
        return
    from .answer import quote
    n = len(q.choices or [])
    if r.yes and q.proposal is None:
        reply.said.append(f"“{quote(r.raw or r.text, 12)}”选的是哪一个？请回复编号（如“1”或“1、3”），或直接写您自己的；不需要就说“跳过”。" if n
                          else f"这一项还没有可以确认的内容。{iv.need(q.field)}")
    elif n and "deny" in r.acts:
        reply.said.append("好的，这几个都不用。请直接写您自己的（名称和数值），或说“跳过”。")
    elif "deny" in r.acts and q.proposal is not None:
        reply.said.append(f"好的，不用我拟的这段，「{F.label(q.field)}」没有填。需要的话请直接写您自己的，或说“跳过”。")
    elif "deny" in r.acts:
        reply.said.append(f"好的，「{F.label(q.field)}」先不填。")
    elif n and "unclear" in r.acts:
        reply.said.append(f"没听出选哪几个：只有 1 到 {n} 号，请回复编号（如“1、3”），或直接写您自己的。")
