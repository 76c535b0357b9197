"""Scans and photos as grey pages ready for OCR: bounded decoding, deskew, long images cut into pages,
and the ruling lines of the tables on a page.

Decoding is bounded before any pixel is decoded: Pillow reads the header, a picture of more than
MAX_PIXELS is refused (a JPEG is decoded at a reduced scale instead, which its format allows), and
Pillow's own decompression-bomb guard stays on. Pages are normalised to a width of about
PAGE_WIDTH pixels (an A4 page at 150 dpi), so that coordinates in points are comparable with a
PDF's (POINTS_PER_PIXEL).
"""
from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageOps

from ..errors import ReadError

MAX_PIXELS = 60_000_000                   # a 48-megapixel phone photo passes; 20,000 × 20,000 does not
MAX_FRAMES = 30                           # pages of a multi-page TIFF
PAGE_WIDTH = 1240                         # pixels: A4 at 150 dpi
MAX_WIDTH, MIN_WIDTH = 1700, 900          # a page narrower or wider than this is scaled to PAGE_WIDTH
POINTS_PER_PIXEL = 72 / 150
MAX_SKEW = 6.0                            # degrees of rotation the deskew looks for
_FORMATS = {"PNG": "PNG", "JPEG": "JPEG", "MPO": "JPEG", "TIFF": "TIFF", "BMP": "BMP"}


@dataclass
class Raster:
    """A grey page (uint8, white paper) and how it was straightened."""
    pixels: np.ndarray
    skew: float = 0.0


