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

from . import answers as A
from . import fields as F
from . import when
from .blocks import is_list
from .slips import enumerated
from .extract import FUNDING_PARTS, a_price, funding_part
from .answers import Context, Fill
from .speech import _NUM, Hedge, as_written, cn_digits, hedges, plain
from .got import _SENTENCE, NAME_END, NON_ANSWER, Got, no_such  # noqa: F401 (the readers' API)
from .got import _TITLES
from .contacts import _PHONE as _PHONE_NUMBER
from .got import strip_label as _strip_label
from .whom import _org, _person, _phone, weighed  # noqa: F401 (weighed: the readers' API)

_NOT_A_NAME = re.compile(r"跳过|不对|不知道|错了|返回|上一步|改一下|什么|^\d+$|"
                         r"^(?:今年|明年|去年)(?!的)|^(?:我们|咱们)|(?:要|想|准备|打算|需要)(?:报|申报|搞|做|弄|申请|填)|"
                         r"(?:报|搞|做|弄|申请|填)(?:一个|个|了个)|一个项目$|的$|"
                         r"^(?:一年|每年|每月|每个月|每天|每人|一个月)(?!度)|"   # a clause about a project, not its name
                         r"^(?:都|也|还)?(?:一直|从来|从没|始终|向来|一向|历来)|"      # "（名字）一直没变过": what it always was
                         r"(?:那个|这个|那样|这样|一样|老样子)$|^(?:就(?![业医诊读学近地])|好像|像是|大概|可能|应该|估计)|"   # a pointer, a guess: "就那样", "好像是去年那个"
                         # how to edit it, never the name: "前边得补上年份", "末尾括号中的（一期）去掉", "后面加上二期"
                         r"(?:前面|后面|开头|末尾|最后|中间|括号里)[^，,。；;]{0,8}?(?:加|添|补|删|去掉|去了|改|换)|"
                         r"(?:删掉|删了|删去|去掉|去了|拿掉|不要了?)$|"
                         r"有点|有些(?!地区|村|乡)|不太|不大好|不好意思|挺好|还行|"   # how she is ("手有点抖"), never a name
                         r"(?:说|念|读|看|查|找|问|翻|对)一下|照着|等一下|稍等")   # what she is doing ("照着文件说一下")


# --- readers by kind ------------------------------------------------------------------

# a sum reckoned before it is said ("120本×0.5万=60万", "3组×4人×2万=24万"): the amount is what follows "="
RECKONED = re.compile(r"\d[\d.]*\s*[\u4e00-\u9fa5]{0,2}(?:\s*[×xX*]\s*\d[\d.]*\s*(?:万元|万|元|块)?[\u4e00-\u9fa5]{0,2})+\s*[=＝]\s*(?=\d)")


def read(path: str, text: str, ctx: Context) -> Got:
    kind = "funding" if path == "funding" else F.kind(path)
    if path in FUNDING_PARTS or kind == "money":
        text = RECKONED.sub("", text)
    text = F.but_not(text) if kind in ("person", "org", "name", "code", "attribute", "phone") else text
    if path in FUNDING_PARTS:
        return funding_part(path, text, ctx)
    return _READERS.get(kind, _text)(path, text, ctx)


# "…维修养护这个项目", "…维修这个事": the words pointing at the project are not its name ("这个项目" is
# "项目"; the thing pointed at keeps its own words)
_POINTED = re.compile(r"(?<=[\u4e00-\u9fa5])(?:这个|那个|这项|那项|这一|这)(项目)?(?:的?事儿?|的?活儿?|的?工作)?(?=[吧啊呀哈呢。！!]*$)")


# "我们单位报的是…", "今年要申报的项目叫…": the lead-in of the name she reports
_REPORTED = re.compile(r"^(?:我们|咱们|我|俺们?)?(?:单位|这边|局里|中心|站里)?(?:今年|明年|这次|这回)?(?:要|想|准备|打算)?"
                       r"(?:报|申报|申请|做|搞)的(?:项目)?(?:名字|名称)?(?:就)?(?:是|叫)")


# "我们村里的饮水安全巩固提升工程": whose it is, not its name
_OURS = re.compile(r"^(?:我们|咱们|俺们?)(?:村|镇|乡|社区|县|区|市|局|单位|学校|中心|站|所|院|队|街道)(?:里|上|这边)?的(?=[\u4e00-\u9fa5]{4})")


_DAY = re.compile(r"^(?:今天|明天|昨天|今日|本月|下个?月|上个?月|月底|年底)$|^[\d\s年月日号./\-－至到~]+$")
_OF_PROJECT = re.compile(r"(?<=[\u4e00-\u9fa5]{2})的项目$")     # "老年人健康管理的项目" → …管理项目


def _pointed(t: str) -> str:
    m = _POINTED.search(t)
    return t[:m.start()] + (m.group(1) or "") if m and (m.group(1) or m.group(0)[-1] in "事儿活作") else t


# a count and nothing else ("4处", "12个人", "一共320盏"): no name
_COUNT_ONLY = re.compile(r"^(?:一共|总共|总计|合计|共计|共有|一共有|共|约|大约|大概|差不多|将近|有|计)?"
                         r"[≥≤=><约近]?\s*(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万]*)\s*(?:多|余)?\s*"
                         r"(?:[个位名人处座台套辆户次场期项条件本册所家间栋亩米吨%盏根棵株头只匹张把块组批部辆艘架眼口座]|平方米|公里|千米)(?:人|次)?"
                         r"(?:左右|上下|多)?$")


# what a sentence says of the work, never words of its name: "每年都要做的常规工作", "局里在搞的事"
_DOING = r"(?:做|干|搞|办|弄|要|在|会)的|都要|也要|每年都|一直都|还要"


# the name given by the words that give a name: 就叫 / 名叫 / 名为 / 项目叫 / 我们叫 … (项目系: 是 in Hakka, Cantonese)
_CALLED = re.compile(r"(?:(?:一直|从来|向来|一向|历来|每年都|年年都|都)叫|就叫|叫做|名叫|名为|名曰|项目(?:就)?(?:叫|系)|名字(?:就)?(?:叫|是)|名称(?:就)?(?:叫|是)|定名为|题目是|"
                     r"^(?:我们|咱们|俺们|我们这个|咱|俺)(?:的)?(?:项目)?(?:就)?叫)\s*[“「《]?([^，,。；;！!？?“”「」《》\s]{4,30})")


# a request's or a notice's title given for the name: "关于申请X的请示", "关于下达X的通知" — X, without the wrapper
_TITLED = re.compile(r"关于(?:申请|申报|请求|拨付|下达|安排|追加|预拨)?((?:(?:19|20)\d\d\s*年度?)?[\u4e00-\u9fa5A-Za-z0-9（）()]{4,30}?)"
                     r"(?:初步设计|可行性研究报告|可研报告|实施方案|建设方案|设计方案)?的?(?:请示|报告|申请|通知|函|批复|方案)")


def _called(text: str) -> str:
    called = _CALLED.search(A.prep(text))
    if called and not re.search(r"[我你咱]|^(?:一个|这个|那个|啥|什么)", called.group(1)) and not A.amounts(called.group(1)) \
            and not _SENTENCE.search(called.group(1)):
        return _pointed(re.sub(r"(?:吧|吗|呢|啊|呀|哈|啦|咯|嘛|呗)$", "", called.group(1)))
    return ""


# more than one project in one answer: "有两个项目要报，一个是X，一个是Y", "X和Y两个项目" — no one name of them
_SEVERAL = re.compile(r"(?:两|二|俩|三|仨|几|多|2|3)个项目|一个(?:是|叫)[^，,。；;]{2,30}[，,；;]\s*(?:另|还有|再)?一个(?:是|叫)")


def several_projects(text: str) -> bool:
    """The answer names more than one project and not the one to fill first."""
    return bool(_SEVERAL.search(A.prep(text))) and not re.search(r"先(?:报|填|弄|做|写)|先说", text)


