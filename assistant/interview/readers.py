"""Typed value readers, one per kind of field (fields.yaml ``kind``). Pure.

    read("project_name", "就叫社会化聘用人员经费吧", ctx)   # Got(fills=[Fill("project_name", "社会化聘用人员经费")])
    read("project_name", "你好，我是信访局的，想报个项目", ctx)  # Got(miss="sentence"): a name is a noun phrase
    read("basis", "没有文件", ctx)                        # Got(miss="non_answer")
    read("funding", "大概五十万吧", ctx)                  # Got(miss="hedge", hedges=[Hedge("funding.total", "大概五十万", 50.0)])

A reader fills only its own field (and the fields of the same question: the period's end, the
funding's parts); what else the answer says is read by the lexicon (fields.py) and extract.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from . import answers as A
from . import fields as F
from . import when
from .blocks import is_list
from .extract import FUNDING_PARTS, funding_part
from .answers import Context, Fill
from .speech import _NUM, Hedge, as_written, cn_digits, hedges, plain

NON_ANSWER = re.compile(r"^(?:没有|没|无|暂无|没有的?|不知道|不清楚|待定|见附件|同上|略|没有文件|没文件|没有依据|没有正式文件|"
                        r"没啥|没什么|不需要|无依据|不太清楚|没想好|还没想好|以后再说|随便|都行|一样)$")
_SENTENCE = re.compile(r"[我你咱您]|？|\?|吗$|想要|打算|怎么|什么|为什么|可以吗|能不能|有没有|不知道|请问")
_NOT_A_NAME = re.compile(r"跳过|不对|不知道|错了|返回|上一步|改一下|什么|^\d+$|"
                         r"^(?:今年|明年|去年)(?!的)|^(?:我们|咱们)|(?:要|想|准备|打算|需要)(?:报|申报|搞|做|弄|申请)|"
                         r"(?:报|搞|做|弄|申请)(?:一个|个|了个)|一个项目$|的$|"
                         r"^(?:一年|每年|每月|每个月|每天|每人|一个月)(?!度)")   # a clause about a project, not its name
NAME_END = r"(?:经费|项目|资金|补助|补贴|工程|专项|计划|行动|服务|建设|采购|购置|维修|改造|培训|运维|活动|补偿|保障金|奖补|奖励|费用|费|工作)"
_TITLES = (r"(?:副?局长|副?主任|副?科长|副?处长|副?校长|副?院长|副?站长|副?书记|副?部长|副?所长|副?馆长|副?县长|副?市长|副?区长|"
           r"副?镇长|副?乡长|副?旗长|副?队长|经理|会计|同志|老师|先生|女士)")


@dataclass
class Got:
    fills: list[Fill] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)
    miss: str = ""                      # why nothing was read: sentence | non_answer | no_value | no_year | hedge | need_name
    hedges: list[Hedge] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)   # readings said back ("“今年”按2020年理解")

    def add(self, path: str, value: Any, detail: str) -> None:
        self.fills.append(Fill(path, value, detail=detail, primary=True))

    @classmethod
    def one(cls, path: str, value: Any, detail: str) -> "Got":
        """The value read for ``path``, or nothing read (no_value) when it is empty."""
        got = cls()
        if value:
            got.add(path, value, detail)
        else:
            got.miss = "no_value"
        return got


# --- readers by kind ------------------------------------------------------------------

def read(path: str, text: str, ctx: Context) -> Got:
    kind = "funding" if path == "funding" else F.kind(path)
    text = F.but_not(text) if kind in ("person", "org", "name", "code", "attribute", "phone") else text
    if path in FUNDING_PARTS:
        return funding_part(path, text, ctx)
    return _READERS.get(kind, _text)(path, text, ctx)


def _strip_label(path: str, t: str) -> str:
    """'项目名称是…', '立项依据：…', '年度目标：…' → the value."""
    s = F.spec(path)
    words = sorted((s.words if s else ()), key=len, reverse=True)
    if words:
        t = re.sub(r"^(?:" + "|".join(map(re.escape, words)) + r")\s*(?:的话|这块|这项|这一项|部分)?[，,\s]*(?:的?(?:" + F.VERB + r"))?\s*[：:]?\s*", "", t)
    return _WRITE_LEAD.sub("", t).strip()


# "就写…", "那就写：…", "我们填…": how she says what to write, not what is written
_WRITE_LEAD = re.compile(r"^[，,：:\s]*(?:(?:那就|那|就|我们就?|咱们?就?|可以)(?:写成|写的是|写上|写|填成|填上|填)(?![写填])\s*[：:，,]?"
                         r"|(?:写成|写的是|写上|填成|填上)\s*[：:，,]?|[写填]\s*[：:])\s*(?=\S)")


def _name(path: str, text: str, ctx: Context) -> Got:
    got = Got()
    if is_list(text):                    # several items: not one name (blocks.py)
        got.miss = "list"
        return got
    t = plain(_strip_label(path, plain(text)))
    t = re.sub(r"^(?:就|应该|应|我们的项目|这个项目|项目)?\s*(?:是|叫做|叫|为|名为)\s*", "", t)
    t = re.sub(r"^(?:今年|明年|去年|本年度?)的", "", plain(t).strip("“”\"'「」《》【】…?？ "))
    aside = re.match(r"^(.{2,40}?)\s*[（(]([^（）()]*)[）)]$", t)
    if aside and re.search(r"去年|今年|以前|原来|就叫|一样|名字|这个|那个|领导|科长", aside.group(2)):
        t = aside.group(1)               # "…补助（去年就叫这个）": the remark is not the name
    ok = t and 2 <= len(t) <= 40 and not _SENTENCE.search(t) and not re.search(r"[，,。；;！!]", t) \
        and not A.amounts(t) and not NON_ANSWER.match(t) and not _NOT_A_NAME.search(t) and not F.is_field_word(t)
    if ok:
        got.add(path, t, text)
        return got
    called = re.search(r"(?:就叫|叫做|名叫|名字(?:就)?(?:叫|是)|名称(?:就)?(?:叫|是)|定名为|题目是)\s*[“「《]?([^，,。；;！!？?“”「」《》\s]{4,30})", A.prep(text))
    if called and not re.search(r"[我你咱]|^(?:一个|这个|那个|啥|什么)", called.group(1)) and not A.amounts(called.group(1)) \
            and not _SENTENCE.search(called.group(1)):
        got.add(path, re.sub(r"(?:吧|吗|呢|啊|呀|哈)$", "", called.group(1)), text)   # "…报个营养餐的项目，就叫X": the name she gives
        return got
    m = re.search(r"(?:叫|是|报|申报|做|搞)(?:的是|一个|个)?\s*[“「《]?([^，,。；;！!？?“”「」《》\s]{2,30}?" + NAME_END + r")"
                  r"(?![\u4e00-\u9fa5])", A.prep(text))
    if m and not re.search(r"[我你咱]|^(?:一个|这个|那个|个|新|项目|啥|什么)", m.group(1)) and len(m.group(1)) >= 4:
        got.add(path, m.group(1), text)
        return got
    got.miss = "non_answer" if t and NON_ANSWER.match(t) else ("sentence" if t else "no_value")
    return got


_SAME_UNIT = re.compile(r"^(?:那)?(?:就是|也是|是|跟|和|同)?(?:我们|本|我|咱们)(?:局|单位|中心|院|校|站|所|委)?(?:自己|本身)?(?:的)?"
                        r"(?:一样|相同)?$")
_ORG_LEAD = re.compile(r"^(?:(?:我们|咱们|我单位|本单位)(?=归|属于|隶属|由)|主管[：:]|上级[：:]|(?:实施|负责|承担|主管)的?(?:单位)?是|由|那(?!曲|坡)|那么|应该是|应该|就是|上面是|上级是|上级单位是|主管是|主管的是|主管部门是|单位是|单位名称是|我们是|我是|我在|属于|隶属于?|归|叫|是|在|也|都|还|同样|写|填)+")
def weighed(parts: list[str]) -> set[int]:
    """The clauses that weigh two values ("县财政局还是县政府", "是A，还是B"): a question of hers, never a value."""
    out = {i for i, p in enumerate(parts) if re.search(r"\S还是\S", p)}
    return out | {k for i, p in enumerate(parts) if i and p.lstrip().startswith("还是") for k in (i - 1, i)}


def _statements(t: str) -> list[str]:
    """The clauses of an answer that state something: not those weighing two values, nor one asked
    back ("…？") when another clause states the value ("县财政局？应该是县委政法委")."""
    parts = [p for p in re.findall(r"[^，,。；;！!？?]+[，,。；;！!？?]*", t) if p.strip()]
    asked = weighed(parts)
    parts = [p for i, p in enumerate(parts) if i not in asked]
    stated = [p for p in parts if not re.search(r"[？?]\s*$", p)]
    return [p.rstrip("，,。；;！!？? ") for p in (stated or parts)]


_SHORT_SCHOOL = re.compile(r"^[一二三四五六七八九十\d]{1,3}[中小]$")


def _org(path: str, text: str, ctx: Context) -> Got:
    got = Got()
    if is_list(text):                    # several items: not one name (blocks.py)
        got.miss = "list"
        return got
    clauses = [plain(_strip_label(path, plain(c))) for c in _statements(plain(text))]
    if path == "department" and ctx.unit:
        for c in clauses:
            c2 = re.sub(r"^(?:主管部门|主管单位|上级)(?:是|就是)?", "", c)
            if A.SAME_AS_UNIT.match(A.clean_text(c2)) or _SAME_UNIT.match(c2):
                got.add(path, ctx.unit, text)          # "同上", "那就是我们自己"
                return got
    clauses.sort(key=lambda c: not re.search(r"全称|全名|正式名称|准确(?:名称|叫法)", c))   # "县水利局，全称是固始县水利局"
    for c in clauses:
        c = re.sub(r"^(?:全称|全名|正式名称|准确(?:名称|叫法))(?:是|为|叫)?", "", c)
        ours = path == "department" and re.search(r"我们|本(?:局|单位)|自己", c)
        if ours and ctx.unit and re.search(r"(?:我们|本单位|本局).{0,10}自己(?:本身)?$", c) \
                and not re.search(r"是不是|是否|吗|呢|不是|[？?]", c):
            got.add(path, ctx.unit, text)              # "我们就是教体局自己": the unit itself, as the form names it
            return got
        c = re.sub(r"(?:管|的|管的|自己|本身|管(?:着)?(?:我们|咱们|我们的?))$", "", _ORG_LEAD.sub("", re.sub(r"^.*?(?:就是|也是|是)(?=我们)", "", c)))
        c = re.sub(r"^(?:我们|本)", "", c)
        v = A.org_name(c, strict=False) or (c if _SHORT_SCHOOL.match(c) else "")
        if v and ours and ctx.unit and ctx.unit.endswith(v):
            v = ctx.unit                              # "主管部门就是我们民政局": the unit itself
        if v and not re.search(NAME_END + "$", v):
            got.add(path, v, text)
            return got
    t = clauses[0] if clauses else ""
    got.miss = "non_answer" if NON_ANSWER.match(t) else ("not_org" if t else "no_value")
    return got


# common surnames (百家姓 and those of the north-west), one character and two
_SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪"
                "范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞"
                "颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
                "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇"
                "栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊"
                "仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓"
                "修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由达其额阎")
_SURNAMES2 = {"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "令狐", "长孙", "宇文", "尉迟", "独孤", "夏侯", "公孙", "轩辕",
              "端木", "呼延", "西门", "南宫", "百里"}
_TITLE_HEAD = re.compile(r"^[\u4e00-\u9fa5]{0,8}?(?:" + _TITLES + r")(?:是|叫|为)?")


# "张镇长 张国强 0733-8821234": one person with a title and a phone, as the question asks, not a list
_ONE_PERSON = re.compile(r"(?:[\u4e00-\u9fa5]{1,2}" + _TITLES + r"\s+)?[\u4e00-\u9fa5]{2,4}(?:\s+(?:电话|手机)?[：:]?\s*[\d\-－—\s]{7,16}\d)?")


def _person(path: str, text: str, ctx: Context) -> Got:
    """A person's name: '张伟', '中心主任马国庆', '主任叫杨树林', '陈主任，陈晓东', '我，韩雪'."""
    got = Got()
    if is_list(text) and not _ONE_PERSON.fullmatch(A.prep(text).strip()):   # several items: not one name (blocks.py)
        got.miss = "list"
        return got
    me = False
    for c in re.split(r"[，,；;（(\s]+|吧|(?=我叫|我是|名字叫|联系电话|电话|手机|联系方式)", plain(_strip_label(path, plain(text)))):
        c = re.sub(r"^(?:我(?:叫|是)?|本人|是|叫|姓名是?|名字是?|由|写|填)+\s*", "", plain(c)) if not re.fullmatch(r"我(?:自己|本人)?", plain(c)) else plain(c)
        if re.fullmatch(r"(?:就是|是|写|填)?(?:我|我自己|本人|自己)(?:吧|啊)?", c):
            me = True
            continue
        if re.fullmatch(r"[\u4e00-\u9fa5]" + _TITLES, c):
            continue                                          # "陈主任": the title, not the name
        head = _TITLE_HEAD.sub("", c) if len(c) >= 4 else c        # 镇长张三, 中心主任马国庆
        c = head if re.fullmatch(r"[\u4e00-\u9fa5·]{2,5}", head) else re.sub(_TITLES + "$", "", c)   # 中心主任马国庆 / 刘建军副局长
        office = re.fullmatch(r"[\u4e00-\u9fa5]{1,6}(?:办|科|股|所|室|站|中心|部|队|处|组)([\u4e00-\u9fa5]{2,3})", c)
        if office and office.group(1)[0] in _SURNAMES and not re.search(r"[我你他她们的年月日]|自己", office.group(1)):
            c = office.group(1)                   # "党政办吴敏", "公交科杨帆": the office, then her name
        if re.fullmatch(r"[\u4e00-\u9fa5·]{2,5}", c) and not NON_ANSWER.match(c) and not _SENTENCE.search(c) \
                and not re.search(r"[我你他她们的年月日份万元局委院所站办]|自己|填|写|对|错", c) and not F.is_field_word(c) \
                and (c[:2] in _SURNAMES2 or c[0] in _SURNAMES):            # a name begins with a surname
            got.add(path, c, text)
            break

    if not got.fills:
        got.miss = "need_name" if me or re.search(_TITLES, text) else (
            "non_answer" if NON_ANSWER.match(plain(text)) else "no_value")
    phone = _phone_in(text)
    if phone and path == "unit_head":
        got.add("unit_phone", phone, text)
    elif phone and path == "department_head":
        got.add("department_phone", phone, text)
    return got


