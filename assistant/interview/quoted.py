"""A correction that quotes her own earlier words: 我刚才说的“三千二百亩”改成“三千六百亩”, 前面写的“扶持基地十二个”改成
“十一个”, “基地自筹四十二万”改成“四十五万”. The words in quotes are hers, so they say where the change goes:

- a figure inside them (with its unit) becomes the new figure wherever she wrote it — texts, indicator rows
  (renumber.py) and, for money, the one amount of the funding or the budget that holds it; the words around the
  figure ("基地自筹") only point at it and are never stored;
- words without a figure are replaced where they stand, in the one field whose value holds them once.

When the quoted words are nowhere in the form, nothing changes and she is told so (never a near match by a shared
word, never the asked field). Pure but for the interview it works on.

    run(iv, "我刚才说的“三千二百亩”改成“三千六百亩”，基地数没错", reply)   # overview and 种植面积 3200 → 3600
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import fields as F
from .answers import to_number

if TYPE_CHECKING:
    from .engine import Interview, Reply

_OPEN, _CLOSE = "“\"「『‘'", "”\"」』’'"
_LEAD = r"(?:我|俺)?(?:刚才|刚刚|前面|之前|上面|开始|一开始|原来)?(?:说|写|填|讲|报|念|打)?(?:的|了)?(?:那个|这个|那句|那段)?\s*"
_QUOTED = re.compile(r"^\s*" + _LEAD + r"[" + _OPEN + r"](?P<x>[^" + _CLOSE + r"\n]{1,40})[" + _CLOSE + r"]\s*"
                     r"(?:要|得|应该|就)?(?:改成|改为|换成|应该是|应为|更正为|写成|应改为)\s*"
                     r"(?:[" + _OPEN + r"](?P<y>[^" + _CLOSE + r"\n]{1,40})[" + _CLOSE + r"]|(?P<bare>[^，,。；;！!\s]{1,40}))")
_N = r"\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?"
_U = r"(?:万元|元|万|个人|人次|人|名|台|套|个|户|亩|公里|平方米|立方米|公顷|米|场|次|期|项|件|辆|吨|天|条|座|所|处|株|棵|份|册|本|间|盏|家|%)"
# the same said without quotes: "刚才说的89座不对，是91座" — a figure with its unit she said before, then the new one
_UNQUOTED = re.compile(r"^\s*(?:我|俺)?(?:刚才|刚刚|前面|之前|上面|原来)(?:说|写|填|讲|报)的?\s*(?P<x>(?:" + _N + r")\s*" + _U + r")\s*"
                       r"(?:不对|错了|有误|说错了|写错了)[，,\s]*(?:应该|应)?(?:是|为|改成|改为)\s*(?P<bare>(?:" + _N + r")\s*" + _U + r")"
                       r"(?=$|[，,。；;！!\s])")
_FIG = re.compile(r"(?P<n>" + _N + r")\s*(?P<u>" + _U + r")?")
_MONEY_UNITS = ("万元", "万", "元")
_WORDY = ("project_name", "unit", "department", "overview", "necessity", "basis", "unit_functions")


def said(text: str) -> tuple[str, str] | None:
    """The words she quotes and what they become, or None when the message is no such change."""
    m = _QUOTED.match(text or "") or _UNQUOTED.match(text or "")
    if not m:
        return None
    return m.group("x").strip(), ((m.groupdict().get("y") or "") or m.group("bare") or "").strip()


def _figure(s: str) -> re.Match | None:
    found = [f for f in _FIG.finditer(s) if to_number(f.group("n")) is not None]
    return found[-1] if found else None


def run(iv: "Interview", text: str, reply: "Reply") -> bool:
    """Apply the change of her quoted words; True when the message was one (applied, or said not found)."""
    got = said(text)
    if got is None:
        return False
    x, y = got
    old, new = _figure(x), _figure(y)
    if old is not None and new is not None and new.group(0).strip() == y.strip("，,。 "):
        unit = new.group("u") or old.group("u") or ""
        pair = f"{old.group('n')}{old.group('u') or unit}改成{new.group('n')}{unit}"
        done = iv.renumber(pair, reply)
        if unit in _MONEY_UNITS or not unit:
            done |= _money(iv, old, new, unit or "万", reply)
        if not done:
            _not_found(x, reply)
        return True
    if old is None and y and not _FIG.search(y.replace(x, "")):
        hits = [p for p in _WORDY if isinstance(getattr(iv.form, p, None), str) and getattr(iv.form, p).count(x) == 1]
        if len(hits) == 1:
            from .answers import Fill, Patch
            have = getattr(iv.form, hits[0])
            iv.apply_patch(Patch([Fill(hits[0], have.replace(x, y), kind="stated", detail=text, primary=True)]), reply)
            return True
    _not_found(x, reply)
    return True


def _money(iv: "Interview", old: re.Match, new: re.Match, unit: str, reply: "Reply") -> bool:
    """The one amount of the funding or the budget that holds the old figure takes the new one."""
    scale = 1 / 10_000 if unit == "元" else 1
    was, now = to_number(old.group("n")), to_number(new.group("n"))
    if was is None or now is None:
        return False
    was, now = was * scale, now * scale
    places = [p for p in ("funding.total", "funding.carryover", "funding.other")
              if isinstance(v := _get(iv, p), (int, float)) and abs(v - was) < 0.005]
    places += [f"budget_items[{i}].amount" for i, it in enumerate(iv.form.budget_items) if abs(it.amount - was) < 0.005]
    if len(places) != 1:
        return False
    path = places[0]
    if path.startswith("budget_items"):
        return iv.correct_path(path, f"{now:g}万", reply)
    from .turns import change
    from .acts import Reading
    m = F.Mention((path,), F.label(path), 0, 0, f"{now:g}万", True, "")
    return change(iv, m, reply, Reading(f"{now:g}万")) and bool(reply.changed)


def _get(iv: "Interview", path: str):
    from .apply import get
    try:
        return get(iv.form, path)
    except (AttributeError, KeyError, ValueError):
        return None


def _not_found(x: str, reply: "Reply") -> None:
    reply.said.append(f"表里没有找到您引用的“{x[:30]}”，没有改动；请说“改一下：<项目名>是……”。")


__all__ = ["run", "said"]
