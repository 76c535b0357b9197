"""Excel 97–2003 (.xls, BIFF) declarations, read with xlrd: values only, as the .xlsx reader reads them.

Formulas are never evaluated (xlrd gives the result Excel saved). Merged cells hold their value in
the top-left cell only, as openpyxl gives them, so the grid's rules apply unchanged; date cells
become dates and every other number stays the number it is (a serial date typed into a number
cell stays a number, as in .xlsx). Sheets are chosen as in .xlsx (hidden and instruction sheets
skipped); rows and columns are bounded (a sheet of 65,536 rows is read up to MAX_SHEET_ROWS).
"""
from __future__ import annotations

import xlrd
import xlrd.xldate
from openpyxl.utils import get_column_letter
from xlrd.biffh import XLRDError

from ..errors import ReadError
from . import ImportResult, register
from .grid import Cell, Table, extract
from .limits import MAX_CELLS, MAX_SHEET_ROWS
from .safety import parser_guard
from .xlsx_reader import MAX_COLS, cell_text, choose_sheets, trim_rows

_VISIBLE = 0


@register("xls")
def read_xls(data: bytes, name: str) -> ImportResult:
    notes: list[str] = []
    with parser_guard(name, "Excel 文件"):
        try:
            book = xlrd.open_workbook(file_contents=data, logfile=_Quiet())
        except XLRDError as e:
            if "encrypt" in str(e).lower() or "password" in str(e).lower():
                raise ReadError(name, "Excel 文件已加密（需要密码）。请另存为未加密的文件后重试。") from e
            book = None
    if book is None:           # WPS 表格 (.et) and workbook variants xlrd does not know: LibreOffice converts them
        from .legacy_office import read_converted_xls
        return read_converted_xls(data, name)
    with parser_guard(name, "Excel 文件"):
        try:
            sheets = choose_sheets(book.sheets(), lambda ws: ws.name, lambda ws: ws.visibility != _VISIBLE, notes)
            budget = [0]
            blocks = [_sheet(book, ws, name, budget, notes) for ws in sheets]
        finally:
            book.release_resources()
    form, st = extract(blocks)
    return ImportResult(form=form, format="xls", provenance=st.provenance, unplaced=st.unplaced,
                        warnings=notes + st.warnings)


def _sheet(book, ws, name: str, budget: list[int], notes: list[str]) -> Table:
    nrows = ws.nrows
    if nrows > MAX_SHEET_ROWS:
        notes.append(f"工作表“{ws.name}”共 {nrows} 行，只读取了前 {MAX_SHEET_ROWS} 行。")
        nrows = MAX_SHEET_ROWS
    rows: list[list[Cell]] = []
    for r in range(nrows):
        width = min(ws.row_len(r), MAX_COLS)
        budget[0] += width
        if budget[0] > MAX_CELLS:
            raise ReadError(name, f"工作表单元格过多（超过 {MAX_CELLS} 个），拒绝读取。")
        row = []
        for c in range(width):
            where = f"{ws.name}!{get_column_letter(c + 1)}{r + 1}"
            cell = ws.cell(r, c)
            if cell.ctype == xlrd.XL_CELL_ERROR:     # a formula that failed (#NAME?, #DIV/0!): no value to read
                error = xlrd.error_text_from_code.get(cell.value, "#错误")
                notes.append(f"{where} 是出错的公式（{error}），已留空。")
            row.append(Cell(_value(book, cell), c, where))
        rows.append(row)
    return Table(trim_rows(rows))


def _value(book, cell) -> str:
    kind = cell.ctype
    if kind == xlrd.XL_CELL_DATE:
        try:
            return cell_text(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode))
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return cell_text(cell.value)     # not a date Excel can show: the number as stored
    if kind == xlrd.XL_CELL_BOOLEAN:
        return cell_text(bool(cell.value))
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    return cell_text(cell.value)


class _Quiet:
    """xlrd writes warnings about odd records to a log file; a hostile file's noise is not ours to print."""

    def write(self, _text: str) -> None:
        pass
