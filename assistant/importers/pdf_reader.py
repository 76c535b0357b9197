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
from .grid import Cell, Line, Table, extract, unread_fields
from .limits import MAX_CELLS, MAX_PDF_PAGES, check_pdf
from .pdf_layout import open_document, read_page
from .safety import parser_guard
from .scan_reader import Scans

_PDFIUM_PASSWORD = 4          # FPDF_ERR_PASSWORD
_X_TOL = 1.5                  # points: the same ruling line


@register("pdf")
def read_pdf(data: bytes, name: str) -> ImportResult:
    check_pdf(data, name)
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
            texts: list[str] = []
            scans = Scans(min(count, MAX_PDF_PAGES), warnings)
            blocks = _blocks(_pages(doc, min(count, MAX_PDF_PAGES), name, texts, scans), name)
        finally:
            doc.close()
    return assemble(blocks, texts, name, warnings, "pdf", loose=scans.used)


def assemble(blocks: list, texts: list[str], name: str, warnings: list[str], fmt: str, loose: bool) -> ImportResult:
    """Blocks of a PDF's or a scan's pages into the form: by the tables when the pages have ruled tables,
    from the page text otherwise. A read by OCR (``loose``) is marked so and says so."""
    if not any((b.text.strip() if isinstance(b, Line) else b.rows) for b in blocks):
        if loose:
            raise ReadError(name, "文字识别（OCR）没有识别出文字：图片可能太模糊、太小或不是申报表。请提供更清晰的扫描件或原件。")
        raise ReadError(name, "PDF 没有文字层，也没有可识别的页面图像。请提供 Word/Excel 原件。")
    if loose:
        warnings.append("本文件由文字识别（OCR）读取，所有内容请逐项核对。")
    if not any(isinstance(b, Table) for b in blocks):
        result = _unruled(name, "\n".join(texts), warnings)
    else:
        form, st = extract(blocks, method="ocr" if loose else "table")
        result = ImportResult(form=form, format=fmt, provenance=st.provenance, unplaced=st.unplaced,
                              how=st.how, unread=unread_fields(st), warnings=warnings + st.warnings,
                              text="\n".join(texts) if loose else "")
    result.format = fmt
    if loose:           # whatever path placed them, the characters themselves were recognised, not read
        result.loose, result.how = True, {key: "ocr" for key in result.how}
    return result


def _unruled(name: str, text: str, warnings: list[str]) -> ImportResult:
    """A PDF printed without table borders: no table can be found by its lines, so its text — in
    PDFium's order, a table cell by cell — is read as a text dump is (text_reader)."""
    from .text_reader import read_text
    result = read_text(text.encode("utf-8"), name, shape="dump")
    result.format = "pdf"
    result.warnings = warnings + ["PDF 中的表格没有边框线，已按文字顺序读取，请核对各项内容。"] + result.warnings
    return result


def _pages(doc, count: int, name: str, texts: list[str], scans: Scans):
    """One page at a time (PDFium's page is closed before the next is read: memory stays bounded). A page
    without a text layer is a scan: it is rendered and read by OCR (scan_reader; the next such page is
    started while this one finishes)."""
    from .scan_reader import render

    def layers():
        for i in range(count):
            try:
                page = read_page(doc, i)
            except PdfiumError as e:
                raise ReadError(name, f"PDF 第{i + 1}页已损坏（{e}）。") from e
            yield (i, page, None) if page.chars else (i, None, lambda i=i: render(doc, i))
    for page in scans.each(layers()):
        texts.append(page.text)
        yield page


def _blocks(pages, name: str) -> list:
    """Lines and tables of every page in reading order (top to bottom); a table that goes on at the top
    of the next page, on the same column lines, is joined to the one that ended the page before."""
    blocks: list = []
    cells = 0
    last: tuple[Table, list[float], set[int]] | None = None   # the table ending the page: column lines, full cells
    for p, page in enumerate(pages, start=1):
        found = page.find_tables()
        boxes = [t.bbox for t in found]
        words = page.extract_words()
        items = [(y, 1, Line(text, f"第{p}页")) for y, text in _lines([w for w in words if not _inside(w, boxes)])]
        for t, table in enumerate(found, start=1):
            rows, xs = _rows(table, page.extract_table(table), p, t)
            full = _full_last_cells(page, table, xs)
            cells += sum(len(r) for r in rows)
            if cells > MAX_CELLS:
                raise ReadError(name, f"PDF 表格单元格过多（超过 {MAX_CELLS} 个），拒绝读取。")
            items.append((table.bbox[1], 0, (rows, xs, full)))
        items.sort(key=lambda it: (it[0], it[1]))
        for k, (_y, _kind, item) in enumerate(items):
            if isinstance(item, Line):
                blocks.append(item)
                continue
            rows, xs, full = item
            if k == 0 and last is not None and (cols := _same_columns(last[1], xs)) is not None:
                _continue(last[0], rows, cols, last[2])
                last = (last[0], last[1], {cols[c] for c in full})
                continue
            blocks.append(Table(rows))
            last = (blocks[-1], xs, full)
        if not items or isinstance(items[-1][2], Line):
            last = None
    return blocks


