"""Reading a correction: "改一下：总额是30万", "单位改成市信访局", "把满意度改为95%". Pure.

``parse_edit(text, form)`` returns ``(path, value_text)`` when the answer changes a field the
form has (or may have), else None. The value text is then read by the same parser as an
answer to that field, so "30万" and "三十万元" mean the same everywhere.
"""
from __future__ import annotations

import re

from ..model import Declaration, indicator_path
from ..textnum import normalize

# label → path, longest labels first when matching
LABELS = {
    "项目资金总额": "funding.total", "资金总额": "funding.total", "总金额": "funding.total", "总经费": "funding.total",
    "总预算": "funding.total", "总投资": "funding.total", "经费总额": "funding.total", "总额": "funding.total",
    "上年度结转": "funding.carryover", "上年结转": "funding.carryover", "结转": "funding.carryover",
    "本年度财政拨款": "funding.current_year", "本年财政拨款": "funding.current_year", "本年度预算": "funding.current_year",
    "本年预算": "funding.current_year", "财政拨款": "funding.current_year",
    "其他资金": "funding.other", "自筹资金": "funding.other",
    "项目名称": "project_name", "项目名": "project_name", "名称": "project_name",
    "项目单位": "unit", "实施单位": "unit", "单位": "unit",
    "主管部门": "department", "部门": "department",
    "预算功能科目": "function_code", "功能科目": "function_code", "科目": "function_code", "科目编码": "function_code",
    "项目属性": "attribute", "属性": "attribute",
    "起止时间": "start", "实施期": "start", "项目期限": "start", "实施时间": "start", "时间": "start",
    "开始时间": "start_only", "开始月份": "start_only", "结束时间": "end_only", "结束月份": "end_only",
    "项目概况": "overview", "概况": "overview", "立项依据": "basis", "依据": "basis",
    "必要性": "necessity", "可行性": "necessity",
    "预算明细": "budget_items", "支出明细": "budget_items", "明细": "budget_items",
    "年度目标": "goals.annual", "中长期目标": "goals.long_term", "长期目标": "goals.long_term",
    "负责人": "unit_head", "联系电话": "unit_phone", "电话": "unit_phone", "填报人": "filler",
    "人数": "fact.headcount", "聘用人数": "fact.headcount", "人员数量": "fact.headcount",
    "每人每月": "fact.monthly", "月工资": "fact.monthly", "工资标准": "fact.monthly",
}
_PREFIX = re.compile(r"^(?:改一下|改一改|更正一下|更正|修改一下|修改|改正|纠正|订正|不对|错了|刚才说错了|说错了)[，,：:。\s]*")
_VERB = r"(?:改成|改为|换成|应该是|应为|应是|更正为|修改为|是|为|=|：|:)"
_NUMERIC = r"[\d零一二两三四五六七八九十]"   # "改一下：每人每月6000元" needs no verb


def parse_edit(text: str, form: Declaration) -> tuple[str, str] | None:
    t = normalize(text).strip()
    had_prefix = bool(_PREFIX.match(t))
    t = _PREFIX.sub("", t)
    if not had_prefix and not re.search(r"改成|改为|换成|更正为|修改为", t):
        return None
    t = re.sub(r"^把", "", t)
    targets = {ind.name: indicator_path(form, i) for i, ind in enumerate(form.indicators) if ind.name}
    for i, it in enumerate(form.budget_items):
        if it.name:
            targets.setdefault(it.name, f"budget_items[{i}].amount")
    targets.update(LABELS)
    for label in sorted(targets, key=len, reverse=True):
        m = re.match(r"^(?:项目的?|我们的?)?" + re.escape(label) + r"\s*(?:" + _VERB + r"\s*(.+)|(" + _NUMERIC + r".*))$", t)
        value = m and (m.group(1) or m.group(2) or "").strip()
        if value:
            return targets[label], value.rstrip("。")
    return None
