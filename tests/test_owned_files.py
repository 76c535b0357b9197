"""Files the app hands out live in private per-run folders that are removed once no longer served."""
from __future__ import annotations

import os
import stat
import time

from assistant.webapp import owned


def test_run_folders_are_private_and_swept_after_the_ttl(tmp_path, monkeypatch):
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "gradio"))
    old, fresh = owned.run_dir("alice"), owned.run_dir("bob")
    (old / "报告.xlsx").write_bytes(b"x")
    (fresh / "报告.xlsx").write_bytes(b"y")
    for p in (old, old.parent, old.parent.parent, fresh):
        assert stat.S_IMODE(p.stat().st_mode) == 0o700
    now = time.time()
    past = now - owned.DEFAULT_TTL - 60
    for p in (old / "报告.xlsx", old):
        os.utime(p, (past, past))
    assert owned.sweep(now=now) == 1
    assert not old.exists() and (fresh / "报告.xlsx").read_bytes() == b"y"
    assert owned.sweep(now=now + owned.DEFAULT_TTL + 3600) == 1 and not fresh.exists()


def test_a_folder_with_a_recent_file_is_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "gradio"))
    run = owned.run_dir("")
    past = time.time() - owned.DEFAULT_TTL - 60
    os.utime(run, (past, past))
    (run / "new.json").write_text("{}")           # written just now: still being served
    assert owned.sweep() == 0 and run.exists()


def test_the_ttl_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("JIXIAO_FILES_TTL", "600")
    assert owned.ttl() == 600.0
    monkeypatch.setenv("JIXIAO_FILES_TTL", "soon")
    assert owned.ttl() == owned.DEFAULT_TTL