_PHONE = re.compile(r"(?<!\d)(?:1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|(?:[（(]?0\d{2,3}[）)]?[\s-]?)?[2-9]\d{6,7}(?:[-转]\d{1,5})?)(?!\d)")


def _phone_in(text: str) -> str:
    m = _PHONE.search(cn_digits(A.prep(text)))
    return re.sub(r"\s+", "-", m.group(0).strip()) if m else ""


def _phone(path: str, text: str, ctx: Context) -> Got:
    got = Got()
    p = _phone_in(text)
    if p:
        got.add(path, p, text)
    else:
        got.miss = "non_answer" if NON_ANSWER.match(plain(text)) else "no_value"
    return got


# talk about the form or about herself, not about the project: never the text of a field
# ("人数说错了，是39个", "我去接杯水", "那还是改回新增吧")
_TALK = re.compile(r"说错|写错|搞错|弄错|记错|填错|打错|改回|改一下|刚才|稍等|等一下|等会儿?|"
                   r"(?:^|[，,。])我(?:先|再|又|得)?(?:去|问问|问一下|查查|查一下|找找|找一下|看看|看一下)")
# the field is not to be filled: "中长期不写", "这个是一年的项目，这项不填"
_NOT_FILLED = re.compile(r"(?:不写|不填|不用写|不用填|不需要写|不需要填|不必写|不必填|空着|先空着|写不了)(?:了|吧|啊)?(?:[。！!]?$|[，,；;](?=.))")


