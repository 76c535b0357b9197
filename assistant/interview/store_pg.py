"""Drafts in PostgreSQL: the DraftStore interface and semantics of the SQLite store, for several
app processes (or machines) sharing one database.

    JIXIAO_DRAFTS_URL=postgresql://jixiao:secret@db-host:5432/jixiao
    JIXIAO_DRAFTS_URL=postgresql://jixiao@/jixiao?host=/run/postgresql      # a local unix socket

psycopg 3 with a connection pool (``JIXIAO_DRAFTS_POOL`` connections per process, default 8);
one store object per URL per process (``store.open_store`` caches it). Owners scope every read
and write exactly as in SQLite; each save is one transaction that locks the draft's row
(``SELECT … FOR UPDATE``), so concurrent saves of one draft from several processes queue instead
of interleaving their transcript lines. ``state`` is JSON text, as in SQLite (JSONB would reorder
keys and refuses ``\\u0000``). PostgreSQL text cannot hold NUL characters: they are dropped from
titles and transcript lines (``store._clean``), and an id or owner containing one is not found.
The tables are created on first use under an advisory lock, so processes starting together agree.
"""
from __future__ import annotations

import atexit
import os
import time
import uuid
from typing import Any

from ..errors import JixiaoError
from .store import Draft, DraftInfo, DraftNotFound, _clean, _dump, _title

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS drafts (id TEXT PRIMARY KEY, owner TEXT NOT NULL DEFAULT '',"
    " title TEXT NOT NULL DEFAULT '', state TEXT NOT NULL, created DOUBLE PRECISION NOT NULL,"
    " updated DOUBLE PRECISION NOT NULL, seq BIGINT GENERATED ALWAYS AS IDENTITY)",
    "CREATE INDEX IF NOT EXISTS drafts_owner ON drafts(owner, updated)",
    "CREATE TABLE IF NOT EXISTS turns (draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,"
    " n INTEGER NOT NULL, role TEXT NOT NULL, text TEXT NOT NULL, at DOUBLE PRECISION NOT NULL,"
    " PRIMARY KEY (draft_id, n))",
)
SCHEMA_LOCK = 0x6A697869616F   # "jixiao": the advisory lock taken while the tables are created


