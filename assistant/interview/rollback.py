"""The last guard of a turn: a field other than the asked one changes only when the message names it.

Whatever path a change took (the offline reader, a model's patch, a correction, a fact heard in
passing), the form before and after the turn are compared; a changed single-value field (name,
unit, person, phone, code, period, a text …) that is neither the asked one (its parts, the period's
ends and year), nor named by the message (its label, a clerk's word for it from fields.yaml), nor
computed by the interview's own arithmetic, is put back as it was and said so. While an indicator
category is asked, a row of another category that the turn added or changed is put back too, unless the
message names it (the row's name or a part of it, its category's word, a figure a correction quoted) or
the row follows her facts (人数, 每人每月). Amounts and goals move with the facts she gives (derive.py) and
pass the gate's own checks (gate.py, fix.py). Pure but for the interview it is given.

    kept = hold(iv, before, prov_before, asked="project_name", text=message, reply=reply)
"""
from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING, Any

from ..model import Declaration
from . import answers as A
from . import fields as F
from . import gate
from .answer import territory
from .provenance import Provenance

if TYPE_CHECKING:
    from .engine import Interview, Reply


# the fields held here: one value each, said by her. Rows, amounts and goals follow from facts she gives
# (a headcount moves the quantity row, a total the single item); their own guards are the gate's.
_SINGLE = ("name", "org", "person", "phone", "code", "dept_code", "attribute", "year", "period", "month", "date", "text")


def named(text: str, form: Declaration) -> set[str]:
    """The question groups a message names: lexicon words, the form's rows by name, a period by its shape,
    the unit that carries the project out ("我们县水务局做的", "县卫健局的项目"; not where she works: "我是县交通局的")."""
    out = gate.allowed_groups(None, text, form)
    return out - {"unit"} if re.search(r"我是|我在", A.prep(text)) and "unit" not in _words_of(text) else out


def _words_of(text: str) -> set[str]:
    t = A.prep(text)
    return {F.group(p) for w, paths in F._words() if w in t for p in paths} | \
        {F.group(p) for m in F.mentions(t) for p in m.paths}


def _key(path: str) -> str:
    """The part of the form a path lives in, as rolled back: 'unit', 'funding.total', 'budget_items',
    'goals.annual', 'indicators:名称'."""
    if path.startswith("budget_items"):
        return "budget_items"
    if path.startswith("goals."):
        return path.split("[", 1)[0]
    return path


