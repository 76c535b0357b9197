"""What follows from the facts the applicant gave: totals, budget items, 数量/成本 indicators. Pure.

``derive(form, facts)`` returns a ``Patch`` of fills that never overwrite (``primary=False``):
computed money carries the calculation as ``detail`` ("4人×5000元×12个月=240000元");
indicator rows built from stated numbers count as stated (the numbers are the applicant's).
"""
from __future__ import annotations

import re
from typing import Any

from ..model import Declaration
from .answers import Patch

HIRE_QTY_NAME = "聘用人员数量"
MONEY_FACTS = ("headcount", "monthly", "months", "yearly_each", "unit_price", "quantities")   # what a total is computed from
HIRE_COST_NAME = "人均月经费"


def _g(x: float) -> str:
    return f"{x:g}" if abs(x - round(x)) > 1e-9 else str(int(round(x)))


def months_of(form: Declaration, facts: dict[str, Any]) -> float:
    if facts.get("months"):
        return float(facts["months"])
    if form.start and form.end and len(form.start) == 7 and len(form.end) == 7:
        try:
            n = (int(form.end[:4]) - int(form.start[:4])) * 12 + int(form.end[5:]) - int(form.start[5:]) + 1
        except ValueError:
            return 12.0
        if 1 <= n <= 60:
            return float(n)
    return 12.0


def row(level2: str, name: str, value: str) -> dict[str, str]:
    level1 = {"数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标", "成本指标": "产出指标",
              "服务对象满意度指标": "满意度指标"}.get(level2, "效益指标")
    return {"scope": "annual", "level1": level1, "level2": level2, "name": name, "value": value}


def in_category(row: dict, cat: str) -> bool:
    """A row (its 一级/二级 names) of the asked category ``cat``: 数量指标, or a family (效益指标, 满意度指标)."""
    core = cat.replace("指标", "")
    return core in str(row.get("level2") or "") or core in str(row.get("level1") or "")


# a deed that costs money of its own beside the pay: the pay times the people is then no total
_SPENDS = re.compile(r"实施|建设|新建|修建|建|改造|购置|采购|购买|添置|安装|配备|硬化|维修|修缮|铺设|开发")


def calculation(form: Declaration, facts: dict[str, Any]) -> tuple[float, str] | None:
    """The total the facts imply, in 万元, with the calculation written out. When she said another amount beside
    the rate ("每人每年8000元，剩下的18万用于设备") the product is one part of the money, not its total: None,
    unless that amount is the product itself ("每人每月3000元，12个人，一年43.2万")."""
    calc = _product(form, facts)
    beside = facts.get("beside") or []
    if calc and beside and not any(abs(w - calc[0]) <= max(0.005, calc[0] * 0.005) for w in beside):
        return None
    return calc


def _product(form: Declaration, facts: dict[str, Any]) -> tuple[float, str] | None:
    months = months_of(form, facts)
    people = facts.get("headcount")
    qtys = facts.get("quantities") or []
    if not people:
        people = next((q["n"] for q in qtys if q["measure"] in ("人", "户")), None)
    if people and any(_SPENDS.search(q.get("verb") or "") for q in qtys if q["measure"] not in ("人", "户", "人次")):
        people = None                    # "…每人每年600元；同时实施项目12个", "购置电脑5台": pay is one part, not the total
    if people and facts.get("monthly"):
        yuan = people * facts["monthly"] * months
        return round(yuan / 10_000, 6), f"{_g(people)}人×{_g(facts['monthly'])}元×{_g(months)}个月={_g(yuan)}元"
    if people and facts.get("yearly_each"):
        yuan = people * facts["yearly_each"]
        return round(yuan / 10_000, 6), f"{_g(people)}人×{_g(facts['yearly_each'])}元={_g(yuan)}元"
    price = facts.get("unit_price")
    if price and qtys:
        q = next((q for q in qtys if price["per"] and q["measure"] == price["per"]), None)
        if q is None and len(qtys) >= 1 and not price["per"]:
            q = qtys[0]
        if q is not None:
            yuan = q["n"] * price["yuan"]
            return round(yuan / 10_000, 6), f"{_g(q['n'])}{q['measure']}×{_g(price['yuan'])}元={_g(yuan)}元"
    return None


