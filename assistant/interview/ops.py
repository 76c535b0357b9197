"""What a turn may do to the interview, as methods of ``Interview`` (a mixin): apply a patch through
the gate, correct a field or a fact and what follows from it, adopt a proposal, set a question
aside, take an edit made outside the chat. Every change of the form goes through ``apply_patch``
(the provenance of each value, the old value said back) or ``replace`` (whole-form edits).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..caps import cap_form
from ..model import Declaration, category_of
from . import fields as F
from . import exact, flow, gate
from .answers import Fill, Patch
from .apply import apply, describe, get, readable
from .choices import CATEGORIES, norm_value, spoken_numbers
from .derive import derive, in_category, item_periods
from .itemfix import bare_amount
from .provenance import Source
from .questions import Option, Question, QuickReply
from .readers import RECKONED, Hedge, read
from .rows import read_rows

if TYPE_CHECKING:
    from .engine import Reply

DERIVED = ("人数", "每人每月", "数量", "单价", "月人均", "人均")
_ROW_FIELDS = ("", "project_name", "unit", "overview")     # answers about the project: its facts give indicator rows


class Ops:
    # --- writing the form ---------------------------------------------------------------
    def apply_patch(self, patch: Patch, reply: "Reply") -> list[str]:
        changed = []
        for k, v in patch.facts.items():
            if k == "quantities":
                have = self.facts.setdefault("quantities", [])
                have.extend(q for q in v if q not in have)
            elif k == "beside" and self.facts.get("beside_turn") == self.turn:   # a clause of the same message
                self.facts[k] = self.facts.get(k, []) + [w for w in v if w not in self.facts.get(k, [])]
            else:
                if k == "beside":
                    self.facts["beside_turn"] = self.turn
                self.facts[k] = v
        for f in patch.fills:
            old = shown(self.form, f.path)
            done = apply(self.form, self.provenance, f, self.turn)
            if done:
                reply.old.setdefault(done, old)
                reply.changed.append(done)
                changed.append(done)
        noted = self.facts.setdefault("noted", [])
        for n in patch.notes if changed or not patch.fills else []:   # (a reading of what was not written: not said)
            if n not in noted:      # each remark is made once per draft
                noted.append(n)
                reply.said.append(n)
        return changed

    def apply_gated(self, patch: Patch, groups: set[str], text: str, reply: "Reply", adopt: bool = False,
                    asked: str | None = None) -> list[str]:
        """The gate (gate.py) first: what the answer may change and the numbers it states."""
        allowed = set(groups) | (gate.allowed_groups(asked, text, self.form) if text else set())
        have = {i.name for i in self.form.indicators} | {b.name for b in self.form.budget_items} | {self.form.project_name}
        ok, refused = gate.admit(patch, gate.Allow(allowed, text, self.today.year, adopt=adopt,
                                                   year=self.context(None).year, rows=have,
                                                   lines={(b.name, b.amount) for b in self.form.budget_items},
                                                   today=self.today))
        self.last_refused += refused
        heard = [f for f in patch.fills if f"misfiled:{f.path}" in refused and not f.primary]
        for f in heard:              # said in passing about another field: offered when that field is asked
            self.facts.setdefault("heard", {}).setdefault(F.group(f.path), []).append([f.path, f.value, text])
        for x in refused:
            if x.startswith("invented:") and x.count(":") >= 2:
                reply.said.append(f"{x.split(':', 2)[2]}：回答里没有这个数，没有填写。")
        return self.apply_patch(ok, reply)

    def replace(self, form: Declaration, note: str, kind: str = "stated") -> list[str]:
        """Swap in an edited form (its values cut to their bounds, caps.py); every changed value gets a ``kind``
        source with ``note``."""
        form = form.model_copy(deep=True)
        cap_form(form)
        changed = flow.diff_paths(self.form, form)
        self.form = form
        for p in changed:
            self.provenance.set(p, Source(kind, note, self.turn, confirmed=kind == "stated"))
        self.pending = None
        return changed

    def replace_said(self, form: Declaration, note: str, reply: "Reply") -> list[str]:
        """``replace``, each change said as every change is (已把「…」从「35万元」改为「30万元」: reply.old)."""
        before = self.form
        changed = self.replace(form, note)
        for p in changed:
            reply.old.setdefault(p, shown(before, p))
        reply.changed += changed
        return changed

    def set_form(self, form: Declaration, note: str = "在表格中修改") -> list[str]:
        """An edit made outside the chat (the preview, a one-click correction): each changed value is
        checked by its field's reader (a phone must read as a phone, a period as months …), recorded
        as stated with ``note``, and what was computed from it follows. Refused edits keep the old
        value and are said with the next reply (``notices``)."""
        new = form.model_copy(deep=True)
        for p in flow.diff_paths(self.form, new):
            problem = _edit_problem(self, p, get(new, p)) if p in _TYPED else ""   # goals.annual[0] has no get()
            if problem:
                _set(new, p, get(self.form, p))
                self.notices.append(problem)
        changed = self.replace(new, note)
        for p in changed:
            if p in self.skipped:
                self.skipped.remove(p)
        from .engine import Reply
        reply = Reply()
        self._after(reply, say=False)
        return changed + [p for p in reply.changed if p not in changed]

    def _proposed_total(self, patch: Patch) -> Patch:
        """At the money question the total her facts give is asked as a proposal (answer.offer_total), never
        stored as computed before her yes: derive's computed total leaves the patch."""
        if self.turn_field == "funding" and self.form.funding.total is None:
            patch.fills = [f for f in patch.fills if f.path != "funding.total"]
        return patch

    def _derived(self, total_stated: bool) -> Patch:
        """What follows from the facts (derive.py). Indicator rows only when this message is about the
        project or its indicators and changed a fact (a "？？？" at the 数量指标 question adds no row), and
        while one category is asked only rows of that category (no 成本指标 row for a 数量指标 answer)."""
        field, moved = self.turn_field, self.turn_facts is None or row_facts(self.facts) != self.turn_facts
        patch = derive(self.form, self.facts, total_stated=total_stated,
                       rows=moved and (field in _ROW_FIELDS or field.startswith(("indicators", "fact."))))
        self._proposed_total(patch)
        if field.startswith("indicators."):
            cat = field.split(".", 1)[1]
            patch.fills = [f for f in patch.fills if not f.path.startswith("indicators:") or in_category(f.value, cat)]
        return patch

    def _after(self, reply: "Reply", say: bool = True) -> None:
        for _ in range(3):
            before = len(reply.changed)
            src = self.provenance.get("funding.total")
            self.apply_patch(self._derived(total_stated=bool(src and src.confirmed)), reply)
            self.apply_patch(item_periods(self.form), reply)
            flow.recompute(self, reply)
            if len(reply.changed) == before:
                break
        if say and reply.changed:
            said, fixed = [], []
            for p in dict.fromkeys(reply.changed):
                if p.startswith("budget_items[") and not p.endswith((".amount", ".name")):
                    continue             # a line's period follows the project's: not hers to be told
                old = reply.old.get(p)
                if old and not shown(self.form, p):
                    fixed.append(f"已把{F.quoted(field_label(self.form, p))}（原为「{old}」）空出来")
                elif old and old != shown(self.form, p):
                    fixed.append(f"已把{F.quoted(field_label(self.form, p))}从「{old}」改为「{shown(self.form, p)}」")
                else:
                    said.append(describe(self.form, self.provenance, p))
            reply.said[:0] = (["已记录：" + "；".join(said) + "。"] if said else []) + (["；".join(fixed) + "。"] if fixed else [])

    # --- questions ----------------------------------------------------------------------
    def missing(self, field_path: str) -> bool:
        if field_path.startswith("fact."):
            return not self.facts.get(field_path.split(".", 1)[1])
        return flow.missing(self.form, field_path)

    def need(self, field_path: str) -> str:
        from . import glossary
        try:
            e = glossary.for_field(field_path)
        except KeyError:
            return "请再写一次，或说“跳过”。"
        ex = e.example(self.form)
        return f"请写{F.label(field_path) if field_path in F.specs() else e.term}" + (f"，例如“{ex}”" if ex else "") + "；不清楚可以问“什么是" + e.term + "”，或说“跳过”。"

    def question_for(self, path: str) -> Question:
        return flow.make(self, path, current=True)

    def push_followup(self, q: Question) -> None:
        self.followups = [f for f in self.followups if f.get("key") != q.key or not q.key]
        self.followups.insert(0, q.to_spec())
        self.pending = None

    def set_aside(self, q: Question) -> None:
        self._drop_followup(q)
        if q.key:
            if q.key not in self.settled:
                self.settled.append(q.key)
        if (not q.key or q.key == f"ask:{q.field}") and q.field not in self.skipped:
            self.skipped.append(q.field)     # (a question asked on purpose — a click, 返回 — set aside is its field's:
            #                                  "跳过" there asked the same field again at once)

    def settle(self, q: Question) -> None:
        self._drop_followup(q)
        if q.key and q.key not in self.settled:
            self.settled.append(q.key)

    def reject(self, q: Question) -> None:
        """She said the proposal is not right: do not propose it again; ask the field plainly."""
        self._drop_followup(q)
        self.facts.setdefault("rejected", []).append(q.key or q.field)
        self.facts.get("heard", {}).pop(F.group(q.field), None)

    def _drop_followup(self, q: Question) -> None:
        self.followups = [f for f in self.followups if not (f.get("key") == q.key and f.get("field") == q.field)]

    def ask_exact(self, h: Hedge, reply: "Reply", q: Question | None = None, text: str = "") -> None:
        """A hedged figure: say so and ask for the exact one next (nothing is stored). ``q`` and ``text``: the question
        asked and her message — a rough figure of an indicator row is asked again by the row's name."""
        target = {"funding.total": "funding", "fact.monthly": "fact.monthly", "fact.headcount": "fact.headcount"}.get(h.path)
        label = {"funding": "项目资金总额（万元）", "fact.monthly": "每人每月的金额（元）", "fact.headcount": "人数"}.get(target or "", "")
        row = exact.row_of(q, text, h) if not target and q is not None else None
        if row is not None and q is not None:
            reply.said.append(f"“{h.text}”是个约数，申报表要写准确的数。")
            self.push_followup(exact.ask(q, row[0], row[1]))
            return
        if not target and q is not None and F.kind(q.field) in ("text", "goals") and h.text in shown(self.form, q.field):
            reply.said.append(f"“{h.text}”是个约数，已按原话记在「{F.label(q.field)}」里；填指标和金额时要写准确的数。")
            return                       # her text keeps her words: no exact figure is asked with no question to answer
        if not target or (target == "funding" and not self.missing(target)):
            reply.said.append(f"“{h.text}”是个约数，申报表要写准确的数，请写出准确的数。")
            return
        reply.said.append(f"“{h.text}”是个约数，申报表要写准确的数。")
        extra = []
        if h.value is not None:
            unit = {"funding": "万元", "fact.monthly": "元", "fact.headcount": "人"}[target]
            extra = [QuickReply(f"就按{h.value:g}{unit}", f"{h.value:g}{unit}")]
        self.push_followup(Question(field=target, kind="field", key=f"exact:{target}",
                                    text=f"{label}准确是多少？", extra=extra))

    def offer_rows(self, q: Question, rows: list[dict], text: str, reply: "Reply", which: str = "") -> None:
        """Rows read from her words, to confirm; ``which``: her value, said for several offered rows, to
        be given to the one she picks by number (a yes alone picks none)."""
        opts = [Option(f"{r['level2']}「{r['name']}」", r["value"], [(f"indicators:{r['name']}", r)]) for r in rows]
        self.settle(q)
        ask = ("我把您的话整理成了这些指标，对吗？回复“是”全部采用，回复编号只采用其中几条，或直接重写。" if not which else
               f"读到了数值「{which}」，是下面哪一项指标的？回复编号，或写出指标名称和数值。")
        self.push_followup(Question(field=q.field, kind="rows", key=f"{'which' if which else 'rows'}:{q.field}",
                                    proposal=[list(o.fills[0]) for o in opts], text=ask, choices=opts,
                                    extra=[] if which else [QuickReply("都对", "是")], source=text))

    def adopt(self, q: Question, value: Any, reply: "Reply", confirmed: bool = True) -> bool:
        """Take a proposal or an option: her own data (a guess from her answers, rows from her words) is
        confirmed by her "是"; an example adopted stays 待确认, and so does a proposal she left to the
        assistant ("你帮我选一个吧": ``confirmed=False``)."""
        self.settle(q)
        if isinstance(value, Option):
            fills = [Fill(p, v, kind="suggested" if value.needs_confirmation else "stated",
                          detail="示例值（待确认）" if value.needs_confirmation else f"确认建议：{value.name}", primary=True)
                     for p, v in value.fills]
        elif q.kind == "rows" or (isinstance(value, list) and value and isinstance(value[0], (list, tuple))):
            fills = [Fill(p, v, detail="按您的话整理", primary=True) for p, v in value]
        elif q.kind == "goals":
            fills = [Fill(q.field, value, kind="suggested", detail="根据表中数字拟定", primary=True)]
        else:
            fills = [Fill(q.field, value, kind="suggested", primary=True)]   # the label says 系统建议，已确认
        changed = self.apply_gated(Patch(fills), {F.group(q.field)} | {F.group(f.path) for f in fills}, q.source, reply,
                                   adopt=True)
        for f in fills:
            if f.kind == "suggested" and confirmed and not (isinstance(value, Option) and value.needs_confirmation):
                if q.kind == "goals":
                    self.confirm([f"{q.field}[{i}]" for i in range(len(value))])
                else:
                    self.confirm([f.path])
        self.last_field = q.field
        return bool(changed) or True

    def confirm(self, paths: list[str] | None = None) -> list[str]:
        """Mark suggested/computed values as confirmed (all unconfirmed ones when ``paths`` is None)."""
        todo = paths if paths is not None else [u.path for u in self.unconfirmed_numbers()]
        done = []
        for p in todo:
            src = self.provenance.get(p)
            if src is None:
                self.provenance.set(p, Source("stated", "申报人确认", self.turn))
                done.append(p)
            elif self.provenance.confirm(p, self.turn):
                done.append(p)
        if done:
            self.pending = None
        return done

    # --- corrections --------------------------------------------------------------------
    def had_fact(self, path: str) -> bool:
        return bool(self.facts.get(path.split(".", 1)[1]))

    def set_fact(self, key: str, text: str, reply: "Reply") -> bool:
        """A headcount or monthly pay stated or corrected: the computed amounts, the quantity
        indicator, the goals and the overview that state the old number follow it."""
        got = read(f"fact.{key}", text, self.context(f"fact.{key}"))
        ok, _ = gate.admit(Patch(facts=got.facts), gate.Allow({"overview"}, text, self.today.year))
        if key not in ok.facts:
            return False
        old = self.facts.get(key) or (_count_in_rows(self.form) if key == "headcount" else None)
        self.facts[key] = ok.facts[key]
        self.follow_facts(reply)
        if key == "headcount" and old and old != ok.facts[key]:
            _propagate_count(self, old, ok.facts[key], reply, text)
        if key == "monthly" and old and old != ok.facts[key]:
            _propagate_monthly(self, old, ok.facts[key], reply, text)
        self.last_field = f"fact.{key}"
        return True

    def follow_facts(self, reply: "Reply") -> None:
        """The computed amounts and the rows built from her facts, drawn again after a fact changed. While one
        indicator category is asked, a row of another category is only drawn again, never added ("每人每月1800元" to
        the 成本 question adds no 数量 row from a count said at the money question)."""
        cat = self.turn_field.split(".", 1)[1] if self.turn_field.startswith("indicators.") else ""
        names = {f"indicators:{i.name}" for i in self.form.indicators}
        for f in self._proposed_total(derive(self.form, self.facts)).fills:
            if cat and f.path.startswith("indicators:") and f.path not in names and not in_category(f.value, cat):
                continue
            src = self.provenance.get(f.path)
            f.primary = (f.path.startswith("indicators:") and (src is None or src.detail in DERIVED)) or \
                        (src is not None and src.kind == "computed")
            self.apply_patch(Patch([f]), reply)

    def recount(self, old: float, new: float, reply: "Reply", text: str) -> None:
        """A people count of her facts (48名网格员) corrected in its row: the facts, the computed total, the overview
        and the goals follow it."""
        hit = [q for q in self.facts.get("quantities") or [] if q["measure"] in ("人", "户") and q["n"] == old]
        if len(hit) != 1 and self.facts.get("headcount") != old:
            return
        for q in hit:
            q["n"] = new
        if self.facts.get("headcount") == old:
            self.facts["headcount"] = new
        self.follow_facts(reply)
        _propagate_count(self, old, new, reply, text, households=bool(hit) and hit[0]["measure"] == "户")

    def renumber(self, text: str, reply: "Reply") -> bool:
        from .renumber import renumber
        return renumber(self, text, reply)

    def correct_path(self, path: str, text: str, reply: "Reply") -> bool:
        """A value for one indicator, budget item or goal (a correction, or a review question)."""
        if path == "indicators" or path.startswith("indicators."):
            got = read_rows(text, path.split(".", 1)[1] if "." in path else "质量指标", [], self.today.year)
            if not got.rows:
                return False
            fills = [Fill(f"indicators:{r['name']}", r, detail=text, primary=True) for r, _ in got.rows]
            return bool(self.apply_gated(Patch(fills), {"indicators"}, text, reply))
        m = re.fullmatch(r"indicators\[(\d+)\]", path)
        if m and int(m.group(1)) < len(self.form.indicators):
            path = f"indicators:{self.form.indicators[int(m.group(1))].name}"
        if path.startswith("indicators:"):
            ind = next((x for x in self.form.indicators if x.name == path.split(":", 1)[1]), None)
            if ind is None:
                return False
            if RECKONED.search(text):
                return False             # "…改成60户×1.5万=90万": a sum reckoned, a budget line's amount, no row's value
            cat = category_of(ind) if category_of(ind) in CATEGORIES else ("满意度指标" if "满意" in ind.level1 else "效益指标")
            said = re.split(F.CHANGE_TO, text.strip())[-1]    # "95%改成97%": the value after the change, never both
            said = spoken_numbers(re.sub(r"^(?:改成|改为|(?<![更替])换成(?!本)|应该是|是|为)", "", said.strip()))
            value = _as_before(said, norm_value(said, cat, ind.name), ind.value)
            if not value or value == ind.value or not _a_value(value, self.form, ind.name):
                return False
            new = dict(ind.model_dump(), value=value)
            src = self.provenance.get(path)
            done = bool(self.apply_gated(Patch([Fill(path, new, detail=text, primary=True)]), {"indicators"}, text, reply))
            was, now = _people(ind.value), _people(value)
            if done and src is not None and src.detail in DERIVED and was and now and was != now:
                self.recount(was, now, reply, text)     # "网格员人数改成50人": her facts, the total, the overview follow
            return done
        m = re.fullmatch(r"budget_items\[(\d+)\](?:\.(\w+))?", path)
        if m and int(m.group(1)) < len(self.form.budget_items):
            got = read("funding.other", text, self.context(path))      # one amount
            now = self.form.budget_items[int(m.group(1))].amount
            bare = not re.search(r"万|元|块|[wW]", text)               # "是412,000": in 元 or 万元, as the line is
            fills = [Fill(f"budget_items[{m.group(1)}].amount", v, detail=text, primary=True) for f in got.fills
                     if (v := bare_amount(f"{f.value:g}", "", now) if bare else f.value) is not None]
            if got.fills and not fills:          # "250" for a line of 26.4万元: 250万 or 250元 is hers to say
                reply.said.append(f"“{text.strip()}”没有单位：是万元还是元？请带上单位再说一次，这一项先没有改。")
                return True
            return bool(self.apply_gated(Patch(fills), {"budget_items"}, text, reply))
        m = re.fullmatch(r"(goals\.(?:annual|long_term))\[(\d+)\]", path)
        if m:
            goals = list(get(self.form, m.group(1)))
            got = read(m.group(1), text, self.context(m.group(1)))
            if not got.fills or int(m.group(2)) >= len(goals):
                return False
            goals[int(m.group(2))] = got.fills[0].value[0]
            return bool(self.apply_gated(Patch([Fill(m.group(1), goals, detail=text, primary=True)]), {m.group(1)}, text, reply))
        return False


