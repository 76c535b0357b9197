"""Talk left beside a typed answer: once the asked field took its value, a clause of the message that gave
nothing to the form — no figure, no label, no part of a stored value, no act of its own — and speaks to
her, of her day or of where the value came from (acts.yaml ``talk_markers``) is chatter
("2240199，查了半天", "县水利局，这个你晓得的咯", "680万。说了你们也不一定批", "财务讲了，六十四万八"). Pure
reading of what the turn already did; nothing is stored here.

    talk_left(iv, q, r, reply)   # r.acts += ["chatter"] when such a clause is there

A reason beside a 新增/延续 ("新增，以前哪有钱搞这个") is part of the answer (the labelling rule), and a text
field keeps her words whole, so only names, units, people, phones, codes and amounts are looked at.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

import yaml

from . import fields as F
from .apply import get
from .asides import of_filling, to_you
from . import lexicon
from .lexicon import HERE
from .whom import _SURNAMES as SURNAMES

if TYPE_CHECKING:
    from .acts import Reading
    from .engine import Interview, Reply
    from .questions import Question

_KINDS = ("name", "org", "person", "phone", "code", "money", "funding", "dept_code")
_FIGURE = re.compile(r"\d|[零〇一二两三四五六七八九十百千万亿]{2,}|[一二两三四五六七八九十][万千百元块个人户次项座]|[%％]")   # not 一定
# a clause that does something of its own: a correction, a question back, a don't-know, a yes or no, a deferral
_ACTS = re.compile(r"不对|错了|改成|改为|应该是|不是|吗|？|\?|不[太大]?(?:知道|清楚|确定)|记不清|[说拿吃]不准|问问|跳过|先不|以后|再说|"
                   r"确认|同意|没有|不用|不要|没|无|记不[住得清]|不记得|看看|找找|想想")
# where the value came from, said before it in the same clause: "校长讲总共…", "我翻了下批复，是…"
_SOURCE = re.compile(r"^[\u4e00-\u9fa5]{0,2}?(?:校长|局长|主任|科长|股长|站长|所长|院长|馆长|队长|处长|部长|书记|领导|财务|会计|技术员|他|她|他们|佢|上面)"
                     r"(?:说|讲|话|定)(?:了|的)?(?=[\u4e00-\u9fa5\d])|^我?(?:查了|翻了下?|问到了|问了)[\u4e00-\u9fa5]{0,4}?(?=是|[\d零一二两三四五六七八九十])")
# where the words were read from, said as a head before a colon: "本子上写的是：…", "拍照识别出来的：…", "纪要原文：…"
_READ_FROM = re.compile(r"^[^：:，,。]{0,10}?(?:写的|写着|识别|照片|拍照|原文|纪要|本子|截图|扫描|OCR|上面是|上写)[^：:，,。]{0,6}?[：:]", re.I)
_PLAIN = re.compile(r"^(?:[哈嘿呵嗯哦噢啊呀唉哎]+|好的?|行|对|是|(?:晓得|知道|明白|收到)了?)$")   # an acknowledgement is no talk
# what marks a clause as talk even without a word of the lexicon — who is speaking and to whom:
# she herself doing or being something ("我是镇财政所的", "我去问了财务", "这活最后还是落我头上了"); 我 as the
# one named (写我, 填我, 就是我, 我的名字, 我叫…) is the answer, 我们 speaks of the unit, 我算 of the value;
# a colleague telling, giving or checking it ("财务给我翻了", "科长定了", "小周念反了"); a greeting
# ("新年好呀", "侬好呀", "歹势厚"); the thing described by where it is ("就是火车站旁边那个")
_SELF = re.compile(r"(?<![写填是叫找问给让由])(?:我|俺)(?!自己|自家|是(?:承办|经办|填)|[们的叫算国省市州盟县区旗镇乡村街局厅委办站院所校园馆队科股处部中单]|$)")
# she of herself beside a row (no row's name holds 我): "我当老师的肯定满意", "我自己就是村民"
_ME = re.compile(r"(?:我|俺)(?!们|国|省|市|县|区|镇|乡|村)")
_TOLD = re.compile(r"(?:财务|会计|领导|书记|科长|局长|主任|站长|所长|队长|院长|校长|同事|上级|[小老][" + "".join(sorted(SURNAMES)) + r"])"
                   r"[\u4e00-\u9fa5]{0,4}?(?:核|定|给|发|回|翻|查|念|说|讲|批|报)")
# which office of the unit does the work, beside the unit or its head: "食品生产科具体办", "救灾股在办", "（村镇股负责）"
_OFFICE = re.compile(r"^[\u4e00-\u9fa5]{1,8}?(?:科|股|室|组|队)[\u4e00-\u9fa5]{0,3}?(?:具体|在|来)?(?:办|弄|负责|代管|管|搞)(?:的|着|理)?$")
# someone else spoken of, no value of the form: "他调走了", "她就坐我旁边"
_THEY = re.compile(r"^(?:他|她)(?!们)")
# a sorry before what kept her away: "不好意思，刚刚台里停电了，…"
_SORRY = re.compile(r"^(?:不好意思|抱歉|对不起|sorry)[哈啊呀哦了]*$", re.I)
# a wait or a sorry before what keeps her (given ``away``: where nothing else of the message was read)
_AWAY = re.compile(r"^(?:稍等|等下|等一下|等等|等会儿?|sorry|不好意思|抱歉|对不起)(?:一下|一会儿?)?[哈啊呀哦了]*$", re.I)
# what is happening around her, said after a wait: "过个收费站", "股长过来了", "喊我过去一下"
_HAPPENING = re.compile(r"了$|(?:过|回|出|进)(?:来|去)|^(?:过|进|上|下|去|出|回)个|一下$|一眼$")
# where the value came from, said after it: "这个是我们站自己定的", "这个是去年第三方调查的口径" (why it is right —
# "省里考核要求的" — is part of the answer); whose it is, beside a person or a phone: "医务科的", "是館辦公室的"
_FROM = re.compile(r"^(?:这个|这|那个)?(?:是|就是)?[\u4e00-\u9fa5]{1,12}?(?:定的|给的|发的|报的|报上来的|提供的|统计的|口径)$")
_WHOSE = re.compile(r"^(?:是|就是)?[\u4e00-\u9fa5]{0,8}?(?:科|股|室|站|所|办|處|处|馆|館|队|中心)的$")
# what she has just done, beside the value it gave: "刚翻到预算书了", "刚调过来的", "刚才没打完就发出去了"
# "let me tell you something": she opens a story of her own ("和你讲件事", "说个题外话"); what follows it, naming no field
# and no document, is the story, no text of the form's
_TELL = re.compile(r"^(?:(?:跟|和|给|同)(?:你|您)|我)?(?:说|讲|聊|唠)(?:个|件|一个|一件)(?:事儿?|事情|题外话|闲话)[哈啊呀哦吧]*$|"
                   r"^(?:说句|讲句)?(?:题外话|闲话)[哈啊呀哦吧]*$")
_JUST = re.compile(r"^(?:[我俺她他]|人家)?(?:也|才|是)?(?:刚刚?|刚才)")
_GREETING = re.compile(r"(?:你|您|侬|恁|新年|早上|上午|下午|大家)好|歹势|在吗")
# she speaks of her unit or office as "we", in a clause that gave the field nothing ("我们所每年都报这个", "我们办公室就两个人
# 弄这些表", "额们县上今年头一回搞"): talk beside a name, a code or an amount (in a text it is her prose; beside a unit
# or a person it says who is above whom: "我们是它下属的", "我们主席"; beside a row, how the figure is got: "我们每次都做问卷的")
_WE = re.compile(r"(?:我们|额们|俺们|咱们|阿拉)")
_WHERE = re.compile(r"^(?:就是|搁|在)?(?![那这])[\u4e00-\u9fa5]{2,10}?(?:那个|那些|那家|那里|那旮旯|那疙瘩)[\u4e00-\u9fa5]{0,4}?(?:嘛|吧|呀|啊)?$")
# someone of her office by title, doing something beside her answer: "科长就在边上盯着", "局长出去接电话了"
_TITLED = re.compile(r"^(?:我们|俺们|咱们)?(?:局长|主任|科长|股长|站长|所长|院长|馆长|队长|处长|部长|书记|领导|校长)(?![的说讲])"
                     r"[\u4e00-\u9fa5]{1,10}?(?:了|呢|着|啦|去了|来了)$")


@lru_cache(maxsize=2)
def _markers(text: bool = False) -> re.Pattern:
    """The talk markers of acts.yaml; in a text of hers, those her text may not hold as its content."""
    lex = yaml.safe_load((HERE / "acts.yaml").read_text(encoding="utf-8"))
    words = [str(w) for w in lex["talk_markers"] if not (text and str(w) in map(str, lex["text_may_hold"]))]
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def talk_left(iv: "Interview", q: "Question | None", r: "Reading", reply: "Reply") -> None:
    if q is None or "chatter" in r.acts or "answer" not in r.acts or q.kind not in ("field", "funding", "indicators"):
        return
    rows = [p.split(":", 1)[1] for p in reply.changed if p.startswith("indicators:")]
    if q.field.startswith("indicators"):
        kind = "indicators"              # "验收通过率100%，好家伙系统又转圈了": the rows it took, and talk
        if not rows:
            return
    else:
        kind = "funding" if q.field == "funding" else F.kind(q.field)
        if kind not in _KINDS + ("text",) or not any(p == q.field or p.startswith(q.field + ".") for p in reply.changed):
            return
    values = rows + [str(v) for v in (get(iv.form, p) for p in reply.changed if not p.startswith("indicators"))
                     if v not in (None, "")]
    if kind == "text":
        values = []                      # her text is kept whole: a clause of it can still be talk
    head = _READ_FROM.match(re.sub(r"\s+", "", r.raw or r.text))
    if head and not F.mentions(head.group(0), iv.form) and not _FIGURE.search(head.group(0)) \
            and not re.search(r"这样|这么|如下", head.group(0)):     # "去年的是这样写的：…" shows what to write
        r.act("chatter")                 # "本子上写的是：…": where she read it, beside the value
        return
    lead = re.match(r"([^：:，,。]{2,12})[：:]", re.sub(r"\s+", "", r.raw or r.text))
    if lead and to_you(lead.group(1)):
        r.act("chatter")                 # "恳请贵方知悉：本项目资金总额为…": a letter's words to its reader, then the value
        return
    for clause in re.split(r"[，,。；;！!\n（）()]+|\s{1,}", r.raw or r.text):
        c = re.sub(r"\s+", "", clause)
        src = _SOURCE.match(c)
        if src and _FIGURE.search(c[src.end():]):
            r.act("chatter")             # "校长讲总共一百八十六万": who said it, beside the value
            return
        if q.field == "filler" and re.fullmatch(r"(?:是)?(?:我|俺)(?:来)?填(?:的|表)?(?:吧|啊)?", c):
            continue                     # "我填的，马思远": that she is the one who fills it, beside her name
        if len(c) < 2 or _PLAIN.match(c) or _FIGURE.search(c) or _ACTS.search(c) or F.mentions(c, iv.form) \
                or not ((kind != "text" and _markers().search(c)) or _spoken(c, kind)):
            continue
        if any(_overlaps(c, v) for v in values) and not (kind == "indicators" and _ME.search(c)
                                                        and not any("我" in v for v in values)):
            continue                     # (a row's words in a clause of hers about herself: "我当老师的肯定满意")
        r.act("chatter")
        return


def talk_only(text: str, form, away: bool = False) -> bool:
    """Every clause of a message given to a text question (概况, 依据, 目标 …) is talk — she of herself, someone
    else, a colleague's doing, what she has just done, a greeting, talk to the assistant — and none holds a
    figure, a document or a field's name: "我手机快没电了，后面让接手的小刘跟你弄，她就坐我旁边", "去年是老李报的，
    他调走了"; or a sorry and then what kept her away ("不好意思哈，刚刚隔壁办公室喊我去搬茶叶样品"). Nothing of it
    is her text."""
    parts = [re.sub(r"\s+", "", c) for c in re.split(r"[，,。；;！!：:\n]+" + (r"|\s+" if away else ""), text or "")]
    parts = [c for c in parts if c.strip("…~～") and not re.fullmatch(r"(?:这个|那个|这|那|嗯|啊|哎|呃)+", c)]
    if len(parts) > 1 and _TELL.match(parts[0]) and not any(re.search(r"[《》〔〕]", c) or F.mentions(c, form) for c in parts):
        return True
    if not parts or any(_FIGURE.search(c) or re.search(r"[《》〔〕]", c) or F.mentions(c, form)
                        or lexicon.clause_acts(c) not in ([], ["chatter"]) for c in parts):
        return False                     # "侬帮我写一段好伐": an act of its own (a 不知道), no talk
    if _SORRY.match(parts[0]) and len(parts) > 1 and _JUST.match(parts[1]):
        return True
    if away and _AWAY.match(parts[0]) and len(parts) > 1 and all(
            _HAPPENING.search(c) or to_you(c) or _JUST.match(c) or _THEY.match(c) or _TOLD.search(c) or _spoken(c, "text")
            for c in parts[1:]):
        return True                      # nothing read, she asks to wait and says what happens: "等下 过个收费站"
    return all(to_you(c) or of_filling(c) or _SORRY.match(c) or _JUST.match(c) or _THEY.match(c) or _TOLD.search(c)
               or _spoken(c, "text") for c in parts)


# she, a superior, the day around her: who or what a remark speaks of ("站长刚打电话来催", "镇里今天停电，俺用手机填的",
# "网又断了", "压力山大")
_ABOUT_HER = re.compile(r"我|俺|咱|你们|领导|局长|科长|股长|主任|站长|所长|书记|校长|院长|馆长|队长|停电|断网|卡死|死机|没电|"
                        r"压力山大|头大|累死|忙死|催")
# a reply to the offer inside the message ("不用，这个就干一年", "行，…"): no remark only
_REPLY = re.compile(r"不要|不用|不需要|不必|不写|不填|跳过|确认|同意|^(?:好的?|行|可以|是的?|对|中|要得|没有|没|无|否|别)(?:了|吧|啊|呀|的)*$")
# two characters that say nothing of a project by themselves
_COMMON = frozenset("今年 明年 去年 我们 项目 完成 实施 进行 开展 工作 提高 提升 确保 保障 全年 年度 目标 全部 一个 这个 那个 "
                    "可以 不是 就是 没有 已经 还要 什么 怎么 的话 一下 今天 镇里 县里 市里 村里 里的".split())


def _pairs(text: str) -> set[str]:
    t = re.sub(r"[^\u4e00-\u9fa5]", " ", text or "")
    return {t[i:i + 2] for i in range(len(t) - 1) if " " not in t[i:i + 2]} - _COMMON


def off_project(text: str, form, offered=None) -> bool:
    """A message to a goal's question that is a remark of hers, not a goal: no figure, no document, no act of its own, it
    speaks of her, a superior or her day, and it shares at most one word (two characters) with all the form holds of the
    project — its name, units, texts, rows, lines — and the goal offered ("站长刚打电话来催，我得抓紧", "今年还要迎接省里
    复评，压力山大"). A goal of hers names what the project does ("往后两年接着办，争取全县乡镇都覆盖" speaks of
    no one): it is kept."""
    parts = [re.sub(r"\s+", "", c) for c in re.split(r"[，,。；;！!\n]+", text or "") if c.strip()]
    if not parts or _FIGURE.search(text) or re.search(r"[《》〔〕：:]", text) \
            or any(lexicon.clause_acts(c) not in ([], ["chatter"]) or _REPLY.search(c) for c in parts) \
            or not _ABOUT_HER.search(text):
        return False
    held = [form.project_name, form.unit, form.department, form.overview, form.basis, form.necessity,
            *(i.name for i in form.indicators), *(b.name for b in form.budget_items), str(offered or "")]
    known = set().union(*(_pairs(str(x)) for x in held if x))
    return len(_pairs(text) & known) <= 1


def _spoken(clause: str, kind: str) -> bool:
    """The clause is someone speaking — she of herself, a colleague of the value, a greeting — or the value
    described by where it is (a function code's name is no description: it names the code). In a text of hers
    (概况, 必要性) only she herself or a greeting: 领导批示, 上级下发 are what such a text is made of."""
    if kind == "text":
        return bool(_SELF.search(clause) or _GREETING.search(clause) or _markers(True).search(clause))
    return bool(_SELF.search(clause) or (kind == "indicators" and _ME.search(clause)) or (kind not in ("org", "person", "indicators") and _WE.search(clause)) or _TOLD.search(clause) or _GREETING.search(clause) or _JUST.match(clause)
                or (kind not in ("funding", "money") and _FROM.match(clause))   # 财政给的: where money is from
                or (kind in ("person", "phone") and _WHOSE.match(clause))
                or (kind in ("org", "person") and _OFFICE.match(clause))
                or (kind in ("person", "phone") and _THEY.match(clause))     # "罗斌，…，他这周出差了"
                or (kind not in ("code", "dept_code") and _WHERE.match(clause))
                or _TITLED.match(clause))


def _overlaps(clause: str, value: str) -> bool:
    """The clause holds some of the stored value (two characters running), or the value holds the clause."""
    v = re.sub(r"\s+", "", value)
    return clause in v or any(clause[k:k + 2] in v for k in range(len(clause) - 1))


__all__ = ["off_project", "talk_left", "talk_only"]