def derive(form: Declaration, facts: dict[str, Any], total_stated: bool = False, rows: bool = True) -> Patch:
    """``total_stated``: the form's total is the applicant's own, so a different calculation is worth a remark.
    ``rows``: also the 数量/成本 indicator rows the facts give (only when the answer was about the project
    or its indicators: an answer to another question changes no indicator)."""
    patch = Patch()
    calc = calculation(form, facts)
    if calc:
        wan, text = calc
        patch.add("funding.total", wan, kind="computed", detail=text)
        whole = bool(facts.get("monthly") or facts.get("yearly_each"))
        off = total_stated and form.funding.total is not None and (wan - form.funding.total > 0.005 or
                                                   (whole and abs(form.funding.total - wan) > 0.005))
        if off:
            patch.notes.append(f"按您给的数字计算（{text}），合计 {_g(wan)} 万元，与资金总额 {_g(form.funding.total)} 万元不一致，"
                               f"请核对；如需更正可以说“改一下：总额是{_g(wan)}万”。")
    if not rows:
        return patch
    if facts.get("headcount"):
        qty_name, cost_name = _people_names(form)
        if not _counted(form, facts):
            patch.add(f"indicators:{qty_name}", row("数量指标", qty_name, f"={_g(facts['headcount'])}人"),
                      detail="人数")
        if facts.get("monthly") and not _priced(form, facts["monthly"]):
            patch.add(f"indicators:{cost_name}",
                      row("成本指标", cost_name, f"≤{_g(facts['monthly'])}元/人·月"), detail="每人每月")
    for q in (facts.get("quantities") or [])[:2]:
        if q["measure"] in ("人", "户") and q["obj"]:
            name = f"{q['verb']}{q['obj']}{'人数' if q['measure'] == '人' else '户数'}"
        elif q["obj"] and re.search(r"面积|里程|长度$", q["obj"]):
            name = f"{q['verb']}{q['obj']}"
        elif q["obj"] and re.search(r"亩|平方米|公顷", q["measure"]):        # 高标准农田 32000亩: an area
            name = f"{q['verb']}{q['obj']}面积"
        elif q["obj"] and re.search(r"公里|千米|^米$", q["measure"]):
            name = f"{q['verb']}{q['obj']}长度"
        elif q["obj"]:
            name = f"{q['verb']}{q['obj']}数量"
        else:
            name = f"{q['verb']}人次" if q["measure"] == "人次" else f"{q['verb']}{q['measure']}数"
        if _counted_before(form, q):
            continue
        patch.add(f"indicators:{name}", row("数量指标", name, f"={_g(q['n'])}{q['measure']}"), detail="数量")
    price = facts.get("unit_price")
    if price:
        q = next((q for q in facts.get("quantities") or [] if q["measure"] == price["per"] or not price["per"]), None)
        per = price["per"] or (q["measure"] if q else "")
        label = price.get("label", "")
        if label[:2] in ("人均", "户均", "亩均", "次均"):
            name = label if re.search(r"标准|成本|费用|经费$", label) else label + "标准"
        else:
            name = f"{q['obj']}单价" if q and q["obj"] else ("单价" if not per else f"{label if len(label) > 2 else '每' + per}成本")
        value = f"≤{_g(price['yuan'])}元" + (f"/{per}" if per else "")
        patch.add(f"indicators:{name}", row("成本指标", name, value), detail="单价")
    if facts.get("monthly") and not facts.get("headcount"):
        name = "月人均标准"
        patch.add(f"indicators:{name}", row("成本指标", name, f"={_g(facts['monthly'])}元/人·月"), detail="月人均")
    if facts.get("yearly_each") and not facts.get("headcount"):
        name = "人均年度补助标准"
        patch.add(f"indicators:{name}", row("成本指标", name, f"={_g(facts['yearly_each'])}元/人·年"), detail="人均")
    return patch


_HIRED = re.compile(r"聘|招|雇|合同工|临时工|劳务派遣|协管员|人员经费|工资|薪酬|用工")
_GIVEN = re.compile(r"补贴|补助|救助|慰问|资助|津贴|抚恤|发放|助学|优待|生活费")


def _people_names(form: Declaration) -> tuple[str, str]:
    """The 数量 and 成本 row names for a headcount and monthly sum: the hiring names unless what she said of
    the project gives the people (养老服务补贴: the people paid are 补助对象, not staff hired)."""
    said = f"{form.project_name} {form.overview}"
    if _HIRED.search(said) or not _GIVEN.search(said):
        return HIRE_QTY_NAME, HIRE_COST_NAME
    return "补助对象人数", "人均月补助标准"


