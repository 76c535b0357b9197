"""Drafts that are never lost: every interview turn saved to SQLite (WAL, synchronous=NORMAL).

    store = open_store()                           # sqlite:///$JIXIAO_DATA_DIR/drafts.sqlite
    draft_id = store.create(owner="alice", state=iv.to_state(), title="社会化聘用人员经费")
    store.save(draft_id, iv.to_state(), owner="alice")       # after every answer; appends new transcript lines
    d = store.get(draft_id, owner="alice")         # Draft(id, owner, title, state, transcript, created, updated)
    store.list(owner="alice")                      # [DraftInfo(id, owner, title, turns, updated)], newest first
    store.duplicate(draft_id, owner="alice"); store.delete(draft_id, owner="alice")
    save_interview(store, iv, draft_id, owner) / load_interview(store, draft_id, owner) -> Interview

The data folder is ``JIXIAO_DATA_DIR``, else ~/.local/share/jixiao, else ./data. Each thread
uses its own connection (kept open between calls while the file stays the same file), so threads
and processes may share a store; ``owner`` (a user or
session id) scopes every read and write: another owner's draft is "not found". Each save is
one transaction, committed before the next question is shown, so killing the process loses at
most the answer being typed. (In WAL mode a NORMAL commit is in the WAL file as soon as it
returns and survives the process being killed; only an OS crash or power cut could lose the
last turns. Set ``JIXIAO_DRAFTS_SYNC=FULL`` to fsync every turn at ~20–40 ms each.)

Other databases: ``DraftStore.from_url`` picks a backend by URL scheme. ``postgresql://…`` (or
``postgres://``) is ``store_pg.PostgresDraftStore``: the same six methods and semantics, for
several app processes sharing drafts; ``open_store`` keeps one such store (and its connection
pool) per URL per process. Set ``JIXIAO_DRAFTS_URL`` to use it. NUL characters, which
PostgreSQL text cannot hold, are dropped from titles and transcript lines in both backends.
"""
from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import JixiaoError
from ..paths import data_dir
from .store_repair import file_lock, guarded

SCHEMA = """
CREATE TABLE IF NOT EXISTS drafts (
  id TEXT PRIMARY KEY, owner TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL, created REAL NOT NULL, updated REAL NOT NULL);
CREATE INDEX IF NOT EXISTS drafts_owner ON drafts(owner, updated);
CREATE TABLE IF NOT EXISTS turns (
  draft_id TEXT NOT NULL, n INTEGER NOT NULL, role TEXT NOT NULL, text TEXT NOT NULL, at REAL NOT NULL,
  PRIMARY KEY (draft_id, n));
"""


class DraftNotFound(JixiaoError, KeyError):
    def __init__(self, draft_id: str):
        super().__init__(f"找不到草稿「{draft_id}」：可能已被删除，或不属于当前用户。请用 jixiao draft --list 查看可用的草稿。")
        self.draft_id = draft_id

    def __str__(self) -> str:
        return self.args[0]


@dataclass
class DraftInfo:
    id: str
    owner: str
    title: str
    turns: int
    updated: float


@dataclass
class Draft:
    id: str
    owner: str
    title: str
    state: dict[str, Any]
    transcript: list[dict[str, str]] = field(default_factory=list)
    created: float = 0.0
    updated: float = 0.0


def default_url() -> str:
    return f"sqlite:///{data_dir() / 'drafts.sqlite'}"


