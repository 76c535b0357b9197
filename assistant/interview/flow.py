"""The interview's decisions: which question next, how an answer to it is used, corrections.

Order: the missing fields of questions.yaml (skipped ones are not asked again), then the
rules' arithmetic fixes and remaining errors (each offered once), then the numbers nobody
has confirmed. Functions here take the ``Interview`` and change it through ``apply_patch``.
"""
from __future__ import annotations

import importlib
import re
from typing import TYPE_CHECKING

from ..caps import cap_form
from ..corrections import apply_corrections
from ..model import Declaration, indicator_path
from ..rules import check
from . import answers as A
from . import questions as Q
from .answers import Fill, Patch
from .apply import empty, get, readable
from .choices import CATEGORIES, norm_value, offer, parse_choice
from .derive import complete_funding, derive
from .provenance import Source
from .questions import Question

if TYPE_CHECKING:
    from .engine import Interview, Reply

MAX_MISSES = 2   # unreadable answers to one question before it is set aside
_REVIEW_FIELD = {"funding.total": "funding", "end": "start", "indicators.服务对象满意度指标": "indicators.满意度指标"}


def missing(form: Declaration, f: str) -> bool:
    if f == "start":
        return not form.start or not form.end
    if f == "funding":
        return form.funding.total is None or form.funding.current_year is None
    if f.startswith("indicators."):
        return not any(True for _ in form.indicators_in(f.split(".", 1)[1]))
    return empty(get(form, f))


def pick(iv: "Interview") -> Question | None:
    for f in Q.order():
        if f not in iv.skipped and missing(iv.form, f):
            return make(iv, f)
    report = check(iv.form)
    for c in report.corrections:
        key = f"fix:{c.field}"
        if key not in iv.settled:
            return Question(field=c.field, kind="fix", key=key, proposal=c.to_json(),
                            text=f"检查发现：{c.reason}\n建议把「{readable(iv.form, c.field)}」从 {c.old} 改为 {c.new}。"
                                 "回复“是”应用这项更正，回复“跳过”保留原值。")
    for fd in report.findings:
        if fd.severity.value != "error":
            continue
        f = _REVIEW_FIELD.get(fd.field, fd.field)
        key = f"review:{f}"
        if f.startswith("indicators:") and key not in iv.settled:
            return Question(field=f, kind="value", key=key,
                            text=f"检查发现：{fd.message}\n请写出{readable(iv.form, f)}正确的指标值（如 ≥95%、=4人、2025年9月底前），"
                                 "或说“跳过”。")
        if f in Q.catalogue() and key not in iv.settled:
            q = make(iv, f)
            q.key, q.text = key, f"检查发现：{fd.message}\n{q.text}"
            return q
    if "confirm" not in iv.settled:
        pending = iv.unconfirmed_numbers()
        if pending:
            lines = [f"  {i}. {readable(iv.form, u.path)}：{u.value}（{u.source.label() if u.source else '来源不明'}）"
                     for i, u in enumerate(pending, 1)]
            return Question(field=pending[0].path, kind="confirm", key="confirm",
                            text="以下数字不是您亲口说的（系统计算或建议的），请核对：\n" + "\n".join(lines) +
                                 "\n都对的话回复“确认”；需要修改请说“改一下：……”。")
    return None


