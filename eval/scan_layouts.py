"""Scans of forms in real layouts: the grids of eval/paste_layouts.py (the gold forms of tests/fixtures/corpus and
tests/fixtures/real in the wordings of published regional templates, merged cells, 中期/年度 columns, indicator tables
with 指标性质/计量单位/分值 columns, title and sign-off lines) drawn as ruled tables on A4 pages, degraded as a scanner
gives them (eval/make_scans.py: 150 dpi, grey, rotated ±1–2°, blurred, JPEG), and read by OCR with the reader that
`jixiao check --json` uses (review_one.review_file).

    python -m eval.scan_layouts [--forms N]     # writes eval/.cache/scan_layouts/, reads every scan, prints the scores

The sample: FORMS gold forms (every other of the 38 with a header, in name order, and the three real ones), each
drawn with an indicator table of the next of the seven styles in turn (plain, standard, wuhai, explained, actual,
groups, zhuanxiang), so each style comes three times; the odd ones as image-only PDFs, the even ones as one PNG (pages
stacked, as a long screenshot). About 1.7 A4 pages a form, 36 pages for 21 forms: about 70 CPU-s of OCR on a quiet machine, under ten minutes when
the machine is shared. Deterministic (the seed and the form's name fix every drawing and degradation); the pictures
are kept in the cache and made again only when missing.
Scores as eval/paste_layouts.py: score.py's fields and indicator F1 against the form the grid expresses, and the
precision of the review (a finding the review of that form read perfectly does not give is a misread's).
"""
from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from eval.paste_layouts import INDICATOR_STYLES, LEFT, ROOT, UP, draw, forms

CACHE = ROOT / "eval" / ".cache" / "scan_layouts"
FORMS = 21
SEED = 12
DPI = 150
PAGE = (1240, 1754)                 # A4 at 150 dpi
MARGIN = (70, 100)                  # left/right, top/bottom (pixels)
PAD = 6                             # pixels between a cell's ruling and its text


def font_path() -> str | None:
    """A font with Chinese characters (fc-list :lang=zh), or None."""
    try:
        out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    paths = sorted(line.split(":")[0].strip() for line in out.splitlines() if line.strip())
    return next((p for p in paths if "zenhei" in p.lower()), paths[0] if paths else None)


def _cells(grid: list) -> list[tuple[int, int, int, int, str]]:
    """(row, column, rows spanned, columns spanned, text) of each cell that starts a (merged) region."""
    out = []
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if text in (LEFT, UP):
                continue
            w = 1
            while c + w < len(row) and row[c + w] is LEFT:
                w += 1
            h = 1
            while r + h < len(grid) and c < len(grid[r + h]) and grid[r + h][c] == UP:
                h += 1
            out.append((r, c, h, w, str(text)))
    return out


def _wrap(text: str, font, width: float) -> list[str]:
    lines, line = [], ""
    for ch in text:
        if line and font.getlength(line + ch) > width:
            lines.append(line)
            line = ""
        line += ch
    return lines + [line] if line else lines


def _widths(grid: list, cells, font, total: int) -> list[int]:
    """Column widths: each column as wide as its single cells want (a long text at most 260 pixels), at least as
    wide as its longest run of digits and signs, scaled to the table's width."""
    import re
    n = max(len(r) for r in grid)
    want, least = [60.0] * n, [40.0] * n
    for _r, c, _h, w, text in cells:
        if w == 1 and text:
            want[c] = max(want[c], min(font.getlength(text) + 2 * PAD, 260))
            runs = re.findall(r"[\x21-\x7e≥≤%％]+", text)
            if runs:
                least[c] = max(least[c], max(font.getlength(x) for x in runs) + 2 * PAD + 4)
    scale = total / sum(want)
    out = [max(least[c], want[c] * scale) for c in range(n)]
    over = sum(out) - total
    if over > 0:
        free = [c for c in range(n) if out[c] > least[c]]
        room = sum(out[c] - least[c] for c in free)
        for c in free:
            out[c] -= over * (out[c] - least[c]) / room
    return [int(round(x)) for x in out]


