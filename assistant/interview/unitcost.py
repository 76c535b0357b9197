"""Budget lines said as a count and a price per thing, with no sum: "自助终端8台，每台9.5万", "站台18个×26万",
"试剂每份620元，92份", "培训费每人每天400元，236人，5天". The line's amount is the product of the figures she
stated (issue 11: a number computed from stated numbers, listed as unconfirmed until she confirms it): the
caller stores it as computed, says how it was reckoned, and the final check lists it. A price per thing whose
count she gave for an earlier line of the same message ("采样每份80元" after "92份") takes that count. When any
priced line cannot be reckoned (no count for its measure, two counts that could be it), nothing is resolved
and the lines are read as before (asked). Pure.

    resolve("水泵32台，每台1.8万；药剂79.4万")   # ("水泵57.6万；药剂79.4万", {0: "32台×1.8万=57.6万元"})
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .choices import spoken_numbers

if TYPE_CHECKING:
    from .engine import Interview, Reply

_NUM = r"\d+(?:\.\d+)?"
_MEASURE = (r"(?:平方米|立方米|公里|千米|人次|头次|批次|课时|个月|小时|工作日|人|名|位|个|座|辆|台|套|户|亩|米|吨|件|场|次|期|项|"
            r"页|册|本|所|家|批|头|只|份|天|日|月|间|栋|张|株|棵|盏|路|根|艘|架|部|支|枚|块|处|条|眼|口|组|箱|包|袋|瓶|双|顶|km)")
_MONEY = r"(?:万元|万|元|块钱|块)"
_PRICE = re.compile(r"(?P<per>(?:(?:每|单)\s*(?:个|一)?\s*" + _MEASURE + r"\s*)+)(?:的?(?:单价|价格|费用|补助|标准))?\s*(?:是|为)?\s*"
                    r"(?P<n>" + _NUM + r")\s*(?P<u>" + _MONEY + r")")
_CHAIN = re.compile(r"(?P<c>" + _NUM + r")\s*(?P<m>" + _MEASURE + r")\s*(?:×|[xX*]|乘以?)\s*(?P<n>" + _NUM + r")\s*(?P<u>" + _MONEY + r")(?!\s*(?:=|＝|等于|就是|共|合计))")
_COUNT = re.compile(r"(?<![\d.每单])(?P<c>" + _NUM + r")\s*(?P<k>万)?\s*(?P<m>" + _MEASURE + r")(?![\u4e00-\u9fa5]{0,1}(?:每|单价))")
_STATED = re.compile(r"(?<![\d.])" + _NUM + r"\s*(?:万元|万(?!\s*" + _MEASURE + r")|元|块钱|块)")   # "2万本" counts books
_LEAD = re.compile(r"^(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|\d+[.、)）]|剩下的?(?:是|为)?|其余的?(?:是|为)?|还有|另外)\s*")


def _same(a: str, b: str) -> bool:
    alias = {"km": "公里", "千米": "公里", "日": "天", "名": "人", "位": "人"}
    return alias.get(a, a) == alias.get(b, b)


def _wan(n: float, unit: str) -> float:
    return n if unit in ("万元", "万") else n / 10_000


def _parts(text: str) -> list[str]:
    """The lines of the answer: split at ；/newline; a clause that only carries a count or a price
    ("236人", "每台9.5万") belongs to the line before it."""
    out: list[str] = []
    for big in re.split(r"[；;\n]+", text):
        for seg in re.split(r"[，,]", big):
            seg = seg.strip()
            if not seg:
                continue
            named = re.match(r"^(?:" + _LEAD.pattern[1:] + r")?[^\d每单]*?[\u4e00-\u9fa5]{2}", seg) and not re.match(r"^(?:每|单)", seg)
            if out and (not named or not re.search(r"\d", seg) and not out[-1].endswith("；")) and not big.startswith(seg):
                out[-1] += "，" + seg
            else:
                out.append(seg)
        if out:
            out[-1] += "；"
    return [p.rstrip("；") for p in out]


def resolve(text: str) -> tuple[str, dict[int, str]] | None:
    """The answer with each priced line as "<name><amount>万" (lines parted by "；") and {line's place: how it
    was reckoned}; None when no line is priced or one of them cannot be reckoned."""
    t = spoken_numbers(text.replace("→", "，").replace("：", "：")).replace("km", "公里")
    parts = _parts(t)
    counts_seen: list[tuple[float, str]] = []
    out, how = [], {}
    for part in parts:
        chain = _CHAIN.search(part)
        price = _PRICE.search(part)
        stated = [m for m in _STATED.finditer(part)
                  if not (price and price.start("n") <= m.start() < price.end()) and not (chain and chain.start() <= m.start() < chain.end())]
        counts = [(float(m.group("c")) * (10_000 if m.group("k") else 1), m.group("m")) for m in _COUNT.finditer(part)
                  if not (chain and chain.start() <= m.start() < chain.end()) and not (price and price.start() <= m.start() < price.end())]
        if not stated and not (chain or price):
            return None                  # "监控12个": a line with no amount and no price
        if stated or not (chain or price):
            counts_seen += counts
            out.append(_LEAD.sub("", part))      # "二是师资费6万元": the line, without its ordinal
            continue
        name_end = min(x for x in [chain.start() if chain else len(part), price.start() if price else len(part),
                                   *(m.start() for m in _COUNT.finditer(part))])
        name = _LEAD.sub("", part[:name_end]).strip("，,：: 的")
        if len(re.findall(r"[\u4e00-\u9fa5]", name)) < 2:
            return None
        if chain and not price:
            c, m, n, u = float(chain.group("c")), chain.group("m"), float(chain.group("n")), chain.group("u")
            if counts:
                return None              # another count beside the product: which one is meant is not said
            amount = c * _wan(n, u)
            said = f"{c:g}{m}×{n:g}{u}"
        else:
            pers = re.findall(_MEASURE, price.group("per"))
            n, u = float(price.group("n")), price.group("u")
            factors, left = [], list(counts)
            for per in pers:
                mine = [x for x in left if _same(x[1], per)]
                if len(mine) > 1:
                    return None
                if not mine:
                    earlier = [x for x in counts_seen if _same(x[1], per)]
                    if len({x[0] for x in earlier}) != 1:
                        return None      # no count for this measure, or two different ones
                    mine = earlier[:1]
                else:
                    left.remove(mine[0])
                factors.append(mine[0])
            if left:
                return None              # a count no price is per: what it multiplies is not said
            amount = _wan(n, u)
            for c, _ in factors:
                amount *= c
            said = "×".join(f"{c:g}{m}" for c, m in factors) + f"×{n:g}{u}"
        amount = round(amount, 4)
        counts_seen += counts
        how[len(out)] = f"{said}={amount:g}万元"
        out.append(f"{name}{amount:g}万")
    if not how:
        return None
    return "；".join(out), how


def run(iv: "Interview", text: str, reply: "Reply") -> bool:
    """The answer to 预算明细 with lines priced per thing: all its lines stored, the priced ones' amounts computed
    (listed unconfirmed) and said back; False when no line is priced, one cannot be reckoned, or a line she
    stated holds a number her message does not."""
    from . import answers as A
    from .answers import Fill, Patch
    from .extract import budget_items
    from .gate import source_numbers
    from ..llm.support import missing_numbers
    got = resolve(text)
    if got is None:
        return False
    t, how = got
    items, _ = budget_items(A.prep(t), iv.context("budget_items"))
    if len(items) != len(t.split("；")):
        return False                     # a line lost or merged on the way: read as before, never half a list
    done = [(k, items[k]) for k in how]
    heard = source_numbers(text, iv.today.year, iv.today)
    if any(missing_numbers(i["amount"], heard, amount=True) for k, i in enumerate(items) if k not in how):
        return False
    fills = [Fill("budget_items", items, detail=text, primary=True)]
    fills += [Fill(f"budget_items[{k}].amount", i["amount"], kind="computed",
                   detail=f"按数量×单价算出：{how[k]}", primary=True) for k, i in done]
    before = len(reply.changed)
    iv.apply_patch(Patch(fills), reply)
    reply.changed[before:] = [p for p in reply.changed[before:] if not p.startswith("budget_items[")]   # said below
    reply.said.append("；".join(f"「{i['name']}」{how[k]}" for k, i in done)
                      + "。这几项金额是按您说的数量和单价算出的，不是您说的数，最后核对时请确认，或直接说准确金额。")
    return True


__all__ = ["resolve", "run"]
