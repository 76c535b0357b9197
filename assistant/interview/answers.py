"""Reading a free answer: every fact the text supports, as a list of ``Fill``s. Pure functions.

``extract(text, ctx)`` is the offline extractor: it reads the asked field from the whole
answer (``ctx.asked``) and, from the same text, anything else it can place — the unit
("我们信访局…"), headcount and pay ("聘4个人，每人每月5000"), quantities and unit prices,
amounts (万元/元/Chinese numerals), months and date ranges, 7-digit function codes.
What is computed from those facts (4×5000×12 → 24万元) is done in ``derive.py``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..textnum import CN_NUM_RE, cn_to_number, normalize, parse_amount_wan, parse_month, parse_period

NUM = r"(\d+(?:,\d{3})*(?:\.\d+)?|" + CN_NUM_RE + r")"
_NOT_MONEY = (r"平方|立方|人|亩|户|个|台|套|公里|千米|米|吨|次|件|份|株|头|册|本|条|只|页|卷|具|张|棵|剂|箱|辆|场|期|"
              r"所|处|座|篇|部|栋|幢|间|支|字|课时|小时|天|名|画幅|幅|批次|样本|份次|人次|册次|盏|块屏|平米|方|平(?!均|稳|衡|台)")
# (方 and 平 as clerks say 立方米 and 平方米: "416方" of earth is no money)
# a measure of things or times after a figure with no unit of money: "每人每月一回", "每月两次", "每人每月3份" count
# visits or things, never money
COUNTED = re.compile(r"\s*(?:" + _NOT_MONEY + r"|回|趟|遍|轮|顿|餐)")
# a figure multiplied by another ("7×24小时", "3x8") is a factor of a product, never an amount on its own
FACTOR = re.compile(r"\s*[\d.零一二两三四五六七八九十百千]+\s*万?\s*(?:[×xX*＊]|乘以?)\s*[\d零一二两三四五六七八九十]")
_HEDGED = r"(?:来|多|余|左右|上下)?(?:"   # "两万来人", "3万余亩": a count, hedged (then the measure, closed below)
MONEY_UNIT = r"(亿元|亿(?!" + _HEDGED + _NOT_MONEY + r"))|万元|万(?!" + _HEDGED + _NOT_MONEY + r"))|千元|元|块钱|块(?![^；;。\n]{0,6}每块))"
MEASURE = (r"(个人|名|人次|人|台|套|个(?!月)|户|亩|公里|千米|平方米|立方米|米|场次|场|期|项|所|件|份|次|辆|处|座|"
           r"批次|批|条|本|册|家|间|支|头|株|吨|课时|小时|天|班|篇|部|栋|幢|页|卷|具|张|棵|剂|箱|盏|根|艘|架|组|块(?!钱))")
VERBS = (r"(对|为|向|聘用|聘请|招聘|聘|招录|招|雇用|雇|购置|采购|购买|配备|更新|新建|建设|建成|改造|维修|修缮|养护|修补|"
         r"培训|举办|开展|组织|资助|补助|救助|慰问|发放|服务|监测|运维|维护|推广|完成|印制|制作|覆盖|安装|保障|"
         r"接待|研究|实施|治理|种植|造林|检测|体检|筛查|扫描|录入|加工|办理|受理|办结|清扫|保洁|巡护|巡查|接种|配送|"
         r"修复|续订|订购|买)")
HIRE_VERBS = {"聘用", "聘请", "招聘", "聘", "招录", "招", "雇用", "雇"}
_CJK = r"[\u4e00-\u9fa5]"

ACCEPT = re.compile(r"^(是|是的|对|对的|好|好的|可以|行|同意|确认|确定|没问题|没错|嗯|嗯嗯|就这样|就用这个|用这个|接受|采纳|"
                    r"都对|全部确认|都确认|正确|ok|OK|Ok|yes|y)[。！!.，,]?$")
SKIP = re.compile(r"^(跳过|先跳过|略过|不知道|不清楚|暂不填写?|以后再说|稍后再填|待定|pass|skip)[。！!.]?$", re.I)
BACK = re.compile(r"^(返回|上一步|回到上一步|返回上一步|退回|撤销|撤回|back)[。！!.]?$", re.I)
SAME_AS_UNIT = re.compile(r"^(也是|就是|同|和|跟|与)?(本单位|我们单位|我单位|实施单位|项目单位|单位|同上|一样|相同|上面那个|我们自己|本局|自己|我们)"
                          r"(?:[一样相同]*|(?:是|为)?(?:同一个|同一家|一个|一家|一回事|同一单位)(?:单位)?)[。！!.]?$|^(同上|一样|相同|是|对|是的|对的)[。！!.]?$")


@dataclass
class Fill:
    """One value the answer supports. ``path`` is a declaration path; indicators use
    ``indicators:<name>`` with a row dict as value, budget items ``budget_items`` with a list."""
    path: str
    value: Any
    kind: str = "stated"       # stated | computed | suggested
    detail: str = ""           # the text it came from, or how it was computed
    primary: bool = False      # the asked field (or an explicit correction): may overwrite


@dataclass
class Patch:
    fills: list[Fill] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)   # headcount, monthly, months, quantities, prices
    notes: list[str] = field(default_factory=list)        # things to tell the applicant
    acts: list[str] = field(default_factory=list)         # how a model read the message (acts.ACTS), when one did

    def add(self, path: str, value: Any, **kw) -> None:
        self.fills.append(Fill(path, value, **kw))

    def paths(self) -> list[str]:
        return [f.path for f in self.fills]


@dataclass
class Context:
    asked: str | None = None        # the declaration path the question was about
    year: int | None = None         # the budget year if known, else this year
    this_year: int | None = None    # for 今年/明年
    unit: str = ""
    project_name: str = ""
    question: str = ""              # the question as shown (for an LLM extractor)
    today: Any = None               # datetime.date: 今天 for the fill date
    total: float | None = None      # the funding's total (万元) when known: the scale of bare budget figures
    only_item: str = ""             # the name of the form's one budget line: "明细也改成336万" keeps it


# --- small readers -------------------------------------------------------------------

def to_number(raw: str) -> float | None:
    raw = raw.replace(",", "")
    try:
        return float(raw)
    except ValueError:
        return cn_to_number(raw)


def money_wan(raw: str, unit: str, default_unit: str = "万元") -> float | None:
    """'5000' '元' → 0.5; '三十万' '' → 30; '24' '' → 24 (default 万元)."""
    unit = (unit or "").replace("块钱", "元").replace("块", "元")
    if re.fullmatch(CN_NUM_RE, raw) and raw[-1] in "万亿" and not unit:
        return parse_amount_wan(raw)
    if not unit:
        unit = default_unit
    return parse_amount_wan(raw + unit)


# spoken amounts past 万: 十二万五千 / 十六万二 / 一万八（块） — yuan, the trailing digit in thousands
_SPOKEN_WAN = re.compile(r"([零〇一二两三四五六七八九十百千]+万[零〇一二两三四五六七八九十百千]+)(?![零〇一二两三四五六七八九十百千])"   # the whole figure:
                         r"\s*(元|块钱|块)?(?!" + _NOT_MONEY + ")")          # '三万二千亩' is no '三万二' of money


def amounts(text: str) -> list[tuple[int, int, float, str]]:
    """Every money amount with a unit: (start, end, 万元, as written)."""
    t = normalize(text)
    out = []
    for m in _SPOKEN_WAN.finditer(t):
        n = cn_to_number(m.group(1)) if not _TWO_DIGITS.search(m.group(1)) else None
        if n is not None and not foreign(t, m.start(), m.end()):
            out.append((m.start(), m.end(), round(n / 10_000, 6), m.group(0)))
    for m in re.finditer(NUM + r"\s*" + MONEY_UNIT, t):
        if any(a <= m.start() < b for a, b, _, _ in out):
            continue
        if t[m.start() - 1:m.start()] == "几":
            continue        # "几十万", "一百几十万": how many is not said
        if not re.search(r"[\d零〇一二两三四五六七八九十]", m.group(1)):
            continue        # "单位万元", "百万元", "填万元还是元": a unit named, no figure of it (it was 0万元)
        if m.group(2)[0] in "万亿" and re.match(r"[\d零〇一二两三四五六七八九十百千]", t[m.end():]):
            continue        # '三万二千亩': the figure goes on (spoken amounts are read whole above, or are no money)
        if m.group(2) == "块" and (_PARTS_BEFORE.search(t[:m.start()]) or re.match(r"\s*[：:]", t[m.end():])):
            continue        # "分三块：…", "主要是这两块": parts of the list, not yuan
        if foreign(t, m.start(), m.end()):
            continue        # "41万欧元", "新台币300万": another currency's figure, never 万元 of the form
        n = money_wan(m.group(1), m.group(2))
        if n is not None:
            out.append((m.start(), m.end(), round(n, 6), m.group(0)))
    return sorted(out)


_FOREIGN = r"(?:欧元|美元|美金|日元|英镑|港币|港元|澳元|加元|卢布|韩元|新台币|台币|卢比|瑞郎|€|\$|USD|EUR|HKD|JPY|GBP|원)"
_FOREIGN_AFTER = re.compile(r"\s*" + _FOREIGN, re.I)
_FOREIGN_BEFORE = re.compile(_FOREIGN + r"\s*$", re.I)


_FOREIGN_AMOUNT = re.compile(r"(?:" + _FOREIGN + r"\s*)?(?<![\d.])" + NUM + r"\s*[万千亿]?\s*" + _FOREIGN + r"|" + _FOREIGN + r"\s*" + NUM + r"\s*[万千亿]?(?:元)?", re.I)


def unforeign(t: str) -> str:
    """The text without the amounts in another currency ("20台一共41万欧元" → "20台一共"): none of them is money of the form."""
    return _FOREIGN_AMOUNT.sub("", t) if re.search(_FOREIGN, t, re.I) else t


def foreign(t: str, start: int, end: int) -> bool:
    """The amount at start:end is in another currency: its unit after it ("41万欧元", "90万원") or before it ("新台币300万",
    "€41万")."""
    return bool(_FOREIGN_AFTER.match(t, end) or _FOREIGN_BEFORE.search(t[max(0, start - 4):start]))


_PARTS_BEFORE = re.compile(r"(?:分|分成|分为|这|那|主要|大致|大体|一共|共)\s*$")


_CN_MONEY = re.compile(r"(?<![\d零〇一二两三四五六七八九十百千万亿点几])([零〇一二两三四五六七八九十百千点]+)"   # not the 千 of '3万2千块'
                       r"(?=\s*(?:万(?![零〇一二两三四五六七八九十百千])|亿|元|块))")   # 一百一十五点二万 → 115.2万, 两亿 → 2亿
# "六万二", "十八万五": the thousands said as one digit after 万 (6.2万), at the end of the figure
_CN_WAN_DIGIT = re.compile(r"(?<![\d零〇一二两三四五六七八九十百千万亿点几])([一二两三四五六七八九十百千]+)万([一二三四五六七八九])"
                           r"(?=\s*(元|块钱|块)?\s*(?:$|[，,。；;！!？?、）)\s]))")
_MONEY_BEFORE = re.compile(r"费|钱|资金|经费|预算|补助|补贴|投资|金额|成本|价|款|租金|工资")
_PER_ONE = r"(?:平|个|只|台|套|件|米|亩|斤|公斤|吨|人|次|天|张|本|条|块|方|户|份|盏|棵|株|箱)"   # "一斤": a measure, not a figure
_KUAI_JIAO = re.compile(r"(\d+)\s*块\s*([一二三四五六七八九]|\d)(?![\d.零二两三四五六七八九十百千万亿元钱]|一(?!" + _PER_ONE + r")|\s*" + _PER_ONE + ")")
# ("两百块一平": 200 a square metre, not 200.1)
_W = re.compile(r"(\d+(?:\.\d+)?)\s*[wW](?![a-zA-Z])")
# 109万4千4 / 109万4千4百 / 109万零4百: the thousands and the hundreds after 万 (109.44万, 109.04万) — never cut to 109万
_WAN_QIAN = re.compile(r"(\d+)\s*万[ \t]*(?:(\d)\s*千\s*|零\s*)(\d)\s*(?(2)(?:百)?|百)(?![\d.万千百十]|\s*[人个名台套户次场项件辆所间])"
                       r"(\s*(?:元|块钱|块))?")
_WAN_DIGIT = re.compile(r"(\d+)\s*万[ \t]*(\d)\s*(?:千)?(?![\d.万千百、)）]|\s*[人个名台套户次场项件辆所间])(\s*(?:元|块钱|块))?")
# (never "2万\n2、差旅费…": the next line's number; nor "2万 2、…", "2万 3）…")
_WAN_YUAN = re.compile(r"(\d+)\s*万\s*(\d{4})\s*(元|块钱|块)")


_DAXIE = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬圆圓", "一二二三三四五六六七八九十百千万元元")
_DAXIE_RUN = re.compile(r"[零〇壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億万亿一二两三四五六七八九十百千]*[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬]"
                        r"[零〇壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億万亿一二两三四五六七八九十百千]*(?:[圆圓元](?:整|正)?)?(?![光明华])")
_YEN = re.compile(r"[¥￥]\s*(\d+(?:,\d{3})*(?:\.\d+)?)\s*(万元|万|元)?")


def daxie(text: str) -> str:
    """Financial numerals (大写) as ordinary ones: '壹佰捌拾万元整' → '一百八十万元', character for character
    (a '整' after 元 becomes a space), so spans still map back to what she wrote."""
    return _DAXIE_RUN.sub(lambda m: m.group(0) if len(m.group(0)) < 2 or not _DAXIE_SURE.search(m.group(0)) else
                          re.sub(r"(?<=元)[整正]", " ", m.group(0).translate(_DAXIE)), text)


# a run is a 大写 figure when it has a 大写 unit, ends in 元/圆, or has two 大写 digits — never "陆一鸣" (陆, a surname,
# before the 一 of a given name), "伍一" …
_DAXIE_SURE = re.compile(r"[拾佰仟萬億万亿]|[圆圓元]|[壹贰貳叁參肆伍陆陸柒捌玖].*[壹贰貳叁參肆伍陆陸柒捌玖]")


NEIGHBOURS = r"(?:一二|两三|二三|三四|四五|五六|六七|七八|八九)"      # two neighbouring digits: a rough range

# what a count is of and never money ("无事故", "零投诉", "全年不发生重大火灾"): the readers of rows (rows.py) and of
# none-of-the-money (readers.py) share it
# "none" as clerks say it ("没有", "么有" in Shaanxi, "冇" in Cantonese …) — of money ("结转没有": 0) or of a thing ("零事故",
# "无投诉": no amount at all); and the nouns that make it money's ("没有结转", "无其他资金")
NONE_WORD = r"(?:没有|没得|无|没|么有|冇|木有|莫得|么得|木得)"
MONEY_NOUN = r"(?:上年|去年|结转|其他|其它|别的|资金|自筹|钱|经费|预算|财政|拨款)"
EVENTS = (r"事故|疫情|事件|案件|案例|险情|灾害|火灾|火情|灾情|伤亡|死亡|中毒|溺水|投诉|纠纷|病例|污染|上访|违法|违纪|差错|失误|泄漏|塌方")

# a share in tenths: 九成 (90%), 八成五 (85%), 9成 — not 八成新, 完成 or 十九成…; one pattern for every reader
SHARE = re.compile(r"(?<![\d.零〇一二两三四五六七八九十百千])([一二两三四五六七八九]|\d)成([一二三四五六七八九]|\d(?![\d.]))?"
                   r"(?![\u4e00-\u9fa5]?[新功本立员为果绩])")


def share_percent(m: re.Match) -> str:
    """A SHARE match as per cent: '九成五' → '95%'."""
    tens, ones = to_number(m.group(1)) or 0, (to_number(m.group(2)) or 0) if m.group(2) else 0
    return f"{tens * 10 + ones:g}%"
_TWO_DIGITS = re.compile(r"(?<![一二两三四五六七八九零〇])" + NEIGHBOURS + r"(?![一二两三四五六七八九零〇])")
# (no numeral has two digits side by side: 五六十万 is 50 to 60万; a run of digits read out is a code or a phone)


def _cn_money(m: re.Match) -> str:
    """一百一十五点二万 → 115.2万; but "这一块" / "那一块儿" is a part of the work, not one yuan."""
    if m.group(1) == "一" and (m.string[m.start() - 1:m.start()] in ("这", "那", "哪", "每")
                                or m.string[m.end():m.end() + 2] == "块儿"):
        return m.group(1)
    if _TWO_DIGITS.search(m.group(1)):
        return m.group(1)                # "五六十万", "三四十万": a range said roughly, no figure
    n = to_number(m.group(1))
    return f"{n:g}" if n is not None else m.group(1)


_DIGIT_BY_DIGIT = str.maketrans("零〇一二三四五六七八九", "00123456789")


def prep(text: str, pieces: bool = False) -> str:
    """Numbers as people type them, made plain: '48.6w' → '48.6万', '48万6' / '48万6千' → '48.6万',
    '48万6000元' → '48.6万元' (full-width digits and punctuation to ASCII as well). ``pieces``: the text counts
    things (an output row), so "1.2万块" in a clause with no word of money is 1.2万 pieces, not 1.2万元."""
    t = re.sub(r"(?<=[\d零〇一二两三四五六七八九十百千])\s*个\s*(?=亿)", "", daxie(normalize(text)))   # 1.2个亿 = 1.2亿
    t = _YI_AND_WAN.sub(_yi_and_wan, t)                                       # 一亿两千万, 1亿2千万: 12000万
    t = _YI_DIGIT.sub(lambda m: f"{to_number(m.group(1)):g}.{to_number(m.group(2)):g}亿", t)   # 一亿二 = 1.2亿
    t = re.sub(r"(?<=[万元块])\s*(?:一分(?:钱)?(?:都|也)?(?:不差|不少|不多)|分毫不差|一分没差)", "，一分不差", t)   # "三百八十六万一分
    #                                  不差": exactly 386万 — 一分 is an idiom, never the 一(千) of 386.1万
    t = re.sub(r"(?<=[零〇一二两三四五六七八九十百])([万千])半", r"\1五", t)        # 两万半 = 两万五 (2.5万), 三千半 = 三千五
    t = re.sub(r"(?<![零〇一二两三四五六七八九十百千万\d.])([百千])(?=(?:来|多|余)\s*(?:万|元|块|人|个|户|家|所|名))", r"一\1", t)
    #                                  "百来万", "千多块": 一百, 一千 with its hedge (a bare 百 or 千 is one of them)
    if "万" in t:                        # "中央财政补了一块，省里一块，…加起来215万": a share, no 1块 of money
        t = re.sub(r"(?<=[\u4e00-\u9fa5])(?<![零〇一二两三四五六七八九十百千万])((?:补|出|拿|给|掏)?了?)一块(?=\s*(?:[，,。；;]|$))",
                   r"\1一部分", t)
    t = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", t)                       # 1,200,000元
    t = re.sub(r"(?<![\d.])\d{1,3}(?: \d{3})+(?![\d.])(?=\s*(?:元|块|万|千元|$|[，,。；;）)]))",
               lambda m: m.group(0).replace(" ", ""), t)                  # 1 260 000 元, 1 520千元: a space between thousands
    t = _YEN.sub(lambda m: m.group(1) + (m.group(2) or "元"), t)   # ¥1200000.00 → 1200000.00元
    t = re.sub(r"(?<![零〇一二两三四五六七八九十百千万\d])([零〇一二三四五六七八九]{3,})(?=\s*(?:千|万|元|块))",
               lambda m: m.group(1).translate(_DIGIT_BY_DIGIT), t)     # 四八六千元: digits read one by one, 486千元
    t = re.sub(r"(\d+(?:\.\d+)?)\s*([百千])万", lambda m: f"{float(m.group(1)) * (100 if m.group(2) == '百' else 1000):g}万", t)
    t = re.sub(r"(?<![\d.A-Za-z])(\d+)[kK](\d)(?![\d.a-zA-Z])", r"\1.\2k", t)      # 3k5 (as 3千5): 3.5k
    t = re.sub(r"(\d+(?:\.\d+)?)\s*[kK](?![a-zA-Z])\s*(?:元|块钱|块|(?=$|[，,。；;！!\s]))", r"\1千元", t)   # 486k, 0.486百万: 48.6万
    t = re.sub(r"(?<![\d.])(\d+)\s*千\s*(\d)\s*(?:百)?\s*(?:块钱|块|元)", r"\1.\2千元", t)   # 3千5块: 3500元, never 5块
    t = re.sub(r"(\d+(?:\.\d+)?)\s*千\s*(?:块钱|块)", r"\1千元", t)                       # 3千块: 3000元, never 千块
    t = _CN_WAN_DIGIT.sub(lambda m: f"{to_number(m.group(1)):g}.{to_number(m.group(2)):g}万"
                          if m.group(3) or _MONEY_BEFORE.search(re.split(r"[，,。；;！!\n]", t[:m.start()])[-1]) else m.group(0), t)
    #                                  "宣传费减到六万二": 6.2万 of money ("不是一万二" people stay as said)
    t = _CN_MONEY.sub(_cn_money, t)
    t = re.sub(r"万\s*(?:块钱|块)", lambda m: m.group(0) if pieces and m.group(0)[-1] == "块" and not _MONEY_BEFORE.search(
        re.split(r"[，,。；;！!\n]", t[:m.start()])[-1] + re.split(r"[，,。；;！!\n]", t[m.end():])[0]) else "万元", _W.sub(r"\1万", t))
    t = _KUAI_JIAO.sub(lambda m: f"{m.group(1)}.{to_number(m.group(2)):g}块", t)       # 三块五 = 3.5块, not 3块
    t = _WAN_YUAN.sub(lambda m: f"{int(m.group(1)) + int(m.group(2)) / 10000:g}万元", t)
    t = _WAN_QIAN.sub(lambda m: f"{m.group(1)}.{m.group(2) or 0}{m.group(3)}万" + ("元" if m.group(4) else ""), t)
    t = _WAN_DIGIT.sub(lambda m: f"{m.group(1)}.{m.group(2)}万" + ("元" if m.group(3) else ""), t)
    t = _ONE_EACH.sub("每", t)           # "一亩补25", "一户给两千": a price for each one, never a count of one
    return _SAID_TWICE.sub(r"\g<a>\g<u>", t)      # 壹佰肆拾贰万元整（142万元）: one amount, in words and figures


# an amount of 亿 and 万 together ("一亿两千万", "1亿2千万", "3亿零500万元"): one figure in 万, never its 万 part alone
_CN = r"[零〇一二两三四五六七八九十百千]"
_YI_AND_WAN = re.compile(r"(?<![\d.零〇一二两三四五六七八九十百千万亿])((?:\d+(?:\.\d+)?|" + _CN + r"+))\s*亿\s*((?:零\s*)?(?:(?:\d+(?:\.\d+)?\s*[千百]?\s*)+|"
                         + _CN + r"+))(?<!\s)\s*万")
# "一亿二", "3亿5": the tenths of 亿 said as one digit after it, at the end of the figure (as 48万6 is 48.6万)
_YI_DIGIT = re.compile(r"(?<![\d.零〇一二两三四五六七八九十百千万亿])(\d+|" + _CN + r"+)亿([一二两三四五六七八九\d])(?=\s*(?:元|块钱|块)?\s*(?:$|[，,。；;！!？?、）)\s]))")


def _yi_and_wan(m: re.Match) -> str:
    yi, rest = m.group(1), re.sub(r"\s|^零", "", m.group(2))
    n = to_number(yi)
    digits = re.findall(r"(\d+(?:\.\d+)?)([千百]?)", rest)
    w = (sum(float(d) * {"千": 1000, "百": 100}.get(u, 1) for d, u in digits) if "".join(map("".join, digits)) == rest
         else to_number(rest))
    if n is None or w is None or w >= 10_000:
        return m.group(0)
    return f"{n * 10_000 + w:g}万"


_ONE_EACH = re.compile(r"(?<![\d.零〇一二两三四五六七八九十百千万第每])一(?=(?:亩|户|人|名|台|套|所|座|处|辆|头|只|间|家|村|校|平方米|平米|公里|吨)"
                       r"(?:补助?|补贴|奖补|奖励?|给|发放?)\s*[\d零一二两三四五六七八九十])")


_SAID_TWICE = re.compile(r"(?P<a>\d+(?:\.\d+)?)\s*(?P<u>万元|万|元)\s*[（(]\s*(?:小写|大写)?[：:]?\s*(?P=a)\s*(?P=u)\s*[)）]")


# "三十八块五，单位万", "（单位：万元）工资 72…", "单位千元：…", "以万元为单位": the unit of the message's money, said once
_UNIT = r"(?:千元|万元|万|元)"
_DECLARED = re.compile(r"[，,。；;\s]*(?:[（(]\s*(?:金额)?单位\s*[：:]?\s*(?P<p>" + _UNIT + r")\s*[)）]\s*[：:]?|"
                       r"[（(]?(?:金额|钱数|钱)?(?:的)?(?:单位(?:是|为|用|按)?\s*[：:]?\s*(?P<u>" + _UNIT + r")|以(?P<v>" + _UNIT
                       + r")为?单位|(?:都是|全是|按)(?P<w>万元|万)(?:算|计)?)[)）]?(?:\s*[：:])?(?=$|[，,。；;\s]|(?<=[：:])))")
# an amount with no unit after a thing's name, up to the next line ("工资 72，社保 26.4"): a budget line whose unit she
# declared for the whole message
_BARE = re.compile(r"(?<=[\u4e00-\u9fa5A-Za-z）)])(?<![万千百十亿元块点零〇一二两三四五六七八九])(\s*[:：]?\s*)"
                   r"(\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百千]{1,8}(?:点[〇零一二三四五六七八九]{1,4})?)"
                   r"(?=\s*(?:$|[，,。；;、\n])|[ \t\u3000]+(?=[\u4e00-\u9fa5]))")   # (lines parted by spaces: "补助118.5 自筹6")


_KUAI = r"(?<=[\d零〇一二两三四五六七八九十百千])\s*(?:块钱|块)(?!儿)"


def declared_unit(t: str) -> str:
    """The unit of money she declares in the message ("单位是万元", "以万元为单位", "都是万", "单位：千元"): '万', '元',
    '千元' or ''."""
    m = _DECLARED.search(t)
    if not m:
        return ""
    u = next(g for g in m.group("p", "u", "v", "w") if g)
    return "万" if u.startswith("万") else "千元" if u == "千元" else "元"


def declared(t: str, kuai: str = "") -> str:
    """The message with the unit she declared put on its 块 ("三十八块五，单位万" → "三十八万五") and on the amounts
    of its budget lines that have none ("（单位：万元）工资 72，社保 26.4" → "工资 72万元，社保 26.4万元"): 块 is the
    everyday word for a unit of money, the one she names; the declaration itself goes (it names no field, not the
    项目单位 either). ``kuai``: the unit she declared in an earlier message, for this one's 块 and bare amounts."""
    m = _DECLARED.search(t)
    unit = declared_unit(t) or kuai
    rest = (t[:m.start()] + t[m.end():]).strip("，,。；; ") if m else t
    lines = _BARE.findall(rest)
    if unit and lines and (len(lines) >= 2 or not re.search(r"\d+(?:\.\d+)?\s*" + _UNIT, rest)):
        return _BARE.sub(lambda b: b.group(1) + f"{to_number(b.group(2)):g}" + ("万元" if unit == "万" else unit)
                         if to_number(b.group(2)) is not None else b.group(0), rest)   # 一〇二点四 read as 102.4
    if m and not re.search(_KUAI, t) and rest:
        return t
    return re.sub(_KUAI, unit, rest) if unit and unit != "千元" else rest


