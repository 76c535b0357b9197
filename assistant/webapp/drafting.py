"""The app's only contact with the interview engine and the draft store.

Everything the UI needs from ``assistant.interview`` (``Interview``, ``DraftStore``) goes
through these functions, so handlers stay plain and the wiring is in one place. The
interview is the offline one unless an LLM extractor is configured for the engine.
"""
from __future__ import annotations

import importlib
import time
from typing import Any

from ..model import Declaration

ENGINE_MISSING = "访谈引擎尚未安装，目前只能导入文件、编辑指标表和应用更正。"
STORE_KIND = "web"


def _optional(module: str):
    """The module, or None when it is not installed (an error inside it is raised)."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as e:
        if e.name and module.startswith(e.name):
            return None
        raise


def _engine():
    return _optional("assistant.interview.engine")


def new_interview(form: Declaration | None = None, source: str = "",
                  locations: dict[str, str] | None = None) -> Any:
    mod = _engine()
    if mod is None:
        return None
    if form is None:
        return mod.Interview()
    return mod.Interview(form, source=source, locations=locations or None)


def form_of(interview: Any) -> Declaration:
    return interview.form


def opening(interview: Any) -> list[str]:
    return interview.opening()


def next_question(interview: Any) -> str:
    q = interview.next_question()
    return q.render() if q is not None else ""


def answer(interview: Any, text: str) -> list[str]:
    return interview.answer(text).lines()


def set_form(interview: Any, form: Declaration, note: str) -> None:
    interview.set_form(form, note)


def unconfirmed(interview: Any) -> list[tuple[str, str]]:
    """(path, value) of every number the applicant never stated or confirmed."""
    if interview is None:
        return []
    return [(u.path, u.value) for u in interview.unconfirmed_numbers()]


def confirm_all(interview: Any) -> list[str]:
    return interview.confirm(None) if interview is not None else []


# --- the draft store -------------------------------------------------------------------

def _store():
    mod = _optional("assistant.interview.store")
    return mod.open_store() if mod is not None else None


def save(interview: Any, messages: list[dict], owner: str, draft_id: str | None,
         form: Declaration | None = None) -> str | None:
    """Save the draft (every turn, one transaction); returns its id (a new one on the first save)."""
    store = _store()
    if store is None or interview is None:
        return draft_id
    state = interview.to_state()
    state["web"] = {"messages": messages}
    title = interview.form.project_name or interview.form.unit or "未命名草稿"
    if draft_id is None:
        return store.create(owner, state, title=title)
    store.save(draft_id, state, owner=owner, title=title)
    return draft_id


def load(draft_id: str, owner: str = "") -> tuple[Any, list[dict], Declaration]:
    """(interview, chat messages, form) of a saved draft; KeyError when it is not the owner's."""
    store, mod = _store(), _engine()
    if store is None or mod is None:
        raise KeyError(draft_id)
    d = store.get(draft_id, owner)
    iv = mod.Interview.from_state(dict(d.state, transcript=d.transcript))
    web = d.state.get("web") or {}
    messages = web.get("messages") or [{"role": t["role"], "content": t["text"]} for t in d.transcript]
    return iv, messages, iv.form


def list_drafts(owner: str = "") -> list[tuple[str, str]]:
    """(label, draft id) pairs, newest first, for the resume dropdown."""
    store = _store()
    if store is None:
        return []
    return [(f"{d.title} · {time.strftime('%m-%d %H:%M', time.localtime(d.updated))} · {d.turns}轮", d.id)
            for d in store.list(owner=owner)]
