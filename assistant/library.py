"""The indicator library: classify a project and recommend 三级指标 for a category.

Data live in ``assistant/data/indicators.yaml`` and ``project_types.yaml``. Ranking is jieba +
BM25 over the project's name, overview and unit functions against each entry's name and
keywords, boosted by the classified project type. Values are filled from the form's own numbers
where it has them (``needs_confirmation=False``); otherwise the library's typical value is
offered with ``needs_confirmation=True``. Offline and pure after the first (cached) load.
"""
from __future__ import annotations

import logging
import math
import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .model import BENEFIT_KINDS, LEVEL2, Declaration, category_of
from .textnum import normalize

DATA = Path(__file__).parent / "data"
DIRECTIONS = ("≥", "≤", "=", "定性")
CATEGORIES = ("数量指标", "质量指标", "时效指标", "成本指标", "效益指标", "满意度指标")
TYPE_BOOST = 3.0
MIN_TYPE_SHARE = 0.25   # entries of types scoring < 25% of the best type are left out when any type matched
WEAK_SHARE = 0.25       # a type's weak word (学校, 工资, 补助 …) counts a quarter of a core word: it cannot outvote one

_NUM = r"(\d+(?:\.\d+)?)"
_GAP = r"[^\d，。；;,]{0,8}?"


@dataclass(frozen=True)
class Entry:
    types: tuple[str, ...]
    level1: str
    level2: str
    name: str
    direction: str
    unit: str
    example: str
    keywords: tuple[str, ...]
    fill: str = ""


@dataclass(frozen=True)
class Suggestion:
    """One recommended indicator, ready to add to the form."""
    name: str
    level1: str
    level2: str
    value: str
    needs_confirmation: bool
    reason: str
    source: str = "library"
    fits: bool = True          # the row is of the project's own type (else her numbers are not put in it)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Filled:
    value: str
    from_form: bool
    note: str


# --- loading -------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    raw = yaml.safe_load((DATA / "indicators.yaml").read_text(encoding="utf-8"))["indicators"]
    return tuple(Entry(types=tuple(e["types"]), level1=e["level1"], level2=e["level2"], name=e["name"],
                       direction=str(e["direction"]), unit=str(e.get("unit") or ""), example=str(e["example"]),
                       keywords=tuple(e.get("keywords") or ()), fill=e.get("fill") or "") for e in raw)