def _a_value(value: str, form: Declaration, name: str) -> bool:
    """``value`` can stand as an indicator's value: a figure, a date or limit, or a graded or yes/no state — never words
    that name another row of hers ("单价那个" asked of 合格率) or talk."""
    from ..lexicon import QUALITATIVE_OK, VAGUE_WORDS
    v = value.strip("，,。；; ")
    if re.search(r"\d|[一二两三四五六七八九十百]+(?:[%％个人次天日月年]|成)|[底前内]$|按时|及时|按期|每月|每季|每年|全年", v):
        return True
    others = [i.name for i in form.indicators if i.name != name]
    if any(len(w) >= 2 and w in v for o in others for w in re.findall(r"[\u4e00-\u9fa5]{2}", o)) and not QUALITATIVE_OK.search(v):
        return False
    return bool(QUALITATIVE_OK.search(v) or VAGUE_WORDS.search(v)) and len(v) <= 12


def row_facts(facts: dict) -> dict:
    """The facts that give rows (not the remarks made or the values heard in passing)."""
    return {k: v for k, v in facts.items() if k not in ("noted", "heard")}


def shown(form: Declaration, path: str) -> str:
    if path.startswith("indicators:"):
        ind = next((x for x in form.indicators if x.name == path.split(":", 1)[1]), None)
        return ind.value if ind else ""
    try:
        v = get(form, path)
    except (AttributeError, IndexError):
        return ""
    if v in (None, "", []):
        return ""
    if path == "budget_items":
        return "；".join(f"{it.name} {it.amount:g}万元" for it in v if it.amount is not None)
    if path == "funding":                # the parts by their labels, never the model's repr ("total=1200.0 carryover=…")
        return "；".join(f"{F.label('funding.' + k)}{x:g}万元" for k, x in v.model_dump().items() if x is not None)
    if isinstance(v, float):
        return f"{v:g}万元" if path.startswith(("funding", "budget_items")) else f"{v:g}"
    if isinstance(v, list):
        return "；".join(map(str, v))
    return str(v)


