"""Progress of a long read (OCR of a scan takes seconds a page): messages such as "第3/12页 文字识别中…".

The caller that shows progress (the CLI, the web app) wraps the read in ``reporting(callback)``;
readers call ``report(message)``, which does nothing when nobody listens. A context variable, so
parallel reads in threads each report to their own caller.
"""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Callable, Iterator

_LISTENER: ContextVar[Callable[[str], None] | None] = ContextVar("jixiao_read_progress", default=None)


@contextmanager
def reporting(callback: Callable[[str], None]) -> Iterator[None]:
    token = _LISTENER.set(callback)
    try:
        yield
    finally:
        _LISTENER.reset(token)


def report(message: str) -> None:
    listener = _LISTENER.get()
    if listener is not None:
        listener(message)
