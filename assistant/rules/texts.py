"""Texts: what the prose of a form states — figures that disagree with the form, estimates,
non-answers — and whether anyone can be asked about it (contacts)."""
from __future__ import annotations

import re
from collections import namedtuple
from functools import lru_cache
from operator import attrgetter

from ..recache import compile as recompile, longest_first
from ..lexicon import (APPROX_AFTER, APPROX_BEFORE, APPROX_HISTORY, APPROX_MORE, CONTACT_FIELDS, COUNT_PART_BEFORE,
                       COUNT_GOAL_UNITS, COUNT_UNIT_EXTENSIONS, COUNT_UNITS, MEASURE_UNITS, TIME_UNITS,
                       COUNT_PART_CLAUSE, MIN_TEXT_CHARS, MONEY_TOLERANCE, NAME_STOP_BIGRAMS, NON_ANSWER, NON_ANSWER_FILLER,
                       NON_ANSWER_FIELDS, NOT_TOTAL_CONTEXT, SAME_UNIT, TOTAL_MONEY_WORDS)
from ..formdata import PlainDeclaration as Declaration, _category, indicator_path
from ..textnum import CN_NUM_RE, normalize, parse_amount_wan
from ..lazyre import lazy
from ..values import parse_value
from . import Context, finding, rule
from .indicators import Head, _heads, _heads_of

_CN_NUM = r"[零〇一二两三四五六七八九十百千万亿]*[一二两三四五六七八九十百][零〇一二两三四五六七八九十百千万亿点]*"
_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
NUMBER = lazy(rf"{_NUM}|{_CN_NUM}")
_CLAUSE_END = r"[。；;，,！!？?\n]"
# the text up to its last clause end: one match, from the start, that gives back characters from the end until one
# is a clause end (not a search for every clause end of the text to keep the last)
_TO_LAST_CLAUSE_END = lazy(r"(?s:.*)" + _CLAUSE_END)
_MONEY_AFTER_WORD = lazy(
    rf"[^\d。；;！!？?\n]{{0,6}}?(?P<num>{_NUM}|{_CN_NUM})\s*(?P<unit>亿元|万元|千元|元|块钱|块|万(?![人个次户亩名台套所场项件份])|)")
# (a count's number and the spaces after it are possessive — \d++ …: what follows them is a unit, never a digit, ',', '.'
# or a space, so giving one back never leads to a match — tests/rules/test_count_pattern.py)
# (the not-after-a-digit-or-point test made after the first digit, (?<![\d.]\d): the same test, and the engine then
# tries the pattern at the digits only, not at every character — tests/rules/test_count_pattern.py)
_COUNT = lazy(rf"(?P<num>\d(?<![\d.]\d)\d*+(?:,\d{{3}})*+(?:\.\d++)?+)\s*+(?P<mag>[万千]?)(?P<unit>{'|'.join(COUNT_GOAL_UNITS)})"
                    rf"(?P<more>{COUNT_UNIT_EXTENSIONS})?")
_PUNCT = lazy(r"[\s，,。.；;：:、！!？?…⋯\-—_~/\\|()（）\"“”'‘’《》<>]+")


CLAUSE_LOOKBACK = 120   # characters: a clause is read back at most this far (bounded work on long texts)


def _clause_before(text: str, at: int) -> str:
    start = max(0, at - CLAUSE_LOOKBACK)
    m = _TO_LAST_CLAUSE_END.match(text, start, at)
    return text[m.end() if m else start:at]


def _prose(form: Declaration, long_term: bool = True):
    yield "overview", form.overview
    for i, g in enumerate(form.goals.annual):
        yield f"goals.annual[{i}]", g
    if long_term:
        for i, g in enumerate(form.goals.long_term):
            yield f"goals.long_term[{i}]", g


# --- money stated in the text --------------------------------------------------------------

