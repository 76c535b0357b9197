"""Slips and second thoughts inside one message (acts.py reads them before the value): a figure of this
same message said wrong and fixed in the same breath, and a yes to what was proposed with a figure of it
changed ("对，不过人数是13"). Pure.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from . import answers as A

if TYPE_CHECKING:
    from .acts import Reading

# "…最后一批12点50才吃上饭 哦不是12点50是1点…": she quotes a figure of this same message as wrong
_SAID_FIX = re.compile(r"[，,\s]*(?:哦|噢|呃|啊|额)?\s*不是\s*(?P<old>[^，,。；;\s是]{1,10}?)\s*[，,]?\s*(?:而)?是\s*(?P<new>[^，,。；;\s]{1,10}?)"
                       r"(?=$|[，,。；;\s])")


# "128.6万（不是126.8）", "68.5万（不是65.8，小周念反了）": right after her figure, the wrong one quoted in brackets
_NOT_THAT = re.compile(r"(?<=[\d万元块%])\s*[（(]\s*(?:而)?不是\s*[\d.零〇一二两三四五六七八九十百千万]+[^（）()\n]{0,24}[）)]")
# "12公里不是15": the same without brackets, the wrong figure ending its clause
_NOT_THAT_BARE = re.compile(r"(?<=[\d%％万元个人户次台套座处里米亩天])\s*(?:而)?不是\s*(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万点]+)"
                            r"\s*(?:万元|元|万|个|人|户|次|台|套|座|处|公里|米|亩|天|%|％)?(?=\s*(?:[，,。；;]|$))")


def not_that(rest: str) -> str:
    """Her text without the wrong figure she quotes right after the one she means, bare ("12公里不是15") — for a list of
    rows or lines, where the figure before 不是 is the row's (a single field's "806公里不是860" corrects an earlier value)."""
    return _NOT_THAT_BARE.sub("", rest)


def fixed_in_place(rest: str) -> str:
    """A slip fixed in the same breath, the wrong figure written earlier in this message: her text with
    the new figure in its place and the fix taken out. Nothing said before this message is changed. A
    bracketed "（不是126.8）" right after a figure quotes the wrong one: the figure before it stands."""
    rest = _NOT_THAT.sub("", rest)
    for m in reversed(list(_SAID_FIX.finditer(rest))):
        old, new = m.group("old"), m.group("new")
        at = rest.rfind(old, 0, m.start())
        if at < 0 or not re.search(r"\d|[零一二两三四五六七八九十百千]", old):
            continue
        rest = rest[:at] + new + rest[at + len(old):m.start()] + rest[m.end():]
    return rest



# "…耕第“非农化”…，耕第打错了，是耕地": a word of this same message typed wrong, fixed at its end
_WORD_FIX = re.compile(r"[，,。；;\s]+(?P<old>[\u4e00-\u9fa5]{2,6})(?:打错了|写错了|输错了|打错|写错)[，,\s]*(?:应该是|应是|是)"
                       r"(?P<new>[\u4e00-\u9fa5]{2,6})[。！!]?\s*$")


def word_fixed(text: str) -> str:
    """A word typed wrong earlier in this same message and fixed at its end: the message with the word right and
    the fix taken out; a fix of a word not written before in it (a change of something said before) stays."""
    m = _WORD_FIX.search(text or "")
    if not m or len(m.group("old")) != len(m.group("new")) or m.group("old") not in text[:m.start()]:
        return text
    return text[:m.start()].replace(m.group("old"), m.group("new"))


_BUT = re.compile(r"[，,。\s]*(?:不过|但是|但|只是|就是)[，,\s]*")


def yes_but(rest: str, q: Any, r: "Reading") -> str:
    """"对，不过人数是13", "你写的那个可以，不过数量是4台": a yes to what was proposed, then a change of a
    figure in it: the yes is kept, the rest is a correction (applied where the figure belongs, never the
    proposal's text)."""
    from .acts import _ADOPT, _YES
    if q is None or not (q.proposal is not None or q.kind in ("confirm", "fix")) or r.yes is False:
        return rest
    m = _BUT.search(rest)
    if not m:
        return rest
    head, tail = rest[:m.start()], rest[m.end():]
    if not head.strip("，,。 "):         # the yes was read off already ("好的，"): it is what came before in the message
        head = r.text.split(m.group(0).strip("，,。 \t"), 1)[0].strip("，,。 ")
    figure = re.compile(r"\d|[一二两三四五六七八九十百千]")
    if not (figure.search(tail) or not tail and any(figure.search(x.value or "") for x in r.named)) or figure.search(head):
        return rest
    if not (r.adopt or _YES.match(head) or A.is_accept(head) or _ADOPT.search(head)
            or re.search(r"(?:可以|行|没问题|挺好|不错|同意)(?:的|了|吧)?$", head)):
        return rest
    r.yes = True
    r.act("confirm")
    r.act("correction")
    r.marked = True
    return tail


# "实施单微：县档案馆", "填报入：潘小燕": a label before a colon, as typed on a phone
_LABEL_AT = re.compile(r"(?:^|(?<=[，,。；;！!\s\]】]))([\u4e00-\u9fa5]{3,6})(?=\s*[：:])")


def _field_of(word: str) -> tuple[str, ...]:
    from . import fields as F
    return dict(F._words()).get(word, (word,))


def _labels() -> dict[int, list[str]]:
    from . import fields as F
    out: dict[int, list[str]] = {}
    for w, _ in F._words():
        if re.fullmatch(r"[\u4e00-\u9fa5]{3,6}", w):
            out.setdefault(len(w), []).append(w)
    return out


# her reply written as a questionnaire's: "答：县商务局", "问：实施单位 答：县商务服务中心", "问：科目是什么意思？"
_ASKED_AS = re.compile(r"^\s*问\s*[：:]\s*(?P<label>[^：:？?\n]{1,16}?)\s*答\s*[：:]\s*(?=\S)")
_ANSWERED_AS = re.compile(r"^\s*(?:问|答|回答|答复)\s*[：:]\s*(?=\S)")


# what a clerk used to data types: a JSON object ('{"实施单位": "县…", "主管部门": "县…"}', '"填报人": "章一鸣"'), an
# indicator as an object ('{"name": "设备在线率", "op": ">=", "value": 95, "unit": "%"}'), a code fence ("```json"), null
_FENCE = re.compile(r"^\s*```[A-Za-z]*\s*$", re.M)
_JSON_OPS = {">=": "≥", "=>": "≥", "≥": "≥", "<=": "≤", "=<": "≤", "≤": "≤", "==": "=", "=": "=", ">": ">", "<": "<"}
_ROW_KEYS = {"name", "op", "value", "unit"}


def _json_value(v: object) -> str:
    if v is None:
        return "无"
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, (int, float)):
        return f"{v:g}"
    if isinstance(v, list):
        return "、".join(_json_value(x) for x in v)
    return str(v).strip()


