"""The short everyday acts by their words (acts.yaml): a clause said only with the words of some acts,
fillers and field names performs those acts. Pure.

    clause_acts("数字都核对过了")      # ["confirm"]
    clause_acts("成本的先放一放")      # ["skip"]: 成本 names the question, 的/先 are fillers
    clause_acts("我问问再说")          # ["dont_know", "skip"]
    clause_acts("可以的谢谢")          # ["confirm", "chatter"]
    clause_acts("县教育局")            # []: a word of no act, so an answer to read
    message_acts("没了，确认吧")        # ["confirm"]: every clause an act (else None)
    message_acts("表都核对过了，没毛病")  # ["confirm", "chatter"]: that she checked, beside a yes, is talk

The clause is cut into lexicon words by the fewest uncovered characters (not greedily: "那你拟的"
is 那 + 你拟的, not 那你 + 拟的); one character no list knows makes it no lexicon act. So the lists
generalise by combination ("表我都核对过了，没毛病", "那个先搁着，回头再补") while a name, a number or
any word of content keeps the clause an answer.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ORDER = ("back", "skip", "dont_know", "confirm", "chatter")
_SPLIT = re.compile(r"[，,。！!；;、\s～~…]+")
_MAX = 40                                  # a clause longer than this is content, not a short act


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], int]:
    """word → act ("" for fillers and field names); the longest word's length."""
    raw = yaml.safe_load((HERE / "acts.yaml").read_text(encoding="utf-8"))
    words: dict[str, str] = {}
    from . import fields as F
    from .choices import CATEGORIES
    for w, _ in F._words():                # the question she means: "成本的先跳过", "负责人我真不知道"
        words.setdefault(w, "")
    for cat in CATEGORIES:
        words.setdefault(cat, "")
        words.setdefault(cat.removesuffix("指标"), "")
    for w in raw["filler"]:
        words[str(w)] = ""
    for act in ORDER + ("checked",):
        for w in raw[act]:
            words[str(w).lower()] = act    # an act word wins over a field word of the same spelling
    for w in raw["confirm"]:               # "按你推荐的填", "照你说的来": following the proposal, done her way is no yes
        if str(w).startswith(("按你", "照你", "用你")):
            for tail in ("填", "写", "来", "办", "弄"):
                words.setdefault(str(w) + tail, "confirm")
    return words, max(map(len, words))


def _segment(clause: str) -> list[str] | None:
    """The acts of the words the clause is made of (in order, "" for fillers), or None when any
    character is no word of the lexicon."""
    words, longest = _table()
    t = clause.lower()
    n = len(t)
    best: list[tuple[int, int, list[str]] | None] = [None] * (n + 1)    # (uncovered, pieces, acts)
    best[0] = (0, 0, [])
    for i in range(n):
        if best[i] is None:
            continue
        miss, pieces, acts = best[i]
        for j in range(i + 1, min(n, i + longest) + 1):
            act = words.get(t[i:j])
            if act is not None:
                cand = (miss, pieces + 1, acts + [act])
                if best[j] is None or cand[:2] < best[j][:2]:
                    best[j] = cand
        cand = (miss + 1, pieces + 1, acts)
        if best[i + 1] is None or cand[:2] < best[i + 1][:2]:
            best[i + 1] = cand
    end = best[n]
    return end[2] if end is not None and end[0] == 0 else None


def _read(clause: str, checked: str = "confirm") -> list[str] | None:
    """The acts of a clause made of lexicon words ([] for fillers alone: "没了", "好吧"); None when
    it says something else. A word that she has checked (核对过了) is the act ``checked`` stands for."""
    c = clause.strip()
    if not c or len(c) > _MAX or re.search(r"\d", c):
        return None
    acts = _segment(c)
    if acts is None:
        return None
    acts = [checked if a == "checked" else a for a in acts]
    return [a for a in ORDER + ("checked",) if a in acts]


def clause_acts(clause: str) -> list[str]:
    """The acts one clause performs by its words alone; [] when it says something else."""
    return _read(clause) or []


def clauses(text: str) -> list[str]:
    return [c for c in _SPLIT.split(text) if c.strip()]


def message_acts(text: str) -> list[str] | None:
    """The acts of a message whose every clause is a lexicon act; None when some clause says more."""
    parts = clauses(text)
    if not parts:
        return None
    out: list[str] = []
    for c in parts:
        acts = _read(c, checked="checked")
        if acts is None:
            return None
        out += [a for a in acts if a not in out]
    if "checked" in out:                   # "对过了，确认": how she came to the yes, beside it, is talk
        out.append("chatter" if "confirm" in out else "confirm")
    return [a for a in ORDER if a in out] or None


def settle(acts: list[str], q: Any, r: Any) -> bool:
    """A message said only with act words: back, 不知道, or a yes to the final check; True when the
    Reading ``r`` (acts.py) is complete. A yes to a proposal is left to acts.py's own reading (a yes
    word there adopts values, so only its stricter list does)."""
    if "back" in acts:
        r.act("back")
        return True
    if acts == ["chatter"]:
        return False                     # talk alone: the turn says "好的" (turns.py)
    if "dont_know" in acts:
        r.act("dont_know")
    elif "confirm" in acts and q is not None and q.kind == "confirm" and set(acts) <= {"confirm", "chatter"}:
        r.yes = True                     # "数字都核对过了，没问题", "这回确认了，谢谢啊": the final check, talk beside it
        r.act("confirm")
    else:
        return False
    if "chatter" in acts:
        r.act("chatter")
    return True


__all__ = ["clause_acts", "clauses", "message_acts", "settle", "ORDER"]
