"""Planning words before a value, read as she means them (issue 11): "拟申报的项目叫…", "实施单位拟定为…", "技术指导拟列80万",
"预计改造1200户", "力争达到90%以上" state what is planned — a value, not a hedge — and the planning word is no part
of a name, a budget line or an indicator row. Pure.

    unplan(text)   # the message without the planning words that stand before a value

Only the words that plan (拟 / 拟定 / 拟列 / 拟安排 / 拟申报 / 预计 / 力争 / 争取 / 确保) before a verb, a figure or an
organisation are taken out; 模拟, 草拟 keep their 拟, and 计划 stays (雨露计划, 春蕾计划 are names). A text (概况, 必要性, a
goal) keeps her words: this is read for the other fields only.
"""
from __future__ import annotations

import re

_PLAN = re.compile(r"(?<![模虚比草])(?:拟(?:定为|定|列|安排|投入|申报的?|设|建|为)?|预计(?:为|需要|需)?|力争|争取|确保)"
                   r"(?=\s*[\u4e00-\u9fa5\d≥≤><])(?!计划)")


def unplan(text: str) -> str:
    """"技术指导和质量巡查拟列80万" → "技术指导和质量巡查80万"; "实施单位拟定为县住建局" → "实施单位为县住建局"."""
    if not text or not _PLAN.search(text):
        return text
    out = _PLAN.sub(lambda m: "为" if m.group(0).endswith("为") else "", text)
    out = re.sub(r"^(?:的|为)", "", out)          # "拟申报的项目叫…" → "项目叫…"
    return re.sub(r"(?<=[，,；;。\s])(?:的)(?=项目)", "", out)


__all__ = ["unplan"]