def _talk(path: str, text: str) -> str:
    """Why ``text`` is no content for a free-text field: "skip" (she says it stays empty), "talk", or ""."""
    t = A.prep(text).strip()
    if len(t) <= 40 and _NOT_FILLED.search(t):
        return "skip"
    return "talk" if _TALK.search(t) else ""


def _text(path: str, text: str, ctx: Context) -> Got:
    got = Got()
    t = plain(_strip_label(path, plain(text, True)), True)
    if not t or NON_ANSWER.match(A.prep(t)) or len(re.sub(r"[\W_]", "", t)) < 4:
        got.miss = "non_answer" if t else "no_value"
        return got
    if _talk(path, text):
        got.miss = _talk(path, text)
        return got
    if _ONE_ROW.match(A.prep(t)) and not path.startswith("goals"):
        got.miss = "indicator"           # "群众满意率九成以上吧" at 立项依据: an indicator, not this field
        return got
    got.add(path, as_written(re.sub(r"^[，,；;、\s]+|[，,；;、\s]+$|(?:其他|其余|别的)的?[，,]?$", "", t)).strip("，,；; "), text)
    return got


# a message that is one indicator and nothing else: a name ending in 率/度/量/数…, a bound, a figure
_ONE_ROW = re.compile(r"^[\u4e00-\u9fa5]{2,14}?(?:率|度|比例|占比|覆盖面|合格数|完成数)\s*(?:要|能|应|可以)?\s*(?:达到|不低于|高于|超过|在|为|保持在|≥|>=|≧|>|大于等于|大于)?\s*"
                     r"(?:\d+(?:\.\d+)?\s*[%％]|百分之[零一二三四五六七八九十百点\d.]+|[一二三四五六七八九]成[一二三四五六七八九]?|\d+(?:\.\d+)?\s*(?:个点|分))"
                     r"\s*(?:以上|以内|左右|及以上)?\s*(?:吧|吗|呢|啊|哈|呀)?[。！!.]*$")


