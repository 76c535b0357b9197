"""A no to what was offered (the options, the drafted proposal), then her own answer. Pure.

    refuse_offer("这几个都不对路，我们写：社区矫正对象再犯罪率≤0.2%", q, r)   # "社区矫正对象再犯罪率≤0.2%", r.acts += ["deny"]
    refuse_offer("你这个太虚了，审核肯定打回来。改成：食品抽检总体合格率≥97%", q, r)   # "食品抽检总体合格率≥97%"

The no is a deny; what follows her lead-in ("我们写：", "改成：", "我的：") is the answer, so neither the
complaint nor the lead-in becomes part of a name or a goal.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .acts import Reading

# "这几个都不对路，我们写：…", "不用你那个，我自己写：…": no to what was offered, then her own answer
_REFUSE = re.compile(r"^(?:(?:这几个|这些|那几个|上面的?|你(?:给|写|拟|说)?的?(?:那个|这个|那些)?|你那个|一个)?(?:都|全都|全)?"
                     r"(?:不沾边|不合适|不对路|不太对|不对|不行|不好|不要|不用|用不上|不适用|不符合)(?:你那个|你的|这个)?(?:吧|啊)?)[，,。；;\s]+")
_OWN_LEAD = re.compile(r"^(?:那|那就|还是)?(?:我们|我|咱们)?(?:自己)?(?:就)?(?:写|填|改成|换成|用)(?:成|上|个|一个)?[：:，,\s]*")
# her own answer announced after a no: "改成：", "我的：", "我们的是：", "我自己写："
_OWN_COLON = re.compile(r"(?:改成|改为|换成|我们的是|我们的|我的是|我的|我自己写|我们自己写|自己写|我们写|我写|用我的|写成)\s*[：:]\s*")
# the no before it: a refusal or a complaint about what was offered
_COMPLAINT = re.compile(r"不要|不用|不行|不好|不对|不合适|不沾边|太虚|太空|太泛|太大|空洞|打回|最烦|没用|不具体|不像话|别用")


def refuse_offer(t: str, q: Any, r: "Reading") -> str:
    """A no to the offered options or proposal before her own answer: the no is a deny, the rest her answer
    without its lead-in ("我们写："), so neither becomes part of a name. The no may be a whole complaint
    ("你这个太虚了，审核肯定打回来。改成：…", "不要你写的这段，…最烦了。我的：…"): what follows her own
    lead-in and its colon is the answer."""
    if q is None or not (getattr(q, "choices", None) or q.proposal is not None or q.kind in ("indicators", "goals")):
        return t
    own = list(_OWN_COLON.finditer(t))
    if own and own[-1].end() < len(t.strip()) and _COMPLAINT.search(t[:own[-1].start()]):
        r.act("deny")
        return t[own[-1].end():].strip()
    m = _REFUSE.match(t.strip())
    if not m or not t.strip()[m.end():].strip():
        return t
    r.act("deny")
    return _OWN_LEAD.sub("", t.strip()[m.end():].strip())


__all__ = ["refuse_offer"]