def hold(iv: "Interview", before: Declaration, prov: Provenance, asked: str | None, text: str,
         reply: "Reply") -> list[str]:
    """Put back what the turn changed in fields the message did not name; the keys put back."""
    from .flow import diff_paths
    changed = diff_paths(before, iv.form)
    if not changed:
        return []
    groups = named(text, before) | ({F.group(asked)} if asked else set())

    def ok_named(p: str) -> bool:
        return bool(asked and territory(asked, p)) or F.group(p) in groups

    def ok(p: str) -> bool:
        if asked and territory(asked, p):
            return True
        if F.group(p) in groups or _key(p) in {_key(a) for a in getattr(iv, "aimed", ())}:
            return True
        src = iv.provenance.get(p)
        return src is not None and src.kind == "computed"

    back = sorted({_key(p) for p in changed if F.kind(p) in _SINGLE and not ok(p)} | set(_stray_rows(iv, before, asked, text)))
    if not back:
        return []
    if {"start", "end"} & set(back) and "year" in changed and "year" not in back and not ok_named("year"):
        back.append("year")              # the budget year computed from a period put back goes back with it
    gone = {f"indicators:{i.name}": i for i in iv.form.indicators}
    j, was = iv.form.to_json(), before.to_json()
    for k in back:
        _put(j, was, k)
        for p in [p for p in iv.provenance if _key(p) == k or p.startswith(k + "[") or p.startswith(k + ".")]:
            del iv.provenance[p]
        for p, src in prov.items():
            if _key(p) == k or p.startswith(k + "[") or p.startswith(k + "."):
                iv.provenance[p] = copy.deepcopy(src)
    iv.form = Declaration.from_json(j)
    reply.changed[:] = [p for p in reply.changed if _key(p) not in back]
    _unsay(reply, back)
    rows = [k for k in back if k.startswith("indicators:")]
    fields = [k for k in back if k not in rows]
    if rows:                             # "年底前完成" while 数量指标 is asked: a row of another category, not kept
        cat = (asked or "").split(".", 1)[1] if (asked or "").startswith("indicators.") else "这一类指标"
        late = _offer_passed(iv, [gone[k] for k in rows if k in gone and not _had(before, gone[k])], asked, text)
        ahead = [k for k in rows if k.split(":", 1)[1] not in late]
        if ahead:
            _keep_ahead(iv, [gone[k] for k in ahead if k in gone], text)
            reply.said.append(f"「{'」「'.join(k.split(':', 1)[1] for k in ahead)}」不是{cat}，没有记在这里；"
                              "问到它那一类指标时再请您确认。")
        if late:
            reply.said.append(f"「{'」「'.join(late)}」不是{cat}，没有记在这里；它那一类指标前面已经问过，稍后问您要不要记过去。")
    if fields:
        labels = list(dict.fromkeys(_label(k) for k in fields))
        reply.said.append(f"您的话里没有提到「{'、'.join(labels)}」，这一项没有改动；要改的话请说“改一下：{labels[0]}是……”。")
    return back


def _had(before: Declaration, row: Any) -> bool:
    return any(i.name == row.name and i.scope == row.scope for i in before.indicators)


def _row(r: Any) -> dict:
    """An indicator as the row a proposal stores."""
    return {"scope": r.scope, "level1": r.level1, "level2": r.level2, "name": r.name, "value": r.value}


def _keep_ahead(iv: "Interview", rows: list, text: str) -> None:
    """Rows of a category not asked yet ("年底前完成" said at 数量指标): kept aside by category, offered to her when
    that category is asked (flow.make), stored on her yes only."""
    from .choices import CATEGORIES
    from .derive import in_category
    kept = iv.facts.setdefault("ahead_rows", {})
    for r in rows:
        row = _row(r)
        cat = next((c for c in CATEGORIES if in_category(row, c)), None)
        if cat and not any(a["row"]["name"] == r.name for a in kept.get(cat, [])):
            kept.setdefault(cat, []).append({"row": row, "text": text})


def _offer_passed(iv: "Interview", rows: list, asked: str | None, text: str) -> list[str]:
    """New rows of a category whose question has already been asked ("年底前完成" said at 成本指标, after 时效):
    offered to her there, stored on her yes only — never kept under the asked category, never lost. The names."""
    from .derive import in_category
    from .questions import rows_offer
    passed = [h.get("asked_field", "") for h in iv.history]
    cats = list(dict.fromkeys(f.split(".", 1)[1] for f in passed if f.startswith("indicators.") and f != asked))
    offered: list[str] = []
    for cat in cats:
        mine = [r for r in rows if r.name not in offered and in_category({"level1": r.level1, "level2": r.level2}, cat)]
        if not mine:
            continue
        iv.push_followup(rows_offer(cat, [_row(r) for r in mine], f"rows:late:{cat}", text,
                                    f"刚才的“{{shown}}”像是{cat}，{cat}前面已经问过。记到{cat}吗？回复“是”记下，“不是”不记。"))
        offered += [r.name for r in mine]
    return offered