_MONEY_LINE = re.compile(r"[\u4e00-\u9fa5A-Za-z（）()]{2,20}?\s*[:：为是约共计]*\s*\d+(?:\.\d+)?\s*(?:万元|万|元)")


def money_lines(text: str) -> bool:
    """``text`` is two or more things each with an amount of money and little else ("维修管网材料费150万 设备更换70万
    第三方水质检测40万"): budget lines, never a document, a reason or a unit's duties."""
    t = prep(text)
    for a, b, _, _ in reversed(amounts(t)):
        t = t[:a] + "1万" + t[b:]           # "二十八万五", "三万二千元": every amount as digits, as the lines are read
    lines = _MONEY_LINE.findall(t)
    rest = _MONEY_LINE.sub("", t)
    return len(lines) >= 2 and len(re.findall(r"[\u4e00-\u9fa5]", rest)) <= 6


def clean_text(text: str) -> str:
    return normalize(text).strip().strip("。；;，, ")


def clean_name(text: str, prefixes: str) -> str:
    t = text.strip().strip("。；;，, ")
    t = re.sub(r"^(?:" + prefixes + r")\s*[:：是为叫]*\s*", "", t)
    return t.strip("“”\"'「」《》 ").strip()


_YES_HEAD = re.compile(r"^(?:嗯+|哦|噢)?[，, ]*(?:是|是的|对|对的|没错|应该是|应该对|应该没错|就是|可以|好|行|同意)"
                       r"(?:吧|啊|呀|的|嘛|呢|哈)*(?=$|[，,。！!\s])")
