"""`make eval`: review the gold corpus in every format and print the scorer's numbers.

First the interview's labelled clerk dialogues (eval/dialogue_eval.py, eval/dialogues/), then
the corpus: uses ../shared/corpus and its scorer ../shared/tools/score.py; without ../shared it says so
and stops (the unit tests use tests/fixtures instead).
With a model configured (JIXIAO_LLM_*), eval/llm_eval.py also runs the LLM paths.
"""
from __future__ import annotations

import importlib
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _review(files: list[Path], out: Path) -> None:
    from assistant.errors import ReadError
    from assistant.review_one import review_file
    with out.open("w", encoding="utf-8") as f:
        for p in files:
            try:
                row = review_file(str(p)).to_json()
            except ReadError as e:
                row = {"file": str(p), "error": e.reason}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def _score(gold: str, out: Path) -> None:
    r = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), gold, str(out), "--fields"],
                       capture_output=True, text=True)
    for line in (r.stdout + r.stderr).splitlines():
        print("   ", line)


def _derived(dev: Path, out: Path) -> dict[str, list[Path]]:
    """The dev corpus in the formats made from it: .xls and web pages of the Excel forms, and scans of the PDFs
    (eval/make_formats.py, eval/make_scans.py: 150 dpi, grey, rotated ±1–2°, blurred, JPEG) read by OCR."""
    from eval.make_formats import html_of, xls_of
    from eval.make_scans import main as make_scans
    out.mkdir(parents=True)
    for x in sorted(dev.glob("*.xlsx")):
        (out / f"{x.stem}.xls").write_bytes(xls_of(x))
        (out / f"{x.stem}.html").write_bytes(html_of(x))
    make_scans([str(dev), str(out)])
    return {"Excel 97 (.xls)": sorted(out.glob("*.xls")), "网页 (.html)": sorted(out.glob("*.html")),
            "扫描件 PDF (OCR)": sorted(out.glob("*.scan.pdf")), "扫描件 PNG (OCR)": sorted(out.glob("*.scan.png"))}


def main() -> int:
    importlib.import_module("eval.dialogue_eval").main([])   # the interview on labelled clerk dialogues (issue 11)
    importlib.import_module("eval.suggest_eval").main([])    # the library's indicator suggestions on real forms (issue 11)
    print("== 规则目录 v2：注入的缺陷与近似干净表（eval/inject_v2.py，基于 tests/fixtures 的金标准表）==")
    importlib.import_module("eval.inject_v2").main()          # catalogue v2 on injected defects (issue 13)
    corpus = SHARED / "corpus"
    if not (corpus / "dev").is_dir():
        print(f"未找到金标准语料 {corpus}（../shared 不在本机）：评测跳过。单元测试使用 tests/fixtures。")
        return 0
    dev = corpus / "dev"
    gold = f"{dev},{corpus}"
    groups = {
        "JSON": sorted(dev.glob("*.json")) + sorted(corpus.glob("*.json")),
        "Word (.docx)": sorted(dev.glob("*.docx")),
        "Excel (.xlsx)": sorted(dev.glob("*.xlsx")),
        "PDF": sorted(dev.glob("*.pdf")),
        "PDF 文本 (.txt)": sorted(dev.glob("*.txt")),
    }
    with tempfile.TemporaryDirectory() as tmp:
        groups.update(_derived(dev, Path(tmp) / "derived"))
        for label, files in groups.items():
            if not files:
                continue
            out = Path(tmp) / "out.jsonl"
            _review(files, out)
            print(f"== {label}: {len(files)} 个文件 ==")
            _score(gold, out)
    importlib.import_module("eval.scan_layouts").main([])   # scans of the gold forms drawn in real layouts, read by OCR
    importlib.import_module("eval.text_eval").main()     # plain text: real forms, paste layouts, unseen dumps (issue 12)
    real_more = importlib.import_module("eval.real_more")
    for name in real_more.SETS:          # the real texts kept in the repo (issue 12): eval/real_more, real_more2 …; the
        unseen = name == real_more.SETS[-1]          # last one gathered is the unseen measure: its SUMMARY row only
        real_more.main((["--set", name] if name != "real_more" else []) + (["--summary"] if unseen else []))
    if importlib.util.find_spec("eval.llm_eval") is None:
        return 0
    return importlib.import_module("eval.llm_eval").main() or 0


if __name__ == "__main__":
    sys.exit(main())
