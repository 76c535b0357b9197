"""One turn: the acts of a message (acts.py) carried out on the interview. Every value goes through
the gate (gate.py) by ``Interview.apply_gated``; nothing here writes the form directly.

Order: a question back is answered from the glossary; a skip moves on; deletions; the fields
the message names (corrections and other facts); a pick or yes/no on the pending question; the
rest as the answer to the pending question; hedged figures are asked again exactly; what was
not understood is said, with what is needed.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..corrections import apply_corrections
from . import fields as F
from .acts import Reading
from .answers import Fill, Patch
from .apply import get, readable
from .derive import complete_funding
from .questions import Question, QuickReply
from .readers import NON_ANSWER, plain, read
from .rows import read_rows

if TYPE_CHECKING:
    from .engine import Interview, Reply

_MISS = {
    "sentence": "这像是一句话，而「{label}」要的是一个名称",
    "non_answer": "「{label}」不能写“{text}”",
    "no_value": "没能从“{text}”里读出「{label}」",
    "no_year": "没听出是哪一年",
    "need_name": "「{label}」要写具体的姓名",
    "hedge": "这是个约数",
    "not_org": "“{text}”不像单位名称（单位名称一般以局、委、中心、站、学校、办公室等结尾）",
}


_SETTLING = ("answer", "choice", "confirm", "deny")
_COMPOUND = ("funding", "start")          # questions whose reader fills several fields at once
_TYPED = ("name", "org", "person", "phone", "code", "dept_code", "attribute", "year", "period", "date", "month",
          "count", "monthly", "money", "funding", "items")


def run(iv: "Interview", q: Question | None, r: Reading, reply: "Reply") -> None:
    if r.term is not None:
        reply.said.append(r.term.answer(iv.form))
    if "skip" in r.acts:
        skip(iv, q, reply)
        r.settled = True
        return
    done = False
    for path in r.deletes:
        done |= delete(iv, path, reply)
        r.act("correction")
    named = [_sibling(q, m) for m in r.named]
    facts = [m for m in named if m.path.startswith("fact.")]
    own = [m for m in named if q is not None and _own(q, m)]
    compound = q is not None and F.group(q.field) in _COMPOUND
    if own:              # the asked question's own labels ("上年结转16.24万元，本年财政拨款64.94万元"): one answer
        done |= answer(iv, q, "，".join(([r.rest] if compound and r.rest else []) + [_span(r, m) for m in own]), reply, r)
    if q is not None and (r.picks or (r.adopt and q.proposal is None)):
        done |= choose(iv, q, r, reply)
    if q is not None and r.yes is not None and q.kind != "confirm":
        done |= yes_no(iv, q, r, reply)
    rest = r.rest
    if r.hedges:         # the clause around an approximate figure is not an answer (in a text: when it is asked again)
        drop = [h for h in r.hedges if not (q is not None and F.kind(q.field) == "text") or h.path]
        if drop:
            from .answers import prep
            rest = "，".join(c for c in re.split(r"[，,。；;]", rest) if not any(h.text in prep(c) for h in drop))
    if own and rest.strip("，,。 ") and (compound or F.kind(q.field) in _TYPED):
        if not compound:
            r.act("chatter")             # "哎呀这个表好复杂，项目名称就叫…": the label carried the answer
        rest = ""
    if r.marked and not r.named and rest and iv.renumber(r.text, reply):
        r.act("correction")              # "里程说错了，是806公里不是860": the number, wherever she wrote it
        rest = ""
    if rest.strip("，,。 ") and q is not None and r.yes is None:
        if r.marked and not r.named and iv.last_field and iv.last_field != q.field and q.proposal is None:
            done |= _correct_last(iv, q, rest, reply, r)
        else:
            done |= answer(iv, q, rest, reply, r)
    for m in named:                       # other fields it names: after the answer (同上 needs the unit)
        if m not in facts and m not in own:
            done |= change(iv, m, reply, r)
    if r.extra:                           # "…。要聘四个人": the facts of sentences no label claimed
        from .extract import extract
        done |= bool(iv.apply_gated(extract(r.extra, iv.context(None)), set(), r.extra, reply))
    for m in facts:                       # and the facts last: the headcount the answer states is known
        done |= change(iv, m, reply, r)
    if q is not None and r.yes is not None and q.kind == "confirm":
        done |= yes_no(iv, q, r, reply)   # "人数那个改成1520人，其他都确认": the correction first
    for h in r.hedges:
        iv.ask_exact(h, reply)
    if "dont_know" in r.acts and not done and q is not None and (q.choices or q.proposal is not None):
        reply.said.append("没关系，" + ("可以从下面选一个，" if q.choices else "可以用我建议的，") + "不确定的话可以先跳过，最后再补。")
    if not done and not r.hedges and not r.term and "dont_know" not in r.acts and r.acts in ([], ["chatter"]):
        if "chatter" in r.acts:
            reply.said.append("好的。")
        else:
            r.act("unclear")
    r.settled = any(a in r.acts for a in _SETTLING) and not (r.acts == ["deny"] and q is not None and q.kind == "confirm")


def _own(q: Question, m: F.Mention) -> bool:
    """The mention is the asked field itself (or a part of a compound question: 上年结转 under 资金)."""
    if q.kind in ("confirm", "fix"):
        return False
    if m.path.startswith(("indicators:", "indicators[", "budget_items[")):
        return False                     # one row named: a change of that row
    if m.path == q.field or (F.group(m.path) == "indicators" and q.field.startswith("indicators")):
        return True
    return F.group(q.field) in _COMPOUND and F.group(m.path) == F.group(q.field)


def _sibling(q: Question | None, m: F.Mention) -> F.Mention:
    """"电话" under the 主管部门负责人 question is the 主管部门's phone."""
    if q is None or F.kind(m.path) != "phone":
        return m
    mine = [s.path for s in F.specs().values() if s.group == F.group(q.field) and s.kind == "phone"]
    if mine and m.path not in mine and m.word in ("电话", "联系电话", "手机", "手机号", "联系方式", "电话号码"):
        from dataclasses import replace
        return replace(m, paths=(mine[0],))
    return m


