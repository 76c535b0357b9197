"""HTML for the form preview and the findings panel (pure: form/report in, HTML out).

Everything from a form or an answer is escaped (html.escape, quotes too); only our own markup
reaches the page. Every value in the sheet is an element with ``data-field``/``data-kind``
(fields.py) that the page's script turns into an editor on click. A section's progress counts
its required fields that are filled *and* raise no error finding: a wrong value is not done.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Iterable

from ..findings import Correction, Finding, Report, SEVERITY_LABEL
from ..lexicon import REQUIRED_FIELDS
from ..model import Declaration, Indicator, category_of, family_of
from .fields import INDICATOR_CATEGORIES, LABELS, SECTIONS, Row, in_category

FIELD_LABELS = {
    "department_code": "主管部门编码", "department_head": "主管部门负责人",
    "department_phone": "主管部门联系电话", "unit_head": "项目单位负责人", "unit_phone": "项目单位联系电话",
    "unit_functions": "单位职能", "funding": "项目资金", "indicators": "绩效指标", "fill_date": "填报日期",
    **{p: v for p, v in LABELS.items() if not p.startswith("indicators.")}, **REQUIRED_FIELDS,
}

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


# --- which rows are filled, which fail their rules -------------------------------------------

def _category_row(ind: Indicator, default: str = "indicators") -> str:
    cat = category_of(ind)
    if cat in INDICATOR_CATEGORIES or (cat := family_of(ind)) in INDICATOR_CATEGORIES:
        return f"indicators.{cat}"
    return default


def row_of(form: Declaration, path: str) -> str:
    """The preview row a finding's field belongs to (``goals.annual[1]`` → ``goals.annual``)."""
    if path in ("start", "end"):
        return "start"
    if path.startswith("budget_items"):
        return "budget_items"
    if m := re.match(r"^(goals\.(?:annual|long_term))", path):
        return m.group(1)
    if path.startswith("indicators:"):
        name = path.split(":", 1)[1]
        ind = next((i for i in form.indicators if i.name == name), None)
        return _category_row(ind, default=path) if ind is not None else path
    if (m := re.match(r"^indicators\[(\d+)\]", path)) and int(m.group(1)) < len(form.indicators):
        return _category_row(form.indicators[int(m.group(1))])
    if path.startswith("indicators."):
        return _category_row(Indicator(level2=path.split(".", 1)[1]), default=path)
    return path


def failing(form: Declaration, report: Report | None) -> set[str]:
    """Rows with an error finding (they do not count as done)."""
    return {row_of(form, f.field) for f in report.by_severity("error")} if report is not None else set()


def filled(form: Declaration, row: Row) -> bool:
    p = row.path
    if p == "start":
        return bool(form.start and form.end)
    if p == "year":
        return form.year is not None
    if p.startswith("funding."):
        return getattr(form.funding, p.split(".", 1)[1]) is not None
    if p == "budget_items":
        return bool(form.budget_items)
    if p.startswith("goals."):
        return bool(getattr(form.goals, p.split(".", 1)[1]))
    if p.startswith("indicators."):
        cat = p.split(".", 1)[1]
        return any(in_category(i, cat) and i.name and i.value for i in form.indicators)
    return bool(getattr(form, p, ""))


@dataclass(frozen=True)
class Section:
    title: str
    done: int
    total: int
    rows: list[Row]

    @property
    def complete(self) -> bool:
        return self.done >= self.total


def sections(form: Declaration, report: Report | None = None, bad: set[str] | None = None) -> list[Section]:
    """The form in reading order; ``done`` counts required rows that are filled and pass their rules
    (``bad``: the rows with an error finding, from ``report`` unless given)."""
    bad = failing(form, report) if bad is None else bad
    out = []
    for title, rows in SECTIONS:
        counted = [r for r in rows if r.counted]
        done = sum(1 for r in counted if filled(form, r) and r.path not in bad)
        out.append(Section(title, done, len(counted), rows))
    return out


def completion(form: Declaration, report: Report | None = None) -> tuple[int, int]:
    secs = sections(form, report)
    return sum(s.done for s in secs), sum(s.total for s in secs)


# --- the sheet --------------------------------------------------------------------------------

def _esc(s: str) -> str:
    return html.escape(s or "", quote=True)


def _num(x: float | None) -> str:
    return "" if x is None else f"{x:g}"


def _value(path: str, kind: str, text: str, raw: str | None = None) -> str:
    """An editable value (``data-kind`` left out for one line of text); ``data-raw`` when the
    editor opens with something other than the text shown; an empty one opens empty."""
    k = f' data-kind="{kind}"' if kind != "text" else ""
    if not text:
        return f'<span class="jx-empty" data-field="{_esc(path)}"{k}>{"点击填写" if kind != "ask" else "待填写"}</span>'
    rawattr = f' data-raw="{_esc(raw)}"' if raw is not None else ""
    return f'<span data-field="{_esc(path)}"{k}{rawattr}>{_esc(text)}</span>'


