"""The app's only contact with the interview engine and the draft store.

Everything the UI needs from ``assistant.interview`` (Interview, DraftStore) goes through
these functions, so the handlers stay plain and the wiring is in one place.
"""
from __future__ import annotations

import importlib
from typing import Any

from ..model import Declaration

ENGINE_MISSING = "访谈引擎尚未安装，目前只能导入文件、编辑指标表和应用更正。"


def _optional(module: str):
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as e:
        if e.name and module.startswith(e.name):
            return None
        raise


def new_interview(form: Declaration | None = None, source: str = "") -> Any:
    mod = _optional("assistant.interview.engine")
    if mod is None:
        return None
    return mod.Interview(form=form) if form is not None else mod.Interview()


def form_of(interview: Any) -> Declaration:
    return interview.form


def opening(interview: Any, imported: bool = False) -> list[str]:
    return [next_question(interview)]


def next_question(interview: Any) -> str:
    return ""


def answer(interview: Any, text: str) -> list[str]:
    return []


def set_form(interview: Any, form: Declaration, note: str) -> None:
    interview.form = form


def unconfirmed(interview: Any) -> list[str]:
    if interview is None:
        return []
    return []


def save(interview: Any, messages: list[dict], owner: str, draft_id: str | None,
         form: Declaration | None = None) -> str | None:
    return draft_id


def load(draft_id: str, owner: str = "") -> tuple[Any, list[dict], Declaration]:
    raise KeyError(draft_id)


def list_drafts(owner: str = "") -> list[tuple[str, str]]:
    """(label, draft id) pairs, newest first, for the resume dropdown."""
    return []