def field_label(form: Declaration, path: str) -> str:
    """How a reply names a path: an indicator by its name, a field by its label, a line or row by what it is."""
    if path.startswith("indicators:"):
        return path.split(":", 1)[1]
    return F.label(path) if path in F.specs() else readable(form, path)


def _set(form: Declaration, path: str, value: Any) -> None:
    obj = form
    parts = path.split(".")
    for part in parts[:-1]:
        obj = getattr(obj, part)
    setattr(obj, parts[-1], value)


_TYPED = {"unit_phone", "department_phone", "year", "start", "end", "fill_date", "function_code"}


def _edit_problem(iv: Any, path: str, value: Any) -> str:
    """Why a value typed into the preview cannot stand in that field ('' when it can)."""
    if path not in _TYPED or value in (None, ""):
        return ""
    kind = F.kind(path)
    got = read(path, str(value), iv.context(path))
    if got.fills or (kind == "period" and re.fullmatch(r"\d{4}-\d{2}", str(value))):
        return ""
    return f"「{F.label(path)}」填的“{value}”读不出{ {'phone': '电话号码', 'year': '年份', 'period': '年月', 'date': '日期', 'code': '7位编码'}.get(kind, '有效的值') }，保留原来的值。"


def _count_in_rows(form: Declaration) -> float | None:
    from ..values import parse_value
    for _, ind in form.indicators_in("数量指标"):
        pv = parse_value(ind.value)
        if pv.number is not None and pv.unit in ("人", "名"):
            return pv.number
    return None


