"""A partial answer to the final check of the numbers she never stated: "前两个对，第三个改成280人",
"第一个没问题，第二个不对，应该是12万", "1对，其他的改天再说" — each listed number she points at by its place
is confirmed or changed as she says; the ones she does not point at stay listed. Pure (the interview is
passed in).

    apply(iv, "第一个对，第二个改成280人", reply)   # True: 1 confirmed, 2 changed to 280人
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import answers as A
from . import fields as F

if TYPE_CHECKING:
    from .engine import Interview, Reply

_N = r"(\d{1,2}|[一二两三四五六七八九十])"
_REF = re.compile(r"^(?:第\s*" + _N + r"\s*(?:个|项|条|行|处)?|" + _N + r"\s*(?:个|项|条|号)|(?P<first>前)\s*" + _N + r"\s*(?:个|项|条)|"
                  r"(?P<last>后)\s*" + _N + r"\s*(?:个|项|条)|(?P<rest>其他|其余|剩下|别的|其它)(?:的|几个|几项)*)")
_YES = re.compile(r"^(?:的|都|也)?(?:对|对的|没问题|确认|可以|行|没错|是对的|正确|不用改|不变)(?:了|的|吧)?$")
_NO = re.compile(r"^(?:的|都)?(?:不对|错了|有误|不是)(?:了|的)?$")
_CHANGE = re.compile(r"^(?:的?(?:不对|错了)[，,\s]*)?(?:改成|改为|换成|应该是|应为|是|为)\s*(?P<v>\S.*)$")


def _refs(m: re.Match, n: int, seen: set[int]) -> list[int]:
    nums = [A.to_number(g) for g in m.groups() if g and re.fullmatch(_N, g)]
    k = int(nums[0]) if nums and nums[0] is not None else 0
    if m.group("rest"):
        return [i for i in range(1, n + 1) if i not in seen]
    if m.group("first"):
        return list(range(1, min(k, n) + 1))
    if m.group("last"):
        return list(range(max(1, n - k + 1), n + 1))
    return [k] if 1 <= k <= n else []


def read(text: str, n: int) -> list[tuple[list[int], str]] | None:
    """[(the places, "yes" or the new value)] of a message that points at the listed numbers by place; None
    when any clause is not one of those (the message is read the usual way)."""
    out: list[tuple[list[int], str]] = []
    seen: set[int] = set()
    waiting: list[int] = []
    for clause in [c.strip() for c in re.split(r"[，,；;。！!\s]+", A.prep(text)) if c.strip()]:
        m = _REF.match(clause)
        if m is None and waiting:             # "第二个不对，应该是280人": the value in the next clause
            ch = _CHANGE.match(clause)
            if not ch:
                return None
            out.append((waiting, ch.group("v")))
            waiting = []
            continue
        if m is None:
            return None
        refs = _refs(m, n, seen)
        tail = clause[m.end():].strip()
        if not refs:
            return None
        seen.update(refs)
        if _YES.match(tail):
            out.append((refs, "yes"))
        elif _NO.match(tail) and len(refs) == 1:
            waiting = refs
        elif _CHANGE.match(tail) and len(refs) == 1:
            out.append((refs, _CHANGE.match(tail).group("v")))
        else:
            return None
    return out if out and not waiting else None


def apply(iv: "Interview", text: str, reply: "Reply") -> bool:
    """Her verdict on each listed number she points at: confirmed, or changed (a changed value is hers)."""
    pending = iv.unconfirmed_numbers()
    said = read(text, len(pending))
    if said is None:
        return False
    yes = [pending[k - 1].path for refs, v in said if v == "yes" for k in refs]
    done = iv.confirm(yes) if yes else []
    for refs, value in said:
        if value == "yes":
            continue
        path = pending[refs[0] - 1].path
        if not (iv.correct_path(path, value, reply) or _set(iv, path, value, reply)):
            reply.said.append(f"第{refs[0]}项没能读出“{value}”，没有改动。请说“改一下：……”。")
    if done:
        reply.said.append(f"已确认第{'、'.join(str(k) for refs, v in said if v == 'yes' for k in refs)}项。")
    return True


def _set(iv: "Interview", path: str, value: str, reply: "Reply") -> bool:
    from .answers import Patch
    from .readers import read as read_value
    got = read_value(path, value, iv.context(path))
    return bool(got.fills) and bool(iv.apply_gated(Patch(got.fills), {F.group(path)}, value, reply))


__all__ = ["apply", "read"]
