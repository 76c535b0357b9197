"""Apply arithmetic corrections to a form (pure: returns a new Declaration).

A correction's ``field`` is a declaration path: ``funding.total``, ``funding.current_year``,
``budget_items[1].amount``, a text field (``overview``, ``goals.annual[0]``) or an
indicator (``indicators:名称``) where a written calculation's result is replaced.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from .findings import Correction
from .model import Declaration

_ITEM = re.compile(r"^budget_items\[(\d+)\]\.amount$")
_GOAL = re.compile(r"^goals\.(annual|long_term)\[(\d+)\]$")
_IND_NAME = re.compile(r"^indicators:(.+)$")
_IND_POS = re.compile(r"^indicators\[(\d+)\]$")


def _fmt(x: Any) -> str:
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return f"{x:g}" if isinstance(x, float) else str(x)


def _replace_number(text: str, old: Any, new: Any) -> str:
    """Replace the written result ``old`` (after an '=') with ``new``; the first match only."""
    old_s = _fmt(old)
    pat = re.compile(r"([=＝]\s*)" + re.escape(old_s) + r"(?![\d.])")
    out, n = pat.subn(lambda m: m.group(1) + _fmt(new), text, count=1)
    if n == 0:
        out = text.replace(old_s, _fmt(new), 1)
    return out


def apply_correction(data: dict, c: Correction | dict) -> None:
    """Apply one correction to the form's JSON dict in place."""
    field = c["field"] if isinstance(c, dict) else c.field
    old = c["old"] if isinstance(c, dict) else c.old
    new = c["new"] if isinstance(c, dict) else c.new
    if field.startswith("funding."):
        data["funding"][field.split(".", 1)[1]] = float(new)
    elif m := _ITEM.match(field):
        data["budget_items"][int(m.group(1))]["amount"] = float(new)
    elif m := _GOAL.match(field):
        lst = data["goals"][m.group(1)]
        lst[int(m.group(2))] = _replace_number(lst[int(m.group(2))], old, new)
    elif m := _IND_NAME.match(field) or _IND_POS.match(field):
        if field.startswith("indicators:"):
            rows = [r for r in data["indicators"] if r["name"] == m.group(1)]
        else:
            rows = [data["indicators"][int(m.group(1))]]
        for row in rows[:1]:
            key = "value" if _fmt(old) in row["value"] else "name"
            row[key] = _replace_number(row[key], old, new)
    elif field in data and isinstance(data[field], str):
        data[field] = _replace_number(data[field], old, new)
    else:
        raise KeyError(f"无法应用更正：未知字段 {field}")


def apply_corrections(form: Declaration, corrections: Iterable[Correction | dict]) -> Declaration:
    data = form.to_json()
    for c in corrections:
        apply_correction(data, c)
    return Declaration.model_validate(data)
