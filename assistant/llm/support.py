"""Grounding: every number in an extracted patch must occur in the source text.

A value is supported when each number in it (Arabic or Chinese numerals, a percent, each part
of a date) occurs in the text; an amount in 万元 is also supported by the same amount in 元
(×10000) in the text. Unsupported values are dropped (a field, a goal, an indicator row, a
budget item's amount) and reported in Chinese.
"""
from __future__ import annotations

import re
from typing import Any

from ..textnum import cn_to_number, unidiom

_ARABIC = re.compile(r"\d+(?:\.\d+)?")
_CN = re.compile(r"[零〇一二两三四五六七八九十百千万亿点]{1,12}")


def _key(n: float) -> float:
    return round(n, 6)


def numbers_in(text: str) -> set[float]:
    """Every number the text states (commas in 240,000 and full-width digits understood)."""
    t = str(text).translate(str.maketrans("０１２３４５６７８９．", "0123456789."))
    t = re.sub(r"(?<=\d)[,，](?=\d{3})", "", t)
    out = {_key(float(m)) for m in _ARABIC.findall(t)}
    for m in _CN.findall(unidiom(t)):                  # "等我翻一下": no 1 is stated
        if m in ("万", "亿", "点", "千", "百"):
            continue
        n = cn_to_number(m)
        if n is not None:
            out.add(_key(n))
    return out


def missing_numbers(value: Any, source: set[float], amount: bool = False) -> list[str]:
    """The numbers in ``value`` that the source does not state."""
    if value is None or isinstance(value, bool):
        return []
    if isinstance(value, (int, float)):
        n = float(value)
        ok = _key(n) in source or (amount and _key(n * 10000) in source) or (n == 0 and amount)
        return [] if ok else [f"{n:g}"]
    return [f"{n:g}" for n in sorted(numbers_in(str(value))) if n not in source]


def support_check(part: dict[str, Any], text: str) -> tuple[dict[str, Any], list[str]]:
    """(the patch with unsupported values removed, one Chinese line per removal)."""
    source = numbers_in(text)
    kept: dict[str, Any] = {}
    dropped: list[str] = []

    def note(path: str, value: Any, nums: list[str]) -> None:
        value = f"{value:g}" if isinstance(value, float) else value
        dropped.append(f"大模型抽取的 {path}（{value}）中的数字 {'、'.join(nums)} 在原文中找不到，已舍弃，请人工核对。")

    for key, value in part.items():
        if key == "funding":
            funding = {}
            for k, v in value.items():
                bad = missing_numbers(v, source, amount=True)
                if bad:
                    note(f"funding.{k}", v, bad)
                else:
                    funding[k] = v
            if funding:
                kept["funding"] = funding
        elif key == "budget_items":
            items = []
            for i, item in enumerate(value):
                item = dict(item)
                for k in ("name", "start", "end"):
                    if bad := missing_numbers(item.get(k), source):
                        note(f"budget_items[{i}].{k}", item[k], bad)
                        item[k] = ""
                if bad := missing_numbers(item.get("amount"), source, amount=True):
                    note(f"budget_items[{i}].amount", item["amount"], bad)
                    item["amount"] = None
                items.append(item)
            kept["budget_items"] = items
        elif key == "goals":
            goals = {}
            for scope, lst in value.items():
                goals[scope] = []
                for i, g in enumerate(lst):
                    if bad := missing_numbers(g, source):
                        note(f"goals.{scope}[{i}]", g, bad)
                    else:
                        goals[scope].append(g)
            kept["goals"] = goals
        elif key == "indicators":
            rows = []
            for row in value:
                bad = missing_numbers(row.get("name"), source) + missing_numbers(row.get("value"), source)
                if bad:
                    note(f"indicators:{row.get('name')}", row.get("value"), bad)
                else:
                    rows.append(row)
            kept["indicators"] = rows
        else:
            if bad := missing_numbers(value, source):
                note(key, value, bad)
            else:
                kept[key] = value
    return kept, dropped