def unjson(text: str) -> str:
    """A JSON object she typed, as the labelled text the interview reads ("实施单位：县…；主管部门：县…"); an indicator
    object as its row ("设备在线率≥95%"); the code fences around it are dropped, and null is no value (跳过). Objects with
    English keys other than an indicator's stay as typed (the English words are read later)."""
    t = _FENCE.sub("", text or "").strip()
    if not t:
        return text                      # a code fence alone: nothing of hers to read (never an empty 跳过)
    if t.lower() in ("null", "none", "nil", "undefined"):
        return "跳过"
    body = t.rstrip(",，")
    if not (body.startswith("{") or re.match(r'^"[^"]+"\s*:', body)):
        return text
    try:
        d = json.loads(body if body.startswith("{") else "{" + body + "}")
    except ValueError:
        return text
    if not isinstance(d, dict) or not d:
        return text
    if {"name", "value"} <= set(d) <= _ROW_KEYS:
        op = _JSON_OPS.get(str(d.get("op") or "=").strip(), "=")
        return f"{_json_value(d['name'])}{op}{_json_value(d['value'])}{_json_value(d.get('unit') or '')}"
    if not all(re.search(r"[\u4e00-\u9fa5]", str(k)) for k in d):
        return text
    return "；".join(f"{k}：{_json_value(v)}" for k, v in d.items())


# a comma that groups thousands ("326,000.00", "1,250,000元"): part of the figure, never a break between clauses
_GROUPED = re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?![\d,])")


def ungrouped(text: str) -> str:
    """Figures written with thousands separators, without them: every reader then splits clauses at commas safely."""
    return _GROUPED.sub(lambda m: m.group(0).replace(",", ""), text) if "," in (text or "") else text


# Markdown's marks, as an AI chat or a web editor gives them ("**项目概况**：", "### 年度目标", "`2130209`")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.M)
_MD_CODE = re.compile(r"(?<!`)`([^`\n]+)`(?!`)")


# a bullet at a line's head, as a chat app, an AI answer or a word processor's list gives it ("- 甲", "• 乙", "▪ 丙"):
# the mark of a list item, never a word or a minus sign of hers ("-5%" has no space after the mark)
_MD_BULLET = re.compile(r"^[ \t]*(?:[-*+][ \t]+|[•·●◦▪■◆◇★☆▶►➢➤][ \t]*)(?=\S)", re.M)


def unmarkdown(text: str) -> str:
    """The message without Markdown's emphasis, heading and code marks and its lines' bullets: formatting, never words
    of hers to store."""
    if not re.search(r"\*\*|__|`|^[ \t]*#", text or "", re.M) and not _MD_BULLET.search(text or ""):
        return text
    return _MD_BULLET.sub("", _MD_CODE.sub(r"\1", _MD_HEADING.sub("", _MD_EMPHASIS.sub(r"\2", text))))


# the marks that number a list's items: "（1）", "(2)", "1）", "3)", "一是", "其二，", "第三，" — each kind counted apart
_ENUM_KINDS = (r"[（(]\s*(?P<n>\d{1,2})\s*[)）]", r"(?<![\d.])(?P<n>\d{1,2})\s*[)）](?!\s*[\d%])",
               r"(?<![\u4e00-\u9fa5])(?P<n>[一二三四五六七八九十])是(?=[\u4e00-\u9fa5])",
               r"(?:其|第)(?P<n>[一二三四五六七八九十])\s*[，,、:：]")


def enumerated(text: str) -> list[str] | None:
    """The items of a list numbered in her text — "1）甲 2）乙", "（1）甲；（2）乙", "一是甲，二是乙" — without their
    numbers, when the first item opens the text and the numbers run 1, 2, 3 … in order; else None (a lone "（2）" or
    numbers out of order are no list of hers)."""
    from ..textnum import cn_to_number
    t = (text or "").strip()
    for kind in _ENUM_KINDS:
        ms = list(re.finditer(kind, t))
        nums = [int(m.group("n")) if m.group("n").isdigit() else int(cn_to_number(m.group("n")) or 0) for m in ms]
        if len(ms) >= 2 and ms[0].start() == 0 and nums == list(range(1, len(ms) + 1)):
            cuts = [m.start() for m in ms] + [len(t)]
            items = [t[m.end():cuts[i + 1]].strip(" \t\n，,；;。") for i, m in enumerate(ms)]
            return [i for i in items if i]
    return None


# a figure she quotes, as she copies it from the assistant's words or the form ("'≥95%'改成'≥98%'", "把“36万”改成“38万”"):
# the figure, the quote marks no part of it
_QUOTED_FIGURE = re.compile(r"[‘'“\"「『]\s*([^‘’'“”\"「」『』\n:：,，{}\[\]]{0,6}?\d[^‘’'“”\"「」『』\n:：,，{}\[\]]{0,8}?)\s*[’'”\"」』]")


def unquoted(text: str) -> str:
    """The message with the quote marks around a short figure taken off; quoted words stay quoted."""
    if not text or not re.search(r"[‘'“\"「『]", text) or re.search(r"[{}]|\"\s*:", text) \
            or not re.search(r"改成|改为|换成|应该是|应为|不是|写成|写的", text):
        return text                      # (JSON keeps its quotes: slips.unjson reads it; a name's “8·1” is its own)
    return _QUOTED_FIGURE.sub(r"\1", text)


# what a web page or a word processor leaves in copied text: tags of layout (never "<5%"), character entities, footnote
# marks after words (【1】, [2]) and the template's fill-in prompts ("（此处填写）", "（请填写项目概况）")
_HTML_TAG = re.compile(r"</?(?:br|p|div|span|font|b|strong|i|em|u|td|tr|th|table|tbody|thead|li|ul|ol|h[1-6]|section|article)"
                       r"\b[^<>\n]{0,200}?/?>", re.I)
_HTML_BREAK = re.compile(r"<(?:br|/p|/div|/li|/tr|/h[1-6])\b[^<>\n]{0,200}?/?>", re.I)
_ENTITY = re.compile(r"&(?:nbsp|ensp|emsp|thinsp|amp|lt|gt|quot|apos|middot|ldquo|rdquo|lsquo|rsquo|mdash|hellip|#\d{2,6}|#x[0-9a-f]{2,5});",
                     re.I)
_FOOTNOTE = re.compile(r"(?<=[\u4e00-\u9fa5。，；、）)%])\s*【\d{1,2}】")     # ([1] and its note line: unnoted)
_FOOTNOTE_LINE = re.compile(r"^\s*(?:注\s*)?【\d{1,2}】", re.M)
_FILL_PROMPT = re.compile(r"[（(]\s*(?:此处|在此|请在此处?|请)\s*(?:填写|填报|输入|录入)[^（）()]{0,16}[)）]")


# a chat app's address to the assistant or the group at the head of a message ("@助手 ", "@所有人 "): whom she writes
# to, no word of the answer ("@县妇联 是我们单位" names a unit: kept)
_ADDRESSED = re.compile(r"^\s*[@＠](?:小?助手|智能助手|绩效助手|填报助手|机器人|AI|ai|Ai|客服|所有人|全体成员|管理员)(?:[\s\u2005\u3000]+|[：:，,]\s*)"
                        r"|^\s*[（(【\[]\s*1\s*/\s*[2-9]\s*[)）】\]]\s*[：:，,]?\s*")   # "（1/3）": the first of her parts (later