def territory(asked: str, path: str) -> bool:
    """``path`` is where an answer to ``asked`` goes: the field, its parts, the period's ends and year."""
    if path == asked or path.startswith((asked + ".", asked + "[")):
        return True
    if asked in ("start", "end", "year"):
        return path in ("start", "end", "year")
    if asked == "funding":
        return path.startswith("funding.")
    return asked.startswith("indicators") and path.startswith("indicators") or \
        asked.startswith("budget_items") and path.startswith("budget_items")


def _span(r: Reading, m: F.Mention) -> str:
    """A mention with its label, as in the message: '上年结转16.24万元'."""
    if F.group(m.path) == "indicators" and not m.path.startswith("indicators:"):
        return _mention_text(m)
    if F.group(m.path) in ("funding", "start", "unit_head", "department_head", "filler"):
        later = [x.start for x in r.named if x.start > m.start]
        return r.text[m.start:min(later) if later else len(r.text)].strip("，,；; ")
    return m.value


def _mention_text(m: F.Mention) -> str:
    return (m.word + "：" + m.value) if F.group(m.path) == "indicators" and not m.path.startswith("indicators:") else m.value


def skip(iv: "Interview", q: Question | None, reply: "Reply") -> None:
    if q is None:
        reply.said.append("没有要跳过的问题了。")
        return
    iv.set_aside(q)
    if q.field == "funding" and iv.form.funding.total is not None:
        iv.apply_patch(complete_funding(iv.form), reply)
    reply.said.append("好的，先跳过这一项。")


def delete(iv: "Interview", path: str, reply: "Reply") -> bool:
    form = iv.form.model_copy(deep=True)
    m = re.fullmatch(r"budget_items\[(\d+)\](?:\.\w+)?", path)
    if m and int(m.group(1)) < len(form.budget_items):
        gone = form.budget_items.pop(int(m.group(1)))
        iv.replace(form, f"删除预算明细「{gone.name}」")
        reply.said.append(f"已删除预算明细第{int(m.group(1)) + 1}项「{gone.name}」。")
        return True
    if path.startswith("indicators:"):
        name = path.split(":", 1)[1]
        if any(i.name == name for i in form.indicators):
            form.indicators = [i for i in form.indicators if i.name != name]
            iv.replace(form, f"删除指标「{name}」")
            iv.provenance.drop_under(path)
            reply.said.append(f"已删除指标「{name}」。")
            return True
    if m:
        reply.said.append(f"预算明细只有{len(form.budget_items)}项，没有第{int(m.group(1)) + 1}项。")
    else:
        reply.said.append(f"没找到要删除的{readable(iv.form, path)}。")
    return True