def _name(path: str, text: str, ctx: Context) -> Got:
    got = Got()
    if path == "project_name" and several_projects(text):
        got.miss = "several"             # which one this form is for is hers to say (one form, one project)
        return got
    if is_list(text):                    # several items: not one name (blocks.py)
        if path == "project_name" and _called(text):
            got.add(path, _called(text), text)    # "开车呢 语音说 项目叫X": speech with no stops, the name she gives
            return got
        got.miss = "list"
        return got
    t = _pointed(plain(_strip_label(path, plain(text))))
    t = _OURS.sub("", _REPORTED.sub("", t))
    t = re.sub(r"^(?:那|那就|就)?先(?:报|填|弄|做|写|说)(?:一下)?(?:这个|那个)?\s*", "", t)   # "先报老年食堂补助吧": the one first
    t = re.sub(r"^(?:我们|咱们|俺们|我哋|伲|阿拉|阮|俺)(?:的|格|个|嘅|额|滴)?(?=(?:这个)?项目)", "", t)   # "伲格项目叫…": ours
    t = re.sub(r"^(?:就|(?:应该|应|好像|可能|也许)(?:是)?|我们的项目|这个项目|项目)?\s*(?:是\s*(?=叫))?(?:是|叫做|叫|为|名为)\s*|^项目系\s*", "", t)   # (系: 是 in Hakka;
    #                                  "好像是叫…": the name she gives unsure of it)
    t = re.sub(r"^(?:(?:你|您|恁|你们)(?:就|直接|先)?|就|直接)(?:写|填)(?:成|上|作|做)?\s*(?=\S{2})", "", t)   # "恁就写X": X
    t, when_said = _undated(plain(t).strip("“”\"'「」《》【】…?？ "), ctx)
    titled = _TITLED.fullmatch(t)
    if titled:                           # "关于申请2027年…补助资金的请示": a document's title; the project is what it is about
        t, when_said = titled.group(1), when_said + [f"项目名称取了文件标题里的“{titled.group(1)}”，不对请直接改。"]
    t = re.sub(r"^[^：:，,。]{1,14}[：:]\s*(?=\S)", "", t)      # "批复上写的是：…": a name holds no colon; what leads to it goes
    lead, colon, after = re.split(r"([：:])", t, maxsplit=1) if re.search(r"[：:]", t) else (t, "", "")
    if colon and re.search(r"[，,。；;]", lead) and not re.search(r"[，,。；;！!：:]", after.strip(" 。")) \
            and not any(w in re.split(r"[，,。；;]", lead)[-1] for w, _ in F._words()):
        t = after.strip(" 。")            # "…，手有点抖，照着文件念：X": her talk, then what she reads out — X
    t = re.sub(r"^(?:项目名称|项目名字|项目|名称|名字)\s*(?:是|叫做|叫|为|名为)\s*(?=\S{2})", "", t)    # "…吧：项目叫…": its lead-in too
    aside = re.match(r"^(.{2,40}?)\s*[（(]([^（）()]*)[）)]$", t)
    if aside and re.search(r"去年|今年|以前|原来|就叫|一样|名字|这个|那个|领导|科长", aside.group(2)):
        t = aside.group(1)               # "…补助（去年就叫这个）": the remark is not the name
    ok = t and 2 <= len(t) <= 40 and not _SENTENCE.search(t) and not re.search(r"[，,。；;！!]", t) \
        and not A.amounts(t) and not NON_ANSWER.match(t) and not _NOT_A_NAME.search(t) and not F.is_field_word(t) \
        and not _DAY.match(t) and not _COUNT_ONLY.match(t) \
        and not re.search(r"了(?!解)", t) and not unit_name_only(t)
    # "今天", "3月9日": a day is no name; nor "4处", "12个人"; "局里聘了12个…" is a sentence; "市信访局" is the unit
    if ok and re.search(r"[“「《].+[”」》].", t) and _called(text):
        ok = False                       # "此项目名曰“…”是也": the name in quotes, the words around it no part of it
    if ok:
        got.add(path, _OF_PROJECT.sub("项目", t), text)
        got.notes += when_said
        return got
    called = _called(text)
    if called:
        got.add(path, called, text)   # "…报个营养餐的项目，就叫X": the name she gives
        return got
    m = re.search(r"(?:叫|是|报|申报|做|搞|填)(?:的是|一个|个|那个|这个|这么个|那么个)?\s*[“「《]?([^，,。；;！!？?“”「」《》\s]{2,30}?" + NAME_END + r")"
                  r"(?![\u4e00-\u9fa5])", A.prep(text))
    if m and not re.search(r"[我你咱]|^(?:一个|这个|那个|个|新|项目|啥|什么)|" + _DOING, m.group(1)) and len(m.group(1)) >= 4:
        name, when_said = _undated(_pointed(m.group(1)), ctx)
        got.add(path, _OF_PROJECT.sub("项目", name), text)
        got.notes += when_said
        return got
    got.miss = "org" if unit_name_only(t) else "non_answer" if t and NON_ANSWER.match(t) else "day" if _DAY.match(t) else \
        "count" if _COUNT_ONLY.match(t) else ("sentence" if t else "no_value")
    return got


def _undated(t: str, ctx: Context) -> tuple[str, list[str]]:
    """A name opened by a relative year ("明年的狂犬病…经费", "今年狂犬病…经费"): the name without it, and the year it
    means said back (the year itself is read as a fact of the project by extract.py)."""
    m = re.match(r"^(今年|明年|去年|本年度?)(?:的|度的?)?(?=[\u4e00-\u9fa5]{4})", t)
    after = re.search(r"(?<=[\u4e00-\u9fa5]{4})(?:\s+|\s*[，,]\s*)(?:(?:19|20)\d\d\s*年度?|(今年|明年|去年))的?(?:项目)?$", t)
    if after:                            # "古树名木保护 2027年的": the year she adds after the name
        t, m = t[:after.start()], after if after.group(1) else None
    if not m:
        return t, []
    year = (ctx.this_year or 0) + when.RELATIVE.get(m.group(1), 0)
    return (t[m.end():] if not after else t), ([f"“{m.group(1)}”按{year}年理解。"] if ctx.this_year else [])


# talk about the form or about herself, not about the project: never the text of a field
# ("人数说错了，是39个", "我去接杯水", "那还是改回新增吧")
_TALK = re.compile(r"说错|写错|搞错|弄错|记错|填错|打错|改回|改一下|刚才|稍等|等一下|等会儿?|"
                   r"(?:^|[，,。！!\s])我(?:先|再|又|得)?(?:去|问问|问一下|查查|查一下|找找|找一下|看看|看一下)|"
                   r"^(?:那|要不|咱们?|我们)?(?:先(?:填|写|说|弄|搞|聊|讲)[\u4e00-\u9fa5]{1,6}?|[\u4e00-\u9fa5]{1,6}?先(?:填|写|说|弄|搞|聊|讲))(?:吧|的事|再说)")
# ("先填指标吧，…", "钱的事先说吧：…": another field first; what she gives is read for that field, never this text)
# the field is not to be filled: "中长期不写", "这个是一年的项目，这项不填"
_NOT_FILLED = re.compile(r"(?:不写|不填|不用写|不用填|不需要写|不需要填|不必写|不必填|空着|先空着|写不了)(?:了|吧|啊)?(?:[。！!]?$|[，,；;](?=.))")


# what she says of her figures, not of the project: "以上均为初步数据", "等评审后再改", "以财政批复为准"
_CAVEAT = re.compile(r"^(?:以上|上面|这些|前面|刚才)?(?:的|说的|报的)?(?:数据?|数字|金额|钱数)?(?:都|均|全)?(?:是|为)?"
                     r"(?:初步|暂定|临时|估算|预估|大概)的?(?:数据|数字|金额|数)?|(?:等|待)(?:评审|财政|批复|审核|领导)[^，,。]{0,6}(?:后|再|以后)|"
                     r"以(?:评审|财政|批复|审核|最终|上级|实际)+(?:结果|数据?|金额)?为准|(?:评审|批复|审核)(?:后|以后|完)(?:再|还)?(?:改|调整?|定|补)")


def _talk(path: str, text: str) -> str:
    """Why ``text`` is no content for a free-text field: "skip" (she says it stays empty), "caveat" (what she says of
    her figures), "talk", or ""."""
    t = A.prep(text).strip()
    if len(t) <= 40 and _NOT_FILLED.search(t):
        return "skip"
    if len(t) <= 30 and all(_CAVEAT.search(c) for c in re.split(r"[，,。；;！!]+", t) if c.strip()):
        return "caveat"
    return "talk" if _TALK.search(t) else ""


_GOAL_TOPIC = re.compile(r"^(?:(中长期|长期|远期|长远)|年度|今年|明年|当年|全年)(?:目标)?(?:(?:的话|来说|来看|嘛|呢)[，,\s]*(?:就是|是|嘛)?|[，,\s]*(?:就是|是))"
                         r"[，,：:\s]*(?=\S)")
