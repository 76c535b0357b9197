"""Handlers of the 批量审核 tab: run assistant.review.run_batch in a thread and report progress.

Files are labelled by the names they were uploaded under (never the server's upload path). When
the batch ends, ``run`` also gives one row per file (file, grade, errors, warnings) with its
drafted 审核意见, for the per-file table; at most ``MAX_ROWS`` rows (the reports hold them all).
"""
from __future__ import annotations

import importlib
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from . import owned

REVIEW_MISSING = "批量审核模块尚未安装。"
MAX_JOBS = 4   # the web server shares the machine with its users

MAX_ROWS = 2000
ROW_HEADERS = ["文件", "等级", "错误", "警告"]
UNREADABLE = "无法读取"

_CANCEL: dict[str, threading.Event] = {}


@dataclass
class FileRow:
    file: str
    grade: str          # 优/良/中/差, or 无法读取
    errors: int
    warnings: int
    opinion: str        # the drafted 审核意见, or why the file could not be read

    def cells(self) -> list:
        return [self.file, self.grade, self.errors, self.warnings]


@dataclass
class Progress:
    done: int = 0
    total: int = 0
    errors: int = 0
    cached: int = 0
    started: float = field(default_factory=time.monotonic)
    rows: list[FileRow] = field(default_factory=list)

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
    if len(progress.rows) < MAX_ROWS:
        if event.error:
            progress.rows.append(FileRow(event.file, UNREADABLE, 0, 0, f"无法读取：{event.error}"))
        else:
            progress.rows.append(FileRow(event.file, event.grade, event.n_errors, event.n_warnings, event.opinion))


def upload_names(paths: list[str]) -> dict[str, str]:
    """Each uploaded file's label: the name it was uploaded under (gradio keeps it as the file's
    name inside a random folder); a name given twice gets （2）, （3）… before its extension."""
    out, seen = {}, Counter()
    for p in paths:
        name = Path(p).name or p
        seen[name] += 1
        if seen[name] > 1:
            stem, dot, ext = name.rpartition(".")
            name = f"{stem}（{seen[name]}）.{ext}" if dot and stem else f"{name}（{seen[name]}）"
        out[p] = name
    return out


def run(paths: list[str], key: str, poll: float = 0.25, owner: str = "") -> Iterator[tuple[str, list[str], list[FileRow]]]:
    """Yield (status text, report files, per-file rows) while the batch runs; the last yield carries
    the reports, written in a folder of ``owner``'s (owned.py: nobody else can download them), and
    the rows."""
    if not paths:
        yield "请先上传要审核的文件（可多选，或上传一个 .zip 压缩包）。", [], []
        return
    mod = _review()
    if mod is None:
        yield REVIEW_MISSING, [], []
        return
    out_dir = owned.run_dir(owner)
    xlsx, html = out_dir / "审核报告.xlsx", out_dir / "审核报告.html"
    progress, stop = Progress(), threading.Event()
    _CANCEL[key] = stop
    box: dict = {}

    def work() -> None:
        try:
            box["summary"] = mod.run_batch([str(p) for p in paths], str(xlsx), html=str(html),
                                           jobs=min(MAX_JOBS, mod.default_jobs()), names=upload_names(paths),
                                           progress=lambda ev: _on_progress(progress, ev), cancel=stop)
        except Exception as e:  # reported to the user below, never swallowed
            box["error"] = e

    t = threading.Thread(target=work, name="jixiao-batch", daemon=True)
    t.start()
    try:
        while t.is_alive():
            t.join(poll)
            yield progress.line(), [], []
    finally:
        _CANCEL.pop(key, None)
    if "error" in box:
        e = box["error"]
        yield f"审核中断：{e}", [], []
        return
    files = [str(p) for p in (xlsx, html) if p.exists()]
    head = "已停止，报告包含已完成的文件。" if stop.is_set() else "审核完成。"
    more = f"下表列出前 {MAX_ROWS} 个文件，其余见报告。" if progress.done > len(progress.rows) else ""
    yield f"{head}{summary_line(box.get('summary'), progress)}{more}", files, list(progress.rows)


def summary_line(summary, progress: Progress) -> str:
    """One line of totals from a ``BatchSummary``: files, readable, unreadable, grades."""
    if summary is None:
        return progress.line()
    grades = "、".join(f"{g} {n}" for g, n in summary.grade_rows() if n)
    line = f"共 {summary.total} 个文件，审核 {summary.read} 个，无法读取 {summary.unreadable} 个"
    if summary.cached:
        line += f"（{summary.cached} 个此前审核过、内容未变，直接用了上次的结果）"
    return line + (f"；评级：{grades}。" if grades else "。")
