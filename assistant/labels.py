"""A finding's field path in words (审核意见, reports, the text report of ``jixiao check``), without pydantic.

The words are the models' field descriptions (``DESCRIPTIONS``; tests/test_review_opinion.py holds them equal
to ``model.py``'s), so the text report of a plain JSON check (cli/render.py) does not import the models.
"""
from __future__ import annotations

import functools
import re

# the descriptions of model.py's fields that field_label reads (Declaration's, Funding's, BudgetItem's)
DESCRIPTIONS = {
    "Funding": {"total": "项目资金总额（万元）", "carryover": "上年度项目资金结转（万元）",
                "current_year": "本年度预算 / 本年财政拨款（万元）", "other": "本年度安排其他资金（万元）"},
    "BudgetItem": {"name": "明细项目名称", "amount": "金额（万元）", "start": "起始月份 YYYY-MM", "end": "结束月份 YYYY-MM"},
    "Declaration": {
        "year": "预算年度", "project_name": "项目名称", "department": "主管部门", "department_code": "主管部门编码",
        "department_head": "主管部门负责人", "department_phone": "主管部门联系电话", "unit": "项目单位 / 实施单位",
        "unit_head": "项目单位负责人", "unit_phone": "项目单位联系电话", "unit_functions": "部门职能 / 单位职能",
        "function_code": "预算功能科目，7位数字（类3款2项2）", "attribute": "项目属性：新增 或 延续",
        "start": "项目开始月份 YYYY-MM", "end": "项目结束月份 YYYY-MM", "overview": "项目概况", "basis": "项目立项依据",
        "necessity": "项目实施必要性及可行性", "filler": "填报人", "fill_date": "填报日期 YYYY-MM-DD"},
}
_TOP = {"funding": "资金来源", "budget_items": "预算明细", "goals": "总体目标", "indicators": "绩效指标"}
_GOALS = {"annual": "年度目标", "long_term": "中长期目标"}
_ROW = re.compile(r"indicators\[(\d+)\]")
_GOAL = re.compile(r"goals\.(annual|long_term)(?:\[(\d+)\])?")
_ITEM = re.compile(r"budget_items\[(\d+)\](?:\.(\w+))?")
_FUNDING = re.compile(r"funding\.(\w+)")
_FIRST_WORDS = re.compile(r"[，,：:]| YYYY| /")


@functools.lru_cache(maxsize=4096)  # a batch repeats the same few hundred paths thousands of times
def field_label(path: str) -> str:
    """A finding's field path in words: ``budget_items[1].amount`` → 预算明细第2项·金额（万元）."""
    if not path:
        return "（整表）"
    if path.startswith("indicators:"):
        return f"指标「{path.split(':', 1)[1]}」"
    if m := _ROW.fullmatch(path):
        return f"绩效指标第{int(m.group(1)) + 1}行"
    if path.startswith("indicators."):
        return path.split(".", 1)[1]
    if m := _GOAL.fullmatch(path):
        return _GOALS[m.group(1)] + (f"第{int(m.group(2)) + 1}条" if m.group(2) else "")
    if m := _ITEM.fullmatch(path):
        sub = DESCRIPTIONS["BudgetItem"].get(m.group(2) or "")
        return f"预算明细第{int(m.group(1)) + 1}项" + (f"·{sub}" if sub else "")
    if m := _FUNDING.fullmatch(path):
        return DESCRIPTIONS["Funding"].get(m.group(1)) or path
    if path in _TOP:
        return _TOP[path]
    description = DESCRIPTIONS["Declaration"].get(path)
    if description:
        return _FIRST_WORDS.split(description)[0]
    return path
