"""Text recognition (OCR) of a grey page with RapidOCR (PP-OCRv4 mobile models shipped in its wheel:
nothing is downloaded), and the page in the shape the PDF reader reads: characters and ruling lines.

Each recognised line comes with a box per character, so a page of OCR output is a ``pdf_layout.Page``
whose ``chars`` are those boxes and whose ``edges`` are the ruling lines found in the picture (scan.rulings):
pdfplumber's table finder, cell extraction and the one assembler then read a scan exactly as they read
a printed PDF. Coordinates are points (scan.POINTS_PER_PIXEL).

Memory: numpy/OpenCV (about 0.5 GB) and onnxruntime reserve address space beyond what they touch. Under a
memory limit (RLIMIT_AS) OCR needs OCR_ADDRESS_SPACE (measured by eval/bench_ocr.py's ``address_space``);
resident memory peaks near 0.6 GB for one page (``make bench``).
"""
from __future__ import annotations

import os
import re
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from .pdf_layout import Page, _char
from .scan import POINTS_PER_PIXEL, deskew, rulings

OCR_THREADS = 2                              # threads recognising a page's lines (the target machine has 2 cores)
OCR_ADDRESS_SPACE = 2 * 1024 ** 3            # RLIMIT_AS OCR needs (measured: a 1-page scan runs at 1.25 GiB, fails at
                                             # 1; a 2-page one, its pages read at once, runs at 1.75, fails at 1.5)
DET_LIMIT = 1280                             # longest side the text detector sees (pixels)
MARGIN_CELLS = 1                             # blank 32-pixel cells the detector keeps around a page's ink
REC_HEIGHT = 48                              # pixels: the height a line is recognised at (the model's own)
MIN_SCORE = 0.5                              # a recognised line less sure than this is dropped
_ENGINE = None
_LOCK = threading.RLock()


@dataclass
class TextLine:
    text: str
    box: tuple[float, float, float, float]              # x0, top, x1, bottom in pixels
    chars: list[tuple[str, float, float]]               # (character, x0, x1) in pixels
    score: float


def engine():
    """One RapidOCR per process, built on first use (loading the models takes about a second), or inherited: a
    process that forks readers builds it once (isolate._preload). Its sessions run in the calling thread (no
    onnxruntime thread exists to be lost in a fork), so a forked child uses them as they are; only the detector's
    threads are started anew in each process that detects (_Detector)."""
    global _ENGINE
    with _LOCK:
        if _ENGINE is None:
            from rapidocr_onnxruntime import RapidOCR
            # Recognition: one onnxruntime thread per call (its idle threads spin: two of them cost 40 % more CPU
            # for the same page, and a line is too small a task to share); the lines are shared between
            # OCR_THREADS threads instead (_Lines). Each line is
            # recognised alone at its own width: the minimum width (rec_img_shape's last number, 320 by default)
            # would pad a form's many short cells to 320 pixels, a third of the work.
            _ENGINE = RapidOCR(use_cls=False, max_side_len=4096, intra_op_num_threads=1, inter_op_num_threads=1,
                               det_limit_side_len=DET_LIMIT, det_limit_type="max",
                               rec_batch_num=1, rec_img_shape=[3, REC_HEIGHT, REC_HEIGHT])
            _ENGINE.text_det = _Detector(_ENGINE.text_det)
            from .ocr_models import model
            model("Det")    # folded here, so that a forking process's children inherit it (each child folded it
                            # again when it made its detector session: 0.3 CPU-seconds a file)
            _ENGINE.text_rec.session.session = _session("Rec", 1)
            _ENGINE.text_rec = _Lines(_ENGINE.text_rec)
            _give_back()
    return _ENGINE


def _give_back() -> None:
    """The heap that loading and folding the models used and freed (the models parsed, converted and written out
    again: about 70 MB) returned to the system (glibc's malloc_trim), so that neither this process nor the readers
    it forks carry it; nothing where the C library has no malloc_trim."""
    import ctypes
    import ctypes.util
    import gc
    gc.collect()
    try:
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


