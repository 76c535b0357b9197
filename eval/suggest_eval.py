"""How on-topic are the library's indicator suggestions for real forms? (issue 11: the interview's choices)

For every real published form with hand-made gold (../shared/corpus/real and eval/real_more … real_more10),
the form is blanked to what the interview knows before the indicator step (name, units, overview, period,
funding, budget lines — no indicators, no goals), ``library.recommend`` is asked for each 二级 category the
gold has, and each of the top-4 suggestions counts as *on-topic* when its name shares a meaningful word
(≥2 characters, from plain jieba without the library's own words; generic words such as 指标/完成/合格/满意度
do not count) with a gold indicator of the same 二级. Also reported: the share of forms classified to no type.

Two groups, never mixed: BUILD (corpus/real, real_more … real_more6) is what the library is built from;
GENERAL (real_more7 … real_more10) measures generality and is not tuned on. eval/real_more11 is unseen and is
never read here.

Run: ``python -m eval.suggest_eval`` (``-v`` lists every off-topic suggestion of the BUILD group).
"""
from __future__ import annotations

import json
import logging
import re
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = next((d / "shared" for d in ROOT.parents if (d / "shared" / "corpus").is_dir()), ROOT.parent / "shared")
K = 4
BUILD = ["corpus/real", "real_more", "real_more2", "real_more3", "real_more4", "real_more5", "real_more6"]
GENERAL = ["real_more7", "real_more8", "real_more9", "real_more10"]
LEVEL2 = ("数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标",
          "可持续影响指标", "服务对象满意度指标")
# words every kind of project uses: sharing one of them says nothing about the topic
GENERIC = set("""指标 数量 质量 时效 成本 效益 完成 完成率 合格 合格率 达标 达标率 及时 及时率 按时 按期 项目 工作 任务
情况 程度 水平 年度 全年 资金 经费 预算 支出 使用 执行 控制 提高 提升 增加 减少 降低 有效 明显 显著 持续 长期
稳定 良好 满意 满意度 满意率 社会 经济 生态 影响 可持续 服务 对象 服务对象 个数 数目 总额 总数 标准 规范 实施
开展 覆盖 覆盖率 到位 到位率 时间 时限 期限 以上 以下 不低于 不高于 万元 元 比例 比率 目标 要求 相关 各类
人数 人员 人次 次数 个数""".split())


@lru_cache(maxsize=1)
def _plain_jieba():
    import jieba
    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()      # the stock dictionary: the library's own words must not decide what is "shared"
    tk.initialize()
    return tk


def words(name: str) -> set[str]:
    text = re.sub(r"[^\u4e00-\u9fff]", " ", name or "")
    return {w for w in _plain_jieba().lcut_for_search(text) if len(w) >= 2 and w not in GENERIC}


def set_dir(name: str) -> Path:
    return SHARED / "corpus" / "real" if name == "corpus/real" else ROOT / "eval" / name


def blank(gold: dict):
    from assistant.model import Declaration
    form = dict(gold["form"])
    form["indicators"] = []
    form["goals"] = {"long_term": [], "annual": []}
    return Declaration.from_json(form)


def score_form(gold: dict) -> dict:
    from assistant import library
    from assistant.model import Declaration, category_of
    full = Declaration.from_json(gold["form"])
    form = blank(gold)
    by_cat: dict[str, list[str]] = {}
    for ind in full.indicators:
        cat = category_of(ind)
        if cat in LEVEL2 and ind.name:
            by_cat.setdefault(cat, []).append(ind.name)
    hits, total, misses = 0, 0, []
    for cat, names in by_cat.items():
        gold_words = set().union(*(words(n) for n in names))
        for s in library.recommend(form, cat, K):
            total += 1
            if words(s.name) & gold_words:
                hits += 1
            else:
                misses.append((cat, s.name, names))
    return {"id": gold.get("id", ""), "name": form.project_name, "types": library.classify(form),
            "hits": hits, "total": total, "misses": misses}


def run_set(name: str) -> list[dict]:
    d = set_dir(name)
    if not d.is_dir():
        return []
    return [score_form(json.loads(p.read_text(encoding="utf-8"))) for p in sorted(d.glob("*.json"))]


def _line(label: str, rows: list[dict]) -> str:
    h, t = sum(r["hits"] for r in rows), sum(r["total"] for r in rows)
    untyped = sum(1 for r in rows if not r["types"])
    share = f"{h / t:.0%}" if t else "—"
    return (f"  {label:<14} 表 {len(rows):>3}  建议 {t:>4}  切题 {h:>4}  切题率 {share:>4}  "
            f"未识别类型 {untyped}/{len(rows)}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    verbose = "-v" in argv
    print(f"== 指标库建议切题率（eval/suggest_eval.py：每个二级取前{K}条，与金标准同二级指标共享实词即切题）==")
    for group, sets in (("BUILD", BUILD), ("GENERAL", GENERAL)):
        all_rows = []
        for s in sets:
            rows = run_set(s)
            if not rows:
                continue
            all_rows += rows
            print(_line(s, rows))
            if verbose and group == "BUILD":
                for r in rows:
                    tl = ",".join(t for t, _ in r["types"][:2]) or "无类型"
                    for cat, sug, names in r["misses"]:
                        print(f"      {r['id'][:34]:<34} [{tl}] {cat}: {sug}  ← 金标准 {'/'.join(names)[:60]}")
        print(_line(f"{group} 合计", all_rows) + "   SUMMARY")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
