"""Handlers of the 批量审核 tab: run assistant.review.run_batch in a thread and report progress."""
from __future__ import annotations

import importlib
import threading
import time
from dataclasses import dataclass, field
from typing import Iterator

from . import owned

REVIEW_MISSING = "批量审核模块尚未安装。"
MAX_JOBS = 4   # the web server shares the machine with its users

_CANCEL: dict[str, threading.Event] = {}


@dataclass
class Progress:
    done: int = 0
    total: int = 0
    errors: int = 0
    cached: int = 0
    started: float = field(default_factory=time.monotonic)

    def line(self) -> str:
        speed = self.done / max(1e-6, time.monotonic() - self.started)
        total = f"/{self.total}" if self.total else ""
        return f"已审核 {self.done}{total} 个文件，无法读取 {self.errors} 个，速度 {speed:.1f} 个/秒"


def _review():
    try:
        return importlib.import_module("assistant.review")
    except ModuleNotFoundError as e:
        if e.name == "assistant.review":
            return None
        raise


def cancel(key: str) -> str:
    ev = _CANCEL.get(key)
    if ev is None:
        return "当前没有正在进行的审核。"
    ev.set()
    return "正在停止……已完成的文件会保留在报告中。"


def _on_progress(progress: Progress, event) -> None:
    """The batch's callback: a ``review.Progress`` after each finished file."""
    progress.done, progress.total, progress.errors = event.done, event.total, event.errors
    progress.cached = event.cached


def run(paths: list[str], key: str, poll: float = 0.25, owner: str = "") -> Iterator[tuple[str, list[str]]]:
    """Yield (status text, report files) while the batch runs; the last yield carries the reports,
    written in a folder of ``owner``'s (owned.py: nobody else can download them)."""
    if not paths:
        yield "请先上传要审核的文件（可多选，或上传一个 .zip 压缩包）。", []
        return
    mod = _review()
    if mod is None:
        yield REVIEW_MISSING, []
        return
    out_dir = owned.run_dir(owner)
    xlsx, html = out_dir / "审核报告.xlsx", out_dir / "审核报告.html"
    progress, stop = Progress(), threading.Event()
    _CANCEL[key] = stop
    box: dict = {}

    def work() -> None:
        try:
            box["summary"] = mod.run_batch([str(p) for p in paths], str(xlsx), html=str(html), jobs=min(MAX_JOBS, mod.default_jobs()),
                                           progress=lambda ev: _on_progress(progress, ev), cancel=stop)
        except Exception as e:  # reported to the user below, never swallowed
            box["error"] = e

    t = threading.Thread(target=work, name="jixiao-batch", daemon=True)
    t.start()
    try:
        while t.is_alive():
            t.join(poll)
            yield progress.line(), []
    finally:
        _CANCEL.pop(key, None)
    if "error" in box:
        e = box["error"]
        yield f"审核中断：{e}", []
        return
    files = [str(p) for p in (xlsx, html) if p.exists()]
    head = "已停止，报告包含已完成的文件。" if stop.is_set() else "审核完成。"
    yield f"{head}{summary_line(box.get('summary'), progress)}", files


def summary_line(summary, progress: Progress) -> str:
    """One line of totals from a ``BatchSummary``: files, readable, unreadable, grades."""
    if summary is None:
        return progress.line()
    grades = "、".join(f"{g} {n}" for g, n in summary.grade_rows() if n)
    line = f"共 {summary.total} 个文件，审核 {summary.read} 个，无法读取 {summary.unreadable} 个"
    if summary.cached:
        line += f"（{summary.cached} 个此前审核过、内容未变，直接用了上次的结果）"
    return line + (f"；评级：{grades}。" if grades else "。")
