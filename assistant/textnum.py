"""Reading numbers, amounts, months and dates out of Chinese form text. Pure functions."""
from __future__ import annotations

import re
from functools import lru_cache

from .recache import compile as recompile

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "幺": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}
CN_NUM_RE = r"[零〇一二两三四五六七八九十百千万亿点]+"

# "一" inside a word is no number: 等我翻一下, 一起, 一直, 统一, 一共48.6万 (the 48.6万 is)
IDIOM_ONE = recompile(r"(?<![零〇一二两三四五六七八九十百千万亿点\d])一(?=下|些|起|直|定|般|样|切|致|旦|再|边|同|向|律|并|共|块儿|会儿|阵)"
                       r"|(?<=[统唯之])一(?![零〇一二两三四五六七八九十百千万亿点])")


def unidiom(text: str) -> str:
    """``text`` with every "一" of a word (一下, 一起, 统一 …) made a non-numeral of the same length."""
    return IDIOM_ONE.sub("丨", text) if "一" in text else text


_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％：～－（）＝＜＞", "0123456789.,%:~-()=<>")

NUMBER_RE = recompile(r"-?\d+(?:,\d{3})*(?:\.\d+)?")


_HAS_FULLWIDTH = recompile("[" + "".join(map(chr, _FULLWIDTH)) + "]")


# (each full-width character's ASCII one: str.translate looks every character of a Chinese text up in a dict,
# while a text holds few of these, and one ``findall`` names those it holds, each then replaced at C speed; no ASCII
# one is itself replaced, so the order of the replacements does not matter)
_NARROW = {chr(k): chr(v) for k, v in _FULLWIDTH.items()}


NORMALIZED_TEXTS = 4096      # texts remembered (emptied when full) …
NORMALIZED_CHARS = 500       # … up to this long: bounded memory on any batch
_NORMALIZED: dict[str, str] = {}


def normalize(text: str) -> str:
    """Full-width digits and punctuation to ASCII; trims. (Most texts have none of these, and one search finds
    that faster than looking at each character.) A text is remembered: several rules read the same goal or 概况,
    and a batch repeats its texts — a lookup costs less than the search."""
    out = _NORMALIZED.get(text)
    if out is not None:
        return out
    out = text or ""
    m = _HAS_FULLWIDTH.search(out)
    while m is not None:      # (each full-width character found replaced everywhere, then the next one looked for)
        at = m.start()
        out = out.replace(out[at], _NARROW[out[at]])
        m = _HAS_FULLWIDTH.search(out, at + 1)
    out = out.strip()
    if type(text) is str and len(text) <= NORMALIZED_CHARS:
        if len(_NORMALIZED) >= NORMALIZED_TEXTS:
            _NORMALIZED.clear()
        _NORMALIZED[text] = out
    return out


