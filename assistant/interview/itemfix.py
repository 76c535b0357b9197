"""Budget lines corrected by their names while something else is asked (a drafted goal, an indicator,
the final check): "冷链那个明年是45w 良种63w", "培训是45000元不是46000 评估21000". Pure but for the
interview it is given.

    amend(iv, text, reply)   # True: the message set budget lines it names; nothing of it is the asked answer

A line is named by its name, or by a beginning or an end of it (two characters or more) that no
other line shares; its new amount is the first sum of money after the name and before the next name. The
figure quoted as wrong (不是46000) is not the new amount. A bare figure is read in 万元 or in 元,
whichever is nearer the line's amount. A message that says more than names and figures (a goal that
happens to quote a line) is no correction: nothing is changed.
"""
from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from . import answers as A
from . import handwriting
from .answers import Fill, Patch
from .choices import spoken_numbers

if TYPE_CHECKING:
    from .engine import Interview, Reply

_MONEY = re.compile(r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s*(?P<u>万元|万|w|W|千元|元|块钱|块)?(?![\d.%])(?!(?<=\d)\s*" + A.MEASURE + ")")
# (a figure with a measure word — "加装电梯2台" — is a count, no sum of money)
# what may stand around the names and figures of such a message
_GLUE = re.compile(r"等下|等一下|等等|等会儿?|哦|噢|呃|诶|哎|对了|还有|另外|那个|那项|这项|那一项|这个|的|明年|今年|是|为|改成|改为|换成|应该是|"
                   r"不是|不对|错了|刚才|刚刚|前面|上面|之前|说的|我|改|(?:说|写|算|整|搞|打|填|弄|记|数|抄|输)(?:错|岔)了?|"
                   r"不变|没变|还是|也|都|和|跟|[，,。；;、\s：:]|"
                   r"那一?行|这一?行|第[\d一二三四五六七八九十]{0,2}[行项条笔]|明细|预算|[（）()]|金额|钱数|上面贴的?|贴的|(?:少|多)(?:敲|打|写|输)了?(?:一下|一个?[零0])?|手滑了?|敲错了?")
# the total named with its new figure ("总额也改成206.8万") or said to stay ("总数不变还是186")
_TOTAL = re.compile(r"(?:资金总额|总金额|总额|总数|总共|一共|合计|总计|总预算)")
_WRONG_AFTER = re.compile(r"^\s*(?:不对|是错的|错了|写错了|说错了|有误)")


def _places(iv: "Interview", text: str) -> list[tuple[int, int, int]]:
    """(index of the line, start, end of its name in ``text``), in order of appearance."""
    items = iv.form.budget_items
    out = []
    for i, it in enumerate(items):
        name = it.name or ""
        for k in range(len(name), 1, -1):
            hit = next((w for w in dict.fromkeys((name[:k], name[-k:])) if w in text and
                        (k == len(name) or not any(j != i and w in (o.name or "") for j, o in enumerate(items)))), None)
            if hit:
                at = text.find(hit)
                out.append((i, at, at + k))
                break
    out.sort(key=lambda x: x[1])
    return [p for n, p in enumerate(out) if not any(q[1] <= p[1] < q[2] for q in out[:n])]


# a remark on her own slip beside the lines she puts right ("我看串行了，不好意思", "识别错了"): talk, no answer
SLIP_TALK = re.compile(r"(?:(?:看|识别|认|粘|贴|抄|录|敲|念|读)(?:串|错|岔|反)(?:行|列|格)?了?|串行了?|"
                       r"不好意思|抱歉|对不起|sorry|麻烦(?:你|您)?改一下|改一下)[啊呀哈哦了的]*", re.I)


def _only_talk_left(t: str, places: list[tuple[int, int, int]]) -> bool:
    """Only names, figures, glue and remarks on her slip in ``t`` once the names at ``places`` are taken out."""
    left = t
    for i, a, b in sorted(places, key=lambda x: x[1], reverse=True):
        left = left[:a] + left[b:]
    return not _GLUE.sub("", SLIP_TALK.sub("", _MONEY.sub("", left)))


def slip_talk(text: str) -> bool:
    """An apology for her slip in ``text`` ("不好意思"): talk beside her correction (the slip named, "看串行了",
    is the correction's own mark, as 说错了 is)."""
    return bool(re.search(r"不好意思|抱歉|对不起|sorry", text, re.I))


def bare_amount(raw: str, unit: str, now: float | None) -> float | None:
    """The new amount in 万元; a bare figure is read in 万元 or in 元, whichever is within a factor of 4 of the line's
    amount — None when neither is ("社保 26.4万" then "社保改成250": 250万 or 250元 is hers to say, never a guess)."""
    n = float(raw)
    if unit:       # the interview's own reading of money with its unit (answers.money_wan)
        return round(A.money_wan(raw, unit), 6)
    if now:
        near = [x for x in (n, round(n / 10_000, 6)) if x > 0 and max(x / now, now / x) <= 4]
        return min(near, key=lambda x: abs(math.log(x / now))) if near else None
    return n


# a line of her own list pointed at by its Roman numeral ("Ⅱ改成13万"): Ⅰ … Ⅻ, said before the change
_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
_ROMAN_LINE = re.compile(r"(?:(?<=^)|(?<=[，,。；;\s]))([" + _ROMAN + r"])(?=\s*(?:那行|这行|行)?\s*(?:改成|改为|换成|是|为|[：:]))")


def _roman_lines(iv: "Interview", t: str) -> str:
    """"Ⅱ改成13万，Ⅲ改成5万" → "电子阅读设备改成13万，读书分享活动改成5万": the lines by the numerals of her list."""
    items = iv.form.budget_items

    def one(m: re.Match) -> str:
        k = _ROMAN.index(m.group(1))
        return items[k].name if k < len(items) and items[k].name else m.group(0)
    return _ROMAN_LINE.sub(one, t)


def amend(iv: "Interview", text: str, reply: "Reply") -> bool:
    t = handwriting.read(spoken_numbers(A.prep(text)), money=True, seen=iv.fang)    # a line's figure is money: "是15方" is 15万 (once her 方 showed itself)
    t = _roman_lines(iv, t)
    places = _places(iv, t)
    if not places:
        return False
    from .fix import correcting
    if (iv.turn_field or "").startswith("indicators") and not correcting(text) \
            and re.search(r"\d\s*[万千百]?\s*块(?!钱)", text):
        return False                              # "标牌1.2万块" asked a count: pieces, no sum of money
    totals = [(m.start(), m.end()) for m in _TOTAL.finditer(t)]
    places += [(-1, a, b) for a, b in totals]
    places.sort(key=lambda x: x[1])
    found, asks = [], []
    for k, (i, a, b) in enumerate(places):
        stop = places[k + 1][1] if k + 1 < len(places) else len(t)
        now = iv.form.budget_items[i].amount if i >= 0 else iv.form.funding.total
        for m in _MONEY.finditer(t, b, stop):
            if re.search(r"不是\s*$", t[b:m.start()]) or _WRONG_AFTER.match(t[m.end():]):
                continue                          # 不是46000 / 98万不对: the wrong one
            v = bare_amount(m.group("n"), m.group("u") or "", now)
            if v is None:
                asks.append(f"“{m.group(0).strip()}”没有单位：是{m.group('n')}万元还是{m.group('n')}元？"
                            f"请带上单位再说一次，这一项先没有改。")
            else:
                found.append((i, v))
            break
    if not _only_talk_left(t, places):
        return False                              # more than names and figures: her answer, not a correction
    reply.said += asks                            # (asked only of a correction: never of an answer that names a line)
    if not any(i >= 0 for i, _ in found):
        return False
    fills = [Fill(f"budget_items[{i}].amount", v, detail=text, primary=True) for i, v in found
             if i >= 0 and abs((iv.form.budget_items[i].amount or 0) - v) > 1e-9]
    fills += [Fill("funding.total", v, detail=text, primary=True) for i, v in found
              if i < 0 and abs((iv.form.funding.total or 0) - v) > 1e-9][:1]
    if not fills:
        return False
    return bool(iv.apply_gated(Patch(fills), {"budget_items", "funding"}, text, reply))   # said at the turn's end


# a line she forgot: "少了一项，志愿者老师交通补贴四万一千", "漏了一项：印刷费0.8万"
_MISSING = re.compile(r"(?:少了|漏了|落了|忘了|少写了|漏写了|少算了|漏算了)(?:一|1)(?:项|个|笔|条|行)(?:预算|明细|支出)?")


def add(iv: "Interview", text: str, reply: "Reply") -> bool:
    """A budget line she says was left out, with its amount, added to the lines there are (its number
    checked by the gate like any stated value); the lines there are stay as they are."""
    t = A.prep(text)
    m = _MISSING.search(t)
    if not m or not iv.form.budget_items:
        return False
    from . import gate
    from .extract import budget_items
    rest = re.split(r"[，,。；;]\s*(?=(?:一共|总共|合计|总计|加起来|(?:资金)?总额|总数))", t[m.end():].strip("，,：: "))[0]
    items, _ = budget_items(rest, iv.context("budget_items"))
    have = {b.name for b in iv.form.budget_items}
    new = [it for it in items if it.get("name") and it["name"] not in have and it.get("amount")]
    if len(new) != 1 or not A.amounts(rest) or re.search(A.MEASURE + "$", new[0]["name"]):
        return False                     # one line, with its sum of money said as money ("培训人次三万" is a count)
    allow = gate.Allow(fields={"budget_items"}, text=text, this_year=iv.today.year)
    if gate.invented(Fill("budget_items", new), allow):
        return False
    rows = [b.model_dump() for b in iv.form.budget_items] + [dict(new[0])]
    return bool(iv.apply_gated(Patch([Fill("budget_items", rows, detail=text, primary=True)]), {"budget_items"}, text, reply,
                               adopt=True))


__all__ = ["add", "amend", "bare_amount", "slip_talk"]
