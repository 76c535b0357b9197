"""HTML for the form preview and the findings panel (pure: form/report in, HTML out).

Everything the applicant typed is escaped; only our own markup reaches the page.
Sections carry a completion mark (✔ complete / ○ not yet) so the applicant sees what is left.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Iterable

from ..findings import Correction, Finding, Report, SEVERITY_LABEL
from ..lexicon import REQUIRED_FIELDS
from ..model import Declaration, Indicator, category_of, family_of

FIELD_LABELS = {
    "year": "预算年度", "department_code": "主管部门编码", "department_head": "主管部门负责人",
    "department_phone": "主管部门联系电话", "unit_head": "项目单位负责人", "unit_phone": "项目单位联系电话",
    "unit_functions": "单位职能", "funding.carryover": "上年结转", "funding.current_year": "本年度预算",
    "funding.other": "其他资金", "budget_items": "预算明细", "goals.annual": "年度目标",
    "goals.long_term": "中长期目标", "indicators": "绩效指标", "filler": "填报人", "fill_date": "填报日期",
    "funding": "项目资金", **REQUIRED_FIELDS,
}

# Categories a complete annual indicator set covers (财预〔2021〕101号 framework).
INDICATOR_CATEGORIES = ("数量指标", "质量指标", "时效指标", "成本指标", "效益指标", "满意度指标")

INDICATOR_HEADERS = ["范围", "一级指标", "二级指标", "三级指标", "指标值"]
SCOPE_LABEL = {"annual": "年度", "long_term": "中长期"}
_SCOPE_FROM_LABEL = {"年度": "annual", "中长期": "long_term", "annual": "annual", "long_term": "long_term"}

_ORDER = ("error", "warning", "info")


def field_label(path: str) -> str:
    """A Chinese name for a declaration path: ``budget_items[1].amount`` → 预算明细第2项 金额."""
    if path in FIELD_LABELS:
        return FIELD_LABELS[path]
    if path.startswith("indicators:"):
        return f"指标「{path.split(':', 1)[1]}」"
    if m := re.match(r"^indicators\[(\d+)\]", path):
        return f"第{int(m.group(1)) + 1}条指标"
    if m := re.match(r"^budget_items\[(\d+)\](?:\.(\w+))?$", path):
        part = {"amount": " 金额", "start": " 开始时间", "end": " 结束时间", "name": " 名称"}.get(m.group(2) or "", "")
        return f"预算明细第{int(m.group(1)) + 1}项{part}"
    if m := re.match(r"^goals\.(annual|long_term)\[(\d+)\]$", path):
        return f"{FIELD_LABELS['goals.' + m.group(1)]}第{int(m.group(2)) + 1}条"
    if m := re.match(r"^indicators\.(.+)$", path):
        return m.group(1)
    return path


@dataclass(frozen=True)
class Section:
    title: str
    done: int
    total: int
    rows: list[tuple[str, str, str]]   # (label, value text, path)

    @property
    def complete(self) -> bool:
        return self.done >= self.total


def _num(x: float | None) -> str:
    if x is None:
        return ""
    return f"{x:g}"


def _money(x: float | None) -> str:
    return f"{_num(x)} 万元" if x is not None else ""


def covered_categories(form: Declaration) -> set[str]:
    """Which of INDICATOR_CATEGORIES have at least one annual row with a value."""
    out = set()
    for ind in form.indicators:
        if ind.scope != "annual" or not (ind.name and ind.value):
            continue
        out.add(category_of(ind))
        out.add(family_of(ind))
    return out & set(INDICATOR_CATEGORIES)


def sections(form: Declaration) -> list[Section]:
    """The form in reading order, each part with how many of its required entries are filled."""
    period = f"{form.start} 至 {form.end}" if form.start or form.end else ""
    basic = [("预算年度", str(form.year or ""), "year"), ("项目名称", form.project_name, "project_name"),
             ("主管部门", form.department, "department"), ("项目单位", form.unit, "unit"),
             ("预算功能科目", form.function_code, "function_code"), ("项目属性", form.attribute, "attribute"),
             ("实施期限", period, "start")]
    extra = [("单位负责人", form.unit_head, "unit_head"), ("联系电话", form.unit_phone, "unit_phone")]
    text = [("项目概况", form.overview, "overview"), ("立项依据", form.basis, "basis"),
            ("必要性及可行性", form.necessity, "necessity")]
    f = form.funding
    money = [("资金总额", _money(f.total), "funding.total"), ("上年结转", _money(f.carryover), "funding.carryover"),
             ("本年度预算", _money(f.current_year), "funding.current_year"), ("其他资金", _money(f.other), "funding.other")]
    items = [(f"明细{i + 1}", f"{it.name}　{_money(it.amount)}　{it.start}~{it.end}".strip("　~ "),
              f"budget_items[{i}]") for i, it in enumerate(form.budget_items)]
    goals = ([("中长期目标", g, f"goals.long_term[{i}]") for i, g in enumerate(form.goals.long_term)]
             + [("年度目标", g, f"goals.annual[{i}]") for i, g in enumerate(form.goals.annual)])
    covered = covered_categories(form)
    cats = [(c, "；".join(f"{i.name} {i.value}".strip() for i in form.indicators
                          if i.scope == "annual" and c in (category_of(i), family_of(i))),
             f"indicators.{c}") for c in INDICATOR_CATEGORIES]
    long_rows = [i for i in form.indicators if i.scope == "long_term"]
    if long_rows:
        cats.append(("中长期指标", "；".join(f"{i.name} {i.value}".strip() for i in long_rows), "indicators.long_term"))
    return [
        Section("一、基本信息", sum(bool(v) for _, v, _ in basic), len(basic), basic + [r for r in extra if r[1]]),
        Section("二、项目情况", sum(bool(v) for _, v, _ in text), len(text), text),
        Section("三、资金情况", int(f.total is not None) + int(bool(form.budget_items)), 2,
                [r for r in money if r[1] or r[2] == "funding.total"] + items),
        Section("四、绩效目标", int(bool(form.goals.annual)) + int(bool(form.goals.long_term)), 2,
                goals or [("年度目标", "", "goals.annual"), ("中长期目标", "", "goals.long_term")]),
        Section("五、绩效指标", len(covered & set(INDICATOR_CATEGORIES)), len(INDICATOR_CATEGORIES), cats),
    ]


def completion(form: Declaration) -> tuple[int, int]:
    secs = sections(form)
    return sum(s.done for s in secs), sum(s.total for s in secs)


def _esc(s: str) -> str:
    return html.escape(s or "", quote=True)


def form_preview_html(form: Declaration, unconfirmed: Iterable[str] = (), highlight: Iterable[str] = ()) -> str:
    """The declaration as an official-looking sheet; unconfirmed values are marked 待确认."""
    pending = set(unconfirmed)
    hot = set(highlight)
    done, total = completion(form)
    title = _esc(form.project_name) or "（项目名称待填）"
    out = ['<div class="jx-sheet" id="jx-sheet"><div class="jx-sheet-title">项目支出绩效目标申报表</div>',
           f'<div class="jx-sheet-sub">{title}<span class="jx-progress">已完成 {done}/{total}</span></div>']
    for sec in sections(form):
        mark = '<span class="jx-mark jx-ok">✔</span>' if sec.complete else '<span class="jx-mark jx-todo">○</span>'
        out.append(f'<section class="jx-sec"><h4>{mark}{_esc(sec.title)}'
                   f'<small>{sec.done}/{sec.total}</small></h4><table class="jx-kv">')
        for label, value, path in sec.rows:
            cls = []
            note = ""
            if path in pending or any(p.startswith(path + ".") or p.startswith(path + "[") for p in pending):
                cls.append("jx-pending")
                note = '<span class="jx-tag">待确认</span>'
            if path in hot:
                cls.append("jx-hot")
            shown = _esc(value) if value else '<span class="jx-empty">待填写</span>'
            out.append(f'<tr class="{" ".join(cls)}" data-path="{_esc(path)}"><th>{_esc(label)}</th>'
                       f'<td>{shown}{note}</td></tr>')
        out.append("</table></section>")
    out.append("</div>")
    return "".join(out)


def is_blank(form: Declaration) -> bool:
    return form == Declaration()


def findings_html(report: Report, blank: bool = False) -> str:
    """Findings grouped 错误 / 警告 / 提示, each with where, what and the suggested fix."""
    if blank:
        return '<div class="jx-findings jx-idle" id="jx-findings">开始填写后，这里会实时显示规则检查结果。</div>'
    if not report.findings:
        return '<div class="jx-findings jx-clean" id="jx-findings">✔ 规则检查未发现问题。</div>'
    counts = {s: len(report.by_severity(s)) for s in _ORDER}
    out = ['<div class="jx-findings" id="jx-findings"><div class="jx-counts"><b>检查结果</b>'
           + "".join(f'<span class="jx-count jx-{s}">{SEVERITY_LABEL[s]} {counts[s]}</span>' for s in _ORDER)
           + "</div>"]
    for sev in _ORDER:
        items = report.by_severity(sev)
        if not items:
            continue
        out.append(f'<div class="jx-group jx-{sev}"><h5>{SEVERITY_LABEL[sev]}（{len(items)}）</h5><ol>')
        for f in items:
            out.append(_finding_li(f))
        out.append("</ol></div>")
    out.append("</div>")
    return "".join(out)


def _finding_li(f: Finding) -> str:
    sug = f'<div class="jx-sug">建议：{_esc(f.suggestion)}</div>' if f.suggestion else ""
    return (f'<li data-code="{_esc(f.code)}"><b class="jx-title" title="{_esc(f.code)}">{_esc(f.title)}</b> '
            f'<span class="jx-where">{_esc(field_label(f.field))}</span>{_esc(f.message)}{sug}</li>')


def correction_label(c: Correction) -> str:
    return f"{field_label(c.field)}：{_fmt(c.old)} → {_fmt(c.new)}（{c.reason}）"


def _fmt(x) -> str:
    return f"{x:g}" if isinstance(x, float) else str(x)


# --- the editable indicator table ---------------------------------------------------

def indicator_rows(form: Declaration) -> list[list[str]]:
    return [[SCOPE_LABEL.get(i.scope, "年度"), i.level1, i.level2, i.name, i.value] for i in form.indicators]


def rows_to_indicators(rows: list[list]) -> list[Indicator]:
    """Table rows back to indicators; blank rows are dropped, an unknown 范围 counts as 年度."""
    out = []
    for row in rows or []:
        cells = [("" if c is None else str(c)).strip() for c in list(row) + [""] * 5][:5]
        if not any(cells[1:]):
            continue
        scope = _SCOPE_FROM_LABEL.get(cells[0], "annual")
        out.append(Indicator(scope=scope, level1=cells[1], level2=cells[2], name=cells[3], value=cells[4]))
    return out
