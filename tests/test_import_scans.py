"""Scans and photos read by OCR, end to end on one scanned page, and the image steps on pictures made here.

The scan fixture is a corpus form printed to PDF, rendered at 150 dpi, rotated by 1–2°, blurred and
JPEG-compressed (eval/make_scans.py). OCR reads it through the same table finder and assembler as
a printed PDF; every field it gives must be the gold's, and the read is marked loose.
"""
from __future__ import annotations

import io
import json
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from assistant.errors import ReadError
from assistant.importers import read_bytes, read_path, sniff
from assistant.importers.limits import MAX_PDF_PAGES
from assistant.importers.progress import reporting
from assistant.importers.scan import cut_pages, open_image, rulings, skew_angle
from test_import_unseen_layouts import facts

FIXTURES = Path(__file__).parent / "fixtures"
SCAN = FIXTURES / "scans" / "dev11-020-student_aid.scan.jpg"
# what OCR must give back exactly (normalised as score.py does); goals are long running text where one
# missed '，' is possible, so they are compared by the scorer's field rule instead
EXACT = ["project_name", "department", "unit", "unit_head", "function_code", "attribute", "start", "end",
         "funding.total", "funding.carryover", "funding.current_year", "funding.other", "budget_items",
         "indicators", "filler", "fill_date"]


@pytest.fixture(scope="module")
def scanned():
    said: list[str] = []
    with reporting(said.append):
        result = read_path(SCAN)
    return result, said


def test_a_scanned_page_reads_back_to_the_gold_form(scanned):
    result, _ = scanned
    gold = json.loads((FIXTURES / "corpus" / "dev11-020-student_aid.json").read_text(encoding="utf-8"))["form"]
    want, have = facts(gold), facts(result.form.to_json())
    assert {k: have[k] for k in EXACT} == {k: want[k] for k in EXACT}
    for scope in ("annual", "long_term"):
        assert len(have["goals." + scope]) == len(want["goals." + scope])
        for got, gold_goal in zip(have["goals." + scope], want["goals." + scope]):
            assert got[:12] == gold_goal[:12]


def test_a_scan_is_marked_loose_and_reports_progress(scanned):
    result, said = scanned
    assert (result.format, result.loose) == ("image", True)
    assert result.warnings[0] == "本文件由文字识别（OCR）读取，所有内容请逐项核对。"
    assert said == ["第1/1页 文字识别中…"]
    assert "申报表" in result.text


@pytest.mark.parametrize("head,fmt", [(b"\x89PNG\r\n\x1a\n", "image"), (b"\xff\xd8\xff\xe0", "image"),
                                      (b"II*\x00", "image"), (b"MM\x00*", "image")])
def test_images_are_sniffed_by_content(head, fmt):
    assert sniff(head + b"\x00" * 64, "noext") == fmt


def _table_picture(angle: float = 0.0) -> np.ndarray:
    img = Image.new("L", (1240, 900), 255)
    d = ImageDraw.Draw(img)
    for y in range(100, 800, 70):
        d.line([(100, y), (1100, y)], fill=0, width=2)
    for x in (100, 400, 700, 1100):
        d.line([(x, 100), (x, 730)], fill=0, width=2)
    for y in range(120, 720, 70):                              # a line of 'characters' in each cell
        for x in range(130, 330, 20):
            d.rectangle([x, y, x + 15, y + 20], outline=40, width=2)
    return np.asarray(img.rotate(angle, resample=Image.BICUBIC, fillcolor=255))


@pytest.mark.parametrize("angle", [-2.0, -1.2, 0.0, 1.5, 4.0])
def test_skew_is_measured_from_the_lines(angle):
    assert skew_angle(_table_picture(angle)) == pytest.approx(-angle, abs=0.15)


