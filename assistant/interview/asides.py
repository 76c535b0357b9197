"""Talk beside an answer: where the value came from (财务科说…, 抄去年的：…, 镇财政所给的, 领导回我了), her own
slip (我看错行了, 少敲了一下), the system or her pace (系统又卡了, 慢慢来啊, 我找下去年的表), a remark on the
unit (就是管公交卡那个). "我们是城管下面的…" says who is above the unit: no talk. Such a clause is chatter, never a value; a source said
before the value ("财务科说用2050299") leaves the value. Pure; acts.py reads with it.

    aside("镇财政所给的")          # ""  (all talk)
    aside("财务科说用2050299")     # "2050299"
    aside("县水利局")              # "县水利局"
"""
from __future__ import annotations

import re

_WHO = r"(?:财务|财政|领导|书记|科长|局长|主任|站长|所长|队长|院长|校长|同事|上级)"
# a whole clause of talk
_ASIDE = re.compile(
    r"(?:哎|唉|诶)?(?:[\u4e00-\u9fa5]{0,2}?"
    + _WHO + r"[\u4e00-\u9fa5]{0,4}?(?:说了|给的|核准了?|回(?:我|复)?了)"
    r"|(?:我|俺)?(?:看|抄|填|敲)错(?:行|位)了?|(?:少|多)(?:敲|打|输)了?一下|手滑了?"
    r"|(?:今天)?(?:系统|网络|网|电脑)(?:又|老是|总是?)?卡(?:了|死了|住了)?"
    r"|(?:抄|照着?|按)去年的?(?:那个|来)?"
    r"|慢慢来|(?:我|俺)?(?:找|翻|查)一?下去年的?[\u4e00-\u9fa5]{0,3}"
    r"|(?:就是)?管[\u4e00-\u9fa5]{1,8}?(?:的)?那个"
    r"|(?:文号|编号|具体的?)?(?:我|俺)?没记住"
    r")(?:啊|吧|呀|哈|了)*")
# a source said right before the value: "财务科说用2050299", "听财务说是…", "抄去年的：2120399"
_LEAD = re.compile(r"^(?:听)?" + _WHO.replace("|上面", "") + r"[\u4e00-\u9fa5]{0,3}?说(?!的)(?:了)?(?:用|是|填|写|就是)?\s*(?=\S)|^(?:抄|照着?|按)去年的?\s*[：:，,]?\s*(?=\S)")


def aside(clause: str) -> str:
    """The clause without its talk: '' when all of it is talk, the value when talk only led to it."""
    c = clause.strip()
    if _ASIDE.fullmatch(c):
        return ""
    m = _LEAD.match(c)
    if m and re.search(r"\d|[\u4e00-\u9fa5]{2}", c[m.end():]):
        return c[m.end():]
    return clause


__all__ = ["aside"]
