"""A 时效指标 said as a plain sentence: "年底前全部完工通水", "六月二十六号之前全部搞完",
"两个工作日内办结". Pure.

``deadline_row(text, choices)`` gives (name, value) or None. The value is her date or time limit
("6月26日前", "年底前", "≤2个工作日"); the name is the offered row that asks for a date (its name
only, never its example value), else her action + 时间/时限 ("完工通水时间"), else 完成时间.
"""
from __future__ import annotations

import re
from typing import Any

from . import answers as A

_CN = r"[一二两三四五六七八九十]{1,3}"
_DAY = r"(?:\d{1,2}|" + _CN + r")\s*[日号]"
# a day everyone knows, named instead of its date: "春节前", "七一前对外开放", "中秋前拨付", "汛期前完工"
HOLIDAY = (r"(?:元旦|春节|正月十五|过小年|小年|腊八节?|除夕|大年三十|年三十|元宵节?|清明节?|五一|劳动节|端午节?|七一|建党节|八一|建军节|中秋节?|国庆节?|重阳节?|"
           r"主汛期|汛期|入汛|开学|秋季开学|春季开学|春耕|秋收|供暖季|采暖季|供暖|停暖)")
_REL = {"今年": 0, "本年": 0, "本年度": 0, "当年": 0, "明年": 1, "次年": 1, "下一年": 1, "后年": 2}
# the one reading of a deadline ("明年4月底前", "6月15号之前", "年底前", "八点前", "2024年前"), for a plain
# sentence here and for the rows of rows.py
DUE = re.compile(
    r"(?P<date>(?:(?P<y>(?:19|20)\d\d|(?<![\d.])\d\d(?=\s*年\s*(?:\d{1,2}|" + _CN + r")\s*月))\s*年\s*|(?P<rel>本年度|今年|本年|当年|明年|次年|下一年|后年)\s*)?"
    r"(?:(?P<m>\d{1,2}|" + _CN + r")\s*月\s*(?P<d>" + _DAY + r"|底|末|中旬|上旬|下旬|份)?"
    r"|(?P<span>年底|年末|年中|上半年|下半年|月底|月末|季度末|(?<=年)底|(?<=年)末|" + HOLIDAY + r"))"
    r"|(?P<yonly>(?:19|20)\d\d)\s*年"
    r"|(?:每天|每日)?(?:早上|上午|中午|下午|晚上)?(?:\d{1,2}|" + _CN + r")\s*点半?)"
    r"\s*(?P<by>之前|以前|前|以内|内)")


_DATE_AHEAD = r"(?:(?:19|20)?\d\d\s*年|今年|明年|本年度?|当年|次年)?\s*(?:\d{1,2}\s*月|" + _CN + r"\s*月|年底|年末)"
# "截至明年年底全部完成", "到10月底完工": the date a work is done by, said with 截至/到 and no 前
_BY = re.compile(r"(?:截至|截止到?|到|于|在)\s*(" + _DATE_AHEAD + r"(?:底|末)?)(?!\s*(?:之前|以前|前))(?=\s*(?:全部|全面|都|就|要)?"
                 r"(?:完工|竣工|完成|建成|结束|交付|投用|上线|到位|办结|完))")
_QUARTER_DUE = re.compile(r"(?:(?:Q|q)([1-4])|第?([一二三四])季度)\s*(?:末|底)?\s*(?=之前|以前|前)")


# "上半年发完补助", "年内完工": the work done within a span of the year, by the span's end
_HALF_DONE = re.compile(r"(?<![每今明去前后本当\d])(上半年|年内|年前)(?![底末前])(?=(?:全部|全面|都|就|要)?[\u4e00-\u9fa5]{0,4}?"
                        r"(?:完(?!善|整|好率)|竣工|建成|结束|办结|到位|交付|投用|上线))")


def spoken_due(t: str) -> str:
    """A deadline as the readers know it: "截至明年年底全部完成" → "明年年底前全部完成", "Q3前完成" →
    "9月底前完成" (the quarter's last month)."""
    t = _BY.sub(lambda m: m.group(1) + "前", t)
    t = _HALF_DONE.sub(lambda m: {"上半年": "6月底前", "年内": "年底前", "年前": "年底前"}[m.group(1)], t)
    return _QUARTER_DUE.sub(lambda m: f"{3 * int(m.group(1) or A.to_number(m.group(2)) or 1)}月底", t)


def due_value(m: re.Match, this_year: int | None = None) -> str:
    """The deadline as a value: "明年4月底前" → "2026年4月底前" (a relative year resolved against this year),
    "6月15号之前" → "6月15日前", "年底前", "八点前" (a clock time as she said it), "…内" for 以内."""
    date = m.group("date")
    if "点" in date and not m.group("m") and not m.group("span"):
        return re.sub(r"\s+", "", date) + ("内" if m.group("by") in ("内", "以内") else "前")
    year = m.group("y") or m.group("yonly") or ""
    year = "20" + year if len(year) == 2 else year       # "23年12月底前": 2023
    following = m.group("rel") in ("次年", "下一年")     # the year after the project's, not after today's:
    if not year and m.group("rel") and this_year and not following:   # kept as she said it
        year = str(this_year + _REL[m.group("rel")])
    if m.group("span"):
        body = m.group("span")
        body = body[1:] if year and body.startswith("年") else body      # 2025年底
    elif m.group("m"):
        day = m.group("d") or ""
        if day and day not in ("底", "末", "中旬", "上旬", "下旬", "份"):
            day = _cn(re.sub(r"\s+", "", day)).replace("号", "日")
        body = f"{_cn(m.group('m'))}月{'' if day == '份' else day}"
    else:
        body = ""
    value = (f"{year}年" if year else m.group("rel") if following else "") + body
    return value + ("内" if m.group("by") in ("内", "以内") else "前")