def render(grid: list, title_rows: int, rng: random.Random, font_file: str):
    """The grid as A4 pages (grey PIL images): rows before ``title_rows`` and full-width notes after the table are
    printed without rulings; the table's rows are ruled, merged cells as one box, a row never split across pages."""
    from PIL import Image, ImageDraw, ImageFont
    size = rng.choice([20, 21, 22])
    font = ImageFont.truetype(font_file, size)
    big = ImageFont.truetype(font_file, size + 8)
    line_h = int(size * 1.35)
    table_w = PAGE[0] - 2 * MARGIN[0]
    width = max(len(r) for r in grid)
    tail = len(grid)
    while tail > title_rows and grid[tail - 1][1:] == [LEFT] * (len(grid[tail - 1]) - 1):
        tail -= 1                                            # notes and sign-off lines under the table
    cells = _cells(grid)
    cols = _widths(grid, [c for c in cells if title_rows <= c[0] < tail], font, table_w)
    x_at = [MARGIN[0] + sum(cols[:c]) for c in range(width + 1)]
    heights = [0] * len(grid)
    for r, c, h, w, text in cells:
        f = big if r == 0 else font
        inner = (table_w if r < title_rows or r >= tail else x_at[c + w] - x_at[c]) - 2 * PAD
        need = max(1, len(_wrap(text, f, inner))) * (line_h + (8 if r == 0 else 0)) + 2 * PAD + 4
        if h == 1:
            heights[r] = max(heights[r], need)
    for r, c, h, w, text in cells:                          # a merged cell's text fits its rows
        inner = x_at[c + w] - x_at[c] - 2 * PAD
        need = max(1, len(_wrap(text, font, inner))) * line_h + 2 * PAD + 4
        if h > 1 and sum(heights[r:r + h]) < need:
            heights[r + h - 1] += need - sum(heights[r:r + h])
    page_of, top, page, y = [], [], 0, MARGIN[1]
    for r in range(len(grid)):
        if y + heights[r] > PAGE[1] - MARGIN[1] and y > MARGIN[1]:
            page, y = page + 1, MARGIN[1]
        page_of.append(page)
        top.append(y)
        y += heights[r]
    pages = [Image.new("L", PAGE, 255) for _ in range(page + 1)]
    draws = [ImageDraw.Draw(p) for p in pages]
    for r, c, h, w, text in cells:
        ruled = title_rows <= r < tail
        x0, x1 = (x_at[c], x_at[c + w]) if ruled else (MARGIN[0], MARGIN[0] + table_w)
        f = big if r == 0 else font
        first = True
        for p in sorted({page_of[k] for k in range(r, r + h)}):
            rows = [k for k in range(r, r + h) if page_of[k] == p]
            y0, y1 = top[rows[0]], top[rows[-1]] + heights[rows[-1]]
            d = draws[p]
            if ruled:
                d.rectangle([x0, y0, x1, y1], outline=0, width=2)
            if first and text:
                lines = _wrap(text, f, x1 - x0 - 2 * PAD)
                step = line_h + (8 if r == 0 else 0)
                ty = y0 + (y1 - y0 - step * len(lines)) / 2
                for line in lines:
                    lw = f.getlength(line)
                    centred = r == 0 or (len(lines) == 1 and ruled and lw < (x1 - x0) * 0.7)
                    tx = x0 + ((x1 - x0 - lw) / 2 if centred else PAD)
                    d.text((tx, ty + (step - size) / 2), line, font=f, fill=0)
                    ty += step
            first = False
    return pages


def sample(n: int = FORMS, seed: int = SEED) -> list[tuple[str, list, dict, int]]:
    """(name, grid, expected form, rows before the table) for every other gold form, the indicator styles in turn."""
    real = {p.stem for p in (ROOT / "tests" / "fixtures" / "real").glob("*.json")}
    chosen = [x for k, x in enumerate(forms()) if k % 2 == 0 or x[0] in real]
    out = []
    for k, (stem, f) in enumerate(chosen[:n]):
        style = INDICATOR_STYLES[k % len(INDICATOR_STYLES)]
        rng = random.Random(f"{seed}-{stem}-scan")
        grid, exp, _start = draw(f, rng, style)
        titles = next(r for r, row in enumerate(grid) if row[1:] != [LEFT] * (len(row) - 1))
        out.append((f"{stem.split('_')[0]}-{style}", grid, exp, titles))
    return out


