"""Review cache: a re-run skips files whose content has not changed.

Key = SHA-256 of the file's bytes + its extension (the importers break ties by it) + the code
version: jixiao's version, ``RULES_VERSION`` and a digest of the assistant's own source, so a
changed rule or importer never serves a stale result. Value = the file's ``jixiao check --json``
record without its "file" key (the same bytes under another name give the same record).
Only decided outcomes are stored (a review, or a ReadError's reason), never an internal error.
One SQLite file (WAL) under JIXIAO_DATA_DIR/cache; only the batch's parent process touches it.
"""
from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
import time
from pathlib import Path
from typing import Any

import assistant
from ..paths import data_dir

SCHEMA = "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, record TEXT NOT NULL, created REAL NOT NULL)"
COMMIT_EVERY = 200


@functools.lru_cache(maxsize=1)
def code_version() -> str:
    """jixiao version + rules version + digest of every module under assistant/ (not the reports)."""
    from ..rules import RULES_VERSION
    root = Path(assistant.__file__).parent
    h = hashlib.sha256()
    for p in sorted(root.rglob("*.py")):
        rel = p.relative_to(root).as_posix()
        if rel.startswith(("cli/", "review/report_")):
            continue
        h.update(rel.encode())
        h.update(p.read_bytes())
    return f"{assistant.__version__}|{RULES_VERSION}|{h.hexdigest()[:16]}"


def cache_key(data: bytes, name: str, mode: str = "offline") -> str:
    ext = Path(name).suffix.lower()
    digest = hashlib.sha256(data).hexdigest()
    return hashlib.sha256(f"{digest}|{ext}|{mode}|{code_version()}".encode()).hexdigest()


class ReviewCache:
    """get/put records by key; writes are committed in batches and on close."""

    def __init__(self, path: Path | None = None):
        self.path = path or data_dir() / "cache" / "review.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(SCHEMA)
        self._pending = 0
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> dict[str, Any] | None:
        row = self._db.execute("SELECT record FROM results WHERE key = ?", (key,)).fetchone()
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        return json.loads(row[0])

    def put(self, key: str, record: dict[str, Any]) -> None:
        body = {k: v for k, v in record.items() if k != "file"}
        self._db.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?)",
                         (key, json.dumps(body, ensure_ascii=False), time.time()))
        self._pending += 1
        if self._pending >= COMMIT_EVERY:
            self._db.commit()
            self._pending = 0

    def close(self) -> None:
        self._db.commit()
        self._db.close()

    def __enter__(self) -> "ReviewCache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def with_file(record: dict[str, Any], name: str) -> dict[str, Any]:
    """A cached record as ``jixiao check --json`` prints it for ``name`` ("file" first)."""
    return {"file": name, **record}
