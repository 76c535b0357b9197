"""Goal drafting: an annual and a long-term goal composed from the form's own indicators and facts.

What, how many, by when, to what standard, for whom — every number in a drafted goal is taken
from the form (an indicator value, the funding total or the project period); nothing is
invented. Indicators that a rule flags (vague, out of range, no unit, copied from another
form…) are left out so a weak value is not repeated in the goal. Pure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .judgement import offline_judgements
from .library import month_deadline
from .model import BENEFIT_KINDS, Declaration, Indicator, category_of, indicator_path
from .rules import check
from .values import parse_value

# Findings that make an indicator unfit to quote in a goal.
_UNFIT = {"indicator_vague", "indicator_unit_missing", "percent_out_of_range", "satisfaction_target_low",
          "cost_indicator_not_monetary", "indicator_input_as_output", "indicator_value_missing",
          "indicator_duplicate", "indicator_irrelevant"}
_ORDER = ("数量指标", "质量指标", "时效指标", "成本指标", "效益指标", "满意度指标")
_PER_CATEGORY = {"数量指标": 3, "质量指标": 2, "时效指标": 1, "成本指标": 1, "效益指标": 2, "满意度指标": 1}
_HAS_DIGIT = re.compile(r"\d")
# a plain value: direction, number, unit (or a dated target) — no prose that would garble the sentence
_CLEAN_VALUE = re.compile(r"\s*(?:≥|≤|>=|<=|≧|≦|>|<|=|＝|＞|＜)?\s*[^，,；;。\s]{1,20}\s*")
_CLAUSE = re.compile(r"[，。；;,！!？?\n]")


@dataclass
class DraftGoals:
    annual: list[str] = field(default_factory=list)
    long_term: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)   # field paths the goals were built from

    def to_json(self) -> dict:
        return {"annual": self.annual, "long_term": self.long_term, "sources": self.sources}


def draft_goals(form: Declaration) -> DraftGoals:
    """Propose goals for the form. Numbers come only from the form."""
    unfit = _unfit_paths(form)
    rows = _usable(form, "annual", unfit)
    sources: list[str] = []
    annual = _annual(form, rows, sources)
    lt_rows = _usable(form, "long_term", unfit) or rows
    long_term = _long_term(form, lt_rows, sources)
    return DraftGoals(annual=[annual], long_term=[long_term], sources=list(dict.fromkeys(sources)))


def _unfit_paths(form: Declaration) -> set[str]:
    findings = [f for f in check(form).findings if f.code in _UNFIT] + offline_judgements(form)
    return {f.field for f in findings if f.code in _UNFIT}


def _bucket(ind: Indicator) -> str:
    cat = category_of(ind)
    if cat in BENEFIT_KINDS or "效益" in ind.level1:
        return "效益指标"
    if "满意" in cat or "满意" in ind.level1 or "满意" in ind.name:
        return "满意度指标"
    return cat


def _usable(form: Declaration, scope: str, unfit: set[str]) -> dict[str, list[tuple[str, Indicator]]]:
    out: dict[str, list[tuple[str, Indicator]]] = {}
    seen: set[str] = set()
    for i, ind in enumerate(form.indicators):
        path = indicator_path(form, i)
        if ind.scope != scope or not ind.name or not ind.value or path in unfit or ind.name in seen:
            continue
        if re.search(r"\d\s*[%％‰]|^[*＊※]", ind.name):
            continue             # "*…建设质量达标率100%" ≥98%: a name that carries a figure or a mark of its own is not
            #                      quoted ("…达标率100%保持在98%以上" says two targets)
        pv = parse_value(ind.value)
        if pv.is_formula or not (_HAS_DIGIT.search(ind.value) or pv.is_date) or not _CLEAN_VALUE.fullmatch(ind.value):
            continue
        bucket = _bucket(ind)
        if bucket in _ORDER and len(out.setdefault(bucket, [])) < _PER_CATEGORY[bucket]:
            seen.add(ind.name)
            out[bucket].append((path, ind))
    return out


def _quoted(name: str) -> str:
    """A project's name as a goal quotes it: in quotes, unless it has quotes of its own ("“四好农村路”工作经费" is
    never quoted again: ““四好…")."""
    return name if re.search(r"[“”\"「」『』]", name) else f"“{name}”"


