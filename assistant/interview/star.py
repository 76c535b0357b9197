"""A chat's starred correction: "*县蚕桑技术推广站" or "*蚕桑" sent right after "县残桑技术推广站" puts right the answer
just given — the whole value, or the few characters of it that the starred word replaces (the window of the same length
that differs least, when only one does). Pure; the engine reads the message as the explicit correction it means
("改一下：项目单位是县蚕桑技术推广站"), so every guard of a correction applies.

    starred("*蚕桑", "unit", "县残桑技术推广站")   # "改一下：项目单位是县蚕桑技术推广站"
    starred("*54万", "funding", 45.0)              # "改一下：项目资金总额是54万"
    starred("你好", "unit", "…")                    # None: no star
"""
from __future__ import annotations

import re
from typing import Any

from . import fields as F

_STAR = re.compile(r"^\s*[*＊]\s*([^*＊\n]{1,60}?)\s*[*＊]?\s*$")


def starred(text: str, path: str, value: Any) -> str | None:
    """The correction a starred message means for the answer just given to ``path`` (its value ``value``); None when
    the message is no starred word, or when what it replaces cannot be told."""
    m = _STAR.match(text or "")
    if not m or not path or (path not in F.specs() and path != "funding"):
        return None
    word = m.group(1)
    label = F.label("funding.total" if path == "funding" else path)
    if not isinstance(value, str) or not value:
        return f"改一下：{label}是{word}"        # an amount, a count: the starred word is the whole new value
    if word in value:
        return None                          # nothing to put right
    if len(word) >= len(value) - 1 or len(word) > 8:
        return f"改一下：{label}是{word}"        # the whole value typed again
    best = _window(value, word)
    return None if best is None else f"改一下：{label}是{value[:best]}{word}{value[best + len(word):]}"


def _window(value: str, word: str) -> int | None:
    """Where ``word`` replaces a slip: the one window of its length that differs from it least (at most half of it)."""
    n = len(word)
    scores = [(sum(a != b for a, b in zip(value[i:i + n], word)), i) for i in range(len(value) - n + 1)]
    if not scores:
        return None
    low = min(s for s, _ in scores)
    at = [i for s, i in scores if s == low]
    return at[0] if len(at) == 1 and 0 < low <= max(1, n // 2) else None


__all__ = ["starred"]
