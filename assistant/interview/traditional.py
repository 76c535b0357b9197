"""Traditional characters folded to simplified (an older clerk slips into 繁体: "填報人吴淑芬", "跳過吧
這個我真不知道怎麼寫"), by OpenCC's t2s conversion: phrase-aware (乾淨 → 干净, 頭髮 → 头发) and kept
by its project, instead of a hand-made table of a few hundred characters. Simplified text passes
through unchanged. Dialect words clerks type (粤, 川: 冇结转, 唔知, 我哋, 係县住建局, 九十五巴仙, 莫得)
are read as Mandarin first. Pure.

    fold("那就按你說的那個")   # "那就按你说的那个"
    fold("冇结转，其他资金都冇")  # "没有结转，其他资金都没有"
"""
from __future__ import annotations

import re
from functools import lru_cache

_WORDS = re.compile(r"(?<![关關联聯])係|冇|唔知|唔係|唔|我哋|佢哋|你哋|哋|嘅|啱晒|啱|巴仙|莫得|仲有|同埋|咁")
_SAY = {"係": "是", "冇": "没有", "唔知": "不知道", "唔係": "不是", "唔": "不", "我哋": "我们", "佢哋": "他们", "你哋": "你们",
        "哋": "们", "嘅": "的", "啱晒": "对", "啱": "对", "巴仙": "%", "莫得": "没有", "仲有": "还有", "同埋": "和", "咁": "这样"}


@lru_cache(maxsize=1)
def _t2s():
    import opencc            # loaded on first use: the dictionaries cost a few ms, not at import
    return opencc.OpenCC("t2s")


def fold(text: str) -> str:
    if not text:
        return text
    return _t2s().convert(_WORDS.sub(lambda m: _SAY[m.group(0)], text))


__all__ = ["fold"]
