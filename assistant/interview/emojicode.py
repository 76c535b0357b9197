"""WeChat's emoji as they arrive when copied as text: a name in square brackets ([强], [OK], [抱拳], [捂脸], [玫瑰]).
None is a word of hers: a sign of yes ([强], [OK], [好的], [胜利], [握手], [鼓掌]) alone is a yes, as 👍 is; any other
is taken out as an emoji is. Brackets that are not WeChat's (a [图片] she could not send, [1] of a footnote) stay. Pure.

    uncoded("[强]")              # "好"
    uncoded("用这个[OK]")        # "用这个"
    uncoded("填报人写我，谭晓燕[玫瑰]")   # "填报人写我，谭晓燕"
"""
from __future__ import annotations

import re

_YES = ("强", "OK", "ok", "好的", "胜利", "握手", "鼓掌", "耶", "666", "赞", "拳头")
_OTHER = ("抱拳", "捂脸", "玫瑰", "微笑", "呲牙", "偷笑", "憨笑", "调皮", "奸笑", "机智", "皱眉", "旺柴", "社会社会", "合十",
          "加油", "红包", "太阳", "月亮", "愉快", "发呆", "害羞", "尴尬", "难过", "嘿哈", "哇", "天啊", "让我看看", "吃瓜",
          "破涕为笑", "苦涩", "裂开", "叹气", "翻白眼", "汗", "晕", "衰", "敲打", "再见", "擦汗", "抠鼻", "得意", "坏笑",
          "色", "亲亲", "可怜", "委屈", "快哭了", "阴险", "鄙视", "哈欠", "困", "惊恐", "惊讶", "疑问", "嘘", "撇嘴",
          "大哭", "流泪", "发怒", "酷", "冷汗", "抓狂", "吐", "凋谢", "爱心", "心碎", "拥抱", "抱抱", "礼物", "蛋糕",
          "咖啡", "庆祝", "烟花", "爆竹", "福", "發", "悠闲", "奋斗", "笑脸", "生病", "脸红", "恐惧", "失望", "无语",
          "哼", "Emm", "好的呀", "打脸", "捂嘴", "666666")
_CODE = re.compile(r"\[(" + "|".join(sorted(map(re.escape, _YES + _OTHER), key=len, reverse=True)) + r")\]")


def uncoded(text: str) -> str:
    """The message without WeChat's emoji codes; "好" when she sent only codes and one is a yes."""
    if not text or "[" not in text:
        return text
    codes = _CODE.findall(text)
    if not codes:
        return text
    rest = _CODE.sub("", text).strip()
    if not rest.strip("，,。！!～~ ") and any(c in _YES for c in codes):
        return "好"
    return rest or text


__all__ = ["uncoded"]