def _same_columns(prev: list[float], xs: list[float]) -> dict[int, int] | None:
    """Column index on this page → column index of the previous page's table, when every column line of
    this table is one of the previous table's (the same table going on); None otherwise."""
    out = {}
    for c, x in enumerate(xs):
        near = min(range(len(prev)), key=lambda j: abs(prev[j] - x))
        if abs(prev[near] - x) > _X_TOL:
            return None
        out[c] = near
    return out


def _continue(prev: Table, rows: list[list[Cell]], cols: dict[int, int], full: set[int]) -> None:
    for row in rows:
        for c in row:
            c.col = cols[c.col]
    if _fragment(prev, rows) or _split_row(prev, rows, full):
        _merge_into(prev, rows[0])
        rows = rows[1:]
    prev.rows.extend(rows)


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


def _rows(table, raw: list[list], p: int, t: int) -> tuple[list[list[Cell]], list[float]]:
    """Cells with their grid column (pdfplumber's: one per distinct left edge) and the column lines.

    A cell covered by a vertical merge from a row above repeats that cell's text with ``merged_up``,
    as the Word reader gives it; a cell covered by a horizontal merge is left out."""
    xs = sorted({box[0] for box in table.cells})
    rows = []
    reaching: dict[int, tuple[float, str]] = {}      # column → (bottom, text) of the last cell starting there
    for r, (trow, vals) in enumerate(zip(table.rows, raw), start=1):
        top = min(box[1] for box in trow.cells if box is not None)
        row = []
        for c, (box, v) in enumerate(zip(trow.cells, vals)):
            where = f"第{p}页 表{t} 第{r}行 第{c + 1}列"
            if box is not None:
                text = _join(v or "")
                row.append(Cell(text, c, where))
                reaching[c] = (box[3], text)
            elif c in reaching and reaching[c][0] > top + _X_TOL:
                row.append(Cell(reaching[c][1], c, where, merged_up=True))
        rows.append(row)
    return rows, xs


def _join(text: str) -> str:
    """Undo the PDF's line wrapping: Chinese lines join directly, Latin words with a space."""
    return re.sub(r"(?<=[A-Za-z,.;])\n(?=[A-Za-z])", " ", text).replace("\n", "")


def _fragment(prev: Table, rows: list[list[Cell]]) -> bool:
    """The first row of a page's table is the tail of the previous page's last row (split across pages)."""
    if not rows or not prev.rows:
        return False
    filled = [c for c in rows[0] if c.text and not c.merged_up]
    same = {c.col for c in rows[0]} == {c.col for c in prev.rows[-1]}
    return 0 < len(filled) <= 1 and same and len(filled[0].text) <= 4


def _split_row(prev: Table, rows: list[list[Cell]], full: set[int]) -> bool:
    """The page broke inside a row: every filled cell of the first row goes on from a cell of the previous
    page's last row whose last line ran to the cell's right edge (its text wrapped on)."""
    if not rows or not prev.rows:
        return False
    before = {c.col: c for c in prev.rows[-1] if c.text and not c.merged_up}
    after = [c for c in rows[0] if c.text and not c.merged_up]
    return bool(after) and all(c.col in before and c.col in full for c in after)


def _full_last_cells(page, table, xs: list[float]) -> set[int]:
    """Columns of the table's last row whose text's last line reaches the cell's right edge (less the
    table's cell padding, the smallest gap between a cell's left edge and its text)."""
    pad, lasts = None, {}
    rows = table.rows  # pdfplumber recomputes this property on every access
    for r, trow in enumerate(rows):
        for box in trow.cells:
            if box is None or not (chars := page.cell_chars(box)):
                continue
            gap = min(ch["x0"] for ch in chars) - box[0]
            pad = gap if pad is None else min(pad, gap)
            if r == len(rows) - 1:
                lasts[xs.index(box[0])] = (box, chars)
    out = set()
    for col, (box, chars) in lasts.items():
        bottom = max(ch["bottom"] for ch in chars)
        line = [ch for ch in chars if ch["bottom"] > bottom - 0.5 * (ch["bottom"] - ch["top"])]
        width = max(ch["x1"] - ch["x0"] for ch in line)
        if box[2] - (pad or 0) - max(ch["x1"] for ch in line) < 1.5 * width:
            out.add(col)
    return out


def _merge_into(prev: Table, frag: list[Cell]) -> None:
    last = prev.rows[-1]
    for c in frag:
        if c.text:
            for d in last:
                if d.col == c.col:
                    d.text += c.text