class _Detector:
    """RapidOCR's text detector on the inked part of the page, at the scale the whole page would be detected at:
    DET_LIMIT pixels on the page's longest side at most (rapidocr-onnxruntime 1.4 ignores det_limit_side_len when
    det_limit_type is "max": a page of 1500 pixels or more was detected at up to 2000). The blank margins around
    the ink are left out (_inked: about half an A4 form's area, most of a last page's), the window lying on the
    network's 32-pixel grid of the whole page with a blank border of its own, so that the boxes are the ones the
    whole page gives. Preprocessing is made per call rather than set on the shared detector (pages are read in
    parallel threads); OCR_THREADS threads that sleep rather than spin when idle."""

    def __init__(self, det):
        self.det, self.sessions = det, {}       # by process: one made in a forking process is kept in its child,
                                                # never closed there (closing waits for threads the child lacks)

    def __getattr__(self, name):
        return getattr(self.det, name)

    def __call__(self, img: np.ndarray):
        """The text boxes of a grey page (a 3-channel one is read by its first channel: RapidOCR's pages are grey
        repeated), in the page's pixels."""
        import cv2
        with _LOCK:
            if os.getpid() not in self.sessions:            # this process's threads (a forked child inherits none)
                self.sessions[os.getpid()] = _session("Det", OCR_THREADS)
            self.det.infer.session = self.sessions[os.getpid()]
        start = time.perf_counter()
        gray = img[:, :, 0] if img.ndim == 3 else img
        h, w = gray.shape
        ratio = min(1.0, DET_LIMIT / max(h, w))
        size = (round(int(w * ratio) / 32) * 32, round(int(h * ratio) / 32) * 32)    # as DetPreProcess sizes it
        if not all(size):
            return None, 0.0
        page = cv2.resize(gray, size)
        y0, y1, x0, x1 = _inked(page)
        mean = np.asarray(self.det.mean, np.float32)[:, None, None]    # the network's three channels from one
        x = page[None, y0:y1, x0:x1].astype(np.float32) / np.float32(255) - mean
        x /= np.asarray(self.det.std, np.float32)[:, None, None]
        found = np.zeros((1, 1, size[1], size[0]), np.float32)        # nothing found on the blank margins
        found[:, :, y0:y1, x0:x1] = self.det.infer(x[None])[0]
        boxes, _scores = self.det.postprocess_op(found, (h, w))
        return self.det.filter_tag_det_res(boxes, (h, w)), time.perf_counter() - start


