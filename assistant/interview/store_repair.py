"""A damaged SQLite drafts file: set aside under a new name, never deleted or overwritten; work goes on.

``guarded(method)`` wraps every SQLiteDraftStore operation. When SQLite says the file is not a
database or is malformed (SQLITE_NOTADB / SQLITE_CORRUPT*), the file — with its -wal and -shm
companions, so they can be opened together for recovery — is renamed to
``drafts.sqlite.corrupt-YYYYMMDD-HHMMSS`` (``-2``, ``-3`` … if that name exists), a fresh empty
store takes its place and the operation runs once more on it. The Chinese notice saying so is
logged and kept for the user interface (``take_notices``: the CLI prints it, the app shows it).
Any other SQLite failure (locked past the timeout, read-only, disk full) is a ``StoreError``.
Threads and processes that find the damage together agree through a lock file: only one renames,
and only a file that is still damaged.
"""
from __future__ import annotations

import contextlib
import fcntl
import functools
import logging
import os
import sqlite3
import threading
import time
from pathlib import Path

from ..errors import StoreError

log = logging.getLogger("jixiao.store")
_NOTICES: list[str] = []
_LOCK = threading.Lock()
COMPANIONS = ("-wal", "-shm")


def take_notices() -> list[str]:
    """The repair notices not yet shown (each is shown once)."""
    with _LOCK:
        out, _NOTICES[:] = list(_NOTICES), []
    return out


def corrupt(e: BaseException) -> bool:
    name = getattr(e, "sqlite_errorname", "") or ""
    return isinstance(e, sqlite3.DatabaseError) and (name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB")


def guarded(method):
    """Run a store operation; a damaged file is set aside and the operation retried once on a fresh store."""
    @functools.wraps(method)
    def run(store, *args, **kwargs):
        try:
            return method(store, *args, **kwargs)
        except sqlite3.DatabaseError as e:
            if not corrupt(e):
                raise StoreError(_failure(store.path, e)) from e
            set_aside(store.path, e)
            store.init_schema()
        try:
            return method(store, *args, **kwargs)
        except sqlite3.DatabaseError as e:
            raise StoreError(_failure(store.path, e)) from e
    return run


@contextlib.contextmanager
def file_lock(path: Path):
    """An exclusive lock on ``<path>.lock`` across threads and processes (setting the store up, repairing it);
    in a folder where the lock file cannot be made, across threads only."""
    with _LOCK:
        try:
            lock = open(f"{path}.lock", "a")
        except OSError:
            yield
            return
        with lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield


def set_aside(path: Path, error: BaseException) -> Path | None:
    """Rename the damaged file (and its companions); None when another thread or process already did."""
    with file_lock(path):
        if not path.exists() or _sound(path):
            return None
        target = _free_name(path)
        for suffix in COMPANIONS:
            side = Path(f"{path}{suffix}")
            if side.exists():
                os.replace(side, f"{target}{suffix}")
        os.replace(path, target)       # same folder: atomic, and ``target`` was checked not to exist
        notice = (f"草稿数据库 {path} 已损坏（{_reason(error)}），无法读取；已将它改名为 {target.name} 保存在同一文件夹"
                  "（没有删除，可请技术人员用 sqlite3 的 .recover 命令尝试找回其中的草稿），并新建了空白的草稿数据库。")
        log.warning(notice)
        _NOTICES.append(notice)
        return target


def stamp() -> str:
    return time.strftime("%Y%m%d-%H%M%S")


def _free_name(path: Path) -> Path:
    base = path.with_name(f"{path.name}.corrupt-{stamp()}")
    target, n = base, 1
    while any(Path(f"{target}{s}").exists() for s in ("",) + COMPANIONS):
        n += 1
        target = base.with_name(f"{base.name}-{n}")
    return target


def _sound(path: Path) -> bool:
    """Whether the file at ``path`` now opens and passes SQLite's quick check (another thread replaced it)."""
    try:
        con = sqlite3.connect(path, timeout=30)
        try:
            return con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


def _reason(e: BaseException) -> str:
    return {"SQLITE_NOTADB": "文件不是数据库"}.get(getattr(e, "sqlite_errorname", ""), "文件内容已损坏") + f"：{e}"


_WHY = {"SQLITE_BUSY": "数据库被其他程序长时间占用", "SQLITE_LOCKED": "数据库被其他程序长时间占用",
        "SQLITE_READONLY": "数据库文件只读", "SQLITE_FULL": "磁盘已满", "SQLITE_CANTOPEN": "无法打开数据库文件",
        "SQLITE_IOERR": "读写磁盘出错", "SQLITE_PERM": "没有访问权限"}


def _failure(path: Path, e: BaseException) -> str:
    base = "_".join((getattr(e, "sqlite_errorname", "") or "").split("_")[:2])   # SQLITE_IOERR_WRITE → SQLITE_IOERR
    return (f"无法使用草稿数据库 {path}：{_WHY.get(base, '数据库出错')}（{e}）。"
            "请检查该文件及其所在文件夹是否可写、磁盘空间是否充足，或稍后重试。")
