"""`make eval`, plain text (issue 12): the real published forms, the paste-layout corpus, the unseen-layout dumps.

- 真实表单文本: ../shared/corpus/real (twelve forms as copied from a page or a PDF; tests/fixtures/real holds a copy);
- 粘贴版式: eval/paste_layouts.py — the gold forms in published wordings, printed as the eight paste layouts (web_page: a form copied off a site, with its frame);
- 未见版式 PDF 文本: eval/unseen_dumps.py — five regional Word layouts printed to PDF and dumped by pdftotext
  (built once with LibreOffice; skipped when neither the cache nor soffice/pdftotext is there).
Each prints the scorer's summary line; precision is of the review's findings against the form read perfectly.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from eval.unseen_dumps import CACHE as DUMPS, ROOT, build, review_rows, score_path


def _score(gold: Path | str, out: Path, by: str = "") -> str:
    r = subprocess.run([sys.executable, str(score_path()), str(gold), str(out), "--fields"], capture_output=True, text=True)
    return (r.stdout + r.stderr).strip().splitlines()[-1] if r.stdout else r.stderr.strip()


def _lines(label: str, pairs: list[tuple[Path, dict]], per_layout: bool = False) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = review_rows(pairs, Path(tmp))
        print(f"== {label}: {len(pairs)} 个文本 ==")
        print("   ", _score(tmp, out))
        if per_layout:
            for layout in sorted({p.stem.rsplit("-", 1)[1] for p, _ in pairs}):
                sub = Path(tmp) / f"sub-{layout}.jsonl"
                sub.write_text("".join(x for x in out.read_text(encoding="utf-8").splitlines(True)
                                       if f"-{layout}.txt" in x), encoding="utf-8")
                print(f"    {layout:13s}", _score(tmp, sub).replace("SUMMARY ", ""))


def main() -> int:
    if not score_path().exists():
        print("未找到 ../shared/tools/score.py：文本评测跳过。")
        return 0
    import json
    real = ROOT / "tests" / "fixtures" / "real"
    pairs = [(p, json.loads(p.with_suffix(".json").read_text(encoding="utf-8"))["form"]) for p in sorted(real.glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        from eval.run import _review
        out = Path(tmp) / "out.jsonl"
        _review([p for p, _ in pairs], out)
        print(f"== 真实表单文本（tests/fixtures/real）: {len(pairs)} 个文件 ==")
        print("   ", _score(real, out))
    from eval.paste_layouts import CACHE, corpus
    CACHE.mkdir(parents=True, exist_ok=True)
    paste = []
    for name, text, expected in corpus():
        path = CACHE / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paste.append((path, expected))
    _lines("粘贴版式（eval/paste_layouts.py）", paste, per_layout=True)
    if any(DUMPS.glob("*.txt")) or (shutil.which("soffice") and shutil.which("pdftotext")):
        _lines("未见版式 PDF 文本（eval/unseen_dumps.py）", build())
    else:
        print("== 未见版式 PDF 文本：需要 soffice 与 pdftotext 生成，跳过 ==")
    return 0


if __name__ == "__main__":
    sys.exit(main())