def change(iv: "Interview", m: F.Mention, reply: "Reply", r: Reading) -> bool:
    """A field the message names: read its value with that field's reader and apply it."""
    if not m.value:
        if m.marked:
            q = iv.question_for(m.path)
            iv.push_followup(q)
            reply.said.append(f"好的，「{F.label(m.path)}」要改成什么？")
            r.act("correction")
            return True
        return False
    for path in m.paths:
        if path.startswith("fact."):
            key = path.split(".", 1)[1]
            had = iv.facts.get(key)
            if iv.set_fact(key, m.value, reply):
                if iv.facts.get(key) != had:
                    r.act("correction" if m.marked or had else "facts")
                return True
            continue
        if path.startswith(("indicators:", "budget_items[")) or path == "indicators":
            if iv.correct_path(path, _mention_text(m), reply):
                r.act("correction")
                return True
            continue
        got = read(path, m.value, iv.context(path))
        if not (got.fills or got.facts):     # "农村公路日常养护项目，少了项目两个字": the clause that is the value
            for c in re.split(r"[，,；;（）()]+", m.value):
                got = read(path, c, iv.context(path))
                if got.fills or got.facts:
                    break
        if got.fills and all(_same(iv, f.path, f.value) for f in got.fills):
            reply.said.append(f"「{F.label(path)}」已经是「{flow_value(iv, path)}」，没有改动。")
            r.act("correction" if m.marked else "facts")
            return True
        if got.fills or got.facts:
            for f in got.fills:
                f.detail = r.raw or f.detail       # the answer it came from
            was = [get(iv.form, f.path) for f in got.fills if not f.path.startswith("indicators:")]
            iv.apply_gated(Patch(got.fills, got.facts, got.notes), {F.group(path)}, m.value, reply)
            r.act("correction" if m.marked or any(w not in (None, "", []) for w in was) else "facts")
            return True
    label = F.label(m.path)
    reply.said.append(f"听出您要改「{label}」，但没读出新的值。请写成“{label}是……”。")
    r.act("correction")
    return True


def _same(iv: "Interview", path: str, value) -> bool:
    try:
        return get(iv.form, path) == value
    except (AttributeError, IndexError):
        return False


def flow_value(iv: "Interview", path: str) -> str:
    from .flow import _value
    return _value(iv.form, "start" if path in ("start", "end") else path)


def choose(iv: "Interview", q: Question, r: Reading, reply: "Reply") -> bool:
    """A pick of numbered options, or "用你说的那个" (the proposal, or the example to adopt as 待确认)."""
    if q.kind == "indicators" and r.picks:
        rows = [q.choices[i - 1].to_row() for i in r.picks]
        stated = [not q.choices[i - 1].needs_confirmation for i in r.picks]
        fills = [Fill(f"indicators:{row['name']}", row, kind="stated" if s else "suggested",
                      detail="选用并按您的数字填写" if s else "指标库示例值（待确认）", primary=True) for row, s in zip(rows, stated)]
        iv.apply_gated(Patch(fills), {F.group(q.field)}, "", reply, adopt=True)
        return True
    if r.picks and q.kind == "rows":
        return iv.adopt(q, [q.proposal[i - 1] for i in r.picks], reply)
    if r.picks and q.choices:
        return iv.adopt(q, q.choices[r.picks[0] - 1], reply)
    if r.adopt:
        if q.choices and len(q.choices) == 1:
            return iv.adopt(q, q.choices[0], reply)
        reply.said.append("请回复编号选一个，例如“1”。")
        return True
    return False


def yes_no(iv: "Interview", q: Question, r: Reading, reply: "Reply") -> bool:
    if q.kind == "fix":
        iv.settle(q)
        if r.yes:
            fixed = apply_corrections(iv.form, [q.proposal])
            reply.changed.extend(iv.replace(fixed, f"按规则更正：{q.proposal['reason']}", kind="computed"))
        else:
            reply.said.append("好的，保留原值。")
        return True
    if q.kind == "confirm":
        if r.yes:
            iv.settle(q)
            reply.said.append(f"已确认 {len(iv.confirm())} 个数字。")
        else:
            reply.said.append("哪一个不对？请说“改一下：……”，例如“改一下：本年度预算是48.6万”；没问题就回复“确认”。")
        return True
    if r.yes and q.proposal is not None:
        return iv.adopt(q, q.proposal, reply)
    if not r.yes and q.proposal is not None:
        iv.reject(q)
        reply.said.append("好的，不用这个。")
        return True
    if r.yes and q.kind == "rows":
        return iv.adopt(q, q.proposal, reply)
    return False


