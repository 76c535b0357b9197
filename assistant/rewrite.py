"""Rewriting weak goals and indicator values (issue 6): proposals, each re-checked by the rules.

``propose(form, client=None)`` returns one ``Proposal`` per weak goal or value the rules find.
Offline, goals come from ``goaldraft`` and values from ``rewrite_values`` (the form's own numbers
first, the indicator library's typical values second, marked ``needs_confirmation``). With an LLM
client, the model proposes first (prompts/rewrite.md, form text as DATA); a proposal the rules
reject is asked again once with the reason, and anything still rejected falls back to offline.

Catalogue-v2 findings get the fix that follows from the form (``rewrite_fixes``): an estimate becomes
the form's figure, a date serial its date, a contradicting direction is turned round, the year and
out-of-period dates are aligned with the project period, a figure in the text set to the form's;
only the serial date and an estimate that is the form's own figure are certain, the rest are 待确认.

Every proposal is applied to a copy and checked: it is dropped if its finding stays, if the
field still raises a vague/missing/unit finding, or if any new finding appears. A number in a
proposal that is not in the form always carries ``needs_confirmation``.
"""
from __future__ import annotations

import json
import re
from typing import Callable, Iterable

from pydantic import BaseModel, Field

from . import rewrite_fixes as rf
from . import rewrite_values as rv
from .errors import LLMError
from .goaldraft import draft_goals
from .library import month_deadline
from .model import Declaration
from .rules import check
from .rules.measures import serial_of

# catalogue v2 codes whose fix follows from the form (assistant/rewrite_fixes.py), in the order they apply
V2_FIX_CODES = ("year_period_mismatch", "indicator_value_serial_date", "indicator_direction_conflict",
                "text_number_mismatch", "text_approximate", "date_outside_period")
TARGET_CODES = ("goal_annual_missing", "goal_long_term_missing", "goal_vague", "indicator_vague",
                "indicator_unit_missing", "cost_indicator_not_monetary", "satisfaction_target_low") + V2_FIX_CODES
_FIELD_CODES = {"goal_annual_missing", "goal_long_term_missing", "goal_vague", "indicator_vague",
                "indicator_unit_missing", "indicator_value_missing", "indicator_name_missing",
                "cost_indicator_not_monetary", "satisfaction_target_low", *V2_FIX_CODES}
_NUM = re.compile(r"\d+(?:\.\d+)?")


class Proposal(BaseModel):
    """One suggested replacement for a weak goal or indicator value."""
    field: str = Field(description="字段路径，如 goals.annual[0]、indicators:聘用人数")
    original: str = Field("", description="原文")
    proposal: str = Field(description="建议改为")
    reason: str = Field("", description="理由与数值来源")
    needs_confirmation: bool = Field(False, description="含有申报表中没有的数值，需申报人确认")
    code: str = Field("", description="针对的问题代码")
    source: str = Field("offline", description="offline | llm")

    def to_json(self) -> dict:
        return self.model_dump()


class LLMProposal(BaseModel):
    field: str = Field(description="待改写项的字段路径，必须是待改写清单中的一项")
    proposal: str = Field(description="改写后的目标或指标值")
    reason: str = Field("", description="改写理由，说明数值来自申报表的哪里")
    needs_confirmation: bool = Field(True, description="数值不是申报表中已有的数字时为 true")


class RewriteAnswer(BaseModel):
    proposals: list[LLMProposal] = Field(default_factory=list)


# --- public ------------------------------------------------------------------------------

def targets(form: Declaration) -> list[tuple[str, str]]:
    """(code, field) of every finding a rewrite addresses, in report order, one per field."""
    return [(codes[0], field) for field, codes in _field_codes(form).items()]


def _field_codes(form: Declaration) -> dict[str, list[str]]:
    """field → every weak code raised on it, in report order."""
    out: dict[str, list[str]] = {}
    for f in check(form).findings:
        if f.code in TARGET_CODES and f.code not in out.get(f.field, []):
            out.setdefault(f.field, []).append(f.code)
    return out