# where her words turn from this year to the years after ("今年把23座管好，以后三年全部达标"), or back
_TO_LATER = re.compile(r"[，,；;。]\s*(?=(?:以后|今后|往后|将来|长远|长期|中长期|未来|再往后|[一二三两四五]年内|到20\d\d年))")
_TO_NOW = re.compile(r"[，,；;。]\s*(?=(?:今年|当年|本年|年内|明年|这一年))")


# the lead-in of her text: who wrote it or how she writes it now, up to the colon
_OWN_WORDS = re.compile(r"^[^：:\d。；;！!？?]{0,16}?(?:写|填|说|讲|贴过来|贴一下|改了一下|改了改|如下)[：:]\s*(?=\S)")
# what a meeting decided, its lead-in ("会议议定：", "经研究决定："): the decision is her text (for 立项依据 the meeting is
# the text itself)
_DECIDED = re.compile(r"^[^：:\d。；;！!？?]{0,16}?(?:议定|决定)(?:事项|如下)?(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十\d]{1,3}[条项])?[：:]\s*(?=\S)")


# the text pointed at, not given: "详见项目申报书", "见附表2", "具体见实施方案", "按文件执行"
_ELSEWHERE = re.compile(r"(?:(?:具体)?(?:详见|参见|请见|见|参照|参考|内容见|具体见)(?:本|该|此|上|下|后|所附|附)?(?:项目)?[\u4e00-\u9fa5]{0,8}?"
                        r"(?:附件|申报书|申请书|可研报告|可研|实施方案|方案|文件|材料|上表|附表|报告|批复|说明|书|表)[\d一二三四五六七八九十]*(?:内容|所述|说明)?|"
                        r"按(?:照)?(?:上级|相关|有关)?(?:文件|规定|要求|政策|方案)(?:执行|办|来|走|落实|要求)?)(?:即可|就行)?")
# "县里有文件，《…》", "上面下了个通知：《…》": that there is a document leads to its title, no part of the 依据
_HAS_PAPER = re.compile(r"^[^，,。；;：:《》\d]{0,6}?(?:有|发了|下了|出了|印发了)(?:个|一个|专门的|相关)?(?:文件|通知|政策|规定)[，,：:\s]*(?=《)")


def _text(path: str, text: str, ctx: Context) -> Got:
    from .acts import SOURCE_LEAD
    got = Got()
    t = plain(_OWN_WORDS.sub("", _strip_label(path, plain(text, True))), True)
    if (src := SOURCE_LEAD.match(t)) and src.group(0).rstrip().endswith(("：", ":")) and t[src.end():].strip():
        t = t[src.end():]                # "科长原话：…", "抄可研批复抬头：《…》": where it is from, no word of her text
    if path != "basis":
        t = _DECIDED.sub("", t)
    else:
        t = _HAS_PAPER.sub("", t)
    if not t or NON_ANSWER.match(A.prep(t)) or no_such(A.prep(t)) or len(re.sub(r"[\W_]", "", t)) < 4:
        got.miss = "non_answer" if t else "no_value"
        return got
    if _talk(path, text):
        got.miss = _talk(path, text)
        return got
    if _ELSEWHERE.fullmatch(A.prep(t).strip("，,。；; ")):
        got.miss = "elsewhere"           # "详见项目申报书", "按文件执行": where the text is, not the text
        return got
    if ((_ONE_ROW.match(A.prep(t)) or _SYMBOL_ROW.fullmatch(A.prep(t).strip("，,。；; ")) or _category_said(t))
            and not path.startswith("goals")) or \
            (path in ("basis", "necessity", "unit_functions") and _TARGET_ONLY.match(A.prep(t))) or \
            (not path.startswith("goals") and _WITHIN_ONLY.fullmatch(A.prep(t).strip("，,。 "))) or \
            (path == "unit_functions" and _targets(t)) or \
            (path == "basis" and _targets(t) and not re.search(r"纪要|文件|通知|意见|办法|方案|批复|决定|规划|条例|函|《|〔", t)):
        #   (counts beside a need may be its reason; "常务会议纪要第12次" is a document, its number no target)
        got.miss = "indicator"           # "群众满意率九成以上吧" at 立项依据: an indicator, not this field
        return got
    if path != "basis" and _DOCUMENT_ONLY.fullmatch(A.prep(t).strip("，,。；; ")):
        got.miss = "document"            # "《国家基本公共卫生服务规范（第三版）》" at 项目概况: a document's title, a 立项依据
        return got
    if path in ("basis", "necessity") and DUTIES.match(A.prep(t)) and not re.search(r"《|〔|[\[［]\d{4}[\]］]|\d+\s*号", t):
        got.miss = "duties"              # "负责全县气象监测预报和人工影响天气工作" at 立项依据: the unit's duties (部门职能)
        return got
    if path == "basis" and _WHY.search(t) and not _DOCUMENT.search(t):
        got.miss = "reason"              # "群众上下楼难，加装电梯很有必要" at 立项依据: why it is needed, no document
        return got
    if path in ("basis", "necessity", "unit_functions") and A.money_lines(t):
        from .extract import total_and_sources  # "维修管网材料费150万 设备更换70万" at 立项依据: budget lines, no document
        got.miss = "facts_unkept" if total_and_sources(t) else "money_lines"   # or reason; "600万，其中省级补助300万…":
        return got                       # the total and its sources
        return got
    other = _someone_else(path, t, ctx)
    if other:
        got.miss = other                 # "刘建国，主任" at 年度目标, "和单位负责人一样" at 中长期目标: no text of this field
        return got
    if path != "function_code" and re.match(r"^\s*(?:预算)?(?:功能)?(?:分类)?科目", A.prep(t)) \
            and A.function_code(cn_digits(A.prep(t))):
        got.miss = "facts"               # "科目我问了财务是二零四零二九九其他公安支出" at 项目概况: the subject's code
        return got
    if not path.startswith("goals") and facts_only(t):
        got.miss = "facts"               # "管护期是今年一整年，从1月1号到12月31号" at 项目概况: the period, not what is done
        return got
    t = _LATER_TAIL.sub("", t) or t      # "建几个智慧社区平台，具体我问问": what she will find out later is no text
    got.add(path, as_written(re.sub(r"^[，,；;、\s]+|[，,；;、\s]+$|(?:其他|其余|别的)的?[，,]?$", "", t)).strip("，,；; "), text)
    return got


# why a project is needed, and what a 立项依据 names (a document, a law, a meeting, an instruction)
_WHY = re.compile(r"很有必要|十分必要|非常必要|有必要|必要性|迫切|急需|亟需|老百姓(?:都)?盼|群众(?:都)?盼|呼声")
# documents named and nothing else: titles in 《》 with their 文号, or a 文号 alone ("晋水发〔2023〕12号")
_DOC_NUMBER = r"[\u4e00-\u9fa5]{1,8}[〔\[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]\s*\d+\s*号"
_DOCUMENT_ONLY = re.compile(r"(?:(?:依据|根据|按照|参照)(?:是|为)?[：:]?)?\s*(?:(?:《[^《》]{2,80}》\s*(?:[（(]\s*" + _DOC_NUMBER + r"\s*[）)])?|"
                            + _DOC_NUMBER + r"|" + r"[\u4e00-\u9fa5\d]{2,30}?(?:会议纪要|纪要|的通知|的批复|的意见|实施方案|管理办法|的决定)"
                            r"(?:第?[\d一二三四五六七八九十]+(?:次|期|号))?)\s*(?:[，,、；;]|和|及|以及|与)?\s*)+(?:等(?:文件|规定|政策)?)?")
#   (a paper's name without its brackets: "县政府常务会议纪要第12次", "县教体局关于推进课后服务工作的通知")


def document_only(text: str) -> bool:
    """The answer is a document's name or number and nothing else (a 立项依据)."""
    return bool(_DOCUMENT_ONLY.fullmatch(A.prep(text).strip("，,。；; ")))


# what a unit's duties open with ("负责全县…工作", "主要职能是…", "承担…"): 部门职能, never a document or a reason
DUTIES = re.compile(r"^(?:我们?|本|该)?(?:单位|局|中心|部门)?(?:主要)?(?:负责|承担|职能是|职责是|主要职能|主要职责|职责为|职能为)")
_DOCUMENT = re.compile(r"《|》|〔|\[\d{4}\]|\d+\s*号|文件|文号|办法|通知|(?<!征求|群众|居民|村民)意见(?!征集|征求|很大|大|多)|规定|规划|方案|纪要|批示|批复|条例|法(?:律|规)?(?![子])|决定|精神|部署|"
                       r"指示|会议|要求|任务|计划|政策|标准|清单|目录|实施细则|合同|协议")


