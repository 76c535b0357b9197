"""Replay the labelled clerk dialogues of eval/dialogues/ through the offline interview and score it.

    python -m eval.dialogue_eval [--verbose] [--split NAME] [DIR]

Every subdirectory of DIR is one set (dev first, the others sorted: holdout, holdout2, …).

Each dialogue (YAML, format in eval/dialogues/README.md) is a list of clerk messages, each with
the field whose question it answers (``asked``), the acts it performs, and the values the form
must hold after it. For each turn the harness makes that question pending (``Interview.ask``, or
``flow.make`` while ``ask`` does not exist), sends the message, and checks:

- understood: the engine's acts (``Reply.acts``) equal the label's, and every ``expect`` /
  ``unchanged`` holds, the options in ``chosen`` are in the form, nothing in ``absent`` is, and the
  next question is ``next`` when given (acts are skipped while ``Reply.acts`` does not exist);
- misfiled: a field changed that the label neither expects nor lists under ``derived`` (a change
  of the asked field that the engine itself lists as unconfirmed is a suggestion, not a misfiling);
- invented: a number in the form that no message stated and no sum/product of stated numbers
  gives (eval/dialogue_numbers.py), unless ``unconfirmed_numbers()`` lists it;
- longest repeat: the same question (field and kind) asked again and again in a row;
- facts: the share of the ``final`` facts the form holds at the end.
"""
from __future__ import annotations

import argparse
import datetime as dt
import fnmatch
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from eval.dialogue_form import changed_paths, holds, in_category, snapshot
from eval.dialogue_load import HERE, DialogueError, check, load, load_split  # noqa: F401 (the module's API)
from eval.dialogue_numbers import Stated, harvest, numbers_in, strip_choices

ANSWERING = {"answer", "choice", "confirm", "hedge", "dont_know"}   # acts that may store into the asked field
# a change of one of these may follow from a change of the key, whatever the label says
IMPLIED = {"start": ["year", "budget_items"], "end": ["year", "budget_items"], "year": ["start", "end"],
           "funding.total": ["funding.*", "budget_items"], "funding.carryover": ["funding.*"],
           "funding.other": ["funding.*"], "budget_items": ["funding.*"]}


# --- the engine ---------------------------------------------------------------------------------

@dataclass
class Fallbacks:
    ask: bool = False          # questions made pending through flow.make (Interview.ask missing or refused)
    acts: bool = False         # Reply.acts missing: understood counted by the form only
    refused: set = field(default_factory=set)

    def describe(self) -> list[str]:
        out = []
        if self.ask:
            extra = f"（ask 不接受：{'、'.join(sorted(self.refused))}）" if self.refused else "（Interview.ask 尚不存在）"
            out.append("提问回退：用 assistant.interview.flow.make 设置待答问题" + extra)
        if self.acts:
            out.append("acts 回退：Reply.acts 尚不存在，理解率只按表单结果（expect/unchanged/chosen/absent）计")
        return out


def default_engine(today: dt.date):
    from assistant.interview.engine import Interview
    return Interview(today=today)


@dataclass
class Crashed:
    """The reply of an engine that raised: no acts, no next question (the harness asks the next one)."""
    acts: tuple = ()
    question: Any = None


def pend(iv, asked: str, fb: Fallbacks):
    """Make the question about ``asked`` the pending one; the Question."""
    if hasattr(iv, "ask"):
        try:
            return iv.ask(asked)
        except (KeyError, ValueError, LookupError):
            fb.refused.add(asked)
    fb.ask = True
    from assistant.interview import flow
    from assistant.interview.questions import Question
    if asked == "confirm":
        pending = iv.unconfirmed_numbers()
        lines = [f"  {i}. {u.path}：{u.value}" for i, u in enumerate(pending, 1)]
        q = Question(field=pending[0].path if pending else "confirm", kind="confirm", key="confirm",
                     text="以下数字不是您亲口说的，请核对：\n" + "\n".join(lines) + "\n都对的话回复“确认”。")
    else:
        try:
            q = flow.make(iv, asked)
        except KeyError:
            q = Question(field=asked, text=f"请填写「{asked}」。")
    iv.pending = q
    return q


def same_question(a, b) -> bool:
    return a is not None and b is not None and (a.field, a.kind) == (b.field, b.kind)


def fits(q, asked: str) -> bool:
    """The engine's own next question is the one the label says is answered."""
    if q is None:
        return False
    return q.kind == "confirm" if asked == "confirm" else q.field == asked and q.kind != "confirm"


# --- scoring ------------------------------------------------------------------------------------

