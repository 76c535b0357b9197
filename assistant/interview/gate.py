"""The one gate every patch passes before it touches the form: the offline reading, an LLM's patch,
a picked suggestion. Pure.

    ok, refused = admit(patch, Allow(fields={"funding"}, text=answer, this_year=2026))

Refused (each with a Chinese reason, never applied):
- a fill of a field the answer neither was asked about nor names (fields.yaml) — **misfiled**;
- a stated value holding a number the answer does not state (48.6万 = 486000元 = 四十八万六千 are
  the same number; 今年 is this year) — **invented**;
- a suggested value (a library example, a model's guess) unless the applicant adopted it;
- a fill computed by anyone but the interview's own arithmetic (derive.py, which never comes here);
- a fact (headcount, pay, months, quantities, prices) whose number the answer does not state;
- any amount read from a message that is a pick of a numbered choice ("1", "选第2个");
- a name, unit or person holding a pasted block or a list (lines, tabs, "label：value", over 40 characters);
- a name or a text that is only talk to the reader or the assistant ("妥否，请批示", "换小何跟你弄");
- a name or a text with no word in it once sounds and pointing words are gone ("sdfg 那个那个");
- an indicator value that is only a joining word ("和": a sentence cut at the wrong place, guard.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..llm.support import missing_numbers, numbers_in
from . import answers as A
from . import fields as F
from .answers import Fill, Patch
from .asides import talk_only
from .guard import wordless

_MONEY = re.compile(r"^(?:funding\.|budget_items)")



_NAMES = ("name", "org", "person")
_WORDS = _NAMES + ("text", "goals")
_NOT_ONE_NAME = re.compile(r"[\n\t]|^.{41,}$|[：:]")


@dataclass
class Allow:
    fields: set[str]                   # question groups the answer may change (fields.group)
    text: str                          # the applicant's message: the only source of stated numbers
    this_year: int | None = None
    adopt: bool = False                # she picked or accepted a suggestion: suggested values may go in
    choice: bool = False               # the message is a pick of a numbered choice: it states no amount
    year: int | None = None            # the budget year she gave earlier: a period's months may rest on it
    source: set[float] = field(default_factory=set)
    rows: set[str] = field(default_factory=set)     # the names the form's rows already have (imported ones stand)
    lines: set[tuple] = field(default_factory=set)  # (name, amount) of the budget lines the form has: kept, not restated
    today: Any = None                  # the day of the interview: "下个月" is a month she states

    def __post_init__(self) -> None:
        self.source = source_numbers(self.text, self.this_year, self.today)


def source_numbers(text: str, this_year: int | None = None, today: Any = None) -> set[float]:
    """Every number the message states, however written (digits, Chinese numerals, 九成, 48万6, 今年)."""
    from .choices import spoken_numbers
    from .when import cn_dates, resolve
    t = A.prep(text)
    from .deadline import spoken_due
    from .when import PERIOD_SAID, parts_of_year
    variants = [text, t, cn_dates(t), spoken_numbers(t), re.sub(r"((?:19|20)\d\d)[./](\d{1,2})", r"\1年\2月", t),
                spoken_due(t), parts_of_year(t)]          # "Q3前" is 9月底前, "上半年" 1月至6月
    if this_year:
        from .when import _prep, months_of_today
        variants += [resolve(cn_dates(t), this_year)[0], _prep(t, this_year)[0], months_of_today(t, today)[0]]
    variants.append(re.sub(r"([一二三四五六七八九])成([一二三四五六七八九])?",
                           lambda m: str(int(A.to_number(m.group(1)) or 0) * 10 + int(A.to_number(m.group(2) or "零") or 0)), t))
    variants.append(" ".join(f"{a[2]:g}" for a in A.amounts(t)))   # every amount as 万元: "1.2亿" states 12000
    out: set[float] = set()
    for v in variants:
        out |= numbers_in(v)
    return out


def allowed_groups(asked: str | None, text: str, form: Any) -> set[str]:
    """The asked question's group, and every field the message names (by a lexicon word anywhere,
    or as the speaker's own unit: "我们信访局…")."""
    out = {F.group(asked)} if asked else set()
    t = A.prep(text)
    for word, paths in F._words():
        if word in t:
            out |= {F.group(p) for p in paths}
    out |= {s.group for s in F.specs().values() if any(w in t for w in s.signals)}
    for m in F.mentions(t, form):
        out |= {F.group(p) for p in m.paths}
    if A.org_name(t, strict=True):
        out.add("unit")
    from .when import PERIOD_SAID, parts_of_year
    if PERIOD_SAID.search(parts_of_year(t)):
        out.add("start")             # "明年1月到12月", "24年Q1到Q4": a period of months names the period
    if F.group("funding.total") in out and re.search(r"(?:万元|万|元)[，,。\s]*其中", t):
        out.add(F.group("budget_items"))     # "共计70万元，其中：1.…": the lines of the total (read only when they add up)
    return out


