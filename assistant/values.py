"""Parsing an indicator value (指标值) into direction, number and unit, keeping the text."""
from __future__ import annotations

import re
from collections import namedtuple
from functools import lru_cache

from .recache import compile as recompile, longest_first
from .lazyre import lazy
from .lexicon import (COUNT_UNITS, DIRECTION_MARKS, MEASURE_UNITS, PLACEHOLDER_NUMBER, PROPORTION_UNITS, SERIAL_MAX,
                      SERIAL_MIN, TIME_UNITS)     # (at the top: an import in a function runs on every call)
from .textnum import normalize

# Direction words written as prose: 不低于90% → ≥90%. Matched leftmost-longest, so 不超过 is ≤, not 超过 (≥).
_OP_PHRASES = {
    "≥": ["不低于", "不少于", "不小于", "至少", "及以上", "以上", "大于等于", "达到", "超过", "高于", ">=", "≧", "不下降"],
    "≤": ["不高于", "不多于", "不大于", "不超过", "以内", "以下", "低于", "少于", "小于等于", "<=", "≦", "控制在"],
    "=": ["等于", "为", "=", "＝"],
}
_PHRASE_OP = {p: op for op, ps in _OP_PHRASES.items() for p in ps}
_OP_WORDS = recompile("|".join(sorted(map(re.escape, _PHRASE_OP), key=len, reverse=True)))
_OP_SYMBOL = recompile(r"^\s*(≥|≤|>=|<=|≧|≦|>|<|=|＝|＞|＜)")
_SYMBOLS = {">=": "≥", "≧": "≥", "<=": "≤", "≦": "≤", "＝": "=", "＞": ">", "＜": "<"}
_NUM = recompile(r"(-?\d+(?:,\d{3})*(?:\.\d+)?)\s*([^\d\s,，;；。、（）()≥≤<>=]*)")
_DATE_TARGET = recompile(r"(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*月)?|\d{1,2}\s*月(?:底|末|份|前|中旬|上旬|下旬)|"
                          r"(?:19|20)\d\d[-./]\d{1,2}(?:[-./]\d{1,2})?|\d{1,2}\s*日(?:前|内)|年底前|年内|季度|学期|工作日内|日内|天内")
_FORMULA = recompile(r"\d\s*(?:[×xX*＊]|乘以?)\s*\d")
MONEY_UNIT = recompile(r"(?:万元|亿元|千元|元)")


class ParsedValue(namedtuple("ParsedValue", "text op number unit is_date is_formula")):
    """One 指标值 read apart. ``text`` is the value as written; ``op`` ≥ ≤ = > < or None; ``number`` the main
    number or None; ``unit`` 人, %, 万元, 元/人·月 … ('' when none); ``is_date`` a dated target (2025年9月底前);
    ``is_formula`` a written calculation (4人×5000元×12个月=240000元). (A named tuple, not a dataclass: see
    ``rules.Context``.)"""
    __slots__ = ()

    @property
    def is_quantitative(self) -> bool:
        return self.number is not None and not self.is_date

    @property
    def is_percent(self) -> bool:
        return self.unit.startswith("%") or self.unit.startswith("％") or self.unit == "百分比"

    @property
    def is_money(self) -> bool:
        return bool(MONEY_UNIT.match(self.unit))

    def amount_wan(self) -> float | None:
        """The number in 万元 when the unit is a plain amount (万元, 元, 亿元), not per-unit."""
        if self.number is None or "/" in self.unit or not self.is_money:
            return None
        u = self.unit
        if u.startswith("亿元"):
            return self.number * 10_000
        if u.startswith("万元"):
            return self.number
        if u.startswith("千元"):
            return self.number / 10
        return self.number / 10_000