class SQLiteDraftStore:
    def __init__(self, path: str | Path, sync: str | None = None):
        self.path = Path(path)
        self.sync = (sync or os.environ.get("JIXIAO_DRAFTS_SYNC") or "NORMAL").upper()
        if self.sync not in ("NORMAL", "FULL"):
            raise JixiaoError(f"JIXIAO_DRAFTS_SYNC 只能是 NORMAL 或 FULL，当前为 {self.sync}。")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.init_schema()

    @guarded
    def init_schema(self) -> None:
        """WAL mode (kept in the file) and the tables, set up by one process at a time: switching a new file
        to WAL while another process does the same can fail at once with "database is locked"."""
        with file_lock(self.path), self._connect() as con:
            con.execute("PRAGMA journal_mode=WAL")
            con.executescript(SCHEMA)

    def _connect(self) -> "_Closing":
        """This thread's connection to the file, opened once and reused while the file stays the same
        file (same device and inode: a file moved aside or deleted gets a new connection). Opening and
        closing per call cost most of a turn: the last close of a WAL database checkpoints it."""
        key, ident = (str(self.path), self.sync), _file_id(self.path)
        held: dict = _THREAD.__dict__.setdefault("connections", {})
        if key in held and held[key][1] == ident and ident is not None:
            return _Closing(held[key][0], keep=True)
        if key in held:
            held.pop(key)[0].close()
        con = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        con.execute(f"PRAGMA synchronous={self.sync}")
        con.execute("PRAGMA busy_timeout=30000")
        while len(held) >= KEPT_PER_THREAD:
            held.pop(next(iter(held)))[0].close()
        held[key] = (con, _file_id(self.path))
        return _Closing(con, keep=True)

    # --- the interface -----------------------------------------------------------------
    @guarded
    def create(self, owner: str = "", state: dict[str, Any] | None = None, title: str = "") -> str:
        draft_id = uuid.uuid4().hex[:12]
        state = dict(state or {})
        transcript = state.pop("transcript", [])
        now = time.time()
        with self._connect() as con:
            con.execute("BEGIN IMMEDIATE")
            con.execute("INSERT INTO drafts (id, owner, title, state, created, updated) VALUES (?,?,?,?,?,?)",
                        (draft_id, owner, _clean(title or _title(state)), _dump(state), now, now))
            _append_turns(con, draft_id, transcript, 0, now)
            con.execute("COMMIT")
        return draft_id

    @guarded
    def save(self, draft_id: str, state: dict[str, Any], owner: str = "", title: str = "") -> None:
        """Store the state; transcript lines beyond those already stored are appended."""
        state = dict(state)
        transcript = state.pop("transcript", None)
        now = time.time()
        with self._connect() as con:
            con.execute("BEGIN IMMEDIATE")
            row = con.execute("SELECT owner FROM drafts WHERE id=?", (draft_id,)).fetchone()
            if row is None or row[0] != owner:
                con.execute("ROLLBACK")
                raise DraftNotFound(draft_id)
            con.execute("UPDATE drafts SET state=?, title=?, updated=? WHERE id=?",
                        (_dump(state), _clean(title or _title(state)), now, draft_id))
            if transcript is not None:
                have = con.execute("SELECT COUNT(*) FROM turns WHERE draft_id=?", (draft_id,)).fetchone()[0]
                _append_turns(con, draft_id, transcript[have:], have, now)
            con.execute("COMMIT")

    @guarded
    def get(self, draft_id: str, owner: str = "") -> Draft:
        with self._connect() as con:
            row = con.execute("SELECT id, owner, title, state, created, updated FROM drafts WHERE id=? AND owner=?",
                              (draft_id, owner)).fetchone()
            if row is None:
                raise DraftNotFound(draft_id)
            turns = con.execute("SELECT role, text FROM turns WHERE draft_id=? ORDER BY n", (draft_id,)).fetchall()
        return Draft(row[0], row[1], row[2], json.loads(row[3]), [{"role": r, "text": t} for r, t in turns],
                     row[4], row[5])

    @guarded
    def list(self, owner: str = "") -> list[DraftInfo]:
        with self._connect() as con:
            rows = con.execute(
                "SELECT d.id, d.owner, d.title, (SELECT COUNT(*) FROM turns t WHERE t.draft_id=d.id AND t.role='user'),"
                " d.updated FROM drafts d WHERE d.owner=? ORDER BY d.updated DESC, d.rowid DESC", (owner,)).fetchall()
        return [DraftInfo(*r) for r in rows]

    def duplicate(self, draft_id: str, owner: str = "") -> str:
        d = self.get(draft_id, owner)
        state = dict(d.state, transcript=d.transcript)
        return self.create(owner, state, title=f"{d.title}（副本）")

    @guarded
    def delete(self, draft_id: str, owner: str = "") -> None:
        with self._connect() as con:
            con.execute("BEGIN IMMEDIATE")
            cur = con.execute("DELETE FROM drafts WHERE id=? AND owner=?", (draft_id, owner))
            if cur.rowcount == 0:
                con.execute("ROLLBACK")
                raise DraftNotFound(draft_id)
            con.execute("DELETE FROM turns WHERE draft_id=?", (draft_id,))
            con.execute("COMMIT")