def _years_counted(f: Fill, allow: Allow) -> bool:
    """An end counted from a start year and a number of years she both stated ("自2027年起三年" → 2029-12), the sum
    checked here: the only computed period the gate admits (listed for her to confirm like any computed value)."""
    m = re.fullmatch(r"(\d{4})年起(\d{1,2})年，到(\d{4})年12月", f.detail or "")
    return bool(f.path == "end" and m and f.value == f"{m.group(3)}-12" and int(m.group(1)) + int(m.group(2)) - 1 == int(m.group(3))
                and not missing_numbers(float(m.group(1)), allow.source) and not missing_numbers(float(m.group(2)), allow.source))


def invented(fill: Fill, allow: Allow) -> list[str]:
    """The numbers of a stated value that the message does not state."""
    v, p = fill.value, fill.path
    if p == "budget_items":
        bad = []
        for it in v or []:
            if (it.get("name"), it.get("amount")) in allow.lines:
                continue                 # a line the form has, kept beside the one she adds
            bad += missing_numbers(it.get("amount"), allow.source, amount=True)
            bad += missing_numbers(it.get("name"), allow.source)
        return bad
    if _MONEY.match(p):
        return missing_numbers(v, allow.source, amount=True)
    if p in ("start", "end"):
        if not re.match(r"\d{4}", str(v)) or float(str(v)[:4]) == allow.year:
            return []
        return missing_numbers(float(str(v)[:4]), allow.source)
    if p == "fill_date":
        return []
    if p.startswith("indicators:") and isinstance(v, dict):
        return missing_numbers(v.get("value"), allow.source) + missing_numbers(v.get("name"), allow.source)
    if p in ("function_code", "unit_phone", "department_phone", "department_code"):
        from .readers import cn_digits
        digits = re.sub(r"\D", "", str(v))
        return [] if digits and digits in re.sub(r"\D", "", cn_digits(A.prep(allow.text))) else [str(v)]
    if isinstance(v, list):
        return [n for g in v for n in missing_numbers(g, allow.source)]
    return missing_numbers(v, allow.source)


# a budget line's name that says its amount is a difference from another year (an indicator may say so: 比上年下降3个百分点)
_COMPARED_NAME = re.compile(r"(?:较|比)(?:上年|去年|往年|前年|上一年)|同比|环比")