@lru_cache(maxsize=1)
def project_types() -> dict[str, dict[str, Any]]:
    return yaml.safe_load((DATA / "project_types.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _jieba():
    import jieba
    jieba.setLogLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)
    jieba.initialize()
    words = {w for e in entries() for w in (e.name, *e.keywords)}
    words |= {w for t in project_types().values() for w in (*t["keywords"], *(t.get("weak") or ()))}
    for w in sorted(words):
        if len(w) > 1:
            jieba.add_word(w)
    return jieba


@lru_cache(maxsize=512)
def simplified(text: str) -> str:
    """繁体 form text read as simplified (OpenCC t2s, as the interview and the importers fold it): a form
    published in 繁体 (學生資助補助經費) is classified and matched like its simplified twin."""
    if not text or text.isascii():
        return text
    from .interview.traditional import _t2s
    return _t2s().convert(text)


def tokens(text: str) -> list[str]:
    jb = _jieba()
    return [t for t in jb.lcut_for_search(normalize(text)) if t.strip() and not re.fullmatch(r"[\W\d_]+", t)]


def _in_category(e: Entry, category: str) -> bool:
    if category == "效益指标":
        return e.level1 == "效益指标"
    if category == "满意度指标":
        return e.level1 == "满意度指标"
    if category in LEVEL2:
        return e.level2 == category or (category in BENEFIT_KINDS and e.level2 == category)
    return False


@lru_cache(maxsize=16)
def _index(category: str):
    from rank_bm25 import BM25Okapi
    items = [e for e in entries() if _in_category(e, category)]
    docs = [tokens(e.name) + [t for k in e.keywords for t in tokens(k)] for e in items]
    return items, BM25Okapi(docs) if items else None


def warm_up() -> None:
    """Load the dictionary and build every category's index now (seconds of work that hold the
    interpreter): the web app calls it at start-up so no visitor's turn pays for it."""
    form = Declaration(project_name="项目", overview="项目")
    for category in CATEGORIES:
        recommend(form, category)


# --- classification ------------------------------------------------------------------------

def classify(form: Declaration, weak: float = WEAK_SHARE) -> list[tuple[str, float]]:
    """Project types by keyword evidence, best first: [(type, score)] with score > 0. ``weak`` is what a
    type's weak word counts (``weak=1.0``: every word in full, the evidence a type is there at all)."""
    fields = [(simplified(form.project_name), 3.0), (simplified(form.unit), 2.0), (simplified(form.department), 1.0),
              (simplified(form.overview), 1.0), (simplified(form.unit_functions), 0.5),
              (simplified(" ".join(b.name for b in form.budget_items)), 0.5),
              (simplified(" ".join(i.name for i in form.indicators)), 0.3)]
    scores: dict[str, float] = {}
    for text, w in fields:
        for t, kw in _matches(text, weak):
            scores[t] = scores.get(t, 0.0) + w * kw
    return sorted(((t, round(s, 3)) for t, s in scores.items() if s > 0), key=lambda kv: (-kv[1], kv[0]))


@lru_cache(maxsize=1)
def _type_words() -> tuple[tuple[str, str, bool], ...]:
    """(type, word, weak) for every type but 通用 (its rows fit every project: they are no evidence)."""
    return tuple((t, str(k), weak) for t, spec in project_types().items() if not spec.get("general")
                 for weak, ks in ((False, spec["keywords"]), (True, spec.get("weak") or ())) for k in ks)


@lru_cache(maxsize=256)
def _matches(text: str, weak: float) -> tuple[tuple[str, float], ...]:
    """The types' words found in the text, each word once per type: a word inside a longer word of another
    type that overlaps it is not read (环境卫生 is no 卫生 of 公共卫生; 中小学校园安保 no 学校)."""
    if not text:
        return ()
    found = [(t, k, is_weak, [(m.start(), m.start() + len(k)) for m in re.finditer(re.escape(k), text)])
             for t, k, is_weak in _type_words() if k in text]
    out = []
    for t, k, is_weak, spans in found:
        free = [a for a in spans if not any(t2 != t and len(k2) > len(k) and b[0] < a[1] and a[0] < b[1]
                                             for t2, k2, _, bs in found for b in bs)]
        if free:
            out.append((t, weak if is_weak else 1.0))
    return tuple(out)


def type_label(t: str) -> str:
    return project_types().get(t, {}).get("label", t)


# --- recommendation ------------------------------------------------------------------------

def recommend(form: Declaration, category: str, k: int = 5) -> list[Suggestion]:
    """Up to k library indicators for one category (a 二级 name, 效益指标 or 满意度指标)."""
    if category == "服务对象满意度指标":
        category = "满意度指标"
    items, bm25 = _index(category)
    if not items:
        return []
    have = {re.sub(r"\s+", "", i.name) for i in form.indicators if i.name}
    query = tokens(simplified(" ".join([form.project_name] * 2 + [form.unit, form.overview, form.unit_functions])))
    raw = list(bm25.get_scores(query)) if query else [0.0] * len(items)
    top = max(raw) if raw and max(raw) > 0 else 1.0
    types = classify(form)
    tmax = types[0][1] if types else 1.0
    tnorm = {t: s / tmax for t, s in types}
    # weak words order the types (安保 before 学校), they never take a type out: a type is there when its
    # words in full reach MIN_TYPE_SHARE of the best, and its rows come after the stronger type's
    full = classify(form, weak=1.0)
    there = {t for t, s in full if s >= MIN_TYPE_SHARE * full[0][1]} if full else set()
    own, general, other = [], [], []
    for e, s in zip(items, raw):
        if e.name in have:
            continue
        boost = max((tnorm.get(t, 0.0) for t in e.types), default=0.0)
        if boost >= MIN_TYPE_SHARE or set(e.types) & there:
            own.append((s / top + TYPE_BOOST * boost, e))
        elif _general(e):
            general.append((s / top, e))
        else:
            other.append((s / top + TYPE_BOOST * boost, e))
    # the project's own type's rows; when it has none here, rows that fit any project (通用); another type's
    # row only for a project of no known type (after the 通用 rows, the ones sharing her words first): never a
    # 信访 or 资助 row offered to a 葡萄种植 project just to fill the list. A list is not padded past the
    # project's own rows: one own row is one choice, and a bare figure said to it is that row's.
    groups = (own,) if own else (general,) if types else (general, other)
    ranked = [r for group in groups for r in sorted(group, key=lambda x: -x[0])]
    out, seen = [], set()
    for _, e in ranked:
        sug = suggestion_for(form, e, types)
        # one number from the form backs one suggestion: '8公里' is the river length, not also a pipe length
        keys = {e.name} | ({sug.value} if not sug.needs_confirmation else set())
        if keys & seen:
            continue
        seen |= keys
        out.append(sug)
        if len(out) >= k:
            break
    return out


def _general(e: Entry) -> bool:
    return any(project_types().get(t, {}).get("general") for t in e.types)


def suggestion_for(form: Declaration, e: Entry, types: list[tuple[str, float]] | None = None) -> Suggestion:
    types = classify(form) if types is None else types
    fits = bool(set(e.types) & {t for t, _ in types}) or _general(e)
    # another type's row keeps its example: '年度人员经费总额' is no ≤38.6万元 of a 图书车 project's total
    f = fill_value(form, e) if fits else Filled(e.example, False, f"数值为指标库典型值（{e.example}）")
    kind = next((type_label(t) for t, _ in types if t in e.types), type_label(e.types[0]))
    why = ("适用于各类项目；" if _general(e) else f"适用于{kind}类项目；") + (f.note if f.from_form else f"{f.note}，请按实际情况确认或修改")
    return Suggestion(name=e.name, level1=e.level1, level2=e.level2, value=f.value,
                      needs_confirmation=not f.from_form, reason=why, fits=fits)


def fill_value(form: Declaration, e: Entry) -> Filled:
    """The entry's value with the form's own number when the form states one."""
    typical = Filled(e.example, False, f"数值为指标库典型值（{e.example}）")
    if e.fill == "total" and form.funding.total:
        t = _fmt(form.funding.total)
        return Filled(f"≤{t}万元", True, f"数值取自项目资金总额{t}万元")
    if e.fill == "end":
        date = month_deadline(form.end)
        return Filled(date, True, f"时间取自项目实施结束月份{form.end}") if date else typical
    if e.fill == "months":
        n = period_months(form)
        return Filled(f"≥{n}个月", True, f"取自项目实施期{form.start}至{form.end}") if n else typical
    if e.fill == "count":
        hit = find_count(form, e.unit, e.keywords)
        if hit:
            op = e.direction if e.direction in ("=", "≥", "≤") else "="
            return Filled(f"{op}{hit[0]}{_unit_label(e.unit)}", True, f"数值取自{hit[1]}")
    if e.fill == "per_unit":
        hit = find_per_unit(form, e.unit)
        if hit:
            return Filled(f"{e.direction if e.direction != '定性' else '≤'}{hit[0]}{e.unit}", hit[2], hit[1])
    return typical


def month_deadline(month: str) -> str:
    m = re.fullmatch(r"(\d{4})-(\d{2})", month or "")
    return f"{m.group(1)}年{int(m.group(2))}月底前" if m else ""


def period_months(form: Declaration) -> int | None:
    a, b = (re.fullmatch(r"(\d{4})-(\d{2})", x or "") for x in (form.start, form.end))
    if not a or not b:
        return None
    n = (int(b.group(1)) - int(a.group(1))) * 12 + int(b.group(2)) - int(a.group(2)) + 1
    return n if n > 0 else None


def _fmt(x: float) -> str:
    return f"{x:.6f}".rstrip("0").rstrip(".")


def _unit_label(unit: str) -> str:
    return re.sub(r"[（(].*?[)）]", "", unit) or unit


_UNIT_ALIASES = {"人": r"(?:名|人)(?![次均/·])", "公里": r"(?:公里|千米|km)", "平方米": r"(?:平方米|㎡|m²|m2)",
                 "次": r"(?<!人)(?<!剂)次", "个": r"个(?!月|工作日|百分点)", "台（套）": r"(?:台|套)",
                 "套": r"(?:套|台)"}


def form_texts(form: Declaration) -> list[tuple[str, str]]:
    """(where, text) pairs searched for the applicant's own numbers, most reliable first."""
    out = [("项目概况", form.overview), ("项目名称", form.project_name)]
    out += [(f"年度目标{i + 1}", g) for i, g in enumerate(form.goals.annual)]
    out += [("实施必要性", form.necessity)]
    out += [(f"指标「{i.name}」", f"{i.name}{i.value}") for i in form.indicators if i.value]
    return [(w, normalize(t)) for w, t in out if t]


_PER_EACH = re.compile(r"(?:各|每(?![年月日天周次]))[^，。；;,、\d]{0,4}$")


_ANY_THING = ("个", "项", "件", "次", "批", "场", "期", "套", "台（套）")    # measure words any thing may take
_WHO = ("人", "人次", "户")                                                   # whom: staff, trainees, households, beneficiaries


def find_count(form: Declaration, unit: str, keywords: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """A quantity the form states in this unit: ('31', '项目概况「聘用31名」'), best match by nearby keywords."""
    pat = re.compile(_NUM + r"\s*" + _UNIT_ALIASES.get(unit, re.escape(_unit_label(unit))))
    best = None
    for order, (where, text) in enumerate(form_texts(form)):
        for m in pat.finditer(text):
            if _PER_EACH.search(text[max(0, m.start() - 6): m.start()]):
                continue   # '各配备2名' / '每校2名' counts per school, not the project's total
            window = text[max(0, m.start() - 12): m.end() + 12]
            score = sum(1 for k in keywords if k in window and k != unit)
            if keywords and not score and _unit_label(unit) in _ANY_THING + _WHO:
                continue   # '个', '项': a count with none of the row's words near it is another thing's ('18个乡镇' is no 非遗项目数);
                           # '人': people of another group ('聘请管护员46名' is no 受益人口)
            key = (-score, order, m.start())
            if best is None or key < best[0]:
                best = (key, m.group(1), f"{where}「{text[max(0, m.start() - 6): m.end()]}」")
    return (best[1], best[2]) if best else None


def _per_unit_patterns(unit: str) -> list[re.Pattern]:
    money, _, denom = unit.partition("/")
    m = re.escape(money)
    if denom == "人·月":
        lead = r"(?:每人每月|人均每月|每月每人|月人均|每人月)"
    elif denom in ("人·年", "人"):
        lead = r"(?:每生每年|每人每年|年生均|年人均|生均|人均|每生|每人)"
    elif denom == "人次":
        lead = r"(?:每人次|人均|每人)"
    else:
        d = re.escape(_unit_label(denom))
        lead = rf"(?:每{d}|{d}均)"
    before = re.compile(lead + _GAP + _NUM + r"\s*" + m + r"(?![/／])")
    d_re = r"\s*[·.]?\s*".join(re.escape(p) for p in denom.split("·")) + ("(?![次·.])" if denom.endswith("人") else "")
    slash = re.compile(_NUM + r"\s*" + m + r"\s*[/／]\s*" + d_re)
    return [before, slash] if money != "元" else [before, re.compile(r"(?<!万)" + slash.pattern)]


def find_per_unit(form: Declaration, unit: str) -> tuple[str, str, bool] | None:
    """A per-unit cost: stated in the form (→ from_form) or total ÷ quantity (→ to confirm)."""
    if "/" not in unit:
        return None
    money = unit.partition("/")[0]
    for where, text in form_texts(form):
        for pat in _per_unit_patterns(unit):
            if (mm := pat.search(text)) and (money != "元" or not text[:mm.start(1)].endswith("万")):
                return mm.group(1), f"数值取自{where}「{text[max(0, mm.start() - 4): mm.end()]}」", True
    denom = unit.partition("/")[2]
    if "·" in denom or not form.funding.total:
        return None
    hit = find_count(form, denom)
    if not hit or float(hit[0]) <= 0:
        return None
    per = form.funding.total / float(hit[0]) * (10_000 if money == "元" else 1)
    per = math.ceil(per) if money == "元" else math.ceil(per * 100) / 100
    note = f"按项目资金总额{_fmt(form.funding.total)}万元÷{hit[0]}{_unit_label(denom)}估算，请核实"
    return _fmt(per), note, False


def missing_categories(form: Declaration) -> list[str]:
    """The six required categories with no annual indicator in the form."""
    present = set()
    for ind in form.indicators:
        if ind.scope == "annual" and (ind.name or ind.value):
            cat = category_of(ind)
            present.add(cat)
            if cat in BENEFIT_KINDS or "效益" in ind.level1:
                present.add("效益指标")
            if "满意" in cat or "满意" in ind.level1:
                present.add("满意度指标")
    return [c for c in CATEGORIES if c not in present]


def match_entry(name: str, category: str | None = None) -> Entry | None:
    """The library entry closest to an indicator name (same category when given), or None."""
    clean = re.sub(r"\s+", "", name or "")
    if not clean:
        return None
    pool = [e for e in entries() if category is None or _in_category(e, category)]
    for e in pool:
        if e.name == clean:
            return e
    cats = [category] if category else [c for c in CATEGORIES]
    best, best_score = None, 0.0
    q = tokens(clean)
    for cat in cats:
        items, bm25 = _index(cat)
        if not items or not q:
            continue
        for e, s in zip(items, bm25.get_scores(q)):
            if s > best_score:
                best, best_score = e, s
    if best is None:
        return None
    shared = set(best.name) & set(clean)
    return best if len(shared) >= 2 else None
