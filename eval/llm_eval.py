"""LLM evaluation over the gold corpus (run by `make eval` after the offline scores).

With a model configured (JIXIAO_LLM_*): extraction from the corpus .txt dumps (fields and
indicator F1, by the scorer's own logic, next to the offline importer's), judgement findings
(indicator_irrelevant / goal_indicator_mismatch recall and precision, next to the offline
heuristics), the schema-valid rate of each structured-output method, and token/time totals.
Without one it says it was skipped. `python -m eval.llm_eval [CORPUS_DIR]`.
"""
from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
JUDGEMENT_CODES = ("indicator_irrelevant", "goal_indicator_mismatch")
METHOD_SAMPLE = 8


def _scorer():
    spec = importlib.util.spec_from_file_location("jixiao_score", SHARED / "tools" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _gold(dev: Path) -> dict[str, dict]:
    import json
    out = {}
    for p in sorted(dev.glob("*.json")):
        case = json.loads(p.read_text(encoding="utf-8"))
        if "defects" in case:
            out[case["id"]] = case
    return out


def _import_text(path: Path):
    from assistant.errors import ReadError
    from assistant.importers import ImportResult, read_path
    from assistant.model import Declaration
    try:
        return read_path(path)
    except ReadError:   # no offline text reader: the model gets the raw text alone
        return ImportResult(Declaration(), "txt", text=path.read_text(encoding="utf-8", errors="replace"))


def _fields(score, pairs) -> tuple[float, float]:
    ok = total = 0
    f1s = []
    for gold_form, form in pairs:
        checks, f1 = score.field_scores(gold_form, form.to_json())
        ok += sum(1 for _, good in checks if good)
        total += len(checks)
        f1s.append(f1)
    return ok / max(1, total), sum(f1s) / max(1, len(f1s))


def _judgement(score, gold: dict, results: dict, code: str) -> tuple[float, float, int, int]:
    hits = golds = alarms = 0
    for cid, result in results.items():
        defects = [d for d in gold[cid]["defects"] if d["code"] == code]
        found = [f for f in result.report.findings if f.code == code]
        golds += len(defects)
        used = set()
        for d in defects:
            for k, f in enumerate(found):
                if k not in used and score.field_match(d["field"], f.field):
                    used.add(k)
                    hits += 1
                    break
        if code not in gold[cid].get("also_ok", []):
            alarms += len(found) - len(used)
    return hits / max(1, golds), hits / max(1, hits + alarms), hits, golds


def main(argv: list[str] | None = None) -> int:
    from assistant.errors import ConfigError
    from assistant.llm.settings import METHODS, load_settings
    argv = sys.argv[1:] if argv is None else argv
    try:
        settings = load_settings()
    except ConfigError as e:
        print(f"{e}\n大模型评测跳过。")
        return 0
    if not settings.configured:
        print(f"== 大模型评测：跳过（未配置大模型，缺少 {'、'.join(settings.missing())}） ==")
        return 0
    dev = Path(argv[0]) if argv else SHARED / "corpus" / "dev"
    if not dev.is_dir() or not (SHARED / "tools" / "score.py").is_file():
        print(f"== 大模型评测：跳过（找不到语料 {dev} 或评分脚本） ==")
        return 0
    from assistant.engine import LLMEngine
    from assistant.llm.client import LLMClient
    from assistant.model import Declaration
    from assistant.review_one import review_form
    score, gold = _scorer(), _gold(dev)
    engine = LLMEngine(LLMClient(settings, warn=print), warn=print)
    print(f"== 大模型评测：{settings.model} @ {settings.base_url or '默认接口'} ==")

    t0 = time.perf_counter()
    txts = [p for p in sorted(dev.glob("*.txt")) if p.name.split(".")[0] in gold]
    imported = [_import_text(p) for p in txts]
    improved = engine.client.map(engine.improve_import, imported)
    golds = [gold[p.name.split(".")[0]]["form"] for p in txts]
    off_f, off_i = _fields(score, zip(golds, [i.form for i in imported]))
    llm_f, llm_i = _fields(score, zip(golds, [i.form for i in improved]))
    print(f"  抽取（{len(txts)} 个 .txt）：字段 离线 {off_f:.3f} → 大模型 {llm_f:.3f}；"
          f"指标 F1 离线 {off_i:.3f} → 大模型 {llm_i:.3f}（{time.perf_counter() - t0:.1f} s）")

    t0 = time.perf_counter()
    ids = sorted(gold)
    offline = {cid: review_form(Declaration.from_json(gold[cid]["form"])) for cid in ids}
    llm = dict(zip(ids, engine.client.map(
        lambda cid: review_form(Declaration.from_json(gold[cid]["form"]), engine=engine), ids)))
    for code in JUDGEMENT_CODES:
        r0, p0, _, n = _judgement(score, gold, offline, code)
        r1, p1, h1, _ = _judgement(score, gold, llm, code)
        print(f"  {code}（金标准 {n} 处）：召回 离线 {r0:.3f} → 大模型 {r1:.3f}；精确率 离线 {p0:.3f} → 大模型 {p1:.3f}")
    print(f"  审核 {len(ids)} 份（{time.perf_counter() - t0:.1f} s）")

    sample = [Declaration.from_json(gold[cid]["form"]) for cid in ids[:METHOD_SAMPLE]]
    from assistant.errors import LLMError
    from assistant.llm.tasks import review
    for method in METHODS:
        client = LLMClient(settings.model_copy(update={"method": method, "max_reasks": 0,
                                                       "breaker_threshold": 10 ** 6}), warn=print)

        def one(form, client=client):
            try:
                review(client, form)
                return True
            except LLMError:
                return False
        ok = sum(client.map(one, sample))
        u = client.usage
        print(f"  结构化输出 {method}：合格率 {ok}/{len(sample)}，平均 {u.total_tokens / max(1, u.calls):.0f} tokens/次")
    u = engine.usage
    print(f"  合计：调用 {u.calls} 次（失败 {u.failures}），请求 {u.requests} 个，"
          f"tokens {u.prompt_tokens}+{u.completion_tokens}={u.total_tokens}，模型耗时 {u.seconds:.1f} s，"
          f"方式 {u.methods}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
