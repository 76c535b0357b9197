"""Files the app hands out (exports, batch reports) belong to the account that made them.

Each lives in a private per-run folder ``<gradio upload folder>/jixiao/<owner key>/<run>/``:
inside gradio's own folder, gradio serves it in place (no copy under a content hash), so the
guard (guard.py) can tell from the path alone whose file a download is and refuse anyone else.
The owner key is a hash of the user name ("" = the single user of a loopback app without login).

A run folder is removed once it is no longer served: ``sweep()`` deletes those older than
``JIXIAO_FILES_TTL`` seconds (default 12 hours — a report is downloaded the same day); it runs
when the app starts and, at most once a minute, whenever a new run folder is made.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
import uuid
from pathlib import Path


def root() -> Path:
    """Where gradio keeps uploads and served files (``GRADIO_TEMP_DIR``, else <tmp>/gradio), plus /jixiao."""
    base = os.environ.get("GRADIO_TEMP_DIR") or str(Path(tempfile.gettempdir()) / "gradio")
    return Path(base).resolve() / "jixiao"


def owner_key(owner: str) -> str:
    return hashlib.sha256(("jixiao-owner:" + (owner or "")).encode("utf-8")).hexdigest()[:32]


DEFAULT_TTL = 12 * 3600.0
SWEEP_EVERY = 60.0
_swept = [0.0]


def ttl() -> float:
    try:
        return float(os.environ.get("JIXIAO_FILES_TTL") or DEFAULT_TTL)
    except ValueError:
        return DEFAULT_TTL


def sweep(now: float | None = None, max_age: float | None = None) -> int:
    """Remove every run folder (all owners) last changed more than ``max_age`` seconds ago; how many went."""
    now = time.time() if now is None else now
    max_age = ttl() if max_age is None else max_age
    _swept[0] = now
    gone = 0
    base = root()
    for run in (base.glob("*/*") if base.is_dir() else []):
        try:
            old = run.is_dir() and not run.is_symlink() and now - _newest(run) > max_age
        except OSError:
            continue
        if old:
            shutil.rmtree(run, ignore_errors=True)
            gone += 1
    return gone


def _newest(run: Path) -> float:
    return max([run.stat().st_mtime] + [p.stat().st_mtime for p in run.iterdir()])


def run_dir(owner: str) -> Path:
    """A new private folder (0700) for one export or one batch run of ``owner`` (old ones swept first)."""
    if time.time() - _swept[0] > SWEEP_EVERY:
        sweep()
    d = root() / owner_key(owner) / uuid.uuid4().hex
    d.mkdir(parents=True, mode=0o700)
    for p in (d.parent, d.parent.parent):
        os.chmod(p, 0o700)
    return d


def key_of(path: str | Path) -> str | None:
    """The owner key of a path inside ``root()`` (after resolving ``..`` and links), else None."""
    try:
        rel = Path(os.path.realpath(path)).relative_to(root())
    except ValueError:
        return None
    return rel.parts[0] if rel.parts else ""


def belongs_to(path: str | Path, owner: str) -> bool | None:
    """True/False for an owned file, None for a path outside ``root()`` (not ours to judge)."""
    key = key_of(path)
    return None if key is None else key == owner_key(owner)
