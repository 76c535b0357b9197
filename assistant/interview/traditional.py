"""Traditional characters folded to simplified (an older clerk slips into 繁体: "填報人吴淑芬", "跳過吧
這個我真不知道怎麼寫"), by OpenCC's t2s conversion: phrase-aware (乾淨 → 干净, 頭髮 → 头发) and kept
by its project, instead of a hand-made table of a few hundred characters. Simplified text passes
through unchanged. Dialect words clerks type (粤, 川: 冇结转, 唔知, 我哋, 係县住建局, 九十五巴仙, 莫得)
are read as Mandarin first (唔系 / 唔使 / 唔少过 → 不是 / 不用 / 不少于, 头先讲错咗 → 刚才说错了, 呢个 / 几多 → 这个 / 多少). Pure.

    fold("那就按你說的那個")   # "那就按你说的那个"
    fold("冇结转，其他资金都冇")  # "没有结转，其他资金都没有"
"""
from __future__ import annotations

import re
from functools import lru_cache

_WORDS = re.compile(r"(?<![关關联聯])係|冇|唔知|唔[係系]|唔使|唔少过|唔多过|唔|我哋|佢哋|你哋|哋|嘅|啱晒|啱啱|啱|巴仙|莫得|仲有|同埋|咁|"
                    r"头先|讲错咗|咗|呢个|呢度|几多|乜嘢|点样|搞掂")
_SAY = {"係": "是", "冇": "没有", "唔知": "不知道", "唔係": "不是", "唔系": "不是", "唔使": "不用", "唔少过": "不少于",
        "唔多过": "不超过", "唔": "不", "我哋": "我们", "佢哋": "他们", "你哋": "你们",
        "哋": "们", "嘅": "的", "啱晒": "对", "啱": "对", "巴仙": "%", "莫得": "没有", "仲有": "还有", "同埋": "和", "咁": "这样",
        "头先": "刚才", "啱啱": "刚刚", "讲错咗": "说错了", "咗": "了", "呢个": "这个", "呢度": "这里", "几多": "多少",
        "乜嘢": "什么", "点样": "怎样", "搞掂": "搞定"}


@lru_cache(maxsize=1)
def _t2s():
    import opencc            # loaded on first use: the dictionaries cost a few ms, not at import
    return opencc.OpenCC("t2s")


# 湘 and 客家 words, each only where it cannot be another word: 么子 (什么), 冒得 / 冒搞清楚 (没有 / 没搞清楚, not
# 感冒, 冒险), 𠊎 / 𠊎兜 (我 / 我们), 系 opening a message or after a pronoun, or opening a clause before a figure (是; not 关系, 系统, 系留), and the
# particles 咯 / 啰 / 哩 / 噻 / 嘞 / 咧 at the end of a clause ("乡村学校少年宫运行咯", "低产茶园提质增效项目哩": the name has
# no 咯, no 哩; 咖哩, 英哩, 公哩 keep theirs; 晋 "跳过哇", "行哇": 哇 after a word, a particle)
_MORE = re.compile(r"么子|冒得|冒(?=搞|弄|听|看|想|懂|明白|记|填|写|做|晓得|得)|\U0002028E兜|\U0002028E|"
                   r"(?:(?<=^)|(?<=[我你他她们兜]))系(?![统列数])|(?<=[，,。；;])系(?=[\d零一二两三四五六七八九十百千万])|(?:咯|啰|噻|嘞|咧|(?<![咖英公着])哩|(?<=[\u4e00-\u9fa5])哇)+(?=\s*(?:[，,。！!？?；;\s]|$))")
_MORE_SAY = {"么子": "什么", "冒得": "没有", "冒": "没", "\U0002028E兜": "我们", "\U0002028E": "我", "系": "是"}

# 西北, 中原, 北方 and 吴 words for yes / no / I, each only where it cannot be another word: 对着哩 / 对头 / 是嘞 / 对滴 /
# 中嘞 (对, 是, 中: a particle 嘞 哩 咧 滴 呐 after a yes-word at the end of a clause), 没麻达 (没问题), 嗯呐 (嗯), 阔以 (可以),
# 木有 / 呒没 (没有), 额们 / 俺们 / 俺 (我们 / 我: 额 alone is a filler and stays)
_END = r"(?=\s*(?:[，,。！!？?；;~～\s]|$))"
_NORTH = re.compile(r"对着(?:哩|呢|嘞|咧)|对头" + _END + r"|(?<=[是对中行好])(?:嘞|哩|咧|滴|呐|捏)+" + _END + r"|[没么莫]麻[达搭哒]|"
                    r"嗯[呐哪]" + _END + r"|阔以|木有|呒没|额们|俺们|俺")
_NORTH_SAY = {"对头": "对", "阔以": "可以", "木有": "没有", "呒没": "没有", "额们": "我们", "俺们": "我们", "俺": "我"}


def _north(m: re.Match) -> str:
    w = m.group(0)
    if w.startswith("对着"):
        return "对"
    if w.endswith(("麻达", "麻搭", "麻哒")):
        return "没问题"
    if w.startswith("嗯"):
        return "嗯"
    return _NORTH_SAY.get(w, "")


def fold(text: str) -> str:
    if not text:
        return text
    text = _MORE.sub(lambda m: _MORE_SAY.get(m.group(0), ""), text)
    text = _NORTH.sub(_north, text)
    return _t2s().convert(_WORDS.sub(lambda m: _SAY[m.group(0)], text))


__all__ = ["fold"]