def open_image(data: bytes, name: str) -> list[np.ndarray]:
    """The pages of an image file as grey arrays (a multi-page TIFF gives several), EXIF rotation applied."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            img = Image.open(io.BytesIO(data))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
            raise ReadError(name, f"图片像素过多（{_size_of(e)}），拒绝读取。请缩小后重试。") from e
        except (OSError, ValueError, SyntaxError) as e:
            raise ReadError(name, f"图片文件已损坏或格式不受支持（{type(e).__name__}）。") from e
        if img.format not in _FORMATS:
            raise ReadError(name, f"不支持的图片格式（{img.format}）；支持 PNG、JPEG、TIFF。")
        w, h = img.size
        if w * h > MAX_PIXELS:
            if img.format != "JPEG":
                raise ReadError(name, f"图片像素过多（{w}×{h}），上限为 {MAX_PIXELS // 1_000_000} 百万像素。请缩小后重试。")
            f = (MAX_PIXELS / (w * h)) ** 0.5 / 2      # JPEG decodes at 1/2, 1/4 or 1/8: the first one below f*2
            img.draft("L", (max(1, int(w * f)), max(1, int(h * f))))
            if img.size[0] * img.size[1] > MAX_PIXELS:
                raise ReadError(name, f"图片像素过多（{w}×{h}），拒绝读取。请缩小后重试。")
        pages = []
        try:
            for k in range(min(getattr(img, "n_frames", 1), MAX_FRAMES)):
                img.seek(k)
                frame = ImageOps.exif_transpose(img) if k == 0 else img
                pages.append(np.asarray(frame.convert("L")))
        except (OSError, ValueError, SyntaxError, EOFError) as e:
            raise ReadError(name, f"图片文件已损坏，无法解码（{type(e).__name__}）。") from e
    return pages


def _size_of(e: Exception) -> str:
    import re
    m = re.search(r"\((\d+) pixels\)", str(e))
    return f"{int(m.group(1)) / 1_000_000:.0f} 百万像素" if m else "超出上限"


def normalise(gray: np.ndarray) -> np.ndarray:
    """Scaled to PAGE_WIDTH when much narrower or wider (a phone photo, a thumbnail)."""
    import cv2
    h, w = gray.shape
    if MIN_WIDTH <= w <= MAX_WIDTH:
        return gray
    scale = PAGE_WIDTH / w
    size = (PAGE_WIDTH, max(1, round(h * scale)))
    return cv2.resize(gray, size, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)


def skew_angle(gray: np.ndarray) -> float:
    """The rotation (degrees, counter-clockwise positive) that makes the page's lines horizontal: the angle
    whose rotated ink gives the sharpest row profile (text lines and ruling lines turn into narrow peaks)."""
    import cv2
    h, w = gray.shape
    scale = min(1.0, 800 / w)
    small = cv2.resize(gray, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)
    _, ink = cv2.threshold(small, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    centre = (ink.shape[1] / 2, ink.shape[0] / 2)

    def sharpness(angle: float) -> float:        # bytes turned, rows counted in integers: exact, and a third faster
        m = cv2.getRotationMatrix2D(centre, angle, 1.0)
        turned = cv2.warpAffine(ink, m, (ink.shape[1], ink.shape[0]), flags=cv2.INTER_NEAREST)
        rows = cv2.reduce(turned, 1, cv2.REDUCE_SUM, dtype=cv2.CV_32S).ravel().astype(np.int64)
        return float(np.square(np.diff(rows)).sum())

    best = max(np.arange(-MAX_SKEW, MAX_SKEW + 1e-9, 0.5), key=sharpness)
    return float(max(np.arange(best - 0.5, best + 0.5 + 1e-9, 0.05), key=sharpness))


def deskew(gray: np.ndarray) -> Raster:
    import cv2
    angle = skew_angle(gray)
    if abs(angle) < 0.05:
        return Raster(gray, 0.0)
    h, w = gray.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    straight = cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_CONSTANT, borderValue=255)
    return Raster(straight, angle)


def cut_pages(gray: np.ndarray, ratio: float = 1.6) -> list[np.ndarray]:
    """A long image (pages stacked, a phone's long screenshot) cut into page-sized pieces, each cut among the
    rows with the least ink in the lower part of the piece, so no text line is cut: in the middle of the
    widest band of them (the lowest of equally wide ones), so that stacked pages part at their margins and a
    table's tail at the top of the next page stays with it, as it does in a PDF."""
    h, w = gray.shape
    limit = int(w * ratio)
    pieces, top = [], 0
    ink = (gray < 128).sum(axis=1)
    while h - top > limit:
        lo, hi = top + int(limit * 0.7), top + limit
        emptiest = np.append(ink[lo:hi] <= ink[lo:hi].min(), False)
        widest, start = (0, 0), 0
        for k in range(len(emptiest)):
            if emptiest[k] and (k == 0 or not emptiest[k - 1]):
                start = k
            elif not emptiest[k] and k and emptiest[k - 1] and k - start >= widest[0]:
                widest = (k - start, start)
        cut = lo + widest[1] + widest[0] // 2
        pieces.append(gray[top:cut])
        top = cut
    pieces.append(gray[top:])
    return pieces


def rulings(gray: np.ndarray, text_boxes: list, text_height: float):
    """Horizontal and vertical ruling lines as (x0, y0, x1, y1) pixel segments. Horizontal: runs of ink twice
    as long as the text is high (no character stroke is). Vertical: a run longer than 1.5 text heights, or a
    shorter one that reaches a horizontal line at both ends and lies on the column line of a longer one (the
    border of a one-line row). The middle of each text line OCR found is blanked first (a box may reach over
    a border at its edges), so that what remains is lines, stamps and signatures. A detector's box also
    reaches over a border (two cells read as one line, a box wider or taller than its text): blanking cut
    that border, and the cells ran together. So each line found is then followed through the boxes in all
    the ink, as far as its run goes on there unbroken; a run of character strokes joined by a ruling line
    is no border (no line found at its place, or it ends inside text)."""
    import cv2
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    text_free = ink.copy()
    for x0, y0, x1, y1 in text_boxes:        # the middle band of each box: a border under a box's edge survives
        my = mx = max(3, int((y1 - y0) * 0.3))
        text_free[int(y0) + my:max(int(y0) + my, int(y1) - my), int(x0) + mx:max(int(x0) + mx, int(x1) - mx)] = 0
    across, down = max(16, int(text_height * 2)), max(8, int(text_height * 0.75))
    hs = [((y0 + y1) / 2, x0, x1) for x0, y0, x1, y1 in _runs(text_free, (across, 1)) if x1 - x0 >= across]
    hs, _rest = _follow(hs, [(y0, y1, x0, x1) for x0, y0, x1, y1 in _runs(ink, (across, 1))])

    def row_border(x: float, y0: float, y1: float) -> bool:
        on_line = (any(abs(hy - y) <= 4 and hx0 - 2 <= x <= hx1 + 2 for hy, hx0, hx1 in hs) for y in (y0, y1))
        return all(on_line) and any(abs(t - x) <= 3 for t in tall)

    runs = [((x0 + x1) / 2, y0, y1) for x0, y0, x1, y1 in _runs(text_free, (1, down))]
    tall = [x for x, y0, y1 in runs if y1 - y0 >= 1.5 * text_height]
    vs = [(x, y0, y1) for x, y0, y1 in runs if y1 - y0 >= 1.5 * text_height or row_border(x, y0, y1)]
    vs, rest = _follow(vs, [(x0, x1, y0, y1) for x0, y0, x1, y1 in _runs(ink, (1, down))])
    vs += [((x0 + x1) / 2, y0, y1) for x0, x1, y0, y1 in rest if row_border((x0 + x1) / 2, y0, y1)]  # all under a box
    return [(x0, y, x1, y) for y, x0, x1 in hs] + [(x, y0, x, y1) for x, y0, y1 in dict.fromkeys(vs)]


def _follow(lines: list, runs: list) -> tuple[list, list]:
    """Lines (place across, start, end along) followed through runs of all the ink (place from, to, start, end):
    a run that meets a line at its place lengthens it. Returns the lines, and the runs that met none."""
    lines, rest = list(lines), []
    for p0, p1, a0, a1 in runs:
        met = [k for k, (p, b0, b1) in enumerate(lines) if p0 - 3 <= p <= p1 + 3 and b0 <= a1 and b1 >= a0]
        for k in met:
            lines[k] = (lines[k][0], min(lines[k][1], a0), max(lines[k][2], a1))
        if not met:
            rest.append((p0, p1, a0, a1))
    return list(dict.fromkeys(lines)), rest


def _runs(ink: np.ndarray, kernel: tuple[int, int]) -> list[tuple[float, float, float, float]]:
    """The boxes of the runs of ink at least as long as the kernel (across or down)."""
    import cv2
    horizontal = kernel[0] > kernel[1]
    mask = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
    mask = cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 1) if horizontal else (1, 3)))
    n, _labels, stats, _c = cv2.connectedComponentsWithStats(mask, connectivity=8)
    return [(float(x), float(y), float(x + bw - 1), float(y + bh - 1)) for x, y, bw, bh, _a in stats[1:n]]
