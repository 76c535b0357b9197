"""The interview: a state over a Declaration that asks the next most useful question.

Pure Python, no UI, no I/O (the store saves it; the CLI and the web app print it).

    iv = Interview()                       # or Interview(form, source="申报表.docx", locations=result.provenance)
    q = iv.next_question()                 # Question(field="project_name", text=..., example=..., choices=[...])
    print(q.render())                      # the question as shown to the applicant (Chinese)
    reply = iv.answer("我们信访局今年要聘4个人，每人每月5000")
    reply.said                             # ["已记录：项目单位：信访局；资金总额：24万元（计算得出：…）…"]
    reply.changed                          # paths changed this turn: ["unit", "funding.total", ...]
    reply.question                         # the next Question, or None when done (reply.done)
    iv.form                                # the Declaration so far;  iv.report() → rules.check(iv.form)
    iv.unconfirmed_numbers()               # numbers never stated or confirmed (show before export)
    iv.set_form(edited, "已按表格修改")       # an edit made outside the chat; changed values become stated
    state = iv.to_state(); Interview.from_state(state)   # JSON-safe, for the DraftStore

Answers may be free text for the asked field, "跳过"/empty (skip), "返回"/"上一步" (undo the
last answer and ask again), or a correction of any field ("改一下：总额是30万"). Every answer
fills all fields it supports; a field already filled is never asked again. Indicator
categories are offered as numbered choices (assistant.library.recommend); goals are proposed
(assistant.goaldraft.draft_goals). Once everything is asked, suggested numbers are put up for
confirmation and the rules' remaining errors are offered as fixes.

``extractor``: ``(text, ctx: answers.Context) -> answers.Patch``; the default is the offline
``extract.extract``. An LLM extractor (``llm_extract.LLMExtractor``) plugs in the same way; its
values pass through the same apply rules and ``rules.check``.
"""
from __future__ import annotations

import copy
import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, Callable

from ..caps import ANSWER, cap_form
from ..findings import Report
from ..model import Declaration
from ..rules import check
from . import answers as A
from . import flow
from .answers import Context, Fill, Patch
from .apply import apply, describe
from .derive import complete_funding, derive, item_periods
from .edits import parse_edit
from .extract import extract
from .provenance import Provenance, Source, mark_all, unconfirmed_numbers
from .questions import Question

Extractor = Callable[[str, Context], Patch]
HISTORY = 20


@dataclass
class Reply:
    said: list[str] = field(default_factory=list)     # what the assistant says before the next question
    changed: list[str] = field(default_factory=list)  # field paths changed by this answer
    question: Question | None = None                  # the next question; None when done
    done: bool = False

    def lines(self) -> list[str]:
        """Everything to show, the next question last."""
        return self.said + ([self.question.render()] if self.question else [])