def answer(iv: "Interview", q: Question, text: str, reply: "Reply", r: Reading) -> bool:
    """The rest of the message as the answer to the pending question."""
    if q.kind in ("confirm", "fix"):
        reply.said.append("请回复“确认”（或“是”），需要修改的话说“改一下：……”。" if q.kind == "confirm"
                          else "请回复“是”应用这项更正，或“不是”保留原值。")
        return False
    if q.kind in ("indicators", "rows") or q.field.startswith("indicators"):
        return _indicators(iv, q, text, reply, r)
    if q.kind == "value" or q.field.startswith(("budget_items[", "goals.annual[", "goals.long_term[")):
        ok = iv.correct_path(q.field, text, reply)
        if ok:
            iv.settle(q)
            r.act("answer")
        return ok
    before = iv.missing(q.field)
    if q.key == "year:start":            # "3月到6月" then "2025年": the months she gave, in that year
        text = f"{iv.facts.get('months_text', '')} {text}"
    offline = getattr(iv.extractor, "__module__", "").endswith(".extract")
    said = text if offline else r.raw                  # a model reads the whole message; the gate checks it all
    patch = iv.extractor(said, iv.context(q.field))
    changed = iv.apply_gated(patch, {F.group(q.field)}, said, reply, asked=q.field)
    kind = "funding" if q.field == "funding" else F.kind(q.field)
    clauses = [c for c in re.split(r"[，,。；;！!？?（）()\n]+", text) if c.strip()]
    if not _filled(iv, q, before, changed) and offline and kind in _TYPED and len(clauses) > 1 and kind != "items":
        for c in clauses:                # "嗯…高龄老人津贴发放？我们科长说是这个名字": the clause that answers
            changed += iv.apply_gated(iv.extractor(c, iv.context(q.field)), {F.group(q.field)}, c, reply, asked=q.field)
            if _filled(iv, q, before, changed):
                break
    changed += _funding_rest(iv, q, text, reply, bool(changed))
    filled = _filled(iv, q, before, changed)
    if filled:
        r.act("answer")
        iv.settle(q)
        iv.last_field = q.field
    if any(not territory(q.field, p) for p in changed if not p.startswith("indicators:")):
        r.act("facts")
    if filled:
        return True
    if r.hedges:
        return bool(changed)
    if "dont_know" in r.acts or "question" in r.acts:
        return bool(changed)             # "有没有结转我也不知道": what she does not know is not an answer
    heard = [F.label(f.path) for f in patch.fills if f"misfiled:{f.path}" in iv.last_refused]
    if heard:
        reply.said.append(f"听出您说的是「{'、'.join(dict.fromkeys(heard))}」，先记下，问到那一项时再请您确认。")
    invented = [x for x in iv.last_refused if x.startswith("invented:") and F.group(x.split(":")[1]) == F.group(q.field)]
    got = read(q.field, text, iv.context(q.field))
    if got.fills and not changed and not invented:
        reply.said.append(f"「{F.label(q.field)}」没有改动。")
        r.act("answer")
        return True
    if heard and not got.fills:
        r.act("facts")
        return True
    if got.miss == "no_year":
        iv.facts["months_text"] = text
        y = iv.today.year
        iv.push_followup(Question(field="start", key="year:start", text=f"“{plain(text)}”是哪一年？",
                                  extra=[QuickReply(f"{y}年（今年）", f"{y}年"), QuickReply(f"{y + 1}年（明年）", f"{y + 1}年")]))
        r.act("answer")
        return True
    if got.miss == "non_answer" and re.match(r"^(?:没有|没|无|不需要|不用)", plain(text)):
        r.act("deny")                    # "没有文件": no such thing — what may stand instead is said
        miss_said(iv, q, got.miss, text, reply)
        return True
    miss_said(iv, q, got.miss or "no_value", text, reply)
    if not changed:
        r.act("unclear")
    return bool(changed)


def _filled(iv: "Interview", q: Question, before: bool, changed: list[str]) -> bool:
    return (before and not iv.missing(q.field)) or any(territory(q.field, p) for p in changed)


