"""Indicator categories as numbered choices, and reading the applicant's pick or own wording. Pure.

``offer(form, category, facts)`` asks the indicator library (``assistant.library.recommend``)
for rows of one category and fills in the applicant's own numbers where the form has them
(a 数量 suggestion counted in 人 becomes ``=4人`` when 4 people were stated).
``parse_choice(text, category, choices)`` turns "1、3", "2改成≥95%", "全部" or free text
("培训考核合格率≥90%；参训人员满意度95%以上") into indicator rows.
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, replace
from typing import Any

from ..model import BENEFIT_KINDS, Declaration
from ..textnum import normalize
from ..values import format_value, parse_value
from . import answers as A
from .derive import row
from .guard import JIU

CATEGORIES = ("数量指标", "质量指标", "时效指标", "成本指标", "效益指标", "满意度指标")
DEFAULT_NAME = {"满意度指标": "服务对象满意度"}   # a bare "90%" needs no name for satisfaction only
DEFAULT_OP = {"数量指标": "=", "质量指标": "≥", "时效指标": "≤", "成本指标": "≤", "效益指标": "≥", "满意度指标": "≥"}


@dataclass(frozen=True)
class Choice:
    name: str
    level1: str
    level2: str
    value: str
    needs_confirmation: bool = True   # the value is an example, not the applicant's number
    reason: str = ""

    def to_row(self, value: str | None = None) -> dict[str, str]:
        r = row(self.level2, self.name, value if value is not None else self.value)
        if self.level1:
            r["level1"] = self.level1
        return r


def _library():
    try:
        return importlib.import_module("assistant.library")
    except ModuleNotFoundError as e:
        if e.name in ("assistant.library",):
            return None
        raise


def offer(form: Declaration, category: str, facts: dict[str, Any], k: int = 4) -> list[Choice]:
    """Up to k choices for one category, the applicant's numbers filled in where they fit."""
    lib = _library()
    if lib is None:
        return []
    out, seen = [], {ind.name for ind in form.indicators}
    for s in lib.recommend(form, category, k + len(seen)):
        if s.name in seen:
            continue
        c = Choice(s.name, s.level1, s.level2, s.value, bool(s.needs_confirmation), getattr(s, "reason", ""))
        out.append(own_numbers(c, form, facts) if getattr(s, "fits", True) else c)   # another type's row: its example
        if len(out) >= k:
            break
    return out


def own_numbers(c: Choice, form: Declaration, facts: dict[str, Any]) -> Choice:
    """Put the applicant's stated number in a suggestion whose unit matches it."""
    pv = parse_value(c.value)
    unit = pv.unit
    if c.level2 == "数量指标" and pv.is_quantitative:
        people = facts.get("headcount")
        if people and unit in ("人", "名"):
            return replace(c, value=f"={people:g}人", needs_confirmation=False)
        for q in facts.get("quantities") or []:
            if q["measure"] == unit:
                return replace(c, value=f"={q['n']:g}{unit}", needs_confirmation=False)
    if c.level2 == "成本指标" and pv.is_quantitative:
        if unit in ("万元",) and form.funding.total is not None and re.search(r"总|年度|全年|项目", c.name):
            return replace(c, value=f"≤{form.funding.total:g}万元", needs_confirmation=False)
        price = facts.get("unit_price")
        if price and price["per"] and unit.endswith("/" + price["per"]):
            return replace(c, value=f"≤{price['yuan']:g}元/{price['per']}", needs_confirmation=False)
    return c


_PICK = re.compile(r"^(?:选|选择|要|用|就)?\s*(?:第)?((?:\d{1,2}\s*(?:[、,，和及与跟同加\s]|以及|还有)?\s*)+)(?:个|项|号|条)?(?:吧|都要|都选上?|都用|都行|都可以)?$")
_EDIT = re.compile(r"^(?:选|第)?(\d{1,2})\s*(?:个|项|号|条)?\s*[，,：:]?\s*(?:改成|改为|(?<![更替])换成(?!本)|但是?|值)?\s*(?:为|是|改成|改为)?\s*(.+)$")
_ALL = re.compile(r"^(全部|都要|全选|都可以|全都要|都行|全要)[。！!]?$")
# a level reached by a change: '知晓率提高到90%' is ≥90%, '发病率降低到5%' is ≤5% (a change by an amount,
# '降低10%', is no level and stays her words)
_TO_LEVEL = {"提高到": "≥", "提高至": "≥", "提升到": "≥", "提升至": "≥", "增加到": "≥", "增加至": "≥", "增长到": "≥",
             "增至": "≥", "上升到": "≥", "降低到": "≤", "降低至": "≤", "降到": "≤", "降至": "≤", "下降到": "≤",
             "下降至": "≤", "减少到": "≤", "减少至": "≤", "减至": "≤", "压减到": "≤", "控制到": "≤"}