def grid_text(grid: list) -> str:
    return "\n".join(" ".join(str(c) for c in row if c not in (LEFT, UP, "")) for row in grid)


def build(n: int = FORMS, cache: Path = CACHE) -> list[tuple[Path, dict]]:
    """(scan, expected form) for the sample; pictures made once and kept in ``cache`` (with the grid's text)."""
    from eval.make_scans import degrade, image_pdf, stacked_png
    font = font_path()
    cache.mkdir(parents=True, exist_ok=True)
    out = []
    for k, (name, grid, exp, titles) in enumerate(sample(n)):
        path = cache / f"{name}.{'pdf' if k % 2 else 'png'}"
        if not path.exists():
            if font is None:
                raise SystemExit("需要一种中文字体（fc-list :lang=zh 无结果；如 fonts-wqy-zenhei）来绘制扫描件。")
            rng = random.Random(f"{SEED}-{name}-pages")
            pages = [degrade(p, rng) for p in render(grid, titles, rng, font)]
            path.write_bytes(image_pdf(pages) if path.suffix == ".pdf" else stacked_png(pages))
        (cache / f"{name}.grid.txt").write_text(grid_text(grid), encoding="utf-8")
        (cache / f"{name}.expected.json").write_text(json.dumps(exp, ensure_ascii=False), encoding="utf-8")
        out.append((path, exp))
    return out


def pages_of(paths: list[Path]) -> int:
    import pypdfium2 as pdfium
    from PIL import Image
    n = 0
    for p in paths:
        if p.suffix == ".pdf":
            doc = pdfium.PdfDocument(str(p))
            n += len(doc)
            doc.close()
        else:
            with Image.open(p) as im:
                n += round(im.height / PAGE[1])
    return n


def main(argv: list[str] | None = None) -> int:
    from eval.unseen_dumps import review_rows, score_path
    argv = sys.argv[1:] if argv is None else argv
    n = int(argv[argv.index("--forms") + 1]) if "--forms" in argv else FORMS
    if font_path() is None and not any(CACHE.glob("*.p[dn][fg]")):
        print("== 真实版式扫描件：未找到中文字体（fc-list :lang=zh），跳过 ==")
        return 0
    pairs = build(n)
    score = score_path()
    with tempfile.TemporaryDirectory() as tmp:
        out = review_rows(pairs, Path(tmp), text_of=lambda p: (p.parent / f"{p.stem}.grid.txt").read_text(encoding="utf-8"))
        kept = CACHE / "out.jsonl"
        kept.write_text(out.read_text(encoding="utf-8"), encoding="utf-8")
        print(f"== 真实版式扫描件（eval/scan_layouts.py）: {len(pairs)} 个文件，{pages_of([p for p, _ in pairs])} 页 ==")
        if not score.exists():
            print("未找到 ../shared/tools/score.py：只读取了扫描件。")
            return 0
        for label, suffix in (("", ""), ("image-only .pdf", ".pdf"), (".png", ".png")):
            sub = Path(tmp) / f"sub{suffix}.jsonl"
            sub.write_text("".join(x for x in out.read_text(encoding="utf-8").splitlines(True)
                                   if not suffix or json.loads(x)["file"].endswith(suffix)), encoding="utf-8")
            r = subprocess.run([sys.executable, str(score), tmp, str(sub), "--fields"], capture_output=True, text=True)
            lines = (r.stdout + r.stderr).strip().splitlines()
            if label:
                print(f"    {label:16s}", lines[-1].replace("SUMMARY ", "") if lines else "")
            else:
                print("\n".join("    " + x for x in lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