_COUNTED = lazy(r"\d\s*(?:%|人|个|次|台|套)")       # a number of things: not a date target
_AFTER_SYMBOL = lazy(r"(≥|≤|>=|<=|≧|≦|>|<|=)\s*(-?\d+(?:,\d{3})*(?:\.\d+)?)\s*([^\d\s,，;；。、（）()≥≤<>=]*)")
_UNIT_END = lazy(r"以上|以下|以内|及以上|左右|之内|（|\(|，|,|；|;|。")


# a character each of the patterns needs: a text without one is not matched by it, and is not searched (most
# values: a row's ≥95% or =21公里 has no 年/月/日 and no product sign)
_FORMULA_CHARS = recompile(r"[×xX*＊乘]")
_DATE_CHARS = recompile(r"[年月日季学天\-./]")
_new_parsed = tuple.__new__       # (a ParsedValue made positionally: keyword arguments cost a Python-level call)


# The usual value — a sign, a whole number, a unit of % or 汉字 (≥95%, =4人, ≤1000元): what the steps of
# ``_parse_value`` make of it, read by one pattern instead of their five. No character of it is one those steps
# look for beyond the sign and the digits: no product sign (乘), no date (年 月 日 季 学 天, and no '.', '-' or '/'
# a date could be written with), nothing ``_trim_unit`` cuts at (以上 以下 以内 左右 之内, punctuation), no space.
# tests/test_values_simple.py compares the two on every value of the fixtures and on values made to differ.
_SIMPLE = recompile(r"([≥≤=><])(\d+)((?:%|(?![年月日季学天乘以左之])[\u4e00-\u9fff])*)")


@lru_cache(maxsize=65536)
def parse_value(text: str) -> ParsedValue:
    raw = text or ""
    t = normalize(raw).replace("％", "%")
    m = _SIMPLE.fullmatch(t)
    if m is not None:
        op, number, unit = m.groups()
        return _new_parsed(ParsedValue, (raw, op, float(number), unit, False, False))
    return _parse_value(raw, t)


def _parse_value(raw: str, t: str) -> ParsedValue:
    """``parse_value`` of any value (``t``: the value normalized)."""
    is_formula = bool(_FORMULA_CHARS.search(t)) and bool(_FORMULA.search(t))
    is_date = bool(_DATE_CHARS.search(t)) and bool(_DATE_TARGET.search(t)) and not _COUNTED.search(t)
    op = None
    m = _OP_SYMBOL.match(t)
    if m:
        op = _SYMBOLS.get(m.group(1), m.group(1))
    number, unit = None, ""
    nm = None
    if not is_date:
        # a value like '持续提升，家庭医生签约率≥40%' – prefer the number right after a direction symbol
        sym = _AFTER_SYMBOL.search(t)
        if sym and not is_formula:
            op = op or _SYMBOLS.get(sym.group(1), sym.group(1))
            number, unit = float(sym.group(2).replace(",", "")), sym.group(3)
        else:
            nm = _NUM.search(t)
            if nm:
                number, unit = float(nm.group(1).replace(",", "")), nm.group(2)
    if number is not None and op is None:
        found = [m.group(0) for m in _OP_WORDS.finditer(t)]
        if found:
            op = _PHRASE_OP[found[0]]
    unit = _trim_unit(unit)
    return _new_parsed(ParsedValue, (raw, op, number, unit, is_date, is_formula))


def _trim_unit(unit: str) -> str:
    # '90%以上' → '%', '5000元（含五险两金）' → '元'
    unit = _UNIT_END.split(unit, maxsplit=1)[0]
    return unit.strip()


def format_value(op: str | None, number: float | None, unit: str) -> str:
    """Join split columns (指标性质 / 指标值 / 度量单位) into one value string: ≥ 95 % → '≥95%'."""
    if number is None:
        return ""
    n = f"{number:g}" if abs(number) < 1e15 else str(number)
    return f"{op or ''}{n}{unit or ''}"


# --- catalogue v2 views: what a unit measures, template leftovers, Excel date serials -------------

_UNIT_PARTS = lazy(r"[/／·]")