# a last clause that puts the rest off: "具体我问问", "其他的我再查一下", "详细的回头问领导"
_LATER_TAIL = re.compile(r"[，,；;]\s*(?:具体|详细|其他|其余|别的|剩下)?的?(?:情况|内容|数)?(?:我|俺)?(?:再|回头|过后|晚点|等下)?"
                         r"(?:问问|问一下|查查|查一下|核实一下|确认一下|核对一下|了解一下)(?:领导|财务|科长|主任)?(?:吧|再说|再补)?[。！!]*$")


def unit_name_only(text: str) -> bool:
    """``text`` is a unit's name and nothing else ("县文旅局", "市信访局"): no project's name, overview or reason."""
    t = A.prep(text).strip("，,。 ")
    return 3 <= len(t) <= 20 and A.org_name(t, strict=False) == t and \
        bool(re.search(r"(?:局|委|委员会|办|办公室|办事处|政府|中心|(?:管理|工作|服务|监测|推广|防疫|保护|检查)站|所|法院|检察院|医院|卫生院|"
                       r"学校|中学|小学|幼儿园|馆|大队|支队|中队|厅|部|处|室|团|社|公司)$", t))   # 光伏电站, 泵站: things built


# the same as last year, and nothing else ("和去年一样", "与上年持平"): last year's form is not here to copy
_LAST_YEAR = re.compile(r"(?:就|也|还是)?(?:和|跟|同|照|按|与)?(?:去年|上年度?|往年|上一年)(?:的)?(?:一样|相同|一致|持平|那样|那个|的)?"
                        r"(?:写|填|来)?(?:的|吧|就行|就可以)*")


# the same as last year but for a change she names ("跟去年差不多，就是人数从35个加到40个", "和上年一样，只是金额改成50万")
_LAST_YEAR_BUT = re.compile(r"(?:今年的?)?(?:就|也|还是|基本)?(?:和|跟|同|照|与)(?:去年|上年度?|往年|上一年)(?:的)?(?:基本|大体|大致)?"
                            r"(?:差不多|一样|相同|一致|类似|持平)?(?:的|吧|啊)?[，,。；;\s]*"
                            r"(?:就是|只是|不过|但是|但|只有|除了|区别是|变化是|不同的是)[^。；;]{0,30}?"
                            r"(?:从[^，,。；;]{1,12}?(?:加|增|涨|减|降|变|改|调)|改成|改为|变成|换成|多了|少了|增加|减少|提高|降低)[^。；;]{0,20}")


def _someone_else(path: str, t: str, ctx: Context) -> str:
    """Why ``t`` is no free text at all: "person" (a name and a title and nothing else), "same_ref" (the same as another
    field: a pointer, not the words of this one), "last_year" (the same as last year's form, which is not here),
    "org" (a unit's name alone where words of what is done are asked); else ""."""
    p = A.prep(t).strip("，,。 ")
    if _LAST_YEAR.fullmatch(p) or _LAST_YEAR_BUT.fullmatch(p):
        return "last_year"               # "和去年一样", "跟去年差不多，就是人数从35个加到40个": last year's words are
        #                                  not here to copy (nor to change)
    if re.fullmatch(r"(?:和|跟|同|与)?[\u4e00-\u9fa5]{2,10}?(?:一样|相同|一致)(?:的|吧|啊)?|同上|同前|同左", p) \
            and not re.search(r"去年|上年|往年|以前|之前|原来", p):      # "和去年一样": last year's words, not another field
        return "same_ref"
    if path in ("overview", "necessity", "unit_functions", "basis") and unit_name_only(p) or path.startswith("goals") and unit_name_only(p):
        return "org"                     # "县文旅局" at 项目概况: a unit's name, no word of what is done
    if len(p) <= 8 and A.attribute(p) and re.fullmatch(_ATTRIBUTE_WORD, p) or \
            len(p) <= 20 and re.fullmatch(_ATTRIBUTE_WORD + r"[，,。\s]*" + ATTRIBUTE_WHY, p) and A.attribute(re.split(r"[，,。\s]", p)[0]):
        return "attribute"               # "延续项目" at 立项依据: 项目属性, no text of this field
    if _CONTACT_ONLY.fullmatch(p) or phone_said(p):
        return "contact"                 # "张晓燕，0736-7721345" at 立项依据: who to call and her phone, no text of this field
    who = _person("filler", re.sub(_CONTACT_WORD + r"\s*(?:是|为|[：:])?", "", p), ctx) \
        if re.search(_TITLES + r"|我叫|我是|" + _CONTACT_WORD, p) else None   # a name said as one:
    if who is not None and who.fills:                                                           # with a title or a label
        name = who.fills[0].value
        left = re.sub(re.escape(name) + r"|" + _TITLES + r"|" + _CONTACT_WORD + r"|我叫|我是|叫|是|[，,、：:\s]", "", p)
        if not left:
            return "person"
    return ""


# a phone with at most a name, a title and the words that label them, and nothing else ("张晓燕，0736-7721345",
# "联系人王刚 电话13907361234"): whom to call, never the text of a free-text field
_CONTACT_WORD = r"(?:联[系络]人|联[系络]电话|联[系络]方式|经办人|填报人|填表人|电话|手机|座机|号码|办公室)"
def phone_said(text: str) -> bool:
    """A phone number with a few words about calling it and nothing else ("电话就打我手机吧，13812345678")."""
    p = A.prep(text)
    m = re.search(_PHONE_NUMBER, p)
    if m is None:
        return False
    rest = p[:m.start()] + p[m.end():]
    return len(re.findall(r"[\u4e00-\u9fa5]", rest)) <= 14 and bool(re.search(r"电话|手机|号码|座机|联系|打", rest)) \
        and not re.search(r"\d", rest)


_CONTACT_ONLY = re.compile(r"(?:(?:" + _CONTACT_WORD + r"|" + _TITLES + r")?(?:是|为|[：:])?\s*[\u4e00-\u9fa5]{2,4}?\s*(?:" + _TITLES
                           + r")?[，,、；;\s]*)?(?:" + _CONTACT_WORD + r"(?:是|为|[：:])?\s*)?" + _PHONE_NUMBER
                           + r"(?:[，,、；;/\s]+(?:" + _CONTACT_WORD + r"(?:是|为|[：:])?\s*)?" + _PHONE_NUMBER + r")*[。]?")


# 新增/延续 said alone, or with why it is so ("延续的，去年也有", "新增，今年刚开始搞"): 项目属性, no text of another field
_ATTRIBUTE_WORD = r"(?:是|算|属于)?(?:新增|延续|续建|新建|新|续)(?:的|项目|的项目|性项目)?(?:吧|啊|呀)?"
ATTRIBUTE_WHY = (r"(?:(?:去年|往年|前年|上年|以前|之前|历年|每年)(?:就|也|都|一直)?(?:有|做|搞|在做|在搞|干|开展|实施)(?:过|的)?(?:这个)?(?:项目)?|"
                  r"(?:今年|明年)(?:才|刚|新|第一次|头一回)(?:开始)?(?:有|做|搞|上|开展|实施)?的?|以前没有?(?:过|做过|搞过)?)(?:的|了|吧|啊)*")


