"""Years, periods and dates as people say them, resolved against ``today``. Pure.

    period("2020全年", this_year=2026)          # When("2020-01", "2020-12")
    period("就是2020年一整年", …)                 # the year she gave, never the current one
    period("去年1-12月", this_year=2021)        # When("2020-01", "2020-12", notes=["“去年”按2020年理解"])
    period("3月到10月", year=None)              # When(None, None, no_year=True): ask which year
    year_of("预算年度是2020年的")                 # 2020

Relative words (今年, 去年, 明年 …) are resolved and the reading is said back (``notes``); a
period without any year uses the budget year she already gave (said back too), and otherwise
asks — the current year is never filled in silently.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

from ..textnum import cn_to_number, normalize, parse_date, parse_month, parse_period

# a period said as such ("3月到10月", "今年的 1到12月", "2025.3-2025.11", "2024年全年", "明年一整年"): what names the
# project's 起止时间 in any answer (gate.py) and lets one be read beside another question's answer (extract.py)
PERIOD_SAID = re.compile(r"\d{1,2}\s*月?.{0,3}?(?:到|至|-|—|~)\s*\d{1,2}\s*月|(?:19|20)\d\d\s*(?:年|[-./])\s*\d{1,2}.{0,4}(?:到|至|-|—|~)|"
                         r"(?:(?:19|20)\d\d\s*年|今年|明年)(?:度)?(?:的)?(?:全年|一整年|整年|一年(?=\s*(?:$|[，,。；;\s]|从)))|"
                         r"\d{1,2}\s*月份?\s*(?:开工|动工|开始|启动)[^。；;]{0,10}?(?:\d{1,2}\s*月份?|年底|年末)\s*(?:底|末)?\s*(?:完工|竣工|结束|完成)")
_YEAR_BEFORE = re.compile(r"(?:(?:19|20)?\d\d\s*年|今年|明年|去年)(?:度)?(?:的)?\s*$")


def dated_period(t: str) -> bool:
    """``t`` says a period with its year ("今年的 1到12月", "2025.3-2025.11", "明年全年"), not months alone
    ("下半年完成总纂": when a step is done, no period of the project)."""
    m = PERIOD_SAID.search(t)
    return bool(m and (re.match(r"(?:19|20)\d\d|今年|明年", m.group(0)) or _YEAR_BEFORE.search(t[:m.start()])))


# what may stand beside a period in its clause when the clause says the project's 起止时间: labels, the verbs of doing it,
# the year and month words ("实施期2025年5月到2026年12月", "时间：今年5月到12月", "2025年1月至12月实施", "明年4月开工，11月完工")
_PERIOD_TALK = re.compile(r"[\u4e00-\u9fa5]{0,3}?(?:期限|周期|时间|期间|工期|年限|期)(?=是|为|从|自|定|[:：\s\d]|$)|"   # "管护期是…"
                          r"(?:项目)?(?:实施|执行|建设|起止|工作)?(?:期限|周期|时间|期间|工期|年限|期)|项目|日|号|实施|执行|开展|进行|开工|动工|"
                          r"完工|竣工|结束|开始|启动|完成|干|做|搞|对了|就是|也是|是|为|从|自|起|止|在|的|度|全年|一整年|整年|年|月|份|"
                          r"底|末|初|前|到|至|共|计|个|啊|吧|哈|呢|了|定|也|都|要|就|整")


def period_alone(t: str) -> bool:
    """The clause that holds the period says nothing else (``t`` as ``_prep`` and ``parts_of_year`` leave it): a period
    of the project, not when one step of it happens ("7月至12月预计发放对象150人", "1月至6月完成港池清淤")."""
    m = PERIOD_SAID.search(t)
    if m is None:
        return False
    a = max(t.rfind(c, 0, m.start()) for c in "，,。；;：:\n\t/|、") + 1
    ends = [i for i in (t.find(c, m.end()) for c in "，,。；;\n\t/|、") if i >= 0]
    clause = t[a:m.start()] + t[m.end():min(ends) if ends else len(t)]
    return not re.findall(r"[\u4e00-\u9fff]", _PERIOD_TALK.sub("", clause))


# "去年下半年开始排查", "2023年3月起就在做": when the work began, with no end said — history of the project, never
# its 实施期限 (which is asked for itself)
_BEGUN = re.compile(r"(?:前年|去年|上年|今年|(?:19|20)?\d\d\s*年)(?:的)?(?:[上下]半年|\d{1,2}\s*月份?|[一二三四]季度|年初|年中|年底)?\s*"
                    r"(?:就|已经|已|便)?(?:开始|起|启动)(?:了|就)?")
_ENDED = re.compile(r"到|至|止|~|～|—|-|结束|完工|竣工|完成|年底前|底前")


def begun_only(text: str) -> bool:
    """``text`` says when something began and no end of it ("去年下半年开始排查"): no period of the project."""
    t = normalize(text)
    return bool(_BEGUN.search(t)) and not _ENDED.search(t)


RELATIVE = {"前年": -2, "上一年度": -1, "上年度": -1, "上一年": -1, "去年": -1, "今年": 0, "本年度": 0, "本年": 0, "本预算年度": 0, "本预算年": 0,
            "当年": 0, "下一年度": 1, "下年度": 1, "下一年": 1, "明年": 1, "后年": 2}
_RELATIVE = re.compile("|".join(sorted(RELATIVE, key=len, reverse=True)))
_CN_MONTH = re.compile(r"([一二三四五六七八九十]{1,3})(?=\s*月)")
_CN_YEAR = re.compile(r"([零〇一二三四五六七八九]{4})(?=\s*年)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)\s*(?:年度?|全年|[-./]|$|的|一整年|整年)")
_WHOLE_YEAR = re.compile(r"((?:19|20)\d\d)\s*年?度?\s*(?:的)?\s*(?:一整年|整一年|整年|全年度?|一年)")
# "2027年度实施", "2026年度执行的": the budget year said alone, with the verb of doing it — that whole year
_YEAR_DOING = re.compile(r"((?:19|20)\d\d)\s*年度\s*(?:的)?\s*(?:实施|执行|开展|做|干|搞)(?:的|吧|啊)?\s*$")
_MONTHS = re.compile(r"(\d{1,2})\s*月?份?\s*(?:开始|起)?.{0,2}?(?:至|到|~|-|—|－)\s*(\d{1,2})\s*月?份?")
_YEAR_END = re.compile(r"年底|年末|年终|12月底")


@dataclass
class When:
    start: str | None = None
    end: str | None = None
    notes: list[str] = field(default_factory=list)   # how a relative word or a missing year was read
    no_year: bool = False                            # months without any year: ask which year
    year: int | None = None                          # the year both ends are said in, when the start has no month
    counted: str = ""                                # how the end was counted, when no year of it was said ("2027年起3年")
    readings: tuple[str, ...] = ()                   # two ways to read what she wrote, nothing to choose between: asked


# "12.5-12.8": two numbers with a dot on each side of a dash — a year and a month each ("2012年5月至8月") or a month
# and a day each ("12月5日至12月8日")
_DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\s*(?:-|—|－|~|～|到|至)\s*(\d{1,2})\.(\d{1,2})(?![\d.%％])")


def two_readings(text: str, this_year: int | None, year: int | None = None) -> tuple[str, str] | None:
    """Both readings of "NN.N-NN.N" when both make a period and nothing she said decides (no year said beside it):
    (as years and months, as months and days), each written out; None when only one reading is possible."""
    t = normalize(text)
    m = _DOTTED.search(t)
    if not m or not this_year or re.search(r"年|" + _RELATIVE.pattern, t):
        return None
    a, b, c, d = (int(m.group(k)) for k in range(1, 5))
    as_years = all(1 <= x <= 12 for x in (b, d)) and (a, b) <= (c, d) \
        and all(abs(2000 + x - this_year) <= 20 for x in (a, c))
    as_days = all(1 <= x <= 12 for x in (a, c)) and all(1 <= x <= 31 for x in (b, d)) and (a, b) <= (c, d)
    if not (as_years and as_days):
        return None
    y = f"{year}年" if year else ""
    return (f"20{a:02d}年{b}月至20{c:02d}年{d}月", f"{y}{a}月{b}日至{y}{c}月{d}日")


def cn_dates(t: str) -> str:
    """'二〇二四年一月至十二月' → '2024年1月至12月'."""
    t = _CN_YEAR.sub(lambda m: str(int(cn_to_number(m.group(1)) or 0)), t)
    t = re.sub(r"(?<![\u4e00-\u9fa5])元月|(?<=[年\s至到起从])元月", "一月", t)   # "明年元月一日至…": January
    t = _CN_MONTHS.sub(r"\1月\2", t)      # "一到十二月": the first month of a range said without 月
    return _CN_MONTH.sub(lambda m: str(int(cn_to_number(m.group(1)) or 0)), t)


_CN_MONTHS = re.compile(r"(?<![\d零〇一二三四五六七八九十百千万第])(十[一二]|[一二三四五六七八九十])(\s*(?:到|至|－|-|—|~|～)\s*(?:十[一二]|[一二三四五六七八九十])月)")


def resolve(text: str, this_year: int | None) -> tuple[str, list[str]]:
    """'今年3月到年底' → ('2024年3月到年底', ['“今年”按2024年理解'])."""
    notes: list[str] = []
    if not this_year:
        return text, notes

    def sub(m: re.Match) -> str:
        y = this_year + RELATIVE[m.group(0)]
        note = f"“{m.group(0)}”按{y}年理解"
        if note not in notes:
            notes.append(note)
        return f"{y}年"
    text = _LIKE.sub("", text)           # "跟去年一样，一月到十二月": a comparison, not the year of the months
    first = re.search(r"((?:19|20)\d\d)\s*年|" + "|".join(w for w in RELATIVE if w != "当年"), text)
    if first and "当年" in text[first.end():]:    # "2027年4月动工，当年11月竣工": that same year, not this one
        y = int(first.group(1)) if first.group(1) else this_year + RELATIVE[first.group(0)]
        text = text[:first.end()] + text[first.end():].replace("当年", f"{y}年")
    if re.search(r"本预算年", text) and (_YEAR.search(text) or len({m.group(0) for m in _RELATIVE.finditer(text)} - {"本预算年度", "本预算年"}) > 0):
        text = re.sub(r"本预算年度?", "", text)   # "本预算年度全年，明年1-12月": the year she names says which budget year
    return _RELATIVE.sub(sub, text), notes


# a relative year compared with, not meant: 跟去年一样 / 和往年相同 / 照去年的 / 同上年度
_LIKE = re.compile(r"(?:跟|和|同|像|照着?|参照|与)\s*(?:" + _RELATIVE.pattern + r"|往年)\s*(?:的)?\s*(?:一样|那样|相同|似的|差不多|同期)?"
                   r"|(?:" + _RELATIVE.pattern + r"|往年)\s*(?:的)?\s*(?:一样|那样|相同|同期)")


# a quarter said with the start or the end of the work: its first month to begin in ("二季度开工": 4月), its last to end in
# ("三季度末完工": 9月)
_Q = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_QUARTER_AT = re.compile(r"第?(?P<q>[一二三四1-4])季度(?:初|末|底)?(?=\s*(?P<w>开工|开始|启动|进场|动工|完工|结束|完成|竣工|交付|验收))")


def _quarter_month(m: re.Match) -> str:
    begin = m.group("w") in ("开工", "开始", "启动", "进场", "动工")
    return f"{3 * _Q[m.group('q')] - (2 if begin else 0)}月"


def _prep(text: str, this_year: int | None) -> tuple[str, list[str]]:
    t = cn_dates(normalize(text))
    t = re.sub(r"元旦(?:前后|左右)?", "1月", re.sub(r"(?:一直|一路)(?=到|至)", "", t))    # "从元旦一直到年底": 1月 to 12月
    t = re.sub(r"(?:本|当|这个)(?:财年|财政年度|会计年度)(?=\s*(?:的)?\s*(?:第?[一二三四1-4]季度|\d{1,2}\s*月))", "本年度", t)
    #                                      "本会计年度第一季度到第三季度": the year only, its quarters say the months
    t = re.sub(r"(?:按|以)?(?:财年|财政年度|会计年度|自然年)(?:来)?算[，,]\s*(?=\S)", "", t)   # "按会计年度算，…": how she counts
    t = _QUARTER_AT.sub(_quarter_month, t)   # "二季度开工，三季度末完工": 4月 to 9月
    t = re.sub(r"(?<=\d)\s*年?\s*(?:财年|财政年度|会计年度|自然年)|财年|财政年度|会计年度|自然年", "全年", t)   # a fiscal year is the calendar year
    if this_year:                        # "23.4-23.11": two-digit years with their months, a period (years near this one)
        t = re.sub(r"(?<![\d.])(\d{2})\.(\d{1,2})\s*(?:-|—|－|~|～|到|至)\s*(\d{2})\.(\d{1,2})(?![\d.%])",
                   lambda m: f"20{m.group(1)}年{int(m.group(2))}月至20{m.group(3)}年{int(m.group(4))}月"
                   if all(abs(2000 + int(m.group(k)) - this_year) <= 5 for k in (1, 3))
                   and all(1 <= int(m.group(k)) <= 12 for k in (2, 4)) else m.group(0), t)
    if this_year:                        # "25年3月": 2025 (a two-digit year near this year)
        t = re.sub(r"(?<![\d.])(\d{2})(?=\s*年)", lambda m: str(2000 + int(m.group(1)))
                   if abs(2000 + int(m.group(1)) - this_year) <= 20 else m.group(1), t)
    t = re.sub(r"(\d{4})\s*年\s*年", r"\1年", t)
    t, notes = resolve(t, this_year)
    return re.sub(r"(\d{4})\s*年\s*年", r"\1年", t), notes


_PARTS = ((re.compile(r"上半年"), lambda m: "1月至6月"), (re.compile(r"下半年"), lambda m: "7月至12月"),
          (re.compile(r"前三季度"), lambda m: "1月至9月"),
          (re.compile(r"(?:Q|q)([1-4])\s*(?:到|至|-|—|~|～)\s*(?:Q|q)([1-4])"),
           lambda m: f"{3 * int(m.group(1)) - 2}月至{3 * int(m.group(2))}月"),
          (re.compile(r"第?([一二三四])季度\s*(?:到|至|-|—|~|～)\s*第?([一二三四])季度"),
           lambda m: f"{3 * int(cn_to_number(m.group(1)) or 1) - 2}月至{3 * int(cn_to_number(m.group(2)) or 1)}月"),
          # "二季度开始，干到年底", "Q3到年底": from the quarter's first month to December
          (re.compile(r"(?:第?([一二三四])季度|[Qq]([1-4]))\s*(?:开始|开工|启动|起)?[，,\s]*(?:一直|干|做|搞|持续)?(?:到|至)\s*"
                      r"(?:年底|年末|年终|12月(?:底|末)?)"),
           lambda m: f"{3 * int(m.group(2) or cn_to_number(m.group(1)) or 1) - 2}月至12月"))


def parts_of_year(t: str) -> str:
    """'上半年' → '1月至6月', 'Q1到Q4' → '1月至12月', '二季度到四季度' → '4月至12月': months of the year."""
    for rx, months in _PARTS:
        t = rx.sub(months, t)
    return t


# a start said by the season, with no month: "明年开春开工", "春天开始", "入冬前后动工"
_SEASON = re.compile(r"(?:开春|春天|春季|初春|开年|夏天|夏季|入夏|秋天|秋季|入秋|冬天|冬季|入冬)(?:以后|后|前后|左右)?")
_UNTIL = re.compile(r"(?:干|做|搞|弄|忙|持续|一直)?(?:到|至)")


def _loose_start(t: str, notes: list[str]) -> "When | None":
    """"明年开春开工，干到明年年底": the end as said, the start left empty (no month was said: none is made up),
    and the year when both ends are in the same one. None when the text is not of this kind."""
    sea = _SEASON.search(t)
    if not sea or re.search(r"\d\s*月", t[:sea.start()]):
        return None
    until = _UNTIL.search(t, sea.end())
    if not until:                        # "明年开春动工，年底前全部完工": the end in a clause of its own
        brk = re.compile(r"[，,；;\s]+").search(t, sea.end())
        if brk and re.search(r"完工|完成|结束|竣工|收尾|建成|交付|验收", t[brk.end():]):
            until = brk
    if not until or re.search(r"\d\s*月", t[:until.start()]):
        return None                      # "今年秋季学期开始，9月到明年8月": the month is said
    tail, head = t[until.end():], t[:sea.start()]
    ys = [int(y) for y in _YEAR.findall(tail)] or [int(y) for y in _YEAR.findall(head)]
    if not ys:
        return None
    m = re.search(r"(\d{1,2})\s*月", tail)
    end = f"{ys[0]}-12" if _YEAR_END.search(tail) else (f"{ys[0]}-{int(m.group(1)):02d}" if m and 1 <= int(m.group(1)) <= 12 else None)
    if end is None:
        began = {int(y) for y in _YEAR.findall(head)}
        if len(began) == 1 and not _YEAR.findall(tail):   # "明年开春动工，入冬前完成": the year of both, no month of either
            return When(None, None, notes + [f"“{sea.group(0)}”没有说几月，起止月份先空着，请补上（如“3月开工，11月完工”）"],
                        year=began.pop())
        return None
    same = {int(y) for y in _YEAR.findall(head)} == {ys[0]}    # "开春动工，到2027年10月": which spring is not said
    return When(None, end, notes + [f"“{sea.group(0)}”没有说几月，开始月份先空着，请补上（如“3月开工”）"],
                year=ys[0] if same else None)


_REL_MONTH = re.compile(r"(?<![每隔])(下个?月|这个?月|本月)")


def months_of_today(text: str, today: _dt.date | None) -> tuple[str, list[str]]:
    """'下个月到年底' said on 2026-12-02 → ('2027年1月到年底', ['“下个月”按2027年1月理解']): a month named from today."""
    if today is None:
        return text, []
    notes: list[str] = []

    def sub(m: re.Match) -> str:
        k = today.year * 12 + today.month - 1 + (1 if m.group(1).startswith("下") else 0)
        y, mo = k // 12, k % 12 + 1
        note = f"“{m.group(1)}”按{y}年{mo}月理解"
        if note not in notes:
            notes.append(note)
        return f"{y}年{mo}月"
    return _REL_MONTH.sub(sub, text), notes


# several whole years: "2027-2029年", "2027年至2029年", "三年（2027-2029）"; "自2027年起三年", "2027年开始，为期3年"
_YEAR_SPAN = re.compile(r"(?<![\d.])((?:19|20)\d\d)\s*年?\s*(?:至|到|-|—|－|~|～)\s*((?:19|20)\d\d)\s*年?(?![\d.]|\s*\d{1,2}\s*月)")
_YEARS_FROM = re.compile(r"(?<![\d.])((?:19|20)\d\d)\s*年?\s*(?:起|开始|始)[，,\s]*(?:为期|共|实施|持续|连续|干|做)?\s*"
                         r"([一二两三四五六七八九十]|\d{1,2})\s*(?:个)?(?:年|个年度)")


def _years_span(t: str) -> tuple[int, int] | None:
    """The first and last year of a period of whole years, when that is all the text says of months."""
    if re.search(r"\d\s*月|[一二三四五六七八九十]月|季度|半年|学年|学期|采暖|供暖|取暖|冬春|汛期|[春夏秋冬]季", t):
        return None                      # (a school year, a heating season: no run of whole years — asked, never guessed)
    m = _YEAR_SPAN.search(t)
    if m and int(m.group(1)) <= int(m.group(2)) <= int(m.group(1)) + 10:
        return int(m.group(1)), int(m.group(2))
    m = _YEARS_FROM.search(t)
    n = cn_to_number(m.group(2)) if m and not m.group(2).isdigit() else (int(m.group(2)) if m else None)
    if m and n and 1 <= n <= 10:
        return int(m.group(1)), int(m.group(1)) + int(n) - 1
    return None


_YM = re.compile(r"((?:19|20)\d\d)\s*(?:年|[-./])\s*(\d{1,2})(?!\d)")


def _marked_ends(t: str) -> tuple[str, str] | None:
    """Among three or more months, the one marked as the start (从/自 before it, 开始/起 after it) and the one
    marked as the end (到/至 before it, 完/结束 after it), when both are and the start comes first."""
    ms = list(_YM.finditer(t))
    if len(ms) < 3:
        return None
    def ym(m):
        return f"{m.group(1)}-{int(m.group(2)):02d}" if 1 <= int(m.group(2)) <= 12 else None
    starts = [ym(m) for m in ms if re.search(r"(?:从|自)\s*$", t[:m.start()])
              or re.match(r"\s*(?:\d{1,2}\s*[日号])?\s*(?:开始|起|开工|动工|启动)", t[m.end():])]
    ends = [ym(m) for m in ms if re.search(r"(?:到|至|截至|截止)\s*$", t[:m.start()])
            or re.match(r"\s*(?:\d{1,2}\s*[日号])?\s*(?:底前?)?\s*[\u4e00-\u9fa5]{0,3}?(?:完|结束|竣工|收尾)", t[m.end():])]
    if len(starts) == 1 and len(ends) == 1 and starts[0] and ends[0] and starts[0] <= ends[0]:
        return starts[0], ends[0]
    return None


_HALF_END = re.compile(r"[上下]半年(?=\s*(?:前|以前|之前|内|底)?\s*(?:全部|全面|就|能)?(?:完工|完成|结束|竣工|收尾|建成|交付|验收))")


def period(text: str, this_year: int | None = None, year: int | None = None) -> When:
    """Start and end months. ``year``: the budget year she already gave (used when the text names none)."""
    both = two_readings(text, this_year, year)
    if both:                             # "12.5-12.8": 2012年5月至8月 or 12月5日至8日 — asked, never picked
        return When(readings=both)
    t, notes = _prep(text, this_year)
    t = re.sub(r"((?:19|20)\d\d)\s*(?=[Qq][1-4]|[一二三四]季度|第[一二三四]季度|[上下]半年)", r"\1年", t)   # "2027 Q2到Q4"
    t = _HALF_END.sub(lambda m: "6月" if m.group(0) == "上半年" else "12月", t)    # "明年上半年完工": by June
    t = parts_of_year(t)
    t = _WHOLE_YEAR.sub(lambda m: f"{m.group(1)}年1月至{m.group(1)}年12月", _YEAR_DOING.sub(r"\1年全年", t))
    settled = list(_SETTLED.finditer(t))
    if settled and re.search(r"\d\s*月|(?:19|20)\d\d", t[settled[-1].end():]):
        head = [int(x) for x in _YEAR.findall(t[:settled[-1].start()])]
        w = period(t[settled[-1].end():], None, head[0] if head else year)   # "…，那就写二月到十二月": what she settled on
        if w.start and w.end:
            said = [n for n in w.notes if n not in notes and not (head and n.startswith("年份按预算年度"))]
            return When(w.start, w.end, notes + said)
    marked = _marked_ends(t)
    if marked:                           # "时点是12月31日，工作从10月开始，到明年6月汇总完": the ends she marks
        return When(*marked, notes)
    a, b = parse_period(t)
    if a and b and a <= b:
        return When(a, b, notes)
    if a and b:
        return When(notes=notes)         # a start after its end: no period read, asked again
    years_span = _years_span(t)
    if years_span:                       # "2027-2029年", "自2027年起三年": whole years, January to December
        counted = "" if str(years_span[1]) in t else f"{years_span[0]}年起{years_span[1] - years_span[0] + 1}年，到{years_span[1]}年12月"
        return When(f"{years_span[0]}-01", f"{years_span[1]}-12", notes, counted=counted)
    loose = _loose_start(t, notes)
    if loose is not None:
        return loose
    years = [int(y) for y in _YEAR.findall(t)]
    y = years[0] if years else None
    m = _MONTHS.search(re.sub(r"(?:19|20)\d\d\s*年", "", t))
    whole = re.search(r"全年|一整年|整年|一年|全年度", t)
    if y is None and (m or whole or re.search(r"\d\s*月", t)):
        if year is None:
            return When(notes=notes, no_year=True)
        y = year
        notes.append(f"年份按预算年度{year}年理解")
    if y is None:
        return When(notes=notes)
    if m and 1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 12 and int(m.group(1)) <= int(m.group(2)):
        return When(f"{y}-{int(m.group(1)):02d}", f"{y}-{int(m.group(2)):02d}", notes)
    if a is None:
        mm = re.search(r"(\d{1,2})\s*月", t)
        a = f"{y}-{int(mm.group(1)):02d}" if mm and 1 <= int(mm.group(1)) <= 12 else None
    if a and len(re.findall(r"\d{1,2}\s*月", t)) == 1 and _DEADLINE.search(t):
        return When(None, a, notes)      # "11月底前", "到10月": by when it ends, never when it starts
    if a and _YEAR_END.search(t):
        return When(a, f"{a[:4]}-12", notes)
    if a:
        m2 = re.search(r"(?:至|到|~|-|—)\s*(\d{1,2})\s*月", t)
        if m2 and 1 <= int(m2.group(1)) <= 12:
            return When(a, f"{a[:4]}-{int(m2.group(1)):02d}", notes)
        after = _end_after(t, a)
        if after:                        # "今年3月进场，10月结束": the later month ends it
            return When(a, after, notes)
        if re.search(r"竣工|完工|结束|截止|收尾|到期|完成", t) and not re.search(r"开工|动工|开始|启动|起|进场|入场|开建|开课|开办", t):
            return When(None, a, notes)  # "竣工是2024年10月": the end alone
        return When(a, _end_after(t, a), notes)
    if whole or re.fullmatch(r"\s*(?:19|20)\d\d\s*年?度?\s*(?:的)?\s*", t):
        return When(f"{y}-01", f"{y}-12", notes)
    return When(notes=notes)


# one month as a deadline: "11月底前", "10月以前", "到9月", "截至8月" (a start is never said so)
_DEADLINE = re.compile(r"\d{1,2}\s*月份?\s*(?:底|末|中旬|下旬|上旬|\d{1,2}\s*[日号])?\s*(?:前|之前|以前|为止)|(?:截至|截止到?|到|至)\s*\d{1,2}\s*月")


# "…，就写1到9月", "那就填二月到十二月": the period she settled on after thinking aloud
_SETTLED = re.compile(r"(?:那就|就|还是|最后|干脆)(?:写|填|按)(?:成|为|上)?")
_DURATION = re.compile(r"(?:工期|为期|用时|历时|周期)\s*(?:是|为|约)?\s*(\d{1,2})\s*个月|(\d{1,2})\s*个月(?:内|之内)?(?:完工|完成|干完|建成)")


def _end_after(t: str, start: str) -> str | None:
    """"3月开工，11月底完工" → the later month of the same year; "3月开工，工期10个月" → start + 9 months."""
    first = re.search(r"(\d{1,2})\s*月", t)
    later = [int(x) for x in re.findall(r"(?<![\d年])(\d{1,2})\s*月", t[first.end():])] if first else []
    later = [x for x in later if int(start[5:]) < x <= 12]
    if later:
        return f"{start[:4]}-{later[-1]:02d}"
    d = _DURATION.search(t)
    n = int(d.group(1) or d.group(2)) if d else 0
    if 1 <= n <= 36:
        k = int(start[:4]) * 12 + int(start[5:]) - 1 + n - 1
        return f"{k // 12:04d}-{k % 12 + 1:02d}"
    return None


# one quarter said for one month: "25年Q2才开工" → its first month, "三季度完工" → its last
_QUARTER = re.compile(r"(?:Q|q)([1-4])(?!\d)|第?([一二三四])季度")
_ENDS = re.compile(r"竣工|完工|结束|截止|收尾|到期|完成|为止")


def quarter_month(t: str, end: bool | None = None) -> str:
    """The text with one quarter ("Q2", "第二季度") said as the month it stands for: the first month of it
    for a start, the last for an end (竣工, 结束 …); the quarter is said back with the month."""
    q = _QUARTER.search(t)
    if not q or len(_QUARTER.findall(t)) > 1:
        return t
    k = int(q.group(1) or cn_to_number(q.group(2)) or 0)
    if end is None:
        end = bool(_ENDS.search(t)) and not re.search(r"开工|动工|开始|启动|进场", t)
    m = 3 * k if end else 3 * k - 2
    t = re.sub(r"((?:19|20)\d\d)\s*年?\s*$", r"\1年", t[:q.start()]) + f"{m}月" + t[q.end():]
    return t


def month(text: str, this_year: int | None = None, year: int | None = None,
          end: bool | None = None) -> tuple[str | None, list[str]]:
    """One month ('2020年10月', '明年3月', '10月' with a known budget year, '25年Q2开工' → its first month)."""
    t, notes = _prep(text, this_year)
    said = _QUARTER.search(t)
    t = quarter_month(t, end)
    if said and not _QUARTER.search(t):
        m = re.search(r"(\d{1,2})月", t[said.start():])
        notes = notes + [f"“{said.group(0)}”按{m.group(1)}月理解"]
    got = parse_month(t)
    if got:
        return got, notes
    mm = re.search(r"(\d{1,2})\s*月", t)
    if mm and year and 1 <= int(mm.group(1)) <= 12:
        return f"{year}-{int(mm.group(1)):02d}", notes + [f"年份按预算年度{year}年理解"]
    return None, notes


def year_of(text: str, this_year: int | None = None) -> tuple[int | None, list[str]]:
    """A budget year: '2020', '2020年的', '二〇二〇年', '今年' → (2020, notes); months → None (a period)."""
    t, notes = _prep(text, this_year)
    if re.search(r"\d{1,2}\s*月", t):
        return None, notes
    m = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", t)
    return (int(m.group(1)), notes) if m else (None, notes)


def stated_year(text: str, this_year: int | None = None) -> int | None:
    """A year the text states anywhere ('2024年图书采购经费', '今年要聘…'), for reading later periods."""
    t, _ = _prep(text, this_year)
    # "去年就有" / "2023年开始做的" / "去年没有搞过": when the project began or did not, history, not the year it is filed for
    for m in re.finditer(r"(?<!\d)((?:19|20)\d\d)\s*年(?!以前|之前|前|以来|起就|(?:就|也|都|已经|一直|没有?|未曾?|从来没有?|从没有?|并没有?)?(?:有|开始|在做|在搞|做过|搞过|弄过|办过|实施过|搞|做|办))", t):
        y = int(m.group(1))
        if this_year is None or abs(y - this_year) <= 2:
            return y                     # "替换2010年的16排": a year long past is history, not the project's
    return None


_CN_DAY = re.compile(r"(?<=月)\s*([一二三四五六七八九十]{1,3})(?=\s*[日号])")
_SHORT_DATE = re.compile(r"(?<![\d.])(\d{2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{1,2})(?![\d.])")


_DAYS_FROM_TODAY = {"明天": 1, "明日": 1, "明儿": 1, "tomorrow": 1, "后天": 2, "昨天": -1, "昨日": -1, "yesterday": -1, "前天": -2}
RELATIVE_DAY = re.compile(r"明天|明日|明儿|后天|昨天|昨日|前天|\btomorrow\b|\byesterday\b", re.I)


def date_of(text: str, today: _dt.date | None = None, year: int | None = None) -> str | None:
    """'今天' / 'today' → today; '2020年8月19日', '2020-08-19', '23.2.14', '二〇二五年十二月二十二日'; '8月19日'
    (四月八日) with a known year."""
    t = _CN_DAY.sub(lambda m: str(int(cn_to_number(m.group(1)) or 0)), cn_dates(normalize(text)))
    if today and re.search(r"今天|今日|当天|今儿|\btoday\b", t, re.I):
        return today.isoformat()
    rel = RELATIVE_DAY.search(t)
    if today and rel:                    # "明天", "后天交": a day counted from today
        return (today + _dt.timedelta(days=_DAYS_FROM_TODAY[rel.group(0).lower()])).isoformat()
    got = parse_date(t)
    if got:
        return got
    short = _SHORT_DATE.search(t)            # "23.2.14": the year in two digits
    if short and 1 <= int(short.group(2)) <= 12 and 1 <= int(short.group(3)) <= 31:
        return f"20{short.group(1)}-{int(short.group(2)):02d}-{int(short.group(3)):02d}"
    m = re.search(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]", t) or re.fullmatch(r"\s*(\d{1,2})\s*[./]\s*(\d{1,2})\s*(?:[日号])?\s*", t)
    y = year or (today.year if today else None)     # ("12.3" alone, asked for a day: 12月3日)
    if m and y and 1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31:
        return f"{y:04d}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
    return None


# an eight-digit date (20260301, 20261031前, 日期20251215): a year, a month and a day, where it stands as a date —
# in a range, before 前, or after 日期 / 时间 / 于 / 从 / 至 (an eight-digit landline or code stays a number)
_EIGHT = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\d.])")
_AS_DATE_BEFORE = re.compile(r"(?:日期|时间|于|从|自|至|到|截至|截止|[-－—~～])\s*$")
_AS_DATE_AFTER = re.compile(r"^\s*(?:前|之前|以前|止|起|开始|完成|结束|[-－—~～至到])")


def eight_digit_dates(text: str) -> str:
    """"20260301-20261130" → "2026年3月1日-2026年11月30日"; a number that does not stand as a date is left."""
    def one(m: re.Match) -> str:
        before = m.string[:m.start()]
        if re.search(r"(?<!\d)0\d{2,3}\s*[-－—]\s*$", before) or not (
                _AS_DATE_BEFORE.search(before) or _AS_DATE_AFTER.match(m.string[m.end():])):
            return m.group(0)            # 0744-20261234: a landline after its area code
        return f"{m.group('y')}年{int(m.group('m'))}月{int(m.group('d'))}日"
    if text and _ISO.search(text):       # "2025-10-31T00:00:00前" (a system's export): the day, its time of day no value
        text = _ISO.sub(lambda m: f"{m.group(1)}年{int(m.group(2))}月{int(m.group(3))}日"
                        if 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31 else m.group(0), text)
    return _EIGHT.sub(one, text) if text else text


# a date as a system exports it, with its time of day: "2025-10-31T00:00:00" (a timestamp in a chat or an approval log,
# "2024-05-28 09:12", is left: when someone signed is no value)
_ISO = re.compile(r"(?<![\d-])((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?(?![\d:])")


# "03/01/2025", "3/15/2025": a date with the year last, its first two numbers in an order the date alone may not say
YEAR_LAST = re.compile(r"(?<![\d./])(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d\d)(?![\d./])")
_MONTH_FIRST = re.compile(r"月(?:份)?(?:在|写在|放在)?前|(?:美式|英文|美国)")
_DAY_FIRST = re.compile(r"日(?:子)?(?:在|写在|放在)?前|(?:英式|欧式)")


def year_last_dates(text: str) -> str:
    """"03/01/2025到11/30/2025" → "2025年3月1日到2025年11月30日" when the order is certain: a number above 12 in one
    of her dates says which is the day (for every date of the message), or she says so ("月在前"); otherwise (every
    number 12 or less, or her dates disagree) nothing is changed and the period is asked."""
    if not text or "/" not in text:
        return text
    ms = list(YEAR_LAST.finditer(text))
    if not ms:
        return text
    month_first = any(int(m.group(1)) <= 12 < int(m.group(2)) for m in ms)
    day_first = any(int(m.group(2)) <= 12 < int(m.group(1)) for m in ms)
    if not month_first and not day_first:
        month_first, day_first = bool(_MONTH_FIRST.search(text)), bool(_DAY_FIRST.search(text))
    if month_first == day_first:
        return text                      # not certain: left as written (asked)

    def one(m: re.Match) -> str:
        mo, d = (int(m.group(1)), int(m.group(2))) if month_first else (int(m.group(2)), int(m.group(1)))
        return f"{m.group(3)}年{mo}月{d}日" if 1 <= mo <= 12 and 1 <= d <= 31 else m.group(0)
    return YEAR_LAST.sub(one, text)


# a date as a spreadsheet keeps it ("45717到45991": days since 1899-12-30): no date is made from it, it is asked
EXCEL_SERIAL = re.compile(r"(?<![\d.,])(?:3[6-9]|[4-6]\d)\d{3}(?![\d.,])")
# a time of the year said by a season, a festival, a solar term or farm work ("开春", "清明前", "秋收后", "春节前"):
# no month is made of it
SEASON_WORD = re.compile(r"小年|腊八|除夕|年三十|开春|春天|春季|初春|开年|夏天|夏季|入夏|秋天|秋季|入秋|冬天|冬季|入冬|春节|元宵|正月|腊月|冬月|清明|端午|"
                         r"中秋|重阳|秋收|夏收|麦收|春耕|春播|秋播|秋种|上冻|封冻|解冻|化冻|汛前|汛后|农闲|农忙|年前|年后|节前|节后|"
                         r"立春|雨水|惊蛰|春分|谷雨|立夏|小满|芒种|夏至|小暑|大暑|立秋|处暑|白露|秋分|寒露|霜降|立冬|小雪|大雪|冬至|小寒|大寒")