def _ask(path: str, label: str = "＋") -> str:
    return f'<span class="jx-add" data-field="{_esc(path)}" data-kind="ask" title="在对话中补充">{label}</span>'


def _cell(form: Declaration, row: Row) -> str:
    p, kind = row.path, row.kind
    if kind in ("text", "area"):
        return _value(p, kind, str(getattr(form, p) or ""))
    if kind == "year":
        return _value(p, kind, str(form.year or ""), raw=str(form.year or ""))
    if kind == "date":
        return _value(p, kind, form.fill_date, raw=form.fill_date)
    if kind == "period":
        period = f"{form.start} 至 {form.end}" if form.start or form.end else ""
        return _value(p, kind, period, raw=period)
    if kind == "money":
        x = getattr(form.funding, p.split(".", 1)[1])
        return _value(p, kind, f"{x:g} 万元" if x is not None else "", raw=_num(x))
    if kind == "goals":
        goals = getattr(form.goals, p.split(".", 1)[1])
        if not goals:
            return _value(p, kind, "")
        inner = "".join(f"<div>{_esc(g)}</div>" for g in goals)
        return f'<span data-field="{p}" data-kind="goals" data-raw="{_esc(chr(10).join(goals))}">{inner}</span>'
    if kind == "items":
        if not form.budget_items:
            return _value("budget_items", "ask", "")
        parts = []
        for i, it in enumerate(form.budget_items):
            months = f"{it.start}~{it.end}" if it.start or it.end else ""
            parts.append(
                f'<div class="jx-item">{_value(f"budget_items[{i}].name", "text", it.name)}　'
                f'{_value(f"budget_items[{i}].amount", "money", f"{it.amount:g} 万元" if it.amount is not None else "", raw=_num(it.amount))}'
                + (f'<small>　{_esc(months)}</small>' if months else "") + "</div>")
        return "".join(parts) + _ask("budget_items")
    cat = p.split(".", 1)[1]
    return _indicator_cell(form, p, lambda i: in_category(i, cat))


def _indicator_cell(form: Declaration, path: str, keep) -> str:
    parts = [f'<span class="jx-ind">{_value(f"indicators[{i}].name", "text", ind.name)} '
             f'{_value(f"indicators[{i}].value", "text", ind.value)}</span>'
             for i, ind in enumerate(form.indicators) if keep(ind)]
    if not parts:
        return _value(path, "ask", "")
    return "；".join(parts) + _ask(path)


def form_preview_html(form: Declaration, unconfirmed: Iterable[str] = (), highlight: Iterable[str] = (),
                      report: Report | None = None) -> str:
    """The declaration as an official-looking sheet; unconfirmed values are marked 待确认,
    rows with an error finding 有误; every value can be clicked to edit it."""
    pending = set(unconfirmed)
    hot = {row_of(form, p) for p in highlight}
    bad = failing(form, report)
    secs = sections(form, bad=bad)
    done, total = sum(s.done for s in secs), sum(s.total for s in secs)
    title = _esc(form.project_name) or "（项目名称待填）"
    out = ['<div class="jx-sheet" id="jx-sheet"><div class="jx-sheet-title">项目支出绩效目标申报表</div>',
           f'<div class="jx-sheet-sub">{title}<span class="jx-progress" id="jx-progress">已完成 {done}/{total}</span></div>']
    pending_rows = {row_of(form, p) for p in pending}
    for sec in secs:
        mark = '<span class="jx-mark jx-ok">✔</span>' if sec.complete else '<span class="jx-mark jx-todo">○</span>'
        out.append(f'<section class="jx-sec"><h4>{mark}{_esc(sec.title)}'
                   f'<small>{sec.done}/{sec.total}</small></h4><table class="jx-kv">')
        for row in sec.rows:
            cls, tags = [], ""
            if row.path in pending_rows:
                cls.append("jx-pending")
                tags += '<span class="jx-tag">待确认</span>'
            if row.path in bad and filled(form, row):
                cls.append("jx-bad")
                tags += '<span class="jx-tag jx-tag-bad">有误</span>'
            if row.path in hot:
                cls.append("jx-hot")
            if not row.counted:
                cls.append("jx-optional")
            klass = f' class="{" ".join(cls)}"' if cls else ""
            out.append(f'<tr{klass} data-path="{row.path}"><th>{_esc(row.label)}</th>'
                       f'<td>{_cell(form, row)}{tags}</td></tr>')
        if sec.title.startswith("五") and any(i.scope == "long_term" for i in form.indicators):
            out.append('<tr class="jx-optional" data-path="indicators.long_term"><th>中长期指标</th><td>'
                       + _indicator_cell(form, "indicators.long_term", lambda i: i.scope == "long_term")
                       + "</td></tr>")
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


def text_html(text: str, elem_id: str, cls: str = "") -> str:
    """A line of our own words that may quote a form or an answer: shown as text, never as markup."""
    body = f"<p>{_esc(text)}</p>" if text else ""
    return f'<div id="{elem_id}" class="jx-text {cls}">{body}</div>'


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
