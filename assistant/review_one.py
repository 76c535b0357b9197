"""Review one file: import, run the rules (and an engine's extras), collect what a report needs."""
from __future__ import annotations


from .findings import UNREAD_INDICATOR_ROWS, UNREAD_INDICATORS, Report
from .importers import ImportResult, read_bytes, read_path
from . import loose_read
from .judgement import offline_judgements
from .rules import check

TYPE_CHECKING = False     # (not typing's: a JSON check does not import typing, 13 M instructions)
if TYPE_CHECKING:
    import datetime as _dt
    from typing import Any

    from .model import Declaration




class ReviewResult:
    """One reviewed file: its form, the report, how it was read, and what a review adds (a plain class: see
    ``rules.Context``)."""

    def __init__(self, file: str, form: Declaration, report: Report, imported: ImportResult | None = None,
                 warnings: list[str] | None = None, opinion: str = "", usage: dict[str, Any] | None = None,
                 to_check: list[str] | None = None):
        self.file, self.form, self.report, self.imported, self.opinion = file, form, report, imported, opinion
        self.warnings = warnings if warnings is not None else []
        self.usage = usage if usage is not None else {}
        self.to_check = to_check if to_check is not None else []     # fields read by a loose path: 请核对

    def __repr__(self) -> str:
        return f"ReviewResult({self.file!r}, {self.report!r})"

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