def propose(form: Declaration, client=None, warn: Callable[[str], None] | None = None) -> list[Proposal]:
    """Proposals for every weak goal/value finding; each one passed the rules before it is returned."""
    todo = targets(form)
    if not todo:
        return []
    known = form_numbers(form)
    llm: dict[str, list[Proposal]] = {}
    if client is not None:
        try:
            llm = _llm_candidates(form, todo, client, known)
        except LLMError as e:
            (warn or (lambda m: None))(f"大模型改写失败，已改用离线改写：{e}")
    out: list[Proposal] = []
    current, left = _fix_each(form, todo, llm, _offline_candidates(form, todo), known, out)
    if left and out:      # drafted again from the form as fixed so far: once the year is set right, the annual
        first = len(out)      # goal drafted with it no longer falls outside the period
        current, left = _fix_each(current, [(c, f) for c, f, _ in left], llm,
                                  _offline_candidates(current, [(c, f) for c, f, _ in left]), known, out)
        for p in out[first:]:
            p.reason += "（按采用了上面各条建议后的表拟写）"
    deferred = []
    for code, _, cands in left:
        # e.g. one of several cost parts: alone it breaks the parts-sum rule, together they add up
        fixing = next((c for c in cands if verify(current, c, code, allow_new=True) == ""), None)
        if fixing is not None:
            deferred.append((code, fixing))
    if deferred:
        joint = apply(current, [p for _, p in deferred])
        if not (_keys(joint) - _keys(form)) and all(_fixed(joint, p, c) for c, p in deferred):
            out += [p for _, p in deferred]
    return out


def _fix_each(current: Declaration, todo: list[tuple[str, str]], llm: dict, offline: dict, known: set[float],
              out: list[Proposal]) -> tuple[Declaration, list[tuple[str, str, list[Proposal]]]]:
    """Each finding's first candidate that fixes it and adds none, applied in turn; the rest left with theirs."""
    left = []
    for code, field in todo:
        cands = [_traced(c, known) for c in llm.get(field, []) + offline.get(field, [])]
        cand = next((c for c in cands if not verify(current, c, code)), None)
        if cand is None:
            left.append((code, field, cands))
            continue
        current = apply(current, [cand])
        out.append(cand)
    return current, left


def verify(form: Declaration, p: Proposal, code: str, allow_new: bool = False) -> str:
    """'' when the proposal fixes its finding and adds none; else the reason (Chinese) it is rejected."""
    if not p.proposal.strip():
        return "改写内容为空"
    try:
        after = apply(form, [p])
    except (KeyError, IndexError, ValueError) as e:
        return f"无法应用到字段 {p.field}：{e}"
    before = _keys(form)
    now = _keys(after)
    field = _norm_field(p.field)
    if (code, field) in now or any(f == field and c in _FIELD_CODES for c, f in now):
        still = sorted(c for c, f in now if f == field and c in _FIELD_CODES)
        return f"改写后该字段仍有问题（{'、'.join(still) or code}）"
    new = sorted(now - before)
    if new and not allow_new:
        return "改写后出现新问题：" + "；".join(f"{c}（{f}）" for c, f in new)
    return ""


def apply(form: Declaration, proposals: Iterable[Proposal]) -> Declaration:
    """A copy of the form with the proposals applied (pure)."""
    data = form.to_json()
    for p in proposals:
        _set(data, p)
    return Declaration.from_json(data)


def rewrite_text(text: str, context: Declaration | None = None, client=None,
                 warn: Callable[[str], None] | None = None) -> list[Proposal]:
    """Proposals for one goal sentence, using the form it belongs to (when given) for its numbers."""
    form = (context.model_copy(deep=True) if context is not None else Declaration())
    form.goals.annual = [text]
    return [p for p in propose(form, client=client, warn=warn) if p.field.startswith("goals.annual")]


def form_numbers(form: Declaration) -> set[float]:
    """Every number written anywhere in the form (what a proposal may use without confirmation),
    with the year, month and day of each Excel date serial in it (the same fact, converted exactly)."""
    nums = {float(n) for n in _NUM.findall(json.dumps(form.to_json(), ensure_ascii=False))}
    for ind in form.indicators:
        if (s := serial_of(ind)) is not None:
            nums |= {float(s.date.year), float(s.date.month), float(s.date.day)}
    return nums


# --- offline -----------------------------------------------------------------------------

