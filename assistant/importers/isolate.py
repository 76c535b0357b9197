"""Reading an untrusted file under hard bounds: a memory ceiling (RLIMIT_AS) and a time limit, per format.

``read_isolated(data, name, read)`` is how ``read_bytes`` parses every file (so every entry point —
check, convert, extract, rewrite, draft --from, the web app's import, review — is bounded):

- A small JSON file is read in this process (linear, and a JSON check must start fast).
- Anything else is read in a child process (forked; from multiprocessing's fork server when this
  process runs threads, as the web server does). The child finds the format, tells the parent
  (which then allows that format's ``seconds``), sets ``RLIMIT_AS`` to its own address space
  plus that format's ``memory_mb`` and parses. A parse that needs more gets MemoryError (or
  dies), one that takes longer is killed: either way the file is a ReadError naming it, and the
  parent — a web server, a batch — goes on. The child dies with its parent (procs.py).
- Review workers are such disposable processes already: ``bound_this_process()`` (their
  initializer) makes reads there run in-process under the same per-format ceiling; the batch's
  own timer and watchdog keep time.

OCR (onnxruntime reserves address space up front) and office conversion need more than parsing
a PDF: a reader that turns to them calls ``widen("ocr")`` to raise the ceiling to that kind's.
"""
from __future__ import annotations

import faulthandler
import os
import re
import resource
import signal
import threading
import time
from dataclasses import dataclass
from typing import Callable

from ..errors import ReadError
from .limits import INLINE_JSON_BYTES
from .progress import report, reporting


@dataclass(frozen=True)
class Limits:
    memory_mb: int          # address space a parse may add to the process with its readers loaded
    seconds: float          # wall time for the whole read


MB = 1024 * 1024
# a JSON file up to INLINE_JSON_BYTES is read in the calling process (limits.py)
LIMITS: dict[str, Limits] = {     # by the sniffed format, or a kind a reader turns to (``widen``)
    "json": Limits(192, 60),
    "txt": Limits(256, 120),
    "pdf": Limits(192, 120),
    "docx": Limits(512, 120),
    "xlsx": Limits(512, 120),
    "xls": Limits(512, 120),
    "html": Limits(512, 120),
    "mhtml": Limits(512, 120),
    "ocr": Limits(2048, 600),       # rapidocr/onnxruntime reserve address space up front (formats measured
    "image": Limits(2048, 600),     # 2 GiB of it enough, 1.5 not); pages take seconds each
    "office": Limits(1536, 180),    # LibreOffice converting .doc/.wps/.et inherits the ceiling (measured: 0.5 GiB ok)
    "doc": Limits(1536, 180),
}
DEFAULT = Limits(512, 120)          # a format without its own line
SNIFF_SECONDS = 30.0                # until the child has said which format it reads

_here = False                       # this process is a disposable worker: bound reads in-process
_ceiling: "_Ceiling | None" = None  # the ceiling in force while a read runs


def limits_of(kind: str) -> Limits:
    return LIMITS.get(kind, DEFAULT)


def memory_reason(mb: int) -> str:
    return (f"读取该文件所需内存超过上限（{mb} MB），文件可能异常膨胀（如压缩炸弹）或过于复杂，已拒绝读取。"
            "请另存为 .docx 或 .xlsx 后重试。")


def time_reason(seconds: float) -> str:
    return f"读取该文件超过 {seconds:g} 秒仍未完成，已停止（文件可能过大或结构异常）。请另存为 .docx 或 .xlsx 后重试。"


def died_reason(exitcode: int | None, mb: int) -> str:
    how = f"被信号 {-exitcode} 终止" if exitcode is not None and exitcode < 0 else f"退出码 {exitcode}"
    return (f"读取该文件时解析进程异常退出（{how}；可能超出内存上限 {mb} MB，或文件触发了解析库的缺陷），"
            "已拒绝读取。请另存为 .docx 或 .xlsx 后重试。")


def bound_this_process() -> None:
    """For disposable single-threaded workers (review): reads here run in-process under the ceilings."""
    global _here
    _here = True


def widen(kind: str) -> None:
    """Raise the running read's ceiling (and, in a child, its time limit) to ``kind``'s — e.g. "ocr" before a
    PDF reader loads the OCR model for a scan."""
    if _ceiling is not None:
        _ceiling.set(kind)
        if _ceiling.notify is not None:
            _ceiling.notify(kind)


class _Ceiling:
    """RLIMIT_AS (soft) = the address space when the format is known + that format's allowance; restored on exit."""

    def __init__(self):
        self.saved = resource.getrlimit(resource.RLIMIT_AS)
        self.base_kb = 0
        self.mb = DEFAULT.memory_mb
        self.notify: Callable[[str], None] | None = None     # tells the parent (which keeps time) the kind

    def set(self, kind: str) -> None:
        from ..procs import vm_kb
        from . import _reader
        _reader(kind)                      # the reader's libraries count as the process, not as the parse
        self.base_kb = self.base_kb or vm_kb("VmSize")
        self.mb = limits_of(kind).memory_mb
        if self.base_kb:
            soft = (self.base_kb * 1024 + self.mb * MB)
            hard = self.saved[1]
            resource.setrlimit(resource.RLIMIT_AS, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))

    def __enter__(self) -> "_Ceiling":
        global _ceiling
        _ceiling = self
        return self

    def __exit__(self, *exc) -> None:
        global _ceiling
        _ceiling = None
        resource.setrlimit(resource.RLIMIT_AS, self.saved)


