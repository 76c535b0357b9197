"""A worker function that kills its process on a marker, to test crash recovery of the batch pool.

Imported by the pool's worker processes (tests/ is on sys.path under pytest), so it must stay
a plain module with no test imports.
"""
from __future__ import annotations

import os

from assistant.review.worker import review_data

MARKER = b"KILL-THE-WORKER"


def crash_on_marker(name: str, data: bytes, keep_import: bool = False):
    if MARKER in data:
        os._exit(3)
    return review_data(name, data, keep_import)