def stated_totals(text: str):
    """(position, snippet, amount in 万元) for each amount the text gives as the project's money: a money word
    (资金, 经费, 总额, 预算, 投入, 共, 合计) followed within 6 characters by an amount, in a clause
    that does not mark it as a part, a per-unit figure or another period (其中, 中央, 人均, 每, 累计 …)."""
    t = normalize(text)
    for kw in TOTAL_MONEY_WORDS.finditer(t):
        if kw.group(0) == "共" and t[kw.start() - 1:kw.start()] == "公":
            continue
        m = _MONEY_AFTER_WORD.match(t, kw.end())
        if not m:
            continue
        num, unit = m.group("num"), m.group("unit")
        if not unit and not (re.fullmatch(CN_NUM_RE, num) and num.endswith("万")):
            continue
        end = m.end()
        clause = _clause_before(t, kw.start()) + t[kw.start():end]
        if NOT_TOTAL_CONTEXT.search(clause) or re.match(r"\s*[/／每]", t[end:end + 2]):
            continue
        if hedge(t[kw.start():end + 3]):
            continue   # an estimate raises text_approximate, not a mismatch
        amount = parse_amount_wan(num + ("元" if unit.startswith("块") else unit))
        if amount is not None:
            yield m.start("num"), t[kw.start():end], amount


def known_amounts(form: Declaration) -> list[float]:
    f = form.funding
    out = [x for x in (f.total, f.carryover, f.current_year, f.other) if x is not None]
    out += [it.amount for it in form.budget_items if it.amount is not None]
    out += [a for ind in form.indicators if (a := parse_value(ind.value).amount_wan()) is not None]
    return out


_ANY_MONEY = lazy(rf"({_NUM})\s*(亿元|万元|千元|元)(?!\s*[/／每])")


def _is_known(amount: float, known: list[float], parts: int = 1) -> bool:
    """Equal to one of the form's amounts (each of ``parts`` rounded amounts may be off by 0.005 万元)."""
    return any(abs(amount - k) <= MONEY_TOLERANCE * parts + 1e-9 for k in known)


BREAKDOWN_PARTS = 8   # at most this many consecutive amounts are tried as the parts of a whole


def _amounts(t: str) -> list[tuple[int, float]]:
    return [(m.start(), parse_amount_wan(m.group(1) + m.group(2)) or 0.0) for m in _ANY_MONEY.finditer(t)]


def _in_breakdown(found: list[tuple[int, float]], at: int, known: list[float]) -> bool:
    """The amount at ``at`` is one of a run of amounts that adds up to one of the form's
    (人员经费17万元、公用经费7.3万元 for a total of 24.3): a part, not a statement of the total."""
    k = next((i for i, (pos, _) in enumerate(found) if pos >= at), len(found))
    for i in range(max(0, k - BREAKDOWN_PARTS + 1), min(k + 1, len(found))):
        run = 0.0
        for j in range(i, min(len(found), i + BREAKDOWN_PARTS)):
            run += found[j][1]
            if j > i and j >= k and _is_known(run, known, j - i + 1):
                return True
    return False


def money_conflicts(form: Declaration):
    """(field, snippet, amount in 万元) for each text that states the project's money differently from the form."""
    if form.funding.total is None:
        return
    goals = form.goals
    if not TOTAL_MONEY_WORDS.search("\n".join([form.overview, *goals.annual, *goals.long_term])):
        return      # (no text has a money word: one search of them all; no money word spans a line break)
    known = None
    for path, text in _prose(form):
        if not text or not TOTAL_MONEY_WORDS.search(text):
            continue
        t, found = normalize(text), None
        for at, snippet, amount in stated_totals(t):
            known = known if known is not None else known_amounts(form)
            if _is_known(amount, known):
                continue
            found = found if found is not None else _amounts(t)
            if not _in_breakdown(found, at, known):
                yield path, snippet, amount
                break


def _money_mismatches(form: Declaration):
    total = form.funding.total
    for path, snippet, _ in money_conflicts(form):
        yield path, (f"「{snippet}」与项目资金总额 {total:g} 万元不一致。",
                     f"请核对金额：如项目资金总额为 {total:g} 万元，请把文字中的金额改为 {total:g} 万元；"
                     f"如文字正确，请改正资金总额和预算明细。")


# --- counts stated in annual goals -----------------------------------------------------------

_MAGNITUDE = {"万": 10_000, "千": 1000}


def _count(num: str, mag: str) -> float:
    return float(num.replace(",", "")) * _MAGNITUDE.get(mag, 1)