# the words of a period or an amount and nothing else: what is left when figures, dates, money and their words are
# taken away ("钱的话，总共是三百二十万，全部是县财政的", "管护期是今年一整年，从1月1号到12月31号")
_FACT_WORDS = re.compile(
    r"[\d.,，、:：/\-~～—%％\s]+|[〇零一二三四五六七八九十百千两点]+(?=[年月日号万元块,，;；\s]|$)|万元|万|元|块|亿|"
    r"年度?|月|日|号|份|底|初|[上中下]旬|[上下]半年|季度|[暑寒]假(?:期间|里)?|假期|开工|动工|施工|开始|启动|完工|竣工|结束|完成|(?:项目)?(?:管护|实施|执行|建设|服务|运行|工作)?(?:期限|周期|期|时间|起止)|"
    r"(?:资金|经费|预算|钱|总额|金额|总投资|投资)(?:来源)?|总共|一共|合计|共计|共|全部|都|全|其中|"
    r"今年|明年|去年|本年度?|当年|全年|一整年|整年|年度|[省市县区镇乡]?(?:级|本级|上级)?(?:财政|拨款|拨付|自筹|上年结转|结转)|"
    r"(?:中央|[省市县区镇乡]|上级|本级)(?:级|里|本级)?(?:财政)?(?:补助|补贴|补|配套|安排|下达|拨款|拨付|资金|专项|出)|配套|补助|"
    r"(?:中央|[省市县区镇乡](?:级|里))(?=\s*[\d〇零一二三四五六七八九十两])|(?:剩下|剩余|其余|余下|不足部分|差额)(?:的|部分)?|还有|"
    r"(?:拟|计划|预计|准备|申请)?(?:安排|投入|下达|使用|申请|需要|需)|"
    r"(?:没有|没|无|不涉及)(?:上年|去年)?(?:结转|自筹|其他资金|别的钱|其他的钱)|"   # "没有结转": of the funding, no reason
    r"的话|就是|整个|一个|就|是|从|自|到|至|起|止|为|的|了|也|吧|啊|呀|哈|呢|嘛|哦|有|对|嗯|没错|确认|好")


# what no goal is: a phone, a code, a figure or a day alone ("0371-6688123", "2130106", "12月3号")
_NO_GOAL = re.compile(r"[\d\s\-—－+()（）.,:/]+|\d{1,2}\s*月\s*\d{1,2}\s*[日号]?|(?:19|20)\d\d\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*[日号]?")
# a period and nothing else: "2027年全年", "明年1到12月" (no goal, no overview)
_PERIOD_ONLY = re.compile(r"(?:(?:19|20)\d\d\s*年度?|今年|明年)?\s*(?:的)?\s*(?:全年|一整年|整年|\d{1,2}\s*月?\s*(?:到|至|-|~)\s*\d{1,2}\s*月份?)?")


def facts_only(text: str) -> bool:
    """``text`` states only a period or an amount (kept by their own fields), no word of what is done."""
    t = A.prep(text)
    return bool(re.search(r"\d|[〇零一二三四五六七八九十]|[今明去本当全整]年|年[底初末]|财政|拨款|自筹|结转|配套|补助", t)) \
        and not re.search(r"[\u4e00-\u9fa5A-Za-z]", _FACT_WORDS.sub("", t))   # ("都是县财政的": where the money comes from)


# a message that is one indicator and nothing else: a name ending in 率/度/量/数…, a bound, a figure
# a name, a comparison sign and a figure, nothing else ("新增服务老人数=850人", "巡查频次≥4次"): a row as the form
# prints it, never a sentence of a text field
_SYMBOL_ROW = re.compile(r"[\u4e00-\u9fa5A-Za-z（）()]{2,20}\s*[=＝≥≤≧≦><]\s*\d[\d.]*\s*[^\s\d，,。；;]{0,4}")
_ONE_ROW = re.compile(r"^[\u4e00-\u9fa5]{2,14}?(?:率|度|比例|占比|覆盖面|合格数|完成数)\s*(?:要|能|应|可以)?\s*(?:达到|不低于|高于|超过|在|为|保持在|≥|>=|≧|>|大于等于|大于)?\s*"
                     r"(?:\d+(?:\.\d+)?\s*[%％]|百分之[零一二三四五六七八九十百点\d.]+|[一二三四五六七八九]成[一二三四五六七八九]?|\d+(?:\.\d+)?\s*(?:个点|分))"
                     r"\s*(?:以上|以内|左右|及以上)?\s*(?:吧|吗|呢|啊|哈|呀)?[。！!.]*$")


# a message led by the indicator category it answers ("质量嘛，工程验收合格率得100%", "时效的话，11月底前完工",
# "效益方面：亩均增产100斤"): rows of that category, never a text field's words
_CATEGORY_LEAD = re.compile(r"^(?:产出)?(?:数量|质量|时效|成本|(?:社会|经济|生态)?效益|可持续影响|(?:服务对象)?满意度)(?:指标)?"
                            r"(?:的话|嘛|吧|呢|啊|方面|这块|这一块|这方面|这边|上|[，,：:])[，,：:\s]*")
_TARGET_FIGURE = re.compile(r"\d|百分之|[一二三四五六七八九]成|[一二两三四五六七八九十]+(?:个|项|次|人|户|亩|公里|天|月)|底前|月前|年内|之前")


def _category_said(text: str) -> bool:
    t = A.prep(text)
    lead = _CATEGORY_LEAD.match(t)
    return bool(lead and _TARGET_FIGURE.search(t[lead.end():]))


# a deadline or a price per thing and nothing else ("年底前完工", "每台补助标准20万元"): a 时效 or 成本 target,
# never a document (立项依据), a reason (必要性) or a unit's duties, which say what and why in words
# "明年办结法律援助案件320件 群众满意度95%以上": every clause a thing and its target figure — indicators, no duty,
# reason or document
_TARGET_CLAUSE = re.compile(r"^(?:今年|明年|全年|年内)?[\u4e00-\u9fa5]{2,20}?\s*(?:达到|不低于|不少于|保持在|为|≥|>=)?\s*\d+(?:\.\d+)?\s*"
                            r"(?:%|％|" + A.MEASURE + r")(?:以上|以内|及以上)?$")
_DUTY = re.compile(r"负责|承担|职能|职责|主要|管理|指导|组织|协调|监督|依据|因为|必要|需要|文件|通知|办法")


def _targets(t: str) -> bool:
    clauses = [c for c in re.split(r"[，,。；;、\s]+", A.prep(t)) if c]
    return bool(clauses) and not _DUTY.search(t) and all(_TARGET_CLAUSE.match(c) for c in clauses)


# how fast something is done and nothing else ("故障24小时内修复", "3个工作日内办结"): a 时效 target, no overview or reason
_WITHIN_ONLY = re.compile(r"[\u4e00-\u9fa5]{0,8}?\d+(?:\.\d+)?\s*个?(?:小时|天|日|工作日|分钟)(?:之?内|以内)"
                          r"(?:完成|修复|办结|处理|到场|响应|解决|答复|处置|维修|修好|发放|到位)[\u4e00-\u9fa5]{0,4}")
_TARGET_ONLY = re.compile(r"^(?:(?:今年|明年|当年|本年度?)?(?:年底|年末|年内|月底|\d{1,2}月(?:底|末|份)?|[一二三四上下]季度|[上下]半年)(?:之?前|以前|内)"
                          r"(?:全部|全面)?(?:完成|完工|竣工|建成|发放|兑付|到位|验收|交付|投入使用)[\u4e00-\u9fa5]{0,6}|"
                          r"(?:每|单|人均|户均)[\u4e00-\u9fa5]{0,8}?(?:标准|补助|补贴|单价|费用|成本)?(?:为|是|不超过|不高于|≤)?\s*"
                          r"[\d.]+\s*(?:万元|万|元|块))[。!！]*$")


def _code(path: str, text: str, ctx: Context) -> Got:
    return Got.one(path, A.function_code(cn_digits(A.prep(text))), text)


def subject_named(text: str) -> tuple[str, str] | None:
    """(code, name) of the one budget subject the text names by its full name in the official list ("科目应该是城乡社区
    环境卫生吧"), none when it names none or several."""
    from .questions import _codes
    said = [r for r in _codes() if r["name"] in text]
    said = [r for r in said if not any(r is not o and r["name"] in o["name"] for o in said)]
    return (said[0]["code"], said[0]["name"]) if len({r["code"] for r in said}) == 1 else None


_DEPT_CODE = re.compile(r"(?<![\d.\-])(\d{3,15})(?![\d.\-]|\s*(?:年|月|日|万|元|个|人|%|％|‰))")


def _dept_code(path: str, text: str, ctx: Context) -> Got:
    t = A.prep(text)
    m = _DEPT_CODE.search(t)
    if m and (len(re.findall(r"[\u4e00-\u9fa5]", t[:m.start()] + t[m.end():])) > 12 or re.match(r"\s*[%％‰]", t[m.end():])):
        m = None                         # "再加一条质量指标：…合格率100%": a figure of a sentence, no code of a department
    return Got.one(path, m.group(1) if m else "", text)