@dataclass
class TurnResult:
    dialogue: str
    n: int
    say: str
    understood: bool
    problems: list[str]
    misfiled: list[str]
    acts: tuple[str, ...] = ()


@dataclass
class Score:
    dialogues: int = 0
    turns: list[TurnResult] = field(default_factory=list)
    invented: list[str] = field(default_factory=list)
    longest: tuple[int, str] = (0, "")
    facts_right: int = 0
    facts_total: int = 0
    final_misses: list[str] = field(default_factory=list)
    types: set = field(default_factory=set)
    kinds: set = field(default_factory=set)

    @property
    def understood(self) -> float:
        return sum(t.understood for t in self.turns) / len(self.turns) if self.turns else 0.0

    @property
    def misfiled(self) -> int:
        return sum(len(t.misfiled) for t in self.turns)

    @property
    def facts(self) -> float:
        return self.facts_right / self.facts_total if self.facts_total else 0.0


def run_dialogue(d: dict, score: Score, fb: Fallbacks, engine: Callable = default_engine) -> None:
    iv = engine(d["today"])
    stated = Stated()
    q, run, seen_bad, undone = None, 0, set(), []
    score.longest = max(score.longest, (1, ""), key=lambda x: x[0])    # every question is asked once
    for n, t in enumerate(d["turns"], 1):
        if not fits(q, t["asked"]):
            q, run = pend(iv, t["asked"], fb), 0
        run += 1
        if "confirm" in t["act"] or "choice" in t["act"]:
            stated.add(harvest(q.render() if hasattr(q, "render") else q.text))   # she saw these and accepted
        before = snapshot(iv.form)
        try:
            reply, crash = iv.answer(t["say"]), []
        except Exception as e:      # an engine that raises on a message fails that turn, not the whole run
            reply, crash = Crashed(), [f"引擎异常 {type(e).__name__}: {e}"]
        after = snapshot(iv.form)
        stated.add(harvest(strip_choices(t["say"], t.get("chosen") or []), d["today"].year, d["today"]))
        problems = crash + _check_turn(t, q, reply, iv, fb)
        rows = {**before, **after}         # indicator rows as they were or are (a row removed by 返回 too)
        changed = changed_paths(before, after)
        unexpected = _unexpected(t, q, changed, iv, rows, undone)
        misfiled = [p for p in unexpected if not _territory(p, t["asked"], rows) or not ANSWERING & set(t["act"])]
        undone = changed
        problems += [f"多改了 {p}" for p in unexpected if p not in misfiled]
        score.turns.append(TurnResult(d["id"], n, t["say"], not problems and not misfiled, problems, misfiled,
                                      tuple(t["act"])))
        score.invented += _invented(d["id"], n, after, iv, stated, seen_bad)
        nq = reply.question
        progress = any(_territory(p, t["asked"], rows) for p in changed)
        if same_question(nq, q) and not progress:      # asked again, nothing taken: a repeat
            if run + 1 > score.longest[0]:
                score.longest = (run + 1, f"{d['id']} 第{n}句：{nq.field}")
        else:
            run = 0      # a new question, or the next step of the same field (总额 → 结转)
        q = nq
    score.dialogues += 1
    score.types.add(d["type"])
    score.kinds.update(d["clerk"])
    final = snapshot(iv.form)
    for path, want in d["final"].items():
        score.facts_total += 1
        ok, got = holds(iv.form, path, want)
        score.facts_right += ok
        if not ok:
            score.final_misses.append(f"{d['id']} 终表 {path}：应为 {want!r}，实为 {got!r}")
    del final


def _invented(name: str, n: int, after: dict, iv, stated: Stated, seen_bad: set) -> list[str]:
    """Numbers in the form nobody stated and the engine does not list as 待确认 (each value once)."""
    out = []
    for path, value in after.items():
        if (path, str(value)) in seen_bad:
            continue
        ok = stated.direct if path in ("year", "start", "end", "fill_date") else stated.explains
        bad = [x for x in _numbers_of(path, value) if x and not ok(x)]
        if bad and path.endswith("phone") and isinstance(value, str):   # a phone is its digits, however grouped
            bad = [] if all(ok(float(d)) for d in (re.sub(r"\D", "", p) for p in value.split("、")) if d) else bad
        if bad and not _unconfirmed(iv, path):
            seen_bad.add((path, str(value)))
            out.append(f"{name} 第{n}句后 {path} = {value}（{', '.join(f'{x:g}' for x in bad)} 无出处）")
    return out


