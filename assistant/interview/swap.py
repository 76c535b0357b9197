"""Two fields said to be the wrong way round ("两个电话写反了", "单位和主管部门弄反了", "开始结束时间颠倒了"): their
values change places — both hers already, so nothing is made up — and it is said back. Which two fields is read
from the pair's word; when it names no pair, or one of the two is empty, nothing moves and she is asked which.

    pair("两个电话写反了")      # ("unit_phone", "department_phone")
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import fields as F
from .answers import Fill, Patch
from .ops import field_label

if TYPE_CHECKING:
    from .engine import Interview, Reply

SWAPPED = re.compile(r"(?:写|弄|搞|填|打|记|抄|放|说)?(?:反了|颠倒了?|倒过来了)|对调|互换|调换一下|换个位置")
# the pair's word → the two fields of one kind the form holds side by side
_PAIRS = ((re.compile(r"电话|号码|手机"), ("unit_phone", "department_phone")),
          (re.compile(r"负责人|领导|局长|主任"), ("unit_head", "department_head")),
          (re.compile(r"开始.{0,4}结束|起止|起.{0,2}止|开工.{0,4}完工|时间"), ("start", "end")),
          (re.compile(r"单位.{0,6}主管|主管.{0,6}单位"), ("unit", "department")),
          (re.compile(r"中长期.{0,6}年度|年度.{0,6}中长期|两个目标|目标"), ("goals.long_term", "goals.annual")))


def pair(text: str) -> tuple[str, str] | None:
    """The two fields a "写反了" message names, or None."""
    for word, fields in _PAIRS:
        if word.search(text):
            return fields
    return None


def run(iv: "Interview", text: str, reply: "Reply") -> bool:
    """Swap the two fields the message says are the wrong way round; False when it says no such thing."""
    if SWAPPED.search(text) and _ORDER.search(text) and len(text) <= 30 and not re.search(r"\d|数字|位数", text):
        return _reorder(iv, text, reply)
    if not SWAPPED.search(text) or len(text) > 24 or re.search(r"\d|[零一二两三四五六七八九十百千万]{2,}|数字|两位|位数|念|读", text):
        return False                     # "结转不是4.5是5.4，又打反了", "最后两位反了": digits turned round, her new figure given
    if re.search(r"(?:^|[，,。\s])(?:是|应该是|应为|改成|改为|写成)\S", text):
        return False                     # "负责人写反了，是李山大": the value she gives, not two fields to exchange
    two = _rows_pair(iv, text)
    two = pair(text) if two is None else two
    if two == ():
        reply.said.append("这两项的数不是一类（单位不同），对调不了，表里没有改动；请直接说正确的值，例如“改一下：……是……”。")
        return True
    if two is None:
        reply.said.append("听出您说有两项写反了，但没听出是哪两项，表里没有改动。请说“单位电话和主管部门电话写反了”这样的话。")
        return True
    a, b = two
    va, vb = _get(iv, a), _get(iv, b)
    if va in (None, "", []) or vb in (None, "", []):
        empty = field_label(iv.form, a) if va in (None, "", []) else field_label(iv.form, b)
        reply.said.append(f"「{empty}」还是空的，没法对调；请直接说正确的值，例如“{field_label(iv.form, a)}是……”。")
        return True
    if va == vb:
        reply.said.append(f"「{field_label(iv.form, a)}」和「{field_label(iv.form, b)}」现在是一样的（{_shown(va)}），对调后不变；请直接说正确的值。")
        return True
    iv.aimed = list(getattr(iv, "aimed", [])) + [a, b]     # both named by the pair's word: the turn's last guard keeps them
    iv.apply_patch(Patch([Fill(a, _as(iv, a, vb), kind="stated", detail=text, primary=True),
                          Fill(b, _as(iv, b, va), kind="stated", detail=text, primary=True)]), reply)
    return True


# the funding's parts by the words clerks use for them ("结转和财政拨款说反了")
_FUNDING = (("funding.carryover", re.compile(r"结转")), ("funding.current_year", re.compile(r"财政拨款|当年|本年|拨款")),
            ("funding.other", re.compile(r"其他资金|自筹|其他")))


def _rows_pair(iv: "Interview", text: str) -> tuple[str, ...] | None:
    """Two budget lines, two indicator rows or two parts of the funding the message names by the names the preview
    prints ("材料费和运输说反了"): their paths; () when two rows' figures are of different kinds (85% and 1200公里
    never change places); None when it names no such two."""
    from ..values import parse_value
    items = [f"budget_items[{i}].amount" for i, it in enumerate(iv.form.budget_items) if it.name and it.name in text]
    rows = [r for r in iv.form.indicators if r.name and r.name in text]
    rows = [r for r in rows if not any(r.name != o.name and r.name in o.name for o in rows)]   # "合格率" inside "验收合格率"
    money = [p for p, rx in _FUNDING if rx.search(text)]
    if len(items) == 2 and not rows:
        return tuple(items)
    if len(rows) == 2 and not items:
        a, b = (parse_value(r.value) for r in rows)
        if not (a.is_quantitative and b.is_quantitative and (a.unit or "") == (b.unit or "")):
            return ()
        return tuple(f"indicators:{r.name}" for r in rows)
    if len(money) == 2 and not items and not rows:
        return tuple(money)
    return None


def _get(iv: "Interview", path: str):
    if path.startswith("goals."):
        return list(getattr(iv.form.goals, path.split(".", 1)[1]))
    if path.startswith("indicators:"):
        return next((r.value for r in iv.form.indicators if r.name == path.split(":", 1)[1]), None)
    if "." in path or "[" in path:
        from .apply import get
        return get(iv.form, path)
    return getattr(iv.form, path)


def _as(iv: "Interview", path: str, value):
    """The value as the path is filled: a row whole, with the other row's value."""
    if path.startswith("indicators:"):
        row = next(r for r in iv.form.indicators if r.name == path.split(":", 1)[1])
        return dict(row.model_dump(), value=value)
    return value