# a bound said as "over" ("超过九成", written "逾九成"): only with its figure after it, not inside 不超过
OVER = r"(?<!不)(?:超过|高于|大于|逾)(?=\s*(?:\d|百分之|[一二两三四五六七八九十]))"
_OP_START = re.compile(r"(≥|≤|>=|<=|=|＞|＜|>|<|不低于|不少于|不高于|不超过|不超(?!过)|不多于|不大于|不小于|达到|低于|至少|最少|最多|至多|控制在|"
                       + OVER + "|" + "|".join(_TO_LEVEL) + ")")
_VALUE_START = re.compile(r"(≥|≤|>=|<=|=|＞|＜|>|<|不低于|不少于|不高于|不超过|不超(?!过)|不多于|不大于|不小于|达到|低于|至少|最少|最多|至多|控制在|" + OVER + "|"
                          r"(?:19|20)\d\d\s*年|\d{1,2}\s*月(?:底|末|份|前|中旬|上旬|下旬)|年底前|年内|全年|每月|每季度|每学期|次月|"
                          r"\d|[一二三四五六七八九]成|(?!一次(?:性|[\u4e00-\u9fa5]{0,8}率))" + A.CN_NUM_RE + r"\s*(?:人|个|台|套|%|万|元|次|期|场|项))")


def _bare(value: str, choices: list[Choice], category: str) -> str:
    """A bare value ("115台") is the offered row's whose example has its unit, when one does (or the only
    row offered); never the next of several by position (that would be a guess)."""
    from ..values import parse_value
    if re.search(r"\d[^\d.]+\d", value):
        return ""                        # "1亩补25": a price per thing with its thing, no bare value of an offered row
    if not parse_value(value).unit and not re.search(r"[%％‰]", value):
        return choices[0].name if len(choices) == 1 else ""   # "…就是375": no unit said, none to match an offered row by
    unit = parse_value(norm_value(value, category)).unit      # '18.5万' at 成本指标 is 万元
    same = [c for c in choices if unit and parse_value(c.value).unit == unit]
    if len(same) == 1:
        return same[0].name
    return choices[0].name if len(choices) == 1 else ""


def _clean(name: str) -> str:
    from .guard import clean_name
    return clean_name(name)


def parse_choice(text: str, category: str, choices: list[Choice]) -> list[tuple[dict, bool]]:
    """Indicator rows from an answer, each with ``stated``: False when the value is the
    library's example the applicant picked without giving a number of their own."""
    t = spoken_numbers(A.clean_text(text), money=category == "成本指标")
    if not t:
        return []
    if _ALL.match(t) or (A.is_accept(t) and choices):
        return [(c.to_row(), not c.needs_confirmation) for c in choices] if _ALL.match(t) else \
               [(choices[0].to_row(), not choices[0].needs_confirmation)]
    m = _PICK.match(t)
    if m and not choices:
        return []
    if m:
        idx = [int(x) for x in re.findall(r"\d{1,2}", m.group(1))]
        picked = [choices[i - 1] for i in idx if 1 <= i <= len(choices)]
        if picked:
            return [(c.to_row(), not c.needs_confirmation) for c in picked]
    out = []
    for part in A.split_parts(t):
        e = _EDIT.match(part)
        if e and choices and 1 <= int(e.group(1)) <= len(choices) and _VALUE_START.search(e.group(2)) \
                and not re.match(r"\d{1,2}\s*(?:[%％个人台月年亩垧]|公顷|" + A.MEASURE[1:-1] + r")", part):   # "一亩补25": no pick
            c = choices[int(e.group(1)) - 1]
            out.append((c.to_row(norm_value(e.group(2), category)), True))
            continue
        name, value = split_indicator(part)
        if not value:
            continue
        name = _clean(name) if name else name      # "那就定残疾人满意度" → 残疾人满意度
        if not name:
            name = _bare(value, choices, category) if choices else DEFAULT_NAME.get(category, "")
        if not name:
            continue
        base = next((c for c in choices if c.name == name), None)
        level2 = base.level2 if base else level2_for(category, name)
        r = row(level2, name, norm_value(value, category, name))
        if base and base.level1:
            r["level1"] = base.level1
        out.append((r, True))
    return out