def _bad_row(f: Fill, have: set[str]) -> str:
    """Why a row's name or value cannot stand (guard.py): '' when it can, or when the row exists already."""
    from .guard import bad_name, bad_row
    if f.path.startswith("indicators:") and isinstance(f.value, dict):
        name = f.value.get("name") or f.path.split(":", 1)[1]
        if name in have:
            return ""
        why = bad_row(name, str(f.value.get("value") or ""))
        return f"{name}（{why}）" if why else ""
    if f.path == "budget_items" and isinstance(f.value, list):
        for it in f.value:
            name = str((it or {}).get("name") or "")
            if name not in have and bad_name(name):
                return f"{name}（{bad_name(name)}）"
            compared = _COMPARED_NAME.search(name)
            if name not in have and compared:        # "人员经费较上年增加 3万": a difference, no line's amount
                return f"{name}（含“{compared.group(0)}”）"
    if f.path == "project_name" and isinstance(f.value, str) and f.value not in have:
        m = re.search(r"才对|还是|老名字|就叫|名字|改成|改为|(?<![更替])换成|应该是|说错|写错|[吧呢吗啊呀哈嘛哦]$", f.value)
        return f"{f.value}（含“{m.group(0)}”）" if m else ""
    return ""


def admit(patch: Patch, allow: Allow) -> tuple[Patch, list[str]]:
    """(the fills and facts that pass, one Chinese line per refusal)."""
    ok = Patch(facts={}, notes=list(patch.notes))
    refused: list[str] = []
    for f in patch.fills:
        label = F.label(f.path) if not f.path.startswith("indicators:") else f"指标「{f.path.split(':', 1)[1]}」"
        if F.group(f.path) not in allow.fields:
            refused.append(f"misfiled:{f.path}")
            continue
        if F.kind(f.path) in _WORDS and any(wordless(v) for v in (f.value if isinstance(f.value, list) else [f.value])
                                              if isinstance(v, str)):
            refused.append(f"no_words:{f.path}")            # "sdfg 那个那个": sounds and keys, nothing to keep
            continue
        if F.kind(f.path) in _WORDS and isinstance(f.value, str) and talk_only(f.value):
            refused.append(f"talk:{f.path}")                # "换小何跟你弄", "妥否，请批示": said to us, nothing of the project
            continue
        if F.kind(f.path) in _NAMES and isinstance(f.value, str) and _NOT_ONE_NAME.search(f.value):
            refused.append(f"not_a_name:{f.path}")          # a pasted block or a list is never one name
            continue
        why = _bad_row(f, allow.rows)
        if why:
            refused.append(f"bad_name:{f.path}:{why}")     # talk, a correction, a fragment: asked about, never a row
            continue
        if f.kind == "computed" and not (f.path == "fill_date" and re.match(r"按(?:今天|明天|明日|明儿|后天|昨天|昨日|前天|tomorrow|yesterday)（", f.detail)) \
                and not _years_counted(f, allow):
            refused.append(f"computed:{f.path}")
            continue
        if f.kind == "suggested" and not allow.adopt:
            refused.append(f"suggested:{f.path}")
            continue
        if allow.choice and (_MONEY.match(f.path) or f.path == "year"):
            refused.append(f"choice:{f.path}")
            continue
        if f.kind == "stated" and not allow.adopt:      # an adopted proposal was built from her earlier words
            bad = invented(f, allow)
            if bad:
                refused.append(f"invented:{f.path}:{label}（{'、'.join(bad)}）")
                continue
        ok.fills.append(f)
    for k, v in patch.facts.items():
        if k in ("headcount", "monthly", "months", "yearly_each") and isinstance(v, (int, float)) and not allow.choice:
            if missing_numbers(v, allow.source) and not (k == "monthly" and not missing_numbers(v / 10_000, allow.source)):
                if not (k == "months" and v == 12):
                    refused.append(f"invented:fact.{k}")
                    continue
        if k == "quantities":
            v = [q for q in v if not missing_numbers(q.get("n"), allow.source)]
        if k == "unit_price" and missing_numbers(v.get("yuan"), allow.source) \
                and missing_numbers(v.get("yuan", 0) / 10_000, allow.source):
            refused.append("invented:fact.unit_price")
            continue
        ok.facts[k] = v
    return ok, refused


__all__ = ["Allow", "admit", "allowed_groups", "invented", "source_numbers"]