#                                                                         parts go on from it: addto.py)


def unresidue(text: str) -> str:
    """Copied text without a page's tags and entities, footnote marks and a template's fill-in prompts: layout, never
    her words (a <br> or a </p> parts lines); a message without the chat app's address at its head."""
    text = _ADDRESSED.sub("", text or "", count=1)
    if not text or not re.search(r"[<&【\[［（(]", text):
        return text
    import html
    t = _HTML_TAG.sub("", _HTML_BREAK.sub("\n", text))
    t = _ENTITY.sub(lambda m: html.unescape(m.group(0)).replace("\xa0", " "), t)
    t = _FILL_PROMPT.sub("", t if _FOOTNOTE_LINE.search(t) else _FOOTNOTE.sub("", t))   # (a note of hers kept: a value's source)
    return re.sub(r"(?m)^[ \t\u3000]+", "", re.sub(r"[ \t\u3000]{2,}", " ", t)).strip() if t != text else text


# a ditto mark alone, as under the line above on a paper form: "〃", "″", "''"
_DITTO = re.compile(r"\s*(?:〃|″|''|\"\"|“”|ditto)\s*", re.I)


def ditto(text: str) -> str:
    """A ditto mark alone is 同上 (the value of the field before, same.py); any other message as it is."""
    return "同上" if _DITTO.fullmatch(text or "") else text


def qa(text: str) -> str:
    """Her message without the 问：/答： of a questionnaire: after "问：<label> 答：" the label stays as the answer's
    label ("实施单位：县商务服务中心"); "答：" alone is only the mark of an answer."""
    m = _ASKED_AS.match(text or "")
    if m:
        return f"{m.group('label')}：{text[m.end():]}"
    return _ANSWERED_AS.sub("", text or "", count=1)


_SETTLED_LABEL: list = []


def settled(text: str) -> str:
    """A label, then word that it is now settled, then its value: "科目也核了，2110302", "开工时间也定了，明年4月…",
    "评审出来了：…" → "科目：2110302": the news is the label's value, never talk beside it."""
    if not _SETTLED_LABEL:
        from . import fields as F
        words = sorted({w for w, _ in F._words() if len(w) >= 2}, key=len, reverse=True)
        _SETTLED_LABEL.append(re.compile(r"(?:^|(?<=[，,。；;！!\s]))(?P<w>" + "|".join(map(re.escape, words)) + r")"
                                         r"(?:也|都|已经|终于|总算)*(?:核|定|查|确定|批|批复|问|算|落实)(?:好|清楚|准|出来|下来)?了"
                                         r"\s*[，,：:]\s*(?=\S)"))
    return _SETTLED_LABEL[0].sub(lambda m: m.group("w") + "：", text)


_BOTH_NONE: list = []


def both_none(text: str) -> str:
    """Two amounts named together and none of either: "结转和其他资金两样都没有" → "结转没有，其他资金没有"."""
    if not _BOTH_NONE:
        from . import fields as F
        words = "|".join(map(re.escape, sorted({w for w, ps in F._words() if F.kind(ps[0]) == "money" and len(w) >= 2
                                                and w not in ("总计", "共计", "合计", "一共", "总共", "全年")}, key=len, reverse=True)))
        _BOTH_NONE.append(re.compile(r"(?P<a>" + words + r")\s*(?:和|跟|与|及|、)\s*(?P<b>" + words + r")\s*(?:这)?(?:两样|两项|两个|俩)?"
                                     r"\s*(?:都|均|也都|全都|全)\s*(?P<n>没有|无|没|为零|是零|为0|是0)"))
    return _BOTH_NONE[0].sub(lambda m: f"{m.group('a')}{m.group('n')}，{m.group('b')}{m.group('n')}", text)


# "不是没有其他资金，有，5万": a none she denies is there — "其他资金有，5万" (the double no never read as 没有)
_NOT_NONE = re.compile(r"(?:^|(?<=[，,。；;\s]))不是(?:没有|没|无)(?P<x>[\u4e00-\u9fa5]{0,8}?)[，,]\s*(?:而)?是?有(?:的)?(?=[，,]|\s*\d|$)")


def not_none(text: str) -> str:
    return _NOT_NONE.sub(lambda m: f"{m.group('x')}有", text)


# words said twice as she speaks ("围墙…围墙四十万", "是，是县水务局", "就是，就是…"): said once
_STUTTER = re.compile(r"(?:(?<=^)|(?<=[，,。；;…\s：:]))([\u4e00-\u9fa5]{2,12}|是)(?:\s*(?:[，,]|…+|\.{3,})\s*\1)+")


# spoken, not typed: a pause (…) or a sound (呃, 嗯) that no one types
_VOICED = re.compile(r"…|\.{3,}|(?:^|[，,…\s])(?:呃|嗯|额|emm)+(?=[，,…\s]|$)")
# a sound or a pointing word standing alone between pauses ("，呃，", "…嗯…", "是那个…"): nothing said
_FILLER = re.compile(r"(?:(?<=^)|(?<=[，,…\s]))(?:呃|嗯|额|啊|那个|这个|就是)+(?:[，,]|…+)\s*|(?<=是)(?:那个|这个)…+")
# "…文化站，文化站设备更新": a word she ends on and starts again with — one name, said in one go
_RESTART = re.compile(r"([\u4e00-\u9fa5]{2,8})(?:\s*(?:[，,]|…+)\s*\1)+")


_AMOUNT_AFTER = re.compile(r"(?<=[\u4e00-\u9fa5])[，,]\s*(?=(?:[\d.]+|[零〇一二两三四五六七八九十百千点]+)\s*(?:万元|万|元|块)(?:[，,。；;]|$))")


def unstuttered(text: str) -> str:
    """Words said twice as she speaks, said once; in speech (pauses, sounds), also the sounds between pauses and
    a word she starts again with."""
    if _VOICED.search(text or ""):
        text = _RESTART.sub(r"\1", _FILLER.sub("", text))
        text = _AMOUNT_AFTER.sub("", text)   # "门岗改造，十二万": the name, a pause, its amount — one line
    return re.sub(r"是(?:\s*(?:[，,]|…+)\s*是)+", "是", _STUTTER.sub(r"\1", text))   # "名称是，是…": one 是


# a label cut short before its colon ("填报：卜嘉"): the whole label
_SHORT_LABEL = re.compile(r"(?:^|(?<=[，,。；;\s]))(填报|填表|经办)(?=\s*[：:])")
# a date written with slashes ("2026/11/30前演完"): year, month and day as the form writes them
_SLASH_DATE = re.compile(r"(?<![\d/])((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?![\d/])")


