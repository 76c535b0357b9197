"""Excel (.xlsx) declarations: read-only, cached values only (formulas are never evaluated).

Hidden sheets are skipped unless every sheet is hidden; so are instruction sheets (填报说明…)
when the workbook has another sheet. Each visible sheet is one table;
merged cells hold their value in the top-left cell only, so the grid's carry-forward and
"value in the row below" rules do the rest.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import warnings

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from ..errors import ReadError
from . import ImportResult, register
from .grid import Cell, Table, extract, unread_fields
from .limits import MAX_CELLS, check_zip
from .safety import parser_guard

MAX_COLS = 64
INSTRUCTIONS_SHEET = re.compile(r"说明|须知|指引|要求|示例|样例")


@register("xlsx")
def read_xlsx(data: bytes, name: str) -> ImportResult:
    with parser_guard(name, "Excel 文件"):
        zf = check_zip(data, name)
        has_formulas = any(re.search(rb"<(?:\w+:)?f[ >]", zf.read(n)) for n in zf.namelist()
                           if n.startswith("xl/worksheets/") and n.endswith(".xml"))
        wb = _load(data, name, data_only=True)
        formulas = _load(data, name, data_only=False) if has_formulas else None
        try:
            warnings_out: list[str] = []
            sheets = choose_sheets(wb.worksheets, lambda ws: ws.title,
                                   lambda ws: getattr(ws, "sheet_state", "visible") != "visible", warnings_out)
            blocks = []
            budget = [0]
            for ws in sheets:
                fws = formulas[ws.title] if formulas is not None else None
                blocks.append(_sheet(ws, fws, name, budget, warnings_out))
        finally:
            wb.close()
            if formulas is not None:
                formulas.close()
    form, st = extract(blocks)
    return ImportResult(form=form, format="xlsx", provenance=st.provenance, unplaced=st.unplaced,
                        how=st.how, unread=unread_fields(st),
                        warnings=warnings_out + st.warnings)


def choose_sheets(sheets: list, title, hidden, notes: list[str]) -> list:
    """The sheets to read: hidden ones skipped unless every sheet is hidden; instruction sheets (填报说明…)
    skipped when the workbook has another sheet. ``title``/``hidden`` read a sheet's name and state."""
    shown = [ws for ws in sheets if not hidden(ws)] or sheets[:1]
    if len(sheets) > len(shown):
        notes.append(f"已跳过 {len(sheets) - len(shown)} 个隐藏工作表。")
    guide = [ws for ws in shown if INSTRUCTIONS_SHEET.search(title(ws))]
    if guide and len(guide) < len(shown):   # '填报说明' explains the labels: its lines are not values
        notes.append(f"已跳过说明工作表：{'、'.join(title(ws) for ws in guide)}。")
        shown = [ws for ws in shown if ws not in guide]
    return shown


def _load(data: bytes, name: str, data_only: bool):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about unsupported extensions / data validation
        return load_workbook(io.BytesIO(data), read_only=True, data_only=data_only, keep_links=False)


def _sheet(ws, fws, name: str, budget: list[int], notes: list[str]) -> Table:
    if not hasattr(ws, "iter_rows"):   # a chart sheet
        return Table([])
    max_col = min(ws.max_column or MAX_COLS, MAX_COLS)
    rows: list[list[Cell]] = []
    raw = fws.iter_rows(max_col=max_col, values_only=True) if fws is not None else None
    for r, values in enumerate(ws.iter_rows(max_col=max_col, values_only=True), start=1):
        budget[0] += len(values)
        if budget[0] > MAX_CELLS:
            raise ReadError(name, f"工作表单元格过多（超过 {MAX_CELLS} 个），拒绝读取。")
        written = next(raw, ()) if raw is not None else ()
        row = []
        for c, v in enumerate(values):
            where = f"{ws.title}!{get_column_letter(c + 1)}{r}"
            if v is None and c < len(written) and isinstance(written[c], str) and written[c].startswith("="):
                v = written[c]   # a formula with no saved result: keep what was typed, never evaluate it
                notes.append(f"{where} 是没有计算结果的公式，按原文“{v[:30]}”读取（公式不会被执行）。")
            row.append(Cell(cell_text(v), c, where))
        rows.append(row)
    return Table(trim_rows(rows))


def trim_rows(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Drop trailing empty cells so that a label's neighbour is the next cell actually used."""
    out = []
    for row in rows:
        while row and not row[-1].text:
            row = row[:-1]
        out.append(row)
    return out


def cell_text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(round(v, 10))
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d") if (v.hour, v.minute, v.second) == (0, 0, 0) else v.isoformat(" ")
    if isinstance(v, (dt.date, dt.time)):
        return v.isoformat()
    return str(v)
