""""同上" / "也一样": the value of the field just before the asked one, in the form's order. Pure.

    same_as(form)["department_head"]    # the unit's head: 主管部门负责人 asked right after 单位负责人
    SAME.match("电话也一样")              # a copy, not a value of its own

The unit's fields come first on the form, the 主管部门's after them, the 填报人 last; 同上 said for a
field copies the nearest filled field before it of the same kind (an organisation, a person, a phone).
"""
from __future__ import annotations

import re
from typing import Any

# for each field, the fields "just before" it of the same kind, nearest first
BEFORE = {"department": ("unit",), "department_head": ("unit_head",), "department_phone": ("unit_phone",),
          "filler": ("department_head", "unit_head")}
SAME = re.compile(r"^(?:那|就|也|还)?(?:(?:和|跟|同)(?:上面|前面|上边|前边)(?:的|那个)?(?:一样|相同)|"
                  r"(?:和|跟|同)(?:实施单位|项目单位|申报单位)(?:的|那个)?(?:一样|相同)?|同上一?(?:项|条|个|栏|行)?|同前|"
                  # "跟单位负责人是同一个人", "还是所长本人": the head named, the same person
                  r"(?:和|跟|同)(?:实施单位|项目单位|本单位|单位)?负责人(?:是)?(?:同一个人|一个人|一样|相同)|"
                  r"(?:也|就|还)?是?(?:局长|所长|站长|主任|馆长|院长|校长|队长|中心主任|负责人)本人|同左|一样的?|也一样|同(?:单位)?负责人|"
                  r"相同|(?:也|就|还)?是(?:同一个人?|一个人)|(?:也|就|还)?是?同一(?:个|家)(?:单位|部门)?|(?:也|就|还)是(?:它|这个|这家|他们|一家)|(?:电话|手机|号码|联系电话|负责人|名字|单位)?(?:也|都)?(?:一样|同上)的?)"
                  r"(?:吧|啊|呀|哈|哦|的)*$")


PHONE_OF = {"department_head": "department_phone", "unit_head": "unit_phone"}
_PHONE_WORD = re.compile(r"^(?:那|就|也|还)?(?:电话|手机|号码|联[系络]电话|联[系络]方式)")


# the asked field named before 同上 ("主管部门跟实施单位一样", "填报人同上"), or said the way 同上 means it
# ("主管部门也是我们局 同上": the unit is her own): that field, the same as before
_OWN_LABEL = {"department": r"主管部门|主管单位|主管", "department_head": r"主管部门负责人|负责人",
              "filler": r"填报人|填表人", "department_phone": r"电话|联系电话"}
_OURS = re.compile(r"^(?:也|就|还)?是我们(?:局|单位|自己|这里|这边)?(?:的)?$")
# the unit is a 一级预算单位 (no 主管 above it: its own 主管部门), said beside 同上 or alone for 主管部门
_FIRST_LEVEL = re.compile(r"^(?:本局|局里|我局|本单位|我们单位|我们|单位|本院|本委|本办)?(?:即|就|也)?(?:是)?一级预算单位(?:的)?$")


def copies(path: str, text: str, same: dict[str, str]) -> list[tuple[str, str]]:
    """(path, value) for a message that only says 同上: "同上，电话也一样" under 主管部门负责人 copies the
    unit's head and the unit's phone; [] when it says anything else or nothing is there to copy."""
    if path in _OWN_LABEL:
        text = re.sub(r"^(?:" + _OWN_LABEL[path] + r")(?:的话|嘛)?[，,\s]*(?=\S)", "", text)
    parts = [c for c in re.split(r"[，,。；;！!\s]+", text) if c]
    if path in _OWN_LABEL:               # "本局即一级预算单位，主管部门同实施单位": the label before 同 in a later clause too
        parts = [re.sub(r"^(?:" + _OWN_LABEL[path] + r")(?:的话|嘛)?(?=(?:和|跟|同|也|就|还))", "", c) for c in parts]
    if path == "department" and len(parts) > 1 and any(SAME.match(c) for c in parts):
        parts = [c for c in parts if not _OURS.match(c) and not _FIRST_LEVEL.match(c)]   # "也是我们局 同上": both say the unit
    if not parts or not all(SAME.match(c) for c in parts):
        return []
    out = []
    for c in parts:
        target = PHONE_OF.get(path, path) if _PHONE_WORD.match(c) else path
        if same.get(target) and all(p != target for p, _ in out):
            out.append((target, same[target]))
    return out


def expand(path: str, text: str, form: Any) -> str:
    """The message with 同上 written out: "同上，电话也一样" → "葛长海，电话13905581234" (read, and its
    numbers checked, like any answer); the message itself when it says more than 同上."""
    said = re.sub(r"^[\s。.!！]+|[\s。.!！]+$", "", text)
    got = copies(path, said, same_as(form))
    if not got and path in PHONE_OF:     # "同上，电话是0932-8213000": the person copied, the phone hers
        head, _, rest = said.partition("，") if "，" in said else said.partition(",")
        if rest and _PHONE_WORD.match(rest.strip()) and copies(path, head, same_as(form)):
            return f"{same_as(form)[path]}，{rest.strip()}"
    if not got:
        return text
    if path == "filler" and "本人" in said and len({getattr(form, h, "") or "" for h in ("department_head", "unit_head")} - {""}) > 1:
        return text                      # "还是局长本人": which of two heads is not said
    return "，".join(v if p == path else f"电话{v}" for p, v in got)


def same_as(form: Any) -> dict[str, str]:
    """path → the value 同上 gives it (only fields with a filled field before them)."""
    out = {}
    for path, before in BEFORE.items():
        for src in before:
            v = getattr(form, src, "") or ""
            if v:
                out[path] = v
                break
    return out


__all__ = ["SAME", "BEFORE", "copies", "expand", "same_as"]
