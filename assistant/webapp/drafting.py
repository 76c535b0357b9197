"""The app's only contact with the interview engine and the draft store.

Everything the UI needs from ``assistant.interview`` (``Interview``, ``DraftStore``) goes
through these functions, so handlers stay plain and the wiring is in one place. The
interview is the offline one unless a model is configured (``JIXIAO_LLM_*``): then each
session gets an ``Engine`` (llm.py) and the interview the LLM extractor over it.
"""
from __future__ import annotations

import datetime
import importlib
import os
import re
import time
from typing import Any

from ..model import Declaration
from .llm import Engine

ENGINE_MISSING = "访谈引擎尚未安装，目前只能导入文件、编辑指标表和应用更正。"
EXPORT_HINT = "生成 Word / Excel 文件：点页面上方的“导出 Word”或“导出 Excel”按钮。"
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


def warm_interview() -> None:
    """The interview's first-use loading done now (engine.warm_up), when the engine is installed."""
    mod = _engine()
    if mod is not None:
        mod.warm_up()


def extractor_for(engine: Engine | None):
    """The LLM extractor over the session's engine, or None (the interview's offline one)."""
    if engine is None or not engine.active:
        return None
    from ..interview.llm_extract import LLMExtractor
    return LLMExtractor(engine)


def new_interview(form: Declaration | None = None, source: str = "",
                  locations: dict[str, str] | None = None, engine: Engine | None = None) -> Any:
    mod = _engine()
    if mod is None:
        return None
    if form is None:
        return mod.Interview(extractor=extractor_for(engine), export_hint=EXPORT_HINT)
    return mod.Interview(form, source=source, locations=locations or None, extractor=extractor_for(engine),
                         export_hint=EXPORT_HINT)


def restore(state: dict, engine: Engine | None = None) -> Any:
    """An interview from ``to_state()`` (undoing a failed turn), with the engine's extractor."""
    iv = _engine().Interview.from_state(state, extractor=extractor_for(engine))
    iv.export_hint = EXPORT_HINT
    return iv


def use_offline(interview: Any) -> None:
    """Switch a live interview to the offline extractor (the model stopped answering)."""
    from ..interview.extract import extract
    if interview is not None:
        interview.extractor = extract


def form_of(interview: Any) -> Declaration:
    return interview.form


def opening(interview: Any) -> list[str]:
    return interview.opening()


def next_question(interview: Any) -> str:
    q = interview.next_question()
    return q.render() if q is not None else ""


def answer(interview: Any, text: str) -> list[str]:
    return interview.answer(text).lines()


def set_form(interview: Any, form: Declaration, note: str) -> list[str]:
    """The edit through ``Interview.set_form``; what it refused, said in Chinese (a phone that does
    not read as a phone keeps the old value)."""
    interview.set_form(form, note)
    refused, interview.notices = list(getattr(interview, "notices", [])), []
    return refused


def ask(interview: Any, path: str) -> str:
    """Make the question about ``path`` (a preview field the applicant clicked) the pending one
    (``Interview.ask``); its text, or "" when the interview has no question for it."""
    from ..interview import questions as Q
    fn, key = getattr(interview, "ask", None), question_field(path)
    if fn is None or key not in Q.catalogue():
        return ""
    q = fn(key)
    return q.render() if q is not None else ""


def question_field(path: str) -> str:
    """The question a preview path belongs to: ``budget_items[1].amount`` → ``budget_items``,
    ``indicators[2].value`` → that row's category, ``funding.total`` → ``funding``."""
    if path.startswith("budget_items"):
        return "budget_items"
    if path.startswith("funding."):
        return "funding"
    return path


def goes_back(interview: Any, text: str) -> bool:
    """``text`` is only a 返回 (no answer with it), as the interview reads it."""
    from ..interview.acts import read
    r = read(text, interview.next_question(), interview.form)
    return "back" in r.acts and not (r.rest or "").strip()


def pending_question(interview: Any) -> Any:
    """The question waiting for an answer (an ``interview.questions.Question``), or None."""
    return interview.next_question() if interview is not None else None


def quick_replies(question: Any) -> list[tuple[str, str]]:
    """(label, text to send) for the buttons under a question (``Question.replies``)."""
    return [(r.label, r.text) for r in getattr(question, "replies", None) or []]


def glossary_entry(question: Any, form: Declaration) -> dict | None:
    """The glossary entry explaining the question's field ({term, explain, how, example}), or None."""
    mod = _optional("assistant.interview.glossary")
    if mod is None or question is None:
        return None
    try:
        entry = mod.for_field(question.field)
    except KeyError:            # a question about no term of the form (e.g. fact.monthly): no "？"
        return None
    return entry.to_json(form)


