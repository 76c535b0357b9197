"""Which question next, and how each is put.

Order: follow-ups (the exact figure after a hedge, rows read from a sentence to confirm, "要改成
什么？"), then every empty field of questions.yaml (set-aside ones are not asked again here),
then the rules' arithmetic fixes and every remaining finding — errors and warnings, whatever
their code — each asked once, then the numbers nobody has confirmed. A question asked the second
time in a row carries choices, an example and 跳过 (``second_ask``); the engine never asks it a
third time.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from ..model import Declaration, indicator_path
from ..rules import check
from . import fields as F
from . import questions as Q
from .answers import Fill, Patch
from .apply import empty, get, readable
from .choices import CATEGORIES, offer
from .questions import Option, Question, QuickReply

if TYPE_CHECKING:
    from .engine import Interview, Reply

_REVIEW_FIELD = {"funding.total": "funding", "funding.current_year": "funding", "funding.carryover": "funding",
                 "funding.other": "funding", "end": "start", "indicators.服务对象满意度指标": "indicators.满意度指标",
                 "indicators.经济成本指标": "indicators.成本指标"}
_SEVERITY = {"error": 0, "warning": 1}


def missing(form: Declaration, f: str) -> bool:
    if f == "start":
        return not form.start or not form.end
    if f == "funding":
        from .derive import unplaced     # a part left empty beside money not placed is asked again
        return form.funding.total is None or form.funding.current_year is None or unplaced(form.funding)
    if f.startswith("indicators."):
        return not any(True for _ in form.indicators_in(f.split(".", 1)[1]))
    try:
        return empty(get(form, f))
    except (AttributeError, IndexError):
        return False


def pick(iv: "Interview") -> Question | None:
    iv.followups = [f for f in iv.followups if not ((f.get("key", "").startswith("lacking:") or f.get("key") == "exact:funding")
                                                    and not missing(iv.form, f["field"]))]
    if iv.followups:                     # (a field asked because it was still empty, filled since — by the same message
        return Question.from_spec(iv.followups[0])   # or a later one — is not asked)
    for f in Q.order():
        if f not in iv.skipped and missing(iv.form, f) and not (f == "year" and iv.form.start):
            return make(iv, f)
    report = check(iv.form)
    for c in report.corrections:
        key = f"fix:{c.field}"
        if key not in iv.settled:
            return Question(field=c.field, kind="fix", key=key, proposal=c.to_json(),
                            text=f"检查发现：{c.reason}\n建议把「{readable(iv.form, c.field)}」从 {c.old} 改为 {c.new}。"
                                 "回复“是”应用这项更正，回复“不是”保留原值。")
    findings = sorted((f for f in report.findings if f.severity.value in _SEVERITY), key=lambda f: _SEVERITY[f.severity.value])
    for fd in findings:
        key = f"review:{fd.code}:{fd.field}"
        if key not in iv.settled and not _asked_as(iv, fd):
            return review_question(iv, fd, key)
    if "confirm" not in iv.settled and iv.unconfirmed_numbers():
        return confirm_question(iv)
    return None


def _asked_as(iv: "Interview", fd) -> bool:
    """The same finding of another field asked by the same question, already settled: 实施结束时间 missing
    after 跳过 to 实施开始时间 missing (both ask "项目从哪个月开始、到哪个月结束？") is not asked again."""
    f = _REVIEW_FIELD.get(fd.field, fd.field)
    head = f"review:{fd.code}:"
    return any(k.startswith(head) and _REVIEW_FIELD.get(k[len(head):], k[len(head):]) == f for k in iv.settled)


def confirm_question(iv: "Interview") -> Question:
    """The final check: every number the applicant never stated or confirmed, with where it came from."""
    pending = iv.unconfirmed_numbers()
    lines = [f"  {i}. {readable(iv.form, u.path)}：{u.value}（{u.source.label() if u.source else '来源不明'}）"
             for i, u in enumerate(pending, 1)]
    return Question(field=pending[0].path if pending else "confirm", kind="confirm", key="confirm",
                    text="以下数字不是您亲口说的（系统计算或建议的），请核对：\n" + "\n".join(lines) +
                         "\n都对的话回复“确认”；需要修改请说“改一下：……”。")


def signature(q: Question | None) -> str:
    """What makes a question the same question: its field and the first line that asks (not the
    "现在是…" or "检查发现" lead, not the help a second asking adds)."""
    if q is None:
        return ""
    lines = [x for x in q.text.split("\n") if x and not x.startswith(("「", "检查发现", "建议", "怎么填", "不清楚"))]
    return f"{q.field}|{lines[0][:24] if lines else ''}"


def still_open(iv: "Interview", q: Question) -> bool:
    """The question still wants an answer: its field is empty, or it is a review step, a follow-up or
    a question asked on purpose (Interview.ask) about a filled field."""
    if q.key.startswith(("review:", "fix:")):   # a finding her answer has resolved is not asked again (its text is stale)
        report = check(iv.form)
        return q.key in {f"review:{fd.code}:{fd.field}" for fd in report.findings} | {f"fix:{c.field}" for c in report.corrections}
    if q.kind in ("confirm", "fix", "rows", "value") or q.key:
        return True
    return iv.missing(q.field) or bool(q.text.startswith("「"))


def review_question(iv: "Interview", fd, key: str) -> Question:
    """One remaining finding, asked once: what the check found, and the field's question."""
    head = f"检查发现：{fd.message}" + (f"\n建议：{fd.suggestion}" if getattr(fd, "suggestion", "") else "")
    f = _REVIEW_FIELD.get(fd.field, fd.field)
    if f in Q.catalogue():
        q = make(iv, f, current=True)
    elif f.startswith(("indicators:", "indicators[")):
        q = Question(field=f, kind="value", text=f"请写出{readable(iv.form, f)}正确的指标值（如 ≥95%、=12人），"
                                                    "说“删掉”删除这条，或说“跳过”保留原样。")
    elif f.startswith(("goals.annual[", "goals.long_term[")):
        q = Question(field=f, kind="value", text="请写出改好的这条目标，或说“跳过”保留原样。")
    elif f.startswith("budget_items["):
        q = Question(field=f.split(".")[0], kind="value", text="请写出这一项正确的金额，或说“跳过”保留原样。")
    elif f == "year":
        q = make(iv, "year", current=True)
    else:
        q = Question(field=f, kind="value", text="需要修改的话请说“改一下：……”；没问题就说“跳过”。")
    q.key, q.text = key, head + "\n" + q.text
    return q


