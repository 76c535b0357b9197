"""A row she wants under another category ("覆盖率那条挪到质量里", "把培训人次归到数量指标下面"): the one
indicator her words name gets that category's 一级/二级 — its name and value stay hers, nothing is made up.
When her words name no row or several, nothing moves and she is asked which. Said at any question: an
instruction about the form, never the asked field's value.

    run(iv, "巡查覆盖率那条挪到效益下面", reply)   # True: 「巡查覆盖率」 now 效益指标 / 社会效益指标
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .derive import in_category
from .rows import read_rows

if TYPE_CHECKING:
    from .engine import Interview, Reply

_CATS = r"(?P<cat>数量|质量|时效|成本|社会效益|经济效益|生态效益|可持续影响|效益|满意度)"
_MOVE = re.compile(r"(?:把|将)?(?P<row>[\u4e00-\u9fa5A-Za-z0-9]{2,16}?)(?:的)?(?:那|这)?(?:一)?[条个项行]?(?:指标)?"
                   r"(?:应该|应当|要|得|可以|最好|还是)?(?:放到|挪到|移到|归到|放在|归入|移入|挪去|算到|调到|改到|放进|挪进|移至)"
                   + _CATS + r"(?:指标)?(?:类)?(?:里面?|下面?|下边|那里|那边|去|中)?")
# a wait before the instruction, no talk of hers: "等下，", "哦对了，"
_WAIT = re.compile(r"(?:等下|等等|等一下|稍等|哦|噢|对了|还有|另外|哎|诶)+")


def run(iv: "Interview", text: str, reply: "Reply") -> tuple[bool, bool] | None:
    """None when the message asks no row moved; else (moved, talk beside it)."""
    t = re.sub(r"\s+", "", text or "")
    m = _MOVE.search(t)
    if not m or not iv.form.indicators:
        return None
    words = re.sub(r"^(?:等下|等等|等一下|稍等|哦|对了|还有|另外)", "", m.group("row"))
    cat = m.group("cat") + "指标"
    hit = [i for i in iv.form.indicators if len(words) >= 2 and (words in i.name or i.name in words)]
    rest = [c for c in re.split(r"[，,。；;！!？?]+", t[:m.start()] + "，" + t[m.end():]) if c.strip()]
    talk = any(re.search(r"[\u4e00-\u9fa5]{2}", c) and not _WAIT.fullmatch(c) for c in rest)
    if len(hit) != 1:
        names = "、".join(f"「{i.name}」" for i in hit)
        reply.said.append(f"“{words}”对得上{len(hit)}条指标{('（' + names + '）') if names else ''}，没听出要挪哪一条，"
                          f"表里没有改动；请说“<指标名称>那条放到{cat}”。")
        return False, talk
    row = hit[0]
    if in_category(row.model_dump(), cat):
        reply.said.append(f"「{row.name}」已经在{row.level2 or row.level1}里，没有改动。")
        return False, talk
    got = read_rows(f"{row.name}{row.value}", cat, [], iv.today.year).rows
    if len(got) != 1 or not in_category(got[0][0], cat):
        reply.said.append(f"没能把「{row.name}」挪到{cat}，表里没有改动。")
        return False, talk
    level1, level2 = got[0][0]["level1"], got[0][0]["level2"]
    new = iv.form.model_copy(deep=True)
    new.indicators[iv.form.indicators.index(row)] = row.model_copy(update={"level1": level1, "level2": level2})
    iv.aimed.append(f"indicators:{row.name}")
    iv.replace_said(new, text, reply)
    return True, talk


__all__ = ["run"]
