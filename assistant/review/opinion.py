"""Grade and drafted 审核意见 for one reviewed form (pure: a check record in, text out).

Grade mapping (docs/grading.md), in the spirit of the 财预〔2015〕88号 review outcomes:
优 proceed; 良 the finance bureau and the unit fix it together, then proceed; 中 the unit
revises and resubmits; 差 does not enter the budget. ``info`` findings never change a grade.

- E = error findings that no correction fixes (the unit must rewrite something);
  C = error findings that a correction in the same record fixes mechanically (arithmetic, or an Excel
      date serial whose date the correction gives);
  W = warnings (rules, heuristics and judgement findings alike); the missing contacts count once.
- 差  the core of the goal-setting is absent: E >= 5, or at least 4 of the 6 annual indicator
      categories missing, or no annual goal together with at least 2 missing categories.
- 中  otherwise, E >= 1 or W >= 5.
- 良  otherwise, C >= 1 or W >= 1.
- 优  no error and no warning.
A form whose indicator table could not be read is at best 良 (its indicators were not checked).

``decide`` gives the grade with the line saying why (what capped it, or why it is not lower),
from the same branch that chose the grade; the 审核意见 carries that line.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..findings import UNREAD_INDICATORS, code_title
from ..labels import field_label   # (reports and tests import it from here too)

GRADES = ("优", "良", "中", "差")
POOR_ERRORS = 5            # E at or above this: 差
POOR_MISSING_CATEGORIES = 4
POOR_NO_GOAL_CATEGORIES = 2
FAIR_WARNINGS = 5          # W at or above this (with no E): 中

OUTCOME = {
    "优": "绩效目标明确，指标完整、可衡量，与预算资金匹配，同意按申报内容纳入预算。",
    "良": "总体符合要求，存在少量问题，请项目单位与财政部门共同完善后纳入预算。",
    "中": "存在需要修改的问题，请项目单位按以下意见修改完善后重新申报。",
    "差": "绩效目标或绩效指标严重缺失，暂不纳入预算；请项目单位重新编制绩效目标后再申报。",
}
SEVERITY_TAG = {"error": "错误", "warning": "警告", "info": "提示"}
_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Counts:
    uncorrected_errors: int
    corrected_errors: int
    warnings: int
    missing_categories: int
    no_annual_goal: bool


def _corrected(finding: dict[str, Any], corrections: list[dict[str, Any]]) -> bool:
    f = finding.get("field", "")
    return any(c.get("field") == f or c.get("field", "").startswith(f + ".") or f.startswith(c.get("field", "") + ".")
               for c in corrections) if f else False


def counts(record: dict[str, Any]) -> Counts:
    findings, corrections = record.get("findings", []), record.get("corrections", [])
    errors = [f for f in findings if f.get("severity") == "error"]
    fixed = sum(1 for f in errors if _corrected(f, corrections))
    return Counts(uncorrected_errors=len(errors) - fixed, corrected_errors=fixed,
                  warnings=_warnings(findings),
                  missing_categories=sum(1 for f in findings if f.get("code") == "indicator_category_missing"),
                  no_annual_goal=any(f.get("code") == "goal_annual_missing" for f in findings))


ONCE_PER_FORM = ("contact_missing",)   # one problem however many of its fields are empty: no one to ask


def _warnings(findings: list[dict[str, Any]]) -> int:
    warns = [f for f in findings if f.get("severity") == "warning"]
    return sum(1 for f in warns if f.get("code") not in ONCE_PER_FORM) + len({f.get("code") for f in warns} &
                                                                            set(ONCE_PER_FORM))


def indicators_unread(record: dict[str, Any]) -> bool:
    """The file had an indicator table the importer could not read (review_one adds this warning)."""
    return UNREAD_INDICATORS in record.get("warnings", [])


def grade(record: dict[str, Any]) -> str:
    """优/良/中/差 of a ``jixiao check --json`` record, by the mapping in the module docstring."""
    return decide(record)[0]


def decide(record: dict[str, Any]) -> tuple[str, str]:
    """(grade, 等级说明 line): the grade and, in words, the rule that decided it."""
    c = counts(record)
    if c.uncorrected_errors >= POOR_ERRORS:
        return "差", f"有 {c.uncorrected_errors} 项需单位修改的错误（{POOR_ERRORS} 项及以上评为差）"
    if c.missing_categories >= POOR_MISSING_CATEGORIES:
        return "差", f"年度绩效指标缺少 {c.missing_categories} 类（缺 {POOR_MISSING_CATEGORIES} 类及以上评为差）"
    if c.no_annual_goal and c.missing_categories >= POOR_NO_GOAL_CATEGORIES:
        return "差", f"没有年度目标，且绩效指标缺少 {c.missing_categories} 类，评为差"
    if c.uncorrected_errors:
        also = f"，另有 {c.warnings} 项警告" if c.warnings else ""
        return "中", f"有 {c.uncorrected_errors} 项需单位修改的错误{also}，等级最高为中（{POOR_ERRORS} 项及以上错误为差）"
    if c.warnings >= FAIR_WARNINGS:
        return "中", f"有 {c.warnings} 项警告（{FAIR_WARNINGS} 项及以上），等级最高为中"
    fixable = (f"有 {c.corrected_errors} 项错误可按所附更正直接改正（没有需单位修改的错误，故不是中）"
               if c.corrected_errors else "")
    if c.warnings:
        warned = f"有 {c.warnings} 项警告（少于 {FAIR_WARNINGS} 项），等级最高为良"
        return "良", f"{fixable}；{warned}" if fixable else warned
    if fixable:
        return "良", fixable + "，评为良"
    if indicators_unread(record):   # unchecked indicators are not 优
        return "良", "文件中的绩效指标表未能读取、指标未经检查，等级最高为良"
    return "优", "没有错误和警告，评为优"


def _num(v: Any) -> Any:
    return int(v) if isinstance(v, float) and v.is_integer() else v


def _clause(text: str) -> str:
    return text.strip().rstrip("。；;.")


def fix_list(record: dict[str, Any]) -> list[str]:
    """The numbered items of what to fix: findings grouped by code and advice, worst first, then corrections."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for f in sorted(record.get("findings", []), key=lambda f: _ORDER.get(f.get("severity"), 3)):
        groups.setdefault((f.get("code", ""), f.get("suggestion", "")), []).append(f)
    items = []
    for (code, suggestion), fs in groups.items():
        what = "；".join(f"{field_label(f.get('field', ''))}：{_clause(f.get('message', ''))}" for f in fs)
        item = f"【{SEVERITY_TAG.get(fs[0].get('severity'), '提示')}·{code_title(code)}】{what}。"
        if suggestion:
            item += f"建议：{_clause(suggestion)}。"
        items.append(item)
    if indicators_unread(record):
        items.append("【注意】文件中的绩效指标表未能读取，未检查指标是否缺项；请核对指标表，或提供 Word/Excel 原件。")
    if record.get("to_check"):
        items.append("【请核对】本表由文本或文字识别读取，以下内容可能错位，标“待核实”的问题请对照原件确认："
                     + "、".join(dict.fromkeys(field_label(k) for k in record["to_check"])) + "。")
    for c in record.get("corrections", []):
        items.append(f"【更正】将{field_label(c.get('field', ''))}由 {_num(c.get('old'))} 改为 {_num(c.get('new'))}"
                     f"（{_clause(c.get('reason', ''))}）。")
    return items


def draft_opinion(record: dict[str, Any], grade_: str | None = None) -> str:
    """The 审核意见 text: outcome by grade, then the numbered list (an engine's wording when it gave one)."""
    decided, why = decide(record)
    g = grade_ or decided
    form = record.get("form", {})
    who = form.get("project_name") or "（未填写项目名称）"
    if form.get("unit"):
        who += f"（{form['unit']}）"
    head = f"审核结果：{g}。{who}绩效目标申报表经审核，{OUTCOME[g]}"
    if record.get("opinion"):
        head = f"审核结果：{g}。{record['opinion'].strip()}"
    if g == decided:
        head += f"\n等级说明：{why}。"
    items = fix_list(record)
    if not items:
        return head
    return head + "\n需修改的问题：\n" + "\n".join(f"{i}. {t}" for i, t in enumerate(items, 1))