def test_rulings_are_the_table_lines_not_the_text():
    segments = rulings(_table_picture(), [(130, y, 330, y + 22) for y in range(120, 720, 70)], 22)
    horizontal = sorted(int(y0) for x0, y0, x1, y1 in segments if y0 == y1)
    vertical = sorted(int(x0) for x0, y0, x1, y1 in segments if x0 == x1)
    assert horizontal == list(range(100, 800, 70))
    assert vertical == [100, 400, 700, 1100]


def test_a_long_image_is_cut_between_text_lines():
    page = np.full((4000, 1000), 255, np.uint8)
    for y in range(50, 3950, 40):
        page[y:y + 20, 100:900] = 0                 # text lines 20 px high, 20 px apart
    pieces = cut_pages(page)
    assert sum(p.shape[0] for p in pieces) == 4000 and len(pieces) == 3
    top = 0
    for p in pieces[:-1]:
        top += p.shape[0]
        assert page[top - 1, 500] == 255 and page[top, 500] == 255     # the cut runs through white


def _png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 100_000)) + chunk(b"IEND", b"")


@pytest.mark.parametrize("size", [(20_000, 20_000), (10_000, 7_000)])
def test_a_huge_picture_is_refused_before_it_is_decoded(size):
    with pytest.raises(ReadError, match="图片像素过多"):
        read_bytes(_png_header(*size), "huge.png")


def test_a_huge_jpeg_is_decoded_at_a_reduced_scale():
    buf = io.BytesIO()
    Image.new("L", (9000, 7000), 255).save(buf, "JPEG", quality=30)
    (page,) = open_image(buf.getvalue(), "big.jpg")
    assert page.shape == (3500, 4500)


def test_a_blank_picture_says_nothing_was_recognised():
    buf = io.BytesIO()
    Image.new("L", (1240, 1754), 255).save(buf, "PNG")
    with pytest.raises(ReadError, match="没有识别出文字"):
        read_bytes(buf.getvalue(), "blank.png")


def test_a_pdf_of_500_image_pages_is_read_only_up_to_the_page_limit():
    buf = io.BytesIO()
    pages = [Image.new("L", (200, 280), 255) for _ in range(500)]
    pages[0].save(buf, "PDF", save_all=True, append_images=pages[1:], resolution=72)
    said: list[str] = []
    with reporting(said.append), pytest.raises(ReadError, match="没有识别出文字"):
        read_bytes(buf.getvalue(), "500.pdf")
    assert said[-1] == f"第{MAX_PDF_PAGES}/{MAX_PDF_PAGES}页 文字识别中…" and len(said) == MAX_PDF_PAGES


def test_a_broken_image_gets_a_clear_error():
    with pytest.raises(ReadError, match="图片文件已损坏"):
        read_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "broken.png")