_NOT_YES = re.compile(r"\d|不|没|错|但|改|换|而是|应该是|其实")


def is_accept(text: str) -> bool:
    """"是" and its spoken forms: "应该是吧", "对的吧", "嗯对", "对，就是图书馆那个" (no other value given)."""
    t = clean_text(text)
    if ACCEPT.match(t):
        return True
    m = _YES_HEAD.match(re.sub(r"^(嗯+|哦|噢)(?=[是对好行])", "", t))
    if not m:
        return False
    rest = t[len(t) - len(re.sub(r"^(嗯+|哦|噢)(?=[是对好行])", "", t)) + m.end():].strip("，,。！! ")
    if not rest:
        return True
    named = org_name(rest, strict=False)
    return not _NOT_YES.search(rest) and len(rest) <= 12 and (not named or bool(re.search(r"那个|这个", rest)))


def is_skip(text: str) -> bool:
    return not clean_text(text) or bool(SKIP.match(clean_text(text)))


def is_back(text: str) -> bool:
    return bool(BACK.match(clean_text(text)))


ORG_SUFFIX = (r"(?:委员会|管理委员会|管委会|居委会|村委会|红十字会|工商联|残联|侨联|文联|工会|商会|合作社|集团|局|委|中心|站|院|所|中学|小学|学校|"
              r"中专|职专|职高|职中|技校|卫校|党校|体校|艺校|高中|初中|幼儿园|大学|学院|办公室|办|大队|支队|队|馆|处|厅|"
              r"协会|学会|联合会|总会|基金会|促进会|研究会|理事会|出版社|报社|服务社|医院|卫生院|公司|街道办事处|街道|政府|团委|妇联|科协|总工会|部|"
              r"(?:林|农|牧|渔|茶|果|苗|良种|种畜|原种)场|苗圃|(?:储备|粮)库|(?:转播|电视|广播|广播电视|气象|发射|地震|水文|天文)台)")   # 县国有林场, 市良种场, 县粮食储备库: a unit of its own