def _priced(form: Declaration, monthly: float) -> bool:
    """A 成本指标 already states this monthly sum (月人均标准 =200元/人·月, from before the headcount was known)."""
    return any(i.level2 == "成本指标" and re.match(rf"[=≤]?\s*{re.escape(_g(monthly))}\s*元/人·月$", i.value.replace(" ", ""))
               for i in form.indicators)


def _counted_before(form: Declaration, q: dict[str, Any]) -> bool:
    """"改造30座公厕" then "对城区30座老旧公厕进行提质改造": the same count of the same thing, one row; a count that
    names no thing ("150人×每月1200元") is the row that already holds that count (补贴发放人数 =150人)."""
    value = f"={_g(q['n'])}{q['measure']}"
    return any(i.level2 == "数量指标" and i.value.replace(" ", "") in (value, value.replace("=", "≥"))
               and (not q["obj"] or len(set(q["obj"]) & set(i.name)) >= 2) for i in form.indicators)


def _counted(form: Declaration, facts: dict[str, Any]) -> bool:
    """A 数量指标 of her own already counts the people (资助学生人数 =1520人, or 巡护队员 from the same
    sentence): no second, hiring-named row."""
    if any(q["measure"] == "人" and q["obj"] and q["n"] == facts.get("headcount") for q in facts.get("quantities") or []):
        return True
    return any(i.level2 == "数量指标" and i.name != HIRE_QTY_NAME and re.search(r"\d\s*(?:人|名)(?!次)", i.value)
               for i in form.indicators)


def unplaced(f: Any) -> bool:
    """The funding's total and this year's money are known, a part is empty, and the parts leave money unplaced
    ("62万，县财政出40万，镇里自己出22万": 22万 was said and not read as any part)."""
    return f.total is not None and f.current_year is not None and None in (f.carryover, f.other) and \
        abs(f.total - f.current_year - (f.carryover or 0) - (f.other or 0)) > 0.005


def complete_funding(form: Declaration, some: tuple[str, ...] | list[str] = ()) -> Patch:
    """After the funding question: components the applicant did not mention are 0 and the
    current-year budget is what remains (总额 − 结转 − 其他). ``some``: the parts she said there is some of with no
    amount ("其他资金有") — never 0, and nothing is computed from them until she gives the amount."""
    patch = Patch()
    f = form.funding
    if any(getattr(f, p.split(".")[1]) is None for p in some):
        return patch
    if f.total is None:                  # "县财政安排86.4万", then "没有结转也没有其他资金": the total is their sum
        if None not in (f.current_year, f.carryover, f.other):
            total = round(f.current_year + f.carryover + f.other, 6)
            patch.add("funding.total", total, kind="computed",
                      detail=f"本年度{_g(f.current_year)}+结转{_g(f.carryover)}+其他{_g(f.other)}={_g(total)}万元")
        return patch
    carry = f.carryover if f.carryover is not None else 0.0
    other = f.other if f.other is not None else 0.0
    if unplaced(f):
        return patch                     # never 0 "not mentioned" beside money she said; the parts are asked
    if f.carryover is None:
        patch.add("funding.carryover", 0.0, kind="computed", detail="未提到上年结转，按0计")
    if f.other is None:
        patch.add("funding.other", 0.0, kind="computed", detail="未提到其他资金，按0计")
    if f.current_year is None:
        cur = round(f.total - carry - other, 6)
        if cur < 0:
            return Patch()               # parts above the total: nothing computed from them (the check asks)
        patch.add("funding.current_year", cur, kind="computed",
                  detail=f"总额{_g(f.total)}−结转{_g(carry)}−其他{_g(other)}={_g(cur)}万元")
    return patch


def item_periods(form: Declaration) -> Patch:
    """Budget items without months run over the project period."""
    patch = Patch()
    if not (form.start and form.end):
        return patch
    for i, it in enumerate(form.budget_items):
        if not it.start:
            patch.add(f"budget_items[{i}].start", form.start, kind="computed", detail="同项目实施期")
        if not it.end:
            patch.add(f"budget_items[{i}].end", form.end, kind="computed", detail="同项目实施期")
    return patch
