"""Same output before and after a change meant not to change behaviour (a speed-up, a refactor).

Runs ``jixiao check --json`` with two source trees — each a folder holding the ``assistant`` package, e.g.
``git archive main | tar -x -C /tmp/old`` — over 1,000 generated forms and every form file in the
corpus and fixtures (all formats), and the text report over the non-scan files, and compares the outputs
byte for byte (exit codes and error messages too). Prints the first difference; exits 1 when any.

    python -m eval.same_output /tmp/old              # the old tree against this one
    python -m eval.same_output /tmp/old /tmp/new
    python -m eval.same_output /tmp/old --with eval/real_more2 --with eval/real_more3   # more folders of forms
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
EXTS = {".json", ".txt", ".md", ".docx", ".xlsx", ".xls", ".doc", ".pdf", ".html", ".mhtml", ".jpg"}
SCANS = {".pdf", ".jpg"}        # slow to read twice; their JSON is compared, not their text report


def inputs(tmp: Path, more: list[str] = ()) -> list[str]:
    from eval.util import generated_forms
    files = []
    for i, form in enumerate(generated_forms(1000)):
        p = tmp / f"g{i:04d}.json"
        p.write_text(json.dumps(form.to_json(), ensure_ascii=False), encoding="utf-8")
        files.append(str(p))
    roots = [Path("/work/shared/corpus"), HERE / "eval" / "real_more", HERE / "tests" / "fixtures", *map(Path, more)]
    return files + sorted(str(p) for r in roots if r.exists() for p in r.rglob("*") if p.suffix.lower() in EXTS)


def run(tree: str, args: list[str]) -> tuple[int, bytes, bytes]:
    env = {**os.environ, "PYTHONPATH": tree, "COLUMNS": "120"}
    proc = subprocess.run([sys.executable, "-c", "from assistant.cli import main; main()", "check", *args],
                          capture_output=True, env=env, cwd=tempfile.gettempdir())
    return proc.returncode, proc.stdout, proc.stderr


def main(argv: list[str]) -> int:
    more = [argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "--with"]
    trees = [a for i, a in enumerate(argv) if a != "--with" and (i == 0 or argv[i - 1] != "--with")]
    old, new = trees[0], trees[1] if len(trees) > 1 else str(HERE)
    with tempfile.TemporaryDirectory(prefix="jixiao-same-") as tmp:
        files = inputs(Path(tmp), more)
        runs = {"check --json": ["--json", *files],
                "check (text)": [f for f in files if Path(f).suffix.lower() not in SCANS]}
        differ = 0
        for label, args in runs.items():
            a, b = run(old, args), run(new, args)
            if a == b:
                print(f"{label}: 相同（{len(args)} 个参数，输出 {len(a[1]):,} 字节）")
                continue
            differ += 1
            lines = zip(a[1].decode().splitlines(), b[1].decode().splitlines())
            first = next(((i, x, y) for i, (x, y) in enumerate(lines) if x != y), None)
            print(f"{label}: 不同（退出码 {a[0]} / {b[0]}）" + (f"，第 {first[0] + 1} 行：\n  旧 {first[1][:300]}\n  新 {first[2][:300]}"
                                                        if first else "（行数或错误输出不同）"))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
