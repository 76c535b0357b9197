""""是千米不是米", "单位是元不是万元", "单位错了，应该是公里": the unit of a figure she gave is corrected; the
figure itself stays hers. Pure but for the interview it works on.

    said(text)          # ("千米", "米") or None
    run(iv, text, reply)

The figure is the one in her unit of the values her last two turns changed, else the one value of the form in
that unit; several (or none) are asked about, never guessed. A money unit changes the amount in 万元 the form
holds ("385000" said in 元, stored as 385000万元 → 38.5万元), said back. Before, "是千米不是米" at the next
question was stored as the 项目名称 "千米".
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Declaration
from .speech import plain

if TYPE_CHECKING:
    from .engine import Interview, Reply

UNITS = ("平方公里", "平方米", "立方米", "万元", "千米", "公里", "公顷", "公斤", "千克", "人次", "亿元", "元", "米", "亩", "吨",
         "人", "个", "台", "套", "次", "场", "户", "份", "辆", "座", "处", "天", "小时", "分钟", "%")
_U = "(" + "|".join(UNITS) + ")"
_LEAD = r"^(?:不对|错了|哦|哎呀?|那个)?[，,\s]*(?:单位|计量单位)?(?:错了|不对|说错了|写错了|搞错了)?[，,\s]*"
_FORMS = (re.compile(_LEAD + r"(?:单位)?(?:是|应该是|应为|该是)?\s*" + _U + r"\s*[，,]?\s*(?:而)?不是\s*" + _U + r"[。！!]*$"),
          re.compile(_LEAD + r"不是\s*" + _U + r"\s*[，,]?\s*(?:而)?是\s*" + _U + r"[。！!]*$"),
          re.compile(r"^(?:单位|计量单位)(?:错了|不对|说错了|写错了)[，,\s]*(?:应该是|是|应为|改成|换成)\s*" + _U + r"[。！!]*$"))
_WAN = {"元": 1 / 10_000, "万元": 1.0, "亿元": 10_000.0}


def said(text: str) -> tuple[str, str] | None:
    """(the right unit, the wrong one or '') when the message corrects a unit and does nothing else."""
    t = plain(text or "")
    for k, form in enumerate(_FORMS):
        m = form.match(t)
        if m:
            if k == 0:
                return m.group(1), m.group(2)
            if k == 1:
                return m.group(2), m.group(1)
            return m.group(1), ""
    return None


def _values(form: Declaration) -> list[tuple[str, str, str]]:
    """(path, value as written, unit) of every figure a unit can be said of: indicator values, and the amounts
    (in 万元) of the funding and the budget lines."""
    from ..values import parse_value
    out = []
    for ind in form.indicators:
        pv = parse_value(ind.value or "")
        if pv.number is not None and pv.unit:
            out.append((f"indicators:{ind.name}", ind.value, pv.unit))
    for key in ("total", "carryover", "current_year", "other"):
        if getattr(form.funding, key) is not None:
            out.append((f"funding.{key}", f"{getattr(form.funding, key):g}", "万元"))
    for i, it in enumerate(form.budget_items):
        if it.amount is not None:
            out.append((f"budget_items[{i}].amount", f"{it.amount:g}", "万元"))
    return out


def run(iv: "Interview", text: str, reply: "Reply") -> bool:
    new_unit, old_unit = said(text) or ("", "")
    recent = [p for e in list(reversed(iv.history[:-1]))[:2] for p in (e.get("paths") or [])]
    values = _values(iv.form)
    money = new_unit in _WAN
    fits = [v for v in values if (v[2] == old_unit if old_unit else True) and ((v[2] in _WAN) == money)]
    hit = [v for v in fits if v[0] in recent or (v[0].startswith("funding.") and any(p.startswith("funding.") for p in recent))]
    if money and old_unit and len(hit) > 1:
        hit = [v for v in hit if v[0] == "funding.total"] or [v for v in hit if v[0].startswith("budget_items")][:1]
    if not hit and len(fits) == 1:
        hit = fits
    if len(hit) != 1:
        names = "、".join(dict.fromkeys(v[0].split(":", 1)[-1] for v in (hit or fits)))
        reply.said.append(f"听出您要把单位改成“{new_unit}”，但没找准是哪一项" + (f"（{names}）" if names else "") +
                          "，表里没有改动。请说“改一下：<名称>是……”。")
        return False
    path, value, unit = hit[0]
    data = iv.form.to_json()
    if money:
        if unit not in _WAN or new_unit == unit:
            return False
        from ..values import parse_value
        n = parse_value(value).number
        wan = round(n * _WAN[new_unit] / _WAN[unit], 6)   # the figure she said, read in the unit she meant
        if path.startswith("funding."):
            data["funding"][path.split(".", 1)[1]] = wan
        else:
            i = int(re.search(r"\[(\d+)\]", path).group(1))
            data["budget_items"][i]["amount"] = wan
    else:
        name = path.split(":", 1)[1]
        for row in data["indicators"]:
            if row["name"] == name:
                row["value"] = re.sub(re.escape(unit) + r"(?!.*" + re.escape(unit) + ")", new_unit, row["value"])
    return bool(iv.replace_said(Declaration.from_json(data), f"单位更正：{text}", reply))
