"""PDF declarations: ruled tables first, the page's words (text lines) as the fallback.

Pages are parsed with PDFium (pdf_layout: characters and ruling lines, fast) and their tables
found by pdfplumber's table finder on those objects. Only the first MAX_PDF_PAGES pages are
read (with a warning). A PDF with no text layer (a scan) or with a password gets a clear
ReadError. Line breaks inside a table cell are the PDF's wrapping, not the author's, so cell
lines are joined.
"""
from __future__ import annotations

import re

from pypdfium2 import PdfiumError

from ..errors import ReadError
from . import ImportResult, register
from .grid import Cell, Line, Table, extract
from .limits import MAX_CELLS, MAX_PDF_PAGES
from .pdf_layout import open_document, read_page
from .safety import parser_guard

_PDFIUM_PASSWORD = 4          # FPDF_ERR_PASSWORD


@register("pdf")
def read_pdf(data: bytes, name: str) -> ImportResult:
    try:
        doc = open_document(data)
    except PdfiumError as e:
        if e.err_code == _PDFIUM_PASSWORD:
            raise ReadError(name, "PDF 已加密（需要密码）。请另存为未加密的 PDF 或 Word 后重试。") from e
        raise ReadError(name, f"PDF 文件已损坏，无法解析（{e}）。") from e
    warnings: list[str] = []
    with parser_guard(name, "PDF 文件"):
        try:
            count = len(doc)
            if count > MAX_PDF_PAGES:
                warnings.append(f"PDF 共 {count} 页，只读取了前 {MAX_PDF_PAGES} 页。")
            blocks = _blocks(_pages(doc, min(count, MAX_PDF_PAGES), name), name)
        finally:
            doc.close()
    if not any((b.text.strip() if isinstance(b, Line) else b.rows) for b in blocks):
        raise ReadError(name, "PDF 没有文字层（可能是扫描件或图片），无法读取文字。请提供 Word/Excel 原件，或先做文字识别（OCR）。")
    form, st = extract(blocks)
    return ImportResult(form=form, format="pdf", provenance=st.provenance, unplaced=st.unplaced,
                        warnings=warnings + st.warnings)


def _pages(doc, count: int, name: str):
    """One page at a time (PDFium's page is closed before the next is read: memory stays bounded)."""
    for i in range(count):
        try:
            yield read_page(doc, i)
        except PdfiumError as e:
            raise ReadError(name, f"PDF 第{i + 1}页已损坏（{e}）。") from e


def _blocks(pages, name: str) -> list:
    blocks: list = []
    cells = 0
    last_table: Table | None = None
    last_cols = 0
    for p, page in enumerate(pages, start=1):
        tables = [(t.bbox, page.extract_table(t)) for t in page.find_tables()]
        words = page.extract_words()
        boxes = [b for b, _ in tables]
        lines = _lines([w for w in words if not _inside(w, boxes)])
        # lines above the first table come first, the rest after (titles above, signatures below)
        top = min((b[1] for b in boxes), default=float("inf"))
        above = [text for y, text in lines if y < top]
        below = [text for y, text in lines if y >= top]
        for ln in above:
            blocks.append(Line(ln, f"第{p}页"))
        for t, (_bbox, raw) in enumerate(tables, start=1):
            rows = _rows(raw, p, t)
            cells += sum(len(r) for r in rows)
            if cells > MAX_CELLS:
                raise ReadError(name, f"PDF 表格单元格过多（超过 {MAX_CELLS} 个），拒绝读取。")
            ncols = len(raw[0]) if raw else 0
            if t == 1 and last_table is not None and not above and ncols == last_cols:
                # the previous page's table goes on (no header repeated)
                if _fragment(last_table, rows):
                    _merge_into(last_table, rows[0])
                    rows = rows[1:]
                last_table.rows.extend(rows)
                continue
            last_table, last_cols = Table(rows), ncols
            blocks.append(last_table)
        for ln in below:
            blocks.append(Line(ln, f"第{p}页"))
        if not tables and lines:
            last_table = None
    return blocks


def _inside(w: dict, boxes) -> bool:
    cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
    return any(x0 <= cx <= x1 and y0 <= cy <= y1 for x0, y0, x1, y1 in boxes)


def _lines(words: list[dict]) -> list[tuple[float, str]]:
    """Words outside tables grouped into text lines (same baseline within 3pt), top to bottom."""
    out: list[tuple[float, list[dict]]] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if out and abs(out[-1][0] - w["top"]) <= 3:
            out[-1][1].append(w)
        else:
            out.append((w["top"], [w]))
    return [(y, " ".join(x["text"] for x in sorted(ws, key=lambda x: x["x0"]))) for y, ws in out]


def _rows(raw: list[list], p: int, t: int) -> list[list[Cell]]:
    rows = []
    for r, vals in enumerate(raw, start=1):
        row = []
        for c, v in enumerate(vals):
            if v is None:       # covered by a merged cell
                continue
            row.append(Cell(_join(v), c, f"第{p}页 表{t} 第{r}行 第{c + 1}列"))
        rows.append(row)
    return rows


def _join(text: str) -> str:
    """Undo the PDF's line wrapping: Chinese lines join directly, Latin words with a space."""
    return re.sub(r"(?<=[A-Za-z,.;])\n(?=[A-Za-z])", " ", text).replace("\n", "")


def _fragment(prev: Table, rows: list[list[Cell]]) -> bool:
    """The first row of a page's table is the tail of the previous page's last row (split across pages)."""
    if not rows or not prev.rows:
        return False
    filled = [c for c in rows[0] if c.text]
    return 0 < len(filled) <= 1 and len(rows[0]) == len(prev.rows[-1]) and len(filled[0].text) <= 4


def _merge_into(prev: Table, frag: list[Cell]) -> None:
    last = prev.rows[-1]
    for c in frag:
        if c.text:
            for d in last:
                if d.col == c.col:
                    d.text += c.text
