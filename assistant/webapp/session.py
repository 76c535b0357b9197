"""One browser session's draft: the form, the conversation and the interview driving it.

A ``WebSession`` lives in a ``gr.State`` (one per browser tab, never shared). Every
change goes through the interview when one is available so provenance and the
"never stated or confirmed" list stay right, and every turn is saved to the DraftStore. A
blank draft is not stored until it has an answer or an edit (opening the page creates nothing);
an imported one is stored at once.

With a model configured the session's ``engine`` is the LLM one. A turn the model fails
(``LLMError``) is read offline by the extractor itself; any other error in the LLM path undoes
the turn, switches the session to offline and reads the answer again. Either way the answer,
the draft and the rule findings are kept and ``warnings`` says what happened.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from ..model import Declaration
from ..review_one import ReviewResult, review_form
from . import drafting
from .llm import Engine

log = logging.getLogger("jixiao.webapp")


@dataclass
class WebSession:
    owner: str = ""
    draft_id: str | None = None
    interview: Any = None
    messages: list[dict] = field(default_factory=list)
    form_only: Declaration | None = None     # used only while no interview engine is installed
    last_changed: list[str] = field(default_factory=list)
    engine: Engine = field(default_factory=Engine)
    warnings: list[str] = field(default_factory=list)   # shown once in the notice line, then cleared
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)  # one event at a time
    sent: dict = field(default_factory=dict, repr=False, compare=False)  # what the page shows (layout skips repeats)
    clicked: dict | None = field(default=None, repr=False, compare=False)  # the interview before a click on a field

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

    def take_warnings(self) -> str:
        out, self.warnings = " ".join(self.warnings), []
        return out


def start(owner: str = "", form: Declaration | None = None, source: str = "",
          locations: dict[str, str] | None = None, engine: Engine | None = None) -> WebSession:
    """A fresh draft (optionally seeded from an imported form) with the first question asked."""
    s = WebSession(owner=owner, engine=engine if engine is not None else Engine.for_settings())
    s.interview = drafting.new_interview(form, source=source, locations=locations, engine=s.engine)
    if s.interview is None:
        s.form_only = form or Declaration()
        s.say("assistant", "您好！我是绩效目标申报助手。" + drafting.ENGINE_MISSING)
    else:
        for line in drafting.opening(s.interview):
            s.say("assistant", line)
    if form is not None:        # an import is kept at once; a blank draft only from its first answer
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
    clicked, s.clicked = s.clicked, None
    if clicked is not None and _back_from_click(s, clicked, text):
        return s
    before = s.form.to_json()
    for line in _answer(s, text):
        s.say("assistant", line)
    s.last_changed = _changed_paths(before, s.form.to_json())
    _keep(s)
    return s


def _back_from_click(s: WebSession, clicked: dict, text: str) -> bool:
    """返回 right after a click on a field of the preview: back to the question she was on, undoing
    nothing (the interview's own 返回 undoes her last answer). False when it is not that."""
    q = drafting.pending_question(s.interview)
    if q is None or q.key != clicked["key"] or q.field != clicked["field"] or not drafting.goes_back(s.interview, text):
        return False
    s.interview = drafting.restore(clicked["state"], engine=s.engine)
    s.interview.pending = clicked["pending"]
    s.say("assistant", "好的，回到刚才的问题。")
    s.say("assistant", drafting.next_question(s.interview))
    s.last_changed = []
    _keep(s)
    return True


def _answer(s: WebSession, text: str) -> list[str]:
    """The interview's reply lines; an LLM turn that fails is read offline, with a warning."""
    eng = s.engine
    if not eng.active:
        if eng.client is not None:
            drafting.use_offline(s.interview)     # breaker open or switched off: stop asking the model
        return drafting.answer(s.interview, text)
    seen, snapshot = len(eng.failures), s.interview.to_state()
    try:
        lines = drafting.answer(s.interview, text)
    except Exception as e:  # not swallowed: logged, the turn redone offline, the applicant told
        log.exception("大模型访谈回合出错，改用离线引擎")
        eng.disable(f"处理回答时出错（{type(e).__name__}）")
        s.interview = drafting.restore(snapshot)
        s.warnings.append(f"⚠ 大模型处理回答时出错（{type(e).__name__}：{e}），本会话已改用离线引擎；"
                          "您的回答已按离线方式记录，草稿和检查结果不受影响。")
        return drafting.answer(s.interview, text)
    if len(eng.failures) > seen:
        s.warnings.append(f"⚠ 大模型调用失败（{eng.failures[-1]}），本回合已改用离线引擎理解您的回答；"
                          "草稿和检查结果不受影响。")
    return lines


def confirm(s: WebSession, paths: list[str]) -> list[str]:
    """The applicant confirms the listed suggested numbers; the paths confirmed (saved at once)."""
    done = drafting.confirm(s.interview, paths)
    if done:
        s.say("assistant", f"已按您的确认，将 {len(done)} 项系统建议的数值标记为申报人确认。")
        s.last_changed = list(done)
        _keep(s)
    return done


def _keep(s: WebSession) -> None:
    """Save the turn; a draft deleted meanwhile (another tab) is kept as a new one, and said so."""
    before = s.draft_id
    s.draft_id = drafting.save(s.interview, s.messages, s.owner, s.draft_id, form=s.form)
    if before is not None and s.draft_id != before:
        s.warnings.append("原草稿已在其他窗口被删除，当前内容已另存为新草稿。")


def replace_form(s: WebSession, form: Declaration, note: str) -> WebSession:
    """An edit made outside the chat (the preview, a table, an applied correction, an accepted
    rewrite), through the interview: ``note`` is said when something changed, then what the
    interview refused to take (and kept as it was)."""
    before = s.form.to_json()
    s.clicked = None                    # an edit after a click: 返回 no longer means "back to before the click"
    refused: list[str] = []
    if s.interview is None:
        s.form_only = form
    else:
        refused = drafting.set_form(s.interview, form, note)
    s.last_changed = _changed_paths(before, s.form.to_json())
    if s.last_changed or not refused:
        s.say("assistant", note)
    for line in refused:
        s.say("assistant", line)
    _ask_next(s)
    _keep(s)
    return s


def _ask_next(s: WebSession) -> None:
    """After an edit outside the chat, say the question now waiting (unless it was just asked)."""
    nxt = drafting.next_question(s.interview) if s.interview is not None else ""
    if nxt and all(m["content"] != nxt for m in s.messages[-3:]):
        s.say("assistant", nxt)


def ask(s: WebSession, path: str) -> str:
    """The applicant clicked a field: its question becomes the pending one and is shown in the
    chat (not repeated when it is already the last message). Returns the question, or ""."""
    if s.interview is None:
        return ""
    was = drafting.pending_question(s.interview)
    state = s.interview.to_state() if was is not None else None
    text = drafting.ask(s.interview, path)
    now = drafting.pending_question(s.interview)
    if text and state is not None and now is not None and (now.field, now.key) != (was.field, was.key):
        s.clicked = {"state": state, "pending": was, "field": now.field, "key": now.key}
    if text and not (s.messages and s.messages[-1]["content"] == text):
        s.say("assistant", text)
        if s.draft_id is not None:
            _keep(s)
    return text


def resume(draft_id: str, owner: str = "", engine: Engine | None = None) -> WebSession:
    engine = engine if engine is not None else Engine.for_settings()
    interview, messages, form = drafting.load(draft_id, owner, engine=engine)
    s = WebSession(owner=owner, draft_id=draft_id, interview=interview, messages=list(messages), engine=engine)
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