# both kinds named side by side ("新增和延续有啥区别", "新增还是延续"): she weighs them, she does not answer
_BOTH_KINDS = re.compile(r"(?:新增|新项目)\s*(?:和|与|跟|还是|或者?|或是|/|、)\s*(?:延续|续建)|(?:延续|续建)\s*(?:和|与|跟|还是|或者?|或是|/|、)\s*(?:新增|新项目)")
# "2023年开始做的", "从22年起就有": the year it began, against the budget year (never the budget year itself)
_BEGAN = re.compile(r"(?:从|自)?((?:19|20)?\d\d)\s*年(?:就|起|份)?(?:就|已经)?(?:开始|起)(?:做|搞|实施|干|弄|有)?")


# the first character of 新增 / 延续 left in pinyin by an input method ("xin增", "yan续"): the word she typed
_PINYIN_HEAD = re.compile(r"(?<![A-Za-z])(?:xin|xing|sin)\s*(?=增)|(?<![A-Za-z])(?:yan|yang|ian)\s*(?=续)", re.I)


def _attribute(path: str, text: str, ctx: Context) -> Got:
    text = _PINYIN_HEAD.sub(lambda m: "新" if m.group(0).lower().startswith(("x", "s")) else "延", text)
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
    text, said = when.months_of_today(text, ctx.today)     # "下个月到年底": the month from today, said back
    w = when.period(text, ctx.this_year, ctx.year)
    got.notes += said + w.notes
    if w.start:
        got.add("start", w.start, text)
    if w.end and w.counted:              # "自2027年起三年": the end counted from her figures, listed for her to confirm
        got.fills.append(Fill("end", w.end, kind="computed", detail=w.counted, primary=True))
    elif w.end:
        got.add("end", w.end, text)
    if w.year and not w.start:
        got.add("year", w.year, text)    # "明年开春开工，干到明年年底": the year she said both ends in
    if w.readings:                       # "12.5-12.8": 2012年5月至8月 or 12月5日至8日 — asked with both
        got.miss, got.readings = "two_readings", w.readings
    elif not w.start and not w.end:
        got.miss = "no_year" if w.no_year else "no_value"
        if when.SEASON_WORD.search(text) and not re.search(r"\d|[一二三四五六七八九十]{1,2}\s*月(?!初|底|末|中)|(?<![腊正冬])月份", text) \
                and not when.EXCEL_SERIAL.search(text):
            got.miss = "season"          # "腊月二十到正月十五", "冬至到元宵节": no month of the calendar said, none made up
        elif not re.search(r"[年月]", text):
            if when.EXCEL_SERIAL.search(text):
                got.miss = "serial"      # "45717到45991": a spreadsheet's number for a date, never read as one
            elif when.YEAR_LAST.search(text):
                got.miss = "order"       # "3/1/2025": 3月1日 or 1月3日 — not certain, asked
            elif when.SEASON_WORD.search(text):
                got.miss = "season"      # "开春到秋收后": no month said, none is made up
    return got


def _month(path: str, text: str, ctx: Context) -> Got:
    if len(re.findall(r"月", text)) >= 2 and re.search(r"到|至|~|～|—|-|完工|竣工|结束|完成|开工|动工|开始", text):
        w = when.period(text, ctx.this_year, ctx.year)
        if w.start and w.end and w.start != w.end:
            return _period(path, text, ctx)    # "开工时间：明年4月开工，11月完工": both ends said under one label
    got = Got()
    m, notes = when.month(text, ctx.this_year, ctx.year, end=path != "start_only")
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
    said = re.search(r"今天|今日|当天|今儿|today", text, re.I) or when.RELATIVE_DAY.search(text)
    if d and said:                       # 今天/明天: computed from today's date, said back and listed to confirm
        word = "今天" if said.group(0).lower() in ("今日", "当天", "今儿", "today") else said.group(0)
        got.fills.append(Fill(path, d, kind="computed", detail=f"按{word}（{d}）", primary=True))
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
        n = A.to_number(m.group(1)) if m and not A.COUNTED.match(A.prep(text)[m.end():]) else None
        if n:                            # "每人每月一回": a count of visits, no amount
            got.facts["monthly"] = n
        else:
            got.miss = "no_value"
    return got


# none of the money asked: "没有", "其他也没有", "结转么有" (Shaanxi), "冇", "N" / "no" from a terse clerk
# ("结转和其他都没有", "都没有", "结转×": a crossed box is a no)
_NONE_LABEL = r"(?:其他|其它|别的|另外的?|结转|上年结转|其他资金|自筹)(?:的|资金)?(?:钱|款)?"
# what a count is of, never money: "无事故", "没有投诉", "零伤亡" (rows.py reads them as rows)
_THING = r"(?:" + A.EVENTS + r")"
_NONE_OF = re.compile(r"^(?:" + _NONE_LABEL + r"(?:(?:和|与|跟|及|、)" + _NONE_LABEL + r")*)?(?:也|都|就|还|全|均)*(?:" + A.NONE_WORD + r"(?![\u4e00-\u9fa5]{0,6}?" + _THING + r")|(?:0|零)(?=\s*(?:万元|万|元)?\s*(?:$|[，,。；;！!\s]))|×|✗|✘)|"
                      r"^(?:n|no|none)[.。!！]?$", re.I)


def _money(path: str, text: str, ctx: Context) -> Got:
    """One amount (a correction of 上年结转, a budget item's amount …); a bare number is 万元."""
    got = Got()
    t = A.prep(text)
    am = A.amounts(t)
    priced = [a for a in am if re.match(r"(?:每|单价|单个|单套|单台)", re.split(r"[，,。；;]", t[:a[0]])[-1])]
    if priced and len(priced) < len(am):
        am = [a for a in am if a not in priced]     # "每户自筹二百块，3000户就是60万": a price for each is no sum
    n = am[0][2] if am else None
    if n is None:
        from .extract import SHARE
        m = re.search(r"(?<![\d.])" + _NUM + r"(?![\d.]|\s*(?:%|％|年|月|" + A.MEASURE + r")|\s*(?![吧啊呀呢哈嘛万元块整])[\u4e00-\u9fa5])",
                      SHARE.sub("%", t))         # (a figure before a word is a count of it, "零事故", "0起": no money)
        n = A.to_number(m.group(1)) if m and not (path.startswith("funding.") and a_price(
            re.split(r"[，,。；;\n]", t[:m.start()])[-1])) else None   # "一亩补25" at 总额: a price, no total
        if n is None and _NONE_OF.match(plain(t)):
            n = 0.0                      # "没有", "其他也没有", "么有结转", "N": none of it
    if n is not None:
        got.add(path, n, text)
    else:
        got.miss = "indicator" if _ONE_ROW.match(t) else "no_value"
    return got


def _tiny_yuan(f: Fill, text: str) -> bool:
    """A project's money said in 元 below a thousand ("38.5元", "总额86元"): a slip of 万 more likely than the sum."""
    return f.path == "funding.total" and isinstance(f.value, (int, float)) and 0 < f.value < 0.1 \
        and bool(re.search(r"\d\s*元", A.prep(text))) and not re.search(r"万\s*元|万(?!\S*元)", A.prep(text))


_TOTAL_SAID = re.compile(r"一共|总共|共计|合计|总计|总额|总数|加起来|总的|全部|统共|拢共|总经费|总预算|总投资|投资|其中|就是|"
                         r"结转|其他资金|本年|补助|配套|拨款|自筹|财政|资金|专项|债券|中央|省级|市级|县级|上级")
# (a word of the total or of where the money comes from: "156万，其中省级补助90万…", "上级补助90万，县配套18.5万"
# are the funding, read by funding_fills; only lines of what it buys are no total)


def _sum_said(t: str) -> bool:
    """One of her amounts is the sum of the others ("120，设备96，培训24"): the total is stated."""
    am = [a[2] for a in A.amounts(t)]
    return len(am) >= 3 and any(abs(2 * a - sum(am)) < 0.005 for a in am)


# a figure alone with no unit, said where the money is asked: a phone, a code or a year is no amount, and a
# figure of ten thousand or more may be 元 as well as 万元 — asked, never stored on a guess
_LONE_FIGURE = re.compile(r"([^\d]{0,6}?)(\d[\d\-－]*(?:\.\d+)?)\s*(?:吧|啊|呀|嘛|。)?")
_CODE_WORDS = re.compile(r"编码|代码|编号|邮编|电话|手机|科目|文号|号码|账号|工号|代号")


def spoken_alone(text: str) -> bool:
    """A number said in words and nothing else ("四十", "一百二"): whoever says money aloud says its unit
    (四十万) — without one she may have been cut off ("四十…八万")."""
    return bool(_SPOKEN_ALONE.fullmatch(text or "")) and bool(re.search(r"[一二两三四五六七八九十百千]", text))