def labels(text: str) -> str:
    """Misspelt labels before a colon, each one character off exactly one label of the form (主观部门 →
    主管部门, 项目概括 → 项目概况, 立项一据 → 立项依据, 预算名细 → 预算明细, 联糸电话 → 联系电话), written right;
    a word that is a label itself, or near two, stays as it is."""
    text = _SLASH_DATE.sub(lambda m: f"{m.group(1)}年{int(m.group(2))}月{int(m.group(3))}日", text)
    if "：" not in text and ":" not in text:
        return text
    text = _SHORT_LABEL.sub(lambda m: m.group(1) + "人", text)
    known = _known()

    def fix(m: re.Match) -> str:
        w = m.group(1)
        same = known.get(len(w), [])
        if w in same:
            return w
        near = [k for k in same if sum(a != b for a, b in zip(k, w)) == 1]
        return near[0] if len({_field_of(k) for k in near}) == 1 else w     # 单位职嫩: near 单位职能 and 单位职责, one field
    return _LABEL_AT.sub(fix, text)


# a label as the form preview prints it, quoted: "预览里「实施单位」那栏", "【资金总额】显示95万", "「起止时间」那一栏"
_QUOTED_LABEL = re.compile(r"(?P<seen>(?:我|我们)?(?:看|在)?(?:表单|表格|申报表)?预览(?:页面|页)?(?:里面?|上面?|中|的)?\s*)?[「【『〖]\s*(?P<w>[\u4e00-\u9fa5]{2,8})\s*[」】』〗]"
                           r"(?P<box>(?=\s*(?:那|这)?一?(?:栏|项|格|行|处)|\s*(?:显示|里|中|上|写|填|的)))?")


def previewed(text: str) -> str:
    """A label of the form quoted as the preview prints it is that label, written plain (the 预览 it is seen in is
    no word of the answer); a quoted word that is no label stays as it is."""
    if not re.search(r"[「【『〖]", text):
        return text
    from . import fields as F
    words = {w for w, _ in F._words()} | {sp.label for sp in F.specs().values()}

    def plain_label(m: re.Match) -> str:
        if m.group("w") not in words or not (m.group("seen") or m.group("box") is not None):
            return m.group(0)            # "【项目名称】…【实施单位】…": labelled heads, read as such (bracket_heads)
        return m.group("w")
    return _QUOTED_LABEL.sub(plain_label, text)


# voice input's slips that a reader still reads: 十 for 是 after a field's label or 就/也/还 ("项目名称十城市…", "负责人十王建国",
# "就十它了"), where no count can stand (what follows is no figure, measure or time word); 完 for 万 right after a figure
# said in words or digits ("一百三十二完", "二十完"), at the end of its clause
_NOT_COUNTED = r"(?![零〇一二两三四五六七八九十百千万亿几多来余分年月日号点倍成个人名次台套户亩元块岁天周项条件场所座辆吨米斤公里平])"
_SHI_WORDS = r"(?:就|也|还|都)"
_WAN = re.compile(r"(?<=[零〇一二两三四五六七八九十百千\d])完(?=\s|[，,。；;！!]|$)")


def homophones(text: str) -> str:
    """十 for 是 and 完 for 万 as voice input writes them, read as meant; a 十 that may be a count stays. 坐 right
    after a figure is the measure word 座 ("新建公厕15坐")."""
    text = re.sub(r"(?<=\d)坐(?![位席车班])", "座", text) if "坐" in text else text
    if "十" not in text and "完" not in text:
        return text
    from . import fields as F
    labels = sorted({w for w, ps in F._words() if len(w) >= 2 and F.kind(ps[0]) in ("name", "org", "person", "text", "code")},
                    key=len, reverse=True)
    shi = re.compile(r"(?<![零〇一二两三四五六七八九百千万\d])(?P<lead>" + "|".join(map(re.escape, labels)) + "|" + _SHI_WORDS +
                     r")十(?=[\u4e00-\u9fa5])" + _NOT_COUNTED)
    text = shi.sub(lambda m: m.group("lead") + "是", text)
    return _WAN.sub("万", text)


def question_echoed(text: str, question: str) -> str:
    """The question copied back before her answer ("项目由哪个单位具体实施？请写单位全称。县林业局…", as a chat's quote
    or a copied form line gives it): the question's own sentences go, her answer stays. A message that is nothing
    but the question stays as it is (she may be asking it)."""
    if not text or not question:
        return text
    out = text
    for sentence in re.findall(r"[^？?。！!\n]{6,}[？?。！!]?", question):
        sentence = sentence.strip()
        at = out.find(sentence)
        if len(sentence) >= 6 and 0 <= at <= 2:      # at its start ("问：…" aside): a copy, not her words
            out = (out[:at] + out[at + len(sentence):]).lstrip("：: \n")
    return out if out.strip("，,。？?！!：: \n") else text


# "实施单位嘛，县总工会", "年度目标的话，用你写的": the label echoed before the answer, as a lead-in
_ECHO = re.compile(r"^\s*(?P<w>[\u4e00-\u9fa5]{1,8}?)(?:的话|嘛|么|呢)\s*[，,：:\s]\s*(?=\S)")
_OWN_HEAD = re.compile(r"^\s*(?P<w>[\u4e00-\u9fa5]{2,8}?)\s*[：:]\s*(?=\S)")
# her own value announced before a colon: "算了我自己定：…", "那我自己写：…", "我来填："
_I_SAY = re.compile(r"^\s*(?:算了|好吧|那|那就)?[，,\s]*(?:我|俺)(?:自己|自家|亲自)?(?:来)?(?:定|写|填|说)(?:吧|一个|一下)?\s*[：:]\s*(?=\S)")


# a section's heading of a pasted plan before its text: "六、政策依据⏎（一）…", "七、必要性分析：…"
_SECTION_HEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、．](?!\d)|[（(][一二三四五六七八九十]{1,3}[）)])\s*"
                           r"(?P<h>[\u4e00-\u9fa5]{2,12}?)\s*(?:[：:]\s*|\n\s*)(?=\S)")


def sectioned(text: str, asked: str) -> str:
    """A pasted section whose heading names the asked field (a word of its label: 依据, 必要性): the text without
    the heading; a heading of anything else stays (it may name another field)."""
    from . import fields as F
    m = _SECTION_HEAD.match(text or "")
    spec = F.spec(asked) if asked else None
    if not m or spec is None or F.kind(asked) != "text":
        return text
    words = [w for w in (spec.label, *spec.words) if len(w) >= 2]
    return text[m.end():] if any(w in m.group("h") for w in words) else text


