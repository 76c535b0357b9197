"""Figures she does not know yet, typed as placeholders: "总额xx万", "满意度xx%", "电话xxxx", "××名". A placeholder is no
value: the clause holding one is a 不知道 for that value, and nothing of it is stored (in her own text — 概况,
必要性 — it stays as she wrote it, to be filled in later). When she later gives the figures ("概况里的xx问到了，126个
行政村，保洁员252名"), each placeholder of her text followed by the same measure takes the figure she names with it
— only where every figure finds exactly one placeholder. Pure but for the patch.

    unknown_clauses("负责人马尕西，电话xxxx")      # ("负责人马尕西", ["电话xxxx"])
    fill_in("全县xx个行政村，共聘保洁员xx名", "126个行政村，保洁员252名")   # "全县126个行政村，共聘保洁员252名"
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .engine import Interview, Reply

# where a figure would stand: xx / XX / ×× (not inside a word of Latin letters; "？？" is her confusion and "**" markdown)
PLACEHOLDER = re.compile(r"(?<![A-Za-z])(?:[xX]{2,}|×{2,})(?![A-Za-z])")
_CLAUSE = re.compile(r"[，,。；;！!\n]+")
# a figure of hers with its measure: "126个行政村", "252名", "3.5万元"
_FIGURE = re.compile(r"(\d+(?:\.\d+)?)\s*([\u4e00-\u9fa5%]{1,2})")


def unknown_clauses(text: str) -> tuple[str, list[str]]:
    """The message without the clauses that hold a placeholder figure, and those clauses."""
    parts = [c for c in _CLAUSE.split(text or "") if c.strip()]
    gone = [c for c in parts if PLACEHOLDER.search(c)]
    if not gone:
        return text, []
    return "，".join(c for c in parts if c not in gone), gone


def fill_in(have: str, said: str) -> str:
    """``have`` with each placeholder taking the figure of ``said`` whose measure follows it; ``have`` as it is when
    some figure finds no placeholder, or two."""
    slots = list(PLACEHOLDER.finditer(have))
    chosen: dict[int, tuple[re.Match, str]] = {}
    for m in _FIGURE.finditer(said):
        hits = [s for s in slots if s.start() not in chosen and have[s.end():s.end() + 1] == m.group(2)[0]]
        if len(hits) != 1:
            return have
        chosen[hits[0].start()] = (hits[0], m.group(1))
    out = have
    for slot, n in sorted(chosen.values(), key=lambda x: -x[0].start()):
        out = out[:slot.start()] + n + out[slot.end():]
    return out


_TEXTS = ("overview", "necessity", "unit_functions", "basis")


def target(form, text: str) -> tuple[str, str] | None:
    """(the text field whose placeholders her figures fill, its new value), or None: the message must name the
    placeholder or the text ("概况里的xx问到了，…"), and one text only must take all her figures."""
    if not re.search(r"\d", text or ""):
        return None
    from . import fields as F
    named = {m.path for m in F.mentions(text)}
    if not (PLACEHOLDER.search(text) or named & set(_TEXTS)):
        return None
    hits = []
    for path in _TEXTS:
        have = getattr(form, path, "") or ""
        if PLACEHOLDER.search(have) and (new := fill_in(have, PLACEHOLDER.sub("", text))) != have:
            hits.append((path, new))
    return hits[0] if len(hits) == 1 else None


def run(iv: "Interview", text: str, reply: "Reply") -> bool:
    """Her figures for the placeholders of a text she gave; True when one text took them all."""
    hit = target(iv.form, text)
    if hit is None:
        return False
    from .answers import Fill, Patch
    iv.apply_patch(Patch([Fill(hit[0], hit[1], kind="stated", detail=text, primary=True)]), reply)
    return True


__all__ = ["PLACEHOLDER", "fill_in", "run", "target", "unknown_clauses"]