def make(iv: "Interview", f: str) -> Question:
    form = iv.form
    if f == "function_code":
        q = Q.base(f)
        g = Q.guess_function_code(form)
        if g:
            q.proposal = g[0]
            q.text += f"\n根据项目情况，可能是 {g[0]}（{g[1]}），对的话回答“是”。"
        return q
    if f == "funding" and form.funding.total is not None:
        return Q.base(f, text=f"项目资金总额 {form.funding.total:g} 万元。其中有没有上年结转或其他资金（自筹等）？"
                              "没有的话回答“没有”，全部按本年度财政拨款填写。", example="其中上年结转4.5万元")
    if f == "department":
        q = Q.base(f)
        g = Q.guess_department(form)
        if g:
            q.proposal = g
            q.text = f"主管部门是不是也是「{g}」？对的话回答“是”，不是请写主管部门全称。"
        return q
    if f.startswith("indicators."):
        cat = f.split(".", 1)[1]
        choices = offer(form, cat, iv.facts) if cat in CATEGORIES else []
        q = Q.base(f, kind="indicators", choices=choices)
        if choices:
            q.text = q.text + "\n可以从下面选："
        return q
    if f in ("goals.annual", "goals.long_term"):
        q = Q.base(f, kind="goals")
        proposal = _draft_goals(form, f.split(".")[1])
        if proposal:
            q.proposal = proposal
            which = "年度目标" if f == "goals.annual" else "中长期目标"
            q.text = (f"我根据表中已有的数字拟了{which}：\n" + "\n".join(f"「{g}」" for g in proposal) +
                      "\n回复“好”采用，或直接写您自己的。")
            q.example = ""
        return q
    return Q.base(f)


def _draft_goals(form: Declaration, scope: str) -> list[str]:
    try:
        mod = importlib.import_module("assistant.goaldraft")
    except ModuleNotFoundError as e:
        if e.name == "assistant.goaldraft":
            return []
        raise
    return list(getattr(mod.draft_goals(form), scope) or [])


def handle(iv: "Interview", q: Question, text: str, reply: "Reply") -> None:
    if q.key.startswith("review:"):
        iv.settled.append(q.key)
    if q.kind == "fix":
        iv.settled.append(q.key)
        if A.is_accept(text):
            fixed = apply_corrections(iv.form, [q.proposal])
            changed = replace_form(iv, fixed, f"按规则更正：{q.proposal['reason']}", kind="computed")
            reply.changed.extend(changed)
        else:
            reply.said.append("好的，保留原值。")
        return
    if q.kind == "value":
        iv.settled.append(q.key)
        correct(iv, (q.field, text), text, reply)
        return
    if q.kind == "confirm":
        if A.is_accept(text):
            iv.settled.append(q.key)
            n = len(iv.confirm())
            reply.said.append(f"已确认 {n} 个数字。")
        else:
            reply.said.append("请回复“确认”，或用“改一下：……”修改，或说“跳过”稍后再看。")
        return
    if q.kind == "goals":
        if q.proposal and (A.is_accept(text) or A.clean_text(text) in ("1", "采用")):
            iv.apply_patch(Patch([Fill(q.field, q.proposal, kind="suggested", detail="根据表中数字拟定", primary=True)]),
                           reply)
            iv.confirm([f"{q.field}[{i}]" for i in range(len(q.proposal))])
        else:
            goals = [g.strip() for g in re.split(r"[\n；;]+", text.strip()) if g.strip()]
            iv.apply_patch(Patch([Fill(q.field, goals, detail=text, primary=True)]), reply)
        return
    if q.kind == "indicators":
        cat = q.field.split(".", 1)[1]
        rows = parse_choice(text, cat, q.choices)
        if not rows:
            misses = iv.facts.setdefault("misses", {})
            misses[q.field] = misses.get(q.field, 0) + 1
            if misses[q.field] >= MAX_MISSES:
                iv.skipped.append(q.field)
                reply.said.append(f"还是没能读出{cat}，先跳过，最后检查时再补。")
            else:
                reply.said.append("没能读出指标名称和数值，请按“指标名称 数值”再写一次（如“聘用人员到岗率 ≥98%”），或回复编号。")
            return
        fills = [Fill(f"indicators:{r['name']}", r, kind="stated" if stated else "suggested",
                      detail=text if stated else "指标库示例值", primary=True) for r, stated in rows]
        iv.apply_patch(Patch(fills), reply)
        return
    if q.proposal and A.is_accept(text):
        patch = Patch([Fill(q.field, q.proposal, detail=f"确认建议值：{text}", primary=True)])
    else:
        patch = iv.extractor(text, iv.context(q.field))
    iv.apply_patch(patch, reply)
    if q.field == "funding":
        none_else = re.match(r"^(没有|无|都没有|没|不涉及)", A.clean_text(text)) or iv.facts.pop("all_current", False)
        if none_else:
            iv.apply_patch(Patch([Fill(p, 0.0, detail=text) for p in ("funding.carryover", "funding.other")
                                  if get(iv.form, p) is None]), reply)
        iv.apply_patch(complete_funding(iv.form), reply)
    if q.field == "budget_items" and not iv.form.budget_items and iv.facts.get("single_item") \
            and iv.form.funding.total is not None:
        iv.apply_patch(Patch([Fill("budget_items", [{"name": iv.form.project_name or "项目支出",
                                                    "amount": iv.form.funding.total}], detail=text, primary=True)]), reply)
    if missing(iv.form, q.field):
        misses = iv.facts.setdefault("misses", {})
        misses[q.field] = misses.get(q.field, 0) + 1
        label = readable(iv.form, q.field)
        if misses[q.field] >= MAX_MISSES:
            iv.skipped.append(q.field)
            reply.said.append(f"还是没能读出「{label}」，先跳过，最后检查时再补。")
        else:
            reply.said.append(f"没能从回答中读出「{label}」，请换个说法再答一次，或说“跳过”。")