def echoed(text: str, asked: str) -> str:
    """A label echoed before the answer: of the asked field (its label, a word of it, or their head:
    "中长期" of 中长期目标, "时效" of 时效指标), the lead-in goes and the answer stays; of another field
    (a word of the lexicon), it names that field as a label does ("主管部门的话，同上" → "主管部门：同上");
    any other word before 的话 is her talk, left as it is."""
    from . import fields as F
    own = _I_SAY.match(text)
    if own and asked and text[own.end():].strip():
        text = text[own.end():]          # "算了我自己写：县水务局": she gives her own value; the lead-in is none of it
    m = _ECHO.match(text) or _OWN_HEAD.match(text)
    if not m or not asked:
        return text
    w, rest = m.group("w"), text[m.end():]
    spec = F.spec(asked)
    own = [asked.split(".", 1)[1]] if asked.startswith("indicators.") else []
    own += [F.label(asked), *(spec.words if spec is not None and not asked.startswith("indicators") else ())]
    clipped = m.re is _OWN_HEAD and len(w) >= 2 and not F.is_field_word(w) and F.kind(asked) in ("org", "person", "name") \
        and any(x != w and x.startswith(w) for x in own)    # "实施：…", "主管：…": her label cut short, the answer after it
    if m.re is _OWN_HEAD and len(text) - m.end() > 8 and not clipped:
        return text                      # "中长期目标：略", "年度目标：用系统拟的": a short word after her own label only
    if any(x == w or (len(w) >= 2 and x.startswith(w)) for x in own):
        return rest
    return f"{w}：{rest}" if F.is_field_word(w) and m.re is _ECHO else text


# English words clerks mix in, as the Chinese words the readers know: "next year全年", "budget大概是60w", "today"
_ENGLISH = {"today": "今天", "this year": "今年", "next year": "明年", "last year": "去年", "budget": "预算",
            "name": "名字", "phone": "电话", "total": "总额", "unit": "实施单位", "department": "主管部门", "fix": "改一下",
            "tomorrow": "明天", "satisfaction": "满意度",
            "full year": "全年", "whole year": "全年", "all year": "全年", "lgtm": "可以", "looks good": "可以"}
# "Q1 to Q3", "Q3 end前": the quarters of a period ("到" between two times, "末" after a quarter)
_TO = re.compile(r"(?<=[\dQq季度月份年])\s*(?<![A-Za-z])to(?![A-Za-z])\s*(?=[\dQq])", re.I)
_QUARTER_END = re.compile(r"(?<=[Qq][1-4])\s*end(?![A-Za-z])", re.I)
_ENGLISH_AT = re.compile(r"(?<![A-Za-z])(" + "|".join(sorted(_ENGLISH, key=len, reverse=True)) + r")(?![A-Za-z])", re.I)


# pinyin left unconverted by the input method ("xiangmu名称", "bu yao 你写的", "queren"): the words of the
# form's labels and of yes / no / skip, each spelt whole (syllables with or without spaces); a name typed
# in pinyin ("zhouhai") is no word of these and stays as typed
_PINYIN = {"xiangmu": "项目", "mingcheng": "名称", "mingzi": "名字", "danwei": "单位", "bumen": "部门",
           "zhuguan": "主管", "fuzeren": "负责人", "dianhua": "电话", "shouji": "手机", "tianbaoren": "填报人",
           "zonge": "总额", "jine": "金额", "yusuan": "预算", "mingxi": "明细", "zhibiao": "指标", "mubiao": "目标",
           "queren": "确认", "queding": "确定", "bu yao": "不要", "buyao": "不要", "bu yong": "不用", "buyong": "不用",
           "bu dui": "不对", "budui": "不对", "bu shi": "不是", "bushi": "不是", "shi de": "是的", "shide": "是的",
           "hao de": "好的", "haode": "好的", "keyi": "可以", "meiwenti": "没问题", "mei wenti": "没问题",
           "tiaoguo": "跳过", "fanhui": "返回", "bu zhidao": "不知道", "buzhidao": "不知道", "meiyou": "没有",
           # the initials chat users type for whole words (bzd 不知道, dd 等等, qr 确认, hd 好的, mn dz 每年都做)
           "bzd": "不知道", "bqd": "不清楚", "dd": "等等", "dx": "等下", "qr": "确认", "hd": "好的", "kk": "可以",
           "mn dz": "每年都做", "mndz": "每年都做", "bxy": "不需要", "by": "不要"}
_PINYIN_AT = re.compile(r"(?<![A-Za-z])(" + "|".join(re.escape(w).replace(r"\ ", r"\s*")
                                                     for w in sorted(_PINYIN, key=len, reverse=True)) + r")(?![A-Za-z]|\s*码)", re.I)
# one syllable typed before the character it begins a word with: "mei有结转" (没有)
_SYLLABLE = re.compile(r"(?<![A-Za-z])mei(?=\s*有)", re.I)


# dialect words for 我们 ("额们村里的饮水工程" in Shaanxi, "偶们" typed online): read as 我们, so the
# lead-ins that drop 我们 drop them too (额 alone is an interjection, 金额们 no word)
_WE = re.compile(r"(?<![金份限定差名配余总超数税面全])(?:额|偶|俺)们")
# "年份都改成明年的", "时间也全部改为2027年": 都/也/全部 before a change verb say nothing of what changes
_ALL_OF = re.compile(r"(?<=[\u4e00-\u9fa5])(?:也|都|全部|全|统一|一律|一并)+(?=改成|改为|换成|写成|填成|改到)")


_I = re.compile(r"俺(?!们)")          # 俺 (Northern 我): "俺是李家庄村委会的" reads like "我是…"
_YOU = re.compile(r"恁(?=说|写|推荐|给|拟|看|帮|定|列|那|这)")     # 恁 (Shandong/Henan 你): "就用恁写的", "恁说写多少"
# 咧 after a verb (Shaanxi 了): "人数少算咧60个", "问咧会计", "嫑问咧" read like "少算了", "问了", "别问了"
_LIE = re.compile(r"(?<=[\u4e00-\u9fa5])咧(?!嘴|开)")
_BIE = re.compile(r"嫑")              # 嫑 (Shaanxi 不要): "嫑问咧" is "别问了"
_MEIYOU = re.compile(r"(?<![什怎那这多要])么有")   # 么有 (Gansu, typed online 没有): "结转么有" is "结转没有"


# punctuation said aloud into voice input ("项目名称冒号…句号", "书名号…反书名号"): the marks she dictated. A word of
# punctuation that is itself talked about ("画上圆满的句号", "打个问号", "这个逗号删掉") stays a word.
_DICTATED = (("反书名号", "》"), ("右书名号", "》"), ("左书名号", "《"), ("书名号", "《"), ("前引号", "“"), ("后引号", "”"),
             ("左引号", "“"), ("右引号", "”"), ("左括号", "（"), ("右括号", "）"), ("冒号", "："), ("逗号", "，"),
             ("句号", "。"), ("分号", "；"), ("顿号", "、"), ("问号", "？"), ("感叹号", "！"), ("叹号", "！"),
             ("反括号", "）"), ("后括号", "）"), ("前括号", "（"), ("括号", "（"), ("百分号", "%"), ("另起一行", "\n"),
             ("横杠", "-"), ("破折号", "——"))
_MARK_WORD = re.compile(r"(?<![的个上把那这该])(" + "|".join(w for w, _ in _DICTATED) + r")(?!(?:要|得|应该|也)?(?:删|去掉|去了|改成|改为|换成|打错|用错|多了|少了|不对))"
                        r"(?!里|内|中)")     # ("括号里的…": the brackets talked about)


