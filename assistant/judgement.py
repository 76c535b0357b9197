"""Offline judgement heuristics: ``indicator_irrelevant`` by domain markers.

Judgement codes need reading the project; an LLM engine does that when configured.
Offline we flag only the clear case: an indicator whose name carries a term that
belongs to one specific field of work (党员, 污水管网, 森林覆盖率, 农民增收 …) while
nothing in the project's own text (name, unit, functions, overview, basis, goals,
budget items) mentions that field — typically a row copied from another form.
These findings never replace or remove a rule finding.
"""
from __future__ import annotations

from functools import lru_cache

from .findings import Finding, Kind, Severity
from .lazyre import LazyPattern, lazy
from .formdata import PlainDeclaration as Declaration, indicator_path

# (marker in an indicator name, words any of which in the project text makes it relevant)
DOMAINS: list[tuple[LazyPattern, LazyPattern, str]] = [
    (lazy(r"党员|党组织|党建"), lazy(r"党员|党建|党组织|组织部|党校|党务|党群"), "党建"),
    (lazy(r"农民增收|农户|农作物|耕地|化肥|种植|养殖|粮食|亩均|农田"),
     lazy(r"农|亩|种植|养殖|粮|耕地|乡村振兴|畜牧|渔"), "农业"),
    (lazy(r"污水|管网|排水"), lazy(r"污水|管网|排水|水务|供水|市政工程|市政设施|城建"), "污水管网"),
    (lazy(r"森林|造林|林地|林木|植被覆盖"), lazy(r"森林|林业|造林|林地|绿化|林草|林木|植树"), "林业"),
    (lazy(r"学生|在校生|入学率|辍学|升学|生均"), lazy(r"学|教育|校|教师|资助"), "教育"),
    (lazy(r"患者|病床|诊疗|就诊|住院|疫苗|接种|慢病|建档率"), lazy(r"卫生|医|健康|病|疾控|疫"), "医疗卫生"),
    (lazy(r"公路|路面|道路|桥梁|通车"), lazy(r"路|交通|桥|养护"), "交通"),
    (lazy(r"信访|来访"), lazy(r"信访|来访|接访"), "信访"),
    (lazy(r"游客|景区"), lazy(r"旅游|景区|文旅|游客"), "旅游"),
    (lazy(r"空气质量|PM2\.?5|优良天数"), lazy(r"环境|大气|空气|生态环境|环保"), "大气环境"),
    (lazy(r"水质|断面"), lazy(r"水|河|湖|流域|环境"), "水环境"),
]


def _context(form: Declaration) -> str:
    parts = [form.project_name, form.unit, form.department, form.unit_functions, form.overview, form.basis,
             form.necessity, *form.goals.annual, *form.goals.long_term, *(it.name for it in form.budget_items)]
    return " ".join(p for p in parts if p)


@lru_cache(maxsize=8192)     # a batch repeats its indicator names
def _domains(name: str) -> tuple[tuple[LazyPattern, str], ...]:
    """(context words, domain) of each field of work whose marker the indicator name carries, in DOMAINS' order."""
    return tuple((context_words, domain) for marker, context_words, domain in DOMAINS if marker.search(name))


def irrelevant_indicators(form: Declaration):
    """Yield (path, indicator, domain) for rows whose field of work the project never mentions."""
    marked = [(i, ind, found) for i, ind in enumerate(form.indicators) if ind.name and (found := _domains(ind.name))]
    if not marked:
        return
    ctx = _context(form)
    if len(ctx) < 8:  # too little text to judge relevance
        return
    for i, ind, found in marked:
        for context_words, domain in found:
            if not context_words.search(ctx):
                yield indicator_path(form, i), ind, domain
                break


def offline_judgements(form: Declaration) -> list[Finding]:
    out = []
    for path, ind, domain in irrelevant_indicators(form):
        out.append(Finding(
            code="indicator_irrelevant", severity=Severity.WARNING, kind=Kind.JUDGEMENT, field=path,
            message=f"指标「{ind.name}」属于{domain}领域，与本项目内容无明显关联，疑似从其他项目表格复制。",
            suggestion="请删除该指标，换成反映本项目产出或效果的指标（101号文“高度关联”原则）。",
            source="offline"))
    return out
