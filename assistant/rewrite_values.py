"""Offline candidates for weak indicator values: measurable values built from the form's own numbers
first and the indicator library's typical values second (those marked for confirmation).

Each function returns candidates best first; ``assistant.rewrite`` keeps the first one the rules accept.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from . import library
from .lexicon import PER_UNIT_COST, TOTAL_COST
from .model import Declaration, Indicator, category_of
from .textnum import normalize
from .values import parse_value

KNOWN_UNITS = ("%", "人次", "批次", "剂次", "个工作日", "工作日", "人", "名", "户", "个月", "个", "台", "套", "件",
               "次", "场", "期", "天", "小时", "分钟", "公里", "千米", "平方米", "亩", "万元", "元", "年", "座", "处",
               "项", "份", "篇", "所", "家", "吨", "起", "条", "批")
_UNIT_ALIAS = {"名": "人", "千米": "公里", "工作日": "个工作日"}
_NAME_UNITS = [
    (re.compile(r"满意度|满意率"), "%"), (re.compile(r"率|比例|比重|占比"), "%"), (re.compile(r"人次"), "人次"),
    (re.compile(r"人数|人员数量|人员数|名额|人口"), "人"), (re.compile(r"户数"), "户"), (re.compile(r"场次"), "场"),
    (re.compile(r"次数"), "次"), (re.compile(r"天数"), "天"), (re.compile(r"里程|长度"), "公里"),
    (re.compile(r"亩"), "亩"), (re.compile(r"面积"), "平方米"), (re.compile(r"年限"), "年"),
    (re.compile(r"期数"), "期"), (re.compile(r"件数"), "件"),
]
_TIME_NAME = re.compile(r"时间|时限|日期|期限|时点|进度")
_MONEY_NAME = re.compile(r"经费|成本|费用|资金|投资|金额|支出|造价|单价|标准|补助")


@dataclass(frozen=True)
class Candidate:
    value: str
    from_form: bool
    reason: str


def _texts(form: Declaration, skip: Indicator | None = None) -> list[tuple[str, str]]:
    out = [("项目概况", form.overview)]
    out += [(f"年度目标{i + 1}", g) for i, g in enumerate(form.goals.annual)]
    out += [(f"中长期目标{i + 1}", g) for i, g in enumerate(form.goals.long_term)]
    out += [("实施必要性", form.necessity)]
    out += [(f"指标「{i.name}」", f"{i.name}{i.value}") for i in form.indicators if i is not skip and i.value]
    return [(w, normalize(t)) for w, t in out if t]


def _anchors(name: str) -> list[str]:
    """Two-character pieces of the indicator name that anchor a number to it in free text."""
    core = re.sub(r"[（(].*?[)）]|指标|数量|情况", "", name)
    return [core[i:i + 2] for i in range(len(core) - 1) if not re.search(r"[\d\W]", core[i:i + 2])]


def stated_in_form(form: Declaration, ind: Indicator, unit: str | None) -> Candidate | None:
    """A number the applicant wrote next to this indicator's words elsewhere (goals, overview)."""
    anchors = _anchors(ind.name)
    if not anchors:
        return None
    units = [unit] if unit else list(KNOWN_UNITS)
    unit_re = "|".join(re.escape(u) for u in units if u) or "%"
    pat = re.compile(r"(\d+(?:\.\d+)?)\s*(" + unit_re + r")")
    best = None
    for order, (where, text) in enumerate(_texts(form, skip=ind)):
        if where.startswith("指标「"):
            continue
        for m in pat.finditer(text):
            before = text[max(0, m.start() - 16): m.start()]
            score = sum(1 for a in anchors if a in before)
            if score >= max(2, min(3, len(anchors) // 2)) and (best is None or (-score, order) < best[0]):
                tail = text[m.end(): m.end() + 3]
                op = "≥" if re.match(r"以上|及以上", tail) or re.search(r"不低于|不少于|达到|超过|提高到$", before) else \
                    ("≤" if re.match(r"以内|以下", tail) or re.search(r"不超过|不高于|控制在", before) else "=")
                u = _UNIT_ALIAS.get(m.group(2), m.group(2))
                end = m.end() + (2 if re.match(r"以上|以内|以下", tail) else 0)
                best = ((-score, order), Candidate(f"{op}{m.group(1)}{u}", True,
                                                   f"数值取自{where}「{text[max(0, m.start() - 8): end]}」"))
    return best[1] if best else None


def unit_for(form: Declaration, ind: Indicator) -> tuple[str, bool, str] | None:
    """(unit, sure, why) for an indicator: from the form text beside the same number, else from its name."""
    pv = parse_value(ind.value)
    if pv.number is not None:
        num = f"{pv.number:g}"
        pat = re.compile(r"(?<![\d.])" + re.escape(num) + r"\s*(" + "|".join(map(re.escape, KNOWN_UNITS)) + ")")
        for where, text in _texts(form, skip=ind):
            if (m := pat.search(text)):
                return _UNIT_ALIAS.get(m.group(1), m.group(1)), True, f"单位取自{where}「{m.group(0)}」"
    for pat, unit in _NAME_UNITS:
        if pat.search(ind.name):
            return unit, True, f"按指标名称「{ind.name}」推断单位为{unit}"
    if category_of(ind) == "成本指标" or _MONEY_NAME.search(ind.name):
        per = bool(PER_UNIT_COST.search(ind.name))
        unit = "元" if per else "万元"
        return unit, False, f"按指标名称推断为金额（{unit}），请核实单位"
    entry = library.match_entry(ind.name, category_of(ind))
    if entry and entry.unit and entry.direction != "定性":
        return library._unit_label(entry.unit), False, f"参照指标库「{entry.name}」的单位，请核实"
    return None


def unit_candidates(form: Declaration, ind: Indicator) -> list[Candidate]:
    if _TIME_NAME.search(ind.name) and not _name_unit(ind.name):
        return vague_candidates(form, ind)   # a garbled date ('20259'): offer the deadline instead
    got = unit_for(form, ind)
    if not got:
        return []
    unit, sure, why = got
    v = ind.value.strip()
    m = re.match(r"^(.*?\d(?:[\d.,]*\d)?)(.*)$", v)
    value = (m.group(1) + unit + m.group(2)) if m else v + unit
    return [Candidate(value, sure, why)]


def vague_candidates(form: Declaration, ind: Indicator) -> list[Candidate]:
    """A vague value ('有效提升') made measurable: the form's own number first, then the library."""
    if category_of(ind) == "成本指标":
        return cost_candidates(form, ind)
    out: list[Candidate] = []
    entry = library.match_entry(ind.name, category_of(ind))
    if _TIME_NAME.search(ind.name) and not _name_unit(ind.name):
        if (d := library.month_deadline(form.end)):
            out.append(Candidate(d, True, f"时间取自项目实施结束月份{form.end}"))
        if entry and entry.direction == "定性":
            out.append(Candidate(entry.example, False, f"指标库典型值（{entry.example}），请按实际情况确认"))
        return out
    unit = _name_unit(ind.name) or (library._unit_label(entry.unit) if entry and entry.unit else None)
    if unit and (c := stated_in_form(form, ind, unit)):
        out.append(c)
    if entry:
        f = library.fill_value(form, entry)
        out.append(Candidate(f.value, f.from_form, f.note if f.from_form else f"{f.note}，请按实际情况确认"))
        if f.from_form and f.value != entry.example:
            out.append(Candidate(entry.example, False, f"指标库典型值（{entry.example}），请按实际情况确认"))
    elif unit == "%":
        out.append(Candidate("≥90%", False, "比率类指标常用目标值≥90%，请按实际情况确认"))
    return out


def _name_unit(name: str) -> str | None:
    for pat, unit in _NAME_UNITS:
        if pat.search(name):
            return unit
    return None


def _budget_match(form: Declaration, ind: Indicator) -> Candidate | None:
    anchors = _anchors(ind.name)
    best = None
    for i, item in enumerate(form.budget_items):
        if item.amount is None or not item.name:
            continue
        score = sum(1 for a in anchors if a in item.name)
        if score >= 2 and (best is None or score > best[0]):
            best = (score, Candidate(f"≤{library._fmt(item.amount)}万元", True,
                                     f"金额取自预算明细「{item.name} {library._fmt(item.amount)}万元」"))
    return best[1] if best else None


def _per_unit_from_budget_item(form: Declaration, ind: Indicator, unit: str) -> Candidate | None:
    """Per-unit cost = the matching budget line ÷ the quantity stated in the form (to confirm)."""
    money, _, denom = unit.partition("/")
    anchors = _anchors(ind.name)
    items = [b for b in form.budget_items if b.amount and sum(1 for a in anchors if a in b.name) >= 2]
    hit = library.find_count(form, denom) if "·" not in denom else None
    if len(items) != 1 or not hit or float(hit[0]) <= 0:
        return None
    item = items[0]
    per = item.amount / float(hit[0]) * (10_000 if money == "元" else 1)
    per = math.ceil(per) if money == "元" else math.ceil(per * 100) / 100
    return Candidate(f"≤{library._fmt(per)}{unit}", False,
                     f"按预算明细「{item.name} {library._fmt(item.amount)}万元」÷{hit[0]}{library._unit_label(denom)}估算，请核实")


def cost_candidates(form: Declaration, ind: Indicator) -> list[Candidate]:
    """A money amount for a cost indicator: budget line, per-unit cost or total from the form; else the library."""
    out: list[Candidate] = []
    pv = parse_value(ind.value)
    if pv.number is not None and not pv.unit and not pv.is_formula:
        # the applicant wrote the amount, only the unit is missing: keep their number
        for c in unit_candidates(form, ind):
            if parse_value(c.value).is_money:
                out.append(Candidate(c.value if pv.op else "≤" + c.value, c.from_form, c.reason))
    per_unit = bool(PER_UNIT_COST.search(ind.name)) and not TOTAL_COST.search(ind.name)
    entry = library.match_entry(ind.name, "成本指标")
    if per_unit:
        units = [entry.unit] if entry and "/" in entry.unit else []
        units += [u for u in ("元/人·月", "元/人·年", "元/人", "元/人次") if "人" in ind.name or "生" in ind.name]
        for u in dict.fromkeys(units):
            if (c := _per_unit_from_budget_item(form, ind, u)):
                out.append(c)
            if (hit := library.find_per_unit(form, u)):
                out.append(Candidate(f"≤{hit[0]}{u}", hit[2], hit[1]))
    else:
        if (c := _budget_match(form, ind)):
            out.append(c)
        others = [i for i in form.indicators if i is not ind and category_of(i) == "成本指标"
                  and parse_value(i.value).amount_wan() is not None]
        if form.funding.total and (TOTAL_COST.search(ind.name) or not others):
            t = library._fmt(form.funding.total)
            out.append(Candidate(f"≤{t}万元", True, f"金额取自项目资金总额{t}万元"))
    if entry and parse_value(entry.example).is_money:
        out.append(Candidate(entry.example, False, f"指标库典型值（{entry.example}），请按实际情况确认"))
    return out


def satisfaction_candidates(form: Declaration, ind: Indicator) -> list[Candidate]:
    out: list[Candidate] = []
    if (c := stated_in_form(form, ind, "%")) and (parse_value(c.value).number or 0) >= 85:
        out.append(Candidate("≥" + c.value.lstrip("=≥≤"), True, c.reason))
    out += [Candidate("≥85%", False, "满意度目标一般不低于85%（公开申报表多为≥85%或≥90%），请确认可以达到"),
            Candidate("≥90%", False, "满意度目标一般为≥90%，请确认可以达到")]
    return out
