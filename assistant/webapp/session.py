"""One browser session's draft: the form, the conversation and the interview driving it.

A ``WebSession`` lives in a ``gr.State`` (one per browser tab, never shared). Every
change goes through the interview when one is available so provenance and the
"never stated or confirmed" list stay right, and every turn is saved to the DraftStore.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Declaration
from ..review_one import ReviewResult, review_form
from . import drafting


@dataclass
class WebSession:
    owner: str = ""
    draft_id: str | None = None
    interview: Any = None
    messages: list[dict] = field(default_factory=list)
    form_only: Declaration | None = None     # used only while no interview engine is installed
    last_changed: list[str] = field(default_factory=list)

    @property
    def form(self) -> Declaration:
        if self.interview is not None:
            return drafting.form_of(self.interview)
        return self.form_only or Declaration()

    def review(self) -> ReviewResult:
        return review_form(self.form)

    def say(self, role: str, text: str) -> None:
        if text:
            self.messages.append({"role": role, "content": text})


def start(owner: str = "", form: Declaration | None = None, source: str = "",
          locations: dict[str, str] | None = None) -> WebSession:
    """A fresh draft (optionally seeded from an imported form) with the first question asked."""
    s = WebSession(owner=owner)
    s.interview = drafting.new_interview(form, source=source, locations=locations)
    if s.interview is None:
        s.form_only = form or Declaration()
        s.say("assistant", "您好！我是绩效目标申报助手。" + drafting.ENGINE_MISSING)
    else:
        for line in drafting.opening(s.interview):
            s.say("assistant", line)
    s.draft_id = drafting.save(s.interview, s.messages, owner, s.draft_id, form=s.form)
    return s


def answer(s: WebSession, text: str) -> WebSession:
    text = (text or "").strip()
    if not text:
        return s
    s.say("user", text)
    if s.interview is None:
        s.say("assistant", drafting.ENGINE_MISSING)
        return s
    before = s.form.to_json()
    for line in drafting.answer(s.interview, text):
        s.say("assistant", line)
    s.last_changed = _changed_paths(before, s.form.to_json())
    s.draft_id = drafting.save(s.interview, s.messages, s.owner, s.draft_id)
    return s


def replace_form(s: WebSession, form: Declaration, note: str) -> WebSession:
    """An edit made outside the chat (indicator table, applied correction, accepted rewrite)."""
    before = s.form.to_json()
    if s.interview is None:
        s.form_only = form
    else:
        drafting.set_form(s.interview, form, note)
    s.last_changed = _changed_paths(before, form.to_json())
    s.say("assistant", note)
    s.draft_id = drafting.save(s.interview, s.messages, s.owner, s.draft_id, form=s.form)
    return s


def resume(draft_id: str, owner: str = "") -> WebSession:
    interview, messages, form = drafting.load(draft_id, owner)
    s = WebSession(owner=owner, draft_id=draft_id, interview=interview, messages=list(messages))
    if interview is None:
        s.form_only = form
    s.say("assistant", f"已恢复草稿「{s.form.project_name or draft_id}」，可以接着填写。")
    nxt = drafting.next_question(interview) if interview is not None else ""
    if nxt:
        s.say("assistant", nxt)
    return s


def _changed_paths(before: dict, after: dict, prefix: str = "") -> list[str]:
    out = []
    for k in after:
        a, b = before.get(k), after.get(k)
        path = f"{prefix}{k}"
        if isinstance(a, dict) and isinstance(b, dict):
            out += _changed_paths(a, b, path + ".")
        elif a != b:
            out.append(path)
    return out
