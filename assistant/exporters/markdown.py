"""Markdown export: the same sections as the official table, readable in any viewer.

Text from the form is data, never markup: ``md_text`` writes & < > as HTML entities (so no viewer
renders a tag, e.g. ``<img onerror>`` in a project name) and backslash-escapes the characters that
start Markdown links, images, emphasis, code and table cells; line breaks become ``<br>``, the
only markup the export writes itself.
"""
from __future__ import annotations

import html
import re

from ..model import Declaration
from . import layout

_MARKDOWN = re.compile(r"([\\`*_\[\]|~])")


def md_text(text: str) -> str:
    """``text`` as literal Markdown text (HTML entities, backslash escapes, ``<br>`` for line breaks)."""
    text = html.escape(text or "", quote=False)
    return _MARKDOWN.sub(r"\\\1", text).replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")


def to_markdown(form: Declaration) -> str:
    f = form.funding
    out = [f"# {md_text(layout.title(form))}", "", "## 基本信息", "", "| 项目 | 内容 |", "|---|---|"]
    basics = [("项目名称", form.project_name), ("主管部门", form.department), ("主管部门编码", form.department_code),
              ("主管部门负责人", form.department_head), ("主管部门联系电话", form.department_phone),
              ("项目单位", form.unit), ("项目单位负责人", form.unit_head), ("项目单位联系电话", form.unit_phone),
              ("部门职能", form.unit_functions)]
    out += [f"| {k} | {md_text(v)} |" for k, v in basics]
    out += ["", "## 项目情况", "", "| 项目 | 内容 |", "|---|---|"]
    facts = [("预算功能科目", form.function_code), ("项目属性", form.attribute),
             ("项目实施起止时间", layout.period(form.start, form.end)), ("项目概况", form.overview),
             ("项目立项依据", form.basis), ("项目实施必要性及可行性", form.necessity)]
    out += [f"| {k} | {md_text(v)} |" for k, v in facts]
    out += ["", "## 资金来源（万元）", "", "| 项目资金总额 | 上年度项目资金结转 | 本年度预算 | 本年度安排其他资金 |",
            "|---|---|---|---|",
            f"| {layout.amount(f.total)} | {layout.amount(f.carryover)} | {layout.amount(f.current_year)} | {layout.amount(f.other)} |",
            "", "## 预算明细", "", "| 明细项目名称 | 金额（万元） | 起止时间 |", "|---|---|---|"]
    out += [f"| {md_text(i.name)} | {layout.amount(i.amount)} | {md_text(layout.period(i.start, i.end))} |"
            for i in form.budget_items]
    out += ["", "## 总体目标", "", "### 中长期目标", ""]
    out += [f"{k}. {md_text(g)}" for k, g in enumerate(form.goals.long_term, start=1)] or ["（未填写）"]
    out += ["", "### 年度目标", ""]
    out += [f"{k}. {md_text(g)}" for k, g in enumerate(form.goals.annual, start=1)] or ["（未填写）"]
    out += ["", "## 绩效指标", "", "| 范围 | 一级指标 | 二级指标 | 三级指标 | 指标值 |", "|---|---|---|---|---|"]
    scope = {"annual": "年度", "long_term": "中长期"}
    out += [f"| {scope[i.scope]} | {md_text(i.level1)} | {md_text(i.level2)} | {md_text(i.name)} | {md_text(i.value)} |"
            for i in form.indicators]
    out += ["", f"填报人：{md_text(form.filler)}　　填报日期：{md_text(form.fill_date)}", ""]
    return "\n".join(out)
