"""Review one file: import, run the rules (and an engine's extras), collect what a report needs."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .findings import UNREAD_INDICATOR_ROWS, UNREAD_INDICATORS, Report
from .importers import ImportResult, read_bytes, read_path
from . import loose_read
from .judgement import offline_judgements
from .rules import check

if TYPE_CHECKING:
    from .model import Declaration




@dataclass
class ReviewResult:
    file: str
    form: Declaration
    report: Report
    imported: ImportResult | None = None
    warnings: list[str] = field(default_factory=list)
    opinion: str = ""
    usage: dict[str, Any] = field(default_factory=dict)
    to_check: list[str] = field(default_factory=list)     # fields read by a loose path (text, OCR): 请核对

    def to_json(self) -> dict[str, Any]:
        out = {"file": self.file, "form": self.form.to_json(), **self.report.to_json()}
        if self.warnings:
            out["warnings"] = self.warnings
        if self.imported is not None and self.imported.unplaced:
            out["unplaced"] = self.imported.unplaced
        if self.opinion:
            out["opinion"] = self.opinion
        if self.to_check:
            out["to_check"] = self.to_check
        return out


_TABLE_WIDE = ("indicator_category_missing", "cost_indicator_sum_mismatch")   # findings about the whole table


def review_form(form: Declaration, file: str = "", engine=None, today: _dt.date | None = None,
                imported: ImportResult | None = None) -> ReviewResult:
    """Rules first (code decides them); an engine may add judgement findings but never removes one."""
    report = check(form, today=today)
    result = ReviewResult(file=file, form=form, report=report, imported=imported,
                          warnings=list(imported.warnings) if imported else [])
    if imported is not None and "indicators" in imported.unread:
        # the file has an indicator table (or rows of one) the reader could not read: "no 数量指标" or "the cost
        # indicators do not add up" would be about the reading, not the form — say that instead
        report.findings = [f for f in report.findings if f.code not in _TABLE_WIDE]
        result.warnings.append(UNREAD_INDICATORS if not form.indicators else UNREAD_INDICATOR_ROWS)
    if imported is not None and "funding" in imported.unchecked:
        # the total is the whole project's or the medium term's (importers/funding_span.py): not the year's sum
        report.findings = [f for f in report.findings if f.code != "funding_sum_mismatch"
                           and not (f.code == "unit_scale_mismatch" and f.field.startswith("funding."))]
        report.corrections = [c for c in report.corrections if not c.field.startswith("funding.")]
    report.findings.extend(offline_judgements(form))
    if imported is not None:
        loose_read.apply(result, imported)
    if engine is not None:
        engine.enrich(result)
    return result


def review_file(path: str, engine=None, data: bytes | None = None) -> ReviewResult:
    imported = read_bytes(data, path) if data is not None else read_path(path)
    if engine is not None and hasattr(engine, "improve_import"):
        imported = engine.improve_import(imported)
    return review_form(imported.form, file=path, engine=engine, imported=imported)
