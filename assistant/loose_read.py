"""What a review says about how its file was read (ImportResult.how, .loose, .unread). Pure.

A table read from .docx/.xlsx or a ruled PDF puts each value in the cell it came from. Text copied from a
page or a PDF, and OCR, are *loose* reads: a value may sit next to the wrong label. So a review of a
loose read lists the fields read that way as 请核对, and a finding that rests only on such fields says
so (待核实) and is never an error. A field the file has a label for but whose value the reader refused to
place (importers: unread) is not reported as missing from the form: that would be about the reading.
"""
from __future__ import annotations

import re

from .findings import Finding, Severity

TYPE_CHECKING = False     # (not typing's: a JSON check does not import typing, 13 M instructions)
if TYPE_CHECKING:
    from .importers import ImportResult
    from .review_one import ReviewResult

LOOSE = ("text-rows", "text-cells", "text-dump", "text-queue", "ocr")
HOW_WORDS = {"text-rows": "文本（逐行）", "text-cells": "文本（逐格）", "text-dump": "PDF 文本", "text-queue": "PDF 文本（按列对齐）",
             "ocr": "文字识别（OCR）"}
ABSENCE = {"field_missing", "contact_missing", "goal_annual_missing", "goal_long_term_missing"}
TO_VERIFY = "待核实："


def _base(path: str) -> str:
    """The field a finding's path is about: 'funding.total' → 'funding', 'indicators:X' → 'indicators'."""
    if not path:
        return ""
    if path.startswith(("indicators", "budget_items", "funding")):
        return re.split(r"[.:\[]", path, maxsplit=1)[0]
    if path.startswith("goals."):
        return re.sub(r"\[\d+\]$", "", path)
    return path.split(".")[0]


def loose_fields(imported: "ImportResult") -> list[str]:
    """The form's filled fields that a loose path read (in the order of the form)."""
    if not imported.loose:
        return [k for k, how in imported.how.items() if how in LOOSE]
    data = imported.form.to_json()
    out = []
    for key, value in data.items():
        if key in ("funding", "goals"):
            out += [f"{key}.{k}" for k, v in (value or {}).items() if v not in (None, "", [])]
        elif value not in (None, "", [], 0) and key != "year":
            out.append(key)
    return out


def _all_loose(base: str, imported: "ImportResult") -> bool:
    if not imported.loose:
        hows = [how for k, how in imported.how.items() if _base(k) == base or k == base]
        return bool(hows) and all(h in LOOSE for h in hows)
    return True


def apply(result: "ReviewResult", imported: "ImportResult") -> None:
    """Drop absence findings about unread fields, mark findings that rest on loose reads 待核实 (never an
    error), and say which fields to check."""
    if not imported.unread and not imported.loose and not imported.how:
        return      # (nothing unread, nothing read loosely: a JSON form — below, every step would find nothing)
    unread = {_base(k) if k.startswith("funding") else k for k in imported.unread if k != "indicators"}
    if unread:
        kept = []
        for f in result.report.findings:
            base = _base(f.field) if f.field.startswith("funding") else f.field
            if (f.code in ABSENCE or f.code == "funding_sum_mismatch") and base in unread:
                continue
            kept.append(f)
        result.report.findings = kept
        from .labels import field_label
        result.warnings.append("文件中有以下栏目，但其内容未能可靠读取，未据此判断是否缺项："
                               + "、".join(sorted({field_label(k) for k in imported.unread if k != "indicators"}))
                               + "。请人工核对。")
    loose = loose_fields(imported)
    if not loose and not imported.loose:
        return
    result.to_check = loose
    findings = result.report.findings
    for i, f in enumerate(findings):
        if f.source != "rules" or not _all_loose(_base(f.field), imported):
            continue
        if f.message.startswith(TO_VERIFY) and f.severity != Severity.ERROR:
            continue
        # a new finding, the one it rests on left as it was (a finding is a value: forms may share one, rules.reads)
        findings[i] = Finding(f.code, Severity.WARNING if f.severity == Severity.ERROR else f.severity, f.field,
                              f.message if f.message.startswith(TO_VERIFY) else TO_VERIFY + f.message,
                              f.suggestion, f.kind, f.source)
    if loose:
        from .labels import field_label
        how = sorted({HOW_WORDS.get(h, h) for h in imported.how.values() if h in LOOSE}) or ["文本"]
        result.warnings.append(f"本表由{'、'.join(how)}读取，数值可能错位，以下内容请核对："
                               + "、".join(dict.fromkeys(field_label(k) for k in loose)) + "。")
