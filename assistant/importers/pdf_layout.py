"""A PDF page's characters and ruling lines read with PDFium (C, fast) in pdfplumber's object shapes.

pdfplumber parses every page with pdfminer in pure Python, which costs most of an import.
PDFium (pypdfium2, installed with pdfplumber) gives the same two things the reader needs —
character boxes and the path segments that draw table borders — an order of magnitude
faster. They are handed to pdfplumber's own table finder and text grouping as plain dicts
(``Page`` below quacks like the parts of ``pdfplumber.Page`` those use), so the table
logic stays pdfplumber's.

PDFium is not thread-safe: every call goes through ``LOCK``.
"""
from __future__ import annotations

import bisect
import ctypes
import threading
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as R
from pdfplumber.table import TableFinder
from pdfplumber.utils import extract_text, extract_words

LOCK = threading.RLock()
_AXIS_EPS = 0.01          # a segment this close to horizontal/vertical is a ruling line
_TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


@dataclass
class Page:
    """What pdfplumber's TableFinder / Table.extract read from a page: bbox, edges, chars."""
    bbox: tuple[float, float, float, float]
    chars: list[dict]
    edges: list[dict]
    text: str = ""            # the page's text in PDFium's order (content order: a table cell by cell)
    _sorted: tuple | None = field(default=None, repr=False, compare=False)

    def find_tables(self) -> list:
        return TableFinder(self, _TABLE_SETTINGS).tables

    def extract_words(self) -> list[dict]:
        return extract_words(self.chars)

    def cell_chars(self, box) -> list[dict]:
        """The characters whose centre is inside the box (x0, top, x1, bottom), blanks excluded, in page order."""
        x0, top, x1, bottom = box
        mids, keys = self._mids()
        lo, hi = bisect.bisect_left(keys, top), bisect.bisect_left(keys, bottom)
        inside = sorted((m for m in mids[lo:hi] if x0 <= m[1] < x1 and m[3]["text"].strip()), key=lambda m: m[2])
        return [m[3] for m in inside]

    def _mids(self) -> tuple[list, list[float]]:
        """Characters sorted by vertical centre (with horizontal centre and page order), computed once."""
        if self._sorted is None:
            mids = sorted(((c["top"] + c["bottom"]) / 2, (c["x0"] + c["x1"]) / 2, k, c)
                          for k, c in enumerate(self.chars))
            self._sorted = (mids, [m[0] for m in mids])
        return self._sorted

    def extract_table(self, table) -> list[list[str | None]]:
        """pdfplumber's ``Table.extract()`` (a character belongs to the cell holding its centre; None for a
        cell covered by a merge), without testing every character against every row and cell."""
        mids, keys = self._mids()
        out = []
        for row in table.rows:
            arr: list[str | None] = []
            for cell in row.cells:
                if cell is None:
                    arr.append(None)
                    continue
                x0, top, x1, bottom = cell
                lo, hi = bisect.bisect_left(keys, top), bisect.bisect_left(keys, bottom)
                inside = sorted((m for m in mids[lo:hi] if x0 <= m[1] < x1), key=lambda m: m[2])
                arr.append(extract_text([m[3] for m in inside]) if inside else "")
            out.append(arr)
        return out


def open_document(data: bytes) -> pdfium.PdfDocument:
    with LOCK:
        return pdfium.PdfDocument(data)


def read_page(doc: pdfium.PdfDocument, index: int) -> Page:
    with LOCK:
        page = doc[index]
        try:
            width, height = page.get_size()
            textpage = page.get_textpage()
            try:
                chars = _chars(textpage, height)
                edges: list[dict] = []
                _objects(page, textpage, height, edges, chars)
                text = textpage.get_text_range()
            finally:
                textpage.close()
        finally:
            page.close()
    return Page((0.0, 0.0, width, height), chars, edges, text)


def _chars(textpage, height: float) -> list[dict]:
    raw = textpage.raw
    rect = R.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    out = []
    for i in range(R.FPDFText_CountChars(raw)):
        if R.FPDFText_IsGenerated(raw, i) == 1:
            continue     # PDFium's inferred spaces (also at mere font changes: '2024年'); drawn blanks come from _blanks
        code = R.FPDFText_GetUnicode(raw, i)
        if not code or code in (0xFFFE, 0xFFFF) or not R.FPDFText_GetLooseCharBox(raw, i, rect):
            continue
        text = chr(code) if code < 0x110000 else "\ufffd"
        if text in "\r\n":
            continue
        # vertical extent from the baseline and font size, as pdfplumber has it: glyph-specific boxes put
        # a '，' or '一' off its line
        size = R.FPDFText_GetFontSize(raw, i)
        if size > 0 and R.FPDFText_GetCharOrigin(raw, i, ox, oy):
            bottom = height - oy.value
            out.append(_char(text, rect.left, rect.right, bottom - size, bottom))
        else:
            out.append(_char(text, rect.left, rect.right, height - rect.top, height - rect.bottom))
    return out