def _shown(v) -> str:
    return "；".join(v) if isinstance(v, list) else str(v)


# the order of two lines or rows said to be wrong ("电费和培训顺序反了", "第二行和第三行前后颠倒了"): the two change places,
# each keeping its own amount or value — never their figures exchanged
_ORDER = re.compile(r"顺序|次序|排序|先后|前后|位置")
_ORDINAL = re.compile(r"第\s*([一二两三四五六七八九十]|\d{1,2})\s*(?:行|项|条|个|笔)")


def _reorder(iv: "Interview", text: str, reply: "Reply") -> bool:
    from ..textnum import cn_to_number
    q = getattr(iv, "pending", None)
    field = q.field if q is not None else ""
    lines = [i for i, it in enumerate(iv.form.budget_items) if it.name and it.name in text]
    rows = [k for k, r in enumerate(iv.form.indicators) if r.name and r.name in text
            and not any(r.name != o.name and r.name in o.name and o.name in text for o in iv.form.indicators)]
    spots = [int(cn_to_number(n) or 0) - 1 for n in _ORDINAL.findall(text)]
    kind = "budget_items" if len(lines) == 2 and not rows else "indicators" if len(rows) == 2 and not lines else ""
    two = lines if kind == "budget_items" else rows if kind else []
    if not kind and len(spots) == 2:
        kind = "budget_items" if re.search(r"明细|预算|支出|钱", text) or (field == "budget_items" and "指标" not in text) else \
            "indicators" if "指标" in text or field.startswith("indicators") else ""
        two = spots if kind else []
    items = getattr(iv.form, kind) if kind else []
    if not kind or len(set(two)) != 2 or not all(0 <= k < len(items) for k in two):
        reply.said.append("听出您说有两项的顺序反了，但没听出是哪两项，表里没有改动。请说“预算明细第二行和第三行顺序反了”这样的话。")
        return True
    a, b = sorted(two)
    items[a], items[b] = items[b], items[a]
    if kind == "budget_items":           # each line keeps where its amount came from (a computed one stays to confirm)
        pa, pb = f"budget_items[{a}]", f"budget_items[{b}]"
        moved = {k: v for k, v in iv.provenance.items() if k.startswith((pa, pb))}
        for k in moved:
            del iv.provenance[k]
        for k, v in moved.items():
            iv.provenance[(pb + k[len(pa):]) if k.startswith(pa) else (pa + k[len(pb):])] = v
    label = "预算明细" if kind == "budget_items" else "指标"
    reply.said.append(f"已把{label}「{items[b].name}」和「{items[a].name}」调换了顺序（各自的{'金额' if kind == 'budget_items' else '指标值'}不变）。")
    return True