def _propagate_count(iv: Any, old: float, new: float, reply: "Reply", text: str, households: bool = False) -> None:
    """Every place that states the old headcount ("12人", "12名", "=12人", "800户") states the new one."""
    o, n = f"{old:g}", f"{new:g}"
    rx = re.compile(r"(?<![\d.])" + re.escape(o) + (r"(?=\s*户)" if households else
                                                      r"(?=\s*(?:个人|名|人|位|个(?=[\u4e00-\u9fa5]{0,4}(?:工|员|人))))"))
    fills = []
    for _, ind in iv.form.indicators_in("数量指标"):
        if rx.search(ind.value):
            fills.append(Fill(f"indicators:{ind.name}", dict(ind.model_dump(), value=rx.sub(n, ind.value)), detail=text, primary=True))
    for scope in ("annual", "long_term"):
        goals = getattr(iv.form.goals, scope)
        if any(rx.search(g) for g in goals):
            src = iv.provenance.get(f"goals.{scope}[0]")
            fills.append(Fill(f"goals.{scope}", [rx.sub(n, g) for g in goals], kind=src.kind if src else "stated",
                              detail=text, primary=True))
    if rx.search(iv.form.overview):
        fills.append(Fill("overview", rx.sub(n, iv.form.overview), detail=text, primary=True))
    iv.aimed.extend(f.path for f in fills)     # the places stating the headcount she corrected (rollback.py)
    iv.apply_patch(Patch(fills), reply)


