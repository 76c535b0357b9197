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
# a paper the value is read from: the minutes of a meeting, a ledger, a reply, a plan
_DOC = r"(?:纪要|会议纪要|台账|批复|方案|文件|通知|记录)"
# a whole clause of talk
_ASIDE = re.compile(
    r"(?:哎|唉|诶)?(?:[\u4e00-\u9fa5]{0,2}?"
    + _WHO + r"[\u4e00-\u9fa5]{0,4}?(?:说了|给的|核准了?|回(?:我|复|话)?了)"
    r"|(?:我|俺)?(?:看|抄|填|敲)错(?:行|位)了?|(?:少|多)(?:敲|打|输)了?一下|手滑了?"
    r"|(?:今天)?(?:系统|网络|网|电脑)(?:又|老是|总是?)?卡(?:了|死了|住了)?"
    r"|(?:抄|照着?|按)去年的?(?:那个|来)?"
    r"|慢慢来|(?:我|俺)?(?:找|翻|查)一?下去年的?[\u4e00-\u9fa5]{0,3}"
    r"|(?:就是)?管[\u4e00-\u9fa5]{1,8}?(?:的)?那个"
    r"|(?:文号|编号|具体的?)?(?:我|俺)?没记住"
    r"|(?:会议|办公会)?" + _DOC + r"(?:里|上|中)?(?:也|都)?(?:是)?(?:这么|这样|这样子)(?:写|定|说|记)的"
    r")(?:啊|吧|呀|哈|了)*")
# a source said right before the value: "财务科说用2050299", "听财务说是…", "抄去年的：2120399"
_LEAD = re.compile(r"^(?:听)?" + _WHO.replace("|上面", "") + r"[\u4e00-\u9fa5]{0,3}?说(?!的)(?:了)?(?:用|是|填|写|就是)?\s*(?=\S)|^(?:抄|照着?|按)去年的?\s*[：:，,]?\s*(?=\S)|"
                   # the paper it is read from said first: "纪要说执行期就是…", "会上定的总额…", "台账上写的实施单位是…"
                   r"^(?:会议|办公会)?(?:" + _DOC + r"(?:里|上|中)?|会上|会议上)(?:说|写的|写着|定的|定了|批的|议定的?)(?:是|为)?\s*[：:]?\s*(?=\S)")


# a clause spoken to the one who reads or fills the form, about the filling itself, never a value of it:
# the closing formula of an official letter addressed to its reader ("妥否，请批示", "特此报告", "此致 敬礼"),
# and talk with the assistant about who does the form ("换小何跟你弄", "让小王接着填", "回头跟你说")
_TO_READER = re.compile(r"(?:妥否|当否|妥当否|是否妥当|(?:恳|敬)?请(?:领导)?(?:批示|审批|审示|示下|指示|审定|阅示|核示)|"
                        r"特此(?:报告|请示|说明|申请|函告|函复)|此致|敬礼|"
                        r"(?:恳|敬|烦)?请(?:贵方|贵单位|你方|您|你)?(?:知悉|查收|查阅|审阅|谅解))(?:为盼|为荷)?")
_ABOUT_FILLING = re.compile(r"(?:(?:换|让|叫|由)(?:我们)?[\u4e00-\u9fa5]{1,4}?(?:来|接着|继续|替我)?|(?:回头|等会儿?|待会儿?|晚点|明天|下午))?"
                            r"(?:跟|和|给|同|陪)(?:你|您)(?:们)?(?:弄|填|写|搞|整|说|聊|对|核|报|讲)(?:完|好|一下)?(?:吧|啊|哈|了)?"
                            r"|(?:换|让|叫)(?:我们)?[\u4e00-\u9fa5]{1,4}?(?:来|接着|继续|替我)(?:弄|填|写|搞|整)(?:吧|啊|哈|了)?"
                            # how she asks it to be read: "你凑合看", "将就着看吧"
                            r"|(?:你|您)?(?:就)?(?:凑合|将就|凑活)着?(?:看|用|瞧|认)(?:看|一下)?(?:吧|啊|哈|了)?")
