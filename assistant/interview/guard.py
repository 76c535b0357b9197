"""What may stand as a name in the form, and what a message that asks or says nothing is. Pure.

    bad_name("产能那个改成")        # "改成"：a correction's words are not a measure
    bad_name("新增粮食产能")        # ""
    asks("立项依据一定要有文号吗")    # True: a question back stores nothing
    wordless("jjjj")               # True: no Chinese word and no number: unclear

An indicator's or a budget line's name is a noun phrase that reads as a measure or a cost: never
the words of a correction or of talk (改成, 说错了, 刚才, 那个, 我, 吧 …), a lead-in (就是, 那就,
定个 …) or a fragment (是每件, 除了第). ``bad_name`` is checked by the gate (gate.py) on every fill
of a row, from the offline reader, a model's patch or a pick, so such text is asked about, never
stored.
"""
from __future__ import annotations

import re

# the words of a correction, of talk about the form, of a sentence: never inside a measure's name
_TALK_WORDS = re.compile(
    r"改成|改为|改一下|改下|(?<![更替])换成(?!本)|换一个|换个|变成|不是|不对|没错|说错|写错|写多|写少|多写|少写|少说|多说|数错|算错|搞错|弄错|"
    r"打错|错了|应该|刚才|刚刚|昨天|前天|报上来|重新(?!认定|评定|评估|核定|审定|鉴定|登记|注册|安置|就业|备案|认证)|相应|跟着|估高|估低|除了|再加|加上|另外|还有|所以|因为|如果|然后|别的|剩下|"
    r"才对|具体数|我问|问了|找找|那个|这个|那项|这项|那些|这些|那一|这一|(?<!自)我|你|咱|他们|她|"
    r"(?<![及岁大般])以上|(?<![及岁大般])以下|以内|左右|不低于|不少于|不超过|要在|第(?![\d一二三四五六七八九十]|三方)|[吧呢吗啊呀哈嘛哦嗯噢]|是(?!否)|[×*=+＝＋]|去年|今年|明年")
JIU = r"就(?![业餐医诊学读近])"      # 就 as "then"/"just", never the first character of 就业, 就餐, 就医 …
_LEAD = re.compile(r"^(?:但|的|了|按(?=每)|按照|" + JIU + r"|那|也|还是|又|都是|得|换(?=[成为个一下掉了有些那这上回到])|再(?=加|来|写|填|补|添|增|上|说|改|弄|搞)|定(?![点期额向制位型时])|写|填上|跟(?!踪|进|班|随)|和|或|及(?!时)|第(?![\d一二三四五六七八九十]|三方)|把|将|要|能(?!力|耗|源|繁|效|级))")
_TAIL = re.compile(r"(?:的|了|第|在|要|把|和|或|(?<!涉)及|也|都|就|还|那|这|个|(?<![事款选立专])项)$")
_CJK = re.compile(r"[\u4e00-\u9fa5]")
# another field of the form at the head of a name: "总额", "自筹还", "负责人电话" are no rows
_FIELD_HEAD = re.compile(r"^(?:总额|总数|总金额|总经费|总预算|总投资|钱数|钱|自筹|结转|上年结转|财政拨款|本年预算|本年度预算|其他资金|"
                         r"负责人|联[系络]人|电话|手机|填报人|项目名称|项目名|名字|主管部门|项目单位|单位名称|预算年度|年份|实施期限)")
# the words around a name in speech: "那就定残疾人满意度", "群众满意度得有个", "学生满意度也"
_LEAD_IN = re.compile(r"^(?:改成|改为|(?<![更替])换成(?!本)|那" + JIU + r"|那么|那|" + JIU + r"|再加上|再加|还有|另外|加上|写(?!作)|定个|定为|定(?![点期额向制位型时])|填上|也)+")
_TAIL_TALK = re.compile(r"(?:改成|改为|(?<![更替])换成(?!本)|应该是|应为|得有个|得有|得|也是|也|嘛|吧|呢|啊|呀)+$")


def clean_name(name: str) -> str:
    """A name said in a sentence, without the lead-in and the talk after it (kept when little is left)."""
    n = _TAIL_TALK.sub("", _LEAD_IN.sub("", name.strip()))
    return n if len(_CJK.findall(n)) >= 2 or not _CJK.search(n) else ""


# a figure with its measure inside a name ("村户籍人口6832人数量"): the value was read into the name
_FIGURE_INSIDE = re.compile(r"\d+(?:\.\d+)?\s*(?:人次|人|个|户|名|吨|套|件|次|所|座|公里|千米|米|亩|万元|元|台|辆|场|期)(?=[\u4e00-\u9fa5])")


# what a line holds, said in brackets in its name: "工业机器人实训室（含6台六轴机器人）" — part of the name, not its value
_CONTENTS = re.compile(r"[（(](?:含|包含|包括)[^（）()]{1,30}[）)]")