def _people(value: str) -> float | None:
    """The count of people (or households) a row value states: '=48人' → 48."""
    m = re.fullmatch(r"[=≥≤]?\s*(\d+(?:\.\d+)?)\s*[人户]", (value or "").replace(" ", ""))
    return float(m.group(1)) if m else None


def _propagate_monthly(iv: Any, old: float, new: float, reply: "Reply", text: str) -> None:
    """The overview that states the old monthly sum ("每人每月800元") states the new one."""
    rx = re.compile(r"((?:每人每月|每月每人|月人均|人均每月|每人每月补贴|每月)[^\d，,。；;]{0,4})" + re.escape(f"{old:g}") + r"(?![\d.])")
    if rx.search(iv.form.overview):
        iv.aimed.append("overview")
        iv.apply_patch(Patch([Fill("overview", rx.sub(lambda m: m.group(1) + f"{new:g}", iv.form.overview), detail=text,
                                   primary=True)]), reply)


def _as_before(said: str, value: str, old: str) -> str:
    """A row's new value keeps what her words leave unsaid from its old one: the unit of a bare figure ("11500" for
    "=12000人" → "=11500人", never the category's 万元), a per-thing unit ("450元" for "≤400元/生·年" → "≤450元/生·年"),
    and the bound ("850人" for "≥800人" → "≥850人": the category's default "=" is no word of hers; 100% stays "=100%")."""
    from ..values import parse_value
    from .recall import with_bound
    new, was, her = parse_value(value or ""), parse_value(old or ""), parse_value(said or "")
    if new.is_quantitative and new.number is not None and was.is_quantitative and was.unit and (
            not new.unit or was.unit.startswith(new.unit + "/") or re.fullmatch(r"\s*[≥≤<>=]?\s*[\d.]+\s*", said)):
        value = f"{new.op or was.op or ''}{new.number:g}{was.unit}"
    if her.op or not was.op or not her.is_quantitative or her.number is None or value.startswith("=100%"):
        return value
    return with_bound(value, was.op)
