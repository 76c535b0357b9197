""""不对不对，还是原来那个" — a correction taken back: the values her last change replaced are put back. Pure
but for the interview it works on.

    asks("算了，还是按原来的")   # True
    run(iv, reply)               # the values the last turn that changed something replaced, back as they were

Only a change of the last two turns is taken back, and only values it replaced (a value she gave for the first
time has no "原来" to go back to: she is told so). Before, "还是原来那个" was stored as the 立项依据 it was said at.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Declaration
from .speech import plain

if TYPE_CHECKING:
    from .engine import Interview, Reply

RESTORE = (r"(?:(?:不对|不是|错了|算了|哎呀?|哦|嗯|那个)[，,。\s]*)*(?:还是|就|仍然|仍|就还是|那就)?"
           r"(?:按|用|改回|改回成|恢复|恢复成|恢复为|回到|换回)?(?:原来|之前|先前|以前|最开始|一开始)"
           r"(?:的|那个|那样|那一个|的那个|那版|的值|的数|那个数)?(?:吧|啊|呀|好了|算了|对)*")
_ASKS = re.compile(r"^" + RESTORE + r"$")
BACK_TURNS = 2


def asks(text: str) -> bool:
    return bool(_ASKS.match(plain(text or "")))


def _top(path: str) -> tuple[str, str]:
    """The part of the form's JSON a changed path lives in: ('funding', 'total'), ('indicators', ''), ('overview', '')."""
    if path.startswith("funding."):
        return "funding", path.split(".", 1)[1]
    if path.startswith("goals."):
        return "goals", re.sub(r"\[\d+\]$", "", path.split(".", 1)[1])
    return re.split(r"[.:\[]", path, maxsplit=1)[0], ""


def run(iv: "Interview", reply: "Reply") -> bool:
    """Put back what the most recent change (of the last BACK_TURNS turns) replaced; True when something was."""
    past = iv.history[:-1]               # the last entry is this turn's own state before it
    for entry in list(reversed(past))[:BACK_TURNS]:
        paths = entry.get("paths") or []
        if not paths:
            continue
        then, now = entry["form"], iv.form.to_json()
        parts = {_top(p) for p in paths}
        new = dict(now)
        replaced = False
        for key, sub in parts:
            if key not in then:
                continue
            if key in ("funding", "goals"):
                old = then[key].get(sub)
                if old not in (None, "", []):
                    replaced = True
                new[key] = dict(new[key], **{sub: old})
            else:
                if then[key] not in (None, "", []):
                    replaced = True
                new[key] = then[key]
        if not replaced:
            reply.said.append("刚才填的是新值，之前这一项没有填过，没有“原来的”可以恢复。要改的话请说“改一下：…”。")
            return False
        if not iv.replace_said(Declaration.from_json(new), "恢复为原来的值", reply):
            reply.said.append("现在的值就是原来的，没有改动。")
            return False
        reply.said.append("好的，按原来的恢复了。")
        return True
    reply.said.append("没找到最近改过的内容，不知道要恢复哪一项。请说“改一下：<名称>是……”。")
    return False


# she thinks aloud about a change and keeps the value after all: "主管部门是不是该写县委网信委……不对，…还是宣传部，不改了"
# "不改了", "保持原样", "就这样吧" asked to correct a value: hers stands as it is
KEEP_AS_IS = re.compile(r"(?:那|那就|就|还是|先|算了|所以|我看|我觉得)*(?:不改了|不用改了?|不改|不动了|不用动了?|不变了|不变|保持不变|保持原样|"
                        r"维持原样|保留原样|照原样|原样|就这样|就这么写|就这么填|就这个|没问题|保留|不用调整|不调整了?|维持不变)(?:吧|了|啊|呗|就行|就可以)*")
_KEEP_END = re.compile(r"(?:那|那就|就|还是|先|算了|所以)*(?:不改了|不用改了|不改|不动了|不用动了|不变了|保持不变)(?:吧|了|啊)*")
_STILL = re.compile(r"(?:还是|仍然是|仍是|就是)(?:写|填|用)?(?P<v>[\u4e00-\u9fa5A-Za-z0-9（）()·]{2,30})$")


def kept(iv: "Interview", text: str) -> str:
    """The field she names a value of with 还是 (the value it holds) and then says 不改了: thinking aloud, nothing
    changes; the field's path, else ""."""
    clauses = [c for c in re.split(r"[，,。；;！!？?\s]+|…+|\.{3,}", plain(text or "")) if c]
    if len(clauses) < 2 or not _KEEP_END.fullmatch(clauses[-1]) or re.search(r"改成|改为|换成|改一下", text or ""):
        return ""
    from . import fields as F
    for c in clauses[:-1]:
        m = _STILL.search(c)
        if not m:
            continue
        v = m.group("v")
        hits = [p for p in F.specs() if F.kind(p) in ("name", "org", "person")
                and isinstance(have := getattr(iv.form, p, ""), str) and len(have) >= 2 and (have == v or have.endswith(v))]
        if len(hits) > 1:                # (the unit is its own 主管部门): the field she names
            hits = [p for p in hits if any(w in text for w, ps in F._words() if p in ps and len(w) >= 2)]
        if len(hits) == 1:
            return hits[0]
    return ""


# her last change taken back by the value it replaced: "哎不是，春季班没推迟，是另一个班，还是3月" after 开始改成4月
_TAKEN_BACK = re.compile(r"^(?:哎|哦|啊|呃|嗯|诶|唉)*[，,。\s]*(?:不是|不对|错了|搞错了|弄错了|说错了|不不)")
_STILL_END = re.compile(r"(?:还是|仍然是|仍是|依然是|就还是)(?P<v>[^，,。；;！!？?\s]{1,16})[吧啊呀的了]*[。！!]?$")


def back_to(iv: "Interview", reply: "Reply", text: str) -> bool:
    """She opens with a no and ends with 还是 <a value> that a field her last change moved held before it: that
    change taken back (the field as it was). True when it was; never a value for the asked question."""
    t = plain(text or "").strip()
    if not _TAKEN_BACK.match(t) or not (m := _STILL_END.search(t)):
        return False
    from .apply import get
    from .readers import read
    past = iv.history[:-1]
    for entry in list(reversed(past))[:BACK_TURNS]:
        paths = [p for p in entry.get("paths") or [] if not re.search(r"[.:\[]", p)]
        if not paths:
            continue
        then = Declaration.from_json(entry["form"])
        new = iv.form.model_copy(deep=True)
        back = []
        for p in paths:
            try:
                got = read(p, m.group("v"), iv.context(p))
            except (KeyError, ValueError):
                continue
            for f in got.fills:
                if f.path in paths and get(then, f.path) == f.value and get(iv.form, f.path) != f.value:
                    setattr(new, f.path, f.value)
                    back.append(f.path)
        if not back:
            return False
        if not iv.replace_said(new, "恢复为原来的值", reply):
            return False
        iv.aimed = list(getattr(iv, "aimed", [])) + back     # the place her words found: kept (rollback.py)
        reply.said.append("好的，按原来的恢复了。")
        return True
    return False