# "照去年的填吧": fill it as last year's — a source she names but has not given; she does not have the value
# at hand (asked to paste it), and a "都差不多" beside it only says the same again
AS_BEFORE = re.compile(r"(?:那就|就|你|您)?(?:照|按|抄|跟|参照|按照)着?(?:去年|上年|往年|以前|之前|上次|原来|老样子)(?:度)?的?"
                       r"(?:那个|那张|表|样子)?(?:填|写|来|弄|报|整|抄)(?:吧|就行|就好|呗|了|一下)*")
# "同上年", "依据同去年的", "和上年一样" said alone: the same as last year's, which she has not given (beside her
# value — "跟上年一样，县学生资助管理中心" — it only says the value did not change)
LAST_YEARS = re.compile(r"[\u4e00-\u9fa5]{0,6}?(?:都|也|就|还)?(?:同|和|跟|与|参照|参考|照)(?:上年|去年|往年|上一年|上年度)(?:的)?"
                        r"(?:那个|那张|那份|那样|目标|依据|指标|内容|写法)?(?:一样|相同|差不多|类似)?(?:的)?(?:吧|呗|就行|就好)?")
SAME_AGAIN = re.compile(r"(?:都|也|基本上?|大体上?|大致)?(?:差不多|一样|相同|没变|没什么变化|没啥变化|没怎么变)(?:的|吧|了|啦)*")


def to_you(clause: str) -> bool:
    """The whole clause speaks to the reader or the assistant about the form's filling, nothing of its content."""
    c = re.sub(r"\s+", "", clause or "").strip("，,。！!；;")
    return bool(c) and bool(_TO_READER.fullmatch(c) or _ABOUT_FILLING.fullmatch(c))


def of_filling(clause: str) -> bool:
    """Some of the clause is talk about who does the form with the assistant ("后面让接手的小刘跟你弄")."""
    return bool(_ABOUT_FILLING.search(re.sub(r"\s+", "", clause or "")))


def talk_only(text: str) -> bool:
    """Every clause of ``text`` is talk about the filling (``to_you``) or a closing formula: no value in it."""
    parts = [c for c in re.split(r"[，,。！!；;\s]+", text or "") if c]
    return bool(parts) and all(to_you(c) for c in parts)


def aside(clause: str) -> str:
    """The clause without its talk: '' when all of it is talk, the value when talk only led to it."""
    c = clause.strip()
    if _ASIDE.fullmatch(c):
        return ""
    m = _LEAD.match(c)
    if m and re.search(r"\d|[\u4e00-\u9fa5]{2}", c[m.end():]):
        return c[m.end():]
    return clause


__all__ = ["AS_BEFORE", "LAST_YEARS", "SAME_AGAIN", "aside", "of_filling", "talk_only", "to_you"]


# she addresses the assistant as her superior ("好的领导，…", "报告领导，…", "领导您看，…", "领导，…"), or acknowledges
# before answering ("收到。…", "明白，…"): a lead-in, no talk and no value; "领导写得好" speaks of what the assistant wrote
_ADDRESS = re.compile(r"^(?:(?:好的|好|报告|收到|明白了?|是的?|了解|嗯)[，,\s]*)?领导(?:您看|你看|您|你)?\s*[，,。！!、：:\s]+(?=\S)|"
                      r"^(?:收到|明白了?|了解了?)\s*[，,。！!\s]+(?=\S)")
_ADDRESSED_AS = re.compile(r"^领导(?=(?:写|拟|起草|改)(?:得|的))")


def unaddress(text: str) -> str:
    """``text`` without her words of address or acknowledgment before the answer ("报告领导，总额是112.5万" → "总额是
    112.5万"); "领导写得好，…" → "你写得好，…" (the assistant, addressed). Talk about a 领导 ("领导说…", "领导让我…") stays."""
    t = _ADDRESS.sub("", text.strip(), count=1)
    return _ADDRESSED_AS.sub("你", t)