_SPOKEN_ALONE = re.compile(r"\s*[零〇一二两三四五六七八九十百千点]+\s*(?:吧|啊|呀|嘛|。|…+)?\s*")


def lone_figure_doubt(t: str, this_year: int | None = None) -> str:
    """Why a lone figure without a unit is no amount in 万元 ("not_money", "year_or_money", "yuan_or_wan"), or ""."""
    m = _LONE_FIGURE.fullmatch(t.strip())
    if not m or A.amounts(t):
        return ""
    s = m.group(2)
    if re.search(r"[\-－]", s) or (s.startswith("0") and len(s) >= 3 and not s.startswith("0.")) or re.fullmatch(r"1[3-9]\d{9}", s) \
            or _CODE_WORDS.search(m.group(1)):
        return "not_money"
    n = float(s)                         # "326000.00" (a sum in 元 copied from a table) as much as "326000"
    if 1990 <= n <= (this_year or 2030) + 5 and len(s) == 4:
        return "year_or_money"
    return "yuan_or_wan" if n >= 10000 else ""


_STRUCK = re.compile(r"划掉|划了|涂掉|作废|不算了?|删掉了?|删了|不要了")


def struck_out(text: str) -> str:
    """"本子上五百万划掉了，旁边写的四百二十万": an amount she says is struck out is no amount — the clause goes,
    when another clause still gives one."""
    parts = re.split(r"([，,；;。])", text)
    clauses = parts[0::2]
    gone = [i for i, c in enumerate(clauses) if _STRUCK.search(c) and A.amounts(A.prep(c))]
    if not gone or not any(A.amounts(A.prep(c)) for i, c in enumerate(clauses) if i not in gone):
        return text
    out = []
    for i, c in enumerate(clauses):
        if i not in gone:
            out += ([parts[2 * i - 1]] if out and i > 0 else []) + [c]
    return "".join(out)


def _funding(path: str, text: str, ctx: Context) -> Got:
    from .extract import funding_fills
    got = Got()
    text = struck_out(text)
    doubt = lone_figure_doubt(A.prep(text), ctx.this_year)
    if doubt:                            # "0355-6023317", "2130306", "2027", "486000" at 资金: asked, never 2027万元
        got.miss = doubt
        return got
    if A.money_lines(text) and not _TOTAL_SAID.search(A.prep(text)) and not _sum_said(A.prep(text)):
        got.miss = "money_lines"         # "挂牌两万，复壮二十八万五，巡护八万": lines, no total — never the first line's 2万
        return got
    got.fills = [f for f in funding_fills(A.prep(text), primary=True, facts=got.facts)]
    for f in got.fills:
        f.detail = text
    if any(_tiny_yuan(f, text) for f in got.fills):
        got.fills, got.miss = [], "tiny_yuan"   # "38.5元" asked in 万元: said back, never scaled to 0.00385 in silence
        return got
    if not got.fills and not got.facts:
        from .extract import _COMPARED
        compared = any(_COMPARED.search(re.split(r"[，,。；;\n]", A.prep(text)[:a])[-1]) for a, _, _, _ in A.amounts(A.prep(text)))
        got.miss = "compared" if compared else "last_year" if _LAST_YEAR.fullmatch(A.prep(text).strip("，,。 ")) else "indicator" if _ONE_ROW.match(A.prep(text)) else \
            "money_lines" if A.money_lines(text) else "no_value"   # "居民满意度九成以上" at 资金; lines that make no total
    return got


def _items(path: str, text: str, ctx: Context) -> Got:
    from .extract import budget_items
    got = Got()
    t = plain(_strip_label(path, plain(text)))
    items, single = budget_items(A.prep(t), ctx, got.notes)
    if not items and _bare_rows(text, ctx.total):      # "屋面及雨棚翻新\t128\n给排水…\t96": in the total's unit
        items, single = budget_items(A.prep(_bare_rows(text, ctx.total)), ctx)
    items = _unitless_beside(items, t, ctx.total, got)
    items = _plausible(items, got)
    sources = [i for i in items if SOURCE_NAME.fullmatch(i["name"])]
    if sources:                          # "县财政80万，自筹20万" at 预算明细: where the money comes from, no line of it
        items = [i for i in items if i not in sources]
        if not items:
            got.miss = "source"
            return got
        got.notes.append(f"{'、'.join(i['name'] for i in sources)}是资金来源，不是预算明细，没有记成明细。")
    from .extract import _still_open, item_parts
    for part in item_parts(re.sub(r"[（(][^（）()]*[）)]", "", A.prep(t))):   # (an aside in brackets explains a sum she gave)
        if A.amounts(part) and _still_open(part):    # "编织袋两万条，每条2块": a price, no sum — asked, not multiplied
            name = re.split(r"\d|[一二两三四五六七八九十]|每|单价", part)[0].strip("，, ") or "这一项"
            got.notes.append(f"“{part}”只说了单价，没有这一项一共多少钱，没有记下；请补上，如“预算明细加上：{name} ×万元”。")
    rest = [m for part in re.split(r"[，,；;。、\n]+", A.prep(t)) if not A.amounts(part)
            and (m := _REST_LINE.fullmatch(part))]
    if items and len(rest) == 1 and ctx.total is not None and ctx.total - sum(i["amount"] for i in items) > 0.005:
        left = round(ctx.total - sum(i["amount"] for i in items), 4)   # "…，剩下的都是蚕室改造": computed, asked, not stored
        got.notes.append(f"“{rest[0].group(0).strip()}”没说金额；按总额{ctx.total:g}万元减去前面各项是{left:g}万元，没有记下。"
                         f"对的话请说“预算明细加上：{rest[0].group(1)} {left:g}万元”。")
    if items:
        got.add("budget_items", items, text)
        return got
    if SOURCE_NAME.fullmatch(A.prep(t).strip("，,。 ")):
        got.miss = "source"              # "全是县财政" at 预算明细: where the money comes from, never what it is spent on
        return got
    named = re.match(r"^(?:就是|都是|全是|只有|就)?(.{2,20}?)(?:这)?(?:就|只有)?一项$", t)
    names = [x for x in re.split(r"\s*[；;、/／]\s*", t.strip("；;、 ")) if x]
    if not single and len(names) >= 2 and all(2 <= len(x) <= 16 and not re.search(r"\d", x) for x in names):
        got.notes.append(f"列出了{len(names)}项（{'、'.join(names)}），但没有各项的金额，没有记下；"   # names only: several
                         f"请按“名称 金额”写，如“{names[0]} ×万元；{names[1]} ×万元”。")      # lines, never one of the total
        got.miss = "no_value"
        return got
    if single or named or (t and len(t) <= 20 and not _SENTENCE.search(t) and not re.search(r"[\d，,。]", t)
                           and not NON_ANSWER.match(t) and not _ASKING.search(t) and not _REST_LINE.fullmatch(t)):
        got.facts["single_item"] = True  # "就一项" / "见习补贴一项" / "就是发给老人的津贴": one item, the whole total
        rest = re.sub(r"^[，,：:\s]+|[，,：:。\s]+$", "", re.sub(r"(?:就|只有|只)?(?:这)?一项(?:就是|是|叫)?|不分项|不用分", "", t)) if single else ""
        name = (named.group(1) if named else (rest if 2 <= len(rest) <= 20 and not _SENTENCE.search(rest)
                                              and not re.search(r"[\d，,。]", rest) else "")
                if single else re.sub(r"^(?:就是|都是|全是|只有)", "", t))
        name = re.sub(r"^(?:就是|都是|全是|全部是|全都是|都|全|只有|就)+|(?:的|了|吧|啊)+$", "", name)   # "就一项，都是补助": 补助
        if len(name) >= 2 and not re.search(r"^(?:就|只有|只|这)$", name):
            got.facts["single_name"] = name
    else:
        from .shares import RATE
        got.miss = "indicator" if _ONE_ROW.match(A.prep(t)) or RATE.search(A.prep(t)) else "no_value"   # "优良中等路率达到80%以上"
    return got