def cn_to_number(text: str) -> float | None:
    """'三十' → 30, '二十四' → 24, '一万二' → 12000, '三百五' → 350, '三点五' → 3.5."""
    text = text.strip()
    allowed = set(_CN_DIGITS) | set(_CN_UNITS) | set(_CN_BIG) | {"点"}
    if not text or any(ch not in allowed for ch in text) or text[0] in _CN_BIG:
        return None                      # "万元还是元": 万 with nothing before it is a unit, no number (it was 0)
    if "点" in text:
        whole, _, frac = text.partition("点")
        w = cn_to_number(whole) if whole else 0.0
        if w is None or not frac or any(ch not in _CN_DIGITS for ch in frac):
            return None
        return float(f"{int(w)}." + "".join(str(_CN_DIGITS[c]) for c in frac))
    if all(ch in _CN_DIGITS for ch in text) and len(text) > 1:  # 二〇二〇 → 2020
        return float("".join(str(_CN_DIGITS[c]) for c in text))
    total, section, number, last_unit = 0, 0, 0, 1
    for ch in text:
        if ch in _CN_DIGITS:
            number = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            unit = _CN_UNITS[ch]
            section += (number or 1) * unit
            number, last_unit = 0, unit
        else:
            big = _CN_BIG[ch]
            total += (section + number) * big
            section, number, last_unit = 0, 0, big
    if number:
        # a bare trailing digit right after a unit takes the next lower unit: 一万二 = 12000, 三百五 = 350
        prev = text[-2] if len(text) > 1 else ""
        if prev in _CN_UNITS or prev in _CN_BIG:
            number *= max(1, last_unit // 10)
        section += number
    return float(total + section)


def parse_number(text: str) -> float | None:
    """The first number in the text (Arabic or Chinese numerals); 万元/元 are NOT converted."""
    t = normalize(str(text))
    m = NUMBER_RE.search(t)
    if m:
        return float(m.group(0).replace(",", ""))
    m = re.search(CN_NUM_RE, t)
    if m:
        return cn_to_number(m.group(0))
    return None


def parse_amount_wan(text: str) -> float | None:
    """An amount in 万元: '24' → 24, '24万元' → 24, '240000元' → 24, '1.2亿元' → 12000, '三十万' → 30."""
    t = normalize(str(text)).replace(" ", "")
    m = re.search(r"(-?\d+(?:,\d{3})*(?:\.\d+)?|" + CN_NUM_RE + r")\s*(亿元|亿|万元|万|千元|元)?", t)
    if not m:
        return None
    raw, unit = m.group(1), m.group(2) or ""
    if re.fullmatch(CN_NUM_RE, raw):
        # '三十万' – the 万 was swallowed by the numeral pattern
        if raw.endswith("万") and not unit:
            raw, unit = raw[:-1], "万"
        n = cn_to_number(raw) if raw else None
    else:
        n = float(raw.replace(",", ""))
    if n is None:
        return None
    if unit.startswith("亿"):
        return n * 10_000
    if unit == "千元":
        return n / 10
    if unit == "元":
        return n / 10_000
    return n


_MONTH_PATTERNS = [
    recompile(r"((?:19|20)\d\d)\s*(?:年|[-./])\s*(\d{1,2})(?!\d)"),
    recompile(r"^((?:19|20)\d\d)(\d\d)$"),
]


def parse_month(text: str) -> str | None:
    """'2020-01', '2020年1月', '2020.01', '2020/1', '202001' → '2020-01'; None when unreadable."""
    t = normalize(str(text))
    for pat in _MONTH_PATTERNS:
        m = pat.search(t)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            if 1 <= mo <= 12:
                return f"{y:04d}-{mo:02d}"
            return None
    return None


def parse_date(text: str) -> str | None:
    """'2020年08月19日', '2020-08-19', '2020.8.19', '2020/8/19' → '2020-08-19'."""
    t = normalize(str(text))
    m = re.search(r"((?:19|20)\d\d)\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})", t)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    m = re.fullmatch(r"((?:19|20)\d\d)(\d\d)(\d\d)", t)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


_PERIOD_SPLIT = recompile(r"\s*(?:~|～|至|到|——|—|–|-{1,2}(?=\s*(?:(?:19|20)\d\d|\d{1,2}\s*月))|"
                          r"(?:(?<=(?:19|20)\d\d[./]\d)|(?<=(?:19|20)\d\d[./]\d\d))\s*-(?=\s*\d{1,2}\s*$))\s*")   # '2025年1月-12月', '2020.1-12' too


def parse_period(text: str) -> tuple[str | None, str | None]:
    """'2020-01~2020-12', '2020年1月至2020年12月', '2020.01-2020.12' → ('2020-01', '2020-12')."""
    t = normalize(str(text))
    months = re.findall(r"(?:19|20)\d\d\s*(?:年|[-./])\s*\d{1,2}(?!\d)", t)
    if len(months) >= 2:
        return parse_month(months[0]), parse_month(months[1])
    parts = [p for p in _PERIOD_SPLIT.split(t) if p]
    if len(parts) == 2:
        a, b = parse_month(parts[0]), parse_month(parts[1])
        if a and not b:
            # '2020年1月至12月'
            mm = re.search(r"(\d{1,2})\s*月", parts[1])
            # '2020.1-12': a year and month, then a later month of that year alone (never after a day: '2020.1.1-12')
            if mm is None and re.fullmatch(r"\s*(?:19|20)\d\d\s*[./]\s*\d{1,2}\s*", parts[0]):
                mm = re.fullmatch(r"\s*(\d{1,2})\s*", parts[1])
                mm = mm if mm and int(mm.group(1)) > int(a[5:]) else None
            if mm and 1 <= int(mm.group(1)) <= 12:
                b = f"{a[:4]}-{int(mm.group(1)):02d}"
        return a, b
    if len(months) == 1:
        return parse_month(months[0]), None
    # '2019年全年', '2019年度全年', '2019年（全年）', a bare '2019年' / '2019年度' / '2019': the whole year
    m = re.search(r"((?:19|20)\d\d)\s*年度?\s*[（(]?\s*全年\s*[)）]?|^((?:19|20)\d\d)\s*(?:年度?)?$", t)
    if m:
        y = m.group(1) or m.group(2)
        return f"{y}-01", f"{y}-12"
    return None, None


# Template placeholders that mean "nothing filled in".
_PLACEHOLDER_TOKENS = recompile(
    r"目标\s*[0-9一二三四五六七八九十]+\s*[:：、.．]?|[⋯…]+|\.{3,}|20\s*[×xX＊*]{2}\s*年?|[×xX]{2}|"
    r"[（(]?\s*20××年?\s*[-—–~至]*\s*20××年?\s*[)）]?|[-—–_~/\\|,，;；:：。.、\s]+|"
    r"^(?:无|暂无|略|/|—|-)$")


# a character no placeholder token can consume: a text holding one is content (checked before the slow sub)
_CONTENT = recompile(r"[^目标0-9一二三四五六七八九十:：、.．⋯…×xX＊*年（()）\-—–~至_/\\|,，;；。\s无暂略]")


def is_placeholder(text: str) -> bool:
    """True when the text holds nothing but template scaffolding ('目标1：目标2：⋯⋯', '20××年')."""
    t = normalize(str(text or ""))
    if not t:
        return True
    if len(t) > 80 or _CONTENT.search(t):  # real content: a character no scaffolding token is made of
        return False
    return _PLACEHOLDER_TOKENS.sub("", t) == ""


def placeholder_free(text: str) -> str:
    t = str(text or "").strip()
    if len(t) > 80:     # what is_placeholder says at once (normalising keeps a stripped text's length)
        return t
    return _short_placeholder_free(t)


# a character that is content both as written and once normalised (``_CONTENT`` without what ``normalize`` changes)
_PLAIN_CONTENT = recompile(_CONTENT.pattern[:-1] + "".join(map(chr, _FULLWIDTH)) + "]")


@lru_cache(maxsize=4096)
def _short_placeholder_free(t: str) -> str:
    """The same for a stripped text of at most 80 characters: the labels, names and values that recur in every
    form (产出指标, 数量指标, ≥95%) are looked at once. (A text with a character that stays content when normalised
    is no placeholder: ``is_placeholder`` would say so after normalising it.)"""
    if _PLAIN_CONTENT.search(t):
        return t
    return "" if not t or is_placeholder(t) else t


_GLUED_RATE = recompile(r"(\d[\d.]*?)(\d{1,3}(?:\.\d{1,2})?)\s*[%％]")


def unglue_rate(s: str) -> list[str] | None:
    """A self-evaluation's 预算数 / 执行数 / 执行率 run together ('21182118100%', '3029.4598.15%'): the three cells,
    when exactly one cut of the digits makes the rate the second amount's share of the first (to half a point); or
    年初预算数 / 全年预算数 / 全年执行数 / 执行率 ('303030100%': 30 / 30 / 30 / 100%), the rate the third's share of the
    second — the four cells; of all such cuts, only when there is exactly one; None otherwise (never guessed)."""
    s = normalize(s).strip()
    if not _GLUED_RATE.fullmatch(s):
        return None
    fits = []
    for rate_at in range(max(1, len(s) - 8), len(s)):
        head, rate = s[:rate_at], s[rate_at:].rstrip("%％ ")
        if not re.fullmatch(r"(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?", rate) or not float(rate):
            continue
        for k in range(1, len(head)):
            a, b = head[:k], head[k:]
            if not all(re.fullmatch(r"(?:0|[1-9]\d*)(?:\.\d+)?", x) for x in (a, b)) or not float(a) or not float(b):
                continue
            if abs(float(b) / float(a) * 100 - float(rate)) <= 0.5:
                fits.append([a, b, rate + "%"])
            for j in range(1, len(b)):       # 年初预算数 / 全年预算数 / 全年执行数 / 执行率: the rate is the third's share of the second
                b2, c = b[:j], b[j:]
                if all(re.fullmatch(r"(?:0|[1-9]\d*)(?:\.\d+)?", x) for x in (b2, c)) and float(b2) and float(c) \
                        and abs(float(c) / float(b2) * 100 - float(rate)) <= 0.5:
                    fits.append([a, b2, c, rate + "%"])
    # one amount printed over and over at the start (_repeated) is read when no single cut fits the rate; a single fit
    # that reads another amount than the repeated one is no reading either
    again = _repeated(s)
    if len(fits) == 1:
        return fits[0] if again is None or again[0] == fits[0][0] else None
    return again


_SCORE_AFTER = recompile(r"(.*?\d\s*[%％])\s*(\d{1,3}(?:\.\d{1,2})?)")


def unglue_run(s: str) -> list[str] | None:
    """unglue_rate, or the same run with one more column after the rate, a score ('4820482048201096.1%9.6': … 执行率
    96.1%, 得分 9.6): the cells of the run, the score last; None when the run before the score is not told."""
    if (cells := unglue_rate(s)) is not None:
        return cells
    m = _SCORE_AFTER.fullmatch(normalize(s).strip())
    return None if m is None or (cells := unglue_rate(m.group(1))) is None else cells + [m.group(2)]


_REPEAT_MIN = 2       # digits (or characters of '12.5') of an amount told by its repetition: '1' / '1' / '1' is no evidence
_FULL_RATE = recompile(r"(?:([1-9]\d?)(?=100))?(100(?:\.0{1,2})?\s*[%％])")    # (a score, then) a rate of 100%


def _repeated(s: str) -> list[str] | None:
    """A run that opens with one amount printed over and over — the budget columns all alike — and goes on to the
    columns after them: the amount's cells, then the rest. Read when the amount is printed three times or more
    ('3555035550355501082.12%': 年初预算数 / 全年预算数 / 全年执行数 35550, then 分值 10 and a rate the form printed
    itself) or twice with a rate of 100% after it, a score between or not ('454510100%': 45 / 45 / 10 / 100%, as
    budget and execution alike must give); only when exactly one amount so repeats. None otherwise ('86.586.597%':
    a rate that does not fit two like amounts tells no cut)."""
    found = []
    for k in range(_REPEAT_MIN, len(s) // 2 + 1):
        x = s[:k]
        if not re.fullmatch(r"[1-9]\d*(?:\.\d+)?", x):
            continue
        m = 1
        while s.startswith(x, m * k):
            m += 1
        rest = s[m * k:]
        if m < 2 or not re.search(r"\d", rest) or re.match(r"0\d|\.", rest):
            continue
        if (full := _FULL_RATE.fullmatch(rest)) is not None:
            found.append([x] * m + [g for g in full.groups() if g])
        elif m >= 3:
            found.append([x] * m + [rest])
    return found[0] if len(found) == 1 else None
