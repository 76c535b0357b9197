"""Benchmark: rewrite proposals for one form, offline (target p95 < 100 ms), and recommend() latency.

Runs over the 36 dev fixtures (tests/fixtures/corpus) plus generated forms; reports how many weak
findings got a proposal and whether applying them left any weak finding or introduced a new one.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

from eval.util import generated_forms, pct

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "corpus"


def _forms():
    from assistant.model import Declaration
    out = [Declaration.from_json(json.loads(p.read_text(encoding="utf-8"))) for p in sorted(CORPUS.glob("*.json"))]
    return out, list(generated_forms(200))


def run():
    from assistant import library, rewrite
    from assistant.rules import check
    t0 = time.perf_counter()
    library.entries(), library._jieba(), [library._index(c) for c in library.CATEGORIES]
    cold = (time.perf_counter() - t0) * 1000
    corpus, generated = _forms()
    rewrite.propose(corpus[0])  # warm caches
    times, weak, fixed, left, new = [], 0, 0, 0, 0
    for form in corpus + generated:
        t = time.perf_counter()
        props = rewrite.propose(form)
        times.append((time.perf_counter() - t) * 1000)
        before = {(f.code, f.field) for f in check(form).findings}
        after = {(f.code, f.field) for f in check(rewrite.apply(form, props)).findings}
        w = {k for k in before if k[0] in rewrite.TARGET_CODES}
        weak += len(w)
        fixed += len(w - after)
        left += len({k for k in after if k[0] in rewrite.TARGET_CODES})
        new += len(after - before)
    rec = []
    for form in corpus:
        for cat in library.CATEGORIES:
            t = time.perf_counter()
            library.recommend(form, cat, k=5)
            rec.append((time.perf_counter() - t) * 1000)
    n = len(corpus) + len(generated)
    fixtures = times[:len(corpus)]
    return [("library load (jieba + BM25 indexes)", f"{cold:.0f} ms"),
            (f"rewrite proposals per form, {len(corpus)} fixtures p50 / p95",
             f"{pct(fixtures, 50):.1f} / {pct(fixtures, 95):.1f} ms"),
            (f"rewrite proposals per form ({n} forms) p50", f"{pct(times, 50):.1f} ms"),
            ("rewrite proposals per form p95 (target < 100 ms)", f"{pct(times, 95):.1f} ms"),
            ("weak findings fixed / total", f"{fixed}/{weak}"),
            ("weak findings left after --apply", left), ("new findings after --apply", new),
            (f"recommend() per category p50 ({len(rec)} calls)", f"{pct(rec, 50):.2f} ms"),
            ("recommend() per category p95", f"{pct(rec, 95):.2f} ms")]


if __name__ == "__main__":
    for label, value in run():
        print(f"{label}: {value}")