def split_indicator(text: str) -> tuple[str, str]:
    """A row's name and value (_split); "带动农户按240户写": the figure she says to write by (按 … 写/算/计) — 按 is no
    part of the name, 写 none of the value."""
    name, value = _split(text)
    if re.search(r"(?<=[\u4e00-\u9fff])(?:按照|按|照)$", name) and re.search(r"\d", value):
        name = name[:-2] if name.endswith("按照") else name[:-1]
        value = re.sub(r"(?<=[\u4e00-\u9fff%])(?:来|去)?(?:写|算|计|填|报)(?:吧|的|了)?$", "", value)
    return name, value


def _split(text: str) -> tuple[str, str]:
    """'培训考核合格率≥90%' → ('培训考核合格率', '≥90%'); '65岁及以上老年人健康管理率≥70%' keeps its
    leading number in the name; '资金发放时间 每学期开学后两个月内' splits at the space; a bare verb
    names what it counts ('覆盖12个乡镇' → ('覆盖乡镇数量', '12个'))."""
    t = normalize(text).strip()
    lead = re.match(r"^([^：:]{1,12})[:：]\s*(?=([\u4e00-\u9fff]{2,12}?)\s*[≥≤=><]?\s*\d)", t)
    if lead and not _VALUE_START.match(t[lead.end():]) and not _OP_START.search(t[lead.end():lead.end() + len(lead.group(2))]) \
            and not re.search(r"[率度额量数积]$|时间|时限|期限|标准|成本|单价|费用|名称|人数", lead.group(1)):
        t = t[lead.end():]               # "指标我一次说完：安装路灯320盏": the words before the colon lead to a row of its own
    m = re.match(r"^(.+?)\s*[:：]\s*(.+)$", t) or re.match(r"^(\S+?)\s+(\S.*)$", t)
    if m and (not _VALUE_START.match(m.group(1)) or _NUMBERED_NAME.match(m.group(1))) \
            and not _OP_START.search(m.group(1)) and len(m.group(1)) >= 2:
        return _counted(_clean_ind_name(m.group(1)), m.group(2).strip())
    op = _OP_START.search(t)
    if op and op.start() > 0:
        name, value = _clean_ind_name(t[:op.start()]), t[op.start():].strip()
        words = re.match(re.escape(op.group(1)) + r"\s*([\u4e00-\u9fff]{1,6}?)\s*(?=\d)", value)
        if words and _FRAME.fullmatch(name):     # '每月至少下乡8次': the time frame alone is no name, the verb
            verb, value = _counted(words.group(1), op.group(1) + value[words.end():])   # after 至少 names it
            return name + verb, value
        return _counted(name, value)
    v = _VALUE_START.search(t)
    if v and v.start() == 0 and _NUMBERED_NAME.match(t):   # '2号楼维修面积1200平方米': the value follows the words
        v = re.compile(r"(?<=[\u4e00-\u9fff])" + _VALUE_START.pattern).search(t)
    if not v or t[:v.start()].endswith("第"):
        return "", ""                    # '完成第1次集中兑换': an ordinal, no value of a row
    return _counted(_clean_ind_name(t[:v.start()]), t[v.start():].strip())


_FRAME = re.compile(r"(?:每|全)(?:年|月|周|天|日|季度?|学期)|年内|当年|本年度?")
# what a bare verb counts, by the unit of its value: '培训200人次' → 培训人次, '走访300户' → 走访户数
_COUNT_NAME = {"人次": "人次", "人": "人数", "个人": "人数", "户": "户数", "场": "场次", "次": "次数", "期": "期数", "份": "份数",
               "家": "家数", "所": "所数", "座": "座数", "辆": "辆数", "台": "台数", "套": "套数", "批": "批次",
               "亩": "面积", "平方米": "面积", "万平方米": "面积", "公里": "长度", "千米": "长度"}
