"""What she says to what was offered: a no (to the options, the drafted proposal) then her own answer,
and a yes among talk at the final check of the numbers. Pure.

    refuse_offer("这几个都不对路，我们写：社区矫正对象再犯罪率≤0.2%", q, r)   # "社区矫正对象再犯罪率≤0.2%", r.acts += ["deny"]
    refuse_offer("你这个太虚了，审核肯定打回来。改成：食品抽检总体合格率≥97%", q, r)   # "食品抽检总体合格率≥97%"

The no is a deny; what follows her lead-in ("我们写：", "改成：", "我的：") is the answer, so neither the
complaint nor the lead-in becomes part of a name or a goal.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .acts import Reading

# what was offered, as she points at it: "这个", "那段", "这条", "这版", "这一稿", "这个版本" (one list for every
# reading of a yes or a no of the offer: acts._NO and _YES_OF, and the patterns below)
OFFERED = r"(?:(?:这|那)(?:一)?(?:个版本|个|段|条|些|版|稿|句|份))"

# "这几个都不对路，我们写：…", "不用你那个，我自己写：…": no to what was offered, then her own answer
_REFUSE = re.compile(r"^(?:(?:这几个|这些|那几个|上面的?|你(?:给|写|拟|说)?的?(?:那个|这个|那些)?|你那个|一个)?(?:都|全都|全)?"
                     r"(?:不沾边|不合适|不对路|不太对|不对|不行|不好|不要|不用|不需要|没必要|不必|用不着|用不上|不适用|不符合)(?:了)?(?:你那个|(?:你|您)?(?:写|拟|给|说)?的?" + OFFERED + r")?(?:吧|啊)?)[，,。；;\s]+")
_OWN_LEAD = re.compile(r"^(?:那|那就|还是)?(?:我们|我|咱们)?(?:自己)?(?:就)?(?:写|填|改成|(?<![更替])换成(?!本)|用)(?:成|上|个|一个)?[：:，,\s]*")
# her own answer announced after a no: "改成：", "我的：", "我们的是：", "我自己写："
_OWN_COLON = re.compile(r"(?:改成|改为|(?<![更替])换成(?!本)|我们的是|我们的|我的是|我的|我自己写|我们自己写|自己写|我们写|我写|用我的|写成|"
                        r"(?:我|我们)?(?:自己)?(?:重写|重新写|照抄|抄)[^：:，,。；;]{0,8}?)\s*[：:]\s*")   # "我重写：", "我抄方案上的："
# the no before it: a refusal or a complaint about what was offered
_COMPLAINT = re.compile(r"不要|不用|不行|不好|不对|不合适|不沾边|太虚|太空|太泛|太大|空洞|打回|最烦|没用|不具体|不像话|别用|旧的|过时")


def refuse_offer(t: str, q: Any, r: "Reading") -> str:
    """A no to the offered options or proposal before her own answer: the no is a deny, the rest her answer
    without its lead-in ("我们写："), so neither becomes part of a name. The no may be a whole complaint
    ("你这个太虚了，审核肯定打回来。改成：…", "不要你写的这段，…最烦了。我的：…"): what follows her own
    lead-in and its colon is the answer."""
    if q is None or not (getattr(q, "choices", None) or q.proposal is not None or q.kind in ("indicators", "goals")):
        return t
    own = list(_OWN_COLON.finditer(t))
    if own and own[-1].end() < len(t.strip()) and _COMPLAINT.search(t[:own[-1].start()]):
        r.act("deny")
        return t[own[-1].end():].strip()
    m = _REFUSE.match(t.strip())
    if not m or not t.strip()[m.end():].strip():
        return t
    r.act("deny")
    own = _OWN_LEAD.match(t.strip()[m.end():].strip())
    rest = _OWN_LEAD.sub("", t.strip()[m.end():].strip())
    if own and own.group(0):
        return rest
    said = after_no(m.group(0) + rest)
    return rest if said == m.group(0) + rest else said


# after a no, what speaks of the offer itself ("你写的这个，太长了") or gives the reason for leaving the field
# empty ("不用，一年的项目") is no answer; her own answer follows her lead-in (写：, 改成) or is a text of its own
_OF_OFFER = re.compile(r"^(?:(?:你|您)(?:写|拟|给|说|弄|提)?的?" + OFFERED + r"?|" + OFFERED + r"|写得|写的)*"
                       r"(?:(?:太|有点|有些|不够|不太)[\u4e00-\u9fa5]{1,3}了?|不行|不好|不对|不要|不用|没用|用不上)?(?:吧|啊|了)?$")
_NO_HEAD = re.compile(r"^(?:不是|不对|不用|不要|不需要|没必要|不必|用不着|不行|不好)(?:你|您)?(?:写|拟|给|说)?的?" + OFFERED + r"?")
_REFUSAL = re.compile(r"^(?:不用|不要|不需要|没必要|不必|用不着)")


def after_no(rest: str) -> str:
    """What follows a no: the clauses about the offer dropped; after a refusal to fill (不用/不需要 …) a short
    clause is her reason, not a value (her own text is longer, or follows 写/改成)."""
    parts = [c for c in re.split(r"[，,。；;\s]+", rest) if c]
    if not parts or not _NO_HEAD.match(parts[0]):
        return rest
    left = [c for c in [_NO_HEAD.sub("", parts[0])] + parts[1:] if c and not _OF_OFFER.fullmatch(c)]
    if _REFUSAL.match(parts[0]) and left and len("".join(left)) < 10 and not re.search(r"写|填|改成|改为|(?<![更替])换成(?!本)", "".join(left)):
        return ""
    return "，".join(left)


# a clause that is itself the yes: it is settled, she went through it, or that is how it stays ("这下都对了",
# "看了一遍", "先这样", "对着哩" in Shaanxi, "冲冲冲")
_SETTLED = re.compile(r"^(?:(?:这回|这下|现在)?(?:都|全都)?(?:应该)?(?:对了|没问题了?|可以了|行了|好了)|(?:我)?(?:都|又|从头)?(?:看|核|查|检查|核对|过)了(?:一|两)?遍|"
                      r"(?:那|那就)?(?:先|就)这样|对着(?:哩|呢|嘞|咧)|冲+|"
                      # done, send it: "搞掂", "asap提交"; said as an office does: "我处无异议", "予以确认"
                      r"搞掂|搞定|(?:asap|尽快|赶紧|马上|可以)?提交|(?:我[处局科所站])?(?:无异议|没有异议|予以(?:采纳|确认|认可))"
                      r")(?:吧|啦|了)?$", re.I)
# she looked again, said before her yes: what she did, no wait
_LOOKED = r"(?:再|又|重新)看了?(?:一眼|一遍|一下|看)?|(?:又|再|重新)?(?:看|核|查|核对)了(?:一|两)?遍|(?:核对|检查)了?一下"
_NOT_YET = re.compile(r"\d|改|不对|错|不是|再看|看看|等等|等一下|稍等|问问|核对一下|还没|先别")


# a yes said with who or what it is of before it ("科长看了屏幕，说确认", "这张表确认", "先确认了", "百分之百确认",
# "不用填那就确认"), or typed by its sound ("确仁"); never after a word of not, wait, asking or ability ("还不能确认",
# "等领导确认", "请科长确认", "你确认")
_SAID_YES = re.compile(r"^(?![^确却缺]*(?:等|再|待|请|别|没|未|无法|不能|不敢|不好|不了|要不要|是否|能否|可否|吗|么))(?:[\u4e00-\u9fa5]{0,8}?(?<![不没别未再等待请让要得能需去来你您他她帮给以法])(?:说|先|就|那就|都|也)?)?"
                       r"(?:确认|确[仁人任]|[却缺]认)(?:了|吧|啦|哈|啊|呀)*$")


def final_yes(p: str, q: Any, r: "Reading", form: Any = None) -> bool:
    """At the final check, a yes said among talk ("确认～辛苦啦，比去年的表好填多了", "这回对了，确认",
    "好的好的，终于弄完了"): confirm, and chatter for the rest; never with a figure or a word of change or delay.
    A clause that says what she looked at is right ("198万对的", "母牛是一万二千头没错", "数都对得上", "应该对的")
    is part of the yes, no talk, when every figure it restates is one the form holds (a figure the form does not
    hold may be a change: left to be read as one)."""
    if q is None or q.kind != "confirm":
        return False
    from . import fields as F
    from .restore import KEEP_AS_IS
    p = re.sub(r"(?i)\b(?:all|looks)\s+good\b", "好", p)      # "All good": a yes
    parts = [c for c in re.split(r"(?:[，。！!；;～~…、？?\s]|,(?!\d{3}))+", p) if c]
    if any(F.mentions(c) and not (re.search(_LOOKED, c) and not re.search(r"是|为|\d|零|无|没|改|不对|错", re.sub(_LOOKED, "", c)))
           for c in parts):
        return False                     # "结转问过了没有，别的都对，确认": a figure named beside the yes is read first
        #                                  (a field named only as looked at again — "单位那栏再看一眼…对了" — is no change)
    looked = [c for c in parts if re.fullmatch(r"[\u4e00-\u9fa5]{0,10}?(?:再|又|重新)看(?:一眼|一下)", c)]   # a glance: part of
    #                                    the yes ("我再瞄一下…行，确认"); what she did before ("核了一遍"), talk beside it
    from .acts import _YES
    yes = [c for c in parts if _YES.match(c) or _SETTLED.match(c) or _YES.match(re.sub(r"^(?:那就|那|就)(?=确认)", "", c))
           or _SAID_YES.match(c) or KEEP_AS_IS.fullmatch(re.sub(r"^(?:这回|这次|这下|现在)", "", c))]   # "这回不改了": a yes
    if not yes:
        return False
    said_right = any(_RIGHT.search(c) for c in parts)
    right = [c for c in parts if c not in yes and _right(c, form, said_right)]
    last = max(i for i, c in enumerate(parts) if c in yes)
    looked = [c for c in looked if parts.index(c) < last]     # (looking again before the yes: part of it)
    other = [c for c in parts if c not in yes and c not in right and c not in looked]
    if any(_NOT_YET.search(re.sub(_LOOKED, "", c)) if parts.index(c) < last else _NOT_YET.search(c) for c in other):
        return False                     # (looking again before the yes is what she did: "我又核了一遍，对，确认"; after it,
        #                                  a wait: "确认，我再看看")
    r.yes = True
    r.act("confirm")
    if other:
        r.act("chatter")
    return True


# what she looked at is right: "没错", "对的", "对得上", "没问题了吧？", "冇得问题了"
_RIGHT = re.compile(r"(?:没错|是?对的|对得上|都对|无误|没(?:有)?问题了?|冇得?问题了?|莫得问题|正确)(?:吧|了|的|哈|啊|呀|哦)*[？?]?$")
_RIGHT_HEAD = re.compile(r"^(?:我看|看了|应该|都|全都|这回|这下|数字?都?|数据都?|金额都?|那)*$")
_ROW_NO = re.compile(r"第\s*(?:\d+|[一二三四五六七八九十])\s*(?:行|项|条|个|栏)")
_FIGURE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?\s*万?|[零〇一二两三四五六七八九十百千万亿点]{2,}|[一二两三四五六七八九十]\s*万")


def _right(c: str, form: Any, said_right: bool) -> bool:
    """A clause of the yes: the thing and figure she restates, then that it is right ("链路租赁是204,000元对的");
    a bare restatement beside such a clause ("导览牌四十二块、四十二万，没错"); every figure one the form holds."""
    m = _RIGHT.search(c)
    if not m and not said_right:
        return False
    head = _ROW_NO.sub("", c[:m.start()] if m else c)
    if re.search(r"改|不对|不是|错|再看|问问|还没|先别|等|吗|多少|几", head):
        return False
    figs = [f for f in _FIGURE.findall(head) if re.search(r"\d|[一二两三四五六七八九十百千]", f)]
    if not figs:
        return bool(m) and bool(_RIGHT_HEAD.fullmatch(head))
    held = _held(form)
    return bool(held) and all(_values(f) & held for f in figs)


def _values(f: str) -> set[float]:
    """What a figure may stand for: as written, in 万 and in 元 (204,000元 is 20.4万; 0.5万亩 is 5000亩)."""
    from .answers import to_number
    wan = f.rstrip().endswith("万") and len(f.strip()) > 1
    n = to_number(f.strip().removesuffix("万") if wan and re.search(r"\d", f) else f.strip())
    if n is None:
        return set()
    if wan and re.search(r"\d", f):
        n *= 10000
    return {round(x, 4) for x in (n, n / 10000, n * 10000)}


def _held(form: Any) -> set[float]:
    if form is None:
        return set()
    out: set[float] = set()

    def walk(v: Any) -> None:
        if isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            out.add(round(float(v), 4))
        elif isinstance(v, str):
            for f in _FIGURE.findall(v):
                out.update(x for x in _values(f) if x == x)
    walk(form.to_json())
    return out


__all__ = ["after_no", "final_yes", "refuse_offer"]
