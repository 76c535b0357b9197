"""The glossary of every term on the form (glossary.yaml): what it is, how to fill it in, an example
for the applicant's kind of project. Pure.

    glossary.lookup("什么是预算功能科目？")   # Entry(term="预算功能科目", …) or None
    glossary.for_field("indicators.质量指标") # the entry that explains a question's field
    entry.answer(form)                      # the explanation as said to the applicant
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ..model import Declaration
from ..textnum import normalize

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Entry:
    term: str
    explain: str
    how: str = ""
    aliases: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    examples: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def example(self, form: Declaration | None = None) -> str:
        """The example for the form's project type (assistant.library.classify), else the default one."""
        if form is not None and len(self.examples) > 1:
            for kind, _ in _kinds(form):
                if kind in self.examples:
                    return self.examples[kind]
        return self.examples.get("default", "")

    def answer(self, form: Declaration | None = None) -> str:
        """'「预算功能科目」是…… 怎么填：…… 例如：……'"""
        text = f"「{self.term}」：{self.explain}"
        if self.how:
            text += f"\n怎么填：{self.how}"
        ex = self.example(form)
        if ex:
            text += f"\n例如：{ex}"
        return text

    def to_json(self, form: Declaration | None = None) -> dict:
        return {"term": self.term, "aliases": list(self.aliases), "explain": self.explain, "how": self.how,
                "example": self.example(form), "fields": list(self.fields)}


def _kinds(form: Declaration) -> list[tuple[str, float]]:
    from ..library import classify
    return classify(form)


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    rows = yaml.safe_load((HERE / "glossary.yaml").read_text(encoding="utf-8"))
    return tuple(Entry(term=r["term"], explain=r["explain"], how=r.get("how", ""),
                       aliases=tuple(r.get("aliases") or ()), fields=tuple(r.get("fields") or ()),
                       examples={str(k): str(v) for k, v in (r.get("examples") or {}).items()}) for r in rows)


@lru_cache(maxsize=1)
def _words() -> list[tuple[str, Entry]]:
    """Every term and alias, longest first (三级指标 before 指标)."""
    pairs = [(w, e) for e in entries() for w in (e.term, *e.aliases)]
    return sorted(pairs, key=lambda p: -len(p[0]))


def lookup(text: str) -> Entry | None:
    """The entry whose term or alias the text names; the longest, earliest mention wins."""
    t = normalize(text)
    best: tuple[int, int, Entry] | None = None
    for word, e in _words():
        i = t.find(word)
        if i >= 0 and (best is None or len(word) > best[0] or (len(word) == best[0] and i < best[1])):
            best = (len(word), i, e)
    return best[2] if best else None


def for_field(path: str) -> Entry:
    """The entry for a question's field: 'funding' → 项目资金总额, 'indicators:X' → 绩效指标,
    'budget_items[2].amount' → 预算明细, 'goals.annual[0]' → 年度目标."""
    p = re.sub(r"\[\d+\].*$", "", path)
    if p.startswith("indicators:") or p.startswith("indicators["):
        p = "indicators"
    for e in entries():
        if p in e.fields:
            return e
    if p.startswith("indicators."):
        return for_field("indicators")
    if p.startswith("funding."):
        return for_field("funding.total")
    if p == "end":
        return for_field("start")
    raise KeyError(f"词汇表里没有字段 {path}")


__all__ = ["Entry", "entries", "lookup", "for_field"]
