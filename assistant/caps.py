"""Bounds on what one declaration may hold, so nothing downstream grows with what a file contains.

A real form's project name is a line, its 项目概况 a page, its indicator table a few dozen rows.
Every import (importers._read), every interview fill and every edit of the form in the app
passes through ``cap_form`` / ``cap_value``: a value past its bound is cut, and the import says
so in a warning naming the field — so reports, drafts and web responses are bounded by their
rows, never by the size of a file or an answer.
"""
from __future__ import annotations

TYPE_CHECKING = False     # (not typing's: a JSON check does not import typing, 13 M instructions)
if TYPE_CHECKING:
    from typing import Any

SHORT = 200            # names, units, people, phones, codes, dates; an indicator's levels and name
VALUE = 500            # an indicator's value, a budget item's name
LONG = 10_000          # 项目概况, 立项依据, 必要性, 部门职能, one goal
MAX_ROWS = 300         # indicators, budget items
MAX_GOALS = 50         # goals of one scope
MAX_LINES = 200        # lines an import could not place, warnings
ANSWER = 4_000         # one answer in the interview

LONG_FIELDS = ("overview", "basis", "necessity", "unit_functions")
SHORT_FIELDS = ("project_name", "department", "department_code", "department_head", "department_phone", "unit",
                "unit_head", "unit_phone", "function_code", "attribute", "start", "end", "filler", "fill_date")


def limit_of(path: str) -> int:
    """The bound of a field path (``overview``, ``goals.annual[0]``, ``indicators:名称``, ``budget_items[1].name``)."""
    if path in LONG_FIELDS or path.startswith("goals"):
        return LONG
    if path.startswith(("indicators", "budget_items")):
        return VALUE
    return SHORT


def cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def cap_value(path: str, value: Any) -> Any:
    """A value about to be written to ``path`` (interview fills, edits): strings cut to the field's bound,
    lists to their row bound (recursively for rows given as dicts)."""
    if isinstance(value, str):
        return cut(value, limit_of(path))
    if isinstance(value, list):
        rows = value[:MAX_GOALS if path.startswith("goals") else MAX_ROWS]
        return [cap_value(path, v) for v in rows]
    if isinstance(value, dict):
        return {k: cap_value(path, v) for k, v in value.items()}
    return value


def cap_form(form) -> list[str]:
    """Cut the form's values past their bounds, in place; one warning per field cut (in Chinese)."""
    warnings: list[str] = []

    def check(obj, attr: str, limit: int, label: str) -> None:
        text = getattr(obj, attr)
        if len(text) > limit:
            setattr(obj, attr, cut(text, limit))
            warnings.append(f"「{label}」过长（{len(text):,} 字），已截断为前 {limit:,} 字，请核对原文件。")

    fields = type(form).model_fields
    for name in SHORT_FIELDS + LONG_FIELDS:
        check(form, name, LONG if name in LONG_FIELDS else SHORT, fields[name].description or name)
    for attr, label in (("indicators", "绩效指标"), ("budget_items", "预算明细")):
        rows = getattr(form, attr)
        if len(rows) > MAX_ROWS:
            setattr(form, attr, rows[:MAX_ROWS])
            warnings.append(f"{label}多达 {len(rows):,} 行，只保留了前 {MAX_ROWS} 行，请核对原文件。")
    for rows, attr, limit, label in _ROW_FIELDS:
        long = [row for row in getattr(form, rows) if len(getattr(row, attr)) > limit]
        for row in long:
            setattr(row, attr, cut(getattr(row, attr), limit))
        if long:
            warnings.append(f"{len(long)} 个{label}过长，已截断为前 {limit:,} 字，请核对原文件。")
    for scope, label in (("annual", "年度目标"), ("long_term", "中长期目标")):
        goals = getattr(form.goals, scope)
        kept = [cut(g, LONG) for g in goals[:MAX_GOALS]]
        if kept != goals:
            setattr(form.goals, scope, kept)
            warnings.append(f"{label}过长或条数过多（{len(goals)} 条，共 {sum(map(len, goals)):,} 字），"
                            f"已截断（最多 {MAX_GOALS} 条，每条 {LONG:,} 字），请核对原文件。")
    return warnings


_ROW_FIELDS = (("indicators", "level1", SHORT, "绩效指标的一级指标"), ("indicators", "level2", SHORT, "绩效指标的二级指标"),
               ("indicators", "name", SHORT, "绩效指标的名称"), ("indicators", "value", VALUE, "绩效指标的指标值"),
               ("budget_items", "name", VALUE, "预算明细的名称"))


def within_caps(form, short: bool = False) -> bool:
    """True when ``cap_form`` would cut nothing (and so warn of nothing). It runs on every form of a batch: the
    values are read from each object's field dict (a plain twin's, or a pydantic model's: its fields are its
    ``__dict__``), not by ``getattr`` — on Python 3.11 a dict subscript in the loop is a specialised opcode, a
    ``getattr`` call the generic lookup. ``short``: no text of the form is longer than ``SHORT``, the smallest cap
    (known from reading it: ``formdata.read_short``), so only the numbers of rows and goals are counted."""
    d = form.__dict__
    if short:
        goals = d["goals"].__dict__
        return (len(d["indicators"]) <= MAX_ROWS and len(d["budget_items"]) <= MAX_ROWS
                and len(goals["annual"]) <= MAX_GOALS and len(goals["long_term"]) <= MAX_GOALS)
    for names, limit in ((SHORT_FIELDS, SHORT), (LONG_FIELDS, LONG)):
        for name in names:
            if len(d[name]) > limit:
                return False
    if len(d["indicators"]) > MAX_ROWS or len(d["budget_items"]) > MAX_ROWS:
        return False
    for rows, attr, limit, _ in _ROW_FIELDS:
        for row in d[rows]:
            if len(row.__dict__[attr]) > limit:
                return False
    goals = d["goals"].__dict__
    for texts in (goals["annual"], goals["long_term"]):
        if len(texts) > MAX_GOALS:
            return False
        for text in texts:
            if len(text) > LONG:
                return False
    return True


def cap_lines(lines: list[str], limit: int = VALUE) -> list[str]:
    """A list of notes (lines an import could not place, warnings): each cut, at most MAX_LINES of them."""
    out = [cut(x, limit) for x in lines[:MAX_LINES]]
    if len(lines) > MAX_LINES:
        out.append(f"……另有 {len(lines) - MAX_LINES:,} 项未列出。")
    return out
