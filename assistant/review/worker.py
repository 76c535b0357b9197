"""The work one process does for one file: import and rules, as ``jixiao check --json`` would.

Runs in pool workers (no LLM here; enrichment happens in the parent). Returns plain data:
``Outcome(record, imported, cacheable)`` where ``record`` is exactly the check JSON line.

A file that takes longer than ``timeout`` seconds is stopped by a timer signal in the worker
and becomes an error row. Code stuck inside a C library never sees the signal: the parent's
watchdog (batch.py) handles that by killing the worker.
"""
from __future__ import annotations

import os
import resource
import signal
import traceback
from dataclasses import dataclass
from typing import Any

from ..errors import ReadError
from ..importers import ImportResult
from ..review_one import review_file


def timeout_reason(seconds: float) -> str:
    return (f"处理该文件超过 {seconds:g} 秒仍未完成，已跳过（文件可能过大或结构异常）；"
            "请另存为 .docx 或 .xlsx 后重试，或用 --timeout 放宽时限。")


class FileTimeout(BaseException):
    """Raised by the timer in the middle of a file; a BaseException so no ``except Exception`` swallows it."""


def _on_alarm(signum, frame):
    raise FileTimeout


@dataclass
class Outcome:
    record: dict[str, Any]
    imported: ImportResult | None = None
    cacheable: bool = True
    pid: int = 0
    cpu_seconds: float = 0.0      # the worker process's CPU time so far
    peak_mb: float = 0.0          # the worker process's peak resident memory so far


def _stamp(outcome: Outcome) -> Outcome:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    outcome.pid, outcome.cpu_seconds, outcome.peak_mb = os.getpid(), ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024
    return outcome


def init_worker(origin_pid: int | None = None) -> None:
    """Workers die with the batch's process (``kill -9`` of it leaves none running), read each file under
    the importers' memory ceilings (isolate.py), and leave Ctrl-C to the parent, which stops the batch cleanly.

    The readers and rules are loaded here, before any file's timer starts: a per-file time limit
    measures the file, not the worker's start-up (which a busy machine can stretch to seconds).
    """
    from ..importers.isolate import bound_this_process
    from ..procs import die_with_parent
    die_with_parent(origin_pid)
    bound_this_process()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .. import importers, rules
    importers.formats()
    rules.all_rules()


def review_data(name: str, data: bytes, keep_import: bool = False, timeout: float = 0) -> Outcome:
    """Review one file; with ``timeout`` > 0 a file still running after that many seconds is an error row."""
    if timeout > 0:
        signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:  # the timer is one-shot: once it has fired, or been disarmed, nothing more can interrupt
        try:
            outcome = _review(name, data, keep_import)
        finally:
            if timeout > 0:
                signal.setitimer(signal.ITIMER_REAL, 0)
    except FileTimeout:
        outcome = Outcome({"file": name, "error": timeout_reason(timeout)}, cacheable=False)
    return _stamp(outcome)


def _review(name: str, data: bytes, keep_import: bool) -> Outcome:
    try:
        result = review_file(name, data=data)
    except ReadError as e:
        return Outcome({"file": name, "error": e.reason})
    except Exception as e:  # a bug in an importer or rule: this file's row says so, the batch goes on
        where = traceback.extract_tb(e.__traceback__)[-1]
        return Outcome({"file": name, "error": f"处理该文件时程序出错（{type(e).__name__}：{e}，"
                                               f"位于 {where.filename.rsplit('/', 1)[-1]}:{where.lineno}），"
                                               "请把该文件反馈给开发者。"}, cacheable=False)
    return Outcome(result.to_json(), result.imported if keep_import else None)
