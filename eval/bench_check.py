"""Benchmark: `jixiao check --json` (the console command, a subprocess) side by side with a minimal plain-Python
checker of the same arithmetic and completeness rules, which lives in this file (``reference`` below).

On 1 form and on 1,000 generated forms (one JSON file each): wall and CPU time (best of a few runs), the ratios
against their targets (≤ 2× on one form, ≤ 1.5× on 1,000) and each command's own peak memory (measured by a small
launcher, ``_LAUNCH``: not this process's size). Both run with the same
Python, with bytecode caching on (as an installed package has it) after one warm-up run. The findings
of the codes the reference implements are compared, so it is known to do the same work. When valgrind is
installed, the instructions each executes are counted too (callgrind: what no load on the machine changes; one
form always, 1,000 with BENCH_INSTRUCTIONS=all). Then the in-process throughput of read + rules + dump.

    python -m eval.bench_check --reference FILE...      # the reference checker alone
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
REFERENCE_CODES = {"field_missing", "goal_annual_missing", "goal_long_term_missing", "indicator_category_missing",
                   "funding_sum_mismatch", "budget_items_sum_mismatch", "unit_scale_mismatch", "quantity_price_mismatch"}


# --- the reference checker: plain Python, no jixiao import ----------------------------------------------

REQUIRED = {"project_name": "项目名称", "department": "主管部门", "unit": "项目单位", "function_code": "预算功能科目",
            "attribute": "项目属性", "start": "项目实施开始时间", "end": "项目实施结束时间", "overview": "项目概况",
            "basis": "项目立项依据", "necessity": "项目实施必要性及可行性"}
CATEGORIES = (("数量指标", ("数量",)), ("质量指标", ("质量",)), ("时效指标", ("时效",)), ("成本指标", ("成本",)),
              ("效益指标", ("效益", "可持续")), ("满意度指标", ("满意",)))
CALC = re.compile(r"(\d+(?:\.\d+)?)\s*([^\d\s×xX*=＝,，;；。、()（）]{0,8}?)((?:\s*[×xX*]\s*\d+(?:\.\d+)?\s*"
                  r"[^\d\s×xX*=＝,，;；。、()（）]{0,8}?)+)\s*[=＝]\s*(\d+(?:\.\d+)?)\s*(万元|元)?")
FACTOR = re.compile(r"[×xX*]\s*(\d+(?:\.\d+)?)\s*([^\d\s×xX*=＝,，;；。、()（）]{0,8}?)(?=\s*(?:[×xX*=＝]|$))")
TOL = 0.005


def reference(path: str) -> dict:
    """The arithmetic and completeness findings of one declaration JSON file (codes as jixiao's)."""
    try:
        form = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as e:
        return {"file": path, "error": str(e)}
    found = []

    def add(code: str, field: str, message: str) -> None:
        found.append({"code": code, "field": field, "message": message})

    for key, label in REQUIRED.items():
        if not str(form.get(key) or "").strip():
            add("field_missing", key, f"必填项「{label}」未填写。")
    funding = form.get("funding") or {}
    total = funding.get("total")
    if total is None:
        add("field_missing", "funding.total", "必填项「项目资金总额」未填写。")
    goals = form.get("goals") or {}
    if not goals.get("annual"):
        add("goal_annual_missing", "goals.annual", "年度绩效目标为空。")
    if not goals.get("long_term"):
        add("goal_long_term_missing", "goals.long_term", "中长期目标为空。")
    rows = [r for r in form.get("indicators") or [] if r.get("name") or r.get("value")]
    rows = [r for r in rows if r.get("scope", "annual") == "annual"] or rows
    kinds = " ".join(f"{r.get('level1', '')}{r.get('level2', '')}" for r in rows)
    for cat, words in CATEGORIES:
        if not any(w in kinds for w in words):
            add("indicator_category_missing", f"indicators.{cat}", f"年度绩效指标中缺少{cat}。")
    _money(form, funding, total, add)
    for key in ("overview", "basis", "necessity"):
        for old, right in _calculations(str(form.get(key) or "")):
            add("quantity_price_mismatch", key, f"测算式结果 {old} 有误，应为 {right}。")
    return {"file": path, "findings": found}


def _money(form: dict, funding: dict, total, add) -> None:
    parts = {k: funding.get(k) for k in ("carryover", "current_year", "other") if funding.get(k) is not None}
    items = {f"budget_items[{i}].amount": it["amount"] for i, it in enumerate(form.get("budget_items") or [])
             if it.get("amount") is not None}
    if total is None:
        return
    values = {"funding.total": total, **{f"funding.{k}": v for k, v in parts.items()}, **items}

    def ok(v: dict) -> tuple[bool, bool]:
        comps = [v[f"funding.{k}"] for k in parts]
        return (not comps or abs(v["funding.total"] - sum(comps)) <= TOL,
                not items or abs(v["funding.total"] - sum(v[k] for k in items)) <= TOL)

    fund_ok, items_ok = ok(values)
    if fund_ok and items_ok:
        return
    slips = [(k, v * f) for k, v in values.items() if v for f in (1e-4, 1e4) if all(ok({**values, k: v * f}))]
    if len(slips) == 1:
        add("unit_scale_mismatch", slips[0][0], f"金额疑似按元填写，应为 {slips[0][1]:g} 万元。")
        return
    if fund_ok and not items_ok:
        slips = [(k, v * f) for k, v in items.items() if v for f in (1e-4, 1e4) if ok({**values, k: v * f})[1]]
        if len(slips) == 1:
            add("unit_scale_mismatch", slips[0][0], f"金额疑似按元填写，应为 {slips[0][1]:g} 万元。")
            return
    if not fund_ok:
        add("funding_sum_mismatch", "funding.total", f"资金总额 {total:g} 与各来源之和不一致。")
        total = total if items and abs(sum(items.values()) - total) <= TOL else sum(parts.values())
    if items and abs(sum(items.values()) - total) > TOL:
        add("budget_items_sum_mismatch", "budget_items", f"预算明细合计与资金总额 {total:g} 不一致。")


def _calculations(text: str):
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    for m in CALC.finditer(text):
        nums = [(m.group(1), m.group(2))] + FACTOR.findall(m.group(3))
        product = 1
        for n, _ in nums:
            product *= float(n)
        money = [u for _, u in nums if u.startswith(("元", "万元"))]
        if money and m.group(5) == "万元" and not any(u.startswith("万元") for _, u in nums):
            product /= 10_000
        if abs(product - float(m.group(4))) > TOL:
            yield m.group(4), f"{product:g}"


def reference_main(paths: list[str]) -> int:
    worst = 0
    write = sys.stdout.write
    for p in paths:
        rec = reference(p)
        worst = max(worst, 2 if "error" in rec else 1 if rec["findings"] else 0)
        write(json.dumps(rec, ensure_ascii=False) + "\n")
    return worst


# --- the benchmark -----------------------------------------------------------------------------------------

# Runs the measured command: forks, execs it, waits for it, and writes on its own stderr the command's wall time,
# CPU time and peak resident memory (the child's own rusage). The bench cannot take these from its own wait on the
# command: exec keeps the peak memory of the process that forked (or vforked: subprocess does) into the new
# program, so a command started straight from this process reported this process's size, not its own. Started
# from this small launcher (python -S, a few MB), the command's peak is its own.
_LAUNCH = """import os, sys, time
t0 = time.perf_counter()
pid = os.fork()
if pid == 0:
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 2)
    try:
        os.execvp(sys.argv[1], sys.argv[1:])
    finally:
        os._exit(127)
_, status, use = os.wait4(pid, 0)
sys.stderr.write(f"{time.perf_counter() - t0} {use.ru_utime + use.ru_stime} {use.ru_maxrss} {os.waitstatus_to_exitcode(status)}")
"""


def _timed(cmd: list[str], env: dict) -> tuple[float, float, float, bytes]:
    """(wall seconds, CPU seconds (user + system), peak resident MB of that process, stdout), as the launcher
    measured them."""
    proc = subprocess.run([sys.executable, "-S", "-c", _LAUNCH, *cmd], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env=env)
    wall, cpu, rss, code = proc.stderr.decode().split()[-4:]
    if int(code) not in (0, 1):       # 1: some form has an error-severity finding (the generated forms do)
        raise RuntimeError(f"{cmd[:3]}… 退出码 {code}")
    return float(wall), float(cpu), int(rss) / 1024, proc.stdout


def _versus(ratio: float, target: float) -> str:
    """A ratio against its target: 1.83×（目标 ≤ 2×，达标） or 2.86×（目标 ≤ 1.5×，未达标：为目标的 1.91 倍）."""
    verdict = "达标" if ratio <= target else f"未达标：为目标的 {ratio / target:.2f} 倍"
    return f"{ratio:.2f}×（目标 ≤ {target:g}×，{verdict}）"


def _best(cmd: list[str], env: dict) -> tuple[float, float, float, bytes]:
    """Best wall and best CPU time of RUNS runs (CPU time barely moves when other processes share the machine)."""
    _timed(cmd, env)                     # warm-up: writes the bytecode cache, fills the page cache
    runs = [_timed(cmd, env) for _ in range(RUNS)]
    return min(r[0] for r in runs), min(r[1] for r in runs), max(r[2] for r in runs), runs[0][3]


def _counting(forms: int) -> bool:
    """Instructions are counted when valgrind is there: for one form always, for a batch when
    BENCH_INSTRUCTIONS=all (callgrind runs a thousand forms for minutes)."""
    import shutil
    return shutil.which("valgrind") is not None and (forms == 1 or os.environ.get("BENCH_INSTRUCTIONS") == "all")


def _instructions(cmd: list[str], env: dict) -> int:
    """Instructions the command executes (callgrind's count; the bytecode cache is warm from ``_best``)."""
    proc = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    return int(re.search(rb"Collected\s*:\s*(\d+)", proc.stderr).group(1))


def _jixiao() -> list[str]:
    script = Path(sys.executable).with_name("jixiao")
    return [str(script)] if script.exists() else [sys.executable, "-c", "from assistant.cli import main; main()"]


def _agreement(ours: bytes, theirs: bytes) -> str:
    def codes(out: bytes) -> set[tuple[str, str]]:
        return {(Path(r["file"]).name, f["code"]) for r in map(json.loads, out.decode().splitlines())
                for f in r.get("findings", []) if f["code"] in REFERENCE_CODES}
    a, b = codes(ours), codes(theirs)
    return f"{len(a & b)} 处相同，仅 jixiao {len(a - b)} 处，仅参照 {len(b - a)} 处"


def run():
    from eval.util import generated_forms
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    lines = []
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-check-") as tmp:
        files = []
        for i, form in enumerate(generated_forms(1000)):
            p = Path(tmp) / f"f{i:04d}.json"
            p.write_text(json.dumps(form.to_json(), ensure_ascii=False), encoding="utf-8")
            files.append(str(p))
        ref = [sys.executable, str(Path(__file__).resolve()), "--reference"]
        for label, batch, target in (("1 份", files[:1], 2.0), ("1000 份", files, 1.5)):
            t_j, c_j, m_j, out_j = _best(_jixiao() + ["check", "--json", *batch], env)
            t_r, c_r, m_r, out_r = _best(ref + batch, env)
            if _counting(len(batch)):
                i_j, i_r = _instructions(_jixiao() + ["check", "--json", *batch], env), _instructions(ref + batch, env)
                lines.append((f"{label}：指令数（callgrind，不受机器负载影响）",
                              f"jixiao {i_j / 1e6:,.0f} M，参照 {i_r / 1e6:,.0f} M，{_versus(i_j / i_r, target)}"))
            lines += [(f"{label}：jixiao check --json", f"{t_j:.3f} s（CPU {c_j:.3f} s），峰值内存 {m_j:.0f} MB"),
                      (f"{label}：参照检查器（纯 Python，同样的算术与完整性规则）",
                       f"{t_r:.3f} s（CPU {c_r:.3f} s），峰值内存 {m_r:.0f} MB"),
                      (f"{label}：倍数", f"墙钟 {t_j / t_r:.2f}×，按 CPU 时间 {_versus(c_j / c_r, target)}"),
                      (f"{label}：峰值内存之比", f"{m_j / m_r:.2f}×（jixiao {m_j:.0f} MB，参照 {m_r:.0f} MB）"),
                      (f"{label}：两者发现的问题（参照实现的 {len(REFERENCE_CODES)} 种）", _agreement(out_j, out_r))]
    lines += _in_process()
    return lines


def _in_process():
    from assistant.importers import read_bytes
    from assistant.review_one import review_form
    from eval.util import generated_forms, peak_rss_mb
    blobs = [json.dumps(f.to_json(), ensure_ascii=False).encode() for f in generated_forms(1000)]
    for b in blobs[:20]:
        review_form(read_bytes(b, "w.json").form)
    t0 = time.perf_counter()
    for i, b in enumerate(blobs):
        json.dumps(review_form(read_bytes(b, f"{i}.json").form).to_json(), ensure_ascii=False)
    dt = time.perf_counter() - t0
    return [("进程内：读取+规则+输出 JSON", f"{len(blobs) / dt:,.0f} 份/秒（{dt / len(blobs) * 1000:.2f} ms/份）"),
            ("本进程峰值内存", f"{peak_rss_mb():.0f} MB")]


if __name__ == "__main__":
    if sys.argv[1:2] == ["--reference"]:
        sys.exit(reference_main(sys.argv[2:]))
    for label, value in run():
        print(f"{label}: {value}")