_CLASSIFIED = re.compile(r"^([≥≤=><]?\s*\d+(?:\.\d+)?\s*(?:个(?!人)|家|所|座|处|条|台|套|辆|名|项|份|本|册|块|张|只|头|批|户))"
                         r"([\u4e00-\u9fff]{1,6})$")
_MEASURED = re.compile(r"^[≥≤=><]?\s*\d+(?:\.\d+)?\s*(" + "|".join(sorted(_COUNT_NAME, key=len, reverse=True)) + r")$")


# words that name nothing, before a figure: "还是120套", "按135套配", "就是30个" — no row's name
_NO_NAME = re.compile(r"(?:不对|不是|对|嗯|哦|哎|唉|还|还是|仍|仍是|仍然|依然|依旧|就|就是|也|也是|都|都是|再|又|按|按照|照|依|跟|"
                      r"是|为|要|得|先|才|只|只有|那|那就|改成|改为|应该是|应为)+")


def _counted(name: str, value: str) -> tuple[str, str]:
    """A name that is only a verb ('覆盖', '培训') says nothing of what is counted: the noun after the
    measure word joins it ('覆盖' + '12个乡镇' → '覆盖乡镇数量' '12个'), or the unit names it ('培训' +
    '200人次' → '培训人次'). Her number and unit stay as written. Words that name nothing ('还是' +
    '120套') make no row: ('', '')."""
    if name and (_NO_NAME.fullmatch(name) or re.search(r"(?:那|这)一?[行项栏条]$", name)):
        return "", ""                    # "潜水泵那行 210万": a row pointed at, no name of a new one
    name = re.sub(r"^(?:能够|能|可以|可|将|预计|有望|可望|预期)(?=[\u4e00-\u9fff]{2}$)", "", name or "")   # "能惠及": 惠及
    if re.fullmatch(r"(?:一个)?(?:都)?(?:不|没|无|别)[\u4e00-\u9fff]{1,2}", name) and re.fullmatch(r"[=]?\s*1\s*(?:个|人|户|名|家|项|次)", value):
        return "", ""                    # "不漏一个", "不落一户": every one of them, said for emphasis — no row of 1
    span = re.search(r"\d\s*(小时|分钟|个工作日|工作日|天)\s*(?:以上|以内|及以上)?$", value)
    if span and re.search(r"(?:开放|服务|运行|培训|值守|巡查|授课|开馆|营业|在岗|接待)$", name or ""):
        return name + ("天数" if "天" in span.group(1) or "日" in span.group(1) else "时长"), value   # "每周开放 ≥42小时"
    if not re.fullmatch(r"[\u4e00-\u9fff]{1,2}", name or "") or re.search(r"[数量率度额积]$", name) \
            or re.fullmatch(r"保证|确保|保障|实现|做到|达到|争取|力争|要|能|让|使|把", name):
        return name, value                 # "保证 12个人全年在岗": a promise, read as a sentence (rows.py), not a count of 保证
    m = _CLASSIFIED.match(value)
    if m:
        return f"{name}{m.group(2)}数量", m.group(1)
    m = _MEASURED.match(value)
    if m:                                # "12个人": people, counted in 人
        return name + _COUNT_NAME[m.group(1)], re.sub(r"个人$", "人", value)
    m = _MEASURED_THING.match(value)
    if m and not _NOT_A_THING.match(m.group(3)) and not re.search(r"[那这哪我你他她也都就还吧啊呢的了算个些]", m.group(3)) \
            and m.group(2) not in _SPANS:   # "管护" + "8.6万亩高标准农田"
        return f"{name}{m.group(3)}{_COUNT_NAME.get(m.group(2), '数量') if m.group(2) in ('亩', '平方米', '公里', '千米', '米') else '数量'}", m.group(1)
    return name, value


# her count, its measure word and the thing counted after it ("8.6万亩高标准农田", "45公里渠道", "120眼机井"): the thing
# joins the verb in the name, the number and unit are the value; a span of time or a place word is no thing
_MEASURED_THING = re.compile(r"^([≥≤=><]?\s*\d+(?:\.\d+)?\s*万?\s*(" + A.MEASURE[1:-1] + r"|眼|口|盏|棵))([\u4e00-\u9fff]{2,8})$")
_NOT_A_THING = re.compile(r"^(?:以上|以内|以下|之内|之间|左右|上下|多|余|内|前|后|的|及以上|次|人次|时间)")
_SPANS = ("天", "小时", "课时")