def phrase(ind: Indicator, lasting: bool = False) -> str:
    """An indicator as words: '聘用人数为31人', '验收合格率不低于95%', '总成本控制在24万元以内'."""
    pv = parse_value(ind.value)
    v = ind.value.strip()
    name = re.sub(r"[（(][^()（）]*[)）]$", "", ind.name).strip()
    if pv.is_date:
        return f"{name}在{v}"
    if pv.number is not None and re.search(rf"(?<![\d.]){re.escape(f'{pv.number:g}')}(?![\d.])", name):
        return name          # '村组干部230人' ≥230个: the name says the figure already ('…230人不低于230个' said it twice)
    body = re.sub(r"^\s*(≥|≤|>=|<=|≧|≦|>|<|=|＝|＞|＜)\s*", "", v)
    op = pv.op
    if op in ("≥", ">="):
        if lasting:
            return f"{name}保持在{body}" + ("" if body.endswith("以上") else "以上")
        return f"{name}不低于{body}" if not body.endswith("以上") else f"{name}达到{body}"
    if op == ">":
        return f"{name}高于{body}"
    if op in ("≤", "<="):
        return f"{name}控制在{body}以内" if pv.is_money else f"{name}不超过{body}"
    if op == "<":
        return f"{name}低于{body}"
    return f"{name}为{body}"


def _valid_period(form: Declaration) -> bool:
    ok = re.fullmatch(r"\d{4}-\d{2}", form.start or "") and re.fullmatch(r"\d{4}-\d{2}", form.end or "")
    return bool(ok) and form.start <= form.end


def _deadline(form: Declaration, sources: list[str]) -> str:
    if (_valid_period(form) or not form.start) and (d := month_deadline(form.end)):
        sources.append("end")
        return d
    return ""


def _year(form: Declaration, sources: list[str]) -> str:
    if form.year:
        sources.append("year")
        return f"{form.year}年"
    if re.match(r"\d{4}-", form.start or ""):
        sources.append("start")
        return f"{form.start[:4]}年"
    return "本年度"


def _project(form: Declaration, sources: list[str]) -> str:
    who = form.unit or form.department
    if who:
        sources.append("unit" if form.unit else "department")
    name = form.project_name.strip()
    if name:
        sources.append("project_name")
    what = f"实施{_quoted(name)}" if name else "实施本项目"
    if form.funding.total:
        sources.append("funding.total")
        what += f"（资金{form.funding.total:g}万元）"
    return f"{who}{what}" if who else what


def _overview_facts(form: Declaration, sources: list[str], limit: int = 2) -> list[str]:
    """Clauses of the overview that state a quantity (used when no indicator states one)."""
    out = []
    for clause in _CLAUSE.split(form.overview or ""):
        c = clause.strip(" \t…⋯.·、：:")
        if _HAS_DIGIT.search(c) and not re.search(r"万元|元", c) and len(c) <= 40:
            out.append(c)
        if len(out) >= limit:
            break
    if out:
        sources.append("overview")
    return out


def _annual(form: Declaration, rows, sources: list[str]) -> str:
    head = f"{_year(form, sources)}，{_project(form, sources)}"
    parts: list[str] = []
    for cat in _ORDER:
        for path, ind in rows.get(cat, []):
            parts.append(phrase(ind))
            sources.append(path)
    if not rows.get("数量指标"):
        parts = _overview_facts(form, sources) + parts
    deadline = _deadline(form, sources)
    body = "，".join(parts)
    text = f"{head}：{body}" if body else head
    return text + (f"，全部任务于{deadline}完成。" if deadline else "。")


def _span(form: Declaration, sources: list[str]) -> str:
    a, b = form.start[:4], form.end[:4]
    if _valid_period(form):
        sources += ["start", "end"]
        return f"{a}—{b}年" if a != b else f"项目实施期（{a}年{int(form.start[5:7])}月至{int(form.end[5:7])}月）内"
    return "项目实施期内"


def _long_term(form: Declaration, rows, sources: list[str]) -> str:
    span = _span(form, sources)
    parts = []
    for cat in ("效益指标", "满意度指标", "质量指标"):
        for path, ind in rows.get(cat, []):
            parts.append(phrase(ind, lasting=True))
            sources.append(path)
    if not parts:
        for path, ind in rows.get("数量指标", []):
            parts.append(phrase(ind))
            sources.append(path)
    subject = _quoted(form.project_name) if form.project_name else "本项目"
    if not parts:
        return f"{span}，持续实施{subject}，按年度目标完成各项任务并巩固实施成效。"
    return f"{span}，持续实施{subject}，{'，'.join(parts)}。"