# a section inside the organisation: "区民政局养老服务科", "县教育局基础教育股", "县林业局办公室" (not 股长, a person)
_SECTION = r"(?:" + _CJK + r"{1,8}?(?:科|股|室)(?![长员]))?"
_LEAD = re.compile(r"^(?:我们是|我是|咱们是|咱是|俺们是|俺是|我在|我这边是|我们这边是|我们这里是|这里是|我们|我单位是|我单位|本单位是|本单位|咱们|单位是|项目单位是|实施单位是|是|由)+")


# "我们单位报的是…", "本单位负责…": a unit doing something is the sentence's subject, not a label or a name
DOES = re.compile(r"\s*(?:今年|明年|去年|这次|这回|主要|已经|每年)?\s*(?:要|想|准备|打算|计划|拟|正在|在|报|申报|申请|搞|做|弄|负责|承担|"
                  r"实施|开展|组织|需要|聘|买|购)")
_DOER = re.compile(r"^(" + _CJK + r"{1,20}?" + ORG_SUFFIX + r")(?:的项目|的事|做的?|搞的|干的|牵头(?:做|实施)?的?|负责(?:实施|做)?的?|实施的?|来做|在做|承担的?)$")


def org_name(text: str, strict: bool = True) -> str:
    """An organisation name: '我们是渭南市信访局' → '渭南市信访局'; '我们信访局今年要聘' → '信访局'.

    strict: only when the text marks it as the speaker's own unit (我们/本单位/我单位 …)."""
    for clause in re.split(r"[，,。；;！!？?\s]+", normalize(text)):
        lead = _LEAD.match(clause)
        own = _DOER.match(clause)          # "县卫健局的项目", "县计量所做的": the unit that carries it out
        if own and not lead:
            return own.group(1)
        if strict and not lead:
            continue
        rest = clause[lead.end():] if lead else clause
        if lead and not re.search(r"[是在由]$", lead.group(0)) and DOES.match(rest):
            continue                       # "本单位负责全县图书馆…": what the unit does, not its name
        # (a whole clause naming a unit may run long: 自治州 and 自治区 names)
        m = re.fullmatch(r"(" + _CJK + r"{1,34}" + ORG_SUFFIX + _SECTION + r")(?:的)?", rest) or \
            (None if strict else re.match(r"(" + _CJK + r"{1,20}" + ORG_SUFFIX + _SECTION + r")(?!" + ORG_SUFFIX + "|会|长)", rest)) or \
            re.match(r"(" + _CJK + r"{1,20}?" + ORG_SUFFIX + r")(?!" + ORG_SUFFIX + "|长)", rest)   # 县污水处理中心, not 县污水处; 刘院长 is a person
        if m:
            return m.group(1)
    return ""


