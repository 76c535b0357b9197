"""Where the form stands, asked in the middle of the interview: "现在填到哪了", "填到第几步了", "还剩几项",
"给我看看现在的表". A question back: what is filled and what is left is said, nothing is stored, and the
question on screen is asked again. Pure.

    asks_progress("现在填到第几步了？")      # True
    Progress().answer(form)                 # "一共…项，已填…项：…；还没填…项：…。"
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import fields as F

_PROGRESS = re.compile(
    r"^(?:那|请|麻烦|你|您|我们|咱们|我|俺)*(?:现在|目前|眼下|到现在|这会儿?)?(?:是|已经|一共)?(?:"
    r"(?:填|弄|做|写|进行|走|问)到(?:哪(?:里|儿|一步|一项|一块|个地方)?|第几(?:步|项|个|题|栏|块)|什么地方|啥地方)(?:了)?|"
    r"(?:还(?:剩|差|有)|剩下?|总共|一共)(?:几|多少)(?:项|步|个|题|栏)(?:没填|没弄|要填|了)?|"
    r"(?:给我|让我|我想|我要|发我|帮我)?(?:看看|看一下|看一眼|瞧瞧|瞅瞅|显示一下|列一下|列出|发一下)"
    r"(?:现在|目前|当前|已经填好?|填好|填了)?的?(?:表|表格|申报表|内容|进度|填的东西|都填了啥|填了什么|填了哪些)|"
    r"(?:进度|填写进度)(?:怎么样|如何|到哪了?)?|(?:已经)?填了(?:多少|几项|哪些|什么)(?:了)?)"
    r"(?:了|呀|啊|呢|吗|啦|哈|呗|没)*[？?。！!~～\s]*$")


def asks_progress(text: str) -> bool:
    """She asks where the form stands (no value in the message)."""
    t = re.sub(r"\s+", "", text or "")
    return bool(t) and not re.search(r"\d", t) and bool(_PROGRESS.match(t))


def _label(path: str) -> str:
    return path.split(".", 1)[1] if path.startswith("indicators.") else F.label(path)


@dataclass(frozen=True)
class Progress:
    """Stands where a glossary entry stands (acts.Reading.term): its answer is the form's progress."""
    term: str = "填写进度"
    fields: tuple = ()
    aliases: tuple = ()

    def answer(self, form) -> str:
        from .flow import missing
        from .questions import order
        from .ops import shown as value_of
        done, left = [], []
        for f in order():
            if f == "year":
                continue
            try:
                empty = missing(form, f)
            except (KeyError, ValueError, AttributeError):
                continue
            (left if empty else done).append(f)
        shown = []
        for f in done:
            name = _label(f)
            try:
                value = value_of(form, "funding.total" if f == "funding" else f) if not f.startswith(("indicators.", "budget_items", "goals")) else ""
            except Exception:     # noqa: BLE001 — a field the preview cannot print is named without its value
                value = ""
            if f == "start" and form.start and form.end:
                value = f"{form.start}至{form.end}"
            value = str(value or "")
            shown.append(f"{name}（{value[:16]}{'…' if len(value) > 16 else ''}）" if value and value != name else name)
        text = f"表里一共{len(done) + len(left)}项，已填{len(done)}项" + (f"：{'、'.join(shown)}" if shown else "")
        text += f"；还没填{len(left)}项：{'、'.join(_label(f) for f in left)}。" if left else "；都填了。"
        return text + "接着回答下面这个问题就行。"


__all__ = ["Progress", "asks_progress"]