def correct(iv: "Interview", edit: tuple[str, str], text: str, reply: "Reply") -> None:
    """Apply "改一下：总额是30万" and recompute what was computed from the old value."""
    path, value = edit
    fills: list[Fill] = []
    if path.startswith("fact."):
        key = path.split(".", 1)[1]
        m = re.search(A.NUM + r"\s*(万元|元|块钱|块)?", value)
        if m is not None and key == "monthly":
            iv.facts[key] = round((A.money_wan(m.group(1), m.group(2) or "元") or 0) * 10_000, 4)
        elif m is not None:
            iv.facts[key] = A.to_number(m.group(1))
        for f in derive(iv.form, iv.facts).fills:
            src = iv.provenance.get(f.path)
            f.primary = f.path.startswith("indicators:") or (src is not None and src.kind == "computed")
            fills.append(f)
    elif path in ("start", "start_only", "end_only"):
        a, b = A.period(value, iv.context("start"))
        if path == "start_only":
            a, b = A.month_of(value, iv.context("start")) or a, None
        if path == "end_only":
            a, b = None, A.month_of(value, iv.context("start")) or a
        fills += [Fill("start", a, detail=text, primary=True)] if a else []
        fills += [Fill("end", b, detail=text, primary=True)] if b else []
    elif path.startswith("funding.") or path.endswith(".amount"):
        am = A.amounts(value)
        n = am[0][2] if am else (A.to_number(re.search(A.NUM, value).group(1)) if re.search(A.NUM, value) else None)
        if n is not None:
            fills.append(Fill(path, n, detail=text, primary=True))
    elif path.startswith("indicators:"):
        name = path.split(":", 1)[1]
        ind = next((x for x in iv.form.indicators if x.name == name), None)
        if ind is not None:
            from ..model import category_of, family_of
            cat = category_of(ind) if category_of(ind) in CATEGORIES else family_of(ind)
            r = ind.model_dump()
            r["value"] = norm_value(value, cat if cat in CATEGORIES else "质量指标")
            fills.append(Fill(path, r, detail=text, primary=True))
    elif path == "budget_items":
        ctx = iv.context("budget_items")
        fills += [f for f in iv.extractor(value, ctx).fills if f.path == "budget_items"]
    elif path.startswith("goals."):
        fills.append(Fill(path, [g for g in re.split(r"[\n；;]+", value) if g.strip()], detail=text, primary=True))
    else:
        patch = iv.extractor(value, iv.context(path))
        fills += [f for f in patch.fills if f.path == path] or [Fill(path, A.clean_text(value), detail=text, primary=True)]
    if not fills:
        label = readable(iv.form, path).replace("指标「", "").replace("」", "")
        reply.said.append(f"没能读出新的「{label}」，请写成“改一下：{label}是……”。")
        return
    iv.apply_patch(Patch(fills), reply)
    recompute(iv, reply)
    reply.said.append("已更正。")


