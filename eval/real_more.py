"""`make eval`, plain text (issue 12): more real published forms, kept in the repository (eval/real_more/).

Twelve 项目支出绩效目标表 (and two 自评表 that carry the year's targets) as a page or an extractor gives
their text, from sources not in ../shared/corpus/real, with hand-made gold in the corpus format
(eval/real_more/README.md). Scored with ../shared/tools/score.py, the same scorer as the real set;
without it (a fresh clone has no ../shared) this says so and stops.

    python -m eval.real_more             # per-file fields / indicator F1 / precision, then the scorer's summary
    python -m eval.real_more --detail    # also every gold field read wrong and every indicator missed or extra
    python -m eval.real_more --set real_more2   # the second held-out set, eval/real_more2 (other templates and provinces)
    python -m eval.real_more --set real_more3   # the third held-out set, eval/real_more3 (more provinces and layouts)
    python -m eval.real_more --set real_more4   # the fourth held-out set, eval/real_more4 (other templates, publishers and layouts)
    python -m eval.real_more --set real_more5   # the fifth held-out set, eval/real_more5 (more provinces, templates and layouts)
    python -m eval.real_more --set real_more6   # the sixth held-out set, eval/real_more6 (other publishers, templates and layouts)
    python -m eval.real_more --set real_more7   # the seventh held-out set, eval/real_more7 (more publishers, templates and layouts)
    python -m eval.real_more --set real_more8   # the eighth held-out set, eval/real_more8 (other publishers, templates and layouts)
    python -m eval.real_more --set real_more9   # the ninth held-out set, eval/real_more9 (more provinces, publishers and layouts)
    python -m eval.real_more --set real_more10  # the tenth held-out set, eval/real_more10 (other provinces, publishers and layouts)
    python -m eval.real_more --set real_more11  # the eleventh held-out set, eval/real_more11 (other publishers, templates and layouts)
    python -m eval.real_more --set real_more12  # the twelfth held-out set, eval/real_more12 (more provinces, templates and layouts)
    python -m eval.real_more --set real_more13 --summary  # the thirteenth held-out set, eval/real_more13 (other provinces, publishers
                                                          # and layouts); --summary prints the scorer's summary row only (an unseen set)
    python -m eval.real_more --set real_more14 --summary  # the fourteenth held-out set, eval/real_more14 (more provinces, templates
                                                          # and layouts); --summary prints the scorer's summary row only (an unseen set)
    python -m eval.real_more --set real_more15 --summary  # the fifteenth held-out set, eval/real_more15 (other provinces, publishers
                                                          # and layouts); --summary prints the scorer's summary row only (an unseen set)
    python -m eval.real_more --set real_more16 --summary  # the sixteenth held-out set, eval/real_more16 (more provinces, publishers
                                                          # and templates); --summary prints the scorer's summary row only (an unseen set)
    python -m eval.real_more --set real_more17 --summary  # the seventeenth held-out set, eval/real_more17 (other provinces, publishers
                                                          # and layouts); --summary prints the scorer's summary row only (an unseen set)
    python -m eval.real_more --set real_more18 --summary  # the eighteenth held-out set, eval/real_more18 (more provinces, publishers
                                                          # and notice templates); --summary prints the scorer's summary row only (an unseen set)
    python -m eval.real_more --set real_more19 --summary  # the nineteenth held-out set, eval/real_more19 (seven texts, two forms of
                                                          # templates no earlier set holds); --summary prints the scorer's summary row only (an unseen set)
"""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from eval.unseen_dumps import ROOT, score_path

DIR = ROOT / "eval" / "real_more"
SETS = ("real_more", "real_more2", "real_more3", "real_more4", "real_more5", "real_more6", "real_more7", "real_more8", "real_more9", "real_more10", "real_more11", "real_more12", "real_more13", "real_more14", "real_more15", "real_more16", "real_more17", "real_more18", "real_more19")   # the held-out sets kept in the repository, each eval/<name>/ with its README


def _scorer(path: Path):
    spec = importlib.util.spec_from_file_location("jixiao_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _detail(sc, gold: dict, form: dict) -> list[str]:
    """The gold fields the reading got wrong, and the indicators it missed or added (scorer's normalisation)."""
    lines = []
    checks, _ = sc.field_scores(gold, form)
    for key, ok in checks:
        if not ok:
            head, _, sub = key.partition(".")
            want = gold[head][sub] if sub else gold[head]
            got = (form.get(head) or {}).get(sub) if sub else form.get(head)
            lines.append(f"字段 {key}: 金标准 {json.dumps(want, ensure_ascii=False)[:120]} | 读出 {json.dumps(got, ensure_ascii=False)[:160]}")
    key = lambda i: (sc.norm(i.get("level2")), sc.norm(i.get("name")), sc.norm(i.get("value")).lstrip("="))
    want = {key(i): i for i in gold.get("indicators", [])}
    got = {key(i): i for i in form.get("indicators") or []}
    lines += [f"漏读指标 [{want[k]['level2']}] {want[k]['name']} = {want[k]['value']}" for k in sorted(want.keys() - got.keys())]
    lines += [f"多读指标 [{got[k].get('level2')}] {got[k].get('name')} = {got[k].get('value')}" for k in sorted(got.keys() - want.keys())]
    return lines


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    name = argv[argv.index("--set") + 1] if "--set" in argv[:-1] else DIR.name
    if name not in SETS:
        print(f"未知的评测集 {name}：可选 {'、'.join(SETS)}")
        return 2
    folder = DIR.parent / name
    files = sorted(folder.glob("*.txt"))
    score = score_path()
    if not score.exists():
        print(f"== 更多真实表单文本（eval/{name}）: 未找到 {score}，评测跳过 ==")
        return 0
    from eval.run import _review
    sc = _scorer(score)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        _review(files, out)
        print(f"== 更多真实表单文本（eval/{name}）: {len(files)} 个文件 ==")
        for line in out.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            cid = Path(row["file"]).name.split(".")[0]
            gold = json.loads((folder / f"{cid}.json").read_text(encoding="utf-8"))
            if row.get("error"):
                if "--summary" not in argv:
                    print(f"    {cid:48s} 无法读取：{row['error']}")
                continue
            if "--summary" in argv:   # an unseen set: no per-file line, only the scorer's summary row below
                continue
            checks, f1 = sc.field_scores(gold["form"], row.get("form") or {})
            r = sc.score_case(gold, row)
            hits = r["rule_hit"] + r["heur_hit"] + r["judg_hit"]
            precision = hits / max(1, hits + r["false_alarm"])
            print(f"    {cid:48s} fields {sum(ok for _, ok in checks)}/{len(checks)}  indicator F1 {f1:.2f}  "
                  f"precision {precision:.2f}" + (f"  误报 {r['alarms']}" if r.get("alarms") else ""))
            if "--detail" in argv:
                for d in _detail(sc, gold["form"], row.get("form") or {}):
                    print("        " + d)
        r = subprocess.run([sys.executable, str(score), str(folder), str(out), "--fields"], capture_output=True, text=True)
        print("   ", (r.stdout.strip().splitlines() or [r.stderr.strip()])[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
