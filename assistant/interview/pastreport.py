"""A report on a year gone by, pasted as the answer (last year's 绩效自评报告, a 工作总结, a 执行情况 or 决算 report): what
it counts and spends is that year's, never a value of this year's form; only who runs the project carries over.
Pure.

    text, note = past_report(message, today)   # the unit and the 主管部门 it names as labelled facts, and what is
                                               # said back; (message, "") when it is no such report

A report is known by its title or the words before it: a report word (自评报告, 评价报告, 总结, 执行情况, 决算) beside a
year before today's (2024年度 … 自评报告 in 2025) or beside 去年 / 上年 / 往年. Its title is no project name, its
amounts, counts and rates are no figures of hers for this year.
"""
from __future__ import annotations

import datetime as dt
import re

_REPORT = r"(?:自评报告|评价报告|绩效报告|工作总结|总结报告|执行情况|决算报告|完成情况报告)"
_YEAR = re.compile(r"(20\d\d)\s*年度?")
_LAST = re.compile(r"去年|上年|上一年|往年|前年")
_ORG = r"([\u4e00-\u9fa5（）()]{2,24}?(?:局|委员会|委|办公室|办|中心|站|所|院|馆|队|会|室|部|厅|校|学校|政府))"
_HEAD = re.compile(r"由" + _ORG + r"(?:主管|归口管理|归口)")
_UNIT = re.compile(r"(?:^|[，,。；;、由])" + _ORG + r"(?:具体)?(?:负责)?(?:组织)?(?:实施|承担|承办|执行)")
_HEAD_SAID = re.compile(r"主管部门(?:为|是|[：:])\s*" + _ORG)
_UNIT_SAID = re.compile(r"(?:实施单位|项目单位|承担单位)(?:为|是|[：:])\s*" + _ORG)


def _of_past(head: str, today: dt.date) -> bool:
    if not re.search(_REPORT, head):
        return False
    years = [int(y) for y in _YEAR.findall(head)]
    return any(y < today.year for y in years) or bool(_LAST.search(head))


def past_report(text: str, today: dt.date) -> tuple[str, str]:
    lines = [ln.strip() for ln in (text or "").splitlines() if ln.strip()]
    if len(lines) < 2 or not _of_past("\n".join(lines[:2]), today):
        return text, ""
    body = "\n".join(lines)
    head = _HEAD_SAID.search(body) or _HEAD.search(body)
    unit = _UNIT_SAID.search(body) or _UNIT.search(body)
    said = [f"主管部门：{head.group(1)}"] if head else []
    said += [f"实施单位：{unit.group(1)}"] if unit and (not head or unit.group(1) != head.group(1)) else []
    note = ("这是往年的报告：其中的金额、数量和指标是那一年的，没有当作今年的填进表里"
            + ("，只记了单位。" if said else "。") + "今年的数请直接告诉我。")
    return "；".join(said), note


__all__ = ["past_report"]
