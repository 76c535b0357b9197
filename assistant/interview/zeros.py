"""A figure with a zero too many or too few ("养护里程多打了一个0", "总额少写了个零"): the figure she names, divided or
multiplied by ten for each zero, said back as a change. Only a figure already in the form, named by its label or its
row's printed name, is changed — nothing is made up: the new figure follows from hers and her words. With her new
figure given in the same message ("总额多打了个0，应该是60万") the zero words only mark a correction (``marked``).

    marked("总额多打了个0，应该是60万")   # "总额错了，应该是60万"
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import fields as F
from .answers import Fill, Patch
from .ops import field_label

if TYPE_CHECKING:
    from .engine import Interview, Reply

_ZEROS = re.compile(r"(?P<way>多|少)(?:打|写|输|敲|填|按|录|报|加|算)?(?:了)?(?P<n>一|两|二|1|2)?个\s*(?:0|零|〇)")
# her new figure given after the zero words ("…多打了个0，应该是60万", "…多了一个零，总额是386万不是3860")
_GIVEN = re.compile(r".*?(?:是|为|改成|改为)\s*[\d零一二两三四五六七八九十]", re.S)
_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def marked(text: str) -> str:
    """"…多打了个0，应该是60万": the zero words as a correction's mark, her figure then read as any correction's."""
    m = _ZEROS.search(text)
    if m is None or not _GIVEN.match(text[m.end():]):
        return text
    return text[:m.start()] + "错了" + text[m.end():]


def run(iv: "Interview", text: str, reply: "Reply") -> bool:
    """The one figure she names, with its zeros put right; False when the message says no such thing."""
    m = _ZEROS.search(text)
    if m is None or len(text) > 30 or _GIVEN.match(text[m.end():]):
        return False
    ms = [x for x in F.mentions(text[:m.start()] + "错了", iv.form) if x.start < m.start()]
    paths = list(dict.fromkeys(x.path for x in ms))
    if not paths and not text[:m.start()].strip("，,。 刚才刚刚那个这个前面上面我") and _one_figure(iv, iv.prev_field):
        paths = [iv.prev_field]          # "刚才多打了个0" right after an answer of one figure: that answer's
    if len(paths) != 1:
        reply.said.append("听出有个数多打或少打了0，但没听出是哪一项，表里没有改动。请说“改一下：<名称>是……”，"
                          "例如“改一下：项目资金总额是60万”。")
        return True
    path = paths[0]
    k = 10 ** (2 if m.group("n") in ("两", "二", "2") else 1)
    scale = (lambda v: v / k) if m.group("way") == "多" else (lambda v: v * k)
    fill = _fill(iv, path, scale, text)
    if fill is None:
        reply.said.append(f"「{field_label(iv.form, path)}」现在没有可以改的数字，表里没有改动；请直接说正确的数，如“改一下：{field_label(iv.form, path)}是……”。")
        return True
    iv.aimed = list(getattr(iv, "aimed", [])) + [fill.path]
    iv.apply_patch(Patch([fill]), reply)
    return True


def _one_figure(iv: "Interview", path: str) -> bool:
    from .apply import get
    if not path or F.kind(path) not in ("money", "count") and not path.startswith(("indicators:", "budget_items")):
        return False
    try:
        return isinstance(get(iv.form, path), (int, float))
    except (AttributeError, IndexError, KeyError, ValueError):
        return False


def _fill(iv: "Interview", path: str, scale, text: str) -> Fill | None:
    from .apply import get
    if path.startswith("indicators:"):
        row = next((i for i in iv.form.indicators if i.name == path.split(":", 1)[1]), None)
        figs = _FIGURE.findall(row.value) if row is not None else []
        if row is None or len(figs) != 1:
            return None                  # (a value with two figures, "3-5天": which one is not said)
        new = f"{scale(float(figs[0])):g}"
        return Fill(path, dict(row.model_dump(), value=_FIGURE.sub(new, row.value, count=1)), kind="stated", detail=text,
                    primary=True)
    if re.fullmatch(r"budget_items\[\d+\]", path):
        path += ".amount"
    try:
        old = get(iv.form, path)
    except (AttributeError, IndexError, KeyError):
        return None
    if not isinstance(old, (int, float)) or isinstance(old, bool) or not old:
        return None
    return Fill(path, round(scale(float(old)), 6), kind="stated", detail=text, primary=True)


__all__ = ["marked", "run"]
