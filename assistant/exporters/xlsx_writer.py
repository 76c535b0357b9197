"""Excel export in the official table layout: A4 portrait fit to width, 宋体, merged cells, borders.

Every value is written as text or number, never as a formula. A text that a spreadsheet could
take for a formula (it starts with = + - @, a tab or a carriage return: "=100%", "-5万元",
"=HYPERLINK(…)" in a project name) is a string cell with the quote prefix set, so no spreadsheet
evaluates it on opening, on editing the cell or on saving as CSV, and the text itself is unchanged.
A plain number ("-5", "12.5") is a numeric cell.
"""
from __future__ import annotations

import io
import re

from openpyxl import Workbook
from openpyxl.cell.cell import TYPE_STRING
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from ..model import Declaration
from . import layout

WIDTHS = (12, 20, 30, 20, 24)
FONT = "宋体"
_THIN = Side(style="thin")
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def formula_like(text: str) -> bool:
    """True for text a spreadsheet would evaluate (or take for a formula when the cell is edited)."""
    return text.startswith(FORMULA_START)
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def to_xlsx(form: Declaration) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标申报表"
    for c, w in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True

    _put(ws, 1, 1, layout.title(form), Font(name=FONT, size=16, bold=True), center=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=layout.COLS)
    grid = layout.rows(form)
    first = 2
    runs: dict[int, list[int]] = {}   # column -> [top, bottom] of the current vertical run
    for k, row in enumerate(grid):
        r = first + k
        for span in row:
            c = span.col + 1
            if span.merge_up and span.col in runs:
                runs[span.col][1] = r
                continue
            for col in range(span.col, span.col + span.width):
                _close(ws, runs, col)
            runs[span.col] = [r, r]
            bold = span.kind in ("section", "head")
            _put(ws, r, c, span.text, Font(name=FONT, size=10.5, bold=bold), center=span.kind != "value")
            if span.width > 1:
                ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=c + span.width - 1)
        for c in range(1, layout.COLS + 1):
            ws.cell(r, c).border = BORDER
    for col in list(runs):
        _close(ws, runs, col)
    last = first + len(grid)
    _put(ws, last, 1, layout.signature(form), Font(name=FONT, size=11), center=False)
    ws.merge_cells(start_row=last, start_column=1, end_row=last, end_column=layout.COLS)
    ws.print_area = f"A1:{get_column_letter(layout.COLS)}{last}"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _close(ws, runs: dict[int, list[int]], col: int) -> None:
    """End the vertical run of grid column ``col``: merge it when it spans several rows."""
    run = runs.pop(col, None)
    if run is not None and run[1] > run[0]:
        ws.merge_cells(start_row=run[0], start_column=col + 1, end_row=run[1], end_column=col + 1)


def _put(ws, r: int, c: int, text: str, font: Font, center: bool) -> None:
    cell = ws.cell(r, c)
    if _NUMBER.fullmatch(text or "") and len(text) < 15:
        cell.value = float(text) if "." in text else int(text)
    else:
        cell.value = text
        if formula_like(text or ""):
            cell.data_type = TYPE_STRING
            cell.quotePrefix = True
    cell.font = font
    cell.alignment = Alignment(horizontal="center" if center else "left", vertical="center", wrap_text=True)