def _code(path: str, text: str, ctx: Context) -> Got:
    return Got.one(path, A.function_code(cn_digits(A.prep(text))), text)


_DEPT_CODE = re.compile(r"(?<![\d.\-])(\d{3,15})(?![\d.\-]|\s*(?:年|月|日|万|元|个|人))")


def _dept_code(path: str, text: str, ctx: Context) -> Got:
    m = _DEPT_CODE.search(A.prep(text))
    return Got.one(path, m.group(1) if m else "", text)


# both kinds named side by side ("新增和延续有啥区别", "新增还是延续"): she weighs them, she does not answer
_BOTH_KINDS = re.compile(r"(?:新增|新项目)\s*(?:和|与|跟|还是|或者?|或是|/|、)\s*(?:延续|续建)|(?:延续|续建)\s*(?:和|与|跟|还是|或者?|或是|/|、)\s*(?:新增|新项目)")
# "2023年开始做的", "从22年起就有": the year it began, against the budget year (never the budget year itself)
_BEGAN = re.compile(r"(?:从|自)?((?:19|20)?\d\d)\s*年(?:就|起|份)?(?:就|已经)?(?:开始|起)(?:做|搞|实施|干|弄|有)?")


def _attribute(path: str, text: str, ctx: Context) -> Got:
    t = A.prep(text)
    if _BOTH_KINDS.search(t):
        return Got()
    began = _BEGAN.search(t)
    if began and not A.attribute(t):
        y = int(began.group(1))
        y += 2000 if y < 100 else 0
        year = ctx.year or ctx.this_year
        return Got.one(path, ("延续" if y < year else "新增") if year else "", text)
    return Got.one(path, A.attribute(t), text)


