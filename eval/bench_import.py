"""Benchmark: import throughput per format on one core (targets: pdf ≥ 20/s, docx/xlsx ≥ 100/s), export
throughput, and peak memory. Files: the fixture corpus (tests/fixtures/corpus), repeated."""
from __future__ import annotations

import json
import time
from pathlib import Path

from eval.util import peak_rss_mb

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "corpus"
SEED = CORPUS.parent / "seed-wuhai-2020.txt"
TARGET = {"pdf": 20, "docx": 100, "xlsx": 100, "txt": 100}


def _rate(blobs: list[tuple[bytes, str]], fn, seconds: float = 2.0) -> tuple[float, int]:
    for data, name in blobs[:3]:
        fn(data, name)      # warm up imports and regex compilation
    n, t0 = 0, time.perf_counter()
    while True:
        for data, name in blobs:
            fn(data, name)
            n += 1
        dt = time.perf_counter() - t0
        if dt >= seconds:
            return n / dt, n


def run():
    from assistant.exporters import render
    from assistant.importers import read_bytes
    from assistant.model import Declaration
    out = []
    for fmt in ("docx", "xlsx", "pdf", "txt"):
        files = sorted(CORPUS.glob(f"*.{fmt}")) + ([SEED] if fmt == "txt" else [])
        blobs = [(p.read_bytes(), p.name) for p in files]
        rate, n = _rate(blobs, read_bytes)
        verdict = "达标" if rate >= TARGET[fmt] else f"未达标（目标 ≥{TARGET[fmt]}/s）"
        out.append((f"import {fmt} ({len(files)} files, {n} reads)", f"{rate:,.1f} files/s {verdict}"))
    forms = [Declaration.from_json(json.loads(p.read_text(encoding="utf-8"))) for p in sorted(CORPUS.glob("*.json"))]
    for fmt in ("docx", "xlsx", "md"):
        rate, n = _rate([(f, fmt) for f in forms], lambda f, x: render(f, x), seconds=1.5)
        out.append((f"export {fmt} (render only)", f"{rate:,.1f} forms/s"))
    out.append(("peak memory", f"{peak_rss_mb():.0f} MB"))
    return out
