"""Reading a correction: "改一下：总额是30万", "单位改成市信访局", "把满意度改为95%". Pure.

``parse_edit(text, form)`` returns ``(path, value_text)`` when the answer changes a field the
form has (or may have), else None. It is the field lexicon (fields.py) read for a correction:
the value text is then read by that field's reader, so "30万" and "三十万元" mean the same everywhere.
"""
from __future__ import annotations

from ..model import Declaration
from .fields import is_correction, mentions


def parse_edit(text: str, form: Declaration) -> tuple[str, str] | None:
    for m in mentions(text, form):
        if m.value and (m.marked or is_correction(text)):
            return m.path, m.value
    return None
