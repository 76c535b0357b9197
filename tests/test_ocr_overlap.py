"""OCR's threads kept busy: the lines of a page are taken one at a time by whichever recognising thread is free,
and a page's ruling lines are looked for by one of those threads while its lines are read — the page is the one
read step after step."""
from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("rapidocr_onnxruntime")

SCAN = Path(__file__).parent / "fixtures" / "scans" / "dev11-020-student_aid.scan.jpg"


def test_a_thread_held_on_one_line_does_not_hold_back_the_others():
    """The widest line's read waits until every other line is read: only a thread free to take the other lines
    finishes the page (lines shared out in advance left half of them behind the held one)."""
    from assistant.importers.ocr import _Lines
    crops = [np.zeros((20, w, 3), np.uint8) for w in (40, 500, 60, 300, 20, 100, 200, 80)]
    others_done, read, lock = threading.Event(), [], threading.Lock()

    def recogniser(batch, return_word_box=False):
        for crop in batch:
            if crop.shape[1] == 500:
                assert others_done.wait(10), "the other lines waited behind the held one"
            with lock:
                read.append(crop.shape[1])
                if len(read) == len(crops) - 1:
                    others_done.set()
        return [(f"w{crop.shape[1]}", 1.0, None) for crop in batch], 0.0
    results, _ = _Lines(recogniser)(crops, True)
    assert [text for text, *_ in results] == [f"w{c.shape[1]}" for c in crops]      # in the lines' order


def test_each_line_read_goes_through_then_in_the_lines_order():
    from assistant.importers.ocr import _Lines
    crops = [np.zeros((20, w, 3), np.uint8) for w in (40, 500, 60, 300)]
    seen = []
    results, _ = _Lines(lambda batch, word_box=False: ([(f"w{c.shape[1]}", 1.0, None) for c in batch], 0.0))(
        crops, True, then=lambda i, result: seen.append(i) or result[0].upper())
    assert results == [f"W{c.shape[1]}" for c in crops] and sorted(seen) == [0, 1, 2, 3]


def _page(raster_pixels, lines):
    from assistant.importers.ocr import to_page
    return to_page(raster_pixels, lines)


def _same(a, b):
    assert a.text == b.text and a.chars == b.chars and a.edges == b.edges


@pytest.fixture(scope="module")
def top():
    from assistant.importers.scan import open_image
    return open_image(SCAN.read_bytes(), SCAN.name)[0][:700]        # the top of a form: a table, fewer lines


def test_ruling_lines_are_found_by_a_recognising_thread_and_the_page_is_the_one_read_in_turn(top, monkeypatch):
    from assistant.importers import ocr
    from assistant.importers.scan import deskew
    raster = deskew(top)
    alone = ocr.to_page(raster.pixels, ocr.recognise(raster.pixels))
    names, real = [], ocr.rulings
    monkeypatch.setattr(ocr, "rulings", lambda *a: names.append(threading.current_thread().name) or real(*a))
    page, skew = ocr.ocr_page(top)
    assert skew == raster.skew and len(names) == 1 and names[0].startswith("ocr")
    _same(page, alone)
    assert page.edges                                                 # the table's lines were found


def test_when_a_line_is_dropped_the_ruling_lines_are_looked_for_again_with_the_kept_boxes(top, monkeypatch):
    from assistant.importers import ocr
    from assistant.importers.scan import deskew
    raster = deskew(top)
    scores = sorted(ln.score for ln in ocr.recognise(raster.pixels))
    monkeypatch.setattr(ocr, "MIN_SCORE", scores[len(scores) // 2])   # half the lines dropped
    alone = ocr.to_page(raster.pixels, ocr.recognise(raster.pixels))
    calls, real = [], ocr.rulings
    monkeypatch.setattr(ocr, "rulings", lambda pixels, boxes, height: calls.append(len(boxes)) or real(pixels, boxes, height))
    page, _skew = ocr.ocr_page(top)
    assert len(calls) == 2 and calls[0] > calls[1]                    # all the detected boxes, then the kept ones
    _same(page, alone)
