"""The form as the dialogue scorer sees it: flat field paths, their values, and label matching.

Paths are those of spec/declaration.md: ``project_name``, ``funding.total``, ``budget_items``,
``budget_items[0].amount``, ``goals.annual``, ``indicators:<三级指标名称>``. Text is compared
normalised (full-width → half-width, no spaces, >= → ≥, no trailing 。；, no leading = in an
indicator value), numbers within 0.005.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any

SCALARS = ("year", "project_name", "department", "department_code", "department_head", "department_phone", "unit",
           "unit_head", "unit_phone", "unit_functions", "function_code", "attribute", "start", "end", "overview",
           "basis", "necessity", "filler", "fill_date")
FUNDING = ("total", "carryover", "current_year", "other")
CATEGORIES = ("数量指标", "质量指标", "时效指标", "成本指标", "效益指标", "满意度指标",
              "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标")
ASKABLE = {*SCALARS, "funding", *(f"funding.{k}" for k in FUNDING), "budget_items", "goals.annual",
           "goals.long_term", *(f"indicators.{c}" for c in CATEGORIES), "confirm"}


def norm(s: Any) -> str:
    t = unicodedata.normalize("NFKC", str(s if s is not None else ""))
    t = t.replace(">=", "≥").replace("<=", "≤").replace("≧", "≥").replace("≦", "≤")
    return re.sub(r"\s+", "", t).rstrip("。；;，,.")


def norm_value(s: Any) -> str:
    return norm(s).lstrip("=")


def snapshot(form) -> dict[str, Any]:
    """path -> a comparable value, for every field of the form (indicator rows one path each)."""
    j = form.to_json()
    out: dict[str, Any] = {k: j.get(k) for k in SCALARS}
    out.update({f"funding.{k}": (j.get("funding") or {}).get(k) for k in FUNDING})
    out["budget_items"] = tuple((i.get("name", ""), i.get("amount"), i.get("start", ""), i.get("end", ""))
                                for i in j.get("budget_items") or [])
    for scope in ("annual", "long_term"):
        out[f"goals.{scope}"] = tuple((j.get("goals") or {}).get(scope) or [])
    seen: dict[str, int] = {}
    for i, r in enumerate(j.get("indicators") or []):
        name = r.get("name", "")
        key = f"indicators:{name}" if name else f"indicators[{i}]"
        seen[key] = seen.get(key, 0) + 1
        key += f"#{seen[key]}" if seen[key] > 1 else ""
        out[key] = (r.get("level1", ""), r.get("level2", ""), r.get("value", ""), r.get("scope", ""))
    return out


def changed_paths(before: dict, after: dict) -> list[str]:
    return [p for p in dict.fromkeys([*before, *after]) if _empty(before.get(p)) != _empty(after.get(p))
            or (not _empty(after.get(p)) and before.get(p) != after.get(p))]


def _empty(v: Any) -> bool:
    return v is None or v == "" or v == () or v == []


def in_category(row: dict, cat: str) -> bool:
    """A row of the 二级 category ``cat`` (数量指标 …), or of the 一级 family (效益指标, 满意度指标)."""
    core = cat.replace("指标", "")
    return core in norm(row.get("level2")) or core in norm(row.get("level1"))


def lookup(j: dict, path: str) -> Any:
    """The value at ``path`` in a form's JSON; KeyError for a path the form does not have.

    ``indicators.<category>`` is the list of rows of that category."""
    if path.startswith("indicators.") and path.split(".", 1)[1] in CATEGORIES:
        return [r for r in j.get("indicators") or [] if in_category(r, path.split(".", 1)[1])]
    if path.startswith("indicators:"):
        name = norm(path.split(":", 1)[1])
        return next((r for r in j.get("indicators") or [] if norm(r.get("name")) == name), None)
    m = re.fullmatch(r"budget_items\[(\d+)\]\.(name|amount|start|end)", path)
    if m:
        items = j.get("budget_items") or []
        i = int(m.group(1))
        return items[i].get(m.group(2)) if i < len(items) else None
    m = re.fullmatch(r"goals\.(annual|long_term)(?:\[(\d+)\])?", path)
    if m:
        goals = (j.get("goals") or {}).get(m.group(1)) or []
        if m.group(2) is None:
            return goals
        return goals[int(m.group(2))] if int(m.group(2)) < len(goals) else None
    if path.startswith("funding.") and path.split(".", 1)[1] in FUNDING:
        return (j.get("funding") or {}).get(path.split(".", 1)[1])
    if path in SCALARS or path == "budget_items":
        return j.get(path)
    raise KeyError(f"不认识的字段路径：{path}")


def holds(form, path: str, want: Any) -> tuple[bool, Any]:
    """Whether the form holds ``want`` at ``path``; (ok, what it holds)."""
    got = lookup(form.to_json(), path)
    if path.startswith("indicators:"):
        if want is None or got is None:
            return want is None and got is None, got and got.get("value")
        if isinstance(want, dict) and set(want) == {"any"}:     # {any: ["≤5‰", "≤0.5%"]}: its value is one of these
            return any(norm_value(w) == norm_value(got.get("value")) for w in _list(want["any"])), got.get("value")
        if isinstance(want, dict):
            return all(_same(k, want[k], got.get(k)) for k in want), got
        return norm_value(want) == norm_value(got.get("value")), got.get("value")
    if path.startswith("indicators."):
        got = [f"{r.get('name', '')}{r.get('value', '')}" for r in got]
    if want is None:
        return _empty(got), got
    if isinstance(want, dict) and set(want) <= {"has", "lacks", "filled", "any"}:
        if "filled" in want and _empty(got) == bool(want["filled"]):
            return False, got
        text = norm("".join(got) if isinstance(got, list) else got)
        if "any" in want and not any(norm(h) in text for h in _list(want["any"])):
            return False, got
        return (all(norm(h) in text for h in _list(want.get("has"))) and
                not any(norm(x) in text for x in _list(want.get("lacks")))), got
    if path == "budget_items":
        return _items(want, got or []), [(i.get("name"), i.get("amount")) for i in got or []]
    if isinstance(want, list):
        return [norm(x) for x in want] == [norm(x) for x in got or []], got
    return _same(path, want, got), got


def _list(x: Any) -> list:
    return [] if x is None else list(x) if isinstance(x, (list, tuple)) else [x]


def _same(key: str, want: Any, got: Any) -> bool:
    if isinstance(want, bool) or want is None:
        return want == got or (want is None and _empty(got))
    if isinstance(want, (int, float)) and not isinstance(got, str):
        return got is not None and abs(float(got) - float(want)) < 0.005
    if key == "value":
        return norm_value(want) == norm_value(got)
    return norm(want) == norm(got)


def _items(want: list[dict], got: list[dict]) -> bool:
    if len(want) != len(got):
        return False
    rest = list(got)
    for w in want:
        hit = next((g for g in rest if all(_same(k, w[k], g.get(k)) for k in w)), None)
        if hit is None:
            return False
        rest.remove(hit)
    return True
