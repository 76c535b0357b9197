"""Web app: cold start to first page (subprocess start → HTTP 200 on /) and interview turn latency.

Turn latency goes through the same handler the browser calls (``handlers.on_send``: the
interview turn, the rule check, the preview and findings HTML, the SQLite draft save), offline,
over complete interviews answered as a 信访局 clerk would (eval.screenshots.reply_to).
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from eval.screenshots import DONE, MAX_ANSWERS, reply_to
from eval.util import pct

STARTS = 3
DRAFTS = 8


def cold_starts(n: int = STARTS) -> list[float]:
    from assistant.webapp.devserver import AppServer
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(n):
            server = AppServer(Path(tmp) / f"d{i}")
            try:
                out.append(server.start())
            finally:
                server.stop()
    return out


def turn_latencies(drafts: int = DRAFTS) -> list[float]:
    from assistant.webapp import handlers as h
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["JIXIAO_DATA_DIR"] = tmp
        h.on_start()  # warm imports (jieba, rules) outside the timings
        for _ in range(drafts):
            v = h.on_start()
            for _ in range(MAX_ANSWERS):
                question = v.chat[-1]["content"]
                if DONE in question:
                    break
                t0 = time.perf_counter()
                v = h.on_send(v.session, reply_to(question))
                times.append((time.perf_counter() - t0) * 1000)
    return times


def run() -> list[tuple[str, str]]:
    starts = cold_starts()
    turns = turn_latencies()
    return [
        ("冷启动到首页（秒，%d 次）" % len(starts), f"min {min(starts):.2f} / max {max(starts):.2f}"),
        ("访谈回合（处理函数，离线，%d 回合）" % len(turns), f"p50 {pct(turns, 50):.1f} ms / p95 {pct(turns, 95):.1f} ms"),
    ]
