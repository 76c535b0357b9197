"""Going to a question she names: "回到资金那一项", "回到满意度那个，参与群众满意度百分之九十",
"先说负责人：王刚". Pure.

    goto("回到满意度那个参与群众满意度百分之九十")   # ("indicators.满意度指标", "参与群众满意度百分之九十")
    goto("回到资金那一项")                         # ("funding", "")
    goto("回到上一步")                             # None: 返回 is the previous question (acts.py)

The named question comes from the field lexicon (fields.yaml: 资金 → funding, 负责人 → unit_head) or
an indicator category (满意度 → 满意度指标); what follows is the answer to that question.
"""
from __future__ import annotations

import re

from ..textnum import normalize
from . import fields as F
from .choices import CATEGORIES

_GOTO = re.compile(r"^(?:那|那就|咱们?|我们)?(?:先|再)?(?:我想|我要|麻烦)?(?:再|先)?(?:回到|回去|返回到?|跳到|转到|退回到|回头说|再说回|说回)\s*(?:前面|上面|刚才)?(?:的)?"
                   r"(?:(?:跳过|没填|空着|漏掉|略过|没答|放着)(?:了|去)?的)?"     # "回到刚才跳过的满意度": the one she left
                   r"(?P<x>[^，,。；;：:\s]{1,10}?)\s*(?:那一项|这一项|那一个|(?:那个|这个|那一个|那道)问题|那一题|那题|那个|那项|那里|那块|那儿|那一步|那一栏|那栏|那一块|项(?=[，,。：:\s]|$)|栏(?=[，,。：:\s]|$)|(?=[。！!]?$))"
                   r"[，,。：:\s]*(?P<rest>.*)$")

# the question before, by the field it asked: "上一个问题的明细，设施采购是10万" — that field, not 返回
_OF_BEFORE = re.compile(r"^(?:上一个问题|上个问题|上一题|上一步|上一项|前面那个问题|刚才那个问题)(?:的|里的|里|那个)\s*"
                        r"(?P<x>[^，,。；;：:\s]{1,8}?)\s*(?:那一项|那项|那个|那栏)?[，,。：:\s]+(?P<rest>.*)$")


# why she goes back, with no value in it: she has the answer now ("我查到了", "问到了", "我想好了")
_NOW_HAVE = re.compile(r"(?:(?:我|俺|刚)?(?:刚才|刚刚|已经|终于)?(?:(?:批复|上级|领导|局里)?(?:的)?(?:文件|材料|资料|文号|数字?|号码|批复|通知|合同|方案|台账|预算表|原件))?(?:也|都|总算)?"
                       r"(?:想好|查到|问到|找到|问清楚|查清楚|搞清楚|弄清楚|核实|确认|问好|查好|想起来|翻出来|翻到|找着|找出来|拿到|到手|下来|发过来|发来)了?"
                       r"|(?:我|俺)?(?:要|想|得)?(?:再)?(?:看看|看一下|看一眼|核对一下|核一下|对一下)(?:刚才|前面|上面)?的?[\u4e00-\u9fa5]{0,6})"
                       r"(?:啊|哈|呀|了)*")   # (or what she goes back for: "我要看看刚才的总额")


def _field(x: str) -> str | None:
    x = x.strip()
    for cat in CATEGORIES:
        if x and (x in cat or cat.removesuffix("指标") in x):
            return f"indicators.{cat}"
    for word, paths in F._words():
        if word in x:
            path = paths[0]
            if path.startswith("fact."):
                continue
            return F.group(path) if F.group(path) != "indicators" else None
    return None


def goto(text: str) -> tuple[str, str] | None:
    """(the question's field, the rest of the message) when she names a question to go to."""
    t = normalize(text).strip()
    m = _GOTO.match(t)
    if not m or re.fullmatch(r"上一?(?:步|个|题|个问题)?", m.group("x")):
        m = _OF_BEFORE.match(t)
        if not m or m.group("x") not in dict(F._words()):
            return None
    path = _field(m.group("x"))
    if path is None:
        return None
    rest = m.group("rest").strip("，,。 ")
    return path, "" if _NOW_HAVE.fullmatch(rest) else rest


# a short sentence of talk before she names the question ("下山了。回到满意度那一项，…", "信号来了，回到电话那栏"):
# no figure, no label of the form — where she is or what she did, said first
_LEAD = re.compile(r"^(?P<head>[^，,。；;！!？?\d]{1,8})[，,。；;！!]+\s*(?P<tail>\S.*)$", re.S)


def after_talk(text: str) -> tuple[str, str, str] | None:
    """(the question's field, the rest, the talk before) when a short clause of talk comes before the
    words that name a question to go to; None otherwise (then ``goto`` alone decides)."""
    m = _LEAD.match(normalize(text).strip())
    if not m or F.mentions(m.group("head")) or _field(m.group("head")) is not None:
        return None
    got = goto(m.group("tail"))
    return (got[0], got[1], m.group("head")) if got is not None else None


__all__ = ["after_talk", "goto"]