@lru_cache(maxsize=65536)
def value_count(value: str) -> tuple[float, str] | None:
    pv = parse_value(value)
    if pv.number is None or pv.is_date or pv.is_formula or not pv.unit:
        return None
    n, u = pv.number, pv.unit
    if u[:1] in ("万", "千") and len(u) > 1 and not u.startswith("万元") and not u.startswith("千元"):
        n, u = n * (10_000 if u[0] == "万" else 1000), u[1:]
    return n, SAME_UNIT.get(u, u)


_NOTE, _TWO_HAN = lazy(r"[（(].*?[)）]"), lazy(r"[\u4e00-\u9fff]{2}")


@lru_cache(maxsize=8192)
def bigrams(name: str) -> frozenset[str]:
    core = _NOTE.sub("", name)
    return frozenset(core[i:i + 2] for i in range(len(core) - 1)
                     if _TWO_HAN.fullmatch(core[i:i + 2]) and core[i:i + 2] not in NAME_STOP_BIGRAMS)


@lru_cache(maxsize=16384)
def goal_counts(goal: str) -> tuple[tuple[float, str, str, str], ...]:
    """(number, unit, the 6 characters before it) for each count an annual goal states: 4名, 120人次
    (the whole unit: 348个样次 is 个样次), not a part (其中2名, 每组5人) or an ordinal (第3期)."""
    t = normalize(goal)
    out = []
    for m in _COUNT.finditer(t):
        if m.group("more"):
            continue                     # 人次, 个样次, 个月, 台套: another unit than the simple one
        clause = _clause_before(t, m.start())
        before = clause[-6:]             # the words just before the number, within its clause
        if COUNT_PART_BEFORE.search(before) or COUNT_PART_CLAUSE.search(clause):
            continue
        unit = SAME_UNIT.get(m.group("unit"), m.group("unit"))
        out.append((_count(m.group("num"), m.group("mag")), unit, before, m.group(0)))
    return tuple(out)


@lru_cache(maxsize=4096)     # a batch repeats its tables' heads
def _quantity_rows(heads: tuple[Head, ...]) -> tuple[tuple[int, ...], frozenset[str]]:
    """(indices of the annual named 数量指标 rows — the rows a goal's count is compared with —, the words of their
    names: each one's ``bigrams``)."""
    rows = tuple([i for i, (scope, l1, l2, name, _) in enumerate(heads)
                  if scope == "annual" and name and _category(l1, l2) == "数量指标"])
    return rows, frozenset().union(*[bigrams(heads[i][3]) for i in rows])


def count_conflicts(form: Declaration, ctx: Context | None = None):
    """(goal index, the count as written, the words before it, the 数量指标 row) for each count an annual
    goal states that the matching 数量指标 (same unit, a shared word) do not state.

    A count is compared only with the rows that share a word (a ``bigrams`` pair) with the words before it, and
    those words are a piece of the goal (normalize changes no 汉字 and keeps each character in its place): a goal
    that holds none of the rows' words has no count any row matches, and its counts are not read (most goals of a
    batch: 2025年完成335台 against 完成数量). ``ctx``: the check's, whose view of the table (``_heads``) it reads."""
    indices, words = _quantity_rows(_heads(form, ctx) if ctx is not None else _heads_of(form))
    goals = []
    for i, goal in enumerate(form.goals.annual):
        for w in words:
            if w in goal:
                goals.append((i, goal))
                break
    if not goals:
        return            # (no goal holds a row's word; or no row)
    rows = []
    for i in indices:
        ind = form.indicators[i]
        if vc := value_count(ind.value):
            rows.append((ind, vc, bigrams(ind.name)))
    for i, goal in goals:
        for number, unit, before, text in goal_counts(goal):
            same = [(ind, vc) for ind, vc, grams in rows if vc[1] == unit and any(g in before for g in grams)]
            if same and not any(abs(vc[0] - number) < 1e-9 for _, vc in same):
                yield i, text, before, same[0][0]
                break


