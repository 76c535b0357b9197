"""How people write: chatter around an answer, approximate figures, Chinese digits. Pure.

    plain("就是2020年一整年吧")          # "2020年一整年"
    hedges("一年下来大概五十万吧")        # [Hedge("funding.total", "大概50万", 50.0)]: asked exactly, stored nowhere
    cn_digits("零四七七 八五二一三三六")  # "0477 8521336"
    as_written("人手不足,需要聘用")       # "人手不足，需要聘用" (Chinese punctuation back)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..textnum import CN_NUM_RE
from . import answers as A

# a filler at the head is cut, unless it starts a word there (好些村…, 那曲市…, 哈尔滨…, 额度…)
_WORD_STARTS = r"(?!些|几|多|曲|坡|大镇|尔滨|密|巴河|度|定|外|月|季度|星期|礼拜)"   # 这个月: a month, not a filler
_CHATTER_HEAD = re.compile(r"^(?:(?:嗯+|哦+|噢|呃+|额|啊|那个|这个嘛?|那就是|那么|那|就是|其实|应该是|应该|我觉得|我想|好的|好|是这样的?|哈+|"
                           r"亲(?:爱的|们)?(?=[，,、\s～~！!]))"   # "亲，…": how a shop talks to its customer, no word of hers
                           + _WORD_STARTS + r"[，,、\s]*)+")
_CHATTER_TAIL = re.compile(r"(?:[，,]?(?:吧|啊|呀|呢|哈|嘛|啦|哦|喔|呗|咯|的吧|就行|就好|就可以|就这样|这样|即可)+|[。！!~～…？?]+)+$")
HEDGE_BEFORE = r"(?:大概|大约|大致|(?<![签合节制预公条履违特契])约|差不多|估计|可能|将近|接近|估摸着?|预计大概|大体)"
# an upper bound said of money is no figure either: "不到四百万吧", "顶多10万", "四百万不到"
_MONEY = r"\s*(?:亿元|个亿|亿|万元|万|元|块钱|块)"
_NUM = r"(\d+(?:\.\d+)?|" + CN_NUM_RE + r")"
_UNIT = r"(?:亿元|个亿|亿|万元|万|元|块钱|块|%|" + A.MEASURE + r")?"
_NOT_TIME = r"(?!\s*(?:年|个月|月|天|周|日|号|小时|分钟))"
_HEDGES = [re.compile(HEDGE_BEFORE + r"(?:吧|啊)?[\s，,]*(?:[\u4e00-\u9fa5]{0,4}?)\s*" + _NUM + _NOT_TIME + r"\s*(?:多|来|余|几[十百千]?)?\s*" + _UNIT),
           re.compile(_NUM + r"\s*(?:万|千|百)?\s*(?:多|余|来|几[十百千]?)\s*" + _NOT_TIME + _UNIT + r"(?!少)"),
           re.compile(r"(?:不到|顶多|最多|至多|撑死)(?:了|也|也就|就|不超过|不会超过|超不过)*\s*" + _NUM + _MONEY + r"|" + _NUM + _MONEY + r"\s*(?:不到|以内吧|打不住)"),
           re.compile(_NUM + r"\s*" + _UNIT + r"\s*(?:左右|上下|出头|的样子|那样子|的光景)"),
           # "56万（大概）", "300万(约)": the word of "about" in brackets after the figure
           re.compile(_NUM + r"\s*" + _UNIT + r"\s*[（(]\s*(?:大概|大约|约|估计|左右|估算|暂估|预估|概数)\s*[）)]"),
           # a lower bound said of money is no figure: "总额不少于200万吧", "起码三十万"
           re.compile(r"(?:不少于|不低于|至少|起码|最少|少说)(?:也|得|也得|也要)?(?:有|是|要)?\s*" + _NUM + r"\s*(?:亿元|个亿|万元|元|块钱|块|亿|万)(?!(?![吧啊呀呢的了左上])[\u4e00-\u9fa5])"),
           # a sign or a word of "about" right before the figure: "≈300万", "逾四百万", "近九成", "≈两成"
           re.compile(r"(?:≈|(?<![最接附将就临邻靠])近)\s*" + _NUM + _NOT_TIME + r"\s*(?:多|来|余)?\s*(?:成(?!本)|" + _UNIT[3:]),
           # "逾四百万" is no figure, but "逾九成" / "逾90%" of a rate is a bound said in writing (超过), read as one
           re.compile(r"(?<![不未])逾\s*" + _NUM + r"(?![\d.零〇一二两三四五六七八九十百千点])" + _NOT_TIME + r"\s*(?:多|来|余)?\s*(?![成%％‰])" + _UNIT),
           # a figure she says is not final: "不超过三百万，具体以财政评审为准", "400万，具体等评审结果"
           re.compile(_NUM + _MONEY + r"(?=[^。；;]{0,4}[，,]\s*(?:但|不过)?\s*具体(?:以|等|看|要|待|还|需|得))"),
           # a figure she is only so sure of: "三百八十六万，我有九成把握", "我有七成把握能到90%" ("这个我有把握" is sure)
           re.compile(_NUM + r"\s*" + _UNIT + r"(?=[^。；;]{0,4}[，,]\s*(?:我|俺)?(?:只|大概|估计)?有\s*(?:[一二三四五六七八九\d](?:成|分)|\d+%)(?:的)?把握)"),
           re.compile(r"有\s*(?:[一二三四五六七八九\d](?:成|分)|\d+%)(?:的)?把握\s*(?:能|可以|会|能够)?\s*(?:达到|到|做到|完成|有)?\s*" + _NUM + r"\s*" + _UNIT),
           re.compile(r"(?<![\d零〇一二两三四五六七八九十百千])几\s*[十百千万]+\s*" + _UNIT),   # "几十万": how many is not said
           # "小两百万", "小一千人": a little short of the figure; "一个多亿", "两个来亿": more than it — neither is the figure
           re.compile(r"(?<![缩大减变最较微矮细弱瘦狭])小\s*(?=[\d一二两三四五六七八九][\d.]*\s*[十百千万亿])" + _NUM + _NOT_TIME + r"\s*" + _UNIT),
           re.compile(_NUM + r"\s*个\s*(?:多|来|余)\s*亿元?"),
           # "万把块", "千把人": a size said by its order alone (never "一千把椅子": a count of things with a numeral)
           re.compile(r"(?<![\d零〇一二两三四五六七八九十百千万])[万千百]把\s*(?=块|元|人|个|户|亩|米|吨|$|[，,。；;！!\s])" + _UNIT),
           # "上万人", "上千户", "数百人次", "好几百人": an order of size, no figure (上百万 comes as 上100万, 数十万 as 数10万)
           re.compile(r"(?:(?:(?<![以之向往路线马])上|好几)\s*(?:十万|百万|千万|[百千万]|10{1,3}(?![\d.])\s*万?)"
                      r"|(?<![人次户件个台份量率总基系倍函场所座处名位页本册株棵头只辆艘盏眼亩])数\s*(?:十万|百万|千万|[十百千万]|10(?=\s*万)))\s*" + _UNIT),
           # "五六十万", "七八个人", "十七八个": two digits side by side are a range said roughly
           re.compile(r"(?<![\d零〇一二两三四五六七八九十百千])(?:[一二两三四五六七八九][百千])?[十百千]?" + A.NEIGHBOURS + r"[十百千万]*\s*"
                      r"(?:万元|万|元|块钱|块|位|" + A.MEASURE + r")(?!月)"),
           # a range is a hedge: "四十到五十万之间", "10到12个", "30-35万" (a period or a phone is none: a unit or 之间 is needed)
           re.compile(r"(?<![第\d.])" + _NUM + _NOT_TIME + r"\s*(?:[万千百]|" + _UNIT[3:-2] + r")?\s*(?:到|至|~|～|—|-)\s*" + _NUM + _NOT_TIME
                      + r"\s*(?:(?:[万千百]\s*)?" + _UNIT[3:-2] + r"(?:之间)?|[万千百](?:之间)?|之间)(?!\s*不等)")]   # "600元到2000元不等": standards that vary


@dataclass
class Hedge:
    path: str        # the field the figure is about (funding.total, fact.monthly, fact.headcount) or ""
    text: str        # as written: "大概五十万"
    value: float | None


def plain(text: str, as_written: bool = False) -> str:
    """The answer without chatter around it: '就是2020年一整年吧' → '2020年一整年'. ``as_written`` keeps
    the applicant's punctuation and digits (for texts stored as she wrote them)."""
    t = text.strip() if as_written else A.prep(text).strip()
    end = t[-1] if as_written and t.endswith(("。", "！", "!")) and not re.search(r"(?:吧|啊|呀|呢|哈|嘛|啦)[。！!]$", t) else ""
    prev = None
    while prev != t:
        prev = t
        t = _CHATTER_HEAD.sub("", t).strip() or t       # a lone "好" / "就是" stays: it is the answer
        t = _CHATTER_TAIL.sub("", t).strip() or t
    return t + end if end and not t.endswith(end) else t