def _offline_candidates(form: Declaration, todo: list[tuple[str, str]]) -> dict[str, list[Proposal]]:
    out: dict[str, list[Proposal]] = {}
    codes = _field_codes(form)
    drafts = None
    vague_goals = 0
    for code, field in todo:
        original = _get(form, field)
        if code.startswith("goal_"):
            drafts = drafts or draft_goals(form)
            if code == "goal_long_term_missing":
                texts, why = drafts.long_term, "根据本表的指标和实施期拟写中长期目标"
            elif code == "goal_vague" and vague_goals:
                texts, why = [_with_deadline(form, original)], "补上项目实施期限，使目标可衡量"
            else:
                texts, why = drafts.annual, "根据本表的指标和资金拟写年度目标（做什么、多少、何时完成、达到什么标准）"
            vague_goals += code == "goal_vague"
            out[field] = [Proposal(field=field, original=original, proposal=t, reason=why, code=code) for t in texts if t]
            continue
        if code in V2_FIX_CODES:
            if (c := _v2_fix(form, field, codes.get(field, [code]))) is not None:
                out[field] = [Proposal(field=field, original=_get(form, field), proposal=c.value, reason=c.reason,
                                       needs_confirmation=not c.from_form, code=code)]
            continue
        ind = _indicator(form, field, code)
        if ind is None:
            continue
        original = ind.value
        cands: list = []
        for c in sorted(codes.get(field, [code]), key=_MAKER_ORDER.index):
            cands += _MAKERS[c](form, ind)
        out[field] = [Proposal(field=field, original=original, proposal=c.value, reason=c.reason,
                               needs_confirmation=not c.from_form, code=code) for c in cands]
    return out


def _v2_fix(form: Declaration, field: str, codes: list[str]) -> rv.Candidate | None:
    """One candidate fixing every catalogue-v2 finding on the field in turn (a text may hold a wrong
    total and an estimate); certain only when each step is."""
    if "year_period_mismatch" in codes:
        return rf.align_year(form)
    ind = _indicator(form, field, codes[0]) if field.startswith("indicators") else None
    if ind is not None and "indicator_value_serial_date" in codes:
        return rf.serial(ind)
    if ind is not None and "indicator_direction_conflict" in codes:
        return rf.flip(ind)
    text, steps = _get(form, field), []
    for code in ("text_number_mismatch", "text_approximate", "date_outside_period"):
        if code in codes:
            c = (rf.figure_from_form(form, field, text) if code == "text_number_mismatch" else
                 rf.approximate(form, text) if code == "text_approximate" else rf.align_dates(form, text))
            if c is not None:
                text = c.value
                steps.append(c)
    if not steps:
        return None
    return rv.Candidate(text, all(c.from_form for c in steps), "；".join(c.reason for c in steps))


_MAKERS = {"cost_indicator_not_monetary": rv.cost_candidates, "satisfaction_target_low": rv.satisfaction_candidates,
           "indicator_vague": rv.vague_candidates, "indicator_unit_missing": rv.unit_candidates}
_MAKER_ORDER = list(_MAKERS)


def _with_deadline(form: Declaration, text: str) -> str:
    d = month_deadline(form.end)
    return f"{text.rstrip('。；; ')}，于{d}完成。" if d else ""


def _traced(p: Proposal, known: set[float]) -> Proposal:
    """Mark for confirmation any proposal carrying a number the form does not contain."""
    extra = [n for n in _NUM.findall(p.proposal) if float(n) not in known]
    if extra and not p.needs_confirmation:
        return p.model_copy(update={"needs_confirmation": True,
                                    "reason": p.reason + f"（数值{'、'.join(extra)}不在申报表中，请确认）"})
    return p


# --- LLM ---------------------------------------------------------------------------------

def _llm_candidates(form: Declaration, todo: list[tuple[str, str]], client, known: set[float]) -> dict[str, list[Proposal]]:
    codes = dict((f, c) for c, f in todo)
    data = _data(form, todo)
    accepted: dict[str, list[Proposal]] = {}
    feedback = "（首次改写，无）"
    for _attempt in range(2):
        answer = client.structured("rewrite", {"feedback": feedback}, RewriteAnswer, data=data)
        rejected = []
        for lp in answer.proposals:
            field = _norm_field(lp.field)
            if field not in codes or field in accepted:
                continue
            p = _traced(Proposal(field=field, original=_get(form, field), proposal=lp.proposal.strip(),
                                 reason=lp.reason, needs_confirmation=lp.needs_confirmation, code=codes[field],
                                 source="llm"), known)
            why = verify(form, p, codes[field])
            if why:
                rejected.append(f"- {field}：{why}")
            else:
                accepted[field] = [p]
        missing = [f for f in codes if f not in accepted]
        if not rejected or not missing:
            break
        feedback = "以下改写未通过规则检查，请只重新给出这些字段的改写：\n" + "\n".join(rejected)
    return accepted