def make(iv: "Interview", f: str, current: bool = False) -> Question:
    """The question for field ``f``; ``current``: say its value first when it has one (asked again)."""
    form = iv.form
    if f == "confirm":
        return confirm_question(iv)
    ahead = _ahead(iv, f)
    if ahead is not None:
        return ahead
    q = _question(iv, f)
    if current and f not in ("funding", "budget_items") and not f.startswith("indicators.") and not missing(form, f):
        v = _value(form, f)
        if v:
            q.text = f"「{label_of(iv, q)}」现在是「{v}」。要改的话直接写新的；不用改就说“跳过”。\n" + q.text
    heard = (iv.facts.get("heard") or {}).get(F.group(f))
    if heard and missing(form, f) and (q.key or f) not in (iv.facts.get("rejected") or []):
        vals = {p: v for p, v, _ in heard}
        said = "；".join(f"{F.label(p)}：{_fmt(v, p)}" for p, v in vals.items() if p not in ("start", "end"))
        if "start" in vals or "end" in vals:
            said = "；".join(x for x in (said, f"{F.label('start')}：{vals.get('start', '')}至{vals.get('end', '')}") if x)
        q.proposal = [[p, v] for p, v, _ in heard]
        q.source = "\n".join(dict.fromkeys(t for _, _, t in heard))
        q.text = f"您前面提到{said}。是这样吗？对的话回答“是”，不对请直接写正确的。"
    return q


def _ahead(iv: "Interview", f: str) -> Question | None:
    """The rows she gave before this category was asked (rollback._keep_ahead), offered when it is: "您前面说过
    “完成时间 年底前”，像是时效指标。记下吗？" — once; her yes stores them, her no or her own rows leave them."""
    if not f.startswith("indicators.") or not missing(iv.form, f):
        return None
    cat = f.split(".", 1)[1]
    key = f"rows:ahead:{cat}"
    kept = [a for a in (iv.facts.get("ahead_rows") or {}).get(cat, [])
            if not any(i.name == a["row"]["name"] for i in iv.form.indicators)]
    if not kept or key in iv.settled or key in (iv.facts.get("rejected") or []):
        return None
    return Q.rows_offer(cat, [a["row"] for a in kept], key, "\n".join(dict.fromkeys(a["text"] for a in kept)),
                        f"您前面说过“{{shown}}”，像是{cat}。记下吗？回复“是”记下，“不是”不记；也可以直接写别的{cat}。")