_CJK_PUNCT = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}


def as_written(text: str) -> str:
    """Chinese punctuation between Chinese words, as she typed it (normalize() made it ASCII)."""
    return re.sub(r"(?<=[\u4e00-\u9fa5）])([,;:?!])|([,;:?!])(?=[\u4e00-\u9fa5（])|(?<=[\u4e00-\u9fa5])\(|\)(?=[\u4e00-\u9fa5])",
                  lambda m: _CJK_PUNCT[m.group(0)], text)


_RANGE_REST = re.compile(r"\s*(?:到|至|~|～|-|—)\s*\d+(?:\.\d+)?\s*(?:万元|万|元|块)?(?:之间)?")


def hedges(text: str) -> list[Hedge]:
    """Approximate figures: 大概五十万, 3000多, 十来个人, 20万左右 (a declaration states figures, not estimates)."""
    t = percents(A.prep(text))          # "将近百分之九十": 将近90%
    out: list[Hedge] = []
    seen: list[tuple[int, int]] = []
    for rx in _HEDGES:
        for m in rx.finditer(t):
            if any(a <= m.start() < b for a, b in seen) or not re.search(r"\d|[一二两三四五六七八九十]|^(?:上|数|好几)|^[万千百]把", m.group(0)):
                continue
            seen.append((m.start(), m.end()))
            span = _RANGE_REST.match(t, m.end())         # "大概在40到50万之间": the range whole, said back as she gave it
            path = _hedge_path(t, m)
            value = None if span or re.search(r"几|^(?:上|数)|^[万千百]把|" + A.NEIGHBOURS, m.group(0)) else _number(m.group(0))
            if value is not None and not path and re.search(r"[万亿]$", m.group(0)) and not re.search(r"元|块", m.group(0)):
                value *= 10_000 if m.group(0).endswith("万") else 100_000_000   # "两万来人": 20000 of them, not 2 万元
            out.append(Hedge(path, (m.group(0) + (span.group(0) if span else "")).strip("，, "), value))   # "四十几万": no figure
    return out