class Interview:
    def __init__(self, form: Declaration | None = None, *, provenance: Provenance | None = None,
                 source: str = "", locations: dict[str, str] | None = None,
                 extractor: Extractor | None = None, today: _dt.date | None = None):
        self.form = form.model_copy(deep=True) if form is not None else Declaration()
        self.provenance = provenance if provenance is not None else Provenance()
        if form is not None and provenance is None:
            mark_all(self.form, self.provenance, Source("imported", source or "导入的申报表"), locations)
        self.extractor: Extractor = extractor or extract
        self.today = today or _dt.date.today()
        self.facts: dict[str, Any] = {}
        self.skipped: list[str] = []       # fields the applicant skipped (not asked again in the main pass)
        self.settled: list[str] = []       # review steps answered (fixes applied or declined, confirmations)
        self.transcript: list[dict[str, str]] = []
        self.turn = 0
        self.pending: Question | None = None
        self.history: list[dict] = []

    # --- asking ---------------------------------------------------------------------
    def opening(self) -> list[str]:
        """Greeting and the first question."""
        intro = ("您好！我是绩效目标申报助手，会一步步帮您填好《项目支出绩效目标申报表》。"
                 "直接用平常的话回答即可；说“跳过”先跳过，说“返回”回到上一步，说“改一下：总额是30万”可随时修改。")
        if self.form != Declaration():
            intro = f"已载入申报表「{self.form.project_name or '未命名'}」，我来帮您补齐缺少的内容。"
        q = self.next_question()
        out = [intro] + ([q.render()] if q else [flow.complete_summary(self)])
        for line in out:
            self._log("assistant", line)
        return out

    def next_question(self) -> Question | None:
        if self.pending is None:
            self.pending = flow.pick(self)
        return self.pending

    @property
    def done(self) -> bool:
        return self.next_question() is None

    # --- answering --------------------------------------------------------------------
    def answer(self, text: str) -> Reply:
        text = (text or "").strip()
        long = len(text) > ANSWER
        text = text[:ANSWER]        # an answer is bounded like any value (caps.py): a pasted book is cut, and said so
        self._log("user", text)
        if A.is_back(text):
            reply = self._back()
        else:
            q = self.next_question()
            self.history.append(self.to_state(history=False))
            del self.history[:-HISTORY]
            self.turn += 1
            reply = Reply()
            edit = parse_edit(text, self.form) if q is None or q.kind != "indicators" or "改" in text[:3] else None
            if edit:
                flow.correct(self, edit, text, reply)
            elif q is None:
                reply.said.append("申报表已经填完。如需修改，可以说“改一下：……”。")
            elif A.is_skip(text):
                self._skip(q, reply)
            else:
                flow.handle(self, q, text, reply)
            self._after(reply)
            self.pending = None
        if long:
            reply.said.insert(0, f"您的回答超过 {ANSWER:,} 字，只读取了前 {ANSWER:,} 字。")
        reply.question = self.next_question()
        reply.done = reply.question is None
        if reply.done and not any("全部问题" in s for s in reply.said):
            reply.said.append(flow.closing(self))
        for line in reply.lines():
            self._log("assistant", line)
        return reply

    def _skip(self, q: Question, reply: Reply) -> None:
        if q.key:
            self.settled.append(q.key)
        elif q.field not in self.skipped:
            self.skipped.append(q.field)
        if q.field == "funding":
            self.apply_patch(complete_funding(self.form), reply)
        reply.said.append("好的，先跳过这一项。")

    def _back(self) -> Reply:
        reply = Reply()
        if not self.history:
            reply.said.append("已经是第一步了。")
            return reply
        transcript = self.transcript
        self._restore(self.history.pop())
        self.transcript = transcript
        reply.said.append("好的，回到上一步。")
        self.pending = None
        return reply

    def _after(self, reply: Reply) -> None:
        for _ in range(3):
            before = len(reply.changed)
            src = self.provenance.get("funding.total")
            self.apply_patch(derive(self.form, self.facts, total_stated=bool(src and src.confirmed)), reply)
            self.apply_patch(item_periods(self.form), reply)
            flow.recompute(self, reply)
            if self.form.year is None and self.form.start[:4].isdigit():
                self.apply_patch(Patch([Fill("year", int(self.form.start[:4]), kind="computed", detail="项目开始年份")]),
                                 reply)
            if len(reply.changed) == before:
                break
        if reply.changed:
            shown = [describe(self.form, self.provenance, p) for p in dict.fromkeys(reply.changed)
                     if not p.startswith("budget_items[") and p != "year"]
            if shown:
                reply.said.insert(0, "已记录：" + "；".join(shown) + "。")

    def apply_patch(self, patch: Patch, reply: Reply) -> None:
        for k, v in patch.facts.items():
            if k == "quantities":
                have = self.facts.setdefault("quantities", [])
                have.extend(q for q in v if q not in have)
            else:
                self.facts[k] = v
        for f in patch.fills:
            changed = apply(self.form, self.provenance, f, self.turn)
            if changed:
                reply.changed.append(changed)
        noted = self.facts.setdefault("noted", [])
        for n in patch.notes:
            if n not in noted:      # each remark is made once per draft
                noted.append(n)
                reply.said.append(n)

    def context(self, asked: str | None) -> Context:
        q = self.pending
        return Context(asked=asked, year=self.form.year or self.facts.get("year"), this_year=self.today.year,
                       unit=self.form.unit, project_name=self.form.project_name,
                       question=q.render() if q is not None and q.field == asked else "")

    # --- outside edits, provenance, rules ---------------------------------------------
    def set_form(self, form: Declaration, note: str = "在表格中修改") -> list[str]:
        """Replace the form (an edit in the app's table, an applied correction); the values
        that changed are recorded as stated by the applicant with ``note``."""
        return flow.replace_form(self, form, note)

    def confirm(self, paths: list[str] | None = None) -> list[str]:
        """Mark suggested/computed values as confirmed (all unconfirmed ones when ``paths`` is None).

        What to ask next is picked afresh, so a pending "请核对以下数字" question does not ask
        about numbers just confirmed."""
        todo = paths if paths is not None else [u.path for u in self.unconfirmed_numbers()]
        done = []
        for p in todo:
            src = self.provenance.get(p)
            if src is None:
                self.provenance.set(p, Source("stated", "申报人确认", self.turn))
                done.append(p)
            elif self.provenance.confirm(p, self.turn):
                done.append(p)
        if done:
            self.pending = None
        return done

    def unconfirmed_numbers(self):
        return unconfirmed_numbers(self.form, self.provenance)

    def report(self) -> Report:
        return check(self.form, today=None)

    # --- state ------------------------------------------------------------------------
    def to_state(self, history: bool = True) -> dict[str, Any]:
        state = {"form": self.form.to_json(), "provenance": self.provenance.to_json(), "facts": copy.deepcopy(self.facts),
                 "skipped": list(self.skipped), "settled": list(self.settled), "turn": self.turn,
                 "today": self.today.isoformat()}
        if history:
            state["history"] = list(self.history)
            state["transcript"] = list(self.transcript)
        return state

    @classmethod
    def from_state(cls, state: dict[str, Any], extractor: Extractor | None = None) -> "Interview":
        iv = cls(extractor=extractor, today=_dt.date.fromisoformat(state.get("today") or _dt.date.today().isoformat()))
        iv._restore(state)
        cap_form(iv.form)                 # a draft saved before values were bounded (caps.py)
        iv.history = list(state.get("history") or [])
        iv.transcript = list(state.get("transcript") or [])
        return iv

    def _restore(self, state: dict[str, Any]) -> None:
        self.form = Declaration.from_json(state["form"])
        self.provenance = Provenance.from_json(state.get("provenance"))
        self.facts = copy.deepcopy(state.get("facts") or {})
        self.skipped = list(state.get("skipped") or [])
        self.settled = list(state.get("settled") or [])
        self.turn = int(state.get("turn") or 0)
        self.pending = None

    def _log(self, role: str, text: str) -> None:
        if text:
            self.transcript.append({"role": role, "text": text})
