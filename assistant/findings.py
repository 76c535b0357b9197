"""Findings and corrections: what a review raises (spec/findings.md)."""
from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


# the review's warning when a file's indicator table could not be read (review_one, review/opinion)
UNREAD_INDICATORS = ("文件中有绩效指标表，但未能读取，因此没有检查指标是否缺项（数量/质量/时效/成本/效益/满意度）；"
                     "请用 Word/Excel 原件审核，或人工核对指标表。")
UNREAD_INDICATOR_ROWS = ("文件的绩效指标表中有几行未能可靠读取（未导入），因此没有检查指标是否缺项、成本指标合计是否相符；"
                         "请用 Word/Excel 原件审核，或人工核对指标表。")

class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Kind(str, Enum):
    RULE = "rule"            # decided by code alone, exact
    HEURISTIC = "heuristic"  # code, word lists and patterns, may miss
    JUDGEMENT = "judgement"  # needs reading the project (LLM, or an offline heuristic)


SEVERITY_LABEL = {"error": "错误", "warning": "警告", "info": "提示"}

# codes raised outside the rule registry (judgement findings, spec/findings.md); rules carry their own title
JUDGEMENT_TITLES = {"indicator_irrelevant": "指标与项目无关", "goal_indicator_mismatch": "目标与指标不对应"}
_TITLES: dict[str, str] = {}


def code_title(code: str) -> str:
    """The short Chinese name of a finding code (what users see instead of the code)."""
    if not _TITLES:
        from .rules import all_rules
        _TITLES.update(JUDGEMENT_TITLES)
        _TITLES.update({r.code: r.title for r in all_rules()})
    return _TITLES.get(code, code)


# validators and serializers are built on first use (model.py's _Base says why): the rules make findings with
# ``model_construct`` (rules.finding, rules.correction) and a report dumps itself with ``to_json``
_DEFERRED = ConfigDict(defer_build=True)


class Finding(BaseModel):
    model_config = _DEFERRED

    code: str
    severity: Severity
    field: str
    message: str
    suggestion: str = ""
    kind: Kind = Kind.RULE
    source: str = Field("rules", description="rules | llm — who raised it")

    @property
    def title(self) -> str:
        return code_title(self.code)

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity.value, "field": self.field,
                "message": self.message, "suggestion": self.suggestion, "kind": self.kind.value,
                "source": self.source}


class Correction(BaseModel):
    """An arithmetic fix: set ``field`` from ``old`` to ``new``."""
    model_config = _DEFERRED

    field: str
    old: Any
    new: Any
    reason: str
    code: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "old": self.old, "new": self.new, "reason": self.reason}


class Report(BaseModel):
    model_config = _DEFERRED

    findings: list[Finding] = Field(default_factory=list)
    corrections: list[Correction] = Field(default_factory=list)

    def by_severity(self, sev: Severity | str) -> list[Finding]:
        sev = Severity(sev)
        return [f for f in self.findings if f.severity == sev]

    @property
    def has_errors(self) -> bool:
        return any(f.severity == Severity.ERROR for f in self.findings)

    def codes(self) -> list[str]:
        return [f.code for f in self.findings]

    def to_json(self) -> dict[str, Any]:
        return {"findings": [f.to_json() for f in self.findings],
                "corrections": [c.to_json() for c in self.corrections]}
