"""Benchmark: rule checking on 1,000 generated forms (target ≥ 2,000 forms/s on one core), JSON in and out."""
from __future__ import annotations

import json
import time

from eval.util import generated_forms, peak_rss_mb


def run():
    from assistant.importers import read_bytes
    from assistant.review_one import review_form
    blobs = [json.dumps(f.to_json(), ensure_ascii=False).encode() for f in generated_forms(1000)]
    # warm up (imports, regex compilation)
    for b in blobs[:20]:
        review_form(read_bytes(b, "w.json").form)
    t0 = time.perf_counter()
    n_findings = 0
    for i, b in enumerate(blobs):
        res = review_form(read_bytes(b, f"{i}.json").form)
        n_findings += len(res.report.findings)
        json.dumps(res.to_json(), ensure_ascii=False)
    dt = time.perf_counter() - t0
    return [("forms", len(blobs)), ("findings", n_findings), ("check on JSON (read+rules+dump)", f"{len(blobs) / dt:,.0f} forms/s"),
            ("peak memory", f"{peak_rss_mb():.0f} MB")]