def function_code(text: str) -> str:
    # seven digits; a number joined to others by "-" (0731-5566778) is a phone, not a code
    m = re.search(r"(?<![\d\-－—])(\d{3})\s*(\d{2})\s*(\d{2})(?![\d\-－—])", normalize(text))
    return "".join(m.groups()) if m else ""


def attribute(text: str) -> str:
    t = normalize(text)
    if re.fullmatch(r"\s*(?:continuing|ongoing|continued)(?: project)?\s*", t, re.I):
        return "延续"
    if re.fullmatch(r"\s*new(?: project)?\s*", t, re.I):
        return "新增"
    first, *more = re.split(r"[，,；;]", re.sub(r"^[\s，,。]+", "", t), maxsplit=1)
    rest = more[0] if more else ""
    said = re.fullmatch(r"(?:是|算|属于)?(新增|延续)(?:的|项目)*(?:吧|啊|呀|哈)?[。！!]?", first.strip())
    if said and not re.search(r"不对|不是|错|改|应该|其实|算了", rest):
        return said.group(1)             # "新增，以前哪有钱搞这个", "新增，健身中心那个才是延续": her word first, then why
    if re.search(r"延续|继续|往年|(?:去年|前年|上年|以前|之前|早就|早几年|好几年)(?:就|也|都|一直)?(?:有|在做|在搞|做过|搞过|开始|弄过)|去年也|"
                 r"以前[^没不无未]{0,3}有|接着(?:干|做|搞|办|实施)|连续|持续|老项目|^老的$|每年都|年年都|常年|第[二三四五六七八九十]年|续建|接续|^(?:是|算|属于)?续(?:的|着的|上的)?(?:项目)?(?:吧|啊|呀)?$", t):
        return "延续"
    if re.search(r"新增|新项目|(?:首次|第一次|头一回|头一次|头一年|第一年)(?!填|报表|申报|弄这个表|做这个表)|新设|新开|新的|新建项目|"
                 r"^(?:今年|明年|本年度?)?(?:是|属于|算)?新(?:建|上|立项|批|开)?(?:的|项目)?(?:吧|啊|呀)?$|"
                 r"今年开始|今年才有|(?:以前|之前|往年|过去|从来)(?:都)?(?:没有|没做过|没搞过|没弄过|没有过)|刚开始做|刚开始搞", t):
        return "新增"
    return ""


