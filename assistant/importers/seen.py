"""Prose a PDF dump holds but its reader could not place: a dump that prints the label 专项年度绩效目标, and
sentences that went into no field, may well have that goal in those sentences; a review must not call it
missing (loose_read.apply), it asks for a check instead.

Labels: each short piece of the text (a line, or a cell between separators) and each piece joined with the
next (a label wrapped over two lines: 专项年度 / 绩效目标) looked up in the label lexicon (labels.field_of).
Prose: a line of 15+ characters with a full stop or comma, none of whose words is in any value of the form.
Only prose fields (goals, overview, basis, necessity, functions) are listed, and only when such prose exists:
a dump whose every sentence was placed and that leaves a field empty has that field empty.
"""
from __future__ import annotations

import json
import re

from .cells import unread_of
from .labels import field_of

_SPLIT = re.compile(r"\s*(?:\||\t| {2,})\s*")
_MAX_PIECES = 20_000          # a long text is looked at this far (labels sit at the top of a form)
_MAX_LINES, _MAX_WORDS = 2_000, 8   # sentences looked for: each word is a search of the form's values


PROSE_FIELDS = {"goals.annual", "goals.long_term", "overview", "basis", "necessity", "unit_functions"}
_SENTENCE = re.compile(r"[\u4e00-\u9fff][^\n]{13,}[，,。；;、]")
_WORD = re.compile(r"[\u4e00-\u9fff]{4,}")


def unplaced_prose(text: str, form_json: dict) -> bool:
    """A sentence of ``text`` none of whose runs of 4+ Chinese characters is in a value of the form."""
    values = json.dumps(form_json, ensure_ascii=False)
    for line in text.splitlines()[:_MAX_LINES]:
        if _SENTENCE.search(line) and not any(w[:8] in values for w in _WORD.findall(line)[:_MAX_WORDS]):
            return True
    return False


def labelled_but_empty(text: str, form_json: dict) -> list[str]:
    """Prose fields whose label is in ``text`` and whose value the form does not hold, when the text has prose
    the reader placed nowhere."""
    if not unplaced_prose(text, form_json):
        return []
    pieces = [p for line in text.splitlines() for p in _SPLIT.split(line.strip()) if 1 < len(p) <= 20]
    pieces = pieces[:_MAX_PIECES]
    keys = set()
    for i, piece in enumerate(pieces):
        for cand in (piece, piece + pieces[i + 1] if i + 1 < len(pieces) else ""):
            key = field_of(cand) if cand else None
            if key:
                keys.add(key)
    flat = dict(form_json)
    for group in ("funding", "goals"):
        flat.update({f"{group}.{k}": v for k, v in (form_json.get(group) or {}).items()})
    return [k for k in unread_of(keys, flat) if k in PROSE_FIELDS]
