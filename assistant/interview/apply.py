"""Applying fills to a form and its provenance, and describing what changed.

A fill overwrites a value only when it is the asked field (``primary``), or the value is
empty, or the value was only computed/suggested and the fill is stated (or a recomputation).
"""
from __future__ import annotations

import dataclasses
import re
from typing import Any

from ..caps import ANSWER, cap_value, cut
from ..lexicon import REQUIRED_FIELDS
from ..model import BudgetItem, Declaration, Indicator
from .answers import Fill
from .provenance import Provenance, Source

LABEL = dict(REQUIRED_FIELDS, **{
    "funding.carryover": "上年度结转", "funding.current_year": "本年度预算", "funding.other": "其他资金",
    "funding": "项目资金", "budget_items": "预算明细", "goals.annual": "年度目标", "goals.long_term": "中长期目标", "year": "预算年度",
    "unit_head": "项目单位负责人", "unit_phone": "联系电话", "filler": "填报人", "unit_functions": "部门职能",
    "department_head": "主管部门负责人", "department_phone": "主管部门联系电话", "department_code": "主管部门编码",
    "fill_date": "填报日期"})


def get(form: Declaration, path: str) -> Any:
    if path.startswith("indicators:"):
        name = path.split(":", 1)[1]
        return next((ind.value for ind in form.indicators if ind.name == name), None)
    m = re.fullmatch(r"budget_items\[(\d+)\]\.(\w+)", path)
    if m:
        i = int(m.group(1))
        return getattr(form.budget_items[i], m.group(2)) if i < len(form.budget_items) else None
    obj: Any = form
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def empty(v: Any) -> bool:
    return v is None or v == "" or v == [] or v == {}


def may_write(form: Declaration, prov: Provenance, fill: Fill) -> bool:
    if fill.primary:
        return True
    current = get(form, fill.path)
    if empty(current):
        return True
    src = prov.get(fill.path)
    if src is None or src.confirmed:
        return False
    if src.hers and fill.kind != "stated":
        return False                     # the total she changed by a stated difference: not 38台×15万 again
    return fill.kind == "stated" or src.kind == fill.kind == "computed"


def apply(form: Declaration, prov: Provenance, fill: Fill, turn: int) -> str | None:
    """Write one fill when allowed (its value cut to the field's bound, caps.py); the changed path, or None."""
    if not may_write(form, prov, fill):
        return None
    fill = dataclasses.replace(fill, value=cap_value(fill.path, fill.value), detail=cut(fill.detail or "", ANSWER))
    src = Source(fill.kind, fill.detail, turn)
    if fill.path == "budget_items":
        form.budget_items = [BudgetItem.model_validate(d) for d in fill.value]
        prov.drop_under("budget_items")
        prov.set("budget_items", src)
        for i in range(len(form.budget_items)):
            prov.set(f"budget_items[{i}].amount", Source(fill.kind, fill.detail, turn))
        return "budget_items"
    if fill.path.startswith("indicators:"):
        return _indicator(form, prov, fill, src)
    if fill.path in ("goals.annual", "goals.long_term"):
        scope = fill.path.split(".")[1]
        goals = [fill.value] if isinstance(fill.value, str) else list(fill.value)
        setattr(form.goals, scope, goals)
        prov.drop_under(fill.path)
        for i in range(len(getattr(form.goals, scope))):
            prov.set(f"{fill.path}[{i}]", Source(fill.kind, fill.detail, turn, src.confirmed))
        return fill.path
    m = re.fullmatch(r"budget_items\[(\d+)\]\.(\w+)", fill.path)
    if m:
        i = int(m.group(1))
        if i >= len(form.budget_items):
            return None
        setattr(form.budget_items[i], m.group(2), fill.value)
    else:
        obj: Any = form
        parts = fill.path.split(".")
        for part in parts[:-1]:
            obj = getattr(obj, part)
        if getattr(obj, parts[-1]) == fill.value and fill.path in prov and prov[fill.path].kind == fill.kind:
            return None
        setattr(obj, parts[-1], fill.value)
    prov.set(fill.path, src)
    return fill.path


def _indicator(form: Declaration, prov: Provenance, fill: Fill, src: Source) -> str | None:
    new = Indicator.model_validate(fill.value)
    path = f"indicators:{new.name}"
    for i, ind in enumerate(form.indicators):
        if ind.name == new.name and ind.scope == new.scope:
            if ind == new and path in prov and prov[path].kind == src.kind:
                return None
            rows = list(form.indicators)
            rows[i] = new
            form.indicators = rows
            break
    else:
        form.indicators = list(form.indicators) + [new]
    prov.set(path, src)
    return path


def readable(form: Declaration | None, path: str) -> str:
    """A field path as the applicant would name it: 'budget_items[0].amount' → '预算明细「工资」金额',
    'indicators:聘用人员在岗率' → '指标「聘用人员在岗率」', 'indicators[3]' → '第4个指标'."""
    m = re.fullmatch(r"budget_items\[(\d+)\](?:\.(\w+))?", path)
    if m:
        i = int(m.group(1))
        name = form.budget_items[i].name if form is not None and i < len(form.budget_items) else ""
        return f"预算明细「{name or i + 1}」" + {"amount": "金额", "start": "起始月份", "end": "结束月份"}.get(m.group(2), "")
    m = re.fullmatch(r"goals\.(annual|long_term)\[(\d+)\]", path)
    if m:
        return f"{LABEL['goals.' + m.group(1)]}第{int(m.group(2)) + 1}条"
    if path.startswith("indicators:"):
        return f"指标「{path.split(':', 1)[1]}」"
    m = re.fullmatch(r"indicators\[(\d+)\](?:\.\w+)?", path)
    if m:
        i = int(m.group(1))
        name = form.indicators[i].name if form is not None and i < len(form.indicators) else ""
        return f"指标「{name}」" if name else f"第{i + 1}个指标"
    if path.startswith("indicators."):
        return path.split(".", 1)[1]
    return LABEL.get(path, path)


def describe(form: Declaration, prov: Provenance, path: str) -> str:
    """'资金总额：24万元（计算得出：4人×5000元×12个月=240000元）'."""
    if path.startswith("indicators:"):
        name = path.split(":", 1)[1]
        ind = next((x for x in form.indicators if x.name == name), None)
        label = f"{ind.level2 or '指标'}「{name}」" if ind else name
        value = ind.value if ind else ""
    elif path == "budget_items":
        label = "预算明细"
        value = "；".join(f"{it.name} {it.amount:g}万元" for it in form.budget_items if it.amount is not None)
    elif path.startswith("goals."):
        label = LABEL.get(path, path)
        value = "；".join(get(form, path))
    else:
        label = LABEL.get(path, path)
        v = get(form, path)
        value = f"{v:g}万元" if isinstance(v, float) and path.startswith(("funding", "budget_items")) else str(v)
    src = prov.get(path)
    note = ""
    if src and src.kind in ("computed", "suggested"):
        note = f"（{src.label()}）"
    return f"{label}：{str(value).rstrip('。')}{note}"