_CN_MONTH = re.compile(r"([一二三四五六七八九十]{1,3})(?=\s*月)")
_CN_YEAR = re.compile(r"([零〇一二三四五六七八九]{4})(?=\s*年)")


def cn_dates(t: str) -> str:
    """'二〇二四年一月至十二月' → '2024年1月至12月'."""
    t = _CN_YEAR.sub(lambda m: str(int(cn_to_number(m.group(1)) or 0)), t)
    return _CN_MONTH.sub(lambda m: str(int(cn_to_number(m.group(1)) or 0)), t)


def period(text: str, ctx: Context) -> tuple[str | None, str | None]:
    """Start and end months: '2020年1月至12月', '2024.01-2024.12', '今年全年', '1月到10月', '3月开始，年底结束'."""
    t = cn_dates(normalize(text))
    year = _year_word(t, ctx)
    if year:
        t = re.sub(r"今年|本年度|本年|明年|下一年度|下年度", f"{year}年", t)
    a, b = parse_period(t)
    if a and b:
        return a, b
    y = ctx.year or ctx.this_year
    m = re.search(r"(\d{1,2})\s*月.{0,3}?(?:至|到|~|-|—)\s*(\d{1,2})\s*月", t)
    if m and y and not re.search(r"(?:19|20)\d\d", t):
        s, e = int(m.group(1)), int(m.group(2))
        if 1 <= s <= 12 and 1 <= e <= 12:
            return f"{y}-{s:02d}", f"{y}-{e:02d}"
    if a and not b and re.search(r"(?:19|20)\d\d\s*年\s*$|全年", t) and not re.search(r"\d\s*月", t):
        return a, f"{a[:4]}-12"
    if a and not b:
        m = re.search(r"(?:至|到|~|-|—)\s*(\d{1,2})\s*月", t)
        if m and 1 <= int(m.group(1)) <= 12:
            return a, f"{a[:4]}-{int(m.group(1)):02d}"
        if re.search(r"年底|年末", t):
            return a, f"{a[:4]}-12"
    if re.search(r"全年|一整年|一年", t) and (year or y):
        yy = year or y
        return f"{yy}-01", f"{yy}-12"
    if a and not b:
        return a, None
    return None, None


