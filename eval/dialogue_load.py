"""Loading the labelled dialogues of eval/dialogues/ (format in eval/dialogues/README.md), checked:
a file that breaks the format is a DialogueError naming the file, the turn and the problem."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from eval.dialogue_form import ASKABLE, lookup

HERE = Path(__file__).resolve().parent / "dialogues"
ACTS = {"answer", "facts", "correction", "question", "dont_know", "hedge", "skip", "back", "confirm", "deny",
        "choice", "chatter", "unclear"}
KINDS = {"terse", "chatty", "unsure", "cn_numerals", "mixed_numbers", "corrector", "copy_paster",
         "multi_answer", "navigator", "chooser", "relative_years"}
TURN_KEYS = {"asked", "say", "act", "expect", "unchanged", "derived", "absent", "chosen", "next", "note"}


class DialogueError(ValueError):
    pass


def load(path: Path) -> dict:
    try:
        d = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise DialogueError(f"{path.name}：YAML 格式错误：{e}") from e
    return check(d, path.name)


def check(d: dict, name: str) -> dict:
    """A dialogue validated and normalised (acts as lists, today as a date); DialogueError names the problem."""
    path = Path(name)
    if not isinstance(d, dict) or not isinstance(d.get("turns"), list) or not d["turns"]:
        raise DialogueError(f"{path.name}：缺少 turns 列表")
    for key in ("type", "clerk", "today", "final"):
        if key not in d:
            raise DialogueError(f"{path.name}：缺少 {key}")
    bad = set(d["clerk"]) - KINDS
    if bad:
        raise DialogueError(f"{path.name}：未知的办事员类型 {sorted(bad)}")
    d["today"] = d["today"] if isinstance(d["today"], dt.date) else dt.date.fromisoformat(str(d["today"]))
    for i, t in enumerate(d["turns"], 1):
        where = f"{path.name} 第{i}句"
        if set(t) - TURN_KEYS:
            raise DialogueError(f"{where}：未知的键 {sorted(set(t) - TURN_KEYS)}")
        if not isinstance(t.get("say"), str) or "asked" not in t:
            raise DialogueError(f"{where}：需要 asked 和 say")
        if t["asked"] not in ASKABLE:
            raise DialogueError(f"{where}：asked 不是可问的字段：{t['asked']}")
        t["act"] = [t["act"]] if isinstance(t.get("act"), str) else list(t.get("act") or [])
        if not t["act"] or set(t["act"]) - ACTS:
            raise DialogueError(f"{where}：act 不在词表内：{'、'.join(t['act'])}")
        for key in ("expect", "unchanged"):
            for p in t.get(key) or {}:
                try:
                    lookup({}, p)
                except KeyError as e:
                    raise DialogueError(f"{where}：{e.args[0]}") from e
    for p in d["final"]:
        try:
            lookup({}, p)
        except KeyError as e:
            raise DialogueError(f"{path.name} final：{e.args[0]}") from e
    d["id"] = path.stem
    return d


def load_split(root: Path, split: str) -> list[dict]:
    return [load(p) for p in sorted((root / split).glob("*.yaml"))]