# a name that starts with a number: '3D打印设备采购数量', '2号楼维修面积', '12345热线办结率' — a number followed by
# at least three characters of words that are not a unit ('12个月以上' is a value)
_NUMBERED_NAME = re.compile(r"^\d+(?:\.\d+)?[A-Za-z#号]*(?!个月|个|人次|人|台|套|万元|元|天|次|项|以上|以内|小时|分钟|年|%)"
                            r"[A-Za-z\u4e00-\u9fff]*[\u4e00-\u9fff]{3,}")


# when and what she plans, before the thing counted: "今年计划开展防雹作业不少于40次" → 开展防雹作业 (计划生育 stays: only
# 计划/准备/打算 before a verb of doing, or after a year word)
_PLAN = (r"(?:今年|本年度?|明年|年内)?(?:计划|拟|准备|打算|预计)(?=[\u4e00-\u9fa5]{2})(?!生育|单列|经济|免疫)"
         r"|(?:今年|本年度?|明年|年内)(?=开展|完成|实施|新建|建设|改造|培训|举办|组织|采购|购置|发放|新增|维修|安装)")


def _clean_ind_name(name: str) -> str:
    name = name.strip(" ：:，,")
    if re.search(r"[，,]", name):          # "垃圾日产日清，清运及时率": the clause next to the value
        name = re.split(r"[，,]", name)[-1]
    while True:
        cut = re.sub(r"(?:为|是|要|应|应该|达到|(?:要|能|可以)到|(?<=满意)的|在|控制在|(?<=[费价额本用资])控制|争取|力争|努力|(?<!模)拟|预计|预期|保持|大概|差不多|大约|至少|得|能|肯定|一定|必须|确保|保证|起码|绝对|也|都|就|"
                     r"(?<=[率度量数])(?:就|也|还)?(?:写|填|定|设|写成|填成|定成|设成|改成|改为))$",
                     "", name.strip())       # "合格率肯定100%": how sure she is, no part of the name
        if cut == name:
            break
        name = cut
    name = re.sub(r"^(?:那" + JIU + r"|那么|那|就是|" + JIU + r"|还有|然后|再有|(?:我们|咱们|我)(?:今年)?(?:主要)?(?:是|要)?|主要是|" + _PLAN + r")+", "", name)
    name = re.sub(r"(?<=[\u4e00-\u9fa5]{2})满意$", "满意度", name)     # "家长满意的要到九成": 家长满意度
    return re.sub(r"^(?:指标|三级指标)[:：]?", "", name).strip()


# prose directions read before values.parse_value (whose word list would see 超过 inside 不超过)
_OP_WORD = {"不超过": "≤", "不超": "≤", "不高于": "≤", "不多于": "≤", "不大于": "≤", "控制在": "≤", "低于": "<",
            "不低于": "≥", "不少于": "≥", "不小于": "≥", "至少": "≥", "最少": "≥", "最多": "≤", "至多": "≤", "达到": "≥", "超过": ">", "高于": ">", "大于": ">", "逾": ">", **_TO_LEVEL}
_LEADING_OP = re.compile(r"^(" + "|".join(sorted(_OP_WORD, key=len, reverse=True)) + r")")
# a share as a fraction ("2/3以上", "≥1/2"): its two figures, and the bound said after it
_FRACTION = re.compile(r"(?P<op>[≥≤><]=?)?\s*(?P<a>\d{1,3})\s*/\s*(?P<b>\d{1,3})\s*(?P<after>及以上|以上|及以下|以下|以内)?")


_SPOKEN = re.compile(r"(?<![\d.])(?!一次(?:性|[\u4e00-\u9fa5]{0,8}率))([零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万点]*)"
                     r"(?=" + A.MEASURE + r"|%|‰|元|以|万元|分钟|个工作日|工作日|公斤|千克|斤|万?尾|羽|只|枚|公顷|盏|不超过|不高于|不低于|不少于|$)")


_CN_FRACTION = re.compile(r"(?<![\d零〇一二两三四五六七八九十百千万])([二两三四五六七八九十]|\d{1,2})分之([一二两三四五六七八九]|\d{1,2})(?=及以上|以上|及以下|以下|以内|\s*$|\s*[，,。；;！!])")