def fits(h: Hedge, kind: str) -> bool:
    """Whether an approximate figure can be about a field of this kind: "大概500人" is a count, never the
    monthly pay or an amount its clause follows ("每人每月200，大概500人"); "3000多块" is never a headcount."""
    from .traditional import fold
    money = bool(re.search(r"元|块|万(?!人|名|个|户|家)", h.text))
    counted = bool(re.search("(?:" + A.MEASURE + r")$", fold(h.text))) and not money
    if kind in ("money", "monthly"):
        return not counted
    if kind == "count":
        return not money
    return True


_PERCENT = re.compile(r"百分之(" + CN_NUM_RE + r"|\d+(?:\.\d+)?)(?![零〇一二两三四五六七八九十百千万亿点\d.几])")   # 百分之九十几: no figure


def percents(t: str) -> str:
    """'百分之九十' → '90%', '九成五' → '95%' (a figure a hedge can be found in, and said back whole)."""
    t = _PERCENT.sub(lambda m: f"{A.to_number(m.group(1)):g}%" if A.to_number(m.group(1)) is not None else m.group(0), t)
    return A.SHARE.sub(A.share_percent, t)


def _number(s: str) -> float | None:
    am = A.amounts(re.sub(r"(?<=[\d十百千])\s*(?:多|来|余|几[十百千]?)\s*(?=万|元|块)", "", s))
    if am:
        return am[0][2]
    m = re.search(_NUM, s)
    return A.to_number(m.group(1)) if m else None


