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
from collections import deque
from concurrent.futures import Future
from typing import Callable, Iterable, Iterator

from . import ImportResult, register
from .limits import MAX_PDF_PAGES
from .pdf_layout import LOCK, Page
from .progress import report

OCR_DPI = 150                    # a PDF page rendered for OCR: A4 becomes 1240 × 1754 pixels
MAX_RENDER_SIDE = 2400           # pixels: a huge page is rendered smaller, never larger than this
MAX_OCR_SECONDS = 200            # CPU seconds (all threads) of OCR for one file: about 30 pages; then it stops
IN_FLIGHT = 2                    # pages read by OCR at once (their threads share the models and the 2 cores)


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
    pages = ocr.each((k, None, lambda piece=piece: piece) for k, piece in enumerate(pieces))
    blocks = _blocks(pages, name)
    return assemble(blocks, ocr.texts, name, warnings, "image", loose=True)


Source = Callable[[], "np.ndarray"]      # a page's grey pixels, made when its OCR starts (a PDF page rendered)


class Scans:
    """The OCR of one file's pages: progress, the time budget, and the text read so far. IN_FLIGHT pages are
    read at once, in their own threads, so that one page's steps in Python (deskew, word boxes, ruling lines)
    run while the models read the other: both cores stay busy."""

    def __init__(self, total: int, warnings: list[str]):
        self.total, self.warnings = total, warnings
        self.start: float | None = None
        self.texts: list[str] = []
        self.stopped = False

    @property
    def used(self) -> bool:
        return self.start is not None

    def each(self, items: Iterable[tuple[int, Page | None, Source | None]]) -> Iterator[Page]:
        """The pages in order: (k, page, None) passes a page that has its text; (k, None, source) is read by OCR.
        Stops at the first page the time budget leaves out (with one warning)."""
        from concurrent.futures import ThreadPoolExecutor
        pending: deque = deque()
        with ThreadPoolExecutor(IN_FLIGHT, thread_name_prefix="ocr-page") as pool:
            try:
                for k, page, source in items:
                    if source is not None:
                        if not self._may_start(k):
                            break
                        page = pool.submit(_read, source)
                    pending.append(page)
                    while pending and (not isinstance(pending[0], Future) or _reading(pending) >= IN_FLIGHT):
                        yield self._done(pending.popleft())
                while pending:
                    yield self._done(pending.popleft())
            finally:
                for job in pending:
                    if isinstance(job, Future):
                        job.cancel()

    def _may_start(self, k: int) -> bool:
        if self.start is None:
            from .isolate import widen
            widen("ocr")                  # OCR's libraries need a higher ceiling (and time) than parsing the file
            self.start = time.process_time()
        elif self.stopped or time.process_time() - self.start > MAX_OCR_SECONDS:
            if not self.stopped:
                self.warnings.append(f"文字识别用时超过 {MAX_OCR_SECONDS} 秒，第{k + 1}页起未识别（共 {self.total} 页）。")
            self.stopped = True
            return False
        report(f"第{k + 1}/{self.total}页 文字识别中…")
        return True

    def _done(self, job) -> Page:
        page = job.result() if isinstance(job, Future) else job
        self.texts.append(page.text)
        return page


def _reading(pending) -> int:
    return sum(isinstance(job, Future) for job in pending)


def _read(source: Source) -> Page:
    """One page read by OCR (in a page thread)."""
    from .ocr import ocr_page
    from .scan import normalise
    gray = source()
    if blank(gray):
        return Page((0.0, 0.0, 1.0, 1.0), [], [], "")
    page, _skew = ocr_page(normalise(gray))
    return page


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