def _small(n: str) -> int:
    return int(n) if n.isdigit() else "一二三四五六七八九十".index(n.replace("两", "二")) + 1


def spoken_numbers(t: str, money: bool = False) -> str:
    """'百分之九十' → '90%', '三百二十具' → '320具', '三百八十万以内' → '380万以内'. ``money``: the text is about an
    amount (a 成本 row) even with no word of money in it ("保养不超过一万六": 1.6万)."""
    t = _PERCENT_WORDS.sub(lambda m: f"{A.to_number(m.group(1)):g}%", t)
    t = _PERMILLE_WORDS.sub(lambda m: f"{A.to_number(m.group(1)):g}‰", t)
    t = re.sub(r"百分之百|百分百", "100%", t)
    t = _CN_FRACTION.sub(lambda m: f"{_small(m.group(2))}/{_small(m.group(1))}", t)   # "三分之二以上": 2/3, as she said it
    t = re.sub(r"(\d+(?:\.\d+)?)\s*(?:个点|巴仙)(?!数|位)", r"\1%", t)     # "95个点以上", "95巴仙": per cent, as said

    def num(m: re.Match) -> str:
        raw = m.group(1)
        n = A.to_number(raw.removesuffix("万")) if raw.endswith("万") and len(raw) > 1 else A.to_number(raw)
        if n is None:
            return raw
        if "万" in raw[1:-1] and n >= 10_000 and not re.match(r"\s*(?:" + A.MEASURE + r"|元|%|‰)", m.string[m.end():]) \
                and (money or re.search(r"费|价|钱|资金|经费|成本|补助|补贴|投资|预算|金额", m.string)):
            return f"{n / 10_000:g}万"  # "不超过二十七万五" with no unit after it: 27.5万, its 万 kept (never 275000 read
            #                              in 万元 when the row's money unit is added)
        return f"{n:g}万" if raw.endswith("万") and len(raw) > 1 else f"{n:g}"
    return _SPOKEN.sub(num, t)


_PERCENT_WORDS = re.compile(r"百分之(" + A.CN_NUM_RE + r"|\d+(?:\.\d+)?)")
_PERMILLE_WORDS = re.compile(r"千分之(" + A.CN_NUM_RE + r"|\d+(?:\.\d+)?)")
# the thing a price is of, as a cost row's unit writes it ("200元/平方米")
_PER = r"(平方米|平米|平方|平|立方米|立方|方|亩|公里|千米|米|人次|人|户|台|套|个|次|场|吨|盏|件|辆|座|处|所|株|棵)"
_PER_NAME = {"平米": "平方米", "平方": "平方米", "平": "平方米"}


