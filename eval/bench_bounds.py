"""Benchmark: hostile inputs stay bounded (issue 14) — time, peak memory, report size.

- A 1 MB PDF whose content stream inflates to 1 GiB, through `jixiao check` (it used to peak at 2.2 GB).
- A zip of 950 text files of exactly 1 MiB each ("项目名称：" and x's), through `jixiao review` with the
  xlsx, html and jsonl reports (it used to give a 19.9 GB HTML report and a 1.0 GB JSONL in 85 s).

Peak memory is the largest single process among the command and everything it started
(a child subreaper collects the orphans, so nothing escapes the count).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

FILES = 950
MIB = 1024 * 1024
MEASURE = """
import ctypes, json, os, resource, subprocess, sys
ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)          # PR_SET_CHILD_SUBREAPER
r = subprocess.run(sys.argv[1:], capture_output=True)
while True:
    try:
        os.wait()
    except ChildProcessError:
        break
print(json.dumps({"rc": r.returncode, "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def measured(args: list[str]) -> tuple[dict, float]:
    cmd = [sys.executable, "-c", MEASURE, sys.executable, "-c", "from assistant.cli import main; main()", *args]
    t0 = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(out.stdout), time.perf_counter() - t0


def run():
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from builders import pdf_with_stream_bomb
    lines = []
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-bounds-") as tmp:
        tmp = Path(tmp)
        bomb = tmp / "bomb.pdf"
        bomb.write_bytes(pdf_with_stream_bomb(1024))
        r, sec = measured(["check", str(bomb)])
        lines.append(("1 MB PDF 流炸弹（解压 1 GiB）：jixiao check",
                      f"{bomb.stat().st_size / MIB:.1f} MB 文件，退出码 {r['rc']}，{sec:.1f} s，峰值内存 {r['peak_mb']:.0f} MB"))
        archive = tmp / "texts.zip"
        head = "项目名称：".encode()
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
            for i in range(FILES):
                tag = str(i).encode()
                z.writestr(f"f{i:04d}.txt", head + b"x" * (MIB - len(head) - len(tag)) + tag)
        out = tmp / "out"
        r, sec = measured(["review", str(archive), "--out", str(out / "r.xlsx"), "--html", str(out / "r.html"),
                           "--jsonl", str(out / "r.jsonl"), "--no-cache", "--jobs", str(min(2, os.cpu_count() or 1))])
        sizes = "，".join(f"{p} {(out / p).stat().st_size / MIB:.1f} MB" for p in ("r.html", "r.jsonl", "r.xlsx"))
        lines.append((f"{FILES} 个 1 MiB 文本的 zip（{archive.stat().st_size / MIB:.1f} MB）：jixiao review",
                      f"{sec:.0f} s，{sizes}，峰值内存 {r['peak_mb']:.0f} MB"))
    return lines


if __name__ == "__main__":
    for label, value in run():
        print(f"{label}: {value}")