def _period(path: str, text: str, ctx: Context) -> Got:
    got = Got()
    w = when.period(text, ctx.this_year, ctx.year)
    got.notes += w.notes
    if w.start:
        got.add("start", w.start, text)
    if w.end:
        got.add("end", w.end, text)
    if not w.start and not w.end:
        got.miss = "no_year" if w.no_year else "no_value"
    return got


def _month(path: str, text: str, ctx: Context) -> Got:
    got = Got()
    m, notes = when.month(text, ctx.this_year, ctx.year)
    got.notes += notes
    if m:
        got.add("start" if path == "start_only" else "end", m, text)
    else:
        got.miss = "no_value"
    return got


def _year(path: str, text: str, ctx: Context) -> Got:
    got = Got()
    y, notes = when.year_of(text, ctx.this_year)
    got.notes += notes
    if y:
        got.add("year", y, text)
    else:
        got.miss = "no_value"
    return got


def _date(path: str, text: str, ctx: Context) -> Got:
    got = Got()
    d = when.date_of(text, ctx.today, None if path == "fill_date" else ctx.year)   # the day she fills it in: this year's
    if d and re.search(r"今天|今日|当天|今儿|today", text, re.I):
        got.fills.append(Fill(path, d, kind="computed", detail=f"按今天（{d}）", primary=True))
    elif d:
        got.add(path, d, text)
    else:
        got.miss = "no_value"
    return got


def _count(path: str, text: str, ctx: Context) -> Got:
    got = Got()
    t = A.prep(text)
    m = re.search(_NUM + r"\s*(?:个人|个|人|名|位)(?!次)", t) or re.fullmatch(r"\s*(?:是|有)?\s*" + _NUM + r"\s*", plain(t))
    n = A.to_number(m.group(1)) if m else None      # a count of people, or a number alone: never "2020全年"
    if n:
        got.facts["headcount"] = n
    else:
        got.miss = "no_value"
    return got


