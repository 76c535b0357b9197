"""Privacy: personal data is replaced by reversible placeholders before a request leaves the machine.

Masked: mobile and landline numbers, 18-digit 身份证 numbers, 统一社会信用代码, e-mail
addresses, and (optional) person names next to labels such as 负责人 / 填报人. The same
value always gets the same placeholder within one ``Redactor``, and ``restore`` puts the
originals back into the model's answer. ``detect`` lists what would be masked.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from typing import Any

_ID_CARD = r"[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]"
_USCC = r"[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}"
_EMAIL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_MOBILE = r"(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?[\d*]{4}){2}"
_LANDLINE = r"(?:[(（]0\d{2,3}[)）]|0\d{2,3}[-－—\s]?)[2-9]\d{6,7}(?:[-转]\d{1,5})?"
_LABELLED_PHONE = r"(?<=电话)[:：\s]*[2-9]\d{6,7}"
_NAME_LABELS = r"(?:负责人|联系人|填报人|审核人|经办人|法人代表|法定代表人|项目负责人|单位负责人|部门负责人)"
_NAME = _NAME_LABELS + r"(?:及联系电话|（签字）|\(签字\))?[:：\s]*([\u4e00-\u9fa5]{2,4}?)(?=[\s,，;；、:：()（）0-9]|$|联系|电话)"

# order matters: the longer, more specific patterns claim their text first
KINDS: tuple[tuple[str, str, str], ...] = (
    ("EMAIL", "电子邮箱", _EMAIL),
    ("ID", "身份证号", _ID_CARD),
    ("USCC", "统一社会信用代码", _USCC),
    ("PHONE", "手机号", _MOBILE),
    ("TEL", "固定电话", _LANDLINE),
    ("TEL", "固定电话", _LABELLED_PHONE),
)
_NOT_AFTER = r"(?<![0-9A-Za-z])"
_NOT_BEFORE = r"(?![0-9A-Za-z])"
_PLACEHOLDER = re.compile(r"\[(?:EMAIL|ID|USCC|PHONE|TEL|NAME)_\d+\]")


@dataclass
class Detection:
    kind: str      # EMAIL | ID | USCC | PHONE | TEL | NAME
    label: str     # Chinese name of the kind
    text: str

    def shown(self) -> str:
        """The value with its middle hidden, safe to print."""
        t = self.text
        return t[:3] + "*" * max(0, len(t) - 5) + t[-2:] if len(t) > 5 else "*" * len(t)


def _spans(text: str, mask_names: bool) -> list[tuple[int, int, str, str]]:
    taken: list[tuple[int, int, str, str]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e, _, _ in taken)

    for kind, label, pat in KINDS:
        for m in re.finditer(_NOT_AFTER + pat + _NOT_BEFORE, text):
            a, b = m.span()
            if kind == "TEL" and m.group(0)[:1] in ":： ":
                a += len(m.group(0)) - len(m.group(0).lstrip(":： "))
            if kind == "USCC" and not re.search(r"[A-Z]", m.group(0)) and re.fullmatch(_ID_CARD, m.group(0)):
                continue
            if (kind == "EMAIL" or b - a >= 7) and free(a, b):
                taken.append((a, b, kind, label))
    if mask_names:
        for m in re.finditer(_NAME, text):
            a, b = m.span(1)
            if free(a, b):
                taken.append((a, b, "NAME", "人名"))
    return sorted(taken)


def detect(text: str, mask_names: bool = False) -> list[Detection]:
    """What ``mask`` would replace, in order of appearance."""
    return [Detection(kind, label, text[a:b]) for a, b, kind, label in _spans(text, mask_names)]


@dataclass
class Redactor:
    """Reversible masking for one task (thread-safe: one redactor may serve parallel calls)."""
    mask_names: bool = False
    forward: dict[str, str] = field(default_factory=dict)   # original -> placeholder
    back: dict[str, str] = field(default_factory=dict)      # placeholder -> original
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def mask(self, text: str) -> str:
        if not text:
            return text
        out, pos = [], 0
        for a, b, kind, _ in _spans(text, self.mask_names):
            out.append(text[pos:a])
            out.append(self._placeholder(kind, text[a:b]))
            pos = b
        out.append(text[pos:])
        return "".join(out)

    def _placeholder(self, kind: str, original: str) -> str:
        with self._lock:
            if original not in self.forward:
                n = sum(1 for p in self.back if p.startswith(f"[{kind}_")) + 1
                ph = f"[{kind}_{n}]"
                self.forward[original] = ph
                self.back[ph] = original
            return self.forward[original]

    def restore(self, value: Any) -> Any:
        """Put the originals back into every string of an answer (dicts and lists walked)."""
        if isinstance(value, str):
            return _PLACEHOLDER.sub(lambda m: self.back.get(m.group(0), m.group(0)), value)
        if isinstance(value, list):
            return [self.restore(v) for v in value]
        if isinstance(value, dict):
            return {k: self.restore(v) for k, v in value.items()}
        return value