def _count_mismatches(form: Declaration, ctx: Context):
    for i, text, before, ind in count_conflicts(form, ctx):
        goal = form.goals.annual[i]
        at = goal.find(before + text)
        words = _clause_before(goal, at + len(before)).strip() if at >= 0 else before.strip()
        yield f"goals.annual[{i}]", (        # the clause's words up to the number: 「补贴农机为300台」, not 「贴农机为300台」
            f"年度目标写「{re.sub(r'^[^0-9A-Za-z一-鿿]+', '', words[-12:])}{text}」，而数量指标「{ind.name}」为 {ind.value}，两处数量不一致。",
            f"请核对实际数量，使年度目标与数量指标「{ind.name}」一致。")


@rule("text_number_mismatch", "warning", title="文字与表内数字不一致")
def text_number_mismatch(form: Declaration, ctx: Context):
    """项目概况或目标中写的金额、数量与表内的资金总额、数量指标不一致。

    Why: 88号文"相应匹配"：文字说明与资金、指标应相互印证；两处数字不同，审核无法判断哪个是真的。
    人均、单价、其中、中央/省级等分项金额不是总额，不比较；数量按完整单位比较（348个样次 不是 个，120人次 不是 人）。
    Bad:  概况 "全年经费50万元"，资金总额 48.6万元；目标 "聘用5名工作人员"，聘用人数 =4人
    Good: 概况 "全年经费48.6万元"；目标 "聘用4名工作人员"
    """
    seen = set()
    for path, (msg, sug) in list(_money_mismatches(form)) + list(_count_mismatches(form, ctx)):
        if path not in seen:
            seen.add(path)
            yield finding("text_number_mismatch", path, msg, sug)


# --- estimates ----------------------------------------------------------------------------

_LONGEST_NON_ANSWER = 24   # characters: anything longer has content beyond a non-answer
_HINT_WORDS = ("约", "概", "估", "左右", "上下", "多", "余")
_HEDGE_HINT = lazy("|".join(_HINT_WORDS))
_VALUE = attrgetter("value")


class Hedge(namedtuple("Hedge", "start end num_start num_end unit")):
    """One estimate in a (normalized) text: t[start:end] is the hedged figure with its words and unit,
    t[num_start:num_end] the number, ``unit`` the unit written after it ('' when none)."""
    __slots__ = ()


_UNIT_AFTER = lazy("|".join(longest_first(map(re.escape, COUNT_UNITS | TIME_UNITS | MEASURE_UNITS | {
    "%", "万元", "亿元", "千元", "元", "块钱", "块", "万"}))))


def _unit_after(t: str, at: int) -> str:
    m = _UNIT_AFTER.match(t, at)
    return m.group(0) if m else ""


def hedges(text: str) -> list[Hedge]:
    """The estimates in the text: 约20人, 大概五十万, 3000多元, 100余人, 20人左右 (not 节约, 上下游, 十多年来)."""
    if not _HEDGE_HINT.search(text or ""):
        return []
    t = normalize(text)
    out = []
    for m in NUMBER.finditer(t):
        s, e = m.start(), m.end()
        if t[s - 1:s].isdigit() or (e < len(t) and t[e:e + 1].isdigit()):
            continue
        if (b := APPROX_BEFORE.search(t, max(0, s - 8), s)):
            unit = _unit_after(t, e)
            out.append(Hedge(b.start(), e + len(unit), s, e, unit))
            continue
        rest = t[e:e + 8]
        if APPROX_HISTORY.match(rest) or (len(m.group(0)) == 1 and m.group(0) not in "0123456789十百千"):
            continue   # 十多年来; 统一多部门 (a lone 一 is part of a word, not a figure)
        if (a := APPROX_MORE.match(rest)):
            unit = _unit_after(t, e + a.end())
            out.append(Hedge(s, e + a.end() + len(unit), s, e, (a.group(0)[:-1] + unit)))
        elif (a := APPROX_AFTER.match(rest)):
            out.append(Hedge(s, e + a.end(), s, e, re.sub(r"左右|上下$", "", a.group(0)).strip()))
    return out


def hedge(text: str) -> str:
    """The first estimate in the text as written, '' when none."""
    hs = hedges(text)
    return normalize(text)[hs[0].start:hs[0].end] if hs else ""