def _year_word(t: str, ctx: Context) -> int | None:
    if ctx.this_year and re.search(r"明年|下一年度|下年度", t):
        return ctx.this_year + 1
    if ctx.this_year and re.search(r"今年|本年度|本年", t):
        return ctx.this_year
    return None


def year_of(text: str, ctx: Context) -> int | None:
    t = normalize(text)
    m = re.search(r"((?:19|20)\d\d)\s*年(?!以前|之前|前|以来|起就)", t)
    if m:
        return int(m.group(1))
    return _year_word(t, ctx)


def month_count(text: str) -> float | None:
    m = re.search(NUM + r"\s*个?月(?!底|末|份|前)", normalize(text))
    if m and re.search(r"个月|整月", normalize(text)[m.start():m.end() + 1]):
        return to_number(m.group(1))
    if re.search(r"全年|每月.*(?:一年|今年)|一整年", normalize(text)):
        return 12.0
    return None


def split_parts(text: str) -> list[str]:
    """Clauses of a list answer: by line, ；; and, when every piece carries a number, by ，、."""
    t = normalize(text)
    parts = [p.strip() for p in re.split(r"[\n；;。！!]+", t) if p.strip()]
    out = []
    for p in parts:
        pieces = [q.strip() for q in re.split(r"[，,、]", p) if q.strip()]
        clauses = [q.strip() for q in re.split(r"[，,]", p) if q.strip()]
        if len(pieces) > 1 and all(re.search(r"\d|" + CN_NUM_RE, q) for q in pieces):
            out.extend(pieces)
        elif sum(1 for q in clauses if re.search(r"\d", cn_dates(q)) or amounts(q)) >= 2:
            # "刚才说了啊，冰箱36万，监测系统6万": the clauses with numbers; the rest is talk
            out.extend(q for q in clauses if re.search(r"\d", q) or amounts(q))
        elif len(words := [q for q in re.split(r"\s+", p) if q]) > 1 and all(amounts(q) for q in words):
            out.extend(words)            # "电脑69w 交换机等网络设备12.18w"
        elif len(runs := _run_on(p)) > 1:
            out.extend(runs)             # "宣传资料印刷八万公益广告投放二十万…": spoken without a pause
        else:
            out.append(p)
    return out


def _run_on(p: str) -> list[str]:
    """A run-on list (voice input): a name, an amount, the next name … split after each amount that a
    name follows; one piece when any amount is not followed by a name's words."""
    got = amounts(p)
    if len(got) < 2 or got[0][0] == 0:
        return [p]
    cuts = [b for _, b, _, _ in got[:-1]]
    if not all(re.match(r"[\u4e00-\u9fff]{2}", p[b:]) and not re.match(r"[元块钱人个次场]", p[b:]) for b in cuts):
        return [p]
    return [p[a:b] for a, b in zip([0, *cuts], [*cuts, len(p)])]


def month_of(text: str, ctx: Context) -> str | None:
    return parse_month(normalize(text)) if text else None