def _monthly(path: str, text: str, ctx: Context) -> Got:
    got = Got()
    am = A.amounts(A.prep(text))
    if am:
        got.facts["monthly"] = round(am[0][2] * 10_000, 4)
    else:
        m = re.search(_NUM, A.prep(text))
        n = A.to_number(m.group(1)) if m else None
        if n:
            got.facts["monthly"] = n
        else:
            got.miss = "no_value"
    return got


def _money(path: str, text: str, ctx: Context) -> Got:
    """One amount (a correction of 上年结转, a budget item's amount …); a bare number is 万元."""
    got = Got()
    t = A.prep(text)
    am = A.amounts(t)
    n = am[0][2] if am else None
    if n is None:
        m = re.search(r"(?<![\d.])" + _NUM + r"(?![\d.]|\s*(?:%|年|月|" + A.MEASURE + r"))", t)
        n = A.to_number(m.group(1)) if m else None
        if n is None and re.search(r"^(?:没有|无|0|零|没)", plain(t)):
            n = 0.0
    if n is not None:
        got.add(path, n, text)
    else:
        got.miss = "no_value"
    return got


def _funding(path: str, text: str, ctx: Context) -> Got:
    from .extract import funding_fills
    got = Got()
    got.fills = [f for f in funding_fills(A.prep(text), primary=True, facts=got.facts)]
    for f in got.fills:
        f.detail = text
    if not got.fills and not got.facts:
        got.miss = "no_value"
    return got


def _items(path: str, text: str, ctx: Context) -> Got:
    from .extract import budget_items
    got = Got()
    t = plain(_strip_label(path, plain(text)))
    items, single = budget_items(A.prep(t), ctx)
    if items:
        got.add("budget_items", items, text)
        return got
    named = re.match(r"^(?:就是|都是|全是|只有|就)?(.{2,20}?)(?:这)?(?:就|只有)?一项$", t)
    if single or named or (t and len(t) <= 20 and not _SENTENCE.search(t) and not re.search(r"[\d，,。]", t)
                           and not NON_ANSWER.match(t)):
        got.facts["single_item"] = True  # "就一项" / "见习补贴一项" / "就是发给老人的津贴": one item, the whole total
        rest = re.sub(r"^[，,：:\s]+|[，,：:。\s]+$", "", re.sub(r"(?:就|只有|只)?(?:这)?一项(?:就是|是|叫)?|不分项|不用分", "", t)) if single else ""
        name = (named.group(1) if named else (rest if 2 <= len(rest) <= 20 and not _SENTENCE.search(rest)
                                              and not re.search(r"[\d，,。]", rest) else "")
                if single else re.sub(r"^(?:就是|都是|全是|只有)", "", t))
        if name and not re.search(r"^(?:就|只有|只|这)$", name):
            got.facts["single_name"] = name
    else:
        got.miss = "no_value"
    return got


def _goals(path: str, text: str, ctx: Context) -> Got:
    got = Got()
    if _talk(path, text):
        got.miss = _talk(path, text)
        return got
    t = _strip_label(path, plain(text, True))
    t = re.sub(r"^[^：:\d]{1,14}[：:]\s*(?=\S)", "", t) if not re.match(r"^目标\s*\d", t) else t   # "我自己写：…"
    goals = [plain(g, True) for g in re.split(r"[\n；;]+|(?<=[。！!])(?=.)", t) if plain(g)]
    goals = [re.sub(r"^(?:目标\s*\d+|\d+)\s*[:：、.．]\s*", "", g) for g in goals]
    goals = [g for g in goals if len(g) >= 4 and not NON_ANSWER.match(g)]
    if goals:
        got.add(path, [as_written(g) for g in goals], text)
    else:
        got.miss = "non_answer" if t else "no_value"
    return got


_READERS = {"name": _name, "org": _org, "person": _person, "phone": _phone, "text": _text, "code": _code,
            "dept_code": _dept_code, "attribute": _attribute, "period": _period, "month": _month, "year": _year,
            "date": _date, "count": _count, "monthly": _monthly, "money": _money, "funding": _funding,
            "items": _items, "goals": _goals}

__all__ = ["Got", "Hedge", "read", "hedges", "plain", "cn_digits", "NON_ANSWER"]