def _question(iv: "Interview", f: str) -> Question:
    form = iv.form
    rejected = iv.facts.get("rejected") or []
    if f.startswith("fact."):
        text = {"fact.headcount": "一共聘用（或服务）多少人？", "fact.monthly": "每人每月多少钱（元）？"}.get(f, "请写出准确的数。")
        return Question(field=f, text=text)
    if f.startswith(("indicators:", "indicators[", "budget_items[", "goals.annual[", "goals.long_term[")):
        return Question(field=f, kind="value", text=f"请写出{readable(form, f)}新的内容，或说“跳过”。")
    if f not in Q.catalogue():
        return Question(field=f, text=f"请写出「{F.label(f)}」。")
    if f == "function_code":
        q = Q.base(f)
        guesses = Q.guess_function_codes(form)
        if guesses and f not in rejected:
            q.proposal = guesses[0][0]
            q.text += f"\n根据项目情况，可能是 {guesses[0][0]}（{guesses[0][1]}），对的话回答“是”。"
            if len(guesses) > 1:
                q.choices = [Option(f"{c}（{n}）", "", [("function_code", c)]) for c, n in guesses]
                q.text += "也可以选下面的编号："
        return q
    if f == "funding" and form.funding.total is not None:
        cur = form.funding.current_year
        return Q.base(f, text=f"项目资金总额 {form.funding.total:g} 万元"
                              + (f"，本年度财政拨款 {cur:g} 万元，还差 {form.funding.total - cur:g} 万元" if cur is not None
                                 and form.funding.total - cur > 0.005 else "") + "。其中有没有上年结转或其他资金（自筹等）？"
                              "没有的话回答“没有”，全部按本年度财政拨款填写。", example="其中上年结转4.5万元",
                      extra=[QuickReply("没有", "没有")])
    if f == "budget_items" and form.budget_items:     # asked again (a sum that does not hold): what she has, no 就一项
        items = "；".join(f"{i.name or '（未命名）'} {_fmt(i.amount)}万元" if i.amount is not None else f"{i.name} （金额未填）"
                         for i in form.budget_items)
        return Q.base(f, text=f"预算明细现在是：{items}。请写出正确的各项“名称 金额”，用分号隔开（会替换现有明细）；"
                              "不用改就说“跳过”。")
    if f == "budget_items" and form.funding.total is not None:
        return Q.base(f, text=f"这笔钱（{form.funding.total:g}万元）分几块花？请按“名称 金额”列出，用分号隔开；"
                              "只花在一件事上就回答“就一项”。", extra=[QuickReply("就一项", "就一项")])
    if f == "start" and form.start and not form.end:
        return Q.base(f, text=f"项目从 {form.start} 开始，到哪个月结束？")
    if f == "department":
        q = Q.base(f, extra=[QuickReply("同上（就是本单位）", "同上")] if form.unit else [])
        g = Q.guess_department(form)
        if g and f not in rejected:
            q.proposal = g
            q.text = f"主管部门是不是也是「{g}」？对的话回答“是”，不是请写主管部门全称。"
        return q
    if f == "year" and form.start[:4].isdigit():
        y = int(form.start[:4])
        return Q.base(f, text=f"预算年度是不是{y}年（项目从{form.start}开始）？对的话回答“是”，不是请写年份。", proposal=y)
    if f == "attribute":
        return Q.base(f, extra=[QuickReply("新增", "新增"), QuickReply("延续", "延续")])
    if f == "fill_date":
        return Q.base(f, extra=[QuickReply("今天", "今天")])
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


def has_options(iv: "Interview", q: Question) -> bool:
    """The second asking would offer choices (新增/延续, 同上 …)."""
    return q.field == "attribute" or (q.field == "department" and bool(iv.form.unit))


def second_ask(iv: "Interview", q: Question) -> None:
    """The second time in a row: how to fill it, an example, choices where there are any, and 跳过."""
    from . import glossary
    try:
        e = glossary.for_field(q.field)
    except KeyError:
        e = None
    if not q.choices and q.field == "attribute":
        q.choices = [Option("新增"), Option("延续")]
    if not q.choices and q.field == "department" and iv.form.unit:
        q.choices = [Option(f"同上：{iv.form.unit}", "", [("department", iv.form.unit)])]
    help_ = f"\n怎么填：{e.how}" if e is not None and e.how and e.how not in q.text else ""
    head, sep, lead_in = q.text.rpartition("\n")
    if q.choices and sep and lead_in.endswith("："):    # "…也可以选下面的编号：" stays right above its list
        q.text = f"{head}{help_}\n不清楚的话可以说“跳过”，最后再补。\n{lead_in}"
    else:
        q.text = f"{q.text}{help_}\n不清楚的话可以说“跳过”，最后再补。"
    if e is not None and not q.example:
        q.example = e.example(iv.form)


def label_of(iv: "Interview", q: Question) -> str:
    if q.field in F.specs() or q.field == "funding":
        return F.label(q.field)
    return readable(iv.form, q.field)


def _value(form: Declaration, f: str) -> str:
    if f in ("start", "end"):
        return f"{form.start} 至 {form.end}"
    from .ops import shown
    return shown(form, f)


