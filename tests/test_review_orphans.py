"""`kill -9` of a running review leaves no worker process behind (procs.die_with_parent)."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

HERE = Path(__file__).parent
SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
import review_crash_helper
from assistant.review import batch
batch.review_data = review_crash_helper.hang_on_marker      # one file hangs where no signal reaches
print("started", flush=True)
batch.run_batch([{folder!r}], None, jsonl={jsonl!r}, jobs=2, timeout=3600)
"""


def descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = set(), [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            out.add(c)
            todo.append(c)
    return out


def running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and PR_SET_PDEATHSIG are Linux")
def test_killing_a_review_leaves_no_worker_running(tmp_path, fixtures):
    import review_crash_helper
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-hang.txt").write_bytes(review_crash_helper.HANG_IN_C)
    for k in range(6):
        shutil.copy(fixtures / "seed-wuhai-2020.json", folder / f"f{k}.json")
    jsonl = tmp_path / "r.jsonl"
    workers: set[int] = set()
    code = SCRIPT.format(tests=str(HERE), folder=str(folder), jsonl=str(jsonl))
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "started"
        deadline = time.monotonic() + 120
        while len([p for p in descendants(proc.pid) if running(p)]) < 4:  # resource tracker, fork server, 2 workers
            assert proc.poll() is None and time.monotonic() < deadline, "the batch did not start its workers"
            time.sleep(0.05)
        workers = descendants(proc.pid)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 30
        while any(running(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [p for p in workers if running(p)] == []
    finally:
        for p in descendants(proc.pid) | workers:
            if running(p):
                os.kill(p, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
