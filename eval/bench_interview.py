"""Benchmark: interview turn latency offline (target p95 < 50 ms) over the scripted interviews of
every project type (tests/fixtures/interview_scripts.yaml), plus the per-turn draft save."""
from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from pathlib import Path

import yaml

from eval.util import pct, peak_rss_mb

SCRIPTS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "interview_scripts.yaml"
STOCK = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "interview_stock.yaml"   # the contacts
ROUNDS = 5


def _interview(script: dict, store=None):
    """Run one scripted interview; yield (answer seconds, save seconds or None) per turn."""
    from assistant.interview.engine import Interview
    from assistant.interview.store import save_interview
    today = script.get("today") or dt.date(2026, 1, 5)
    iv = Interview(today=today if isinstance(today, dt.date) else dt.date.fromisoformat(str(today)))
    iv.opening()
    draft_id = save_interview(store, iv) if store else None
    edits = list(script.get("edits") or [])
    stock = yaml.safe_load(STOCK.read_text(encoding="utf-8"))
    while (q := iv.next_question()) is not None:
        key = "confirm" if q.kind == "confirm" else q.field
        if q.key.startswith("review:") or q.kind == "rows":
            answer = "跳过" if q.kind != "rows" else "是"
        elif key == "confirm" and edits:
            answer = edits.pop(0)
        else:
            answer = str(script["answers"].get(key) or stock[key])
        t0 = time.perf_counter()
        iv.answer(answer)
        t1 = time.perf_counter()
        if store:
            save_interview(store, iv, draft_id)
        yield t1 - t0, (time.perf_counter() - t1) if store else None


def run():
    from assistant.interview.store import SQLiteDraftStore
    scripts = yaml.safe_load(SCRIPTS.read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    for _ in _interview(scripts["seed"]):   # warm up: jieba dictionary, library index, regexes
        pass
    warm = time.perf_counter() - t0
    turns, saves = [], []
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteDraftStore(Path(tmp) / "drafts.sqlite", sync=os.environ.get("JIXIAO_DRAFTS_SYNC"))
        for r in range(ROUNDS):
            for name, script in scripts.items():
                for a, s in _interview(script, store if r == 0 else None):
                    turns.append(a * 1000)
                    if s is not None:
                        saves.append(s * 1000)
    ms = lambda v: f"{v:.1f} ms"  # noqa: E731
    return [("interviews", f"{len(scripts)} scripts × {ROUNDS} rounds, {len(turns)} turns"),
            ("first interview incl. warm-up", f"{warm:.2f} s"),
            ("turn latency p50", ms(pct(turns, 50))), ("turn latency p95 (target < 50 ms)", ms(pct(turns, 95))),
            ("turn latency max", ms(max(turns))),
            ("draft save per turn p50", ms(pct(saves, 50))), ("draft save per turn p95", ms(pct(saves, 95))),
            ("peak memory", f"{peak_rss_mb():.0f} MB")]