_LIMIT = re.compile(r"(?P<n>\d+(?:\.\d+)?|" + _CN + r"|半)\s*(?P<unit>个工作日|工作日|个小时|小时|分钟|天|日|周|个月|年)"
                    r"\s*(?:之内|以内|内)")
_LOOSE = re.compile(r"搞|弄|整|干完|弄完|[就都要能得把的了吧啊呀哈]|全部|所有|一定|必须|争取|之前|以前")
_DATE_VALUE = re.compile(r"前|底|末|月|日|年内|之内|以内")


def _cn(raw: str) -> str:
    return re.sub(_CN, lambda m: f"{A.to_number(m.group(0)) or m.group(0):g}" if A.to_number(m.group(0)) else m.group(0), raw)


# a one-character deed said as the noun a row's name uses: "发" → 发放 ("补助发放时间")
VERB_NOUN = {"发": "发放", "办": "办理", "交": "交付", "付": "支付", "到": "到位", "完": "完成", "修": "维修", "装": "安装",
             "建": "建设", "报": "报送", "结": "办结", "拨": "拨付", "送": "送达"}
_ONE_VERB = "[" + "".join(k for k in VERB_NOUN if k not in "完到") + "]"
_AFTER_VERB = r"(?:下去|下来|出去|上去|出来|完毕|完|好|掉|齐|放)"
DEEDS = frozenset(VERB_NOUN.values())     # the deeds a row's name ends on (发放, 报送 …)
_DEEDS = "|".join(sorted(DEEDS))
_FIRST_DEEDS = "|".join(sorted(DEEDS - {"完成", "到位"}))   # "完成招标时间" stays as said


def deed(words: str) -> str:
    """The work a deadline is for, as a row's name stem, from her words around the date: "补助在…发完" → 补助发放,
    "…把补助发下去" → 补助发放, "…发完补助" → 补助发放, "展演在…完成" → 展演完成; "" when they are no short name."""
    w = _LOOSE.sub("", re.sub(r"[，,。；;！!\s]", "", words))
    w = re.sub(r"^(?:在|于|到|截至|截止到?)|(?<=[\u4e00-\u9fff]{2})(?:在|于)$|(?:在|于)(?=" + _ONE_VERB + ")", "", w)
    w = re.sub(r"^(?:每(?:个)?(?:学期|月|季度?|年|周|天|日))", "", w)          # "每学期…": how often, said in the value
    w = re.sub("(" + _ONE_VERB + r")(?:放)?(?:到|至|给)[\u4e00-\u9fff]{1,6}?(?:上|里|中)?$", r"\1", w)   # "发到家长卡上": 发放
    bare = re.sub(_AFTER_VERB.replace("|放", "") + "$", "", w)
    named = re.search("(?:" + _DEEDS + ")$", bare)       # "两个工作日内办结", "补助发放完": the deed named already
    ends = named or re.search(_ONE_VERB + "$", bare)     # "报表交上去": what, then the deed (a noun may start
    first = None if ends else (re.fullmatch("(" + _FIRST_DEEDS + ")" + r"([\u4e00-\u9fff]{2,6})", w)   # with a deed's
                               or re.fullmatch("(" + _ONE_VERB + ")" + _AFTER_VERB + r"?([\u4e00-\u9fff]{2,6})", w))  # character: 报表)
    if first:                            # "发完补助", "报送上月台账": the deed, then what it is done to
        w = first.group(2) + VERB_NOUN.get(first.group(1), first.group(1))
    elif named:
        w = bare
    elif ends:                           # "补助发下去": what, then the one-character deed and how it ends
        w = re.sub("(" + _ONE_VERB + ")$", lambda m: VERB_NOUN[m.group(1)], bare)
    return w if 2 <= len(w) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", w) else ""


def deadline_row(text: str, choices: list[Any], this_year: int | None = None) -> tuple[str, str] | None:
    t = text.strip()
    m = DUE.search(t)
    limit = None if m else _LIMIT.search(t)
    if not (m or limit):
        return None
    hit = m or limit
    every = re.search(r"每个?(?:年|学期)?$", t[:hit.start()]) if m else None    # "每季度末前": a time that recurs, 每 its own
    head = t[:every.start()] if every else t[:hit.start()]
    rest = re.sub(r"(?:在|于|到|截至|截止到?)\s*$", "", head) + t[hit.end():]   # "展演在年底前完成": 在 leads to the date
    if re.search(r"\d|%|满意|率", re.sub(r"第\s*(?:\d+|[一二三四五六七八九十]+)", "", rest)):
        return None                       # another figure beside it (an ordinal, 第1次, is none): not a plain deadline
    if m:
        value, suffix = (every.group(0) if every else "") + due_value(m, this_year), "时间"
    else:
        n = "0.5" if limit.group("n") == "半" else _cn(limit.group("n"))
        value, suffix = f"≤{n}{limit.group('unit').replace('个小时', '小时')}", "时限"
    offered = [c.name for c in choices if not re.search(r"率|%", c.name) and _DATE_VALUE.search(c.value)
               and (m is not None) == bool(re.search(r"前|底|末|月", c.value))]
    action = deed(rest)
    if len(offered) == 1 and not action:
        return offered[0], value
    if action:
        return (action if action.endswith(("时间", "时限")) else action + suffix), value
    return (offered[0] if len(offered) == 1 else "完成" + suffix), value