def _unsay(reply: "Reply", back: list[str]) -> None:
    """Take out of what the reply says the parts that announce a change just put back ("已记录：时效指标「完成时间」：
    年底前"): a reply never says a value was recorded that the form does not hold."""
    marks = [f"「{k.split(':', 1)[1]}」" if k.startswith("indicators:") else F.label(k) for k in back]
    out = []
    for line in reply.said:
        if line.startswith("已把") and any(x in line.split("从", 1)[0] for x in marks):
            continue                     # "已把「主管部门」从「…」改为「…」": put back, so not changed
        m = re.match(r"^(已记录：|我把您的话整理成了指标（名称是按您的话拟的）：)(.*?)(。.*)?$", line, re.S)
        if not m or not any(x in m.group(2) for x in marks):
            out.append(line)
            continue
        kept = [seg for seg in m.group(2).split("；") if not any(x in seg for x in marks)]
        if kept:
            out.append(m.group(1) + "；".join(kept) + (m.group(3) or "。"))
    reply.said[:] = out


def _stray_rows(iv: "Interview", before: Declaration, asked: str | None, text: str) -> list[str]:
    """Indicator rows the turn changed or added outside the asked category that the message does not name:
    not the row's name, not its category's word (时效, 质量 …), not a row a correction found by the figure
    she quoted (fix.py). While a category is asked, an answer is a row of that category."""
    if not (asked or "").startswith("indicators.") or asked == "indicators.":
        return []
    from ..model import category_of
    core = asked.split(".", 1)[1].replace("指标", "")
    t = A.prep(text)
    had = {(i.scope, i.name): i for i in before.indicators}
    aimed = set(getattr(iv, "aimed", ())) | {p for m in F.mentions(t, before) for p in m.paths}   # "单价错了": 清淤单价
    from .ops import DERIVED
    out = []
    for i in iv.form.indicators:
        k = f"indicators:{i.name}"
        old = had.get((i.scope, i.name))
        if (old is not None and old == i) or not i.name:
            continue
        cat = category_of(i)
        if core in i.level2 or core in i.level1 or core in cat or k in aimed or (old is not None and i.name in t):
            continue
        if old is None and i.name in t and not _could_be(core, cat):
            continue                     # "…，疫苗接种率98%" at 数量: no count, the row goes where its value says; a
            #                              value the asked category could hold ("采样间隔≤10分钟" at 质量) is no move of hers
        own = cat.replace("指标", "").replace("服务对象", "")
        if old is None and (own and own in t or (i.level2 and i.level2.replace("指标", "") in t)):
            continue                 # "时效指标：…" said under another category names its own
        src = iv.provenance.get(k)
        if src is not None and (src.kind == "computed" or src.detail in DERIVED):
            continue                 # a row that follows her facts (人数, 每人每月): its own guard, derive.py
        out.append(k)
    return out


def _could_be(core: str, cat: str) -> bool:
    """A row her words gave, read as of category ``cat``, could as well be of the asked one ``core``: a time limit
    asked for 质量 (an interval, a response time can be a standard), anything asked for an effect. A count, a rate,
    money or a time asked for a category that cannot hold it goes where its value says."""
    return core == "效益" or (core == "质量" and "时效" in cat)


def _put(j: dict[str, Any], was: dict[str, Any], k: str) -> None:
    if k.startswith("funding."):
        j["funding"][k.split(".", 1)[1]] = was["funding"].get(k.split(".", 1)[1])
    elif k.startswith("goals."):
        scope = k.split(".", 1)[1]
        j["goals"][scope] = was["goals"][scope]
    elif k.startswith(("indicators:", "indicators[")):
        old = {r["name"]: r for r in was["indicators"]}
        name = k.split(":", 1)[1] if ":" in k else None
        rows = []
        for r in j["indicators"]:
            if name is not None and r["name"] == name:
                if name in old:
                    rows.append(old[name])
            else:
                rows.append(r)
        j["indicators"] = rows
    elif k in was:
        j[k] = was[k]


def _label(k: str) -> str:
    if k.startswith("indicators:"):
        return f"指标{k.split(':', 1)[1]}"
    return F.label(k)


__all__ = ["hold", "named"]
