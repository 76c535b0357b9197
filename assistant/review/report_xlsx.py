"""The Excel review report, streamed: rows go to disk as files finish, never into memory.

Sheets: 汇总 (written last, shown first), 问题清单 (one row per finding), 审核意见 (one
drafted opinion per form), 无法读取 (file + reason). Formatted for printing: A4 landscape,
fit to page width, header row frozen and repeated on every page, wrapped text, Chinese font.

openpyxl builds the workbook: styles, sheets, column widths, page set-up, print titles, header
rows and the 汇总 sheet. The body rows — tens of thousands of cells in a big batch — are written
as SpreadsheetML by ``_Rows`` to temporary files and spliced into openpyxl's sheets when the
package is saved. Why: openpyxl spends ~20 µs on a styled cell, which made writing the report
most of a warm-cache re-run; a row of plain XML costs ~1 µs a cell. Cells are inline strings
(as openpyxl's write-only mode writes them) carrying the style ids openpyxl gave the named styles.

Text from the forms is data: a cell whose text a spreadsheet could take for a formula (it starts
with = + - @, a tab or a CR; exporters.xlsx_writer.formula_like) is a string cell whose style has
the quote prefix, in the 汇总 sheet (openpyxl) and in the spliced rows alike; numbers stay numbers.
"""
from __future__ import annotations

import functools
import os
import re
import shutil
import tempfile
import zipfile
from copy import copy
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..exporters.xlsx_writer import formula_like
from ..findings import SEVERITY_LABEL, code_title
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

FINDING_COLS = (("序号", 6), ("文件", 28), ("项目名称", 24), ("项目单位", 18), ("问题类型", 18), ("级别", 6),
                ("位置", 18), ("问题", 44), ("建议", 44), ("代码", 10))
OPINION_COLS = (("序号", 6), ("文件", 28), ("项目名称", 24), ("项目单位", 18), ("主管部门", 18), ("等级", 6),
                ("错误", 6), ("警告", 6), ("审核意见", 90))
ERROR_COLS = (("序号", 6), ("文件", 50), ("无法读取的原因", 90))
SUMMARY_WIDTHS = (30, 44, 10, 12, 12, 24)


MAX_CELL_CHARS = 32767                       # Excel's limit on one cell's text
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")   # not allowed in XML 1.0
_END_OF_ROWS = b"</sheetData>"
_CHUNK = 1 << 20


def _styles() -> list[NamedStyle]:
    """Named styles, registered once per workbook: a cell then costs a lookup, not a style hash."""
    out = [NamedStyle("jx_body", font=BODY_FONT, border=BORDER, alignment=WRAP),
           NamedStyle("jx_head", font=HEAD_FONT, border=BORDER, alignment=WRAP, fill=HEAD_FILL),
           NamedStyle("jx_title", font=TITLE_FONT)]
    out += [NamedStyle(f"jx_grade_{g}", font=HEAD_FONT, border=BORDER, alignment=WRAP, fill=fill)
            for g, fill in GRADE_FILL.items()]
    return out


def _cell(ws, value: Any, style: str = "jx_body") -> WriteOnlyCell:
    """A styled cell; the style's array is resolved once per workbook and copied after that.
    Formula-like text stays text (string type, quote prefix)."""
    c = WriteOnlyCell(ws, value=value)
    cache = ws.parent.__dict__.setdefault("_jx_style_arrays", {})
    arr = cache.get(style)
    if arr is None:
        c.style = style
        cache[style] = copy(c._style)
    else:
        c._style = copy(arr)
    if isinstance(value, str) and formula_like(value):
        c.data_type = "s"
        c.quotePrefix = True
    return c


def _setup(ws, widths: tuple[int, ...], header: tuple[str, ...] | None) -> None:
    """Print layout; must be set before the first row in write-only mode."""
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
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


def _style_id(ws, style: str, quoted: bool = False) -> int:
    """The cellXfs index openpyxl gives ``style`` (with the quote prefix when ``quoted``) in this workbook."""
    c = _cell(ws, "", style)
    c.quotePrefix = quoted
    return c.style_id


def cell_text(value: Any) -> str:
    """A value as cell text: characters XML forbids dropped, cut to Excel's limit on a cell."""
    text = _ILLEGAL_XML.sub("", "" if value is None else str(value))
    return text if len(text) <= MAX_CELL_CHARS else text[:MAX_CELL_CHARS - 1] + "…"


@functools.lru_cache(maxsize=8192)  # file names, units, messages and advice repeat row after row
def _xml_text(value: str) -> str:
    return escape(cell_text(value))