def test_check_prints_the_progress_of_a_long_read(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from assistant import importers
    from assistant.cli import cli
    from assistant.importers.progress import report

    def slow_reader(data, name):
        report("第1/2页 文字识别中…")
        raise ReadError(name, "测试用：识别失败。")

    importers._load()
    monkeypatch.setitem(importers._READERS, "image", slow_reader)
    monkeypatch.setattr("assistant.importers.isolate._here", True)   # read here: a child would not see the patch
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    result = CliRunner().invoke(cli, ["check", str(scan)])
    assert result.exit_code == 2
    assert f"{scan}：第1/2页 文字识别中…" in result.stderr
    assert f"无法读取 {scan}：测试用：识别失败。" in result.stderr


def test_a_border_under_a_text_box_is_followed_and_strokes_joined_by_a_line_are_not_a_border():
    picture = _table_picture().copy()
    picture[225:255, 250:252] = 0          # strokes of two stacked 'characters' joined by the line at y=240
    over = [(370, y - 6, 430, y + 16) for y in range(100, 730, 70)]       # detector boxes reaching over the borders
    segments = rulings(picture, [(130, y, 330, y + 22) for y in range(120, 720, 70)] + over, 22)
    vertical = {int(x0): (y0, y1) for x0, y0, x1, y1 in segments if x0 == x1}
    assert sorted(vertical) == [100, 400, 700, 1100]
    assert vertical[400][0] <= 101 and vertical[400][1] >= 729            # one line from the top to the bottom
    rows = [(x0, x1) for x0, y0, x1, y1 in segments if y0 == y1 and 99 <= y0 <= 102]
    assert rows and min(x0 for x0, _ in rows) <= 101 and max(x1 for _, x1 in rows) >= 1099
    assert all(x1 - x0 > 900 for x0, x1 in rows)                          # the top line not cut at the box


def test_lines_are_recognised_in_threads_and_come_back_in_their_order():
    from assistant.importers.ocr import _Lines
    seen: list[int] = []

    def recogniser(crops, return_word_box=False):
        seen.append(len(crops))
        return [(f"w{c.shape[1]}", 1.0) for c in crops], 0.1
    crops = [np.zeros((20, w, 3), np.uint8) for w in (40, 400, 60, 300, 20, 100, 500)]
    results, _ = _Lines(recogniser)(crops, True)
    assert [text for text, _ in results] == [f"w{c.shape[1]}" for c in crops]
    assert seen == [1] * len(crops)                  # each line its own job, taken by a free thread (test_ocr_overlap)


def test_the_detector_sees_the_page_at_its_size_limit(monkeypatch):
    from assistant.importers.ocr import DET_LIMIT, engine
    detector, seen = engine().text_det, []
    real = detector.det.infer
    monkeypatch.setattr(detector.det, "infer", lambda x: seen.append(x.shape) or real(x))
    detector(np.full((1754, 1240, 3), 255, np.uint8))
    assert len(seen) == 1 and DET_LIMIT - 16 <= max(seen[0][2:]) <= DET_LIMIT + 16


def test_the_inked_window_is_whole_detector_cells_with_a_blank_border():
    from assistant.importers.ocr import MARGIN_CELLS, _inked
    page = np.full((1280, 896), 250, np.uint8)
    assert _inked(page) == (0, 1280, 0, 896)                    # no ink: the whole page
    page[500:560, 300:700] = 20
    top, bottom, left, right = _inked(page)
    assert all(v % 32 == 0 for v in (top, bottom, left, right))
    assert top <= 500 - 32 * MARGIN_CELLS + 31 and bottom >= 560 + 32 * MARGIN_CELLS - 1
    assert left <= 300 - 32 * MARGIN_CELLS + 31 and right >= 700 + 32 * MARGIN_CELLS - 1
    assert (bottom - top) * (right - left) < 0.5 * page.size


def test_the_detector_reads_only_the_inked_window_and_finds_the_boxes_of_the_whole_page(monkeypatch):
    from assistant.importers import ocr
    from assistant.importers.scan import open_image
    text = open_image(SCAN.read_bytes(), SCAN.name)[0][150:700, 150:1100]
    page = np.full((1754, 1240), 255, np.uint8)
    page[400:950, 200:1150] = text                             # a block of text in wide blank margins
    rgb = np.repeat(page[:, :, None], 3, axis=2)
    detector, seen = ocr.engine().text_det, []
    real = detector.det.infer
    monkeypatch.setattr(detector.det, "infer", lambda x: seen.append(x.shape) or real(x))
    window, _ = detector(rgb)
    monkeypatch.setattr(ocr, "_inked", lambda gray: (0, gray.shape[0], 0, gray.shape[1]))
    whole, _ = detector(rgb)
    assert seen[0][2] * seen[0][3] < 0.5 * seen[1][2] * seen[1][3]    # the window, then the whole page
    assert len(whole) > 10 and abs(len(window) - len(whole)) <= 1
    a, b = window.reshape(len(window), -1), whole.reshape(len(whole), -1)
    nearest = np.abs(b[:, None, :].astype(float) - a[None, :, :]).max(axis=2).min(axis=1)
    assert np.median(nearest) <= 2 and (nearest <= 6).mean() >= 0.9
    assert window[:, :, 0].min() >= 200 - 16 and window[:, :, 1].min() >= 400 - 16   # in the page's coordinates
    assert window[:, :, 0].max() <= 1150 + 16 and window[:, :, 1].max() <= 950 + 16


def test_stacked_pages_are_cut_at_their_margins_not_after_the_next_pages_first_rows():
    page = np.full((1400, 1000), 255, np.uint8)
    page[100:1201, 100] = page[100:1201, 900] = 0                # page 1: a table down to y=1200
    for y in range(100, 1201, 50):
        page[y, 100:900] = 0
    tail = np.full((1400, 1000), 255, np.uint8)                   # page 2: the table goes on for two rows
    tail[50:111, 100] = tail[50:111, 900] = 0
    tail[[50, 80, 110], 100:900] = 0
    pieces = cut_pages(np.vstack([page, tail]))
    assert pieces[0].shape[0] == pytest.approx((1201 + 1449) // 2, abs=2)    # the middle of the margins
    assert (pieces[1] < 128).any(axis=1)[:200].sum() > 50                      # the tail starts the next piece



def test_a_ruling_line_read_as_a_character_at_a_text_lines_end_is_dropped():
    from assistant.importers.ocr import TextLine, to_page
    picture = np.full((300, 600), 255, np.uint8)
    picture[40:260, 100:102] = 0                                     # a cell's border, down the page
    picture[40:42, 100:500] = picture[258:260, 100:500] = 0

    def line(text, x0, top):
        return TextLine(text, (x0, top, x0 + 20 * len(text), top + 24),
                        [(ch, x0 + 20 * i, x0 + 20 * (i + 1)) for i, ch in enumerate(text)], 0.9)
    page = to_page(picture, [line("「主管部门", 92, 100), line("「引文」", 300, 150)])
    assert page.text.splitlines() == ["主管部门", "「引文」"]           # a 「 away from any line is text
    assert "".join(c["text"] for c in page.chars if c["text"] != " ") == "主管部门「引文」"


def test_scanned_pages_are_read_two_at_a_time_and_come_back_in_order(monkeypatch):
    import threading

    from assistant.importers import scan_reader
    from assistant.importers.pdf_layout import Page
    assert scan_reader.IN_FLIGHT == 2
    pair = threading.Barrier(2, timeout=60)        # each OCR waits for another one running at the same time

    def ocr(source):
        pair.wait()
        return Page((0.0, 0.0, 1.0, 1.0), [], [], source())
    monkeypatch.setattr(scan_reader, "_read", ocr)
    text = [None, Page((0.0, 0.0, 1.0, 1.0), [], [], "p1"), None, Page((0.0, 0.0, 1.0, 1.0), [], [], "p3"), None, None]
    items = [(k, page, None) if page else (k, None, lambda k=k: f"p{k}") for k, page in enumerate(text)]
    scans = scan_reader.Scans(len(items), [])
    assert [p.text for p in scans.each(items)] == ["p0", "p1", "p2", "p3", "p4", "p5"]
    assert scans.texts == ["p0", "p1", "p2", "p3", "p4", "p5"]


def test_pages_past_the_ocr_time_budget_are_left_out_with_a_warning(monkeypatch):
    from assistant.importers import scan_reader
    from assistant.importers.pdf_layout import Page
    monkeypatch.setattr(scan_reader, "_read", lambda source: Page((0.0, 0.0, 1.0, 1.0), [], [], source()))
    monkeypatch.setattr(scan_reader, "MAX_OCR_SECONDS", -1)         # spent once the first page has started
    warnings: list[str] = []
    scans = scan_reader.Scans(3, warnings)
    assert [p.text for p in scans.each((k, None, lambda k=k: f"p{k}") for k in range(3))] == ["p0"]
    assert warnings == ["文字识别用时超过 -1 秒，第2页起未识别（共 3 页）。"]


def test_a_file_of_one_page_is_read_in_the_calling_thread(monkeypatch):
    import threading

    from assistant.importers import scan_reader
    from assistant.importers.pdf_layout import Page
    monkeypatch.setattr(scan_reader, "_read", lambda source: Page((0.0, 0.0, 1.0, 1.0), [], [], source()))
    scans = scan_reader.Scans(1, [])
    assert [p.text for p in scans.each([(0, None, lambda: threading.current_thread().name)])] == [
        threading.current_thread().name]


def test_a_child_forked_after_this_process_detected_reads_a_scan_with_its_own_detector_threads(monkeypatch):
    import multiprocessing

    from assistant.importers import isolate
    from assistant.importers.ocr import engine
    engine().text_det(np.full((96, 96, 3), 255, np.uint8))   # this process's detector session and threads
    monkeypatch.setattr(isolate, "_context", lambda: multiprocessing.get_context("fork"))
    gold = json.loads((FIXTURES / "corpus" / "dev11-020-student_aid.json").read_text(encoding="utf-8"))["form"]
    assert read_path(SCAN).form.project_name == gold["project_name"]


def test_a_process_that_built_the_engine_makes_a_detector_session_without_folding_a_model(monkeypatch):
    """A forking parent builds the engine once (isolate._preload); a child then makes its own detector session
    (onnxruntime threads do not survive a fork) — from the folded model it inherited, not by folding it again
    (0.3 CPU-seconds a file when it did)."""
    from assistant.importers import ocr, ocr_models
    monkeypatch.setattr(ocr, "_ENGINE", None)
    monkeypatch.setattr(ocr_models, "_FOLDED", {})
    detector = ocr.engine().text_det
    monkeypatch.setattr(ocr_models, "folded", lambda path: pytest.fail(f"folded {path} after the engine was built"))
    monkeypatch.setattr(detector, "sessions", {})                  # as in a child: no detector session yet
    detector(np.full((96, 96, 3), 255, np.uint8))
    assert set(ocr_models._FOLDED) == {"Det", "Rec"}


def test_the_fork_server_of_a_threaded_process_has_the_ocr_engine_built(monkeypatch):
    import multiprocessing
    import subprocess
    import sys

    from assistant.importers import isolate
    seen: list[str] = []
    monkeypatch.setattr(isolate.threading, "active_count", lambda: 2)
    monkeypatch.setattr(type(multiprocessing.get_context("forkserver")), "set_forkserver_preload",
                        lambda self, modules: seen.extend(modules))
    assert isolate._context().get_start_method() == "forkserver" and "assistant.importers.ocr_preload" in seen
    code = "import assistant.importers.ocr_preload; from assistant.importers import ocr; print(ocr._ENGINE is not None)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.stdout.strip() == "True", out.stderr


def test_recognition_of_the_grey_page_gives_rapidocrs_own_lines_and_character_places():
    from assistant.importers import ocr
    from assistant.importers.scan import deskew, open_image
    gray = deskew(open_image(SCAN.read_bytes(), SCAN.name)[0][:600]).pixels      # the top of a form: fewer lines
    theirs = ocr.engine()(np.repeat(gray[:, :, None], 3, axis=2), use_cls=False, return_word_box=True)[0]
    kept = [item for item in theirs if float(item[2]) >= ocr.MIN_SCORE and item[1].strip()]
    ours = ocr.recognise(gray)
    assert len(ours) == len(kept) > 5
    for line, (points, text, _score, word_boxes, words, *_rest) in zip(ours, kept):
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        assert (line.text, line.box) == (text, (min(xs), min(ys), max(xs), max(ys)))
        assert line.chars == ocr._char_boxes(text, line.box, word_boxes, words)