def _inked(gray: np.ndarray, grid: int = 32, border: int | None = None) -> tuple[int, int, int, int]:
    """The window (top, bottom, left, right) of a page that holds its ink: whole cells of the detector's
    ``grid`` over the page, ``border`` blank cells kept around the ink; the whole page when it has none."""
    import cv2
    border = MARGIN_CELLS if border is None else border
    _, ink = cv2.threshold(gray, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    span = []
    for axis, size in ((1, gray.shape[0]), (0, gray.shape[1])):
        inked = np.flatnonzero(ink.sum(axis=axis) > 1)
        if not len(inked):
            return 0, gray.shape[0], 0, gray.shape[1]
        span += [max(0, (inked[0] // grid - border) * grid), min(size, (inked[-1] // grid + 1 + border) * grid)]
    return tuple(span)


def _session(part: str, threads: int):
    """An onnxruntime session of RapidOCR's shipped model for ``part`` ("Det", "Rec"), its element-wise tails
    folded (ocr_models.py: the same network, a third less work), in ``threads`` threads that sleep when idle."""
    import onnxruntime as ort

    from .ocr_models import model
    options = ort.SessionOptions()
    options.intra_op_num_threads, options.inter_op_num_threads, options.log_severity_level = threads, 1, 4
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(model(part), options, providers=["CPUExecutionProvider"])


class _Lines:
    """The recogniser with a page's lines shared between OCR_THREADS threads (onnxruntime runs them in
    parallel: it releases the GIL). Each line is its own job, widest first, taken by whichever thread is free
    (a line's cost is its width only roughly, and a thread may be kept from its core: shares fixed in advance
    left one thread idle while the other finished); results in the lines' order. ``then(i, result)``, when
    given, is run on each line's result in the thread that read it (the line's character places: Python
    that runs while the other thread's line is in onnxruntime)."""

    def __init__(self, recogniser):
        self.recogniser = recogniser
        self.pool, self.pid = None, None

    def _pool(self) -> ThreadPoolExecutor:
        """This process's threads (a forked child inherits the pool but not its threads: it makes its own)."""
        with _LOCK:
            if self.pid != os.getpid():
                self.pool, self.pid = ThreadPoolExecutor(OCR_THREADS, thread_name_prefix="ocr"), os.getpid()
            return self.pool

    def __getattr__(self, name):
        return getattr(self.recogniser, name)

    def submit(self, fn, *args):
        """Another job for the recognising threads (a page's ruling lines, found while its lines are read)."""
        return self._pool().submit(fn, *args)

    def __call__(self, crops, return_word_box: bool = False, then=None):
        crops = [crops] if isinstance(crops, np.ndarray) else list(crops)
        start = time.perf_counter()

        def line(i):
            (result,), _seconds = self.recogniser([crops[i]], return_word_box)
            return then(i, result) if then is not None else result
        order = sorted(range(len(crops)), key=lambda i: -_width(crops[i]))
        jobs = dict(zip(order, [self._pool().submit(line, i) for i in order]))
        try:
            return [jobs[i].result() for i in range(len(crops))], time.perf_counter() - start
        finally:
            for job in jobs.values():
                job.cancel()


def _width(crop: np.ndarray) -> float:
    """A line's width once scaled to the recogniser's height (its cost)."""
    return crop.shape[1] / max(1, crop.shape[0])


def recognise(gray: np.ndarray, found=None) -> list[TextLine]:
    """The text lines of a grey page, each with its character boxes: RapidOCR's steps (its __call__ without the
    angle classifier), on the grey page itself rather than on three copies of it, and with the characters' places
    worked out per line at once (_word_boxes) rather than point by point, in the thread that read the line.
    ``found(boxes)``, when given, is told the detected lines' boxes before they are read."""
    # pages may be read in parallel threads (scan_reader.IN_FLIGHT): onnxruntime's sessions run concurrent calls,
    # the recogniser's threads take lines of both pages, and nothing here is set on the shared engine
    ocr = engine()
    raw_h, raw_w = gray.shape
    img, ratio_h, ratio_w = ocr.preprocess(gray)
    img, record = ocr.maybe_add_letterbox(img, {"preprocess": {"ratio_h": ratio_h, "ratio_w": ratio_w}})
    boxes, _elapsed = ocr.auto_text_det(img)
    if boxes is None:
        return []
    crops = [np.repeat(crop[:, :, None], 3, axis=2) for crop in ocr.get_crop_img_list(img, boxes)]
    line_boxes = [(float(points[:, 0].min()), float(points[:, 1].min()), float(points[:, 0].max()),
                   float(points[:, 1].max())) for points in ocr._get_origin_points(boxes, record, raw_h, raw_w)]
    if found is not None:
        found(line_boxes)

    def line(i: int, result) -> TextLine | None:
        text, score, info = result
        if score < MIN_SCORE or not text.strip():
            return None
        words, word_boxes = _word_boxes(boxes[i], crops[i], text, info, record, raw_h, raw_w)
        return TextLine(text, line_boxes[i], _char_boxes(text, line_boxes[i], word_boxes, words), float(score))
    lines, _elapsed = ocr.text_rec(crops, True, then=line)
    return [ln for ln in lines if ln is not None]


def _word_boxes(box: np.ndarray, crop: np.ndarray, text: str, info, record: dict, raw_h: int, raw_w: int):
    """The characters of a recognised line and their boxes on the page, as RapidOCR's CalRecBoxes places them
    (the recogniser's columns in the crop, mapped back through the crop's perspective transform), one matrix
    product per line."""
    import cv2
    from rapidocr_onnxruntime.cal_rec_boxes.main import CalRecBoxes
    h, w = crop.shape[:2]
    words, cells, _conf = CalRecBoxes.cal_ocr_word_box(text, np.array([[0, 0], [w, 0], [w, h], [0, h]]), info)
    if not cells:
        return words, []
    cells = CalRecBoxes.adjust_box_overlap(cells)
    direction = CalRecBoxes.get_box_direction(box)
    if direction != "w":                               # a tall box, its crop turned: RapidOCR's own way
        points = np.array(engine().cal_rec_boxes.reverse_rotate_crop_image(box.copy(), cells, direction))
    else:
        corners = np.float32(box)
        left, top = int(corners[:, 0].min()), int(corners[:, 1].min())
        corners -= np.float32([left, top])
        width, height = int(np.linalg.norm(corners[0] - corners[1])), int(np.linalg.norm(corners[0] - corners[3]))
        square = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
        _, back = cv2.invert(cv2.getPerspectiveTransform(corners, square))
        cells = np.asarray(cells, np.float32)
        xyz = np.concatenate([cells, np.ones(cells.shape[:2] + (1,), np.float32)], axis=2) @ back.T
        points = np.trunc(xyz[..., :2] / xyz[..., 2:] + np.array([left, top])).astype(np.int64)
    return words, engine()._get_origin_points(list(points), record, raw_h, raw_w).astype(np.int32).tolist()


def _char_boxes(text: str, box, word_boxes, words) -> list[tuple[str, float, float]]:
    """A box per character: the recogniser's own when it gave one per character, else the line's width shared."""
    if word_boxes and words and len(words) == len(word_boxes) and "".join(words) == text:
        out = []
        for word, wb in zip(words, word_boxes):
            x0, x1 = min(p[0] for p in wb), max(p[0] for p in wb)
            step = (x1 - x0) / max(1, len(word))
            out.extend((ch, x0 + k * step, x0 + (k + 1) * step) for k, ch in enumerate(word))
        return out
    x0, _top, x1, _bottom = box
    step = (x1 - x0) / max(1, len(text))
    return [(ch, x0 + k * step, x0 + (k + 1) * step) for k, ch in enumerate(text)]


def ocr_page(gray: np.ndarray) -> tuple[Page, float]:
    """One page of a scan read into a Page (characters, ruling lines, text) in points; and its skew (degrees).
    The ruling lines are looked for by one of the recognising threads as soon as the text boxes are detected,
    while the lines are read (a page's only step that needs no text): used when every detected line was kept,
    as they are then the very boxes to_page would look with."""
    raster = deskew(gray)
    early: list = []

    def found(boxes):
        height = _text_height(boxes)
        early.extend([(boxes, height), engine().text_rec.submit(rulings, raster.pixels, boxes, height)])
    lines = recognise(raster.pixels, found)
    return to_page(raster.pixels, lines, early or None), raster.skew


def _text_height(boxes: list) -> float:
    return statistics.median([b[3] - b[1] for b in boxes]) if boxes else 20.0


def to_page(pixels: np.ndarray, lines: list[TextLine], early=None) -> Page:
    """Recognised lines and the picture's ruling lines as a Page in points. ``early``: ((boxes, text height), the
    future of the ruling lines found with them), used when they are this page's lines' boxes and height."""
    boxes = [ln.box for ln in lines]
    height = _text_height(boxes)
    if early is not None and early[0] == (boxes, height):
        segments = early[1].result()
    else:
        segments = rulings(pixels, boxes, height)
    lines = [_lone_zero(_off_the_lines(ln, segments)) for ln in lines]
    lines = lone_signs(pixels, lines, segments, height)
    k = POINTS_PER_PIXEL
    chars = []
    for ln in lines:
        _x0, top, _x1, bottom = ln.box
        for i, (ch, cx0, cx1) in enumerate(ln.chars):
            if ch == " ":
                continue
            if i and ln.chars[i - 1][0] == " ":     # a space the recogniser read: a blank that splits words
                chars.append(_char(" ", cx0 * k, cx0 * k, top * k, bottom * k))
            elif i + 1 < len(ln.chars) and ln.chars[i + 1][0] != " ":
                cx1 = max(cx1, ln.chars[i + 1][1])   # within a recognised run no gap: no space is guessed there
            chars.append(_char(ch, cx0 * k, cx1 * k, top * k, bottom * k))
    edges = [_edge(x0 * k, y0 * k, x1 * k, y1 * k) for x0, y0, x1, y1 in segments]
    h, w = pixels.shape
    text = "\n".join(ln.text for ln in _reading_order(lines, height))
    return Page((0.0, 0.0, w * k, h * k), chars, edges, text)


BORDER_GLYPHS = set("|丨「」[]【】")       # what the recogniser reads a ruling line in a text box as


def _off_the_lines(ln: TextLine, segments: list) -> TextLine:
    """The line without the ruling lines it read as characters: a 「 or | at either end of the line, lying on a
    vertical ruling line (a detector's box that reached over a cell's border took the border in)."""
    mid = (ln.box[1] + ln.box[3]) / 2
    verticals = [x0 for x0, y0, x1, y1 in segments if x0 == x1 and y0 <= mid <= y1]

    def on_a_line(char) -> bool:
        return char[0] in BORDER_GLYPHS and any(char[1] - 3 <= x <= char[2] + 3 for x in verticals)
    chars = list(ln.chars)
    while chars and on_a_line(chars[0]):
        chars.pop(0)
    while chars and on_a_line(chars[-1]):
        chars.pop()
    if len(chars) == len(ln.chars) or not chars:
        return ln
    return TextLine("".join(ch for ch, _x0, _x1 in chars), ln.box, chars, ln.score)


def _lone_zero(ln: TextLine) -> TextLine:
    """A line that is one round glyph alone: the digit 0. The recogniser, given a lone '0' in a cell (a blank amount
    written 0), reads it as the letter o or O — which no cell of a Chinese form holds alone."""
    if ln.text not in ("o", "O"):
        return ln
    return TextLine("0", ln.box, [("0", x0, x1) for _ch, x0, x1 in ln.chars], ln.score)


SIGNS = set("≥≤=<>＝")


def lone_signs(pixels: np.ndarray, lines: list[TextLine], segments: list, height: float) -> list[TextLine]:
    """The lines with the comparison signs that stand alone in a cell (a 指标方向 column's '≥', '≤', '='): the detector
    passes them by, or the recogniser reads them as letters ('N', 'W', 'AI'). The ink that no text line and no ruling
    line covers is cut into glyphs of two strokes; a glyph that is a bar under a chevron is ≥ (the chevron's point to
    the right) or ≤ (to the left), two like bars one over the other are =. Anything else is left alone: no sign is
    given that its strokes do not show, and a line read as letters is replaced only by a sign found inside it."""
    import cv2
    odd = [ln for ln in lines if len(ln.text) <= 2 and not set(ln.text) & SIGNS
           and not re.search(r"[\u4e00-\u9fff\d%％]", ln.text)]
    _, ink = cv2.threshold(pixels, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    for x0, y0, x1, y1 in segments:
        ink[max(0, int(y0) - 3):int(y1) + 4, max(0, int(x0) - 3):int(x1) + 4] = 0
    for ln in lines:
        if ln not in odd:
            x0, y0, x1, y1 = map(int, ln.box)
            ink[max(0, y0):y1 + 1, max(0, x0):x1 + 1] = 0
    n, _labels, stats, _c = cv2.connectedComponentsWithStats(ink, connectivity=8)
    strokes = [tuple(int(v) for v in stats[k][:4]) + (k,) for k in range(1, n)
               if stats[k][4] >= 6 and stats[k][2] <= height and stats[k][3] <= height]
    found = []
    for a in strokes:
        near = [b for b in strokes if b is not a and _overlap(a, b) >= 0.6 and abs(b[1] - (a[1] + a[3])) <= 0.3 * height]
        crowd = [b for b in strokes if b is not a and b[0] < a[0] + a[2] + height * 0.3 and a[0] < b[0] + b[2] + height * 0.3
                 and b[1] < a[1] + a[3] + height * 0.5 and a[1] < b[1] + b[3] + height * 0.5]
        if len(near) != 1 or len(crowd) != 1:
            continue
        b = near[0]                                           # a over b, nothing else beside them
        sign = _two_strokes(a, b, _labels, height)
        if sign:
            x0, y0 = min(a[0], b[0]), a[1]
            x1, y1 = max(a[0] + a[2], b[0] + b[2]), b[1] + b[3]
            found.append(TextLine(sign, (float(x0), float(y0), float(x1), float(y1)), [(sign, float(x0), float(x1))], 0.5))
    if not found:
        return lines
    inside = {id(ln) for ln in odd for f in found
              if ln.box[0] - 3 <= (f.box[0] + f.box[2]) / 2 <= ln.box[2] + 3 and ln.box[1] - 3 <= (f.box[1] + f.box[3]) / 2 <= ln.box[3] + 3}
    return [ln for ln in lines if id(ln) not in inside] + found


def _overlap(a: tuple, b: tuple) -> float:
    """How much of the narrower of two boxes (x, y, w, h, …) the other spans across."""
    return max(0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])) / max(1, min(a[2], b[2]))


def _two_strokes(a: tuple, b: tuple, labels: np.ndarray, height: float) -> str:
    """'≥', '≤' or '=' for a glyph of stroke ``a`` over stroke ``b`` (boxes x, y, w, h, label), '' for any other."""
    def bar(s):
        return s[3] <= max(3, s[2] / 3) and s[2] >= 0.2 * height
    if not bar(b) or b[2] > 0.9 * height:
        return ""
    if bar(a):
        return "=" if abs(a[2] - b[2]) <= 0.3 * max(a[2], b[2]) and b[1] - (a[1] + a[3]) <= max(a[2], b[2]) else ""
    x, y, w, h, k = a
    if not (w >= 0.2 * height and 0.5 * w <= h <= 1.3 * w and abs(w - b[2]) <= 0.35 * max(w, b[2])):
        return ""
    ys, xs = np.nonzero(labels[y:y + h, x:x + w] == k)
    rel = ys / max(1, h - 1)
    ends, middle = xs[(rel <= 0.25) | (rel >= 0.75)], xs[(rel >= 0.4) & (rel <= 0.6)]
    if not len(ends) or not len(middle):
        return ""
    lean = (middle.mean() - ends.mean()) / w
    return "≥" if lean >= 0.3 else "≤" if lean <= -0.3 else ""


def _reading_order(lines: list[TextLine], height: float) -> list[TextLine]:
    """Top to bottom, left to right within a visual line (same baseline within half a line height)."""
    rows: list[list[TextLine]] = []
    for ln in sorted(lines, key=lambda ln: (ln.box[1] + ln.box[3]) / 2):
        mid = (ln.box[1] + ln.box[3]) / 2
        if rows and abs(mid - (rows[-1][0].box[1] + rows[-1][0].box[3]) / 2) < height / 2:
            rows[-1].append(ln)
        else:
            rows.append([ln])
    return [ln for row in rows for ln in sorted(row, key=lambda ln: ln.box[0])]


def _edge(x0: float, y0: float, x1: float, y1: float) -> dict:
    horizontal = abs(y1 - y0) < abs(x1 - x0)
    return {"x0": min(x0, x1), "x1": max(x0, x1), "top": min(y0, y1), "bottom": max(y0, y1), "doctop": min(y0, y1),
            "width": abs(x1 - x0), "height": abs(y1 - y0), "orientation": "h" if horizontal else "v",
            "object_type": "line"}
