"""Findings and corrections: what a review raises (spec/findings.md)."""
from __future__ import annotations

from enum import Enum
TYPE_CHECKING = False     # (not typing's: a JSON check does not import typing, 13 M instructions)
if TYPE_CHECKING:
    from typing import Any


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


_ERROR = Severity.ERROR
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


# plain classes, not pydantic models: a JSON check makes and prints them without importing pydantic (check_run)

class _Record:
    """Equal when of the same class with equal fields; pickled and copied by its fields."""
    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self.__getstate__() == other.__getstate__()

    __hash__ = None

    def __getstate__(self) -> tuple:
        return tuple(getattr(self, k) for k in self.__slots__)

    def __setstate__(self, state: tuple) -> None:
        for k, v in zip(self.__slots__, state):
            setattr(self, k, v)


class Finding(_Record):
    """One thing a review raises about a field (spec/findings.md). A value: never changed once made (forms of a
    batch may share one — a header rule's, ``rules.reads``); a different one is a new finding."""
    __slots__ = ("code", "severity", "field", "message", "suggestion", "kind", "source")

    def __init__(self, code: str, severity: Severity | str, field: str, message: str, suggestion: str = "",
                 kind: Kind | str = Kind.RULE, source: str = "rules"):
        self.code, self.field, self.message, self.suggestion, self.source = code, field, message, suggestion, source
        self.severity = severity if type(severity) is Severity else Severity(severity)
        self.kind = kind if type(kind) is Kind else Kind(kind)

    @property
    def title(self) -> str:
        return code_title(self.code)

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity.value, "field": self.field,
                "message": self.message, "suggestion": self.suggestion, "kind": self.kind.value,
                "source": self.source}

    def __repr__(self) -> str:
        return f"Finding({self.code!r}, {self.severity.value}, {self.field!r}, {self.message!r})"



class Correction(_Record):
    """An arithmetic fix: set ``field`` from ``old`` to ``new``."""
    __slots__ = ("field", "old", "new", "reason", "code")

    def __init__(self, field: str, old: Any, new: Any, reason: str, code: str = ""):
        if type(field) is not str or type(reason) is not str or type(code) is not str:
            raise TypeError("Correction: field, reason and code are text")
        self.field, self.old, self.new, self.reason, self.code = field, old, new, reason, code

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "old": self.old, "new": self.new, "reason": self.reason}

    def __repr__(self) -> str:
        return f"Correction({self.field!r}, {self.old!r} → {self.new!r}, {self.reason!r})"



class Report(_Record):
    """What the rules (and any judgement) found about one form."""
    __slots__ = ("findings", "corrections")

    def __init__(self, findings: list[Finding] | None = None, corrections: list[Correction] | None = None):
        self.findings = list(findings) if findings is not None else []
        self.corrections = list(corrections) if corrections is not None else []

    def __repr__(self) -> str:
        return f"Report({self.findings!r}, {self.corrections!r})"

    def by_severity(self, sev: Severity | str) -> list[Finding]:
        sev = Severity(sev)
        return [f for f in self.findings if f.severity == sev]

    @property
    def has_errors(self) -> bool:
        for f in self.findings:       # (asked of every form of a batch: no generator, the member looked up once)
            if f.severity == _ERROR:
                return True
        return False

    def codes(self) -> list[str]:
        return [f.code for f in self.findings]

    def to_json(self) -> dict[str, Any]:
        return {"findings": [f.to_json() for f in self.findings],
                "corrections": [c.to_json() for c in self.corrections]}
