"""Bulk review: many files, parallel imports, a cache, streamed reports.

``run_batch(paths, out_xlsx, html=None, jsonl=None, jobs=N, llm=False, progress=cb, cancel=event)``
reviews every file under ``paths`` (files, folders, .zip archives) and returns a ``BatchSummary``.

- Imports and rules run in worker processes (ProcessPoolExecutor, forkserver) with at most
  ``jobs * WINDOW_PER_JOB`` files in flight; results are written in input order as they finish,
  so memory stays bounded whatever the batch size.
- Each file's JSONL line is exactly what ``jixiao check --json`` prints for it.
- A file whose content, extension and code version were seen before is served from the cache.
- One bad file is an error row. A worker that crashes takes no file down with it: the files it
  held are retried one by one in a fresh process, and only the culprit becomes an error row.
- A file still running after ``timeout`` seconds becomes an error row: the worker's timer stops
  it, and when the worker is stuck where a signal cannot reach (inside a C library), the
  watchdog here kills the pool once a file has run ``timeout + HANG_GRACE`` seconds; the files
  the pool held are then retried one by one, each under the same limit, like after a crash.
- ``cancel`` (a threading.Event; the CLI sets it on Ctrl-C) stops the batch: no new file starts,
  files already running get ``CANCEL_GRACE`` seconds to finish, the reports are written for the
  files finished so far and ``summary.cancelled`` is set.
- With ``llm``, workers keep the import and the parent asks the engine to improve it and enrich
  the review (``review_one.review_form``), at most ``engine.concurrency`` calls at a time.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import threading
import time
import zipfile
import zlib
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, ThreadPoolExecutor, wait
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ..errors import JixiaoError, ReadError
from ..importers import read_path
from ..importers.limits import MAX_FILE_BYTES
from .cache import ReviewCache, cache_key, content_digest, line_with_file, with_file
from .opinion import draft_opinion, grade
from .report_html import HtmlReport
from .report_xlsx import XlsxReport
from .sources import Item, Loader, collect
from .summary import BatchSummary
from .worker import Outcome, init_worker, review_data, timeout_reason

WINDOW_PER_JOB = 4
FLUSH_SECONDS = 0.5
DEFAULT_TIMEOUT = 120.0     # seconds one file may take (a 30-page PDF takes well under 2)
HANG_GRACE = 10.0           # beyond the worker's own timer, before the watchdog kills the pool
CANCEL_GRACE = 5.0          # on cancel, how long files already running may still finish
DEFAULT_LLM_CONCURRENCY = 4
CRASH_REASON = ("处理该文件时工作进程崩溃（可能超出读取内存上限，或文件触发了解析库的缺陷），已跳过；"
                "请另存为 .docx 或 .xlsx 后重试。")


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    errors: int
    cached: int
    file: str
    seconds: float
    grade: str = ""         # the file just finished: its grade, counts and drafted opinion,
    n_errors: int = 0       # or ``error`` when it could not be read
    n_warnings: int = 0
    opinion: str = ""
    error: str = ""


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def run_batch(paths: list[str] | tuple[str, ...], out_xlsx: str | Path | None, html: str | Path | None = None,
              jsonl: str | Path | None = None, jobs: int | None = None, llm: bool = False,
              progress: Callable[[Progress], None] | None = None, cancel: threading.Event | None = None,
              use_cache: bool = True, engine: Any = None, warn: Callable[[str], None] | None = None,
              timeout: float | None = DEFAULT_TIMEOUT, names: dict[str, str] | None = None) -> BatchSummary:
    """Review every file under ``paths``; write the reports asked for; return the totals.

    ``names``: the label of an input path in reports and progress (sources.collect), e.g. the
    name a file was uploaded under.

    ``timeout``: seconds one file may take before it becomes an error row (None or 0: no limit).
    """
    if llm and engine is None:
        from ..engine import get_engine
        engine = get_engine(llm=True, warn=warn or (lambda m: None))
    if getattr(engine, "name", "") == "offline":  # no model configured: the workers already do all of it
        engine = None
    items = collect(list(paths), names)
    summary = BatchSummary(total=len(items), jobs=jobs or default_jobs(), llm=engine is not None)
    sink = _Sink(summary, out_xlsx, html, jsonl, progress)
    cache = ReviewCache() if use_cache else None
    usage_before = _usage_totals(engine)
    run = _Run(items, sink, cache, summary.jobs, engine, cancel or threading.Event(), warn, timeout or 0.0)
    try:
        run.loop()
    finally:
        run.shutdown()
        summary.cancelled = run.cancel.is_set() and summary.done < summary.total
        summary.seconds = time.perf_counter() - sink.t0
        _settle_usage(summary, engine, usage_before)
        sink.close()
        if cache is not None:
            cache.close()
    return summary


class _Sink:
    """Writes each finished file to every report, in order, and keeps the totals."""

    def __init__(self, summary: BatchSummary, out_xlsx, html, jsonl, progress):
        self.summary, self.progress, self.t0 = summary, progress, time.perf_counter()
        self.flushed = self.t0
        for path in (out_xlsx, html, jsonl):  # an unwritable report path fails now, not after the whole batch
            if path:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
                with open(path, "ab"):
                    pass
        self.xlsx = XlsxReport(out_xlsx) if out_xlsx else None
        self.html = HtmlReport(html) if html else None
        self.jsonl = open(jsonl, "w", encoding="utf-8") if jsonl else None
        for key, path in (("xlsx", out_xlsx), ("html", html), ("jsonl", jsonl)):
            if path:
                summary.outputs[key] = str(path)

    def emit(self, record: dict[str, Any], usage: dict[str, Any] | None = None, line: str | None = None) -> None:
        """Write one finished file everywhere; ``line`` is its JSONL line when already known (from the cache)."""
        if self.jsonl is not None:
            self.jsonl.write((line or json.dumps(record, ensure_ascii=False)) + "\n")
            now = time.perf_counter()
            if now - self.flushed > FLUSH_SECONDS:  # a killed batch leaves all but the last moment's lines
                self.jsonl.flush()
                self.flushed = now
        g = opinion = ""
        if "error" in record:
            self.summary.add_error()
            for r in (self.xlsx, self.html):
                if r is not None:
                    r.add_error(record["file"], record["error"])
        else:
            g = grade(record)
            opinion = draft_opinion(record, g)
            self.summary.add_form(record, g, usage)
            for r in (self.xlsx, self.html):
                if r is not None:
                    r.add_form(record, g, opinion)
        if self.progress is not None:
            s, sev = self.summary, [f.get("severity") for f in record.get("findings", [])]
            self.progress(Progress(s.done, s.total, s.unreadable, s.cached, record["file"], time.perf_counter() - self.t0,
                                   g, sev.count("error"), sev.count("warning"), opinion, record.get("error", "")))

    def close(self) -> None:
        if self.jsonl is not None:
            self.jsonl.close()
        for r in (self.xlsx, self.html):
            if r is not None:
                r.close(self.summary)


class _Run:
    """The scheduling loop: resolve from cache, submit to workers, enrich, emit in input order."""

    def __init__(self, items: list[Item], sink: _Sink, cache: ReviewCache | None, jobs: int, engine,
                 cancel: threading.Event, warn, timeout: float = 0.0):
        self.items, self.sink, self.cache, self.jobs, self.engine = items, sink, cache, jobs, engine
        self.cancel, self.warn, self.timeout = cancel, warn or (lambda m: None), timeout
        self.running_since: dict[Future, float] = {}   # pool futures, from when first seen running
        self.mode = _mode(engine)
        self.loader = Loader()
        self.pool: ProcessPoolExecutor | None = None
        self.threads: ThreadPoolExecutor | None = None
        self.flight: dict[Future, tuple[int, str, bytes, str, str]] = {}  # -> (index, name, data, key, proc|llm)
        self.ready: dict[int, tuple[dict[str, Any], dict[str, Any] | None, str | None]] = {}  # -> record, usage, line
        self.twins: dict[str, list[tuple[int, str]]] = {}  # key in flight -> later files with the same content
        self.next_emit = 0

    # -- main loop ---------------------------------------------------------------
    def loop(self) -> None:
        window = self.jobs * WINDOW_PER_JOB
        for i, item in enumerate(self.items):
            while len(self.flight) + len(self.ready) >= window and not self.cancel.is_set():
                self._collect(timeout=0.2)
            if self.cancel.is_set():
                return
            self._start(i, item)
            self._flush()
        while self.flight and not self.cancel.is_set():
            self._collect(timeout=0.2)
        self._flush()

    def _start(self, i: int, item: Item) -> None:
        if item.error:
            self.ready[i] = ({"file": item.name, "error": item.error}, None, None)
            return
        data = None  # an unchanged file (same stat as when its digest was recorded) is not even read
        digest = self.cache.known_digest(item.ident, item.stamp) if self.cache is not None else None
        if digest is None:
            data = self._read(i, item)
            if data is None:
                return
            digest = content_digest(data)
        key = cache_key(digest, item.name, self.mode)
        text = self.cache.get(key) if self.cache is not None else None
        if text is not None:
            self.sink.summary.cached += 1
            self.ready[i] = (with_file(json.loads(text), item.name), None, line_with_file(text, item.name))
            return
        if data is None:  # known, but not reviewed by this code version or mode: read it now
            data = self._read(i, item)
            if data is None:
                return
            key = cache_key(content_digest(data), item.name, self.mode)
        if key in self.twins:  # the same content is being reviewed already: reuse its record
            self.sink.summary.cached += 1
            self.twins[key].append((i, item.name))
            return
        self.twins[key] = []
        try:
            fut = self._pool().submit(review_data, item.name, data, self.engine is not None, self.timeout)
        except BrokenProcessPool:  # a worker died before its future was collected: recover, this file too
            self._recover([(i, item.name, data, key, "proc")])
            return
        self.flight[fut] = (i, item.name, data, key, "proc")

    def _read(self, i: int, item: Item) -> bytes | None:
        """The item's bytes (its digest remembered by its stamp), or None with its error row made ready."""
        read_ns = time.time_ns()
        data, record = self._load(item)
        if record is not None:
            self.ready[i] = (record, None, None)
            return None
        if self.cache is not None:
            self.cache.remember(item.ident, item.stamp, item.changed_ns, read_ns, content_digest(data))
        return data

    def _load(self, item: Item) -> tuple[bytes, dict[str, Any] | None]:
        """The item's bytes, or the error record ``jixiao check`` would print for it."""
        try:
            if item.chain:
                return self.loader.load(item), None
            if Path(item.path).is_file() and os.path.getsize(item.path) <= MAX_FILE_BYTES:
                return self.loader.load(item), None
            read_path(item.path)  # raises the same ReadError check reports (missing, folder, too large)
            raise ReadError(item.path, "无法打开文件。")
        except ReadError as e:
            return b"", {"file": item.name, "error": e.reason}
        except (OSError, zipfile.BadZipFile, zlib.error, EOFError, RuntimeError) as e:
            where = "压缩包内的文件无法解压" if item.chain else "无法打开文件"
            return b"", {"file": item.name, "error": f"{where}（{type(e).__name__}：{e}）。"}

    # -- completion --------------------------------------------------------------
    def _collect(self, timeout: float) -> None:
        done, _ = wait(list(self.flight), timeout=timeout, return_when=FIRST_COMPLETED)
        self._watch()   # also while other files keep finishing: a hung worker must not wait for the end
        crashed = []
        for fut in done:
            self.running_since.pop(fut, None)
            i, name, data, key, kind = self.flight.pop(fut)
            try:
                outcome = fut.result()
            except BrokenProcessPool:
                crashed.append((i, name, data, key, kind))
                continue
            except Exception as e:  # e.g. a result that cannot be sent back: this file's row says so
                outcome = Outcome({"file": name, "error": f"处理该文件时程序出错（{type(e).__name__}：{e}），"
                                                          "请把该文件反馈给开发者。"}, cacheable=False)
            if isinstance(outcome, Outcome):
                self._reviewed(i, name, data, key, outcome)
            else:  # an enrichment finished: (record, usage, cacheable)
                record, usage, cacheable = outcome
                self._finish(i, key, record, usage, cacheable)
        if crashed:
            self._recover(crashed)
        self._flush()

    def _watch(self) -> None:
        """Kill the pool when a file has run far past its limit: its worker is stuck where no signal reaches.

        A future counts as running from when it is handed to the pool's call queue, which holds at
        most one file more than there are workers, so a file waiting there behind a hung one is
        retried too, never blamed: after the kill every file the pool held runs alone (``_recover``).
        """
        if not self.timeout or self.pool is None:
            return
        now = time.monotonic()
        for fut, v in self.flight.items():
            if v[4] == "proc" and fut.running():
                self.running_since.setdefault(fut, now)
        if any(now - t > self.timeout + HANG_GRACE for t in self.running_since.values()):
            self.warn(f"有文件处理超过 {self.timeout:g} 秒仍无响应，已重启工作进程，并逐个重试进行中的文件。")
            _kill(_processes(self.pool))
            self.running_since.clear()

    def _reviewed(self, i: int, name: str, data: bytes, key: str, outcome: Outcome) -> None:
        self.sink.summary.add_worker(outcome.pid, outcome.cpu_seconds, outcome.peak_mb)
        if self.engine is None or outcome.imported is None:
            self._finish(i, key, outcome.record, None, outcome.cacheable)
            return
        fut = self._threads().submit(self._enrich, name, outcome)
        self.flight[fut] = (i, name, b"", key, "llm")

    def _enrich(self, name: str, outcome: Outcome) -> tuple[dict[str, Any], dict[str, Any], bool]:
        """In the parent: the engine improves the import and adds judgement findings and wording."""
        from ..review_one import review_form
        imported = outcome.imported
        try:
            if hasattr(self.engine, "improve_import"):
                imported = self.engine.improve_import(imported)
            result = review_form(imported.form, file=name, engine=self.engine, imported=imported)
        except JixiaoError as e:  # the model failed: keep the rule review, say so, do not cache
            self.warn(f"{name}：大模型未能完成审核（{e}），已只用规则审核。")
            return outcome.record, {}, False
        except Exception as e:  # a bug in the engine costs this file its enrichment, not the batch
            self.warn(f"{name}：大模型审核时程序出错（{type(e).__name__}：{e}），已只用规则审核。")
            return outcome.record, {}, False
        usage = dict(result.usage)
        complete = not usage.get("failures") and usage.get("engine") != "offline"
        return result.to_json(), usage, complete  # a review the model did not finish is not cached

    def _finish(self, i: int, key: str, record: dict[str, Any], usage, cacheable: bool) -> None:
        text = self.cache.put(key, record) if cacheable and self.cache is not None else None
        self.ready[i] = (record, usage, None)
        body = {k: v for k, v in record.items() if k != "file"}
        for j, name in self.twins.pop(key, []):
            self.ready[j] = (with_file(body, name), None, line_with_file(text, name) if text else None)

    def _recover(self, crashed: list[tuple[int, str, bytes, str, str]]) -> None:
        """A worker died and took the pool with it: retry each file it held alone, in a fresh process."""
        for fut, v in list(self.flight.items()):
            if v[4] == "proc":  # every other file of the broken pool
                self.flight.pop(fut)
                if fut.done() and not fut.cancelled() and fut.exception() is None:
                    self._reviewed(*v[:4], fut.result())
                else:
                    crashed.append(v)
        self.pool = None
        self.running_since.clear()
        for i, name, data, key, _ in sorted(crashed):
            if self.cancel.is_set():
                return
            solo = ProcessPoolExecutor(1, mp_context=_context(), initializer=init_worker, initargs=(os.getpid(),))
            try:
                fut = solo.submit(review_data, name, data, self.engine is not None, self.timeout)
                outcome = fut.result(timeout=self.timeout + HANG_GRACE if self.timeout else None)
            except BrokenProcessPool:
                self._finish(i, key, {"file": name, "error": CRASH_REASON}, None, False)
                continue
            except FutureTimeout:  # stuck beyond the worker's own timer
                _kill(_processes(solo))
                self._finish(i, key, {"file": name, "error": timeout_reason(self.timeout)}, None, False)
                continue
            finally:
                solo.shutdown(wait=True)
            self._reviewed(i, name, data, key, outcome)

    def _flush(self) -> None:
        while self.next_emit in self.ready:
            self.sink.emit(*self.ready.pop(self.next_emit))
            self.next_emit += 1

    # -- pools -------------------------------------------------------------------
    def _pool(self) -> ProcessPoolExecutor:
        if self.pool is None:
            self.pool = ProcessPoolExecutor(self.jobs, mp_context=_context(), initializer=init_worker,
                                            initargs=(os.getpid(),))
        return self.pool

    def _threads(self) -> ThreadPoolExecutor:
        if self.threads is None:
            self.threads = ThreadPoolExecutor(_llm_concurrency(self.engine), thread_name_prefix="jixiao-llm")
        return self.threads

    def shutdown(self) -> None:
        """Stop the pools; on cancel, files not started are dropped and finished ones are still written.

        Files already running get ``CANCEL_GRACE`` seconds; a worker still busy after that is killed.
        """
        cancelled = self.cancel.is_set()
        if cancelled and self.pool is not None:
            workers = _processes(self.pool)  # shutdown forgets them
            self.pool.shutdown(wait=False, cancel_futures=True)
            wait([f for f, v in self.flight.items() if v[4] == "proc"], timeout=CANCEL_GRACE)
            _kill(workers)
        for ex in (self.pool, self.threads):
            if ex is not None:
                ex.shutdown(wait=True, cancel_futures=cancelled)
        for fut, (i, _name, _data, key, _kind) in list(self.flight.items()):
            if fut.done() and not fut.cancelled() and fut.exception() is None:
                outcome = fut.result()
                if isinstance(outcome, Outcome):  # reviewed by rules; with an engine, not enriched: not cached
                    self._finish(i, key, outcome.record, None, outcome.cacheable and self.engine is None)
                else:
                    self._finish(i, key, *outcome)
        self.flight.clear()
        self.loader.close()
        for i in sorted(self.ready):  # on cancel: finished files after a gap are kept too
            self.sink.emit(*self.ready.pop(i))