@lru_cache(maxsize=1)
def _run_on() -> re.Pattern:
    from . import fields as F
    words = sorted({w for w, _ in F._words() if len(w) >= 2}, key=len, reverse=True)
    return re.compile(r"(?<=[\u4e00-\u9fa5\d])(?:然后|还有|另外|再就是|接着)(?=(?:" + "|".join(map(re.escape, words)) + r")(?:也)?(?:是|为|叫|写|填|[：:]))")


def dictated(text: str) -> str:
    """Punctuation dictated as words, read as the marks: "负责人冒号龚德华逗号电话冒号…句号" → "负责人：龚德华，电话：…。";
    "《" said for a title is closed where she said so ("书名号…反书名号"); a field's label after 然后 in unpunctuated
    speech ("…巡检然后单位是县水利局") starts a clause of its own."""
    text = _run_on().sub("，", text) if text and "，" not in text and "," not in text else text
    if not _MARK_WORD.search(text):
        return text
    marks = dict(_DICTATED)
    return _MARK_WORD.sub(lambda m: marks[m.group(1)], text)


# "不下200户", "不下于三千人": not fewer than
_NOT_UNDER = re.compile(r"不下(?:于)?(?=\s*[\d零〇一二两三四五六七八九十百千])")


def spoken(text: str) -> str:
    """Everyday forms read as the plain ones: 额们/俺们 → 我们, 俺 → 我, 咧 → 了, 嫑 → 别, "年份都改成" → "年份改成",
    "不下200户" → "不少于200户"."""
    text = _NOT_UNDER.sub("不少于", text)
    return _MEIYOU.sub("没有", _ALL_OF.sub("", _BIE.sub("别", _LIE.sub("了", _YOU.sub("你", _I.sub("我", _WE.sub("我们", text)))))))


# a digit on a keycap ("1️⃣", "3⃣") is the digit; a circled number (①–⑳) is one too when it stands alone as a pick
# ("②", "选②", "①③"), and a bullet when text follows it ("① 修复湿地面积≥1200亩 ② …": items, not numbers)
_KEYCAP = re.compile(r"([0-9])\uFE0F?\u20E3")
# ①–⑳, the bracketed and dotted ones ⑴–⒇ ⒈–⒛, the dingbat ones ❶–❿ ➀–➉ ➊–➓, and the Roman numerals of a typeset
# list (Ⅰ–Ⅻ, ⅰ–ⅻ)
_NUMBERED = r"\u2460-\u249B\u2776-\u2793\u2160-\u216B\u2170-\u217B"
_CIRCLED = re.compile(r"[" + _NUMBERED + r"]")
_BULLET = re.compile(r"\s*[" + _NUMBERED + r"]\s*(?=[\u4e00-\u9fa5A-Za-z])(?!改|换|删|是|为|不|也|和|跟|及|到|至|、)")
_KEYCAP_BULLET = re.compile(r"\s*([0-9])\uFE0F?\u20E3\s*(?=[\u4e00-\u9fa5A-Za-z])(?!改|换|删|是|为|不|也|和|跟|及|到|至|、)")
_ROMAN = re.compile(r"[\u2160-\u216B\u2170-\u217B]")
# a message of picks only: "Ⅰ和Ⅲ", "选Ⅱ", "ⅠⅢ"
_PICKS_ONLY = re.compile(r"\s*(?:选|要|第)?\s*[" + _NUMBERED + r"](?:\s*(?:[、,，和及跟与\s]|以及|还有)?\s*[" + _NUMBERED + r"])*"
                         r"\s*(?:个|项|条)?\s*(?:吧|就行|都要)?\s*")


def _circled(c: str) -> str:
    n = ord(c)
    if 0x2160 <= n <= 0x217B:
        return str(n - 0x215F if n <= 0x216B else n - 0x216F)
    if 0x2460 <= n <= 0x249B:            # ①–⑳, ⑴–⒇, ⒈–⒛: twenty each
        return str((n - 0x2460) % 20 + 1)
    return str((n - 0x2776) % 10 + 1)


# a row of options with boxes, as printed on a paper form: "□采用 ☑不采用", "☐是 ■否"
_BOX_ON, _BOX_OFF = "☑✓✔√■☒▣●", "□☐○"
_BOXES = re.compile(r"\s*(?:[" + _BOX_ON + _BOX_OFF + r"]\s*[^\s" + _BOX_ON + _BOX_OFF + r"，,。；;]{1,12}\s*){2,}[。！!]?")


def ticked(text: str) -> str:
    """A message that is only a row of boxed options, one of them ticked, is that option: "□采用 ☑不采用" →
    "不采用" (never the words of the options left blank); any other message is returned as it is."""
    if not _BOXES.fullmatch(text or ""):
        return text
    on = re.findall(r"[" + _BOX_ON + r"]\s*([^\s" + _BOX_ON + _BOX_OFF + r"，,。；;！!]+)", text)
    return on[0] if len(on) == 1 and re.search("[" + _BOX_OFF + "]", text) else text


def marks(text: str) -> str:
    """Keycap digits and circled numbers read as she means them: "1️⃣" → "1", "选②" → "选2",
    "① 甲≥1 ② 乙2个" → "甲≥1；乙2个"; a row of boxed options is the one ticked ("□是 ☑否" → "否")."""
    text = ticked(text)
    text = re.sub(r"(?<=\u20E3)(?=[0-9]\uFE0F?\u20E3)|(?<=[" + _NUMBERED + r"])(?=[" + _NUMBERED + r"])", "、", text)   # "①③": two picks
    if len(_KEYCAP_BULLET.findall(text)) >= 2:
        text = _KEYCAP_BULLET.sub(lambda m: f"\n{m.group(1)}. ", text).lstrip()   # "1️⃣ 裁判费 23.2w 2️⃣ 场地 58w": a numbered list
    text = _KEYCAP.sub(r"\1", text)
    if not _CIRCLED.search(text):
        return text
    if len(_BULLET.findall(text)) >= 2 or _BULLET.match(text) and len(text) > 6:
        return _BULLET.sub("；", text).lstrip("；")
    if _ROMAN.search(text) and not _PICKS_ONLY.fullmatch(text):
        return text                      # "Ⅱ改成13万": a line of her own list pointed at — never a figure 2
    return _CIRCLED.sub(lambda m: _circled(m.group(0)), text)


# an arrow after words in a note ("主管部门→市水务局"): label then value (between figures it is a change: 改成)
_LABEL_ARROW = re.compile(r"(?<=[\u4e00-\u9fa5])\s*(?:→|->|=>|⇒)\s*(?=[\u4e00-\u9fa5\d≥≤])")
_ARROW = re.compile(r"(?<=[\dwW万元%])\s*(?:->|→|=>|⇒)\s*(?=\d)")