# where money comes from and nothing else ("全是县财政", "上级补助资金", "财政全额保障"): no budget line's name
SOURCE_NAME = re.compile(r"(?:就是|都是|全是|全部是|全部|都|全|来自|用的是?)?\s*(?:(?:中央|省|市|县|区|镇|乡|上级|本级|地方)(?:级|里|本级)?(?:财政)?"
                         r"(?:拨款|补助|专项|配套|下达|安排|转移支付)?|财政(?:拨款|资金|全额)?|自筹|上年结转|结转)(?:资金|经费|的钱)?(?:全额)?"
                         r"(?:保障|安排|拨付|出|承担)?(?:的|了|吧)*")


# the rest of the money named without its amount ("剩下的都是蚕室改造"), then the line's name
_REST_LINE = re.compile(r"\s*(?:剩下|剩余|其余|余下|其他|其它)(?:的)?(?:钱|部分)?(?:都|全|全部)?(?:是|用于|用来|用在|花在|给|做)?\s*([\u4e00-\u9fa5]{2,16}?)(?:的|吧|了)?\s*")


# a question is no budget line's name: "明细要写到多细", "这个要分吗"
_ASKING = re.compile(r"[？?]|[吗呢么]$|多[细长少详]|怎么|什么|啥|哪|是否|能不能|要不要|可不可以|行不行")


def _plausible(items: list[dict], got: Got) -> list[dict]:
    """A line of under 100元 beside lines of 万元 ("宣传物料三块五，培训讲座五万"): read literally it is
    3.5元, and 3.5万元 would be a guess — not stored, and asked about with the way to add it."""
    if not items or max(i["amount"] for i in items) < 1:
        return items
    small = [i for i in items if i["amount"] < 0.01]
    for i in small:
        yuan = f"{i['amount'] * 10_000:g}"
        got.notes.append(f"「{i['name']}」的金额按字面是{yuan}元，和其他各项差得太多，没有记下。如果是{yuan}万元，"
                         f"请说“预算明细加上：{i['name']}{yuan}万元”。")
    return [i for i in items if i not in small] if len(small) < len(items) else items


def _unitless_beside(items: list[dict], t: str, total: float | None, got: Got) -> list[dict]:
    """Lines said with no unit beside lines in 万 ("人工费30万，材料费20，运输10"): in 万元 when, so read, all the lines
    add up to the total exactly; else not stored, and said so (they were dropped without a word)."""
    bare = [m for p in re.split(r"[\n；;，,、]+", t) if (m := _BARE_ROW.match(A.prep(p).strip()))]
    bare = [m for m in bare if not any(i["name"] == m.group(1) for i in items)]
    if not items or not bare:
        return items
    extra = [{"name": m.group(1), "amount": float(m.group(2))} for m in bare]
    if total is not None and abs(sum(i["amount"] for i in items + extra) - total) < 0.005:
        got.notes.append(f"{'、'.join(m.group(0) for m in bare)}没写单位，和前面一样按万元记（各项合计正好是总额{total:g}万元）。")
        return items + extra
    got.notes.append(f"{'、'.join(m.group(0) for m in bare)}没写单位，没有记下；请写上单位，"
                     f"如“预算明细加上：{bare[0].group(1)} {bare[0].group(2)}万元”。")
    return items


_BARE_ROW = re.compile(r"^([\u4e00-\u9fa5A-Za-z（）()、]{2,24})\s*[：:]?\s*(\d+(?:\.\d+)?)$")


_BARE_PAIR = re.compile(r"([\u4e00-\u9fa5A-Za-z（）()]{2,24})\s*(\d+(?:\.\d+)?)(?![\d.])")
_BARE_RUN = re.compile(r"(?:[\u4e00-\u9fa5A-Za-z（）()]{2,24}\s*\d+(?:\.\d+)?(?:\s+|\s*[，,；;、/]\s*|$))+")


def _bare_rows(text: str, total: float | None) -> str:
    """Rows of a name and a figure with no unit, as pasted from a sheet: the figures in 万元 when they add up to
    the total (or stay within it), in 元 when they add up to it in 元; '' when the unit cannot be told."""
    t = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", A.prep(text))      # 1,250 is one figure
    rows = [_BARE_ROW.match(p.strip()) for p in re.split(r"[\n；;，,]+", t) if p.strip()]
    if not all(rows) and _BARE_RUN.fullmatch(t.strip()):     # "清淤150 清掏36 检测24": the rows on one line, by spaces
        rows = list(_BARE_PAIR.finditer(t))
    if total is None or len(rows) < 2 or not all(rows):
        return ""
    sum_ = sum(float(m.group(2)) for m in rows)
    unit = "万元" if sum_ <= total * 1.001 else ("元" if abs(sum_ / 10_000 - total) <= total * 0.001 else "")
    return "；".join(f"{m.group(1)}{m.group(2)}{unit}" for m in rows) if unit else ""


_SAME_AS = re.compile(r"(?:就|也)?(?:跟|和|与|同|照|按|参照|参考)(?:上面的?|前面的?)?(?:年度|中长期|长期|总体|项目)?(?:目标|概况|的)?"
                      r"(?:一样|相同|一致|的一样|那样|来|写)?(?:的|吧|就行|就可以|即可)*|(?:见|详见|参见)(?:上|上文|上面|概况|年度目标|附件)")


def _goals(path: str, text: str, ctx: Context) -> Got:
    got = Got()
    if _talk(path, text):
        got.miss = _talk(path, text)
        return got
    t = _strip_label(path, plain(text, True))
    if _ELSEWHERE.fullmatch(A.prep(t).strip("，,。；; ")):
        got.miss = "elsewhere"
        return got
    topic = _GOAL_TOPIC.match(t)
    t = _GOAL_TOPIC.sub("", t)           # "长期的话就是建成…": the topic, then her goal
    if topic and bool(topic.group(1)) != (path == "goals.long_term"):
        later = (_TO_LATER if path == "goals.long_term" else _TO_NOW).search(t)   # "今年嘛…" at 中长期, "长期的话…" at
        #                                                                               年度: the other goal's words
        own, other = (t[later.end():], t[:later.start()]) if later else ("", t)   # (her topic first, then the turn to this one)
        other_label = "年度目标" if path == "goals.long_term" else "中长期目标"
        got.notes.append(f"“{other.strip('，,。 ')[:40]}”说的是{'今年' if path == 'goals.long_term' else '以后几年'}，像是{other_label}，"
                         f"没有记入「{F.label(path)}」；问到{other_label}时再说。")
        if not own.strip():
            got.miss = "other_goal"
            return got
        t = own
    if _SAME_AS.fullmatch(plain(t)):     # "跟年度目标一样": a pointer at other text, never the goal's own words (the
        other = "中长期|长期|总体" if path == "goals.annual" else "年度"    # other goal's text, copied by answer.py)
        got.miss = "same_goal" if re.search(other, t) or (path == "goals.long_term" and re.search(r"上面|前面", t)) else "non_answer"
        return got
    if _PERIOD_ONLY.fullmatch(A.prep(t).strip("，,。 ")) and re.search(r"\d|今年|明年", t):
        got.miss = "facts_unkept"        # "2027年全年" at 年度目标: a period, no goal
        return got
    other = _someone_else(path, t, ctx)
    if other:                            # "刘建国，主任", "和单位负责人一样": no goal
        got.miss = other
        return got
    t = re.sub(r"^[^：:\d]{1,14}[：:]\s*(?=\S)", "", t) if not re.match(r"^目标\s*\d", t) else t   # "我自己写：…"
    t = "\n".join(enumerated(t) or [t])  # "1）甲 2）乙", "一是甲，二是乙": her list's items, without their numbers
    goals = [plain(g, True) for g in re.split(r"[\n；;]+|(?<=[。！!])(?=.)", t) if plain(g)]
    goals = [re.sub(r"^(?:目标\s*\d+|\d+)\s*[:：、.．]\s*", "", g) for g in goals]
    goals = [g for g in goals if len(g) >= 4 and not NON_ANSWER.match(g) and not _NO_GOAL.fullmatch(A.prep(g).strip("，,。 "))]
    if goals:
        got.add(path, [as_written(g) for g in goals], text)
    else:
        got.miss = "non_answer" if t else "no_value"
    return got


_READERS = {"name": _name, "org": _org, "person": _person, "phone": _phone, "text": _text, "code": _code,
            "dept_code": _dept_code, "attribute": _attribute, "period": _period, "month": _month, "year": _year,
            "date": _date, "count": _count, "monthly": _monthly, "money": _money, "funding": _funding,
            "items": _items, "goals": _goals}

__all__ = ["Got", "Hedge", "RECKONED", "read", "hedges", "plain", "cn_digits", "NON_ANSWER"]
