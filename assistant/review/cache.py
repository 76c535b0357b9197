"""Review cache: a re-run skips files whose content has not changed.

Key = SHA-256 of the file's bytes + its extension (the importers break ties by it) + the code
version: jixiao's version, ``RULES_VERSION`` and a digest of the assistant's own source, so a
changed rule or importer never serves a stale result. Value = the file's ``jixiao check --json``
record without its "file" key (the same bytes under another name give the same record).
Only decided outcomes are stored (a review, or a ReadError's reason), never an internal error.
One SQLite file (WAL) under JIXIAO_DATA_DIR/cache; only the batch's parent process touches it.

A second table remembers each file's content digest by where it lives and what its ``stat``
looked like (device, inode, size, mtime, ctime — as git's index does), so a re-run does not
even read an unchanged file. Like git, an entry is only written for a file whose last change
is older than ``SETTLE_NS`` when it was read: a file written in the same clock tick as it was
read could change without changing its stamp (FAT keeps mtimes to 2 s). Any change — an edit,
a copy over it, a rename onto it — changes the inode, size or ctime, and the file is read again.
"""
from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

import assistant
from ..interview.store_repair import corrupt
from ..paths import data_dir

log = logging.getLogger("jixiao.review")

SCHEMA = ("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, record TEXT NOT NULL, created REAL NOT NULL);"
          "CREATE TABLE IF NOT EXISTS seen (ident TEXT PRIMARY KEY, stamp TEXT NOT NULL, digest TEXT NOT NULL)")
COMMIT_EVERY = 200
SETTLE_NS = 2_000_000_000


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


def content_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def cache_key(digest: str, name: str, mode: str = "offline") -> str:
    """The results key of a file: its content digest, extension, review mode and the code version."""
    ext = os.path.splitext(name)[1].lower()
    return hashlib.sha256(f"{digest}|{ext}|{mode}|{code_version()}".encode()).hexdigest()


class ReviewCache:
    """get/put records by key; writes are committed in batches and on close.

    A cache is disposable: a damaged file (not a database, malformed) is deleted and built afresh,
    silently — the lookup in hand is a miss, the write in hand is made on the new file."""

    def __init__(self, path: Path | None = None):
        self.path = path or data_dir() / "cache" / "review.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._pending = 0
        self.hits = 0
        self.misses = 0
        self._db: sqlite3.Connection | None = None
        self._use(lambda: None)

    def _open(self) -> None:
        self._db = sqlite3.connect(self.path)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)

    def _use(self, op):
        """Run ``op`` on the open cache; a damaged file is rebuilt and ``op`` run once more on the new one."""
        try:
            if self._db is None:
                self._open()
            return op()
        except sqlite3.DatabaseError as e:
            if not corrupt(e):
                raise
            log.info("审核缓存 %s 已损坏（%s），已重建。", self.path, e)
            self._rebuild()
            return op()

    def _rebuild(self) -> None:
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self._pending = 0
        self._open()

    def get(self, key: str) -> str | None:
        """The cached record as JSON text (without "file"), or None."""
        row = self._use(lambda: self._db.execute("SELECT record FROM results WHERE key = ?", (key,)).fetchone())
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        return row[0]

    def put(self, key: str, record: dict[str, Any]) -> str:
        """Store ``record`` (its "file" dropped); returns the stored text."""
        text = json.dumps({k: v for k, v in record.items() if k != "file"}, ensure_ascii=False)
        self._write("INSERT OR REPLACE INTO results VALUES (?, ?, ?)", (key, text, time.time()))
        return text

    def known_digest(self, ident: str, stamp: str) -> str | None:
        """The content digest recorded for the file at ``ident`` if it still has the same ``stamp``."""
        if not ident or not stamp:
            return None
        row = self._use(lambda: self._db.execute("SELECT digest FROM seen WHERE ident = ? AND stamp = ?",
                                                 (ident, stamp)).fetchone())
        return row[0] if row else None

    def remember(self, ident: str, stamp: str, changed_ns: int, read_ns: int, digest: str) -> None:
        """Record the digest of the file at ``ident``, unless it changed too shortly before it was read."""
        if ident and stamp and changed_ns < read_ns - SETTLE_NS:
            self._write("INSERT OR REPLACE INTO seen VALUES (?, ?, ?)", (ident, stamp, digest))

    def _write(self, sql: str, args: tuple) -> None:
        def write():
            self._db.execute(sql, args)
            self._pending += 1
            if self._pending >= COMMIT_EVERY:
                self._db.commit()
                self._pending = 0
        self._use(write)

    def close(self) -> None:
        if self._db is not None:
            self._use(lambda: self._db.commit())
            self._db.close()
            self._db = None

    def __enter__(self) -> "ReviewCache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def with_file(record: dict[str, Any], name: str) -> dict[str, Any]:
    """A cached record as ``jixiao check --json`` prints it for ``name`` ("file" first)."""
    return {"file": name, **record}


def line_with_file(text: str, name: str) -> str:
    """``json.dumps(with_file(json.loads(text), name), ensure_ascii=False)`` without parsing or dumping ``text``."""
    head = '{"file": ' + json.dumps(name, ensure_ascii=False)
    return head + "}" if text == "{}" else head + ", " + text[1:]