def _data(form: Declaration, todo: list[tuple[str, str]]) -> str:
    """The form and the items to rewrite, as the DATA block of prompts/rewrite.md."""
    lines = [f"项目名称：{form.project_name}", f"项目单位：{form.unit}", f"实施期：{form.start}至{form.end}",
             f"资金总额（万元）：{form.funding.total if form.funding.total is not None else ''}",
             f"项目概况：{form.overview}"]
    lines += [f"预算明细：{b.name} {'' if b.amount is None else f'{b.amount:g}万元'}" for b in form.budget_items]
    lines += [f"年度目标{i + 1}：{g}" for i, g in enumerate(form.goals.annual)]
    lines += [f"中长期目标{i + 1}：{g}" for i, g in enumerate(form.goals.long_term)]
    lines += [f"指标：{i.level1}/{i.level2}/{i.name}：{i.value}" for i in form.indicators]
    lines.append("待改写清单：")
    lines += [f"- 字段 {f}（问题 {c}）原文：{_get(form, f)}" for c, f in todo]
    return "\n".join(lines)


# --- field access ------------------------------------------------------------------------

_GOAL = re.compile(r"^goals\.(annual|long_term)(?:\[(\d+)\])?$")
_IND_POS = re.compile(r"^indicators\[(\d+)\]$")


def _norm_field(field: str) -> str:
    return (field or "").strip()


def _indicator(form: Declaration, field: str, code: str | None = None):
    """The row a field path names; among rows sharing a name, the one that raises ``code``."""
    if (m := _IND_POS.match(field)):
        i = int(m.group(1))
        return form.indicators[i] if i < len(form.indicators) else None
    if field.startswith("indicators:"):
        name = field.split(":", 1)[1]
        rows = [i for i in form.indicators if i.name == name]
        if len(rows) > 1 and code:
            for r in rows:
                if check(Declaration(indicators=[r]), only={code}).findings:
                    return r
        return next((i for i in rows if i.scope == "annual"), rows[0] if rows else None)
    return None


_TEXT_KEYS = ("overview", "basis", "necessity", "unit_functions")


def _get(form: Declaration, field: str) -> str:
    if field == "year":
        return "" if form.year is None else str(form.year)
    if field in _TEXT_KEYS:
        return getattr(form, field)
    if (m := _GOAL.match(field)):
        items = getattr(form.goals, m.group(1))
        if m.group(2) is None:
            return "；".join(items)
        i = int(m.group(2))
        return items[i] if i < len(items) else ""
    ind = _indicator(form, field, _field_codes(form).get(field, [None])[0])
    return ind.value if ind is not None else ""


def _set(data: dict, p: Proposal) -> None:
    field = _norm_field(p.field)
    if field == "year":
        data["year"] = int(p.proposal)
        return
    if field in _TEXT_KEYS:
        data[field] = p.proposal
        return
    if (m := _GOAL.match(field)):
        items = data["goals"][m.group(1)]
        if m.group(2) is None:
            data["goals"][m.group(1)] = [p.proposal]
        else:
            items[int(m.group(2))] = p.proposal
        return
    rows = data["indicators"]
    if (m := _IND_POS.match(field)):
        rows[int(m.group(1))]["value"] = p.proposal
        return
    if field.startswith("indicators:"):
        name = field.split(":", 1)[1]
        hits = [r for r in rows if r["name"] == name]
        if not hits:
            raise KeyError(f"没有名为「{name}」的指标")
        row = next((r for r in hits if r["value"] == p.original), None) or \
            next((r for r in hits if r["scope"] == "annual"), hits[0])
        row["value"] = p.proposal
        return
    raise KeyError(f"不支持改写的字段：{field}")


def _fixed(form: Declaration, p: Proposal, code: str) -> bool:
    field = _norm_field(p.field)
    return not any(f == field and (c == code or c in _FIELD_CODES) for c, f in _keys(form))


def _keys(form: Declaration) -> set[tuple[str, str]]:
    return {(f.code, f.field) for f in check(form).findings}
