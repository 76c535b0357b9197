"""Handlers of the 目标改写 tab: proposals for the current draft, accept/edit/reject, apply."""
from __future__ import annotations

import importlib

from .diffview import proposals_html
from .render import field_label
from .session import WebSession

REWRITE_HEADERS = ["采纳", "序号", "位置", "改写建议（可直接修改）"]
REWRITE_MISSING = "改写模块尚未安装，暂时无法生成改写建议。"


def _rewrite():
    try:
        return importlib.import_module("assistant.rewrite")
    except ModuleNotFoundError as e:
        if e.name in ("assistant.rewrite",):
            return None
        raise


def propose(s: WebSession) -> tuple[list, str, list[list], str]:
    """(proposals, diff HTML, decision table rows, notice) for the session's current form.

    With the session's engine on a model, the model proposes first (``rewrite.propose(form,
    client=...)``); when it fails the offline proposals come back with a warning in the notice."""
    mod = _rewrite()
    if mod is None:
        return [], proposals_html([]), [], REWRITE_MISSING
    warned: list[str] = []
    client = s.engine if s.engine.active else None
    proposals = list(mod.propose(s.form, client=client, warn=warned.append))
    rows = [[True, i + 1, field_label(p.field), p.proposal] for i, p in enumerate(proposals)]
    pending = sum(1 for p in proposals if p.needs_confirmation)
    notice = "".join(f"⚠ {w} " for w in warned)
    notice += f"共 {len(proposals)} 条改写建议。" if proposals else "当前草稿没有需要改写的目标或指标值。"
    if client is not None and proposals:
        by_model = sum(1 for p in proposals if getattr(p, "source", "") == "llm")
        notice += f"其中 {by_model} 条由大模型 {s.engine.model} 提出，其余为离线改写。"
    if pending:
        notice += f"其中 {pending} 条含有表中没有的数值（标“数值待确认”），采纳前请核实。"
    return proposals, proposals_html(proposals), rows, notice


def accepted(proposals: list, rows: list[list]) -> list:
    """The proposals the user kept (采纳 ticked), with their edited text."""
    out = []
    for row in rows or []:
        if len(row) < 4 or not _truthy(row[0]):
            continue
        try:
            i = int(row[1]) - 1
        except (TypeError, ValueError):
            continue
        if not 0 <= i < len(proposals):
            continue
        text = str(row[3] or "").strip()
        p = proposals[i]
        if text and text != p.proposal:
            p = p.model_copy(update={"proposal": text}) if hasattr(p, "model_copy") else _replace(p, text)
        if text:
            out.append(p)
    return out


def _replace(p, text: str):
    from dataclasses import replace
    return replace(p, proposal=text)


def _truthy(v) -> bool:
    if isinstance(v, str):
        return v.strip().lower() in ("true", "1", "是", "采纳", "✔", "yes")
    return bool(v)


def apply(s: WebSession, proposals: list, rows: list[list]):
    """The new form with the accepted proposals applied, and a message saying how many."""
    mod = _rewrite()
    if mod is None:
        return None, REWRITE_MISSING
    chosen = accepted(proposals, rows)
    if not chosen:
        return None, "没有勾选任何建议，草稿未改动。"
    form = mod.apply(s.form, chosen)
    return form, f"已将 {len(chosen)} 条改写应用到草稿。"
