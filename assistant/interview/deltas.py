"""A correction said as a difference: "公厕多了2座", "培训人数少算了40个", "补贴户数多报了15户". The corrected
value is computed from the one the form holds (30座 + 2 → 32座), said back, and kept as computed (listed
for confirmation) — never a figure of its own. Pure (the interview is passed in).

Over-stated (多算/多写/多说/多报/多填/多数) takes the difference off; under-stated (少算 …) adds it; a change
of the thing itself (多了/多出, 少了) adds or takes off as said — except on a budget line, whose "多了6万" says
the amount is 6万 too much (a sum of money is not a count of things that grew); a bare figure there in the
hundreds or more ("多了六千") is 元. The total follows an explicit change ("总额也减6万", "总额跟着加5万"). The row is the one place whose
figure is in the same unit and whose name her words share (fix.target); none or several: not applied.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import answers as A
from .choices import spoken_numbers

if TYPE_CHECKING:
    from .engine import Interview, Reply

_OVER = r"多(?:算|写|说|报|填|数|统计|录|计)了?"
_UNDER = r"少(?:算|写|说|报|填|数|统计|录|计)了?"
_MORE = r"多了|多出了?"          # "新增120个", "减少了20例": a figure of their own, no difference
# a cut ordered to an amount ("扫描那行砍掉18万", "培训费核减3万"): taken off, like 少了
_LESS = r"少了|砍掉了?|砍了|砍去|砍下|削减了?|减掉了?|减去|核减了?|压减了?|扣掉了?|扣减了?|(?:相应地?|跟着|也|再)减(?:少了?)?(?![轻免排负肥税产])|调减了?|下调了?|压缩了?|缩减了?"
# an amount added to a line her words point at ("船租赁那行加12万", "培训那项再追加3万"): added, like 少算 — only
# with the pointer (那行/那项 …): "加12万" alone may be the amount itself
_ADD = r"再?加了?|加上|再?追加了?|增加了?"
# an amount added in the words of a budget's adjustment ("培训费调增3万", "上调2万"): a difference with no pointer needed
_UP = r"调增了?|上调了?|(?:相应地?|跟着)(?:加|增加)了?"
_DELTA = re.compile(r"(?P<s>[\u4e00-\u9fa5A-Za-z]{1,16}?)\s*(?P<at>的|那个|那项|那[一1]项|那行|这行|那[一1]行|这[一1]行|那条|这条)?\s*(?:(?P<over>" + _OVER + ")|(?P<under>" + _UNDER + ")|"
                    r"(?P<more>" + _MORE + ")|(?P<less>" + _LESS + r")|(?P<up>" + _UP + r")|(?P<add>" + _ADD + r"))\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<u>[\u4e00-\u9fa5%]{0,3}?)(?=$|[，,。；;！!\s])")


def spans(text: str) -> list[str]:
    """The differences she states, as written after digits are read ("船租赁那行加12万"): their figures are no values."""
    t = _digits(spoken_numbers(A.prep(text)))
    return [m.group(0) for m in _DELTA.finditer(t) if not (m.group("add") and m.group("at") in (None, "的"))]


def found(iv: "Interview", text: str) -> list:
    """(the difference said, the one row it names, the new value) for each difference she states."""
    from .fix import Token, places, target
    t = _digits(spoken_numbers(A.prep(text)))
    out = []
    for m in _DELTA.finditer(t):
        if m.group("add") and m.group("at") in (None, "的"):
            continue                       # "加12万" without 那行: not read as a difference
        n, unit = float(m.group("n")), m.group("u")
        if unit in ("元", "块", "块钱") and n >= 100:
            n, unit = n / 10000, "万"            # "少报了五万块" / "多算了30000元": money in 万元, as the lines are
        subject = re.sub(r"^(?:刚才|刚刚|前面|之前|上面|那个|这个)+", "", m.group("s"))
        if unit in ("个", "名", "位") and "人" in subject:
            unit = "人"                    # "人数少算了40个": people
        if len(subject) < 2:
            continue                       # "…300个 多了…": a measure word is no row's name
        if re.fullmatch(r"(?:人|户|个|座|台|场)?(?:数|数量|个数|数目)", subject):
            subject = ""                   # "人数": a word of the unit only — the one row in that unit
        spots = target(iv, Token(f"{n:g}", unit, m.group(0), False, subject), [], places(iv), strict=bool(subject))
        bare = re.sub(r"(?:费|费用|经费)$", "", subject)
        if len(spots) != 1 and len(bare) >= 2 and bare != subject:   # "培训费下调1万": the line 培训, named with its 费
            one = target(iv, Token(f"{n:g}", unit, m.group(0), False, bare), [], places(iv), strict=True)
            spots = one if len(one) == 1 else spots
        olds = {_figure(p.text) for p in spots}
        # one row, or rows that all hold the same figure (one count recorded twice: 老人人数 from the 概况 and
        # 探访老人 from her answer, both =1240人): the figure she means is that one, in every row holding it
        if not spots or len(olds) != 1 or not all(p.path.startswith(("indicators:", "budget_items[")) for p in spots):
            continue
        old = olds.pop()
        money = all(p.path.startswith("budget_items[") for p in spots)
        if money and not unit and n >= 100:
            n = n / 10000                  # "宣传培训那行多了六千": a line is in 万元, a bare thousands figure is 元
        over = m.group("over") or m.group("less") or (money and m.group("more"))
        new = None if old is None else round(old + (-n if over else n), 6)   # a line "多了6万": 6万 too much
        if new is not None and new >= 0:
            out += [(m.group(0), p, Token(f"{new:g}", unit, m.group(0), False, subject)) for p in spots]
    return out


# "总额也减6万", "总额跟着减6万", "总额再加5万", "总额少报了五万", "总额也少六千": the total changed by an amount she
# states — by an explicit verb (加/减), as mis-stated (多报 takes off, 少报 adds), or following another change
# (也少/跟着多); a bare "总额少了五万" (short of, or less by?) is not guessed. The clause leads her message; what
# follows it ("…，第三方审核费是二十五万") is handed back to be read on its own.
_TOTAL_DELTA = re.compile(r"^(?:那|那么|所以)?(?:项目)?(?:资金)?(?:总额|总金额|总经费|总预算)(?P<f>(?:也|跟着|相应地?|同样|就)*)(?:要|得)?"
                          r"(?:(?P<op>减去|减少|减掉|减|扣掉|扣除|扣|加上|增加|加)|(?P<over>" + _OVER + ")|(?P<under>" + _UNDER + ")"
                          r"|(?P<less>少)|(?P<more>多))了?\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<u>万元|万|元|块钱|块)?"
                          r"(?:吧|啊|了)?(?=$|[，,；;。！!\s])")


def total_clause(text: str) -> "tuple[re.Match, str] | None":
    """The total changed by a stated difference, leading the message: (the clause, the rest of the message)."""
    t = _digits(spoken_numbers(A.prep(text))).strip("，,。！! ")
    m = _TOTAL_DELTA.match(t)
    if not m or ((m.group("less") or m.group("more")) and not m.group("f")):
        return None                      # "总额少了五万": less by, or short of — not guessed
    return m, t[m.end():].strip("，,；;。！! ")


def total_delta(iv: "Interview", text: str, said: str, reply: "Reply") -> bool:
    """The total changed by the amount she states: computed from the total the form holds, said back, listed to
    confirm; nothing when the form has no total or the result is below zero. Only a message that is the clause
    alone; ``total_then`` takes one with more after it."""
    got = total_clause(text)
    return bool(got) and not got[1] and _total(iv, got[0], reply)


def total_then(iv: "Interview", text: str, reply: "Reply") -> str | None:
    """The leading clause of "总额少报了五万，第三方审核费是二十五万" applied; the rest of the message, or None
    when the message does not open with a change of the total (or it could not be applied)."""
    got = total_clause(text)
    if not got or not got[1] or not _total(iv, got[0], reply):
        return None
    return got[1]


def _total(iv: "Interview", m: "re.Match", reply: "Reply") -> bool:
    old = iv.form.funding.total
    if old is None:
        return False
    n, unit = float(m.group("n")), m.group("u") or ""
    if not unit and n < 100:
        return False                     # "总额也减6": 6万 or 6元 — not guessed
    n = n if unit.startswith("万") else n / 10000      # "总额也少六千": a bare thousands figure is 元
    down = m.group("over") or m.group("less") or (m.group("op") and not m.group("op").startswith(("加", "增")))
    new = round(old + (-n if down else n), 6)
    if new < 0:
        return False
    from .answers import Fill, Patch
    iv.apply_patch(Patch([Fill("funding.total", new, kind="computed", detail=f"{old:g}万元按“{m.group(0)}”", primary=True)]), reply)
    src = iv.provenance.get("funding.total")
    if src is not None and iv.form.funding.total == new:
        src.hers = True                  # her change: a later recalculation from the facts does not undo it
    reply.said.append(f"（项目资金总额按“{m.group(0)}”从原来的{old:g}万元算出，是算出的数，最后核对时请确认。）")
    return True


# the total cut or raised and the result said with it: "200万砍10%就是180万", "总额186万减6万，就是180万" — the result
# is hers (stated), when the figure cut is the total the form holds and the result follows from the cut she names
_RESULT = re.compile(r"(?P<a>\d+(?:\.\d+)?)\s*(?:万元|万)\s*(?P<op>砍掉?|减掉?|减少|减去|核减|压减|削减|扣掉?|下调|上调|增加|加上?)了?\s*"
                     r"(?P<d>\d+(?:\.\d+)?)\s*(?P<ud>%|％|万元|万)\s*[，,]?\s*(?:就是|即|也就是|就剩|剩下?|变成|成了|为|等于|=)\s*"
                     r"(?P<b>\d+(?:\.\d+)?)\s*(?:万元|万)")


def stated_result(iv: "Interview", text: str, reply: "Reply") -> bool:
    """The total she cuts or raises with its result said ("200万砍10%就是180万"): the result as the total (her figure,
    checked against the cut), True when applied. A figure cut that is not the total, or a result that does not follow,
    changes nothing."""
    old = iv.form.funding.total
    m = _RESULT.search(_digits(spoken_numbers(A.prep(text))))
    if old is None or not m or abs(float(m.group("a")) - old) > 1e-6:
        return False
    a, d, b = float(m.group("a")), float(m.group("d")), float(m.group("b"))
    step = a * d / 100 if m.group("ud") in ("%", "％") else d
    want = a + step if m.group("op").startswith(("增", "加", "上")) else a - step
    if abs(want - b) > 0.005 or b < 0:
        return False
    from .answers import Fill, Patch
    return bool(iv.apply_gated(Patch([Fill("funding.total", b, detail=text, primary=True)]), {"funding"}, text, reply))


def apply(iv: "Interview", text: str, said: str, reply: "Reply") -> bool:
    """Each difference she states applied to the one row it names, as computed; True when any was."""
    from .fix import _apply
    if total_delta(iv, text, said, reply):
        return True
    got = found(iv, text)
    moved = 0.0
    for words, spot, tok in got:
        if spot.path.startswith("budget_items[") and _figure(spot.text) is not None:
            moved += float(tok.n) - _figure(spot.text)
        _apply(iv, tok, spot, [], said, reply, follow=True)
        reply.said.append(f"（{spot.label}按“{words}”从原来的{spot.text}算出，是算出的数，最后核对时请确认。）")
    if moved and _TOTAL_FOLLOWS.search(text):
        _follow_total(iv, round(moved, 6), reply)
    return bool(got)


# the total said to follow the change of a line, with no figure of its own: "总额也跟着加", "总数相应调整"
_TOTAL_FOLLOWS = re.compile(r"(?:总额|总金额|总经费|总预算|总数|合计)(?:也|就|要)*(?:跟着|相应地?|随之|同步)(?:加|增加|减|减少|变|改|调整|涨|动)"
                            r"(?:一下)?(?=$|[，,。；;！!\s])")


def _follow_total(iv: "Interview", moved: float, reply: "Reply") -> None:
    """The total moved by what the lines she changed moved (computed, listed to confirm); nothing below zero."""
    old = iv.form.funding.total
    if old is None or old + moved < 0:
        return
    from .answers import Fill, Patch
    new = round(old + moved, 6)
    iv.apply_patch(Patch([Fill("funding.total", new, kind="computed", detail=f"{old:g}万元随明细改动{moved:+g}万元",
                               primary=True)]), reply)
    src = iv.provenance.get("funding.total")
    if src is not None and iv.form.funding.total == new:
        src.hers = True
    reply.said.append(f"（项目资金总额随明细从{old:g}万元改为{new:g}万元，是算出的数，最后核对时请确认。）")


def _figure(value: str) -> float | None:
    m = re.search(r"\d+(?:\.\d+)?", value or "")
    return float(m.group(0)) if m else None


def _digits(t: str) -> str:
    from .fix import _digits as digits
    return digits(t)


__all__ = ["apply", "spans", "stated_result", "total_clause", "total_delta", "total_then"]