def _char(text: str, x0: float, x1: float, top: float, bottom: float) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top, "upright": True,
            "width": x1 - x0, "height": bottom - top, "object_type": "char"}


def _objects(page, textpage, height: float, edges: list[dict], chars: list[dict]) -> None:
    """Ruling lines from path objects; drawn blanks from text objects (the text layer drops them)."""
    identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    for i in range(R.FPDFPage_CountObjects(page.raw)):
        _collect(R.FPDFPage_GetObject(page.raw, i), identity, height, textpage, edges, chars, 0)


def _collect(obj, parent: tuple, height: float, textpage, edges: list, chars: list, depth: int) -> None:
    kind = R.FPDFPageObj_GetType(obj)
    if depth > 8:
        return
    if kind == R.FPDF_PAGEOBJ_TEXT:
        _blank(obj, parent, height, textpage, chars)
        return
    if kind not in (R.FPDF_PAGEOBJ_PATH, R.FPDF_PAGEOBJ_FORM):
        return
    m = R.FS_MATRIX()
    if not R.FPDFPageObj_GetMatrix(obj, m):
        return
    matrix = _compose((m.a, m.b, m.c, m.d, m.e, m.f), parent)
    if kind == R.FPDF_PAGEOBJ_FORM:
        for j in range(R.FPDFFormObj_CountObjects(obj)):
            _collect(R.FPDFFormObj_GetObject(obj, j), matrix, height, textpage, edges, chars, depth + 1)
        return
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if R.FPDFPath_GetDrawMode(obj, fill, stroke) and not fill.value and not stroke.value:
        return             # an unpainted path (clip helper) draws no border
    _path_edges(obj, matrix, height, edges)


def _blank(obj, parent: tuple, height: float, textpage, chars: list) -> None:
    """A text object whose only glyph is a space (PDFium gives it no text): a zero-width blank at its origin,
    as tall as its font, so that it splits words like the space pdfplumber sees ('吴迪 0473-…')."""
    if R.FPDFTextObj_GetText(obj, textpage.raw, None, 0) > 2:
        return
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    size = ctypes.c_float()
    if not R.FPDFPageObj_GetBounds(obj, left, bottom, right, top) or not R.FPDFTextObj_GetFontSize(obj, size):
        return
    a, b, c, d, e, f = parent
    x, y = a * left.value + c * bottom.value + e, b * left.value + d * bottom.value + f
    base = height - y
    chars.append(_char(" ", x, x, base - size.value, base))


def _compose(m: tuple, parent: tuple) -> tuple:
    """m applied first, then parent (PDF row-vector convention)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = parent
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _path_edges(obj, matrix: tuple, height: float, out: list[dict]) -> None:
    a, b, c, d, e, f = matrix
    x, y = ctypes.c_float(), ctypes.c_float()
    start = prev = None
    for k in range(R.FPDFPath_CountSegments(obj)):
        seg = R.FPDFPath_GetPathSegment(obj, k)
        if not R.FPDFPathSegment_GetPoint(seg, x, y):
            continue
        pt = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        kind = R.FPDFPathSegment_GetType(seg)
        if kind == R.FPDF_SEGMENT_MOVETO:
            start = prev = pt
            continue
        if kind == R.FPDF_SEGMENT_LINETO and prev is not None:
            _edge(prev, pt, height, out)
        prev = pt
        if R.FPDFPathSegment_GetClose(seg) and start is not None:
            _edge(prev, start, height, out)
            prev = start


def _edge(p: tuple, q: tuple, height: float, out: list[dict]) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(y0 - y1) <= _AXIS_EPS and abs(x0 - x1) > _AXIS_EPS:
        left, right = sorted((x0, x1))
        top = height - y0
        out.append({"x0": left, "x1": right, "top": top, "bottom": top, "doctop": top, "width": right - left,
                    "height": 0.0, "orientation": "h", "object_type": "line"})
    elif abs(x0 - x1) <= _AXIS_EPS and abs(y0 - y1) > _AXIS_EPS:
        top, bottom = sorted((height - y0, height - y1))
        out.append({"x0": x0, "x1": x0, "top": top, "bottom": bottom, "doctop": top, "width": 0.0,
                    "height": bottom - top, "orientation": "v", "object_type": "line"})
