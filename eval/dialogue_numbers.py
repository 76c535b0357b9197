"""Which numbers a clerk has stated, and whether a number in the form can come from them.

Written apart from the engine's own readers (assistant/textnum.py) on purpose: the scorer must not
share the parser it measures. A number in the form is *explained* when it equals a stated number,
or a sum, difference, product or quotient of two of them, or a product of three (4人×5000元×12个月),
or a sum of numbers stated in one message (工资36、社保9.6、公积金3 → 48.6) — each also read in 万
(×10⁴ or ÷10⁴, since the form keeps money in 万元).
"""
from __future__ import annotations

import itertools
import re
import unicodedata

_DIGIT = {"零": 0, "〇": 0, "一": 1, "幺": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "仨": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}
_CN_RUN = re.compile(r"[零〇一幺二两俩仨三四五六七八九十百千万亿点]+")
_AR = re.compile(r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_GROUPED = re.compile(r"(?<![\d.])\d{2,4}(?:[ \-－]\d{3,8}){1,2}(?![\d.])")
_AR_SCALED = re.compile(r"(\d+(?:\.\d+)?)\s*(万|w|W|千|k|K|亿)")
_SHORT_YEAR = re.compile(r"(?<![\d.])(\d{2})年")            # 25年3月 = 2025年3月
_SHORT_YEAR_DOT = re.compile(r"(?<![\d.])(\d{2})\.(\d{1,2})\s*(?:-|—|－|~|～|到|至)\s*(\d{2})\.(\d{1,2})(?![\d.%])")
_WAN_TAIL = re.compile(r"(\d+)万(\d)(?![\d.万千百])")          # 48万6 = 48.6万
_NUM = r"(\d+(?:\.\d+)?|[零〇一幺二两俩仨三四五六七八九十百千]+)"
_HALF = re.compile(_NUM + r"(万|千|百|块|元)半")                  # 两万半 = 25000, 十二万半 = 125000, 3块半 = 3.5
_KUAI = re.compile(_NUM + r"块([一二两三四五六七八九\d])(?![\d十百千万毛角])")   # 两块八 = 2.8
_UNIT = {"万": 1e4, "千": 1e3, "百": 1e2, "块": 1.0, "元": 1.0}
# words that name numbers without digits: 年底 is month 12, 全年 is months 1–12, 九成 is 90 (%)
_WORDS = {"年底": (12,), "年末": (12,), "年终": (12,), "全年": (1, 12), "整年": (1, 12), "一年": (1, 12),
          "上半年": (1, 6), "下半年": (7, 12), "年初": (1,), "年中": (6,), "百分之百": (100,), "百分百": (100,)}
_RELATIVE_YEAR = {"前年": -2, "去年": -1, "上年": -1, "上一年": -1, "今年": 0, "本年": 0, "本预算年": 0, "当年": 0, "明年": 1,
                  "下年": 1, "下一年": 1, "后年": 2}
SCALES = (1.0, 10_000.0, 0.0001)
# words with 一/万 that are not numbers
_NOT_NUMBERS = re.compile(r"一共|一下|一起|一样|一般|一直|一些|一定|统一|(?<![零〇一二两三四五六七八九十百千])万一(?![千百十])|一点|一边|一块儿|一致|一律|一切|唯一|一旦|一再|一把|(?<![零〇一二两三四五六七八九十百\d])千万(?![零〇一二两三四五六七八九十百千])|万万")


def cn_number(run: str) -> float | None:
    """'四十八万六千' → 486000, '一百二十' → 120, '两千五' → 2500, '二〇二〇' → 2020, '四点八六' → 4.86."""
    if not run or run.strip("点") != run:
        return None
    if "点" in run:
        whole, _, frac = run.partition("点")
        scale = 1
        while frac and frac[-1] in _BIG:
            scale *= _BIG[frac[-1]]
            frac = frac[:-1]
        w = cn_number(whole)
        if w is None or not frac or any(c not in _DIGIT for c in frac):
            return None
        return float(f"{int(w)}." + "".join(str(_DIGIT[c]) for c in frac)) * scale
    if len(run) > 1 and all(c in _DIGIT for c in run):
        return float("".join(str(_DIGIT[c]) for c in run))
    total, section, num, last = 0, 0, 0, 1
    for c in run:
        if c in _DIGIT:
            num = _DIGIT[c]
        elif c in _SMALL:
            section += (num or 1) * _SMALL[c]
            num, last = 0, _SMALL[c]
        elif c == "万":
            total += (section + num) * 10_000
            section, num, last = 0, 0, 10_000
        else:
            total = (total + section + num) * 100_000_000
            section, num, last = 0, 0, 100_000_000
    if num and last >= 100 and run[-2] in _SMALL or num and run[-2:-1] in ("万", "亿"):
        num *= last // 10            # 两千五 = 2500, 四十八万六 = 486000
    return float(total + section + num)


def _read(token: str) -> float | None:
    return float(token) if token[0].isdigit() else cn_number(token)


# 大写 figures (壹佰零玖万肆仟肆佰元整) read as the everyday ones
_CAPITAL = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億", "一二二三三四五六六七八九十百千万亿")
_WAN_THOUSANDS = re.compile(r"(\d+)万(?:(\d)千|零)(\d)(?:百)?(?![\d.万千百])")
_THOUSAND_KUAI = re.compile(r"(?<![\d.])(\d+)千(\d)(?:百)?(?:块|元)")


def harvest(text: str, today_year: int | None = None, today=None) -> list[float]:
    """Every number a message states, in the units it was said and scaled by its own 万/千; a relative year
    (今年, 明年) from ``today_year``, a relative month (下个月, 这个月) from ``today``."""
    t = _NOT_NUMBERS.sub("，", unicodedata.normalize("NFKC", text or "").translate(_CAPITAL))
    out: list[float] = []
    for m in _WAN_THOUSANDS.finditer(t):                          # 109万4千4 / 109万4千4百 / 109万零4百: 1094400 / 1090400
        out.append(int(m.group(1)) * 1e4 + int(m.group(2) or 0) * 1e3 + int(m.group(3)) * 1e2)
    for m in _THOUSAND_KUAI.finditer(t):                          # 3千5块 = 3500
        out.append(int(m.group(1)) * 1e3 + int(m.group(2)) * 1e2)
    spelt = re.sub(r"[零〇一幺二三四五六七八九]{3,}", lambda m: "".join(str(_DIGIT[c]) for c in m.group()), t)
    for m in _GROUPED.finditer(spelt):                          # 0571-8652 3307, 零四七七 八五二一三三六: a phone in groups
        out.append(float(re.sub(r"\D", "", m.group())))
    for m in re.finditer(r"(?<![\d.])\d{1,3}(?: \d{3})+(?![\d.])", t):   # 1 260 000 元: thousands set apart by spaces
        out.append(float(m.group().replace(" ", "")))
    for m in _AR.finditer(t):
        out.append(float(m.group().replace(",", "")))
        if re.fullmatch(r"\d{4}\.\d{1,2}", m.group()):          # 2024.1-2024.12 is a year and a month
            out.extend(float(x) for x in m.group().split("."))
    for m in re.finditer(r"(?<![\d.])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\d.])", t):   # 20251215: a date
        out.extend(float(x) for x in m.groups())
    for m in _AR_SCALED.finditer(t):
        k = {"万": 1e4, "w": 1e4, "W": 1e4, "千": 1e3, "k": 1e3, "K": 1e3, "亿": 1e8}[m.group(2)]
        out.append(float(m.group(1)) * k)
    for m in _SHORT_YEAR.finditer(t):
        out.append(2000.0 + int(m.group(1)))
    for m in _SHORT_YEAR_DOT.finditer(t):                         # 23.4-23.11: two-digit years with their months
        out.extend((2000.0 + int(m.group(1)), 2000.0 + int(m.group(3))))
    for m in _WAN_TAIL.finditer(t):
        out.append(int(m.group(1)) * 1e4 + int(m.group(2)) * 1e3)
    for m in _HALF.finditer(t):
        n = _read(m.group(1))
        if n is not None:
            out.append((n + 0.5) * _UNIT[m.group(2)])
    for m in _KUAI.finditer(t):
        n, d = _read(m.group(1)), _read(m.group(2))
        if n is not None and d is not None:
            out.append(n + d / 10)
    for m in _CN_RUN.finditer(t):
        n = cn_number(m.group())
        if n is not None:
            out.append(n)
            if t[m.end():m.end() + 1] == "成":
                out.append(n * 10)
    for word, nums in _WORDS.items():
        if word in t:
            out.extend(float(n) for n in nums)
    if today_year:
        for word, delta in _RELATIVE_YEAR.items():
            if word in t:
                out.append(float(today_year + delta))
    for m in re.finditer(r"(?<![每隔])(下个?月|这个?月|本月)", t) if today is not None else ():
        k = today.year * 12 + today.month - 1 + (1 if m.group(1).startswith("下") else 0)
        out += [float(k // 12), float(k % 12 + 1)]
    return out


def strip_choices(text: str, chosen: list[int]) -> str:
    """The message without the numbers that pick an option ("1，还有…", "选第二个"): a choice is no amount."""
    cn = "零一二三四五六七八九十"
    for k in chosen:
        alt = f"{k}" + (f"|{cn[k]}" if k < len(cn) else "")
        text = re.sub(rf"(选|要|用)?第?(?<!\d)({alt})(?!\d|\.\d)(个|项|条|号)?", "", text, count=1)
    return text


def numbers_in(value) -> list[float]:
    """The numbers a form value holds (a float, or the digits inside a string)."""
    if value is None or isinstance(value, bool):
        return []
    if isinstance(value, (int, float)):
        return [float(value)]
    text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", unicodedata.normalize("NFKC", str(value)))   # 1,530 as harvest reads it
    return [float(m.group()) for m in re.finditer(r"\d+(?:\.\d+)?", text)]


class Stated:
    """The numbers stated so far in one dialogue, grown message by message."""

    def __init__(self) -> None:
        self.values: set[float] = set()
        self.sums: set[float] = set()

    def add(self, numbers: list[float]) -> None:
        nums = [n for n in numbers if n]
        self.values.update(_key(n) for n in numbers)
        uniq = sorted(set(nums))[:10]
        for r in range(2, len(uniq) + 1):           # sums inside one message (its budget lines)
            for combo in itertools.combinations(uniq, r):
                self.sums.add(_key(sum(combo)))

    def direct(self, n: float) -> bool:
        """Stated as such (a year is never arithmetic)."""
        return _key(n) in self.values

    def explains(self, n: float) -> bool:
        have, vals = self.values, [v for v in self.values if v]
        for m in (n * k for k in SCALES):
            if _key(m) in have or _key(m) in self.sums:
                return True
            for i, a in enumerate(vals):
                if _key(m - a) in have or _key(a - m) in have or _key(m / a) in have or (m and _key(a / m) in have):
                    return True
                if any(_key(m / (a * b)) in have for b in vals[i + 1:]):
                    return True
        return False


def _key(x: float) -> float:
    if abs(x) >= 1e9 and float(x).is_integer():
        return float(x)                 # a phone's digits: every one counts
    return float(f"{float(x):.9g}")     # nine significant digits: 4×5000×12÷10⁴ is 24, 3÷20260000 is not 0