# the first letter of the pinyin of each character of the form's labels: "SSDW" is 实施单位, "TBR" 填报人
_INITIAL = dict((pair[0], pair[1]) for pair in """
一y 三s 上s 个g 中z 主z 人r 今j 介j 他t 代d 们m 件j 份f 会h 位w 依y 全q 共g 其q 内n 况k 准z 几j 出c 分f 办b 功g 务w 动d 单d 及j 可k 号h 合h 名m 启q 员y 和h 响x 哪n 均j 填t 始s 字z 安a 完w 实s 容r 对d 导d 属s 工g 年n 度d 开k 式s 影y 必b 态t 性x 总z 意y 成c 我w 截j 手s 执z 投t 报b 拨b 持c 指z 据j 排p 支z 政z 效x 数s 文w 方f 施s 日r 时s 明m 月y 服f 期q 本b 机j 束s 构g 标b 概g 款k 止z 每m 济j 满m 生s 用y 申s 电d 的d 益y 目m 码m 社s 科k 称c 立l 竣j 筹c 简j 算s 管g 类l 系x 级j 细x 经j 结j 绩j 续x 编b 职z 联l 聘p 能n 自z 薪x 行x 表b 要y 计j 话h 象x 负f 财c 责z 质z 费f 资z 起q 转z 部b 量l 金j 钱q 长c 门m 间j 限x 项x 预y 领l 额e
""".split())
# letters in capitals standing for a label: before a colon, 补上, or a space and her value ("ZGBM=县财政局", "TBR 龙小梅")
# (two letters only before a colon: "HJ 91.1" is a standard's number, never 合计)
_ABBR_AT = re.compile(r"(?<![A-Za-z])([A-Z]{2,6}(?=\s*(?:补上|补充|[：:=＝]))|[A-Z]{3,6}(?=\s+[\u4e00-\u9fa5]))(?![A-Za-z])")
_ABBRS: dict[str, str] = {}


def _abbrs() -> dict[str, str]:
    """Initials → the label they stand for, for the initials that stand for one field only."""
    if not _ABBRS:
        from . import fields as F
        from .choices import CATEGORIES
        seen: dict[str, set] = {}
        word_of: dict[str, str] = {}
        words = [(w, paths[0]) for w, paths in F._words()] + [(c.removesuffix("指标"), c) for c in CATEGORIES]
        for w, path in words:
            if len(w) < 2 or "的" in w or any(ch not in _INITIAL for ch in w):
                continue
            key = "".join(_INITIAL[ch] for ch in w).upper()
            seen.setdefault(key, set()).add(path)
            word_of.setdefault(key, w)
        _ABBRS.update({k: word_of[k] for k, paths in seen.items() if len(paths) == 1})
    return _ABBRS


def initials(text: str) -> str:
    """"ZGBM=县财政局", "BYX补上：…", "TBR 财政所 龙小梅": a label typed as the initials of its pinyin, in
    Chinese ("主管部门=县财政局"); initials that stand for no label, or for two, stay as typed."""
    if not re.search(r"[A-Z]{2}", text):
        return text
    table = _abbrs()
    return _ABBR_AT.sub(lambda m: table.get(m.group(1), m.group(1)), text)


def english(text: str) -> str:
    """The English words of a mixed message that name a time or a field, and the pinyin the input method
    left (xiangmu, queren, bu yao), in Chinese; others stay."""
    text = initials(text)
    text = _LABEL_ARROW.sub("：", text)   # "主管部门→市水务局", "达标率→100%": the arrow of a note, a colon
    text = _SYLLABLE.sub("没", _ARROW.sub("改成", text))
    if not re.search(r"[A-Za-z]{3}|[A-Za-z]{2}\s+[A-Za-z]{2,3}|[Qq][1-4]\s*(?:to|end)(?![A-Za-z])|(?<![A-Za-z])[A-Za-z]{2}(?![A-Za-z])", text):
        return text
    text = _QUARTER_END.sub("末", _TO.sub("到", text))
    text = _PINYIN_AT.sub(lambda m: _PINYIN[re.sub(r"\s+", " ", m.group(1).lower())], text)
    return _ENGLISH_AT.sub(lambda m: _ENGLISH[m.group(1).lower()], text)


_KNOWN: list[dict[int, list[str]]] = []


def _known() -> dict[int, list[str]]:
    if not _KNOWN:
        _KNOWN.append(_labels())
    return _KNOWN[0]



# the project's 属性 said as a clause of its own beside another answer ("2080799，延续项目", "区消防救援大队，…，新增项目",
# "2130399 / 新增 / 2026.3-2026.11", "2120399；延续不是，是新增"): the word is one of the field's two values and nothing
# else, so the clause is labelled and filed there; inside a longer clause ("新增座位300个") it is no 属性
_ATTRIBUTE_CLAUSE = re.compile(r"(?:(?<=^)|(?<=[，,；;/、。\s]))(?:本项目|这个项目|项目)?(?:是|为|属于|属)?"
                               r"(?:(?:新增|延续)(?:项目)?(?:不是|不对)[，,；;\s]*(?:而是|是|应该是)?)?"
                               r"(新增|延续)(?:的)?(?:项目)?(?:的)?(?=$|[，,；;/、。！!\s])")


def attribute_aside(text: str, asked: str) -> str:
    """"2080799，延续项目" asked the 功能科目 → "2080799，项目属性：延续": the 属性 said beside the answer, labelled.
    Not when the 属性 is asked (her answer), nor inside a text (her prose), nor in a message already labelled."""
    from . import fields as F
    if asked in ("attribute", "confirm") or F.kind(asked) in ("text", "goals") or re.search(r"[：:]", text):
        return text
    found = list(_ATTRIBUTE_CLAUSE.finditer(text))
    if len(found) != 1 or len({m.group(1) for m in found}) != 1 or found[0].start() == 0 and found[0].end() == len(text.strip()):
        return text
    m = found[0]
    before, after = text[:m.start()].rstrip("，,；;/、。 "), text[m.end():].lstrip("，,；;/、。 ")
    return "；".join(x for x in (before, f"项目属性：{m.group(1)}", after) if x)


__all__ = ["attribute_aside", "word_fixed", "both_none", "dictated", "ditto", "unjson", "unmarkdown", "ungrouped", "question_echoed", "echoed", "qa", "settled", "english", "fixed_in_place", "labels", "yes_but"]


# a head in 【】 ("【项目名称】…【实施单位】…", "【更正】…"): the field's label, as "项目名称：…；实施单位：…"; a 【】 that names
# no field ("【爱心驿站】", "【OA审批单】") is a title or a tag, left as written
_BRACKET_HEAD = re.compile(r"【\s*([^【】\n]{1,12}?)\s*】\s*")


# a 公文's ordinal before a line's label ("（一）实施单位：…", "二、主管部门：…", "3.联系电话：…")
_ORDINAL_HEAD = re.compile(r"(?m)^[ \t]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d))[ \t]*"
                           r"(?=([\u4e00-\u9fa5]{2,8})[ \t]*[：:])")