def read_amount(text: str) -> float | None:
    """An amount in 万元 read as the interview reads answers; a bare number is in 万元. None
    unless the whole text is one amount (never a number picked out of a sentence)."""
    from ..interview import answers as A
    t = text.strip().rstrip("。")
    if re.fullmatch(A.NUM, t):
        return A.money_wan(t, "")
    found = A.amounts(t)
    if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(t):
        return found[0][2]
    return None


def read_period(text: str, form: Declaration):
    """Start and end months as the interview reads a period (``when.period``: '2020全年' is 2020, '去年'
    is resolved and said back in ``notes``, months without a year take the form's 预算年度 or are
    ``no_year``); the current year is never put in silently."""
    from ..interview.when import period
    return period(text, datetime.date.today().year, form.year)


def unconfirmed(interview: Any) -> list[tuple[str, str]]:
    """(path, value) of every number the applicant never stated or confirmed."""
    if interview is None:
        return []
    return [(u.path, u.value) for u in interview.unconfirmed_numbers()]


def confirm(interview: Any, paths: list[str]) -> list[str]:
    """Mark the listed values as confirmed by the applicant (``Interview.confirm``); the paths done."""
    if interview is None or not paths:
        return []
    return interview.confirm(list(paths))


# --- the draft store -------------------------------------------------------------------

_STORES: dict[str, tuple[Any, tuple[int, int] | None]] = {}


def _file_id(store: Any) -> tuple[int, int] | None:
    try:
        st = os.stat(store.path)
    except (AttributeError, OSError):
        return None
    return st.st_dev, st.st_ino


def _store():
    """The drafts store, opened once per address: opening sets the schema up under a lock every
    session would wait on, twice a turn. A SQLite file moved aside (repaired) or deleted since is
    opened afresh."""
    mod = _optional("assistant.interview.store")
    if mod is None:
        return None
    url = os.environ.get("JIXIAO_DRAFTS_URL") or mod.default_url()
    held = _STORES.get(url)
    if held is not None and (not hasattr(held[0], "path") or _file_id(held[0]) == held[1] is not None):
        return held[0]
    store = mod.open_store(url)
    _STORES[url] = (store, _file_id(store))
    return store


def save(interview: Any, messages: list[dict], owner: str, draft_id: str | None,
         form: Declaration | None = None) -> str | None:
    """Save the draft (every turn, one transaction); returns its id (a new one on the first save,
    and a new one when the draft was deleted meanwhile, e.g. from another browser tab)."""
    store = _store()
    if store is None or interview is None:
        return draft_id
    state = interview.to_state()
    state["web"] = {"messages": messages}
    title = interview.form.project_name or interview.form.unit or "未命名草稿"
    if draft_id is not None:
        try:
            store.save(draft_id, state, owner=owner, title=title)
            return draft_id
        except KeyError:        # DraftNotFound: deleted elsewhere; keep the work as a new draft
            pass
    return store.create(owner, state, title=title)


def duplicate(draft_id: str, owner: str = "") -> str:
    """A copy of the owner's draft (title + "（副本）"); KeyError when it is not the owner's."""
    store = _store()
    if store is None:
        raise KeyError(draft_id)
    return store.duplicate(draft_id, owner=owner)


def delete(draft_id: str, owner: str = "") -> None:
    """Delete the owner's draft and its transcript; KeyError when it is not the owner's."""
    store = _store()
    if store is None:
        raise KeyError(draft_id)
    store.delete(draft_id, owner=owner)


def title_of(draft_id: str, owner: str = "") -> str:
    store = _store()
    if store is None:
        raise KeyError(draft_id)
    return store.get(draft_id, owner).title


def load(draft_id: str, owner: str = "", engine: Engine | None = None) -> tuple[Any, list[dict], Declaration]:
    """(interview, chat messages, form) of a saved draft; KeyError when it is not the owner's."""
    store, mod = _store(), _engine()
    if store is None or mod is None:
        raise KeyError(draft_id)
    d = store.get(draft_id, owner)
    iv = mod.Interview.from_state(dict(d.state, transcript=d.transcript), extractor=extractor_for(engine))
    iv.export_hint = EXPORT_HINT
    web = d.state.get("web") or {}
    messages = web.get("messages") or [{"role": t["role"], "content": t["text"]} for t in d.transcript]
    return iv, messages, iv.form


def store_notices() -> str:
    """What the draft store had to repair since it was last asked (a damaged file set aside), once."""
    mod = _optional("assistant.interview.store_repair")
    return " ".join(mod.take_notices()) if mod is not None else ""


def list_drafts(owner: str = "") -> list[tuple[str, str]]:
    """(label, draft id) pairs, newest first, for the resume dropdown. The label changes only when the
    title or the minute of the last change does: the page is sent a new dropdown only then (issue 14: a
    dropdown update rebuilds the component on the server, the costliest part of an answer)."""
    store = _store()
    if store is None:
        return []
    return [(f"{d.title} · {time.strftime('%m-%d %H:%M', time.localtime(d.updated))}", d.id)
            for d in store.list(owner=owner)]