# a name that is only a distributive ("每人", "每户", "每个村"): the unit of a rate, not what is measured
EACH_ONLY = re.compile(r"(?:每|各)(?:个|一)?[\u4e00-\u9fa5]{1,2}?(?:人|户|村|家|所|月|年|季度?|周|天|日|次|场|名|位|处|座|个)?")


# a place and nothing else: "下游", "全县", "沿线各村" — where it happens, not what is measured
PLACES = r"(?:上游|中游|下游|周边|沿线|沿岸|两岸|辖区|县城|城镇|城市|城区|农村|乡镇|山区|牧区|社区|街道|本地|当地|县里|市里|县|市|区|镇|乡|省|村)"
PLACE_ONLY = re.compile(r"(?:本|全|各|该)?" + PLACES + r"(?:各村|各乡镇|各社区|范围|内|里|以内)?")


def bad_name(name: str) -> str:
    """Why ``name`` cannot be an indicator's or a budget line's name ('' when it can)."""
    if re.search(r"[\u4e00-\u9fa5]\s+[\u4e00-\u9fa5]", name or ""):
        return "像几句话"                  # "上回审计来查得可严了 都不能错": clauses, not a measure
    if _FIGURE_INSIDE.search(_CONTENTS.sub("", name or "")):
        return "数值在名称里"
    if re.search(r"了(?!解)|[。！？!?；;]", name or ""):
        return "像一句话"
    n = re.sub(r"\s+", "", name or "")
    if len(_CJK.findall(n)) < 2 and not re.fullmatch(r"[A-Za-z]{2,}[\u4e00-\u9fa5]?", n):
        return "太短"
    if len(n) > 30:
        return "像一句话"
    if PLACE_ONLY.fullmatch(n):
        return "只说了地方，没说衡量什么"    # "下游1.8万人": where, not what is measured (下游受益人口)
    f = _FIELD_HEAD.match(n)
    if f:
        return f"是表里的「{f.group(0)}」"
    m = _TALK_WORDS.search(re.sub(r"[（(][^（）()\d]{1,20}[）)]", "", n))   # "排查监测（无人机+人工）": what the line covers
    if m:
        return f"含“{m.group(0)}”"
    if _LEAD.search(n) or _TAIL.search(n) or _unbalanced(n):
        return "不完整"
    return ""


_OPEN, _CLOSE = "（([【「《", "）)]】」》"


def _unbalanced(n: str) -> bool:
    """A name cut inside its brackets ("作业经费（" of "作业经费（2026年）", "2026年）" left over): a bracket opened and never
    closed, or closed and never opened, in either script."""
    depth = 0
    for ch in n:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
            if depth < 0:
                return True
    return depth > 0


def bad_row(name: str, value: str) -> str:
    """Why an indicator row cannot stand: its name, its value, or a name that is only a distributive
    ("每人") beside a value with no figure ("每月一回"): how often something is done, no measure named."""
    why = bad_name(name) or bad_value(value)
    if not why and EACH_ONLY.fullmatch(re.sub(r"\s+", "", name or "")) and not re.search(r"\d", value or ""):
        why = "只是“每…”，没有说量的是什么"
    return why


# words that carry nothing: a value made of them alone ("和", "的") is no value
_EMPTY_WORDS = re.compile(r"[和与及或跟同的了吧呢啊呀也都就还是]")


def bad_value(value: str) -> str:
    """An indicator value that holds talk ("分类运输车,刚才写得不准") or only a joining word ("和": the
    rest of a sentence cut at the wrong place) is no value."""
    v = re.sub(r"\s+", "", value or "")
    m = re.search(r"改成|改为|(?<![更替])换成(?!本)|说错|写错|写得|刚才|刚刚|不准|[吧呢吗]|(?<!自)我|你", v)
    if m:
        return f"含“{m.group(0)}”"
    words = re.sub(r"[=≥≤<>＝≧≦~～\-—.,，。、:：%％]", "", v)
    if words and not re.search(r"\d", words) and not _EMPTY_WORDS.sub("", words):
        return "没有数值"
    if re.match(r"[十百千万亿](?![分])", words):
        return "没有数值"                # "万人" of "受益群众上万人", "百人次" of "服务数百人次": a size, no figure
    return ""


