"""The year inside the project's name changed by itself: "名称里的年份改成2026", "名字里的年份换成2026年" after last year's
form gave "2025年县域智慧医疗平台建设项目" — the name she has, with its year put right ("项目名称改成2026年县域智慧医疗平台
建设项目"); never the words of the change as a name. Pure.

    year_of_name("名称年份换成2027，期限也改", "2026年…项目")   # "项目名称改成2027年…项目，期限也改"
"""
from __future__ import annotations

import re

_CHANGE = re.compile(r"(?:项目)?(?:名称|名字)(?:里|中|里面)?的?(?:年份|年度|年)(?:也|就)?(?:改成|改为|换成|改)\s*((?:19|20)\d\d)\s*年?")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?=\s*年)")


def year_of_name(text: str, name: str) -> str:
    m = _CHANGE.search(text or "")
    if not m or not name or len(set(_YEAR.findall(name))) != 1:
        return text                      # no year in the name, or two: which one is hers to say
    renamed = _YEAR.sub(m.group(1), name)
    return text[:m.start()] + f"项目名称改成{renamed}" + text[m.end():]


__all__ = ["year_of_name"]
