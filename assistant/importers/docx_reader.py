"""Word (.docx) declarations: paragraphs and tables in body order, merged cells resolved once."""
from __future__ import annotations

import io

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from ..errors import ReadError
from . import ImportResult, register
from .grid import Cell, Line, Table, extract
from .limits import MAX_CELLS, check_zip
from .safety import parser_guard

W_P, W_TBL, W_TR, W_TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
MAX_TABLE_DEPTH = 3


@register("docx")
def read_docx(data: bytes, name: str) -> ImportResult:
    check_zip(data, name)
    with parser_guard(name, "Word 文件"):
        doc = Document(io.BytesIO(data))
        blocks = list(_blocks(doc.element.body, doc, name))
    form, st = extract(blocks)
    return ImportResult(form=form, format="docx", provenance=st.provenance, unplaced=st.unplaced, warnings=st.warnings)


def _blocks(body, doc, name: str):
    tcount = 0
    cells = 0
    for child in body.iterchildren():
        if child.tag == W_P:
            yield Line(Paragraph(child, doc).text, "正文段落")
        elif child.tag == W_TBL:
            tcount += 1
            table = _table(child, doc, tcount)
            cells += sum(len(r) for r in table.rows)
            if cells > MAX_CELLS:
                raise ReadError(name, f"表格单元格过多（超过 {MAX_CELLS} 个），拒绝读取。")
            yield table


def _table(tbl, doc, n: int, depth: int = 0) -> Table:
    rows: list[list[Cell]] = []
    above: dict[int, Cell] = {}
    for r, tr in enumerate(tbl.iterchildren(W_TR)):
        row: list[Cell] = []
        col = 0
        for tc in tr.iterchildren(W_TC):
            pr = tc.tcPr
            span = pr.grid_span if pr is not None else 1
            vmerge = pr.vMerge if pr is not None else None
            where = f"表{n} 第{r + 1}行 第{col + 1}列"
            if vmerge == "continue":
                top = above.get(col)
                cell = Cell(top.text if top else "", col, where, merged_up=True)
            else:
                cell = Cell(_cell_text(tc, doc, depth), col, where)
                above[col] = cell
            row.append(cell)
            col += max(1, span)
        rows.append(row)
    return Table(rows)


def _cell_text(tc, doc, depth: int) -> str:
    parts = []
    for child in tc.iterchildren():
        if child.tag == W_P:
            parts.append(Paragraph(child, doc).text)
        elif child.tag == W_TBL and depth < MAX_TABLE_DEPTH:  # a nested table: its text, row by row
            inner = _table(child, doc, 0, depth + 1)
            parts.extend(" ".join(c.text for c in row if c.text and not c.merged_up) for row in inner.rows)
    return "\n".join(parts)
