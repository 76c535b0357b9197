"""BatchSummary: the running totals of a batch (what the 汇总 sheet and the web view show).

Only counters live here, never the rows: memory stays bounded however many files a batch has.
"""
from __future__ import annotations

import datetime as _dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..findings import JUDGEMENT_TITLES, code_title  # noqa: F401  (code_title is used by the reports)
from .opinion import GRADES

NO_DEPARTMENT = "（未填写主管部门）"
EXTRA_TITLES = JUDGEMENT_TITLES   # codes raised outside the rule registry (kept for importers of this name)


USAGE_LABELS = {"calls": "调用次数", "failures": "失败次数", "requests": "请求数", "prompt_tokens": "输入 tokens",
                "completion_tokens": "输出 tokens", "total_tokens": "合计 tokens", "seconds": "模型用时（秒）",
                "cost": "费用（元）"}


@dataclass
class DepartmentStats:
    forms: int = 0
    findings: int = 0
    errors: int = 0
    grades: Counter = field(default_factory=Counter)


@dataclass
class BatchSummary:
    total: int = 0                                   # files found
    read: int = 0                                    # files reviewed
    unreadable: int = 0                              # files with an error row
    cached: int = 0                                  # results served by the cache
    forms_with_errors: int = 0                       # read forms with an error-severity finding
    cancelled: bool = False
    grades: Counter = field(default_factory=Counter)
    findings_by_code: Counter = field(default_factory=Counter)
    forms_by_code: Counter = field(default_factory=Counter)
    severity_by_code: dict[str, str] = field(default_factory=dict)
    departments: dict[str, DepartmentStats] = field(default_factory=dict)
    usage: Counter = field(default_factory=Counter)  # LLM tokens / cost totals (with --llm)
    started: str = field(default_factory=lambda: _dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S"))
    seconds: float = 0.0
    jobs: int = 1
    llm: bool = False
    outputs: dict[str, str] = field(default_factory=dict)
    workers: dict[int, tuple[float, float]] = field(default_factory=dict)  # pid -> (CPU s, peak MB)

    def add_worker(self, pid: int, cpu_seconds: float, peak_mb: float) -> None:
        if pid:
            self.workers[pid] = (cpu_seconds, peak_mb)

    @property
    def worker_cpu_seconds(self) -> float:
        return sum(cpu for cpu, _ in self.workers.values())

    @property
    def worker_peak_mb(self) -> float:
        return max((mb for _, mb in self.workers.values()), default=0.0)

    @property
    def done(self) -> int:
        return self.read + self.unreadable

    @property
    def files_per_second(self) -> float:
        return self.done / self.seconds if self.seconds > 0 else 0.0

    def add_form(self, record: dict[str, Any], grade: str, usage: dict[str, Any] | None = None) -> None:
        self.read += 1
        self.grades[grade] += 1
        dept = (record.get("form") or {}).get("department") or NO_DEPARTMENT
        d = self.departments.setdefault(dept, DepartmentStats())
        d.forms += 1
        d.grades[grade] += 1
        codes = set()
        for f in record.get("findings", []):
            code = f.get("code", "")
            self.findings_by_code[code] += 1
            self.severity_by_code.setdefault(code, f.get("severity", ""))
            codes.add(code)
            d.findings += 1
            d.errors += f.get("severity") == "error"
        self.forms_by_code.update(codes)
        self.forms_with_errors += any(f.get("severity") == "error" for f in record.get("findings", []))
        for k, v in (usage or {}).items():
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                self.usage[k] += v

    def add_error(self) -> None:
        self.unreadable += 1

    def usage_text(self) -> str:
        """The LLM totals in words: 调用次数 12，合计 tokens 34567 …"""
        keys = [k for k in USAGE_LABELS if k in self.usage] + sorted(k for k in self.usage if k not in USAGE_LABELS)
        return "，".join(f"{USAGE_LABELS.get(k, k)} {round(self.usage[k], 4):g}" for k in keys)

    def grade_rows(self) -> list[tuple[str, int]]:
        return [(g, self.grades.get(g, 0)) for g in GRADES]

    def code_rows(self) -> list[tuple[str, str, str, int, int]]:
        """(code, title, severity, findings, forms) by findings, most first."""
        return [(c, code_title(c), self.severity_by_code.get(c, ""), n, self.forms_by_code[c])
                for c, n in sorted(self.findings_by_code.items(), key=lambda kv: (-kv[1], kv[0]))]

    def top_problems(self, n: int = 10) -> list[tuple[str, int, float]]:
        """The most common problems: (title, forms affected, share of read forms)."""
        rows = sorted(self.forms_by_code.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
        return [(code_title(c), k, k / self.read if self.read else 0.0) for c, k in rows]

    def department_rows(self) -> list[tuple[str, DepartmentStats]]:
        return sorted(self.departments.items(), key=lambda kv: (-kv[1].findings, kv[0]))

    def to_json(self) -> dict[str, Any]:
        return {"total": self.total, "read": self.read, "unreadable": self.unreadable, "cached": self.cached,
                "cancelled": self.cancelled, "grades": dict(self.grade_rows()),
                "findings_by_code": dict(self.findings_by_code),
                "departments": {k: {"forms": v.forms, "findings": v.findings, "errors": v.errors,
                                    "grades": dict(v.grades)} for k, v in self.department_rows()},
                "usage": dict(self.usage), "seconds": round(self.seconds, 2), "jobs": self.jobs,
                "outputs": self.outputs}
