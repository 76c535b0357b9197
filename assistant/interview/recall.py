"""A figure she comes back to: "刚才四十个是最低数，审计项目写不少于四十个" quotes a figure of the form
(刚才 + the figure) and says it again with a bound; the row that holds it takes the bound. Pure.

    bound("审计项目写不少于", "")      # "≥"
    with_bound("=40个", "≥")          # "≥40个"
"""
from __future__ import annotations

import re

# 刚才/前面 right before a figure: she quotes what she said earlier (the figure to find, not a new one)
RECALLED = re.compile(r"(?:刚才|刚刚|之前|前面|上面|先前)(?:说|写|填|报)?的?(?:那个|这个)?\s*$")
_AT_LEAST = re.compile(r"(?:不少于|不低于|不小于|至少|最少|大于等于|>=|≥)\s*$")
_AT_MOST = re.compile(r"(?:不超过|不高于|不多于|不大于|至多|最多|小于等于|<=|≤|控制在)\s*$")
_ABOVE = re.compile(r"^\s*(?:及|或)?以上")
_BELOW = re.compile(r"^\s*(?:及|或)?(?:以下|以内|之内)")


def bound(head: str, tail: str) -> str:
    """The bound she puts on a figure by the words around it ("不少于40个", "40个以上"), or ""."""
    if _AT_LEAST.search(head) or _ABOVE.match(tail):
        return "≥"
    if _AT_MOST.search(head) or _BELOW.match(tail):
        return "≤"
    return ""


def with_bound(value: str, op: str) -> str:
    """A row's value with her bound in place of its own: "=40个" → "≥40个"; a value in words stays."""
    if not op or not re.match(r"\s*(?:[=≥≤<>]\s*)?\d", value):
        return value
    return op + re.sub(r"^\s*[=≥≤<>]\s*", "", value)


__all__ = ["RECALLED", "bound", "with_bound"]