def recompute(iv: "Interview", reply: "Reply") -> None:
    """Values computed from a changed one follow it (本年度预算 = 总额 − 结转 − 其他; a single computed item)."""
    f, prov = iv.form.funding, iv.provenance
    fills = []
    src = prov.get("funding.current_year")
    cur = round((f.total or 0) - (f.carryover or 0) - (f.other or 0), 6)
    if f.total is not None and src is not None and src.kind == "computed" and f.current_year != cur:
        fills.append(Fill("funding.current_year", cur, kind="computed", primary=True,
                          detail=f"总额{f.total:g}−结转{f.carryover or 0:g}−其他{f.other or 0:g}"))
    src = prov.get("budget_items")
    if f.total is not None and src is not None and src.kind == "computed" and len(iv.form.budget_items) == 1 \
            and iv.form.budget_items[0].amount != f.total:
        item = iv.form.budget_items[0].model_dump()
        item["amount"] = f.total
        fills.append(Fill("budget_items", [item], kind="computed", detail="同资金总额", primary=True))
    iv.apply_patch(Patch(fills), reply)


def replace_form(iv: "Interview", form: Declaration, note: str, kind: str = "stated") -> list[str]:
    """Swap in an edited form (its values cut to their bounds, caps.py); every changed value gets a ``kind``
    source with ``note``."""
    form = form.model_copy(deep=True)
    cap_form(form)
    changed = diff_paths(iv.form, form)
    iv.form = form
    for p in changed:
        iv.provenance.set(p, Source(kind, note, iv.turn, confirmed=kind == "stated"))
    iv.pending = None
    return changed


def diff_paths(a: Declaration, b: Declaration) -> list[str]:
    out = []
    ja, jb = a.to_json(), b.to_json()
    for k in jb:
        if k in ("funding",):
            out += [f"funding.{x}" for x in jb[k] if ja[k].get(x) != jb[k][x]]
        elif k == "budget_items":
            for i, it in enumerate(jb[k]):
                old = ja[k][i] if i < len(ja[k]) else {}
                out += [f"budget_items[{i}].{x}" for x in it if old.get(x) != it[x]]
        elif k == "goals":
            for s in ("annual", "long_term"):
                out += [f"goals.{s}[{i}]" for i, g in enumerate(jb[k][s])
                        if i >= len(ja[k][s]) or ja[k][s][i] != g]
        elif k == "indicators":
            old = {(r["scope"], r["name"]): r for r in ja[k]}
            out += [indicator_path(b, i) for i, r in enumerate(jb[k]) if old.get((r["scope"], r["name"])) != r]
        elif ja[k] != jb[k]:
            out.append(k)
    return out


def closing(iv: "Interview") -> str:
    report = iv.report()
    errors = len(report.by_severity("error"))
    warnings = len(report.by_severity("warning"))
    pending = len(iv.unconfirmed_numbers())
    text = f"全部问题已经问完。规则检查：错误 {errors} 条，警告 {warnings} 条。"
    if pending:
        text += f"还有 {pending} 个数字未经您确认，导出前请核对。"
    return text


def complete_summary(iv: "Interview") -> str:
    """What a loaded form that needs no question still has: its warnings, each with its field."""
    report = iv.report()
    errors, warnings = report.by_severity("error"), report.by_severity("warning")
    pending = len(iv.unconfirmed_numbers())
    if errors:
        head = f"这份申报表没有需要我再问的内容，但规则检查还有 {len(errors)} 条错误"
    else:
        head = "这份申报表的必填内容已经齐全，规则检查没有错误"
    if warnings:
        lines = [f"  {i}. {readable(iv.form, w.field)}：{w.message}" for i, w in enumerate(warnings, 1)]
        text = f"{head}；还有 {len(warnings)} 条警告需要您看一下：\n" + "\n".join(lines)
        text += "\n需要修改可以说“改一下：……”。"
    else:
        text = head + "，也没有警告。"
    if pending:
        text += f"\n另有 {pending} 个数字未经您确认，导出前请核对。"
    return text


__all__ = ["complete_summary", "pick", "make", "handle", "correct", "recompute", "replace_form", "closing", "missing"]
