"""Word export in the official table layout: A4, 宋体/仿宋 (eastAsia), merged section and level cells."""
from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from ..model import Declaration
from . import layout

WIDTHS_CM = (2.2, 3.6, 4.6, 3.4, 3.8)   # 17.6 cm: fits A4 with 1.8 cm margins
BODY_FONT, TITLE_FONT = "仿宋", "宋体"


def set_font(run, name: str, size: float, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        fonts.set(qn(attr), name)


def to_docx(form: Declaration) -> bytes:
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.7)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    style = doc.styles["Normal"]
    style.font.name = BODY_FONT
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), BODY_FONT)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(layout.title(form)), TITLE_FONT, 16, bold=True)

    grid = layout.rows(form)
    table = doc.add_table(rows=len(grid), cols=layout.COLS)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = [list(row.cells) for row in table.rows]   # once: table.cell() rescans the whole table
    for r, row in enumerate(grid):
        for c, w in enumerate(WIDTHS_CM):
            cells[r][c].width = Cm(w)
        for span in row:
            cell = cells[r][span.col]
            if span.width > 1:
                cell = cell.merge(cells[r][span.col + span.width - 1])
            if span.merge_up:
                cells[r - 1][span.col].merge(cell)
                continue
            _write(cell, span)
    p = doc.add_paragraph()
    set_font(p.add_run(layout.signature(form)), BODY_FONT, 11)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _write(cell, span: layout.Span) -> None:
    lines = span.text.split("\n") if span.text else [""]
    para = cell.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            para = cell.add_paragraph()
        if span.kind in ("section", "head", "label"):
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(para.add_run(line), BODY_FONT, 10.5, bold=span.kind in ("section", "head"))