# who or what a figure counts when it comes right after it with no measure word ("1.5万学生", "3000多农户")
_COUNTED_WHO = re.compile(r"\s*(?:个|名|位)?(?:学生|中小学生|小学生|儿童|孩子|幼儿|老人|老年人|群众|居民|农户|农民|患者|病人|职工|"
                          r"教师|老师|村民|游客|观众|读者|妇女|家庭|企业|市民|考生|学员|残疾人|村|学校|医院)")
_NOT_MONEY_AFTER = re.compile(r"\s*(?:" + A._NOT_MONEY + r")")


def _hedge_path(t: str, m: re.Match) -> str:
    from .traditional import fold
    s = m.group(0)
    before = re.split(r"[，,。；;]", t[:m.start()])[-1]
    after = re.sub(r"^\s*(?:来|多|余)", "", t[m.end():m.end() + 9])     # ("两万来人": the hedge word, then what is counted)
    if _NOT_MONEY_AFTER.match(fold(after)) and not re.search(r"人|名", after[:2]):
        return ""                                # 约42万平方米: a quantity, not money
    if not re.search(r"元|块", s) and _COUNTED_WHO.match(after[:4]):
        return ""                                # "大概1.5万学生": so many people or things, never money
    if re.search(r"人|名(?!称)", s + after[:1]) and not re.search(r"元", s) \
            and not (re.search(r"万", s) and re.search(r"钱|经费|资金|预算", before)):
        return "fact.headcount" if re.search(r"聘|招|雇|合同工|临时工|工作人员|岗位", before + t[m.end():m.end() + 6]) else ""
    if re.search("(?:" + A.MEASURE + r")$", fold(s)) and not re.search(r"元|块钱", s):
        return ""                                # "一万二千多册": a count of things, its 万 a part of the number
    if re.search(r"每月|每个月|月薪|月工资|月均|月人均", before + s):
        return "fact.monthly"
    if re.search(r"人均|每人|每[个座台套户亩家所间处栋辆件场次期批名]|单价", before + s):
        return ""                                # "每人体检费大概70块", "每座大概8万": a price per thing, not pay or the total
    if re.search(r"去年|前年|往年|以前|过去|上一年", before):
        return ""                                # "去年光修车就花了十几万": another year's money, not this total
    if re.search(r"亿|万|元|块", s) or re.search(r"钱|经费|预算|资金|投资|一共|总共|花", before):
        return "funding.total"
    return ""


def cn_digits(text: str) -> str:
    """'零四七七 八五二一三三六' → '0477 8521336'; '二〇八〇二九九' → '2080299' (runs of three or more digits)."""
    table = str.maketrans("零〇一二三四五六七八九幺", "001234567891")
    return re.sub(r"[零〇一二三四五六七八九幺]{3,}", lambda m: m.group(0).translate(table), text)


__all__ = ["Hedge", "plain", "as_written", "hedges", "cn_digits"]
