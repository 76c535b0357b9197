"""Scans and photos (.png .jpg .tif, and PDF pages without a text layer) read by OCR.

Each page is straightened and recognised (ocr.py), its ruling lines found (scan.py), and the result is
a page of characters and lines that the PDF reader's table finder and the one assembler read as they
read a printed PDF (pdf_reader.assemble). Bounded: MAX_PDF_PAGES pages, MAX_OCR_SECONDS of CPU per file
(the rest is left out with a warning; CPU, not wall-clock time, so that a busy machine does not cut a file
short — the batch's per-file timeout bounds the wall-clock time), pixels per page (scan.py).
Progress goes to progress.report.
Every read is ``loose``: the review lists what OCR read as 请核对.
"""
from __future__ import annotations

import time

from . import ImportResult, register
from .limits import MAX_PDF_PAGES
from .pdf_layout import LOCK, Page
from .progress import report

OCR_DPI = 150                    # a PDF page rendered for OCR: A4 becomes 1240 × 1754 pixels
MAX_RENDER_SIDE = 2400           # pixels: a huge page is rendered smaller, never larger than this
MAX_OCR_SECONDS = 200            # CPU seconds (all threads) of OCR for one file: about 30 pages; then it stops


@register("image")
def read_image(data: bytes, name: str) -> ImportResult:
    from .pdf_reader import _blocks, assemble
    from .scan import cut_pages, normalise, open_image
    warnings: list[str] = []
    pieces = [p for frame in open_image(data, name) for p in cut_pages(normalise(frame))]
    if len(pieces) > MAX_PDF_PAGES:
        warnings.append(f"图片共 {len(pieces)} 页，只识别了前 {MAX_PDF_PAGES} 页。")
        pieces = pieces[:MAX_PDF_PAGES]
    ocr = Scans(len(pieces), warnings)
    pages = (page for k, piece in enumerate(pieces) if (page := ocr.read(piece, k)) is not None)
    blocks = _blocks(pages, name)
    return assemble(blocks, ocr.texts, name, warnings, "image", loose=True)


class Scans:
    """The OCR of one file's pages: progress, the time budget, and the text read so far."""

    def __init__(self, total: int, warnings: list[str]):
        self.total, self.warnings = total, warnings
        self.start: float | None = None
        self.texts: list[str] = []
        self.stopped = False

    @property
    def used(self) -> bool:
        return self.start is not None

    def read(self, gray, k: int) -> Page | None:
        """Page k read by OCR; None once the time budget is spent (with one warning)."""
        from .ocr import ocr_page
        from .scan import normalise
        if self.start is None:
            from .isolate import widen
            widen("ocr")                  # OCR's libraries need a higher ceiling (and time) than parsing the file
            self.start = time.process_time()
        elif self.stopped or time.process_time() - self.start > MAX_OCR_SECONDS:
            if not self.stopped:
                self.warnings.append(f"文字识别用时超过 {MAX_OCR_SECONDS} 秒，第{k + 1}页起未识别（共 {self.total} 页）。")
            self.stopped = True
            return None
        report(f"第{k + 1}/{self.total}页 文字识别中…")
        if blank(gray):
            self.texts.append("")
            return Page((0.0, 0.0, 1.0, 1.0), [], [], "")
        page, _skew = ocr_page(normalise(gray))
        self.texts.append(page.text)
        return page

    def pdf_page(self, doc, index: int) -> Page | None:
        if self.stopped:
            return None
        return self.read(render(doc, index), index)


def blank(gray) -> bool:
    """A page with (almost) no ink: nothing to recognise."""
    return int((gray < 160).sum()) < max(50, gray.size // 5000)


def render(doc, index: int):
    """A PDF page as grey pixels at OCR_DPI, scaled down when that would exceed MAX_RENDER_SIDE."""
    import numpy as np
    with LOCK:
        page = doc[index]
        try:
            w, h = page.get_size()
            scale = min(OCR_DPI / 72, MAX_RENDER_SIDE / max(w, h, 1))
            bitmap = page.render(scale=scale, grayscale=True)
            try:
                pixels = bitmap.to_numpy()
                gray = np.array(pixels[:, :, 0] if pixels.ndim == 3 else pixels)
            finally:
                bitmap.close()
        finally:
            page.close()
    return gray