def _funding_rest(iv: "Interview", q: Question, text: str, reply: "Reply", read_any: bool) -> list[str]:
    """After the funding answer: 没有 / 全部财政 → no carry-over, no other money, and (the total known) all
    of it this year's; the single item she said. The paths changed."""
    changed: list[str] = []
    if q.field == "funding":
        if re.match(r"^(没有|无|都没有|没|不涉及)", plain(text)) or iv.facts.pop("all_current", False):
            zeros = [p for p in ("funding.carryover", "funding.other") if get(iv.form, p) is None or
                     (iv.provenance.get(p) is not None and iv.provenance[p].kind == "computed")]
            fills = [Fill(p, 0.0, detail=text, primary=True) for p in zeros]
            f = iv.form.funding
            iv.facts["all_this_year"] = True      # "都是本年的": the current year's budget is the total, and follows it
            if f.total is not None and not (f.carryover or 0) and not (f.other or 0) and f.current_year != f.total:
                fills.append(Fill("funding.current_year", f.total, detail=text, primary=True))
            changed += iv.apply_patch(Patch(fills), reply)
            read_any = True
        if read_any and iv.form.funding.total is not None:
            changed += iv.apply_patch(complete_funding(iv.form), reply)
    if q.field == "budget_items" and not iv.form.budget_items and iv.facts.get("single_item") \
            and iv.form.funding.total is not None:
        name = iv.facts.pop("single_name", "") or iv.form.project_name or "项目支出"
        changed += iv.apply_patch(Patch([Fill("budget_items", [{"name": name, "amount": iv.form.funding.total}],
                                              detail=text, primary=True)]), reply)
    return changed


def miss_said(iv: "Interview", q: Question, miss: str, text: str, reply: "Reply") -> None:
    label = F.label(q.field) if q.field in F.specs() or q.field == "funding" else readable(iv.form, q.field)
    said = _MISS.get(miss, _MISS["no_value"]).format(label=label, text=plain(text)[:20])
    need = iv.need(q.field)
    reply.said.append(f"{said}。{need}")


def _indicators(iv: "Interview", q: Question, text: str, reply: "Reply", r: Reading) -> bool:
    cat = q.field.split(".", 1)[1] if q.field.startswith("indicators.") else "质量指标"
    if q.field.startswith("indicators:"):
        ok = iv.correct_path(q.field, text, reply)
        if ok:
            iv.settle(q)
            r.act("answer")
        return ok
    got = read_rows(text, cat, q.choices)
    if got.dropped and not got.rows:
        reply.said.append(f"「{got.dropped[0]}」是指标的分类名（二级指标），不是具体指标。请写具体的指标名称和数值，"
                          f"例如“{q.example or '信访事项按期办结率 ≥95%'}”。")
        r.act("unclear")
        return False
    if not got.rows:
        if re.fullmatch(r"\d{1,2}", plain(text)) and q.choices:
            reply.said.append(f"没有第{plain(text)}个选项，请回复 1 到 {len(q.choices)} 之间的编号。")
        elif NON_ANSWER.match(plain(text)):
            reply.said.append(f"{cat}不能空着，请写一条指标和数值，或说“跳过”。")
        else:
            reply.said.append(f"没能从“{plain(text)[:20]}”里读出指标名称和数值。请按“指标名称 数值”写，"
                              f"例如“{q.example or '聘用人员到岗率 ≥98%'}”，或回复编号。")
        r.act("unclear")
        return False
    fills = [Fill(f"indicators:{row['name']}", row, kind="stated", detail=text, primary=True) for row, _ in got.rows]
    changed = iv.apply_gated(Patch(fills), {"indicators"}, text, reply)
    if q.choices and re.match(r"^\s*(?:第)?\d{1,2}\s*(?:个|项|号|条)?\s*[，,：:]?\s*(?:改成|改为|换成)", plain(text)):
        r.act("choice")                  # "1改成95%": the first option, with her value
    if got.built and changed:            # names made from her sentence: shown, to be corrected if wrong
        reply.said.append("我把您的话整理成了指标（名称是按您的话拟的）：" + "；".join(
            f"{row['level2']}「{row['name']}」{row['value']}" for row, _ in got.rows) +
            "。名称或数值不对的话，可以说“改一下：…”或“删掉…”。")
    iv.settle(q)
    if "choice" not in r.acts:
        r.act("answer")
    return True


def _correct_last(iv: "Interview", q: Question, text: str, reply: "Reply", r: Reading) -> bool:
    """"不对，是13个" with no field named: the answer just given is corrected, when the words fit it."""
    path = iv.last_field
    own = read(q.field, text, iv.context(q.field)) if q.kind == "field" else None
    got = read(path, text, iv.context(path))
    if (own is not None and (own.fills or own.facts)) or not (got.fills or got.facts) or F.kind(path) == "text":
        return answer(iv, q, text, reply, r)
    iv.apply_gated(Patch(got.fills, got.facts, got.notes), {F.group(path)}, text, reply)
    r.act("correction")
    return True
