"""Every file is read under hard bounds: decompressed bytes and objects per PDF, and a memory ceiling and a
time limit on the process that parses (importers/isolate.py). Bombs are built here, never stored."""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from assistant.errors import ReadError
from assistant.importers import isolate, read_bytes, read_path
from builders import pdf_with_stream_bomb

HERE = Path(__file__).parent
MEASURE = """
import ctypes, json, os, resource, subprocess, sys
ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)          # PR_SET_CHILD_SUBREAPER: orphaned descendants come back to us
r = subprocess.run(sys.argv[1:], capture_output=True, text=True)
while True:                                       # reap every descendant, so its peak counts in RUSAGE_CHILDREN
    try:
        os.wait()
    except ChildProcessError:
        break
print(json.dumps({"rc": r.returncode, "out": r.stdout, "err": r.stderr,
                  "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def measured(*args: str) -> dict:
    """Run ``jixiao ARGS`` and report its exit code, output and the peak resident memory of it and every
    process it started (the largest single one)."""
    cmd = [sys.executable, "-c", MEASURE, sys.executable, "-c", "from assistant.cli import main; main()", *args]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=dict(os.environ))
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def stream_bomb(tmp_path_factory) -> Path:
    """A 1 MB PDF whose content stream inflates to 1 GiB (check used to peak at 2.2 GB on it)."""
    path = tmp_path_factory.mktemp("bomb") / "炸弹.pdf"
    path.write_bytes(pdf_with_stream_bomb(1024))
    assert path.stat().st_size < 1_200_000
    return path


def test_check_refuses_a_pdf_stream_bomb_in_bounded_memory(stream_bomb):
    r = measured("check", str(stream_bomb))
    assert r["rc"] == 2
    assert f"无法读取 {stream_bomb}：PDF 中的压缩数据解压后超过 128.0 MB（疑似压缩炸弹），拒绝读取。" in r["err"]
    assert r["peak_mb"] < 300


def test_a_pdf_that_passes_the_scan_but_explodes_in_the_parser_hits_the_memory_ceiling(tmp_path):
    # 100 MiB of text-showing operators: under the decompression limit, millions of objects for PDFium
    bomb = tmp_path / "objects.pdf"
    bomb.write_bytes(pdf_with_stream_bomb(100, unit=b"(x) Tj "))
    r = measured("check", "--json", str(bomb))
    assert r["rc"] == 2
    error = json.loads(r["out"])["error"]
    assert "内存上限 192 MB" in error and error.endswith("请另存为 .docx 或 .xlsx 后重试。")
    assert r["peak_mb"] < 300


def test_a_pdf_with_too_many_objects_is_refused():
    from assistant.importers.limits import MAX_PDF_OBJECTS
    body = b"".join(b"%d 0 obj\nnull\nendobj\n" % i for i in range(1, MAX_PDF_OBJECTS + 2))
    with pytest.raises(ReadError, match=r"PDF 中的对象过多（200,001 个，上限 200,000），拒绝读取。"):
        read_bytes(b"%PDF-1.4\n" + body + b"%%EOF\n", "many.pdf")


def test_several_streams_count_together():
    with pytest.raises(ReadError, match="解压后超过 128.0 MB"):
        read_bytes(pdf_with_stream_bomb(50, streams=3), "three.pdf")      # 3 × 50 MiB
    with pytest.raises(ReadError, match="没有读到申报表的任何内容"):    # read, not refused for size: a PDF with no form
        read_bytes(pdf_with_stream_bomb(1, streams=3), "small.pdf")


# --- the ceiling and the time limit, with readers that misbehave on purpose --------------------------------

def _greedy(data, name):
    hog = bytearray(1024 * 1024 * 1024)          # 1 GiB, far past the txt allowance
    return hog


def _opencv_greedy(data, name):
    import cv2                                   # loaded before the fork (below): only the allocation is bounded
    import numpy as np
    return cv2.resize(np.zeros((8, 8), np.uint8), (40000, 40000))    # 1.6 GB: OpenCV's own "Insufficient memory"


def _stuck(data, name):
    while True:
        pass


def _crash(data, name):
    os.abort()


def _thread_hungry(data, name):
    import threading
    hold = threading.Event()
    while True:                                  # each thread's stack is address space: the ceiling stops them
        threading.Thread(target=hold.wait, daemon=True).start()


@pytest.fixture
def forking(monkeypatch):
    """Children forked from this process (so a reader patched here is the one they run)."""
    import multiprocessing
    from assistant import importers
    importers._load()
    import cv2  # noqa: F401 – as a scan reader has it loaded (ocr_preload) before the ceiling
    monkeypatch.setattr(isolate, "_context", lambda: multiprocessing.get_context("fork"))


@pytest.mark.parametrize("reader, expected", [
    (_greedy, "读取该文件所需内存超过上限（256 MB）"),
    (_crash, "读取该文件时解析进程异常退出（被信号 6 终止"),
    (_thread_hungry, "读取该文件所需内存超过上限（256 MB）"),
    (_opencv_greedy, "读取该文件所需内存超过上限（256 MB）"),
])
def test_a_reader_past_its_bound_is_a_read_error_naming_the_file(monkeypatch, forking, reader, expected):
    from assistant import importers
    monkeypatch.setitem(importers._READERS, "txt", reader)
    with pytest.raises(ReadError) as e:
        read_bytes("项目名称：某项目\n".encode(), "坏文件.txt")
    assert e.value.file == "坏文件.txt" and expected in e.value.reason


def _widening(data, name):
    from assistant.importers import ImportResult
    from assistant.model import Declaration
    isolate.widen("ocr")                         # as a PDF reader does before it turns to OCR for a scan
    hog = bytearray(1024 * 1024 * 1024)          # 1 GiB: past the txt allowance, within OCR's
    return ImportResult(Declaration(project_name=f"读到了 {len(hog) >> 30} GiB"), "txt")


def test_a_reader_may_widen_its_ceiling_to_a_heavier_kind(monkeypatch, forking):
    from assistant import importers
    monkeypatch.setitem(importers._READERS, "txt", _widening)
    assert read_bytes("项目名称：某项目\n".encode(), "扫描件.txt").form.project_name == "读到了 1 GiB"


def test_a_reader_past_its_time_is_stopped(monkeypatch, forking):
    from assistant import importers
    monkeypatch.setitem(importers._READERS, "txt", _stuck)
    monkeypatch.setitem(isolate.LIMITS, "txt", isolate.Limits(256, 1))
    with pytest.raises(ReadError, match="读取该文件超过 1 秒仍未完成，已停止"):
        read_bytes("项目名称：某项目\n".encode(), "慢.txt")


def test_a_small_json_is_read_in_this_process_and_everything_else_in_a_child(monkeypatch, fixtures):
    seen = []
    real = isolate._in_child
    monkeypatch.setattr(isolate, "_in_child", lambda *a: seen.append(a[1]) or real(*a))
    read_path(fixtures / "seed-wuhai-2020.json")
    assert seen == []
    result = read_path(fixtures / "seed-wuhai-2020.txt")
    assert seen == [str(fixtures / "seed-wuhai-2020.txt")] and result.form.project_name


def test_a_threaded_process_reads_through_the_fork_server(stream_bomb, fixtures):
    """The web server runs threads: it must neither fork itself nor parse in-process."""
    stop = threading.Event()
    t = threading.Thread(target=stop.wait, daemon=True)
    t.start()
    try:
        assert isolate._context().get_start_method() == "forkserver"
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        with pytest.raises(ReadError, match="疑似压缩炸弹"):
            read_path(stream_bomb)
        good = read_path(fixtures / "corpus" / "dev11-000-hiring.a_docx.pdf")
        assert good.form.project_name and good.format == "pdf"
        assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100 * 1024   # KiB
    finally:
        stop.set()
        t.join()


def test_review_workers_read_under_the_same_ceiling(stream_bomb, tmp_path, fixtures):
    from assistant.review import run_batch
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bomb.pdf").write_bytes(stream_bomb.read_bytes())
    (folder / "objects.pdf").write_bytes(pdf_with_stream_bomb(100, unit=b"(x) Tj "))
    (folder / "good.json").write_bytes((fixtures / "seed-wuhai-2020.json").read_bytes())
    s = run_batch([str(folder)], None, jsonl=tmp_path / "r.jsonl", jobs=1, use_cache=False)
    rows = {Path(r["file"]).name: r for r in map(json.loads, (tmp_path / "r.jsonl").read_text("utf-8").splitlines())}
    assert "疑似压缩炸弹" in rows["bomb.pdf"]["error"]
    assert "工作进程崩溃" in rows["objects.pdf"]["error"] or "内存" in rows["objects.pdf"]["error"]
    assert "findings" in rows["good.json"]
    assert s.worker_peak_mb < 300
