"""A worker function that kills its process on a marker, to test crash recovery of the batch pool.

Imported by the pool's worker processes (tests/ is on sys.path under pytest), so it must stay
a plain module with no test imports.
"""
from __future__ import annotations

import os

from assistant.review.worker import review_data

MARKER = b"KILL-THE-WORKER"


def crash_on_marker(name: str, data: bytes, keep_import: bool = False, timeout: float = 0):
    if MARKER in data:
        os._exit(3)
    return review_data(name, data, keep_import, timeout)


HANG = b"HANG-IN-PYTHON"          # stuck in Python code: the worker's timer stops it
HANG_IN_C = b"HANG-WHERE-NO-SIGNAL-REACHES"   # as if stuck in a C library: only the watchdog helps


def hang_on_marker(name: str, data: bytes, keep_import: bool = False, timeout: float = 0):
    import assistant.review.worker as w
    if HANG_IN_C in data:
        import signal
        import time
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(3600)
    if HANG not in data:
        return review_data(name, data, keep_import, timeout)

    def stuck(*a, **k):
        while True:
            pass

    real, w.review_file = w.review_file, stuck
    try:
        return review_data(name, data, keep_import, timeout)
    finally:
        w.review_file = real
