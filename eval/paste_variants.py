"""Forms as pages and PDFs give their text, in shapes the paste layouts do not print (issue 12, reader29): the gold
forms drawn by ``eval.paste_layouts.draw`` (published wordings, 元 or 万元 headers, merged cells) and printed as pipe
rows with one change each, the way real texts came:

- ``run_on``: the indicator table's header row printed on one line with the row before it and the first row after it
  (a page that lost the line breaks around a header: eval/real_more 110's shape);
- ``header_two_lines``: every head of four characters or more wrapped, its first half on one line and the rest on the
  next ('年度 | 实际' over '指标值 | 完成值');
- ``wrapped_labels``: one cell a line with ' |' marks, a field label wrapped inside its cell ('项目' / '名称 |');
- ``scrambled``: the cells of each indicator row in another order (an extractor that lost the columns): nothing can be
  told from the order, so the reader must abstain, never misplace;
- ``merged_runs``: merged cells as runs of '|' inside the rows, not only at their ends.

    python -m eval.paste_variants          # per variant: the scorer's fields / indicator F1 / precision, and misreads

A *misread* is a field read with a value the form does not hold (an empty field is no misread) or an indicator read
that the form does not hold: precision matters more than recall, a wrong value is worse than an empty one.
"""
from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from eval.paste_layouts import LEFT, UP, _filled, cut, draw, forms, pipe_cells, pipe_rows

_HEADS = ("一级指标", "二级指标")


def _ind_header_at(grid: list) -> int | None:
    return next((k for k, r in enumerate(grid) if _filled(r)[0][:2] == list(_HEADS)), None)


def run_on(grid, rng, cut_off):
    at = _ind_header_at(grid)
    lines = pipe_rows(grid, rng, cut_off).split("\n")
    if at is None or at == 0 or at + 1 >= len(lines):
        return "\n".join(lines)
    joined = " | ".join(x.rstrip(" |") for x in lines[at - 1:at + 2]) + " |"
    return "\n".join(lines[:at - 1] + [joined] + lines[at + 2:])


def header_two_lines(grid, rng, cut_off):
    at = _ind_header_at(grid)
    lines = pipe_rows(grid, rng, cut_off).split("\n")
    if at is None:
        return "\n".join(lines)
    heads = _filled(grid[at])[0]
    top = [h[:len(h) // 2] if len(h) >= 4 else h for h in heads]
    sub = [h[len(h) // 2:] if len(h) >= 4 else "" for h in heads]
    lines[at] = " | ".join(top) + " |"
    return "\n".join(lines[:at + 1] + [" | ".join(s for s in sub if s) + " |"] + lines[at + 1:])


def wrapped_labels(grid, rng, cut_off):
    text = pipe_cells(grid, rng, cut_off)
    out = []
    for line in text.split("\n"):
        m = re.fullmatch(r"(项目|主管|实施|资金|年度)(\S{2,4}) \|", line)
        out += [m.group(1), f"{m.group(2)} |"] if m and rng.random() < 0.7 else [line]
    return "\n".join(out)


def scrambled(grid, rng, cut_off):
    at = _ind_header_at(grid)
    if at is None:
        return pipe_rows(grid, rng, cut_off)
    grid = [list(r) for r in grid]
    for r in grid[at + 1:]:
        cells = [c for c in r if c not in (None, UP, "")]
        if len(cells) >= 3:
            rng.shuffle(cells)
            r[:] = cells + [""] * (len(r) - len(cells))
    return pipe_rows(grid, rng, cut_off)


def merged_runs(grid, rng, cut_off):
    lines = []
    for row in grid:
        out = []
        for c in row:
            if c in (None, UP):
                out.append("")
            elif c != "":
                out.append(str(c))
        lines.append("| " + " | ".join(out) + " |")
    text = "\n".join(re.sub(r"(?:\|\s*){2,}", "|| ", x) for x in lines)
    return text


VARIANTS = {"run_on": run_on, "header_two_lines": header_two_lines, "wrapped_labels": wrapped_labels,
            "scrambled": scrambled, "merged_runs": merged_runs}


def corpus(seed: int = 29) -> list[tuple[str, str, str, dict]]:
    """(variant, name, text, expected form) for every gold form that has a header, in every variant."""
    out = []
    for stem, f in forms():
        for variant, render in VARIANTS.items():
            rng = random.Random(f"{seed}-{stem}-{variant}")
            grid, exp, start = draw(f, rng)
            grid, exp, cut_off = cut(grid, exp, start, rng)
            out.append((variant, f"{stem.split('_')[0]}-{variant}", render(grid, rng, cut_off), exp))
    return out


def _misreads(sc, gold: dict, form: dict) -> tuple[int, int, list[str]]:
    """(fields read with a value the form does not hold, indicators read that it does not hold, what they are)."""
    bad, what = 0, []
    checks, _ = sc.field_scores(gold, form)
    for key, ok in checks:
        head, _, sub = key.partition(".")
        got = (form.get(head) or {}).get(sub) if sub else form.get(head)
        if not ok and got not in (None, "", [], 0.0) or not ok and got == 0.0 and (gold[head][sub] if sub else gold[head]) not in (None, 0.0):
            bad += 1
            what.append(f"{key}={json.dumps(got, ensure_ascii=False)[:40]}")
    val = lambda v: sc.norm(v).lstrip("=")
    want = {(sc.norm(i["level2"]), sc.norm(i["name"]), val(i["value"])) for i in gold.get("indicators", [])}
    extra = [i for i in form.get("indicators") or []
             if (sc.norm(i.get("level2")), sc.norm(i.get("name")), val(i.get("value"))) not in want]
    what += [f"指标 {i.get('level2')}/{i.get('name')}={i.get('value')}" for i in extra]
    return bad, len(extra), what


def main(argv: list[str] | None = None) -> int:
    import importlib.util

    from eval.unseen_dumps import review_rows, score_path
    argv = sys.argv[1:] if argv is None else argv
    spec = importlib.util.spec_from_file_location("jixiao_score", score_path())
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    rows = corpus()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        for variant in VARIANTS:
            d = base / variant
            d.mkdir()
            pairs = []
            for v, name, text, exp in rows:
                if v != variant:
                    continue
                p = d / f"{name}.txt"
                p.write_text(text, encoding="utf-8")
                pairs.append((p, exp))
            gold = d / "gold"
            gold.mkdir()
            out = review_rows(pairs, gold)
            r = subprocess.run([sys.executable, str(score_path()), str(gold), str(out)], capture_output=True, text=True)
            summary = next((x for x in r.stdout.splitlines() if x.startswith("SUMMARY")), r.stdout[-200:])
            fields_bad = inds_bad = 0
            notes = []
            for line in out.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                g = json.loads((gold / f"{Path(row['file']).stem}.json").read_text(encoding="utf-8"))["form"]
                fb, ib, what = _misreads(sc, g, row.get("form") or {})
                fields_bad += fb
                inds_bad += ib
                if what and "-v" in argv:
                    notes.append(f"      {Path(row['file']).stem}: {'; '.join(what)[:300]}")
            print(f"{variant:18s} {len(pairs):3d} texts  {summary.replace('SUMMARY ', '')}")
            print(f"{'':18s} misread fields {fields_bad}, misread indicators {inds_bad}")
            for n in notes:
                print(n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