@lru_cache(maxsize=4096)
def unit_class(unit: str) -> str:
    """'count', 'money', 'time', 'measure', 'proportion' or '' (unknown) for a value's unit.

    A compound unit is classed by its first part: 元/人 is money, 人/次 a count, 个月 time."""
    u = _UNIT_PARTS.split((unit or "").strip(), maxsplit=1)[0].strip()
    if not u:
        return ""
    if u in PROPORTION_UNITS or u.startswith("%"):
        return "proportion"
    if MONEY_UNIT.fullmatch(u):
        return "money"
    for cls, units in (("time", TIME_UNITS), ("count", COUNT_UNITS), ("measure", MEASURE_UNITS)):
        if u in units:
            return cls
    if len(u) > 1 and u[0] == "个" and unit_class(u[1:]) == "count":    # 个人, 个村: a classifier before a count unit
        return "count"
    return ""


_UNIT_ONLY = None
_DIGIT = lazy(r"\d")


@lru_cache(maxsize=65536)
def is_leftover(value: str) -> bool:
    """A template's value left unfilled: only a unit and/or a direction mark, or **/XX/×× for the number
    ('公里', '万亩', '≥ %', '≧%', '≥XX%', '**人'). A value with a digit or any other word is not one."""
    global _UNIT_ONLY
    t = normalize(value or "")
    if not t or _DIGIT.search(t):
        return False
    if _UNIT_ONLY is None:
        units = longest_first(COUNT_UNITS | TIME_UNITS | MEASURE_UNITS | PROPORTION_UNITS | {"万元", "元", "亿元", "千元", "万"})
        one = "(?:" + "|".join(map(re.escape, units)) + ")"
        _UNIT_ONLY = recompile(f"{one}(?:[/／·][\u4e00-\u9fff]{{1,3}})*")   # 元/人·月, 元/生
    rest = PLACEHOLDER_NUMBER.sub("", DIRECTION_MARKS.sub("", t))
    rest = re.sub(r"\s+", "", rest)
    return rest == "" or bool(_UNIT_ONLY.fullmatch(rest))


_SERIAL = recompile(r"(?:\d{2},?\d{3})(?:\s*\d{2},?\d{3})*")
_SERIAL_TAIL = recompile(r"(?:日|号|前|之前|以前)?")


class SerialDate(namedtuple("SerialDate", "serial date op")):
    """An Excel date serial read as a date (``date``: a datetime.date), with the value's operator."""
    __slots__ = ()

    def corrected(self) -> str:
        """The value it stands for: 2021年12月31日前 under ≤/=, 2021年12月31日 otherwise."""
        d = self.date
        text = f"{d.year}年{d.month}月{d.day}日"
        return text + "前" if self.op in ("≤", "=") else text


@lru_cache(maxsize=65536)
def serial_date(value: str) -> SerialDate | None:
    """An Excel date serial printed as a number: '=44,561', '44561', '=44,56144,561' (the same serial
    repeated), within 2000-01-01 … 2049-12-31. None for anything else (a phone number, a 7-digit code)."""
    t = normalize(value or "")
    m = _OP_SYMBOL.match(t)
    op = _SYMBOLS.get(m.group(1), m.group(1)) if m else None
    body = t[m.end():].strip() if m else t
    digits = _SERIAL.match(body)
    if not digits or not _SERIAL_TAIL.fullmatch(body[digits.end():].strip()):
        return None
    chunks = re.findall(r"\d{2},?\d{3}", digits.group(0))
    if "".join(re.findall(r"\d", digits.group(0))) != "".join(c.replace(",", "") for c in chunks):
        return None
    serials = {int(c.replace(",", "")) for c in chunks}
    if len(serials) != 1:
        return None
    n = serials.pop()
    if not SERIAL_MIN <= n <= SERIAL_MAX:
        return None
    import datetime as _dt       # (only for a serial: a check need not load datetime)
    return SerialDate(serial=n, date=_dt.date(1899, 12, 30) + _dt.timedelta(days=n), op=op)