def _check_turn(t: dict, q, reply, iv, fb: Fallbacks) -> list[str]:
    problems = []
    acts = getattr(reply, "acts", None)
    if acts is None:
        fb.acts = True
    elif set(acts) != set(t["act"]):
        problems.append(f"acts {sorted(acts)} ≠ {sorted(t['act'])}")
    for key in ("expect", "unchanged"):
        for path, want in (t.get(key) or {}).items():
            ok, got = holds(iv.form, path, want)
            if not ok:
                problems.append(f"{path} 应为 {want!r}，实为 {got!r}")
    names = {r.get("name", "") for r in iv.form.to_json()["indicators"]}
    for k in t.get("chosen") or []:
        choices = list(getattr(q, "choices", None) or [])
        if k > len(choices):
            problems.append(f"问题没有第{k}个选项")
        elif choices[k - 1].name not in names:
            problems.append(f"未选入第{k}个选项「{choices[k - 1].name}」")
        else:
            ok, got = holds(iv.form, f"indicators:{choices[k - 1].name}", choices[k - 1].value)
            if not ok:
                problems.append(f"第{k}个选项的值应为 {choices[k - 1].value}，实为 {got}")
    text = _norm_text(iv.form)
    for s in t.get("absent") or []:
        if _plain(s) in text:
            problems.append(f"表中不应出现「{s}」")
    if t.get("next"):
        got = reply.question.field if reply.question is not None else None
        if got != t["next"] and not (t["next"] == "confirm" and reply.question is not None
                                     and reply.question.kind == "confirm"):
            problems.append(f"下一问应为 {t['next']}，实为 {got}")
    return problems


def _unexpected(t: dict, q, changed: list[str], iv, rows: dict, undone: list[str]) -> list[str]:
    """Changed paths the label does not account for (a 待确认 suggestion for the asked field aside;
    after 返回, what the previous turn changed)."""
    allowed = [*(t.get("expect") or {}), *(t.get("derived") or []), *(undone if "back" in t["act"] else [])]
    for p in list(allowed):
        allowed += IMPLIED.get(p, [])
    for p, want in (t.get("unchanged") or {}).items():     # the label's own state reached by taking back an assumption
        if p in changed and holds(iv.form, p, want)[0]:      # ("结转不清楚": the 0 assumed for it gone): what was
            allowed += IMPLIED.get(p, [])                    # computed from it goes with it (本年度 = 总额 − 结转)
    choices = list(getattr(q, "choices", None) or [])
    allowed += [f"indicators:{choices[k - 1].name}" for k in t.get("chosen") or [] if k <= len(choices)]
    out = []
    for p in changed:
        if any(p == a or fnmatch.fnmatchcase(p, a) or p.startswith(a + ".") for a in allowed):
            continue
        if any(a.startswith("indicators.") and _territory(p, a, rows) for a in allowed):
            continue      # a row of a category the label expects
        if _territory(p, t["asked"], rows) and _unconfirmed(iv, p):
            continue
        if p in (t.get("unchanged") or {}) and holds(iv.form, p, t["unchanged"][p])[0]:
            continue      # the label's own state for it ("结转不清楚": 结转 empty), reached by taking back an assumption
        out.append(p)
    return out


def _territory(path: str, asked: str, rows: dict) -> bool:
    """``path`` is where an answer to ``asked`` goes (the period's both ends, the funding block, …)."""
    if path == asked or path.startswith(asked + ".") or path.startswith(asked + "["):
        return True
    if any(fnmatch.fnmatchcase(path, a) for a in IMPLIED.get(asked, [])) or asked in ("start", "end") and path in ("start", "end"):
        return True
    if asked.startswith("indicators.") and path.startswith("indicators") and rows.get(path):
        level1, level2 = rows[path][:2]
        return in_category({"level1": level1, "level2": level2}, asked.split(".", 1)[1])
    return False


def _unconfirmed(iv, path: str) -> bool:
    paths = {u.path for u in iv.unconfirmed_numbers()}
    return path in paths or any(p.startswith(path + "[") or p.startswith(path + ".") for p in paths)


def _numbers_of(path: str, value: Any) -> list[float]:
    if path in ("start", "end", "fill_date"):
        return numbers_in(str(value)[:4]) if value else []
    if path == "budget_items":
        return [x for item in value for x in numbers_in(item[1])]
    if path.startswith("indicators:"):
        return numbers_in(value[2])
    return [x for v in (value if isinstance(value, tuple) else (value,)) for x in numbers_in(v)]


def _plain(s: str) -> str:
    import unicodedata
    return "".join(unicodedata.normalize("NFKC", str(s)).split())