def _processes(pool: ProcessPoolExecutor) -> list:
    """A pool's worker processes (the stdlib keeps them in ``_processes``, with no public accessor)."""
    return list((getattr(pool, "_processes", None) or {}).values())


def _kill(workers: list) -> None:
    """Kill worker processes (``_processes(pool)``); the pool's unfinished futures then fail with BrokenProcessPool."""
    for p in workers:
        if p.is_alive():
            p.kill()


USAGE_KEYS = ("calls", "failures", "requests", "prompt_tokens", "completion_tokens", "total_tokens", "seconds")


def _usage_totals(engine) -> dict[str, float] | None:
    """The engine client's running usage totals, when it keeps them (``LLMEngine.usage``)."""
    usage = getattr(engine, "usage", None)
    if engine is None or not hasattr(usage, "to_json"):
        return None
    totals = usage.to_json()
    return {k: totals.get(k, 0) for k in USAGE_KEYS}


def _settle_usage(summary: BatchSummary, engine, before: dict[str, float] | None) -> None:
    """The batch's model usage: every call the engine made meanwhile (import extraction too), and its cost.

    Without client totals (a custom engine) the per-file usage summed by ``add_form`` stands.
    """
    after = _usage_totals(engine)
    if before is not None and after is not None:
        delta = {k: round(after[k] - before[k], 3) for k in USAGE_KEYS}
        summary.usage = Counter(delta if delta["calls"] else {})
    settings = getattr(getattr(engine, "client", None), "settings", None)
    cost = settings.cost(summary.usage.get("prompt_tokens", 0), summary.usage.get("completion_tokens", 0)) \
        if summary.usage and hasattr(settings, "cost") else None
    if cost is not None:
        summary.usage["cost"] = round(cost, 4)


def _mode(engine) -> str:
    """The cache's mode: offline, or llm with the model's name (another model's review is not reused)."""
    if engine is None:
        return "offline"
    settings = getattr(getattr(engine, "client", None), "settings", None)
    return f"llm:{getattr(engine, 'name', '')}:{getattr(settings, 'model', '')}:{getattr(settings, 'base_url', '')}"


def _llm_concurrency(engine) -> int:
    """The engine's own limit (its client's JIXIAO_LLM_CONCURRENCY), else DEFAULT_LLM_CONCURRENCY."""
    settings = getattr(getattr(engine, "client", None), "settings", None)
    n = getattr(engine, "concurrency", None) or getattr(settings, "concurrency", None)
    return int(n) if isinstance(n, int) and n > 0 else DEFAULT_LLM_CONCURRENCY


def _context():
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["assistant.review.worker"])
    return ctx
