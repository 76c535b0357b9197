""""上面都说了" answered to a question: what she said before, read again for the field asked. Pure.

    said = earlier(iv, "budget_items")   # "管网更换80万、水泵等设备维修35万、水质检测20万" or ""

Her earlier messages (most recent first) are cut into sentences and clauses; the first one that the asked
field's own reader reads as that field — and nothing else — is returned, and the message is answered as if
she had said it again (every guard of a normal answer applies, and the reply says which words were used).
The 项目概况 is her first descriptive message whole (a run-on that tells what, how much and for how much).
Nothing found: "" — she is asked again, told the earlier words did not read as the field.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .got import POINTER
from .speech import plain

if TYPE_CHECKING:
    from .engine import Interview

_SENTENCE = re.compile(r"[。！？!?\n；;]+")
_CLAUSE = re.compile(r"[，,]+")
# what leads a list of spending in talk: "钱主要花在…", "主要用于…", "其中…"
_LEAD = re.compile(r"^(?:其中|这些钱|钱|资金|经费)?(?:主要|大概|大致)?(?:花在|用在|用于|用来|分成|分为|包括)[：:]?")
_TEXT_FIELDS = ("overview",)
_TALK = re.compile(r"^[^：:，,。]{0,12}(?:吧|啊|哈|呀)[：:，,]\s*")     # "我一口气说完吧：…": talk before it
_SEARCHED = ("unit", "department", "project_name", "budget_items", "basis", "unit_head", "unit_phone", "filler")


def is_pointer(text: str) -> bool:
    t = plain(text or "")
    if re.fullmatch(POINTER, t):
        return True
    from . import fields as F            # "概况就照前面那段填": the field's own word before it
    m = re.match(r"([\u4e00-\u9fa5]{2,6}?)(?=就|也|都|按|照|用|参照)", t)
    return bool(m) and F.is_field_word(m.group(1)) and bool(re.fullmatch(POINTER, t[m.end():]))


def earlier(iv: "Interview", field: str) -> str:
    said = [m["text"] for m in iv.transcript if m.get("role") == "user"][:-1]   # the pointer itself is the last
    said = [t for t in said if not is_pointer(t)]
    if field in _TEXT_FIELDS:
        long = [t for t in said if len(plain(t)) >= 30 and re.search(r"\d|[一二两三四五六七八九十百千万]", t)]
        return _TALK.sub("", long[0].strip()) if long else ""
    if field not in _SEARCHED:
        return ""
    from .readers import read
    for text in reversed(said):
        for sentence in _SENTENCE.split(text):
            parts = [sentence] if field == "budget_items" else _CLAUSE.split(sentence)
            for part in parts:
                part = _LEAD.sub("", part.strip())
                if not part:
                    continue
                got = read(field, part, iv.context(field))
                mine = [f for f in got.fills if f.path == field or f.path.startswith(field + "[")]
                if mine and all(f in mine or not f.primary for f in got.fills) \
                        and (field != "budget_items" or len(mine[0].value) >= 2):
                    return part
    return ""