Read = Callable[[bytes, str, Callable[[str], None]], object]   # (data, name, on_format) -> ImportResult


def read_isolated(data: bytes, name: str, read: Read):
    """``read(data, name, on_format)`` under the bounds above; ``read`` calls ``on_format(fmt)`` once it knows."""
    if _inline(data):
        return read(data, name, lambda fmt: None)
    if _here:
        return _bounded_here(data, name, read)
    return _in_child(data, name, read)


def _inline(data: bytes) -> bool:
    return len(data) <= INLINE_JSON_BYTES and data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")


def _bounded_here(data: bytes, name: str, read: Read):
    ceiling = _Ceiling()
    try:
        with ceiling:
            return read(data, name, ceiling.set)
    except Exception as e:  # noqa: BLE001 – only running out of memory is handled here; the rest re-raised
        if not _out_of_memory(e):
            raise
        raise ReadError(name, memory_reason(ceiling.mb)) from None


def _out_of_memory(e: Exception) -> bool:
    """A MemoryError, a thread that could not start under the ceiling (its stack is address space too:
    OCR reads pages and lines in threads), or a native library's own report of a failed allocation
    (OpenCV's "Insufficient memory", onnxruntime's bad_alloc / "Failed to allocate memory")."""
    if isinstance(e, ReadError):
        return False
    return isinstance(e, MemoryError) or bool(_OOM_WORDS.search(str(e)))


_OOM_WORDS = re.compile(r"can't start new thread|Insufficient memory|bad_alloc|Failed to allocate|"
                        r"Cannot allocate memory|out of memory", re.I)


# --- the child process -------------------------------------------------------------------

def _child(conn, data: bytes, name: str, read: Read, origin: int) -> None:
    from ..procs import die_with_parent
    die_with_parent(origin)
    faulthandler.disable()                           # a crash here is reported by the parent, in Chinese
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # Ctrl-C is the parent's to handle
    ceiling = _Ceiling()
    ceiling.notify = lambda kind: conn.send(("format", kind))

    def on_format(fmt: str) -> None:
        ceiling.notify(fmt)
        ceiling.set(fmt)

    try:
        try:
            with ceiling, reporting(lambda message: conn.send(("progress", message))):   # told to the parent
                result = read(data, name, on_format)
        except Exception as e:  # noqa: BLE001 – only running out of memory is handled here; the rest re-raised
            if not _out_of_memory(e):
                raise
            raise ReadError(name, memory_reason(ceiling.mb)) from None
        conn.send(("ok", result))
    except ReadError as e:
        conn.send(("error", e.reason))
    except Exception as e:  # noqa: BLE001 – a bug in a reader: the parent raises it as it would have here
        try:
            conn.send(("raise", e))
        except Exception:  # noqa: BLE001 – not picklable: its text then
            conn.send(("raise", RuntimeError(f"{type(e).__name__}: {e}")))
    finally:
        conn.close()


def _in_child(data: bytes, name: str, read: Read):
    ctx = _context()
    receive, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(send, data, name, read, os.getpid()), daemon=True,
                       name="jixiao-read")
    proc.start()
    send.close()
    start = time.monotonic()
    limits = Limits(DEFAULT.memory_mb, SNIFF_SECONDS)
    try:
        while True:
            left = start + limits.seconds - time.monotonic()
            if left <= 0 or not receive.poll(left):
                raise ReadError(name, time_reason(limits.seconds))
            try:
                kind, value = receive.recv()
            except EOFError:          # died without a word: killed by the ceiling, or a crash in C
                proc.join()
                raise ReadError(name, died_reason(proc.exitcode, limits.memory_mb)) from None
            if kind == "format":
                limits = limits_of(value)
                if ctx.get_start_method() == "fork":
                    _preload(value)   # the next file of this kind forks with it loaded
            elif kind == "progress":  # "第3/12页 文字识别中…": passed on to whoever listens here
                report(value)
            elif kind == "ok":
                return value
            elif kind == "error":
                raise ReadError(name, value)
            else:
                raise value
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        receive.close()


def _preload(kind: str) -> None:
    """What reading ``kind`` needs, loaded in this (forking) process: the reader's modules; for OCR also its
    engine, the models folded and their sessions made (ocr.engine: no onnxruntime thread here), which each child
    made for itself (folding took 0.4 CPU-seconds, the sessions 0.2)."""
    from . import _reader
    _reader(kind)
    if kind in ("ocr", "image"):
        from .ocr import engine
        engine()


def _context():
    """fork when this process runs a single thread (fast, and a reader this process has imported is the
    child's at once); else the fork server (forking a threaded process such as the web server could copy a
    lock held by another thread), which has the OCR engine built (ocr_preload: a second when it starts)."""
    import multiprocessing          # here, not at the top: a JSON check never starts a process
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["assistant.importers.isolate", "assistant.review.worker",
                                "assistant.importers.ocr_preload"])
    return ctx