# a question back: …吗 / …呢 / 算啥 / 怎么 / 要不要 / A还是B …
# 呢 after a state, a figure or a done thing closes a statement, not a question: "冻着呢", "没有呢", "89元呢", "不用了呢"
NOT_ASKING_NE = r"(?<![着了的有哒哦\d%元万个人次户项])"
# "地还冻着呢", "忙着呢", "也没有呢", "不用了呢", "89元呢": a state said, no question ("成本呢？" asks)
# 么 closes a question after a word that asks ("行么", "是这个么", "要填么"); after a value it is a particle of the
# Northwest ("县农业农村局么", "今年一整年么"): said, not asked
ASKING_ME = r"(?:(?:(?<=[是对行好要能会以有该用填写算成])|(?<=这个|那个|这样|那样|这些|那些))么\s*[？?]?|么\s*[？?])"
_ASK_END = re.compile(r"吗\s*[？?]?\s*$|" + ASKING_ME + r"\s*$|呢\s*[？?]\s*$|" + NOT_ASKING_NE + r"呢\s*$")
_ASK_WORD = re.compile(r"算啥|算什么|算哪|算不算|要不要|用不用|需不需要|需要不|能不能|有没有必要|(?:可否|能否)[^，,。；;！!？?]{1,10}[？?]\s*$|"
                       r"怎么|咋|如何|为什么|为啥|什么|(?:写|填|设|用)(?:个|点)?啥|哪个|哪一|哪种|哪些|多少合适|填哪|"
                       r"有啥(?!说啥)|啥(?:区别|不同|不一样|关系)|有何(?:区别|不同)|区别在哪|一样不一样|是不是一样|有区别")
# "会不会公开？", "可不可以不填？", "审计查不查这个？": a verb asked as itself or not, something after it, then the
# question mark ("是不是这个？", "中不中？", "对不对？", "行不行？" are her answer said unsure: a tag, no question back)
_A_NOT_A = re.compile(r"(?<![是对中行好])([\u4e00-\u9fa5])不\1(?<![是对中行好]不[是对中行好])[^，,。；;！!？?]{1,14}[？?]\s*$|可不可以[^，,。；;！!？?]{1,14}[？?]\s*$")
# "2070399？" / "新增?" / "是不是这个" / "中不中？": her answer, said unsure — not a question back
_UNSURE = re.compile(r"不知道|不清楚|不晓得|说不清|说不准|不会|不懂|拿不准|不确定|记不清")
_STILL = r"(?!旧|老的|原来|以前|之前|去年|错|没|不(?!是)|那样|这样|一样)"     # "…还是旧的": still so, no choice of two
_ALT = re.compile(r"(?:是|算|(?:填|写|用)(?![表报]))(?!.{0,12}(?:都行|都可以|都一样)).{0,12}还是" + _STILL + r".{1,14}?(?:啊|呀|呢|吗|[？?])?\s*$|"     # "A还是B啊": which of two
                  r"^还是.{1,16}[？?]\s*$")                                       # "A？还是B？"
_WHICH = re.compile(r"还是" + _STILL + r".{1,12}(?:[？?]|$)|算啥|算什么|算哪|哪个|哪一|哪种|填哪|"
                    r"(?:你|您)(?:有什么|有啥)?(?:建议|推荐|觉得|看)(?:一下)?(?:该|应该|可以|能)?(?:写|填|用|设)(?:个|点)?(?:啥|什么|哪)")
#                   "你建议写啥？", "您看该填什么？": she asks what to put — the words around it are her doubt, no value


def asks(clause: str) -> bool:
    """The clause is a question back."""
    c = (clause or "").strip().strip("。！!，, ")
    if not c:
        return False
    if _A_NOT_A.search(c):
        return True                      # "报上去以后会不会公开？": a yes-or-no question of hers (不会 is no 不知道)
    if _UNSURE.search(c):
        return False                     # "不知道怎么写": she does not know (acts.py), no question back
    return bool(_ASK_END.search(c)) or bool(_ASK_WORD.search(c)) or bool(_ALT.search(c))


def asks_which(clause: str) -> bool:
    """A question that says she does not know the value (算啥？A还是B？填哪个？): what she said around it
    is her doubt, not her answer."""
    return asks(clause) and (bool(_WHICH.search(clause)) or bool(_A_NOT_A.search(clause)))
    #                                     ("明细那张表有合并单元格，粘过来会不会乱？": what she says is why she asks)


# sounds and pointing words that say nothing: "sdfg 那个那个" is as wordless as "sdfg"
_HOLLOW = re.compile(r"那个|这个|那啥|这啥|啥的|就是|然后|嗯+|呃+|额+|啊+|哎+|唉+|诶+|噢+|哦+|emm+|[那这]", re.I)


def wordless(text: str) -> bool:
    """No Chinese word and no number once the sounds and pointing words are gone: nothing can be read
    from it ("jjjj", "???", "…", "sdfg 那个那个")."""
    t = (text or "").strip()
    if not t or re.search(r"\d", t):
        return False
    return not _CJK.search(_HOLLOW.sub("", t))


__all__ = ["PLACES", "asks", "asks_which", "bad_name", "bad_row", "clean_name", "bad_value", "wordless"]
