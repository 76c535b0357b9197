"""Parsing an indicator value (指标值) into direction, number and unit, keeping the text."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .textnum import normalize

# Direction words written as prose: 不低于90% → ≥90%. Matched leftmost-longest, so 不超过 is ≤, not 超过 (≥).
_OP_PHRASES = {
    "≥": ["不低于", "不少于", "不小于", "至少", "及以上", "以上", "大于等于", "达到", "超过", "高于", ">=", "≧", "不下降"],
    "≤": ["不高于", "不多于", "不大于", "不超过", "以内", "以下", "低于", "少于", "小于等于", "<=", "≦", "控制在"],
    "=": ["等于", "为", "=", "＝"],
}
_PHRASE_OP = {p: op for op, ps in _OP_PHRASES.items() for p in ps}
_OP_WORDS = re.compile("|".join(sorted(map(re.escape, _PHRASE_OP), key=len, reverse=True)))
_OP_SYMBOL = re.compile(r"^\s*(≥|≤|>=|<=|≧|≦|>|<|=|＝|＞|＜)")
_SYMBOLS = {">=": "≥", "≧": "≥", "<=": "≤", "≦": "≤", "＝": "=", "＞": ">", "＜": "<"}
_NUM = re.compile(r"(-?\d+(?:,\d{3})*(?:\.\d+)?)\s*([^\d\s,，;；。、（）()≥≤<>=]*)")
_DATE_TARGET = re.compile(r"(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*月)?|\d{1,2}\s*月(?:底|末|份|前|中旬|上旬|下旬)|"
                          r"(?:19|20)\d\d[-./]\d{1,2}(?:[-./]\d{1,2})?|\d{1,2}\s*日(?:前|内)|年底前|年内|季度|学期|工作日内|日内|天内")
_FORMULA = re.compile(r"\d\s*(?:[×xX*＊]|乘以?)\s*\d")
MONEY_UNIT = re.compile(r"(?:万元|亿元|千元|元)")


@dataclass(frozen=True)
class ParsedValue:
    """One 指标值 read apart. ``text`` is the value as written."""
    text: str
    op: str | None          # ≥ ≤ = > < or None
    number: float | None    # the main number
    unit: str               # 人, %, 万元, 元/人·月 …; '' when none
    is_date: bool           # a dated target: 2025年9月底前
    is_formula: bool        # a written calculation: 4人×5000元×12个月=240000元

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


@lru_cache(maxsize=65536)
def parse_value(text: str) -> ParsedValue:
    raw = text or ""
    t = normalize(raw).replace("％", "%")
    is_formula = bool(_FORMULA.search(t))
    is_date = bool(_DATE_TARGET.search(t)) and not re.search(r"\d\s*(?:%|人|个|次|台|套)", t)
    op = None
    m = _OP_SYMBOL.match(t)
    if m:
        op = _SYMBOLS.get(m.group(1), m.group(1))
    number, unit = None, ""
    nm = None
    if not is_date:
        # a value like '持续提升，家庭医生签约率≥40%' – prefer the number right after a direction symbol
        sym = re.search(r"(≥|≤|>=|<=|≧|≦|>|<|=)\s*(-?\d+(?:,\d{3})*(?:\.\d+)?)\s*([^\d\s,，;；。、（）()≥≤<>=]*)", t)
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
    return ParsedValue(text=raw, op=op, number=number, unit=unit, is_date=is_date, is_formula=is_formula)


def _trim_unit(unit: str) -> str:
    # '90%以上' → '%', '5000元（含五险两金）' → '元'
    unit = re.split(r"以上|以下|以内|及以上|左右|之内|（|\(|，|,|；|;|。", unit, maxsplit=1)[0]
    return unit.strip()


def format_value(op: str | None, number: float | None, unit: str) -> str:
    """Join split columns (指标性质 / 指标值 / 度量单位) into one value string: ≥ 95 % → '≥95%'."""
    if number is None:
        return ""
    n = f"{number:g}" if abs(number) < 1e15 else str(number)
    return f"{op or ''}{n}{unit or ''}"
