"""A 财政评审 result pasted or said (送审 / 审定 / 核减 / 核减率): only the 审定 figure is the project's money. Pure.

    reviewed("送审金额512.6万元，审定金额468.3万元，核减44.3万元，核减率8.64%。其中：路基216.5万元，…")
    # "总额468.3万元。明细：路基216.5万元，…" — the lines only when they add up to the 审定 figure
    reviewed("报上去的送审数是512.6万，评审结论还没出来")     # "评审结论还没出来": what was sent in is no value

What was sent in for review (送审, 报审) is what the unit asked, not what it gets; what the review cut (核减 and its
rate) is no value of the form. A figure of either is dropped, so the rest is read as she said it — a 不知道 when
the review is still out.
"""
from __future__ import annotations

import re

from . import answers as A

_AMOUNT = r"(?P<n>\d[\d,]*(?:\.\d+)?\s*(?:万元|万|元))"
_APPROVED = re.compile(r"(?:审定|核定)(?:金额|数|价|造价|预算|投资|结果)?\s*(?:为|是|[：:])?\s*" + _AMOUNT)
_NOT_VALUES = re.compile(r"(?:送审|报审)(?:金额|数|价|造价|预算|投资)?|(?:核减|审减|核增)(?:金额|额|率|比例)?")
_CLAUSE = re.compile(r"[^，,。；;\n]+[，,。；;]?\n?|\n")
_OF_WHICH = re.compile(r"^(\s*)其中\s*[：:]?\s*")


def reviewed(text: str) -> str:
    """``text`` with the 送审 and 核减 figures of a review left out, its 审定 figure said as the total, and the lines
    after 其中 said as the budget's lines when they add up to it; ``text`` itself when it holds no such figure."""
    if not re.search(r"送审|报审|审定", text) or not _NOT_VALUES.search(text) or not re.search(r"\d", text):
        return text                      # ("总额核减了5万" alone is her correction, read as one)
    out, total = [], None
    for clause in _CLAUSE.findall(text):
        approved = _APPROVED.search(clause)
        if approved:
            total = A.amounts(A.prep(approved.group("n")))
            out.append(f"总额{approved.group('n')}" + ("。" if clause.rstrip("\n")[-1:] in "，,。；;" else "")
                       + ("\n" if clause.endswith("\n") else ""))
        elif _NOT_VALUES.search(clause) and re.search(r"\d", clause):
            out.append("\n" if clause.endswith("\n") else "")     # a figure sent in or cut: no value
        else:
            out.append(clause)
    said = "".join(out)
    if total:
        head, _, lines = said.partition("其中")
        got = A.amounts(A.prep(lines)) if lines else []
        if got and abs(sum(x[2] for x in got) - total[0][2]) < 0.005:
            said = head + _OF_WHICH.sub(r"\1明细：", "其中" + lines)     # the lines that make up the 审定 figure
    return re.sub(r"^[，,。；;\s]+", "", said)


__all__ = ["reviewed"]
