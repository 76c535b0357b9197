"""The official table layout of a declaration, independent of the file format.

Five grid columns: a section label (merged down its block), then label | value | label | value.
Sections follow the seed template: 基本信息, 项目情况, 资金来源（万元）, 预算明细, 总体目标,
绩效指标; the title carries the year and the signature line the filler and date. The docx
and xlsx writers render these rows; the importers read them back by the same labels.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Declaration, Indicator
from ..textnum import parse_month

COLS = 5
TITLE = "项目支出绩效目标申报表"


@dataclass
class Span:
    text: str
    col: int
    width: int = 1
    kind: str = "value"         # label | value | section | head
    merge_up: bool = False      # continues the cell above (vertical merge)


Row = list[Span]


def title(form: Declaration) -> str:
    return f"{TITLE}（{form.year}年度）" if form.year else TITLE


def signature(form: Declaration) -> str:
    return f"填报人：{form.filler}        填报日期：{form.fill_date}"


def amount(x: float | None) -> str:
    return "" if x is None else f"{x:.6f}".rstrip("0").rstrip(".")


def period(start: str, end: str) -> str:
    return f"{start}~{end}" if start or end else ""


def rows(form: Declaration) -> list[Row]:
    out: list[Row] = []
    _section(out, "基本信息", [
        [_l("项目名称", 1), _v(form.project_name, 2, 3)],
        [_l("主管部门", 1), _v(form.department, 2), _l("主管部门编码", 3), _v(form.department_code, 4)],
        [_l("主管部门负责人", 1), _v(form.department_head, 2), _l("联系电话", 3), _v(form.department_phone, 4)],
        [_l("项目单位", 1), _v(form.unit, 2, 3)],
        [_l("项目单位负责人", 1), _v(form.unit_head, 2), _l("联系电话", 3), _v(form.unit_phone, 4)],
        [_l("部门职能", 1), _v(form.unit_functions, 2, 3)],
    ])
    if _is_month(form.start) and _is_month(form.end) or not (form.start or form.end):
        when = [[_l("项目实施起止时间（年月）", 1), _v(period(form.start, form.end), 2, 3)]]
    else:
        when = [[_l("开始时间", 1), _v(form.start, 2), _l("结束时间", 3), _v(form.end, 4)]]
    _section(out, "项目情况", [
        [_l("预算功能科目", 1), _v(form.function_code, 2), _l("项目属性", 3), _v(form.attribute, 4)],
        *when,
        [_l("项目概况", 1), _v(form.overview, 2, 3)],
        [_l("项目立项依据", 1), _v(form.basis, 2, 3)],
        [_l("项目实施必要性及可行性", 1), _v(form.necessity, 2, 3)],
    ])
    f = form.funding
    _section(out, "资金来源（万元）", [
        [_l("项目资金总额", 1), _l("上年度项目资金结转", 2), _l("本年度预算", 3), _l("本年度安排其他资金", 4)],
        [_v(amount(f.total), 1), _v(amount(f.carryover), 2), _v(amount(f.current_year), 3), _v(amount(f.other), 4)],
    ])
    items = [[_h("明细项目名称", 1), _h("金额（万元）", 2), _h("起止时间（年、月）", 3, 2)]]
    for it in form.budget_items:
        items.append([_v(it.name, 1), _v(amount(it.amount), 2), _v(period(it.start, it.end), 3, 2)])
    total = sum(it.amount or 0 for it in form.budget_items)
    items.append([_l("合计", 1), _v(amount(total) if form.budget_items else "", 2), _v("", 3, 2)])
    _section(out, "预算明细", items)
    _section(out, "总体目标", [
        [_l("中长期目标", 1, 2), _l("年度目标", 3, 2)],
        [_v(_goals(form.goals.long_term), 1, 2), _v(_goals(form.goals.annual), 3, 2)],
    ])
    ind_rows: list[Row] = []
    scopes = [s for s in ("long_term", "annual") if any(i.scope == s for i in form.indicators)]
    for scope in scopes or ["annual"]:
        if len(scopes) > 1 or scope == "long_term":
            ind_rows.append([_s("中长期绩效指标" if scope == "long_term" else "年度绩效指标", 1, 4)])
        ind_rows.extend(_indicator_rows([i for i in form.indicators if i.scope == scope]))
    _section(out, "绩效指标", ind_rows)
    return out


def _indicator_rows(inds: list[Indicator]) -> list[Row]:
    out = [[_h("一级指标", 1), _h("二级指标", 2), _h("三级指标", 3), _h("指标值", 4)]]
    prev: Indicator | None = None
    for ind in inds:
        same1 = prev is not None and ind.level1 and ind.level1 == prev.level1
        same2 = same1 and ind.level2 and ind.level2 == prev.level2
        out.append([Span(ind.level1, 1, kind="label", merge_up=bool(same1)),
                    Span(ind.level2, 2, kind="label", merge_up=bool(same2)),
                    _v(ind.name, 3), _v(ind.value, 4)])
        prev = ind
    return out


def _goals(goals: list[str]) -> str:
    return "\n".join(f"目标{i}：{g}" for i, g in enumerate(goals, start=1))


def _is_month(text: str) -> bool:
    return bool(text) and parse_month(text) == text


def _section(out: list[Row], name: str, block: list[Row]) -> None:
    for k, row in enumerate(block):
        out.append([Span(name, 0, kind="section", merge_up=k > 0), *row])


def _l(text: str, col: int, width: int = 1) -> Span:
    return Span(text, col, width, "label")


def _h(text: str, col: int, width: int = 1) -> Span:
    return Span(text, col, width, "head")


def _s(text: str, col: int, width: int = 1) -> Span:
    return Span(text, col, width, "head")


def _v(text: str, col: int, width: int = 1) -> Span:
    return Span(text or "", col, width, "value")
