"""Benchmark: a 50-form `--llm` review against the local fake OpenAI server with a fixed 300 ms latency.

Reports wall time at concurrency 1 and 8 (target: ≥ 6× speed-up) and tokens per form (prompt
tokens are the fake server's estimate: 1 per CJK character, 1 per 4 other characters).
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from eval.util import generated_forms

LATENCY = 0.3
N_FORMS = 50


def _fake():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from fake_openai import FakeOpenAI, Reply
    answer = json.dumps({"findings": [], "opinion": "目标与指标基本对应，建议细化质量指标。"}, ensure_ascii=False)
    return FakeOpenAI(latency=LATENCY, default=lambda body: Reply(content=answer))


def _review_all(url: str, concurrency: int, forms) -> tuple[float, dict]:
    from assistant.engine import LLMEngine
    from assistant.llm.client import LLMClient
    from assistant.llm.settings import LLMSettings
    from assistant.review_one import review_form
    settings = LLMSettings(base_url=url, model=f"bench-c{concurrency}", api_key="sk-bench", timeout=10,
                           max_retries=0, concurrency=concurrency)
    engine = LLMEngine(LLMClient(settings))
    t0 = time.perf_counter()
    results = engine.client.map(lambda f: review_form(f.model_copy(deep=True), engine=engine), forms)
    dt = time.perf_counter() - t0
    assert all(r.opinion for r in results), "some form got no opinion"
    return dt, engine.usage.to_json()


def run():
    forms = list(generated_forms(N_FORMS))
    with _fake() as fake:
        t1, u1 = _review_all(fake.url, 1, forms)
        t8, u8 = _review_all(fake.url, 8, forms)
    return [("forms", N_FORMS), ("fake latency", f"{LATENCY * 1000:.0f} ms"),
            ("wall time, concurrency 1", f"{t1:.2f} s"), ("wall time, concurrency 8", f"{t8:.2f} s"),
            ("speed-up 8 vs 1", f"{t1 / t8:.1f}× (target ≥ 6×)"),
            ("requests per form", f"{u8['requests'] / N_FORMS:.1f}"),
            ("prompt tokens per form (est.)", f"{u8['prompt_tokens'] / N_FORMS:.0f}"),
            ("completion tokens per form (est.)", f"{u8['completion_tokens'] / N_FORMS:.0f}"),
            ("failed calls", u1["failures"] + u8["failures"])]