def _fmt(v, path: str = "") -> str:
    if isinstance(v, float):             # "您前面提到项目资金总额：132万元", not "：132"
        return f"{v:g}万元" if path.startswith(("funding", "budget_items")) else f"{v:g}"
    if isinstance(v, list):              # budget lines: "DR 120万元；彩超 80万元"
        return "；".join(f"{x.get('name', '')} {_fmt(x.get('amount'), 'budget_items')}".strip() if isinstance(x, dict) else str(x)
                        for x in v)
    return "" if v is None else str(v)


def _draft_goals(form: Declaration, scope: str) -> list[str]:
    try:
        mod = importlib.import_module("assistant.goaldraft")
    except ModuleNotFoundError as e:
        if e.name == "assistant.goaldraft":
            return []
        raise
    return list(getattr(mod.draft_goals(form), scope) or [])


def single_name(iv: "Interview") -> str:
    """The name of the one budget line she said there is: hers, else the project's."""
    return iv.facts.get("single_name", "") or iv.form.project_name or "项目支出"


def recompute(iv: "Interview", reply: "Reply") -> None:
    """Values computed from a changed one follow it: 本年度预算 = 总额 − 结转 − 其他; a single item
    the applicant said is the whole; the 预算年度 read from the period (never the current year)."""
    f, prov = iv.form.funding, iv.provenance
    fills = []
    src = prov.get("funding.current_year")
    cur = round((f.total or 0) - (f.carryover or 0) - (f.other or 0), 6)
    follows = src is not None and (src.kind == "computed" or iv.facts.get("all_this_year"))
    known = f.carryover is not None and f.other is not None     # one she is not sure of (turns.unassume): not yet
    if f.total is not None and follows and known and f.current_year != cur:
        fills.append(Fill("funding.current_year", cur, kind=src.kind, primary=True,
                          detail=f"总额{f.total:g}−结转{f.carryover or 0:g}−其他{f.other or 0:g}"))
    src = prov.get("budget_items")
    single = iv.facts.get("single_item") or (src is not None and src.kind == "computed")
    if f.total is not None and iv.facts.get("single_item") and not iv.form.budget_items:     # said before the total was
        fills.append(Fill("budget_items", [{"name": single_name(iv), "amount": f.total}], detail="只有一项，同资金总额", primary=True))
    elif f.total is not None and single and len(iv.form.budget_items) == 1 and iv.form.budget_items[0].amount != f.total:
        item = iv.form.budget_items[0].model_dump()
        item["amount"] = f.total
        fills.append(Fill("budget_items", [item], kind=src.kind if src else "stated", detail="同资金总额", primary=True))
    ysrc = prov.get("year")
    fills += _period_follows_year(iv)
    ssrc = prov.get("start")
    moved = ysrc is not None and ysrc.kind == "imported" and ssrc is not None and ssrc.kind == "stated"   # last year's
    if iv.form.start[:4].isdigit() and (iv.form.year is None or (ysrc is not None and ysrc.kind == "computed") or moved) \
            and iv.form.year != int(iv.form.start[:4]) \
            and not (iv.form.year is not None and iv.form.end[:4] == str(iv.form.year)):   # pasted form, her own period
        #   now: its year follows hers (a school year "2026年9月到2027年7月" on a 2027 form: the year it ends in stands)
        fills.append(Fill("year", int(iv.form.start[:4]), kind="computed", detail="项目开始年份", primary=True))
    iv.apply_patch(Patch(fills), reply)


def _period_follows_year(iv: "Interview") -> list[Fill]:
    """"年份改成今年的" after last year's form was pasted: a period inside the one year the form had moves
    with the year she just gave (said back, listed as computed); a period across years stays hers."""
    form, prov = iv.form, iv.provenance
    ysrc, ssrc = prov.get("year"), prov.get("start")
    if form.year is None or ysrc is None or ysrc.kind != "stated" or ysrc.turn != iv.turn or ssrc is None \
            or ssrc.turn >= iv.turn or not (form.start[:4].isdigit() and form.start[:4] == form.end[:4]):
        return []
    was = int(form.start[:4])
    if was == form.year:
        return []
    move = lambda ym: f"{int(ym[:4]) + form.year - was}{ym[4:]}" if ym[:4] == str(was) else ym
    why = f"随预算年度由{was}年改为{form.year}年"
    out = [Fill("start", move(form.start), kind="computed", detail=why, primary=True),
           Fill("end", move(form.end), kind="computed", detail=why, primary=True)]
    for k, b in enumerate(form.budget_items):
        for part in ("start", "end"):
            if getattr(b, part, "")[:4] == str(was):
                out.append(Fill(f"budget_items[{k}].{part}", move(getattr(b, part)), kind="computed", detail=why, primary=True))
    return out


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
    return text + "\n" + iv.export_hint


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
    return text + "\n" + iv.export_hint


__all__ = ["complete_summary", "pick", "make", "second_ask", "recompute", "diff_paths", "closing", "missing",
           "review_question", "label_of"]