@rule("text_approximate", "warning", kind="heuristic", title="金额或目标是估计数")
def text_approximate(form: Declaration, ctx: Context):
    """概况、目标或指标值中的金额、数量写成了估计数（大概、约、左右、多、余）。

    Why: 申报表是预算依据，金额和目标须是确定的数字（88号文"细化量化"）；“大概五十万”“100余人”无法核对。
    “节约”“签约”中的“约”、“上下游”中的“上下”不是估计。
    Bad:  项目概况 "大概五十万吧"；培训人数 约20人；资助学生 100余人
    Good: 项目概况 "全年经费48.6万元"；培训人数 =20人
    """
    goals = form.goals
    joined = "\n".join([form.overview, *goals.annual, *goals.long_term, *map(_VALUE, form.indicators)])
    for word in _HINT_WORDS:
        if word in joined:
            break
    else:
        return      # (no text has a hint word: one look at them all, not one per text; no hint spans a line break.
                    # A substring test per word of _HEDGE_HINT: its alternatives scanned at every character cost more)
    texts = list(_prose(form))
    texts += [(i, ind.value) for i, ind in enumerate(form.indicators) if ind.value]
    for path, text in texts:
        if text and _HEDGE_HINT.search(text) and (h := hedge(text)):     # (hedges' own first test, without a call)
            path = indicator_path(form, path) if isinstance(path, int) else path
            yield finding("text_approximate", path, f"「{h}」是估计数，申报表应写确定的数字。",
                          "请改为准确数字（金额以资金总额和预算明细为准，数量以实际计划为准），去掉“约、大概、左右、多、余”。")


# --- non-answers and contacts ----------------------------------------------------------------

@lru_cache(maxsize=4096)
def non_answer(text: str) -> bool:
    """A non-answer instead of content: 没有文件, 不知道, 待定, 见附件, 同上 … or under 4 characters."""
    if len(text) > _LONGEST_NON_ANSWER:
        return False
    core = _PUNCT.sub("", normalize(text))
    if not core:
        return False
    return len(core) < MIN_TEXT_CHARS or bool(NON_ANSWER.fullmatch(NON_ANSWER_FILLER.sub("", core)))


@rule("text_non_answer", "warning", title="内容未作实质填写")
def text_non_answer(form: Declaration, ctx: Context):
    """项目概况、立项依据、必要性或单位职能填的是“没有文件”“不知道”“待定”“见附件”等，不是内容。

    Why: 财预〔2015〕88号"完整性"：这些栏目是审核项目是否应当安排的依据，须写明实际内容；
    只写“无”“略”等占位在读入时按未填处理（报 field_missing）。
    Bad:  项目立项依据 "没有文件"；项目概况 "同上"
    Good: 项目立项依据 "乌人社函〔2019〕25号"
    """
    for key, label in NON_ANSWER_FIELDS.items():
        text = getattr(form, key)
        if text and len(text) <= _LONGEST_NON_ANSWER and non_answer(text):    # (a longer text is none: no lookup)
            yield finding("text_non_answer", key, f"「{label}」填写的是「{text.strip()[:20]}」，没有实际内容。",
                          f"请写明{label}的实际内容（如立项依据写文件名称和文号，概况写做什么、多少钱、怎么做）。")


@rule("contact_missing", "warning", title="联系人或电话未填", reads=tuple(CONTACT_FIELDS))
def contact_missing(form: Declaration, ctx: Context):
    """项目单位负责人、联系电话或填报人未填写。

    Why: 审核中发现问题需要与项目单位核实；没有负责人、电话和填报人，财政部门无人可问。
    Bad:  项目负责人 空白；联系电话 空白
    Good: 项目负责人 黄丽；联系电话 0473-2760599；填报人 黄丽
    """
    for key, message in _CONTACT_MESSAGES:
        if not getattr(form, key).strip():   # one advice for all three, so the 审核意见 lists them as one item
            yield finding("contact_missing", key, message, _CONTACT_ADVICE)


# (each field's message written once, not per form: most forms of a batch miss the same contacts)
_CONTACT_MESSAGES = tuple((key, f"「{label}」未填写，审核时无法联系核实。") for key, label in CONTACT_FIELDS.items())
_CONTACT_ADVICE = "请填写项目单位负责人、联系电话和填报人，以便财政部门审核时联系核实。"
