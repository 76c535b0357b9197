"""Web app: cold start to first page (subprocess start → HTTP 200 on /) and interview turn latency.

Turn latency goes through the same handler the browser calls (``handlers.on_send``: the
interview turn, the rule check, the preview and findings HTML, the draft save), offline.
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from eval.util import pct

# Answers a 信访局 clerk gives, in order; repeated drafts give many turns to time.
ANSWERS = [
    "信访局社会化聘用人员经费", "我们信访局今年要聘4个人，每人每月5000", "主管部门是市信访局",
    "2024年1月到12月", "新增", "2010308", "联合接访中心人手不足，聘用4名工作人员承担来访接待工作。",
    "市人社局关于政府购买服务聘用人员的意见", "来访量逐年增加，现有人员不足，聘用后可保障接待工作正常开展。",
    "跳过", "好的", "好的", "好的", "好的", "好的", "好的",
]
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
            s = h.on_start().session
            for text in ANSWERS:
                t0 = time.perf_counter()
                s = h.on_send(s, text).session
                times.append((time.perf_counter() - t0) * 1000)
    return times


def run() -> list[tuple[str, str]]:
    starts = cold_starts()
    turns = turn_latencies()
    return [
        ("冷启动到首页（秒，%d 次）" % len(starts), f"min {min(starts):.2f} / max {max(starts):.2f}"),
        ("访谈回合（处理函数，离线，%d 回合）" % len(turns), f"p50 {pct(turns, 50):.1f} ms / p95 {pct(turns, 95):.1f} ms"),
    ]
