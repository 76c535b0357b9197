"""A correction that quotes the old figure and the new one ("是806公里不是860", "不是9条是11条",
"1200改成1500平方米"): the old number, with its unit, becomes the new one wherever she wrote it."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .answers import Fill, Patch, to_number

if TYPE_CHECKING:
    from .engine import Interview, Reply

_N = r"\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?"     # 8台 or 八台
_U = r"(?:万元|元|万|个人|人次|人|名|台|套|个|户|亩|公里|平方米|立方米|公顷|米|场|次|期|项|件|辆|吨|天|条|座|所|处|株|棵|份|册|本|间|盏|%)"
_NEW_NOT_OLD = re.compile(r"(?P<new>" + _N + r")\s*(?P<nu>" + _U + r")?\s*[，,]?\s*(?:而)?不是\s*(?P<old>" + _N + r")\s*(?P<ou>" + _U + r")?")
_OLD_TO_NEW = re.compile(r"(?P<old>" + _N + r")\s*(?P<ou>" + _U + r")?\s*(?:改成|改为|换成|应该是|应为)\s*(?P<new>" + _N + r")\s*(?P<nu>" + _U + r")?")
_NOT_OLD_NEW = re.compile(r"不是\s*(?P<old>" + _N + r")\s*(?P<ou>" + _U + r")?\s*[，,]?\s*(?:而|其实|实际)?(?:是|应该是|应为)\s*"
                          r"(?P<new>" + _N + r")\s*(?P<nu>" + _U + r")?")


def renumber(iv: "Interview", text: str, reply: "Reply") -> bool:
    """"是806公里不是860" / "1200改成1500平方米": the old number, with its unit, becomes the new one in
    every text and indicator that states it (and a headcount in the facts follows). False when the
    message names no such pair or the old number is nowhere."""
    m = _NEW_NOT_OLD.search(text) or _OLD_TO_NEW.search(text) or _NOT_OLD_NEW.search(text)
    if not m:
        return False
    new_said, old_said = (m.group("new"), m.group("old"))
    new_n, old_n = to_number(new_said), to_number(old_said)
    if new_n is None or old_n is None:
        return False
    new, old = f"{new_n:g}", f"{old_n:g}"        # "不是八台是十台": the figures as digits, and as she wrote them
    unit = m.group("nu") or m.group("ou") or ""
    spelt = "|".join(re.escape(x) for x in dict.fromkeys((old, old_said)))
    rx = re.compile(r"(?<![\d.零〇一二两三四五六七八九十百千])(?:" + spelt + r")(?![\d.零〇一二两三四五六七八九十百千])"
                    + (r"(?=\s*" + re.escape(unit) + ")" if unit else ""))
    fills = []
    for f in ("overview", "necessity"):
        if rx.search(getattr(iv.form, f)):
            fills.append(Fill(f, rx.sub(new_said, getattr(iv.form, f)), detail=text, primary=True))
    for scope in ("annual", "long_term"):
        goals = getattr(iv.form.goals, scope)
        if any(rx.search(g) for g in goals):
            fills.append(Fill(f"goals.{scope}", [rx.sub(new_said, g) for g in goals], detail=text, primary=True))
    for ind in iv.form.indicators:
        if rx.search(ind.value):
            fills.append(Fill(f"indicators:{ind.name}", dict(ind.model_dump(), value=rx.sub(new, ind.value)),
                              detail=text, primary=True))
    if unit in ("人", "名", "个人") and iv.facts.get("headcount") == old_n:
        iv.facts["headcount"] = new_n
    if not fills:
        return False
    iv.aimed.extend(f.path for f in fills)  # the places stating the figure she corrected (rollback.py)
    iv.apply_patch(Patch(fills), reply)
    return True