class _Rows:
    """The body rows of one sheet as SpreadsheetML in a temporary file; row 1 is openpyxl's header."""

    def __init__(self, path: str, n_cols: int, quoted: dict[int, int]):
        self.path = path
        self.quoted = quoted          # style id -> the same style with the quote prefix
        self.fh = open(path, "w", encoding="utf-8")
        self.cols = [get_column_letter(i) for i in range(1, n_cols + 1)]
        self.row = 1

    def append(self, values: list[Any], styles: list[int]) -> None:
        self.row += 1
        r = self.row
        out = [f'<row r="{r}">']
        for col, value, s in zip(self.cols, values, styles):
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                out.append(f'<c r="{col}{r}" s="{s}"><v>{value}</v></c>')
            else:
                text = value if isinstance(value, str) else cell_text(value)
                s = self.quoted.get(s, s) if formula_like(text) else s
                out.append(f'<c r="{col}{r}" s="{s}" t="inlineStr"><is><t xml:space="preserve">'
                           f'{_xml_text(text)}</t></is></c>')
        out.append("</row>")
        self.fh.write("".join(out))

    def close(self) -> None:
        self.fh.close()


def _splice(skeleton: str, out: Path, rows: dict[str, str]) -> None:
    """Copy the package ``skeleton`` to ``out``, inserting each ``rows[member]`` file before its ``</sheetData>``."""
    with zipfile.ZipFile(skeleton) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename not in rows:
                dst.writestr(info.filename, data)
                continue
            at = data.rindex(_END_OF_ROWS)
            with dst.open(info.filename, "w", force_zip64=True) as fh, open(rows[info.filename], "rb") as body:
                fh.write(data[:at])
                shutil.copyfileobj(body, fh, _CHUNK)
                fh.write(data[at:])


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
        body = _style_id(self.summary_ws, "jx_body")
        self.grade_style = {g: _style_id(self.summary_ws, f"jx_grade_{g}") for g in GRADE_FILL}
        quoted = {body: _style_id(self.summary_ws, "jx_body", quoted=True)}
        quoted.update({self.grade_style[g]: _style_id(self.summary_ws, f"jx_grade_{g}", quoted=True) for g in GRADE_FILL})
        self.finding_styles = [body] * len(FINDING_COLS)
        self.opinion_styles = [body] * len(OPINION_COLS)
        self.error_styles = [body] * len(ERROR_COLS)
        self._dir = tempfile.mkdtemp(prefix="jixiao-xlsx-")
        self.findings = _Rows(os.path.join(self._dir, "findings.xml"), len(FINDING_COLS), quoted)
        self.opinions = _Rows(os.path.join(self._dir, "opinions.xml"), len(OPINION_COLS), quoted)
        self.errors = _Rows(os.path.join(self._dir, "errors.xml"), len(ERROR_COLS), quoted)
        self.n_findings = self.n_forms = self.n_errors = 0

    def add_form(self, record: dict[str, Any], grade: str, opinion: str) -> None:
        form = record.get("form") or {}
        file, project, unit = record["file"], form.get("project_name", ""), form.get("unit", "")
        findings = record.get("findings", [])
        for f in findings:
            self.n_findings += 1
            self.findings.append([self.n_findings, file, project, unit, code_title(f.get("code", "")),
                                  SEVERITY_LABEL.get(f.get("severity"), ""), field_label(f.get("field", "")),
                                  f.get("message", ""), f.get("suggestion", ""), f.get("code", "")], self.finding_styles)
        sev = [f.get("severity") for f in findings]
        self.n_forms += 1
        styles = list(self.opinion_styles)
        styles[5] = self.grade_style.get(grade, styles[5])
        self.opinions.append([self.n_forms, file, project, unit, form.get("department", ""), grade,
                              sev.count("error"), sev.count("warning"), opinion], styles)

    def add_error(self, file: str, reason: str) -> None:
        self.n_errors += 1
        self.errors.append([self.n_errors, file, reason], self.error_styles)

    def close(self, s: BatchSummary) -> None:
        """Write the 汇总 sheet and save with openpyxl, splice the body rows in, then move into place."""
        try:
            for row in summary_rows(s):
                self._summary_row(*row)
            for rows in (self.findings, self.opinions, self.errors):
                rows.close()
            skeleton = os.path.join(self._dir, "skeleton.xlsx")
            self.wb.save(skeleton)
            parts = {ws.path.lstrip("/"): rows.path for ws, rows in
                     ((self.findings_ws, self.findings), (self.opinions_ws, self.opinions), (self.errors_ws, self.errors))}
            self.path.parent.mkdir(parents=True, exist_ok=True)
            part = self.path.with_name(self.path.name + ".part")
            _splice(skeleton, part, parts)
            os.replace(part, self.path)  # a report is complete or absent, never half-written
        finally:
            for rows in (self.findings, self.opinions, self.errors):
                rows.close()
            shutil.rmtree(self._dir, ignore_errors=True)

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
    rows += [("blank", []), ("head", ["问题类型", "级别", "问题数", "涉及申报表数", "代码"])]
    rows += [("row", [t, SEVERITY_LABEL.get(sev, sev), n, k, c]) for c, t, sev, n, k in s.code_rows()]
    rows += [("blank", []), ("head", ["主管部门", "申报表数", "问题数", "错误数", "等级分布（优/良/中/差）"])]
    rows += [("row", [d, st.forms, st.findings, st.errors, "/".join(str(st.grades.get(g, 0)) for g in "优良中差")])
             for d, st in s.department_rows()]
    return rows

