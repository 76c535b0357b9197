"""Web app: cold start to first page, interview turn latency, and 50 concurrent sessions over HTTP.

Turn latency goes through the same handler the browser calls (``handlers.on_send``: the
interview turn, the rule check, the preview and findings HTML, the SQLite draft save), offline,
over complete interviews answered as a 信访局 clerk would (eval.screenshots.reply_to).

The load test starts app.py on a free port with one account per session (JIXIAO_AUTH) and drives
``SESSIONS`` interviews at once through gradio's HTTP queue, as the page does (devserver.ApiSession:
login, queue/join, SSE), each answering as soon as the previous answer's reply arrived, with
``THINK`` seconds in between. It reports the time per answer (send to reply), errors, and "mixed
drafts": a session whose reply shows a draft that is not its own (another session's project name
in its preview, or a draft id it never made in its list). Goal (issue 14): p95 ≤ 2 s, 0 errors,
0 mixed, on 2 cores.
"""
from __future__ import annotations

import json
import os
import tempfile
import threading
import time
from pathlib import Path

from eval.screenshots import DONE, MAX_ANSWERS, reply_to
from eval.util import pct

# answers to the questions the screenshot clerk (eval.screenshots.CLERK) has no line for; first match wins
MORE = [("检查发现", "跳过"), ("填报人是谁", "赵磊"), ("填报日期", "今天"), ("负责人是谁", "张明，0473-3981234"), ("联系电话", "0473-3981234"), ("编码是多少", "跳过"),
        ("主要职能", "负责受理群众来信来访，协调处理信访事项。")]
STARTS = 3
DRAFTS = 8
SESSIONS = int(os.environ.get("JIXIAO_BENCH_SESSIONS", 50))
THINK = float(os.environ.get("JIXIAO_BENCH_THINK", 0))
CHAT, PREVIEW, DROPDOWN = 1, 2, 6           # positions in the draft events' outputs (layout.outs)


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
                v = h.on_send(v.session, answer(question))
                times.append((time.perf_counter() - t0) * 1000)
    return times


def answer(question: str) -> str:
    return next((a for key, a in MORE if key in question), None) or reply_to(question)


def _last_text(chat: list[dict]) -> str:
    content = chat[-1]["content"] if chat else ""
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return str(content)


class _Session(threading.Thread):
    """One browser tab of one account: a whole interview, timing each answer and checking every reply."""

    def __init__(self, url: str, k: int, names: list[str], start: threading.Barrier):
        super().__init__(name=f"bench-session-{k}", daemon=True)
        self.url, self.k, self.names, self.start_line = url, k, names, start
        self.times: list[float] = []
        self.errors: list[str] = []
        self.mixed: list[str] = []
        self.own: set[str] = set()

    def reply(self, question: str) -> str:
        return self.names[self.k] if "叫什么名字" in question else answer(question)

    def check(self, out: list) -> None:
        drop = out[DROPDOWN] or {}
        if drop.get("value"):
            self.own.add(drop["value"])
        foreign = [d for _, d in drop.get("choices", []) if d not in self.own]
        preview = json.dumps(out[PREVIEW], ensure_ascii=False)
        others = [n for j, n in enumerate(self.names) if j != self.k and n in preview]
        if foreign or others:
            self.mixed.append(f"会话 {self.k}：{foreign or others}")

    def run(self) -> None:
        from assistant.webapp.devserver import ApiSession
        try:
            api = ApiSession(self.url, f"u{self.k:02d}", f"pw-{self.k:02d}")
            self.start_line.wait()
            out = api.call("on_load")
            self.check(out)
            for _ in range(MAX_ANSWERS):
                question = _last_text(out[CHAT])
                if DONE in question:
                    break
                time.sleep(THINK)
                t0 = time.perf_counter()
                out = api.call("on_send", self.reply(question))
                self.times.append(time.perf_counter() - t0)
                self.check(out)
            api.close()
        except Exception as e:  # counted and reported: the load test's "errors"
            self.errors.append(f"会话 {self.k}：{type(e).__name__}: {e}")


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) the app process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def concurrent_sessions(n: int = SESSIONS) -> dict:
    from assistant.webapp.devserver import AppServer
    accounts = ",".join([f"u{k:02d}:pw-{k:02d}" for k in range(n)] + ["warm:pw-warm"])
    with tempfile.TemporaryDirectory() as tmp:
        with AppServer(Path(tmp) / "data", extra_env={"JIXIAO_AUTH": accounts,
                                                     "GRADIO_TEMP_DIR": str(Path(tmp) / "gradio")}) as app:
            return drive(app.url, n, app.proc.pid)


def drive(url: str, n: int, pid: int) -> dict:
    """Run ``n`` sessions at once against the app at ``url`` (process ``pid``, for its CPU time)."""
    from assistant.webapp.devserver import ApiSession
    names = [f"社会化聘用人员经费（第{k:02d}组）" for k in range(n)]
    warm = ApiSession(url, "warm", "pw-warm")       # first-use loading (jieba, library) outside the timings
    warm.call("on_load")
    warm.call("on_send", "暖机项目")
    warm.close()
    start = threading.Barrier(n)
    sessions = [_Session(url, k, names, start) for k in range(n)]
    t0, cpu0, me0 = time.perf_counter(), _cpu_seconds(pid), _cpu_seconds(os.getpid())
    for s in sessions:
        s.start()
    for s in sessions:
        s.join(timeout=1800)
    wall, cpu, client = time.perf_counter() - t0, _cpu_seconds(pid) - cpu0, _cpu_seconds(os.getpid()) - me0
    times = [t for s in sessions for t in s.times]
    return {"sessions": n, "answers": len(times), "wall": wall, "server_cpu_ms": 1000 * cpu / max(1, len(times)),
            "client_cpu_ms": 1000 * client / max(1, len(times)), "p50": pct(times, 50), "p95": pct(times, 95),
            "max": max(times, default=float("nan")), "errors": [e for s in sessions for e in s.errors],
            "mixed": [m for s in sessions for m in s.mixed]}


def run() -> list[tuple[str, str]]:
    starts = cold_starts()
    turns = turn_latencies()
    load = concurrent_sessions()
    verdict = "达标" if load["p95"] <= 2 and not load["errors"] and not load["mixed"] else "未达标"
    out = [
        ("冷启动到首页（秒，%d 次）" % len(starts), f"min {min(starts):.2f} / max {max(starts):.2f}"),
        ("访谈回合（处理函数，离线，%d 回合）" % len(turns), f"p50 {pct(turns, 50):.1f} ms / p95 {pct(turns, 95):.1f} ms"),
        (f"{load['sessions']} 个并发会话（HTTP，每个会话一个账号，回答间隔 {THINK:g} 秒，{os.cpu_count()} 核）",
         f"{load['answers']} 个回答，每个回答 p50 {load['p50']:.2f} s / p95 {load['p95']:.2f} s / 最长 {load['max']:.2f} s，"
         f"错误 {len(load['errors'])}，串草稿 {len(load['mixed'])}，总用时 {load['wall']:.0f} s，"
         f"服务进程每个回答 CPU {load['server_cpu_ms']:.0f} ms（目标 p95 ≤ 2 s、0 错误、0 串草稿：{verdict}）"),
    ]
    out += [("  错误", e) for e in load["errors"][:5]] + [("  串草稿", m) for m in load["mixed"][:5]]
    return out


if __name__ == "__main__":
    import sys
    res = concurrent_sessions(int(sys.argv[1]) if len(sys.argv) > 1 else SESSIONS)
    print({k: (v if not isinstance(v, list) else v[:3]) for k, v in res.items()})
