"""Traditional characters folded to simplified (an older clerk slips into 繁体: "填報人吴淑芬", "跳過吧
這個我真不知道怎麼寫"), by OpenCC's t2s conversion: phrase-aware (乾淨 → 干净, 頭髮 → 头发) and kept
by its project, instead of a hand-made table of a few hundred characters. Simplified text passes
through unchanged. Pure.

    fold("那就按你說的那個")   # "那就按你说的那个"
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _t2s():
    import opencc            # loaded on first use: the dictionaries cost a few ms, not at import
    return opencc.OpenCC("t2s")


def fold(text: str) -> str:
    return _t2s().convert(text) if text else text


__all__ = ["fold"]