_THREAD = threading.local()
KEPT_PER_THREAD = 4           # files a thread keeps a connection to (tests open many; the app one)


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


class _Closing:
    """A connection used as ``with``: an open transaction is rolled back on exit; the connection is
    closed then unless it is a thread's kept one (``keep``), which is dropped only after an SQLite
    error, so the next call starts on a fresh connection."""

    def __init__(self, con: sqlite3.Connection, keep: bool = False):
        self.con, self.keep = con, keep

    def __enter__(self) -> sqlite3.Connection:
        return self.con

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if self.con.in_transaction:
                self.con.execute("ROLLBACK")
        except sqlite3.Error:
            exc_type = exc_type or sqlite3.Error
        if self.keep and not (exc_type and issubclass(exc_type, sqlite3.Error)):
            return
        held = _THREAD.__dict__.get("connections", {})
        for key, (con, _) in list(held.items()):
            if con is self.con:
                del held[key]
        self.con.close()


def _postgres(url: str):
    """One PostgreSQL store (one connection pool) per URL in this process."""
    store = _POOLED.get(url)
    if store is None:
        from .store_pg import PostgresDraftStore
        store = _POOLED[url] = PostgresDraftStore(url)
    return store


BACKENDS = {"sqlite": SQLiteDraftStore, "postgresql": _postgres, "postgres": _postgres}
_POOLED: dict[str, Any] = {}


class DraftStore:
    """Factory: ``DraftStore.from_url("sqlite:///path/drafts.sqlite")`` or ``("postgresql://…")``."""

    @staticmethod
    def from_url(url: str):
        scheme, sep, rest = url.partition("://")
        if not sep or scheme not in BACKENDS:
            raise JixiaoError(f"不支持的草稿数据库地址：{url.split('@')[-1]}。"
                              "请使用 sqlite:///路径/drafts.sqlite 或 postgresql://用户:密码@主机/数据库。")
        if scheme == "sqlite":
            return SQLiteDraftStore(rest[1:] if rest.startswith("/") and not rest.startswith("//") else rest)
        return BACKENDS[scheme](url)


def open_store(url: str | None = None):
    return DraftStore.from_url(url or os.environ.get("JIXIAO_DRAFTS_URL") or default_url())


def save_interview(store, iv, draft_id: str | None = None, owner: str = "") -> str:
    """Create or update the draft of an Interview (state, history and transcript)."""
    state = iv.to_state()
    if draft_id is None:
        return store.create(owner, state)
    store.save(draft_id, state, owner=owner)
    return draft_id


def load_interview(store, draft_id: str, owner: str = "", extractor=None):
    from .engine import Interview
    d = store.get(draft_id, owner)
    return Interview.from_state(dict(d.state, transcript=d.transcript), extractor=extractor)


def _title(state: dict[str, Any]) -> str:
    form = state.get("form") or {}
    return form.get("project_name") or form.get("unit") or "未命名草稿"


def _dump(state: dict[str, Any]) -> str:
    return json.dumps(state, ensure_ascii=False)


def _clean(text: str) -> str:
    """Text as both backends store it: without NUL characters (PostgreSQL text cannot hold them)."""
    return (text or "").replace("\x00", "")


def _append_turns(con: sqlite3.Connection, draft_id: str, lines: list[dict], start: int, now: float) -> None:
    con.executemany("INSERT INTO turns (draft_id, n, role, text, at) VALUES (?,?,?,?,?)",
                    [(draft_id, start + i, _clean(x.get("role", "")), _clean(x.get("text", "")), now)
                     for i, x in enumerate(lines)])
