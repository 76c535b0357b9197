"""The Excel review report, streamed: rows are written as files finish (openpyxl write-only).

Sheets: 汇总 (written last, shown first), 问题清单 (one row per finding), 审核意见 (one
drafted opinion per form), 无法读取 (file + reason). Formatted for printing: A4 landscape,
fit to page width, header row frozen and repeated on every page, wrapped text, Chinese font.
"""
from __future__ import annotations

from copy import copy

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from ..findings import SEVERITY_LABEL
from .opinion import field_label
from .summary import BatchSummary

FONT = "宋体"
_thin = Side(style="thin", color="999999")
BORDER = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
HEAD_FONT = Font(name=FONT, size=11, bold=True)
BODY_FONT = Font(name=FONT, size=10)
TITLE_FONT = Font(name=FONT, size=14, bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(wrap_text=True, vertical="top")
GRADE_FILL = {g: PatternFill("solid", fgColor=c) for g, c in
              (("优", "C6EFCE"), ("良", "DDEBF7"), ("中", "FFEB9C"), ("差", "FFC7CE"))}

FINDING_COLS = (("序号", 6), ("文件", 28), ("项目名称", 24), ("项目单位", 18), ("问题代码", 22), ("级别", 6),
                ("位置", 18), ("问题", 44), ("建议", 44))
OPINION_COLS = (("序号", 6), ("文件", 28), ("项目名称", 24), ("项目单位", 18), ("主管部门", 18), ("等级", 6),
                ("错误", 6), ("警告", 6), ("审核意见", 90))
ERROR_COLS = (("序号", 6), ("文件", 50), ("无法读取的原因", 90))
SUMMARY_WIDTHS = (30, 44, 10, 12, 12, 24)


def _styles() -> list[NamedStyle]:
    """Named styles, registered once per workbook: a cell then costs a lookup, not a style hash."""
    out = [NamedStyle("jx_body", font=BODY_FONT, border=BORDER, alignment=WRAP),
           NamedStyle("jx_head", font=HEAD_FONT, border=BORDER, alignment=WRAP, fill=HEAD_FILL),
           NamedStyle("jx_title", font=TITLE_FONT)]
    out += [NamedStyle(f"jx_grade_{g}", font=HEAD_FONT, border=BORDER, alignment=WRAP, fill=fill)
            for g, fill in GRADE_FILL.items()]
    return out


def _cell(ws, value: Any, style: str = "jx_body") -> WriteOnlyCell:
    """A styled cell; the style's array is resolved once per workbook and copied after that."""
    c = WriteOnlyCell(ws, value=value)
    cache = ws.parent.__dict__.setdefault("_jx_style_arrays", {})
    arr = cache.get(style)
    if arr is None:
        c.style = style
        cache[style] = copy(c._style)
    else:
        c._style = copy(arr)
    return c


def _letter(i: int) -> str:
    from openpyxl.utils import get_column_letter
    return get_column_letter(i)


def _setup(ws, widths: tuple[int, ...], header: tuple[str, ...] | None) -> None:
    """Print layout; must be set before the first row in write-only mode."""
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.4
    if header:
        ws.freeze_panes = "A2"
        ws.print_title_rows = "1:1"
        ws.append([_cell(ws, h, "jx_head") for h in header])


class XlsxReport:
    """``add_form`` / ``add_error`` as files finish, ``close(summary)`` writes the 汇总 sheet and saves."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.wb = Workbook(write_only=True)
        for style in _styles():
            self.wb.add_named_style(style)
        self.summary_ws = self.wb.create_sheet("汇总")
        self.findings_ws = self.wb.create_sheet("问题清单")
        self.opinions_ws = self.wb.create_sheet("审核意见")
        self.errors_ws = self.wb.create_sheet("无法读取")
        _setup(self.summary_ws, SUMMARY_WIDTHS, None)
        _setup(self.findings_ws, tuple(w for _, w in FINDING_COLS), tuple(h for h, _ in FINDING_COLS))
        _setup(self.opinions_ws, tuple(w for _, w in OPINION_COLS), tuple(h for h, _ in OPINION_COLS))
        _setup(self.errors_ws, tuple(w for _, w in ERROR_COLS), tuple(h for h, _ in ERROR_COLS))
        self.n_findings = self.n_forms = self.n_errors = 0

    def add_form(self, record: dict[str, Any], grade: str, opinion: str) -> None:
        form = record.get("form") or {}
        file, project, unit = record["file"], form.get("project_name", ""), form.get("unit", "")
        ws = self.findings_ws
        for f in record.get("findings", []):
            self.n_findings += 1
            ws.append([_cell(ws, self.n_findings), _cell(ws, file), _cell(ws, project), _cell(ws, unit),
                       _cell(ws, f.get("code", "")), _cell(ws, SEVERITY_LABEL.get(f.get("severity"), "")),
                       _cell(ws, field_label(f.get("field", ""))), _cell(ws, f.get("message", "")),
                       _cell(ws, f.get("suggestion", ""))])
        sev = [f.get("severity") for f in record.get("findings", [])]
        self.n_forms += 1
        ws = self.opinions_ws
        ws.append([_cell(ws, self.n_forms), _cell(ws, file), _cell(ws, project), _cell(ws, unit),
                   _cell(ws, form.get("department", "")), _cell(ws, grade, f"jx_grade_{grade}"),
                   _cell(ws, sev.count("error")), _cell(ws, sev.count("warning")), _cell(ws, opinion)])

    def add_error(self, file: str, reason: str) -> None:
        self.n_errors += 1
        ws = self.errors_ws
        ws.append([_cell(ws, self.n_errors), _cell(ws, file), _cell(ws, reason)])

    def close(self, s: BatchSummary) -> None:
        for row in summary_rows(s):
            self._summary_row(*row)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.wb.save(self.path)

    def _summary_row(self, kind: str, values: list[Any]) -> None:
        ws = self.summary_ws
        if kind == "blank":
            ws.append([])
        elif kind == "title":
            ws.append([_cell(ws, values[0], "jx_title")])
        elif kind == "head":
            ws.append([_cell(ws, v, "jx_head") for v in values])
        else:
            first = f"jx_grade_{values[0]}" if kind == "grade" else "jx_body"
            ws.append([_cell(ws, values[0], first)] + [_cell(ws, v) for v in values[1:]])


def summary_rows(s: BatchSummary) -> list[tuple[str, list[Any]]]:
    """The 汇总 sheet as (kind, cells) rows; kind is title/head/row/grade/blank."""
    rows: list[tuple[str, list[Any]]] = [("title", ["绩效目标申报表批量审核汇总"]), ("blank", [])]
    rows += [("row", ["审核时间", s.started]), ("row", ["文件总数", s.total]),
             ("row", ["已审核（读取成功）", s.read]), ("row", ["无法读取", s.unreadable]),
             ("row", ["使用缓存（未变化的文件）", s.cached])]
    if s.cancelled:
        rows.append(("row", ["审核被中断", f"已完成 {s.done} 个，未完成 {s.total - s.done} 个；本报告只含已完成的文件。"]))
    if s.usage:
        rows.append(("row", ["大模型用量", s.usage_text()]))
    rows += [("blank", []), ("head", ["审核等级", "说明", "申报表数"])]
    meaning = {"优": "同意纳入预算", "良": "共同完善后纳入预算", "中": "修改后重新申报", "差": "暂不纳入预算"}
    rows += [("grade", [g, meaning[g], n]) for g, n in s.grade_rows()]
    rows += [("blank", []), ("head", ["最常见的问题", "涉及申报表数", "占已审核比例"])]
    rows += [("row", [t, k, f"{share:.0%}"]) for t, k, share in s.top_problems()]
    rows += [("blank", []), ("head", ["问题代码", "说明", "级别", "问题数", "涉及申报表数"])]
    rows += [("row", [c, t, SEVERITY_LABEL.get(sev, sev), n, k]) for c, t, sev, n, k in s.code_rows()]
    rows += [("blank", []), ("head", ["主管部门", "申报表数", "问题数", "错误数", "等级分布（优/良/中/差）"])]
    rows += [("row", [d, st.forms, st.findings, st.errors, "/".join(str(st.grades.get(g, 0)) for g in "优良中差")])
             for d, st in s.department_rows()]
    return rows

