"""Text dumps of layouts the corpus never uses: the 36 gold forms in five regional Word layouts
(tests/test_import_unseen_layouts.py), printed to PDF with ruled tables by LibreOffice and dumped
with `pdftotext` (no options), as tests/fixtures/unseen_pdf/README.md describes.

    python -m eval.unseen_dumps            # builds the dumps once (cached), reads them, prints the scores

Scores: the fields score.py checks (fields, indicator F1) against the form each layout expresses,
and the precision of the review: a finding on the dump that the review of the form itself (read
perfectly) does not raise is caused by a misread. Needs soffice and pdftotext; says so otherwise.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "eval" / ".cache" / "unseen_dumps"
LAYOUTS = ("xiangtan", "qingshan", "mof101", "jiaxian", "city_generic")


def build(cache: Path = CACHE) -> list[tuple[Path, dict]]:
    """(dump, expected form) for each gold form and layout; PDFs are made once and kept in ``cache``."""
    sys.path.insert(0, str(ROOT / "tests"))
    import test_import_unseen_layouts as U
    from docx import Document
    import io
    cache.mkdir(parents=True, exist_ok=True)
    out, todo = [], []
    for gold in U.GOLD:
        for layout in LAYOUTS:
            fn = getattr(U, f"{layout}_docx")
            data, _name, expected = fn(U.gold_form(gold))
            stem = f"{gold.stem}-{layout}"
            txt = cache / f"{stem}.txt"
            (cache / f"{stem}.expected.json").write_text(json.dumps(expected, ensure_ascii=False), encoding="utf-8")
            if not txt.exists():
                doc = Document(io.BytesIO(data))
                for t in doc.tables:
                    t.style = doc.styles["Table Grid"]
                doc.save(cache / f"{stem}.docx")
                todo.append(stem)
            out.append((txt, expected))
    if todo:
        if not (shutil.which("soffice") and shutil.which("pdftotext")):
            raise SystemExit("需要 soffice（libreoffice-writer-nogui）和 pdftotext（poppler-utils）来生成文本。")
        with tempfile.TemporaryDirectory() as profile:
            for k in range(0, len(todo), 40):
                batch = [str(cache / f"{s}.docx") for s in todo[k:k + 40]]
                subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                                "pdf", "--outdir", str(cache), *batch], check=True, capture_output=True, timeout=600)
        for s in todo:
            subprocess.run(["pdftotext", str(cache / f"{s}.pdf"), str(cache / f"{s}.txt")], check=True)
            (cache / f"{s}.docx").unlink()
    return out


_OPTIONAL = ("overview", "basis", "necessity", "unit_functions", "department_head", "department_phone", "unit_phone",
             "department_code")


def printed(form: dict, text: str) -> dict:
    """The form without the text fields the layout does not print (a layout need not have every row)."""
    flat = re.sub(r"\s", "", text)
    return {k: ("" if k in _OPTIONAL and v and re.sub(r"\s", "", str(v))[:12] not in flat else v)
            for k, v in form.items()}


def review_rows(pairs: list[tuple[Path, dict]], gold_dir: Path, text_of=None) -> Path:
    """Review each dump; write the scorer's gold (defects = what the review of the expected form raises).
    ``text_of(path)`` gives the text a file prints (by default the file's own text: a picture's is its grid's)."""
    from assistant.errors import ReadError
    from assistant.model import Declaration
    from assistant.review_one import review_file, review_form
    out = gold_dir / "out.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for txt, expected in pairs:
            stem = txt.stem
            expected = printed(expected, text_of(txt) if text_of else txt.read_text(encoding="utf-8"))
            truth = review_form(Declaration.model_validate(expected)).report
            defects = [{"code": x.code, "field": x.field} for x in truth.findings if x.severity.value != "info"]
            (gold_dir / f"{stem}.json").write_text(json.dumps(
                {"id": stem, "form": expected, "defects": defects, "also_ok": []}, ensure_ascii=False), encoding="utf-8")
            try:
                row = review_file(str(txt)).to_json()
            except ReadError as e:
                row = {"file": str(txt), "error": e.reason}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out


def score_path() -> Path:
    """../shared/tools/score.py, looked for above the checkout (a worktree sits one level deeper)."""
    return next((d / "shared" / "tools" / "score.py" for d in ROOT.parents if (d / "shared" / "tools" / "score.py").exists()),
                ROOT.parent / "shared" / "tools" / "score.py")


def main() -> int:
    pairs = build()
    with tempfile.TemporaryDirectory() as tmp:
        out = review_rows(pairs, Path(tmp))
        score = score_path()
        if not score.exists():
            print("未找到 ../shared/tools/score.py：只生成了文本。")
            return 0
        r = subprocess.run([sys.executable, str(score), tmp, str(out), "--fields", *sys.argv[1:]],
                           capture_output=True, text=True)
        print(r.stdout + r.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