def bracket_heads(text: str) -> str:
    """Her 【label】 heads as the form's labels, any other 【】 as it is; a 公文's ordinal before a label on a line of
    its own ("（一）实施单位：…") no part of the label."""
    if "\n" in (text or "") and _ORDINAL_HEAD.search(text):
        from . import fields as F
        text = _ORDINAL_HEAD.sub(lambda m: "" if F.is_field_word(m.group(1)) or F.mentions(m.group(1) + "：x") else m.group(0), text)
    if "【" not in (text or ""):
        return text
    from . import fields as F

    def head(m: re.Match) -> str:
        word = m.group(1)
        known = F.is_field_word(word) or word in ("更正", "修改", "改正") or bool(F.mentions(word + "：x"))
        if not known:
            return m.group(0)
        before = m.string[:m.start()].rstrip()
        sep = "；" if before and not before.endswith(("；", ";", "。", "，", ",", "\n", "：", ":")) else ""
        return f"{sep}{word}："
    return _BRACKET_HEAD.sub(head, text)


# a 微博 topic and a mention ("#户外劳动者服务站点建设# 就叫这个", "@县总工会 就是我们单位"): the words, not the marks
_TOPIC = re.compile(r"#([^#\s\n]{2,40})#")
_MENTION = re.compile(r"(?:(?<=^)|(?<=[\s，,。；;]))@([\u4e00-\u9fa5A-Za-z0-9]{2,20})(?=[\s，,。；;]|$)")


def untagged(text: str) -> str:
    """The message without the marks of a topic or a mention."""
    if "#" not in (text or "") and "@" not in (text or ""):
        return text
    alone = re.fullmatch(r"\s*(?:" + _TOPIC.pattern + r"|@([\u4e00-\u9fa5A-Za-z0-9]{2,20}))\s+(?P<said>[^\d#@]{1,10})", text)
    if alone and re.fullmatch(r"(?:就|也|这)?(?:叫|是|用|写)(?:这个|这|它|我们单位|本单位|我们|咱单位)(?:名字?)?(?:吧|啊|哈)?[。！!]?", alone.group("said")):
        return alone.group(1) or alone.group(2)     # "#…# 就叫这个", "@县总工会 就是我们单位": the tag is the value
    return _MENTION.sub(r"\1", _TOPIC.sub(r"\1", text))


# a researcher's footnotes: a mark after a word ("…鉴定评价[1]", "120份[2]") and the note itself on a line of its own
# ("注[1]：名称沿用…", "[2] “份”指…") — where her words came from, never a part of a value
_NOTE_MARK = re.compile(r"(?<=[\u4e00-\u9fa5\d）)》”」%])\s*[\[［](?:\d{1,2}|注\d{0,2})[\]］]")
_NOTE_LINE = re.compile(r"^\s*(?:注\s*)?[\[［]\d{1,2}[\]］]\s*[：:．.、]?.*$", re.M)


def unnoted(text: str) -> tuple[str, bool]:
    """The message without footnote marks and notes; True when it had a note (her remark beside the answer)."""
    if not text or not re.search(r"[\[［]\d{1,2}[\]］]", text):
        return text, False
    lines = text.split("\n")
    kept = [ln for ln in lines if not _NOTE_LINE.fullmatch(ln)]
    if not kept or not "".join(kept).strip():
        return text, False
    return _NOTE_MARK.sub("", "\n".join(kept)).rstrip(), len(kept) < len(lines)


# a meeting's transcript, as a recording app gives it: the speaker and the time at a line's head ("说话人2 01:15",
# "说话人2  01:15:07") and its marks of what it could not make out ("（听不清）", "[inaudible]") — where her words came
# from, never a part of a value
_SPEAKER = re.compile(r"^\s*(?:发言人|说话人|讲话人|Speaker)\s*\d{1,2}\s*[:：]?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*[:：]?\s*", re.M | re.I)
_UNHEARD = re.compile(r"\s*[（(\[【]\s*(?:听不清|听不清楚|杂音|噪音|笑|笑声|咳嗽|静音|inaudible|crosstalk)\s*[）)\]】]", re.I)


def unheard(text: str) -> bool:
    """The transcript marks something it could not make out."""
    return bool(_UNHEARD.search(text or ""))


def untranscribed(text: str) -> tuple[str, bool]:
    """The message without a transcript's speakers, times and marks of what was not heard; True when it had them."""
    if not text or not (_SPEAKER.search(text) or _UNHEARD.search(text)):
        return text, False
    t = _UNHEARD.sub("", _SPEAKER.sub("", text)).strip()
    return (t, True) if t else (text, False)


# a host's words around what she announces: "接下来让我们有请今天的主角——…！掌声！", "…，掌声有请": the stage's, no part of it
_PRESENTS = re.compile(r"^\s*(?:接下来|下面)?(?:让我们)?(?:有请|欢迎|请出|隆重(?:推出|介绍|请出))[^——\n]{0,10}——+\s*")
_APPLAUSE = re.compile(r"[，,！!。\s]*(?:掌声(?:有请|欢迎|响起来|鼓励)?|有请|谢幕)[！!。]*\s*$")


def unstaged(text: str) -> str:
    """What a host announces without the host's words around it; any other message as it is."""
    m = _PRESENTS.match(text or "")
    if not m:
        return text
    rest = _APPLAUSE.sub("", text[m.end():]).strip()
    return rest or text


# the project's name given as a document's file name: "2025年…项目绩效目标申报表_终稿(2).docx 名字就是文件名前面那截"
_FILE = re.compile(r"(?P<stem>[^\s，,。；;：:“”\"/\\]+?)(?:[_\-－ ]*(?:终稿|定稿|初稿|修改稿|修改版|最终版|最新版|送审稿|v\d+|V\d+))*"
                   r"(?:[（(]\d{1,2}[)）])?\.(?:docx?|xlsx?|pdf|wps|et)\b", re.I)
_FORM_WORDS = re.compile(r"(?:项目)?(?:支出)?(?:绩效目标)?(?:申报表|自评表|目标表)$")


def named_by_file(text: str) -> str:
    """The name a file name she opens her answer with carries ("2025年城市体检评估项目绩效目标申报表_终稿(2).docx …, 到“项目”为止" →
    "项目名称是2025年城市体检评估项目"): the form's words and the version marks after it cut off, up to the word she
    names when she names one; any other message as it is."""
    m = _FILE.match((text or "").strip())
    if not m or "\n" in text.strip() or re.search(r"项目名称|名称[：:]", text):
        return text                      # (a file attached to a pasted mail is no name; her own label is read as such)
    stem = m.group("stem")
    upto = re.search(r"到[“\"「]?([\u4e00-\u9fa5]{1,6})[”\"」]?为止", text)
    if upto and upto.group(1) in stem:
        stem = stem[:stem.rindex(upto.group(1)) + len(upto.group(1))]
    else:
        stem = _FORM_WORDS.sub("", stem) or stem
    return f"项目名称是{stem}" if len(stem) >= 4 else text