def _norm_text(form) -> str:
    """The form's structured values as one text: what ``absent`` looks in. The clerk's own prose
    (概况, 依据, 必要性, 职能) and the indicator categories are left out: they may quote anything."""
    j = form.to_json()
    for key in ("overview", "basis", "necessity", "unit_functions"):
        j.pop(key, None)
    for r in j["indicators"]:
        r.pop("level1", None)
        r.pop("level2", None)

    def values(x):                  # the values only: a key ("current_year") is no text of the form
        if isinstance(x, dict):
            return [v for k in x for v in values(x[k])]
        if isinstance(x, (list, tuple)):
            return [v for y in x for v in values(y)]
        return [str(x)]
    return _plain("|".join(values(j)))


# --- the report ---------------------------------------------------------------------------------

def splits_in(root: Path) -> list[str]:
    """The sets of ``root``: its subdirectories holding dialogues, dev first, the others sorted."""
    names = [p.name for p in root.iterdir() if p.is_dir() and any(p.glob("*.yaml"))]
    return sorted(names, key=lambda n: (n != "dev", n))


def evaluate(root: Path = HERE, splits=None, engine: Callable = default_engine) -> tuple[dict, Fallbacks]:
    fb = Fallbacks()
    splits = splits_in(root) if splits is None else splits
    scores = {}
    for split in splits:
        s = Score()
        for d in load_split(root, split):
            run_dialogue(d, s, fb, engine)
        scores[split] = s
    return scores, fb


def report(scores: dict, fb: Fallbacks, verbose: bool = False, out=sys.stdout) -> None:
    print("== 访谈对话评测（eval/dialogues）==", file=out)
    for line in fb.describe():
        print("   " + line, file=out)
    print(f"   {'集合':<8}{'对话':>4}{'消息':>6}{'理解率':>9}{'错填':>6}{'编造':>6}{'最长重复':>8}{'终表事实':>9}", file=out)
    for split, s in scores.items():
        print(f"   {split:<8}{s.dialogues:>6}{len(s.turns):>8}{s.understood:>10.1%}{s.misfiled:>8}"
              f"{len(s.invented):>8}{s.longest[0]:>10}{s.facts:>12.3f}", file=out)
    print("   目标：理解率 ≥95%，错填 0，编造 0，最长重复 ≤2，终表事实 ≥0.95", file=out)
    for split, s in scores.items():
        print(f"   {split}：{len(s.types)} 种项目、{len(s.kinds)} 类办事员", file=out)
    for split, s in scores.items():   # where the misses are, by labelled act (no sentences shown)
        print(f"   {split} 按行为：" + "  ".join(by_act(s)), file=out)
    if not verbose:
        return
    for split, s in scores.items():
        print(f"-- {split}：未理解的句子 --", file=out)
        for t in s.turns:
            if not t.understood or t.misfiled:
                why = t.problems + [f"错填 {p}" for p in t.misfiled]
                print(f"   {t.dialogue} 第{t.n}句「{t.say}」：{'；'.join(why)}", file=out)
        for line in s.invented:
            print(f"   编造：{line}", file=out)
        if s.longest[0] > 2:
            print(f"   最长重复 {s.longest[0]} 次：{s.longest[1]}", file=out)
        for line in s.final_misses:
            print(f"   {line}", file=out)


def by_act(s: Score) -> list[str]:
    """'correction 12/20' per labelled act: the share understood, without showing any sentence."""
    tally: dict[str, list[int]] = {}
    for t in s.turns:
        for act in t.acts:
            ok_all = tally.setdefault(act, [0, 0])
            ok_all[0] += t.understood
            ok_all[1] += 1
    return [f"{a} {ok}/{n}" for a, (ok, n) in sorted(tally.items(), key=lambda kv: -kv[1][1])]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="访谈对话评测：理解率、错填、编造、最长重复、终表事实")
    ap.add_argument("root", nargs="?", default=str(HERE), help="对话目录（每个子目录一个集合：dev、holdout、holdout2…）")
    ap.add_argument("--split", help="只评一个集合（子目录名）")
    ap.add_argument("--verbose", "-v", action="store_true", help="列出未理解的句子、错填、编造与终表差异")
    args = ap.parse_args(argv)
    root = Path(args.root)
    if args.split and not (root / args.split).is_dir():
        print(f"对话目录 {root} 下没有集合 {args.split}", file=sys.stderr)
        return 2
    splits = (args.split,) if args.split else None
    try:
        scores, fb = evaluate(root, splits)
    except DialogueError as e:
        print(f"对话文件错误：{e}", file=sys.stderr)
        return 2
    report(scores, fb, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
