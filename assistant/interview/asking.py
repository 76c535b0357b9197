"""A question back inside a message: "什么是…", "…是什么意思", "…怎么填", "…有啥区别" — the glossary entry it
is about, and the message without the clauses that ask (they store nothing). Pure; acts.py reads with it.

    rest = question("立项依据是啥，要写文件吗？", q, r)     # "", r.term → 立项依据, r.acts += ["question"]
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from . import glossary
from .got import _TITLES
from .asides import to_you
from .guard import ASKING_ME, NOT_ASKING_NE, asks, asks_which

if TYPE_CHECKING:
    from .acts import Reading

_Q_WORDS = (r"(?:(?:要|得|需要)?写(?:到|成)?多[细长详少]|(?:要|得)?多[细长]|多详细|要写几[句条项个]|"
            r"是何含义|何含义|是何意|何意|何解|是什么意思|什么意思|啥意思|是什么东西|是什么|是啥|指什么|指的是什么|是指什么|(?:怎么|按怎|哪能)填写?|(?:怎么|按怎|哪能)写|如何填写?|填什么|写什么|要填什么|怎么理解|怎么算|包括哪些|有哪些|"
            r"(?:去|到|在|从)?(?:哪里|哪儿|哪)(?:能|可以)?(?:查|找|看|查到|找到|看到)(?:得到)?|怎么查|怎么找|上哪查|上哪找)")
# the words after the asking word ("多少合适", "怎么填呢"): they end before a dash or a figure ("资金总额是多少——四百六十八万":
# the figure is her answer, never cut in half by the question)
_TAIL = r"(?:(?![零〇一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千万亿元块])[^？?，,。！!—\d])"
_QUESTION = [
    re.compile(r"(?:我?不(?:知道|懂|明白|清楚|太懂|太明白|太清楚)|请问|想问一下|问一下)?\s*(?:什么是|什么叫|啥是|啥叫|何为|何谓|解释一下|介绍一下)\s*"
               r"(?P<x>[^？?，,。！!—]{0,20})[？?]?"),
    re.compile(r"(?:(?:冒昧)?请教(?:一下)?[：:]?|请问|想问一下|问一下|那)?\s*(?P<x>[^？?，,。！!—]{0,20}?)\s*" + _Q_WORDS + r"\s*(?:呀|啊|呢|吗)?[？?]?"),
    re.compile(r"(?P<x>[^？?，,。！!—]{1,12})[？?]"),
    re.compile(r"(?P<x>(?:这个|这|那|它)?[^？?，,。！!—]{0,10}?(?:怎么|咋|如何|按怎|哪能|甘有|什么|啥|哪些|多少|算不算|算是|算哪)" + _TAIL + r"{0,8}(?:吗|呢)?)[？?]?"),
]
# a rhetorical question beside the one asked ("写了谁看啊", "有啥用呢"): short, an interrogative word, a particle
_RHETORICAL = r"^[^，,。；;]{0,8}(?:谁|啥|什么|哪个|哪)[^，,。；;]{0,4}(?:啊|呀|呢|嘛|哦|啦)\s*$"
_ASKS = re.compile(r"[？?]\s*$|吗\s*[？?]?\s*$|" + ASKING_ME + r"\s*$|" + NOT_ASKING_NE + r"呢\s*$|" + _RHETORICAL + "|" + _Q_WORDS)


# her own echo of a question asking for a value ("资金总额是多少——", "实施单位是哪个？"), her answer after it
_ECHO = re.compile(r"(?P<x>[^？?，,。！!；;—：:\d]{0,12}?)\s*(?:是|为|有|叫|填|写)?\s*(?:多少钱?|几个?|哪个单位|哪一?个|哪家|哪一家|哪位|谁|啥名字?)"
                   r"\s*(?:啊|呀|呢|来着)?\s*(?:[？?]+|——+|—|[，,：:])\s*")
_PRONOUN = re.compile(r"^(?:这个|这|那个|那|它|这里|这儿|这块|这项)?$")


def echo(t: str) -> str:
    """A question she copies before answering it ("资金总额是多少——资金总额是四百六十八万", "实施单位是哪个——
    市劳动人事争议仲裁院", "主管部门是哪个？县教育局"): no question back; its subject, when the answer does not
    repeat it, stays the answer's label (so a value goes where her echo points, never to the asked field
    by default)."""
    m = _ECHO.match(t.strip())
    if not m:
        return t
    rest = t.strip()[m.end():].strip()
    if not rest or asks(rest) or not re.search(r"[\u4e00-\u9fa5\d]", rest):
        return t                         # the question alone: a question back
    x = m.group("x").strip()
    if _PRONOUN.match(x):
        return rest if re.search(r"\d|[零〇一二两三四五六七八九十百千万]{2,}", rest) and not to_you(rest) else t   # "多少？95万"
    from . import fields as F
    if not F.is_field_word(re.sub(r"^(?:那个|这个|项目的?|我们的?)", "", x)):
        return t                         # "一个点位合多少钱？", "再加几个：…": no field's echo
    if rest.startswith(x) or x[-2:] in rest[:len(x) + 2]:
        return rest                      # "总额多少？总额95万"
    return f"{x}是{rest}"


# why she asks, said of her own unit beside the question ("职能要写多少？我们苏木就是个乡", "我们就是个小站"): how small
# it is, no answer
_JUST_A = re.compile(r"^(?:我们|俺们|咱们|我这|我们这儿?)[\u4e00-\u9fa5]{0,4}?(?:就|只|也就|不过)是?(?:个|一个)小?[\u4e00-\u9fa5]{1,4}?"
                     r"(?:而已|罢了|嘛|啊|呀)?$")


def question(t: str, q: Any, r: "Reading") -> str:
    """Find "什么是…/…是什么意思/…怎么填" and the glossary entry it is about; the rest of the text
    without the clauses that ask ("立项依据是啥，要写文件吗？": both ask)."""
    t = _find_term(t, q, r)
    if r.term is None:
        return t
    if any(_JUST_A.fullmatch(c.strip()) for c in re.split(r"[，,。；;！!]+", t)):
        t = "，".join(c for c in re.split(r"[，,。；;！!]+", t) if c.strip() and not _JUST_A.fullmatch(c.strip()))
    parts = re.split(r"([，,。；;！!？?]|\s+)", t)          # "这个真不会😭 功能科目是啥": two clauses
    out, clause = [], ""
    for piece in parts:
        clause += piece
        if piece and re.fullmatch(r"[，,。；;！!？?]|\s+", piece):
            if not _ASKS.search(clause.strip("，,。；;！! ")) and not (clause.strip().endswith(("？", "?"))):
                out.append(clause)
            clause = ""
    if clause and not _ASKS.search(clause):
        out.append(clause)
    return "，".join(c.strip("，,。；;！! ") for c in out if c.strip("，,。；;！! "))


# two values set side by side as a clause of their own ("扩建还是新建，你看呢？"): beside her question, the choice she
# puts to us — what she says around it is why she asks, no value
_BARE_ALT = re.compile(r"[\u4e00-\u9fa5]{1,6}还是(?!旧|老的|原来|以前|之前|去年|错|没|不|那样|这样|一样)[\u4e00-\u9fa5]{1,6}")
_GREETING = re.compile(r"(?:在吗|在不在|在么|有人吗|有人在吗)[？?]?")     # after a long silence: talk, no question


def asked_back(t: str, q: Any, r: "Reading") -> str:
    """Clauses that ask back ("…一定要有文号吗", "这个算其他资金还是本年财政拨款？") are answered from the
    glossary and store nothing; a question that says she does not know the value ("那算啥？", "A还是B？")
    takes what she said around it along (her doubt, not her answer)."""
    clauses = [c for c in re.split(r"(?<=[？?])|[，,。；;！!\n]+", t) if c.strip()]
    from .acts import _DONT_KNOW
    asking = [c for c in clauses if asks(c) and not _DONT_KNOW.fullmatch(c.strip("？? ")) and not _GREETING.fullmatch(c.strip())]
    if not asking:
        return t
    r.act("question")
    if r.term is None:                   # the term her asking clause names ("填万元还是元": 万元), else the asked field's
        r.term = next((e for c in asking if (e := glossary.lookup(c)) is not None), None) or \
            (_entry_for(q) if q is not None else None)
    if any(asks_which(c) for c in asking) or any(_BARE_ALT.fullmatch(c.strip()) for c in clauses if c not in asking):
        if any(c.rstrip().endswith(("？", "?")) for c in asking) and any(_DONT_KNOW.search(c) for c in clauses if c not in asking):
            r.act("dont_know")           # "归县委办还是组织部管？这个我答不上": which, and that she does not know
        return ""
    return "，".join(c for c in clauses if c not in asking)


# what a clause holds when it gives a value rather than asks: a figure, a no ("没有结转"), a title and a name
_VALUED = re.compile(r"\d|[零〇一二两三四五六七八九十百千万亿]{2,}|[一二两三四五六七八九十][万千百元块个人户次项座家所名]|[%％]|"
                     r"^(?:没有|没|无|木有|冇|莫得)|(?:" + _TITLES + r"|是|叫)\s*[\u4e00-\u9fa5]{2,3}$")
_WH = re.compile(r"还是|谁|什么|啥|哪|几|多少|怎么|咋|如何|吗|呢|么|嘛|是否|是不是|有没有|能不能|要不要")


# not knowing a figure, said after it: "多少不记得了", "几个记不清"
_NOT_KNOWN = re.compile(r"不记得|记不得|记不清|想不起|忘了|忘记了|不知道|不清楚|说不清|说不准|不晓得|拿不准|不确定|没数")


def _find_term(t: str, q: Any, r: "Reading") -> str:
    from .acts import _DONT_KNOW
    for rx in _QUESTION:
        m = rx.search(t)
        if not m:
            continue
        x = (m.group("x") or "").strip()
        entry = glossary.lookup(x) if x else None
        clause = re.split(r"[，,。；;！!？?]", t[:m.start()])[-1] + m.group(0)
        if entry is None and re.search(r"不知道|不清楚|不会|不懂|说不清|说不准|不晓得|拿不准", clause):
            continue                     # "不知道写什么": she does not know; no term is asked about
        after = re.split(r"[，,。；;！!？?]", t[m.end():])[0]
        if not m.group(0).rstrip().endswith(("？", "?")) and not after.strip().startswith(("？", "?")) \
                and re.search(r"多少|几", m.group(0)) and (_DONT_KNOW.search(m.group(0) + after) or _NOT_KNOWN.search(m.group(0) + after)):
            continue                     # "多少不记得了", "满意度多少合适我不知道": what she does not know, no question back
        if not re.search(r"[？?]", m.group(0) + after[:1]) and re.match(r"[，,。！!\s]*(?:那就|就|那)(?:叫|是|写|填|用)", t[m.end():]):
            continue                 # "整啥名儿啊，就叫…呗": asked of herself, and answered at once
        if entry is None and rx is _QUESTION[2]:
            continue                 # "…？" is a question back only when it names a term of the form
        if rx is _QUESTION[2] and _VALUED.search(x) and not _WH.search(x):
            continue                 # "乡镇自筹八十万?", "没有结转?", "局长孙志国?": her answer said unsure, no question
        clause = re.split(r"[，,。；;！!？?]", t[:m.start()])[-1] + m.group(0)
        if rx is _QUESTION[3] and entry is None and (not re.search(r"[？?]|吗|呢|怎么|咋|如何|按怎|哪能|甘有|什么|啥|多少", m.group(0))
                                                     or re.search(r"不知道|不清楚|不会|不懂|说不清|说不准|不晓得|拿不准", clause)):
            continue                 # "不知道写什么" is 不知道, not a question about a term
        if entry is None and x and not re.fullmatch(r"(?:这|这个|那个|它|这项|这一项|这里|这块|上面的?|你说的|这些)?", x):
            entry = glossary.lookup(t)
        if entry is None and q is not None:
            entry = _entry_for(q)
        if entry is None:
            continue
        r.term = entry
        r.act("question")
        start = m.start()
        head = re.split(r"[，,。；;！!？?\n]", t[:start])[-1]
        if m.group(0).rstrip().endswith(("？", "?")) and head.strip() and not re.search(r"\d|[：:]", head):
            start -= len(head)           # "识别出来的方元你能看懂是万元吗？": one sentence asked, its head no answer
        return (t[:start] + "，" + t[m.end():]).strip("，,。 ")
    return t


def _entry_for(q: Any):
    try:
        return glossary.for_field(q.field)
    except KeyError:
        return None


# not understanding what a word means ("看不懂", "整不明白") — the question itself; not knowing a value ("不知道") is more
_NOT_UNDERSTOOD = re.compile(r"(?:看|听|搞|弄|整|闹)?不(?:太)?(?:懂|明白)")
_NOT_KNOWN_VALUE = re.compile(r"不知道|不清楚|不晓得|不了解|记不|忘了|说不好|说不准|不确定|拿不准|没数")


def what_for(r: "Reading", text: str) -> None:
    """What her asking is for, when she also says she is at a loss: "什么是三级指标？看不懂" asks what the word means
    (a question, no 不知道 of a value); "这个怎么写呢，你帮我想一个", "我还是没弄明白，你帮我挑一个吧" ask the assistant to
    choose or draft it (不知道, no question about a word)."""
    if "question" not in r.acts or "dont_know" not in r.acts:
        return
    if _HELP_CHOOSE.search(text) and not re.search(r"[？?]\s*$", text):
        r.acts.remove("question")        # (asked with a question mark — "你能替我挑一个吗？" — a question too)
        return
    rest = [c for c in re.split(r"[，,。；;！!？?\s]+", text) if c and not asks(c) and not _NOT_UNDERSTOOD.search(c)
            and not glossary.lookup(c)]
    if r.term is not None and _NOT_UNDERSTOOD.search(text) and not _NOT_KNOWN_VALUE.search(text) \
            and not any(len(re.findall(r"[\u4e00-\u9fa5]", c)) >= 4 for c in rest):
        r.acts.remove("dont_know")       # (beside more said — "这个归我们会计管" — not knowing the value too)


_HELP_CHOOSE = re.compile(r"(?:你|您)?(?:能|可以|就)?(?:帮我|给我|替我|帮忙)(?:选|挑|定|想|写|拟|编|出)(?:一个|一下|个|一条|一段|想)?")