class PostgresDraftStore:
    def __init__(self, url: str, pool_size: int | None = None):
        try:
            import psycopg
            from psycopg_pool import ConnectionPool
        except ImportError as e:
            raise JixiaoError("使用 PostgreSQL 保存草稿需要安装 psycopg：pip install 'psycopg[binary,pool]'。") from e
        self.url = "postgresql://" + url.split("://", 1)[1]
        size = pool_size or int(os.environ.get("JIXIAO_DRAFTS_POOL") or 8)
        self.pool = ConnectionPool(self.url, min_size=1, max_size=max(1, size), timeout=30, open=False,
                                   name="jixiao-drafts")
        try:
            self.pool.open(wait=True, timeout=30)
            with self.pool.connection() as con, con.transaction():
                con.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
                for stmt in SCHEMA:
                    con.execute(stmt)
        except psycopg.Error as e:
            self.pool.close()
            raise JixiaoError(f"无法连接草稿数据库 {_masked(self.url)}：{_reason(e)}。"
                              "请检查 JIXIAO_DRAFTS_URL（主机、端口、用户名、密码、数据库名）以及数据库是否已启动。") from e
        atexit.register(self.close)

    def close(self) -> None:
        self.pool.close()

    # --- the interface -----------------------------------------------------------------
    def create(self, owner: str = "", state: dict[str, Any] | None = None, title: str = "") -> str:
        draft_id = uuid.uuid4().hex[:12]
        state = dict(state or {})
        transcript = state.pop("transcript", [])
        now = time.time()
        with self.pool.connection() as con, con.transaction():
            con.execute("INSERT INTO drafts (id, owner, title, state, created, updated) VALUES (%s,%s,%s,%s,%s,%s)",
                        (draft_id, _key(owner), _clean(title or _title(state)), _dump(state), now, now))
            _append_turns(con, draft_id, transcript, 0, now)
        return draft_id

    def save(self, draft_id: str, state: dict[str, Any], owner: str = "", title: str = "") -> None:
        """Store the state; transcript lines beyond those already stored are appended."""
        state = dict(state)
        transcript = state.pop("transcript", None)
        now = time.time()
        with self.pool.connection() as con, con.transaction():
            row = con.execute("SELECT owner FROM drafts WHERE id=%s FOR UPDATE", (_key(draft_id),)).fetchone()
            if row is None or row[0] != owner:
                raise DraftNotFound(draft_id)
            con.execute("UPDATE drafts SET state=%s, title=%s, updated=%s WHERE id=%s",
                        (_dump(state), _clean(title or _title(state)), now, draft_id))
            if transcript is not None:
                have = con.execute("SELECT COUNT(*) FROM turns WHERE draft_id=%s", (draft_id,)).fetchone()[0]
                _append_turns(con, draft_id, transcript[have:], have, now)

    def get(self, draft_id: str, owner: str = "") -> Draft:
        import json
        with self.pool.connection() as con:
            row = con.execute("SELECT id, owner, title, state, created, updated FROM drafts WHERE id=%s AND owner=%s",
                              (_key(draft_id), _key(owner))).fetchone()
            if row is None:
                raise DraftNotFound(draft_id)
            turns = con.execute("SELECT role, text FROM turns WHERE draft_id=%s ORDER BY n", (draft_id,)).fetchall()
        return Draft(row[0], row[1], row[2], json.loads(row[3]), [{"role": r, "text": t} for r, t in turns],
                     row[4], row[5])

    def list(self, owner: str = "") -> list[DraftInfo]:
        with self.pool.connection() as con:
            rows = con.execute(
                "SELECT d.id, d.owner, d.title, (SELECT COUNT(*) FROM turns t WHERE t.draft_id=d.id AND t.role='user'),"
                " d.updated FROM drafts d WHERE d.owner=%s ORDER BY d.updated DESC, d.seq DESC", (_key(owner),)).fetchall()
        return [DraftInfo(i, o, t, int(n), u) for i, o, t, n, u in rows]

    def duplicate(self, draft_id: str, owner: str = "") -> str:
        d = self.get(draft_id, owner)
        state = dict(d.state, transcript=d.transcript)
        return self.create(owner, state, title=f"{d.title}（副本）")

    def delete(self, draft_id: str, owner: str = "") -> None:
        with self.pool.connection() as con, con.transaction():
            cur = con.execute("DELETE FROM drafts WHERE id=%s AND owner=%s", (_key(draft_id), _key(owner)))
            if cur.rowcount == 0:
                raise DraftNotFound(draft_id)
            con.execute("DELETE FROM turns WHERE draft_id=%s", (draft_id,))


def _key(value: str) -> str:
    """An id or owner as a query value; one holding NUL (PostgreSQL refuses it) matches nothing."""
    return value if "\x00" not in value else "\x01unmatchable"


def _append_turns(con, draft_id: str, lines: list[dict], start: int, now: float) -> None:
    if lines:
        with con.cursor() as cur:
            cur.executemany("INSERT INTO turns (draft_id, n, role, text, at) VALUES (%s,%s,%s,%s,%s)",
                            [(draft_id, start + i, _clean(x.get("role", "")), _clean(x.get("text", "")), now)
                             for i, x in enumerate(lines)])


def _masked(url: str) -> str:
    """The URL with any password replaced by ***."""
    head, sep, rest = url.partition("://")
    creds, at, host = rest.rpartition("@")
    if at and ":" in creds:
        creds = creds.split(":", 1)[0] + ":***"
    return f"{head}{sep}{creds}{at}{host}"


def _reason(e: Exception) -> str:
    text = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    return text[:300]