def norm_value(value: str, category: str, name: str = "") -> str:
    """Direction symbol + number + unit when the value is a plain quantity; the text otherwise."""
    v = A.SHARE.sub(A.share_percent, normalize(value).strip().rstrip("。；;，,"))
    v = re.sub(r"(?:吧|啊|呀|吧吧|左右吧|的样子)+$", "", v).strip()
    v = re.sub(r"^(?:差不多|大概|大约|约)", "", v)
    v = _PERCENT_WORDS.sub(lambda m: f"{A.to_number(m.group(1)):g}%", v)
    v = re.sub(r"^(?:百分之百|百分百)", "100%", v)
    v = re.sub(r"^(\d+(?:\.\d+)?\s*[%％]?)\s*\+$", r"≥\1", v)       # "90%+": 90% or more
    if re.match(r"(?:" + "|".join(_OP_WORD) + r")?\s*每(?:年|季度?|月|周|天|日|学期)", v):
        return v                      # a frequency ("每季度1次") is not a bound
    if category == "成本指标" and "/" not in v:   # "每平方米200元", "200块一平", "200元每亩": the price of one, as 200元/平方米
        #                                           ("57元/方" is written as she wrote it)
        twice = re.fullmatch(r"((?:单价)?(?:每|一)" + _PER + r"\s*[^\d每月年季周天日]{0,4}?\d[\d.]*\s*(?:万元|万|元|块钱|块))\s*"
                             r"(?:每|一|/)" + _PER, v)
        if twice and _PER_NAME.get(twice.group(2), twice.group(2)) == _PER_NAME.get(twice.group(3), twice.group(3)):
            v = twice.group(1)            # "每平方米两百块一平方": the thing said on both sides of the price, once
        per = re.fullmatch(r"(?:单价)?(?:每|一)" + _PER + r"\s*([^\d每月年季周天日]{0,4}?\d[\d.]*\s*(?:万元|万|元|块钱|块))", v) or \
            re.fullmatch(r"([^\d每月年季周天日]{0,4}?\d[\d.]*\s*(?:万元|万|元|块钱|块))\s*(?:每|一|/)" + _PER, v)
        if per:
            thing, money = (per.group(1), per.group(2)) if per.re.pattern.startswith("(?:单价)") else (per.group(2), per.group(1))
            v = f"{money}/{_PER_NAME.get(thing, thing)}"
    frac = _FRACTION.fullmatch(_LEADING_OP.sub(lambda m: _OP_WORD[m.group(1)], v))
    if frac and 0 < int(frac.group("a")) < int(frac.group("b")):   # "2/3以上": a share kept as she wrote it (≥2/3),
        bound = frac.group("op") or {"以上": "≥", "及以上": "≥", "以下": "≤", "以内": "≤", "及以下": "≤"}.get(frac.group("after") or "", "")
        return f"{bound or _default_op(category)}{frac.group('a')}/{frac.group('b')}"     # never made digits of a per cent
    pv = parse_value(_LEADING_OP.sub(lambda m: _OP_WORD[m.group(1)], v))
    if not pv.is_quantitative or pv.is_formula:
        return v
    unit = pv.unit.replace("％", "%")
    if not unit and category in ("满意度指标", "质量指标") and pv.number is not None and 1 < pv.number <= 100 \
            and (not name or re.search(r"率|度|比例|占比|比重|满意|百分", name)):
        unit = "%"          # "满意度95以上" (never "合格率0.9" or "合格率1" as 0.9% or 1%: a fraction stays as she wrote it;
        #                     never a % for a row whose name is no share — "每亩补25" is no 25%)
    if category == "成本指标" and unit == "万":
        unit = "万元"
    if category == "成本指标" and re.match(r"(?:块钱?|元钱)(?:$|/)", unit or ""):
        unit = re.sub(r"^(?:块钱?|元钱)", "元", unit)   # "亩均投资不超过1500块": 元, as a cost is written
    if re.search(r"[\u4e00-\u9fa5]{3,}", re.sub(r"平方米|立方米|平方公里|个工作日|万平方米|万亩|万人次|人次|公里|个百分点", "", unit)):
        return v
    op = pv.op or ("=" if (unit == "%" and pv.number == 100) or pv.number == 0
                   or (category == "时效指标" and unit and unit not in _DURATION) else _default_op(category))
    if category == "成本指标" and pv.number is not None and not unit:
        unit = "万元"
    return format_value(op, pv.number, unit)


# a 时效 figure in these units is a time limit (≤15个工作日); counted in others (每周下乡2次) it is as said
_DURATION = ("天", "日", "个工作日", "工作日", "小时", "分钟", "秒", "个月", "月", "周", "年")


def _default_op(category: str) -> str:
    """The direction a bare figure takes in its category; a 二级 category asked by name (生态效益指标,
    服务对象满意度指标) takes its 一级's."""
    if category in DEFAULT_OP:
        return DEFAULT_OP[category]
    if "满意" in category:
        return DEFAULT_OP["满意度指标"]
    return DEFAULT_OP["效益指标"] if re.search(r"效益|影响", category) else "="


def level2_for(category: str, name: str, asked: str = "") -> str:
    """The 二级 of a row read into ``category``; a benefit asked by its 二级 (生态效益指标) keeps the one
    asked: her row answers that question, whatever words of another kind its name holds."""
    if category == "效益指标" and asked in BENEFIT_KINDS:
        return asked
    if category == "效益指标":
        if re.search(r"经济|收入|增收|增产|产值|节约|效益额", name):
            return "经济效益指标"
        if re.search(r"生态|环境|排放|水质|空气|绿化|化肥|农药|节能|减排|污染|森林", name):
            return "生态效益指标"
        if re.search(r"持续|长效|机制|年限|运转|长期", name):
            return "可持续影响指标"
        return "社会效益指标"
    if category == "满意度指标":
        return "服务对象满意度指标"
    return category
