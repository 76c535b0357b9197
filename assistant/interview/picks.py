"""A pick of numbered options, "用你说的那个", and yes/no on the pending question (a proposal, a fix, the
final check of the numbers): carried out through the gate (``Interview.apply_gated``) or the interview's
own adopt/settle. Pure but for the interview it is given.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..corrections import apply_corrections
from . import fields as F
from .acts import Reading
from .answers import Fill, Patch
from .apply import readable
from .questions import Question
from .restore import KEEP_AS_IS as _KEEP
from .speech import plain

if TYPE_CHECKING:
    from .engine import Interview, Reply


def choose(iv: "Interview", q: Question, r: Reading, reply: "Reply") -> bool:
    """A pick of numbered options, or "用你说的那个" (the proposal, or the example to adopt as 待确认): with one
    option on offer, the same as picking it."""
    picks = r.picks or ([1] if r.adopt and q.choices and len(q.choices) == 1 else [])
    if q.kind == "indicators" and picks:
        rows = [q.choices[i - 1].to_row() for i in picks]
        stated = [not q.choices[i - 1].needs_confirmation for i in picks]
        fills = [Fill(f"indicators:{row['name']}", row, kind="stated" if s else "suggested",
                      detail="选用并按您的数字填写" if s else "指标库示例值（待确认）", primary=True) for row, s in zip(rows, stated)]
        iv.apply_gated(Patch(fills), {F.group(q.field)}, "", reply, adopt=True)
        return True
    if r.picks and q.kind == "rows":
        return iv.adopt(q, [q.proposal[i - 1] for i in r.picks], reply)
    if picks and q.choices:
        return iv.adopt(q, q.choices[picks[0] - 1], reply)
    if r.adopt:
        reply.said.append("请回复编号选一个，例如“1”。")
        return True
    return False


def yes_no(iv: "Interview", q: Question, r: Reading, reply: "Reply") -> bool:
    if q.kind == "fix":
        iv.settle(q)
        if r.yes:
            fixed = apply_corrections(iv.form, [q.proposal])
            reply.changed.extend(iv.replace(fixed, f"按规则更正：{q.proposal['reason']}", kind="computed"))
        else:
            reply.said.append("好的，保留原值。")
        return True
    if q.kind == "confirm":
        if r.yes:
            iv.settle(q)
            reply.said.append(f"已确认 {len(iv.confirm())} 个数字。")
        else:
            reply.said.append("哪一个不对？请说“改一下：……”，例如“改一下：本年度预算是48.6万”；没问题就回复“确认”。")
        return True
    if r.yes and q.kind == "rows" and q.key.startswith("which:"):
        reply.said.append("请回复编号，说是哪一项指标的。")      # her value is for one row: a yes names none
        return True
    if (r.yes or _KEEP.fullmatch(plain(r.text or "") or "")) and q.kind == "value" and q.proposal is None and not iv.missing(q.field):
        iv.set_aside(q)                  # "确认" to "请写出…正确的指标值…说“跳过”保留原样": hers stands as it is
        reply.said.append(f"好的，{readable(iv.form, q.field)}保持不变。")
        return True
    if r.yes and q.proposal is not None:
        return iv.adopt(q, q.proposal, reply)
    if not r.yes and q.proposal is not None:
        iv.reject(q)
        reply.said.append("好的，不用这个。")
        return True
    if r.yes and q.kind == "rows":
        return iv.adopt(q, q.proposal, reply)
    return False


__all__ = ["choose", "yes_no"]
