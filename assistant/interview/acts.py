"""Reading a message as acts: what the applicant did with it, before any value is read. Pure.

    r = read("什么是预算功能科目？我不知道", question, form)
    r.acts   # ["question", "dont_know"];  r.term → the glossary entry
    r = read("1，还有人均每个月大概3000多吧", question_with_choices, form)
    r.acts   # ["choice", "hedge"];  r.picks == [1];  r.hedges[0].text == "大概3000多"

The vocabulary (``Reply.acts``), in the order they are found:
  back       返回 / 上一步: really the previous question
  skip       跳过 / 先不填 / 下一个
  question   a question back: 什么是…、…是什么意思、…怎么填、不知道什么是…
  dont_know  不知道 / 不清楚 / 记不清
  chatter    你好 / 谢谢 / 稍等 / 好的我看看 (nothing else in the message)
  choice     a pick of the offered options: "1"、"选第2个"、"1、3"、"就用你说的那个吧"
  confirm    是 / 对 / 好 / 确认 (to a proposal, a fix, the final check)
  deny       不是 / 不对 / 不用 (to a proposal; with a value it is a correction)
  correction an earlier answer changed: a named field with 不对/改成/应该是…, or 刚才…说错了
  facts      a value for a field other than the asked one (the message names it), beside or
             instead of the answer
  answer     a value for the asked field
  hedge      an approximate figure (大概五十万, 3000多): asked for the exact one, stored nowhere
  unclear    nothing of the above could be read
The acts ``answer``, ``facts``, ``correction`` and ``unclear`` are settled by turns.py once the
values are read (a named value that cannot be read is not a correction).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..textnum import normalize
from . import answers as A
from . import fields as F
from . import leftover, lexicon
from .asides import AS_BEFORE, LAST_YEARS, SAME_AGAIN, aside, to_you
from .blocks import PASTE_LEAD, PLACEHOLDER
from .asking import asked_back, echo, question
from .guard import asks_which, wordless
from .optionsets import NONE_OF, OWN_VALUE, some_of
from .readers import Hedge, hedges, plain
from .offer import OFFERED, after_no, final_yes, refuse_offer
from .progress import Progress, asks_progress
from .slips import fixed_in_place, not_that, yes_but

ACTS = ("answer", "facts", "correction", "question", "dont_know", "hedge", "skip", "back", "confirm", "deny",
        "choice", "chatter", "unclear")

# she asks the assistant to make it ("你帮我想想", "你帮我写一个吧", "你看着写"): a 不知道, and the rest of the message is
# no value of hers
_HELP_ASK = (r"(?:你|您)?(?:帮我|给我|替我|帮忙|帮着)(?:想想|想一想|想一下|想个|想一个|琢磨琢磨|琢磨一下|出个主意|编一个|编个|拟拟)|"
             r"(?:你|您)(?:就)?看着(?:写|填|办|弄|整)(?:吧)?|"
             r"(?:你|您)?(?:帮我|给我|替我)(?:写|拟|编|整)(?:一个|一段|个|一下)(?=$|[吧啊呀，,。！!\s])|"
             r"(?:你|您)(?:再|重新|另外|给我|帮我|来)*(?:写|拟|编|起草|草拟|生成)(?:一个|一段|一版|一条|个|一下)(?=$|[吧啊呀，,。！!\s我])")
_DONT_KNOW = re.compile(r"(?:我们?|俺们?|咱们?|这个|这|那)?(?:也|真|实在|确实|还)?(?:不知道|不清楚|不太清楚|不了解|不太了解|不确定|没数(?![字据量])|说不好|说不准|"
                        r"记不清了?|记不得了?|(?:多少|几[个天人项次])不记得了?|忘了|搞不清楚?|不会填|不会写|不会(?![\u4e00-\u9fff])|不会(?=这个|啊|呢|哎|呀|了|吧|弄|搞|整|算|做)|不懂|不太懂|不明白|没概念|没听说过|没听过|不晓得|"
                        r"不太确定|拿不准|不好说|说不清楚?|(?:得|要|我再|我去|还得)问问[\u4e00-\u9fa5]{0,4}|问一下领导|(?:我|俺)(?:得|要|欲|再|去|还得)问一下(?=$|[，,。！!])|"
                        # as an office writes it: "尚需计财股进一步核对", "目前无法确切回复", "待核"
                        r"(?:尚|还|仍|目前)?(?:有待|尚待|待)[\u4e00-\u9fa5]{0,6}?(?:进一步)?核(?:实|对|准|定)?(?=$|[，,。；;！!？?\s])|"
                        r"(?:暂|暂时|目前)?(?:无法|不能)(?:准确)?(?:答复|确定|提供)(?=$|[，,。；;！!？?\s])|"
                        r"(?:(?:我|俺)?(?:也|还)?(?:得|要|需要|先)请示(?:一下)?|请示一下)(?:[\u4e00-\u9fa5]{1,3}?(?=再|[，,。！!]|$))?(?:再(?:报|定|说|填|告诉)(?:您|你)?)?|"
                        r"(?:也|还|都)?(?:要|得|需要)等[\u4e00-\u9fa5]{0,3}?(?:评审|财评|财政|批复|审批|领导|上级|局里|县里|市里|省里|招标|结果|通知|文件|审定|核定|会议|研究)"
                        r"[\u4e00-\u9fa5]{0,2}?(?:定|出来|下来|批|结果)(?:了|吧)?|"
                        r"(?:也|还|都)(?:要|得|需要)等[\u4e00-\u9fa5]{0,3}?(?:评审|财评|批复|审批|招标|审定|核定)(?=$|[，,。！!；;])|"
                        r"等[\u4e00-\u9fa5]{0,3}?(?:评审|财评|批复|审批|领导|上级|招标|结果|通知|文件|审定|核定|会议)[\u4e00-\u9fa5]{0,2}?(?:出来|下来|定了?|批了?)了?"
                        r"再(?:说|填|定|报|写)|"
                        r"(?:这页|这一页|那页|这张|那张|字|数|表上?|台账上?|本子上?|纸上|这格|那格|复印件|扫描件)(?:上的?|都|也|有点)*(?:看不清楚?|认不清|认不出来?)|"
                        r"记不全了?|想不起来了?|[\u4e00-\u9fa5]{0,6}?的?数(?:字)?被划掉了|"
                        r"(?:我|俺)?(?:还得|还要|得再|还需要|还没)(?:换算|核算|折算)(?:一下)?|(?:现在|目前|暂时|还)?定不了|(?:现在|目前|暂时)?还?没法定|"
                        + _HELP_ASK + r")"
                        r"(?:这个|啊|呢|哎|诶|呀|耶|欸|了|吧)*")
_HELP = re.compile(_HELP_ASK)
# the value not found or not settled yet, said of the asked value: "科目没查到", "钱还木有定", "数还没出来"
_NOT_YET = re.compile(r"(?:还|暂时|目前|现在)?(?:没|没有|木有|冇得?|莫得|没得)(?:查到|查着|找到|找着|问到|问着|定下来|定|确定|批下来|出来|下来)"
                      r"(?=$|[呢啊哦呀了，,。！!\s])(?:呢|啊|哦|呀|了)*")
# a doubt, not a 不知道: "我也不太确定", "拿不准" beside a value she gives — the value is hers, to check, never dropped
_DOUBT = re.compile(r"(?:我们?|俺们?|这个|这|那)?(?:也|真|实在|确实|还)?(?:不太确定|不确定|拿不准|说不准|不好说)(?:这个|啊|呢|哎|诶|呀|耶|欸|了|吧)*")
_WAIT = re.compile(r"(?:你|您)?(?:稍等|等(?:我|俺)?一下|等等|等会儿?|稍等一下|等我一会儿?)(?:哈|啊|呀|哦|下)?")
# a check of hers said before the yes at the final check: "工程费没错", "数都对过了", "合计无误"
_CHECKED = re.compile(r"^[^\d，,]{0,10}?(?:没错|没问题|无误|对的|都对|对过了?|核过了?|核对过了?|看过了?)$")


def _held_figure(c: str, form: Any) -> bool:
    """"还是1260万": the clause restates a figure the form holds, nothing else."""
    m = re.fullmatch(r"(?:还是|就是|是|仍是|仍然是)?\s*(\d+(?:\.\d+)?)\s*(?:万元|万)?", c.replace(",", ""))
    if not m or form is None:
        return False
    n = float(m.group(1))
    held = [form.funding.total, form.funding.carryover, form.funding.other, *(b.amount for b in form.budget_items)]
    return any(v is not None and abs(v - n) < 0.005 for v in held)
# small talk to the assistant about its own day ("你晚上也不睡觉吗", "你们机器人也会累吗", "周末也上班吗")
_YOUR_DAY = re.compile(r"^(?:你|您|你们)(?:机器人|AI|ai)?[^，,。；;！!]{0,12}?(?:累|吃饭|睡觉|休息|上班|下班|放假|加班|周末|过年|过节|发工资|开心)"
                       r"[^，,。；;！!]{0,4}?(?:吗|么|不|没有?)$")
_CANT_READ = re.compile(r"(?:念|读|识别|辨认|认)不(?:出来|出|清楚?)了?")
# what she does not know, said right after the verb ("不清楚有什么文件", "不知道这里该写嘛", "不确定是不是85%"): the
# object of her not knowing — a thing unknown or a guess — is never a value; the verb is kept for _DONT_KNOW
_UNKNOWN_OBJECT = re.compile(r"((?:不知道|不太?清楚|不晓得|不太?确定|不太?了解|拿不准|说不准|说不好|搞不清楚?|记不清楚?)(?:到底|具体)?)"
                             r"(?![了啊呢吧呀哈哦耶欸诶嘛性的，,。；;！!？?\s]|$)[^，,。；;！!？?\n]+")
# new to the task, and unsure of it as a whole: "我第一次弄，不太懂", "刚接手，啥都不会", "头一回填这个表，不太会"
_NEW_HERE = re.compile(r"(?:我|俺)?(?:是)?(?:第一次|头一回|头回|刚接手|新来的?|刚来的?|刚调过来的?)(?:弄|做|填|搞|报|接触)?(?:这个|这|这张)?(?:表|事)?"
                       r"[，,。\s]*(?:什么都|啥都|都|也|还|完全)?(?:不太懂|不懂|不会弄|不会填|不太会|不会)(?:这个|啊|呢|哈|呀)?(?=[，,。！!\s]|$)")
# her value said unsure beside 不清楚 ("上头是县政府吧？俺也不太清楚"): a guess, stored nowhere
_GUESS = re.compile(r"吗\s*[？?]?\s*$|[？?]\s*$|^(?:好像|可能|也许|是不是|是否|会不会)|"
                    # a figure on a condition not met yet ("要看评审，不砍就是98万，砍了可能就86万，现在定不了")
                    r"^(?:要看|得看|看)[\u4e00-\u9fa5]{1,6}$|(?:的话|不砍|砍了|要是|如果|万一|假如)")      # "县应急局吧，不太确定" stays her answer
_MAYBE = re.compile(r"^(?:好像|可能|也许)")
_ASKED_GUESS = re.compile(r"吗\s*[？?]?\s*$|[？?]\s*$|(?:的话|不砍|砍了|要是|如果|万一|假如)")
_SKIP = re.compile(r"^(?:这个|这项|这一项|那)?(?:我)?(?:先|就)?(?:跳过|跳|略过|下一个|下一题|下一项|以后再说|回头再(?:填|说|补)|稍后再填|待会(?:儿)?再?(?:说|填|问|补)|"
                   r"等会(?:儿)?再?(?:说|填|问|补)?|等(?:我|俺)[\u4e00-\u9fa5]{1,6}?再(?:弄|填|写|补|说|搞|整)|暂不填写?|不填了?|不写了?|略|空着|先空着|空|留空|空白|pass|skip|算了吧?|先这样吧?)(?:吧|了|啊)?$", re.I)
# what a value still waits on, said beside 待定: "要看招标", "评审还没出结果", "财政说还要核", "跟着开工时间走"
# a clause that says the asked field is not to be written: 不用 / 暂不 / 甭 … before a verb of writing, with at most a few
# words before it that name no figure ("我处意见暂不填列", "这一栏暂不填写") and only the asked field's words after it
# ("不用整长期的"): "长期目标一栏，我处意见暂不填列" is no text of hers
_NO_WRITE = re.compile(r"(?P<no>(?:暂|先|暂时|暂且|就|也|还是|这次|今年)?(?:不用|不要|不需要|无需|不必|甭|别|嫑|不)(?:再)?"
                       r"(?:填写|填列|填报|填|写|列|整|弄|搞))(?:了|吧|啦|啊|哈|呀)*")
# … said as not needed (不用写, 无需填列), no delay (暂不, 先不) nor refusal (不要写了, 甭写了: skips): to an offer, a no to it
_NOT_NEEDED = re.compile(r"^(?:.{0,8}?)(?:就|也|还是)?(?:不用|不需要|无需|不必)(?:再)?(?:填写|填列|填报|填|写|列|整|弄|搞)"
                         r"(?:了|吧|啦|啊|哈|呀)*(?!\d)")


def _not_written(c: str, q: Any) -> bool:
    if q is None or F.kind(q.field) not in ("text", "goals"):
        return False
    for m in _NO_WRITE.finditer(c):
        head, tail = c[:m.start()], c[m.end():]
        if len(head) <= 8 and not re.search(r"\d|[零一二两三四五六七八九十百千万]{2}", head) and _only_asked(tail, q) \
                and not any(x.path != q.field for x in F.mentions(head)):
            return True
    return False


_WAITING = re.compile(r"要看|得看|看[\u4e00-\u9fa5]{0,6}(?:结果|情况|安排)|还要|还得|还没|没出|没批|没下来|没定|未定|"
                      r"跟着[\u4e00-\u9fa5]{1,8}走|等[\u4e00-\u9fa5]{1,8}(?:定|出|批|下来)|取决于")
# why she goes back, said beside it: what she sent was wrong or of another form ("那是接访大厅的", "上一个不对", "串了")
_WHY_BACK = re.compile(r"串了|串表|(?:粘|贴|发|弄|搞|填|写|说|打)错|不对|错了|另一张|另一个表|别的表|那是|那个是|这是|不是(?:这|那|本)")


# a section of indicators the project does not have, said of the asked category: "我们这个没有成本类的指标", "不做满意度调查",
# "满意度本项目不适用", "生态这块不填了" — a skip of it, nothing written in its place
_DECLINE = re.compile(r"(?:不适用|不涉及|不做|不搞|不开展|没做|没搞|没开展|没有|木有|冇得?|莫得|无|不填了?|不写了?|不需要|用不上|不用)"
                      r"(?:了|吧|啊|哈|呀|的)*")
_DECLINE_FILL = re.compile(r"算了|这个项目|本项目|该项目|我们|咱们|俺们|这一块|这块|那块|这一项|这项|这个|那个|项目|就|也|都|先|的|类|方面|"
                           r"调查|测评|评价|测算|核算|考核|这部分|部分")
_CATEGORY_WORDS = {"效益指标": ("效益", "生态", "社会", "经济", "可持续影响", "可持续")}


def _declines(c: str, q: Any) -> bool:
    """The clause says the asked category of indicators is not done here (no value, no other field)."""
    if q is None or not q.field.startswith("indicators.") or re.search(r"\d", c):
        return False
    cat = q.field.split(".", 1)[1]
    words = sorted({cat, cat.removesuffix("指标"), *_CATEGORY_WORDS.get(cat, ())}, key=len, reverse=True)
    left = c
    for w in words:
        left = left.replace(w + "指标", "").replace(w, "")
    if left == c and not re.search(r"不适用|不涉及", c):
        return False                     # the category is named (or the words say it does not apply)
    left = _DECLINE_FILL.sub("", left.replace("指标", ""))
    return bool(left) and bool(_DECLINE.fullmatch(left))


def _why_back(said: str) -> bool:
    """Talk of why she goes back and nothing more: no figure, no value named to change."""
    return bool(said.strip("，,。！!；;？? ")) and bool(_WHY_BACK.search(said)) \
        and not _FIGURE.search(re.sub(r"[上这那另]一(?:个|条|项|张|步|题|句)?", "", said)) \
        and not re.search(r"改成|改为|应为|应该是|换成|[：:]", said)


_BACK = re.compile(r"^(?:撤|返回|上一步|回上一步|回到上一步|返回上一步|退回|退回去|退一步|倒回去|撤销|撤回|回去|上一题|回上一题|上一个问题|"
                   r"回到上一个问题|返回上一个问题|back|(?:刚才|刚刚)?(?:那|这|上)一?(?:步|条|句)的?(?:不算|作废|不作数)(?:了|啊|哈)?)(?:吧|一下)?$", re.I)
_CHATTER = re.compile(r"^(?:在吗|在不在|在么|有人吗|你好|您好|hi|hello|谢谢|多谢|感谢|谢谢你|谢啦|辛苦了|辛苦|麻烦了|麻烦你了|好的?谢谢|稍等|等一下|等等|我看看|"
                      r"我查一下|我查查|让我想想|我想想|哈+|嗯+|哦+|噢|好嘞|得嘞|得勒|收到|明白了?|知道了|懂了|了解了?|原来如此|这样啊|是吗|行吧|唉|哎)$",
                      re.I)
# talk around the answer: apologies, who asked her, the name's history, doubts about the source
_TALK = re.compile(r"(?:这个?|那个?)?(?:名字|名称|这名儿?)(?:是|都是|也是)?[\u4e00-\u9fa5]{1,6}?(?:起|定|取|给|拟)的(?:哦|哈|啊|呀)?$|不好意思|抱歉|手滑|打错字|领导让|领导叫|领导说|科长说|主任说|同事说|帮同事|临时帮|替同事|原来叫|以前叫|之前叫|早先叫|"
                   r"改过名|去年就叫|我看去年|去年填的|是不是这个|对不对啊|哈哈|嘿嘿|呵呵|我也不太懂|第一次填|可火了|"
                   r"头一回填|表太复杂|好复杂|太复杂|哎呀|好麻烦|真麻烦|(?:领导|局长|科长|主任|同事)(?:说|让我|叫我|让(?!我)|要求)|^(?:他|她)们?(?:刚才|刚刚|也|就)?(?:说|讲)|(?:领导|局长|科长|股长|主任|站长|所长|书记|同事|财务)(?:刚刚?|已经|也)?(?:回复|答复|回话|回)(?:我|过来)?了(?=$|[，,。！!；;\s])|领导(?!小组)|大家都|肯定没问题|(?:甩|交|派|安排|丢)给我|给我的活|"
                   r"炸了|炸锅|头大|头疼|累死|忙死|烦死|要命|无语|太难了|没问题的|放心吧?|[哈嘿]$|"
                   r"(?:我是|我)接手|接手(?:的|了)|交接(?:给我|了|过来)|退休了|调走了|调岗了|换人了|(?:我|后面我)(?:来)?接着(?:填|弄|写)|后面我来|"      # a clerk handing over
                   r"(?:之前|前面|以前|原来)(?:是|都是)[\u4e00-\u9fa5]{1,4}?(?:在)?(?:填|弄|写|负责)(?:的)?$|"
                   # her last message pasted wrong, said alone before the answer again ("公式粘错了，…")
                   r"^(?:刚才|刚刚|上一条|上条|那条|公式|格子|单元格|表格)?(?:粘|贴|复制|拷贝?|粘贴)(?:错了|错|串了)(?:了|啊|哈)?$")
# her last message pasted wrong, said before her answer again ("粘错了。…")
_PASTE_SLIP = re.compile(r"(?:刚才|刚刚|上一条|上条|那条|前面|公式|格子|单元格|表格|链接)?(?:粘|贴|复制|拷贝?|粘贴|发)(?:错了|错|串了)(?:了|啊|哈)?")
# how she will send a long text, before its first part ("概况有点长我分几条发。…"): talk
_SENDING = re.compile(r"(?:(?:概况|内容|这个|这段)?(?:有点|太|比较)?长(?:了)?(?:，|,)?)?我?(?:分(?:几|两|三|多)?(?:条|次|段|句)(?:来)?(?:发|说|打)|分开发|慢慢(?:打|发))(?:吧|哈|啊)?")
# she goes to look the value up ("我翻下方案", "钱那块我看看预算表", "我查一下台账"): talk, no value and no act of the form
_LOOK = re.compile(r"^(?:[\u4e00-\u9fa5]{1,4}?(?:那块|这块|那一块|的话|方面))?(?:我|俺)?(?:先|再|去|得)?"
                   r"(?:翻|看|查|找|对|核)(?:一?下|看|一看|一翻|翻|查|找|一找|对|一对)"
                   r"(?:[\u4e00-\u9fa5]{0,6}?(?:方案|预算表|预算|表格?|文件|资料|台账|批复|材料|本子|记录|系统|档案|合同|账本?))?(?:吧|啊|哈|哦)?$")
# talk about herself or where a value came from: "我是区水利局的小王", "今天来填个表", "财务那边给的"
_INTRO = re.compile(r"^(?:(?:同志|老师)?(?:您好|你好)[！!，,]?)?我是(?![^的]*(?:填表|填报|经办|负责))[\u4e00-\u9fa5（）()]{2,16}?的(?:小|老)?[\u4e00-\u9fa5]{0,2}$|"
                    r"^(?:今天)?来填(?:个|一下)?表$|^(?:这是|是)?(?:财务|办公室|领导|科长|局里)(?:那边|那里)?(?:给|发|告诉我)的$|"
                    r"^(?:这个)?是?我们自己定的$|^(?:谢谢|多谢)(?:你|您)?[啊呀啦]?$|^比去年好填多了$|^(?:刚|我)?问了(?:一下)?(?:财务|领导|科长)$")
# the words around 不知道 that carry no value: 哎呀、这个、怎么写、到底、我真、街道职能怎么概括
_NO_CONTENT = re.compile(r"\s*(?:(?:哎呀|哎|唉|啊|呃|嗯|emm+|这个|那个|这|那|我|俺|咱|真|也|还|实在|到底|具体|你说|[\u4e00-\u9fa5]{0,6}?"
                         r"(?:(?:怎么|咋|如何|按怎|哪能)(?:写|填|弄|搞|概括|说|算|办|整)?|(?:写|填)(?:啥|什么))|是啥|是什么|啥意思|[吧呢啊呀哈了的]|[？?])\s*)*", re.I)
# what she does not know, said before the verb: a label's thing ("依据的文件名我", "负责人的电话", "这个数")
_THING_OF = re.compile(r"(?:这个|那个)?[\u4e00-\u9fa5]{0,8}?的?(?:文件名|文件名称|名字|名称|全称|文号|号码|电话|数字|数|金额|日期|时间|具体数)"
                       r"(?:我|俺|我们|也|真|实在|还)*")
# a colleague's word as the source of the value: "小王说叫…", "老李说是120个", "小王刚回我了：", "财务小陈说"
_COLLEAGUE = re.compile(r"(?:财务|办公室|局里)?(?:小|老)[\u4e00-\u9fa5](?:刚刚?|又|也)?(?:说|讲|回我了?|告诉我)(?:(?:这么|这样)?(?:写|填)\s*[：:])?(?=[是叫写：:，,]|这么|$|(?<=[：:]))")
# a text's lead-in naming where it comes from: "概况我拿去年的改了一下：", "批复里有年度目标，我贴过来："
_SOURCED = re.compile(r"^[^：:\d。；;！!？?]{0,16}?(?:说|讲|改了一下|改了改|贴过来|贴一下)[^：:]{0,6}[：:]|"
                      r"^[^：:\d。；;！!？?]{0,8}?(?:照抄|抄自|摘自|摘抄|照搬)[^：:\d。；;！!？?]{0,12}[：:]")   # "概况照抄议定事项（二）："
# the paper or person a value is taken from, named before it (any field): "科长原话：", "抄可研批复抬头：", "单位职能抄三定方案：",
# "年度目标照方案第九部分：", "方案第五部分“实施进度”：", "中标通知书上的中标价是…"
SOURCE_LEAD = re.compile(r"^[^：:\d。；;！!？?《]{0,16}?(?:原话|原文|(?:照抄|抄自|摘自|照搬|照|抄|按|来自|出自)?[^：:\d。；;！!？?《]{0,10}?"
                         r"(?:方案|批复|通知书|通知|合同|报告|纪要|文件)(?:的?抬头|第[一二三四五六七八九十\d]{1,3}(?:部分|条|章|节|项))?)"
                         r"(?:[“\"「][^”\"」：:]{1,12}[”\"」])?\s*[：:]\s*(?=\S)|"
                         r"^[\u4e00-\u9fa5]{0,8}?(?:通知书|批复|合同|方案|文件|报告|发票)(?:上|里)(?:的|写的|写着)")
_YES_EMOJI = re.compile(r"[\U0001F44C\U0001F44D\u2705\U0001F197\U0001F646\u2714\u2713\u2611]")    # 👌 👍 ✅ 🆗 🙆 ✔ ✓ ☑
_EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+")
_REST_OK = re.compile(r"(?:其他|其余|别的|剩下的?|其它)的?(?:都|全|也)?(?:确认|对|没问题|可以|行)")
_FILLER = re.compile(r"^(?:嗯+|哦+|噢|啊+|[哈嘿]|呃+|额|唉|哎|诶|哎呀|哎哟|啊这|emm+|…+|\.+|等一下|等等|稍等|好的?|掌声)$", re.I)
# she has understood (the explanation before, the question): "懂了，…", "明白。…", "收到。…，完毕" — an acknowledgement
# beside her answer is no talk, as an interjection is not (alone it says nothing)
_ACK = re.compile(r"^(?:哦+|噢+|嗯+|啊+)?(?:懂了|明白了?|收到|知道了|了解了?|晓得了?|完毕|谢幕|原来如此|原来是这样)[啦啊呀哈]?$")
_YES_WORD = (r"嗯+|是的?|确认提交|confirm(?:ed)?|对的?|对对|好的?|好滴|好嘞|得嘞|得勒|好了|可以的?|可以了|行的?|行了|中|可中|同意|确认无误|核对无误|确认|确定|无误|没问题|"
             r"没错|都对|全部确认|都确认|都没问题|正确|ok|okay|yes|y|是这个|就是这个|对就是|没毛病|挺好的?|很好|不错|就用这个|用这个|"
             r"接受|采纳|采用|(?:我[处局科所站])?(?:无异议|没有异议)|予以(?:采纳|确认|认可)|就(?:这样|这么写|这么定|用这个|按这个)|(?:其他|其余|别的)(?:都|也)?(?:确认|对|没问题)")
# a yes is one or more yes-words, with particles and punctuation between: "没问题确认", "ok确认", "中，确认", "可中，就这样"
# what a yes may be said of: "刚才那个就这样吧", "这段写得挺好", "也用你的"
_YES_OF = r"(?:(?:刚才|上面|前面)?的?(?:" + OFFERED + r"|它)?(?:也|就|还是)?)"
_YES_MORE = r"|要得|可|就这样写|这样写|就这么弄|写得(?:挺|很|蛮|还)?(?:好|不错|可以)|(?:就)?用吧?|(?:就)?用你的|(?:就)?用(?:你|您)(?:这个|那个|这段|那段|这版|写的)"
_YES = re.compile(r"^(?:" + _YES_OF + r"(?:" + _YES_WORD + _YES_MORE + r")(?:吧|了|啊|呀|哈|嘛|的|咯|啰|哟|呗|哦|啦|噶|撒|噻|嘞|咧|哒)*[，,。!！\s]*)+$", re.I)
_NO = re.compile(r"^(?:(?i:no|n)|不要了|不用了|不需要了|不是|不对|不用|不要|否|不行|错了|不同意|不采用|不好|不是这个|都不对|不太对|不符合|不|"
                 r"(?:不用|不要|不采用)(?:你|您)?(?:(?:写|拟|给|说|推荐)?的)?" + OFFERED + r"?(?:了|吧)?)$")
_PICK = re.compile(r"^(?:那就|那么|那|就)?(?:这项|这条|这一项|这个)?(?:我?(?:只|就只)?(?:选|选择|要|用|就要|就用|就选|选用|挑)\s*)?"
                   r"(?:(?:你|您)(?:推荐|说|给|列|提|写)的\s*)?(?:第\s*)?((?:\d{1,2}|[一二三四五六七八九十])(?:\s*(?:个|项|号|条|种))?"
                   r"(?:\s*(?:[、,，和及与跟\s]|以及|还有)\s*(?:第\s*)?(?:\d{1,2}|[一二三四五六七八九十])(?:\s*(?:个|项|号|条|种))?)*)"
                   r"(?:\s*(?:吧|吧吧|就行|就可以|(?:(?:这)?(?:两|俩|三|四|几)个)?都(?:要|选上?|用|行|可以)|这个|这几个|可以|行|好了|就好|要了|就这个|"
                   r"好滴|好的|好嘞|得嘞|哈|哦|呀|啊|ok|OK))*(?=$|[，,。；;！!\s])")
_ADOPT = re.compile(r"(?<![不别])(?:就|那就|那)?(?:用|按|选|要|采用|照)(?:你|您)(?:说|推荐|建议|给|提|列|写|拟|算|估|定)(?:的|那个|这个)?(?:那个|这个|那|这|吧)*|(?<![不别])(?:用|按|选|要|采用|照)(?:说|推荐|建议|给|提|列|写|拟)(?:的|那个|这个)(?:那个|这个|那|这|吧)*|"
                    r"(?:那)?就(?:用|按|选)?(?:这个|那个)(?:吧|了)?|用示例|按示例|用例子|按例子|照例子|就(?:是|用|选)?它了?|用建议的?|按建议的?|都行|随便")
_WORD_FIX = re.compile(r"(?:不对|不是|说错了|错了|写错了)[，,。]\s*(?:而)?(?:应该是|应为|是)\s*")
_SELF_FIX = re.compile(r"(?:不对|不是|说错了|错了|哦不|呃不|更正一下)[，,。：:\s]*(?:是|应该是|应为)?")
_EXACT = re.compile(r"(?:(?:具体|准确|确切|精确|实际)(?:地|的)?(?:说|数|数字|金额)?(?:是|为)|准数(?:是|为))\s*[：:]?\s*")
_NUMBER = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万点]+)"
_INLINE_FIX = re.compile(_NUMBER + r"\s*(?:万元|元|块钱|块|万|个人|人次|人|名|个|户|次|台|套|公里|米|亩|天|%|％|‰)?\s*(?:[，,。]|…+)?\s*(?:不对|不是(?=[，,。：:\s]|是)|说错了|错了|哦不|呃不)"
                         r"[，,。：:\s]*(?:是|应该是|应为)?\s*(?=" + _NUMBER + ")")
# a figure that may be a value: digits, or a Chinese numeral with a unit of money or of a count
# ("是五十六万"); "一年的项目" beside 不填了 gives a reason, no value
_FIGURE = re.compile(r"\d|[一二两三四五六七八九十百千万]+(?:万|元|块|千|个|人|名|户|家|所|次|项|%)|[二两三四五六七八九十百千万]{2,}")
_DELETE = re.compile(r"(?:删掉|删除|去掉|删了|不要了|拿掉)")


@dataclass
class Reading:
    text: str                                  # the message, full-width digits and punctuation made ASCII
    raw: str = ""                              # the message as she wrote it
    acts: list[str] = field(default_factory=list)
    term: Any = None                           # glossary.Entry asked about ("question")
    picks: list[int] = field(default_factory=list)
    new_here: bool = False                     # "我第一次弄，不太懂": new to the form, told how it goes
    as_before: bool = False                    # "照去年的填吧": a form to copy that she has not given yet
    adopt: bool = False                        # "用你说的那个": take the proposal / the only example
    yes: bool | None = None
    named: list[F.Mention] = field(default_factory=list)   # fields the message names, with their values
    deletes: list[str] = field(default_factory=list)
    rest: str = ""                             # what is left for the asked field, as she wrote it
    extra: str = ""                            # sentences after a named value: read for other facts only
    hedges: list[Hedge] = field(default_factory=list)
    marked: bool = False                       # 不对 / 错了 / 改成 …: a correction was meant
    qualifier: dict = field(default_factory=dict)   # path → her words glued before its label ("容纳" of 容纳人数)
    settled: bool = False                      # the pending question got its answer (set by turns.py)
    skipped: str = ""                          # another field she declines beside her answer ("电话不便提供")
    doubt: bool = False                        # her only 不知道 is a doubt of the value she gives ("…吧，我也拿不准")
    unknown: bool = False                      # … because she does not know it ("电话我不知道你先空着")

    def act(self, name: str) -> None:
        if name not in self.acts:
            self.acts.append(name)


# a person whose word she passes on
_SUPERIOR = r"(?:领导|局长|副局长|科长|股长|主任|站长|所长|队长|院长|校长|馆长|书记|处长|部长|经理|老板|同事|财务)"
# the value has come in — a tally, a document or a person she asked gave it: "统计出来了", "评审结果出来了：",
# "学籍系统导出来了", "问到了", "我问了一下", "查到了", "核了", "对过账了：" (how she got it: talk beside the value)
_CAME_IN = re.compile(r"(?:出来了|(?:批|拨|发)下来了|问到了|查到了|问过了|问了(?:一下|下)?|核了|核过了|对过账了|"
                      r"(?:核对|核实|检查|对|看)过了|"     # "都核对过了：…": how she came to it
                      # whom she asked or showed it: "问了科长", "我念给科长听了", "拿给局长看过了", "请示了领导"
                      r"(?:问|请示|汇报|念|读|拿|发|报|给)(?:了|过)?(?:一下)?给?" + _SUPERIOR + r"(?:听|看)?(?:了|过了|过)?)$")
# a glyph a scan or a font could not show (▯, �) touching a figure: which digit stood there is unknown
_UNREAD_FIGURE = re.compile(r"[\u25af\ufffd]\s?[\d.]|[\d.]\s?[\u25af\ufffd]")
# pinyin left between the digits of one figure by an input method ("12pin00户"): which digits she meant is unknown
# (a unit with its power, "5km2", "3m3", is no such slip)
_LETTERS_IN_FIGURE = re.compile(r"(?<![A-Za-z\d.])\d+(?!(?:km|cm|mm|dm|m|kg|kw|kwh|mw|ml|mg|gb|mb|tb|kb|hz|kv|kva|mpa|kpa|pa|db)\d)[a-z]{2,6}\d+")
# a money unit misheard by voice input ("一百二完元", "36碗元", "五签元"): 万 or 千 written as a word of like sound — which
# unit she said is unknown
_SLIPPED_UNIT = re.compile(r"(?:\d|[零〇一二两三四五六七八九十百])(?:[完玩晚湾弯碗挽丸皖]|[签迁牵铅谦])元")


def garbled_figure(text: str) -> str:
    """The words before a figure that pinyin or a misheard unit spoiled ("受益户12pin00户": "受益户"), or "" when there is
    none; a figure so spoiled is no figure of hers (which digits or which unit she meant is unknown)."""
    m = _LETTERS_IN_FIGURE.search(text or "") or _SLIPPED_UNIT.search(text or "")
    if not m:
        return ""
    head = re.split(r"[，,。；;：:\s]", text[:m.start()])[-1]
    return head or "？"


_HEAD = re.compile(r"^\s*([^，,。：:；;！!？?\s]{1,14})(?:[，,。：:]\s*|\s+)(?=\S)")


def _came_in(t: str, form: Any) -> tuple[str, bool]:
    """The message without its head clause when that clause only says the value has come in, and whether it did.
    A field or a thing of hers the head names stays ("办公室电话问到了：0791-…", "设备那个我问了，是10万整"); a head that says it has not come in
    (还没出来, 没问到) or holds a figure is no such clause."""
    m = _HEAD.match(t)
    head = m.group(1) if m else ""
    came = _CAME_IN.search(head)
    if not came or re.search(r"\d|没|未|不|吗|[零一二两三四五六七八九十百千万]{2}", head) or _TALK_OK.search(head):
        return t, False
    named = re.sub(r"(?:我们|我|俺|也|又|刚刚?|都)+$", "", head[:came.start()])
    keep = named if F.mentions(named, form) or re.search(r"[那这](?:个|项|行|条|笔)", named) \
        or any(len(w) >= 2 and w in named for w, paths in F._words() if paths[0].startswith("funding.")) else ""
    #                                      "设备那个我问了，…", "乡镇自筹核出来了，一共…": the thing she got, kept
    return (keep + "，" if keep else "") + t[m.end():], True


_TALK_OK = re.compile(r"^(?:好|行|对|是|嗯)")


def read(text: str, q: Any, form: Any) -> Reading:
    """The acts of one message given the pending question ``q`` (a questions.Question or None)."""
    lead = re.match(r"\s*(?:" + PASTE_LEAD + r")[ \t]*\n", text or "")
    if lead and text[lead.end():].strip():
        text = text[lead.end():]         # "财务的表来了，直接粘：⏎…": her words about the paste on its own line, talk
    raw = _prev_was(_EMOJI.sub("", text).strip())   # an emoji or a wavy dash carries no value: 哈喽～…😂
    if not raw and _YES_EMOJI.search(text or ""):
        raw = "好"                       # "👌", "👍👍": a yes, by the sign alone
    t = t0 = normalize(raw)             # one character for one: spans map back to what she wrote
    r = Reading(t, raw=raw)
    if lead and text.strip():
        r.act("chatter")
    p = plain(t)
    if PLACEHOLDER.fullmatch(raw):
        r.act("unclear")                 # "[语音消息 0:23]", "[动画表情]": nothing she typed, nothing to read
        return r
    if _UNREAD_FIGURE.search(raw) or (q is None or F.kind(q.field) != "text") and garbled_figure(raw):
        r.act("unclear")                 # "总额 4▯.6": a figure a scan could not read whole is no figure of hers;
        return r                         # "12pin00户", "八十完元": pinyin left inside a figure, a unit misheard
    if _BACK.match(p):
        r.act("back")
        return r
    if asks_progress(p):
        r.act("question")                # "现在填到哪了", "给我看看现在的表": where the form stands, said; nothing stored
        r.term = Progress()
        return r
    first = lexicon.clauses(p)
    if len(first) > 1 and ("back" in lexicon.clause_acts(first[0]) and _why_back(p[len(first[0]):])
                           or "back" in lexicon.clause_acts(first[-1]) and _why_back(p[:p.rfind(first[-1])])):
        r.act("back")                    # "撤回，上一条是另一张表的，串了", "又串了！那是农田的钱。撤回": why she goes
        if re.search(r"串了|串表|(?:粘|贴|发)错", p):     # back is no answer; that it was pasted in the wrong form is talk
            r.act("chatter")
        return r
    if len(first) > 1 and "back" in lexicon.clause_acts(first[0]):
        rest = re.split(r"[，,。！!；;\s]+", raw, maxsplit=1)[-1].strip()
        if not F.is_correction(rest) or not re.search(r"\d|[一二两三四五六七八九十百千万]|是|改成|改为|应为|叫", rest):
            # "回到上一题，数据库是5个，我数错了": a correction, read as one; "返回，刚才那个说得不对": back
            r.act("back")                # "退回去，功能科目是2120899": the previous question, and its answer
            r.rest = "" if F.is_correction(rest) else rest     # why she goes back is no answer
            return r
    small = [c for c in re.split(r"[，,。！!；;？?\s]+", p) if c]
    if small and any(_YOUR_DAY.search(c) for c in small) and all(_YOUR_DAY.search(c) or re.fullmatch(r"[哈嘿呵嘻]+|hh+", c, re.I)
                                                                  for c in small):
        r.act("chatter")                 # "你们程序放假也干活吗": small talk to the assistant, no question of the form
        return r
    if len(small) > 1 and (_WAIT.fullmatch(small[-1]) or _WAIT.fullmatch(small[0])) and not re.search(r"\d|[：:]", p) \
            and not any(_YES.fullmatch(c) or _NO.fullmatch(c) or lexicon.clause_acts(c) not in ([], ["chatter"])
                        or F.is_correction(c) or re.search(r"错|改|不对", c) or wordless(c) for c in small if not _WAIT.fullmatch(c)):
        r.act("chatter")                 # "科长让我再核一下，稍等", "书记打电话来了，你等我一下": she will be back, nothing yet
        return r
    if q is not None and q.kind == "confirm" and len(small) > 1 and _YES.fullmatch(small[-1]) \
            and all((_CHECKED.search(c) and not _FIGURE.search(c)) or _held_figure(c, form) for c in small[:-1]):
        r.yes = True                     # "工程费没错，还是1260万，确认": her check of a figure the form holds, then the yes
        r.act("confirm")
        if any(_CHECKED.search(c) and not _YES.fullmatch(c) for c in small[:-1]):
            r.act("chatter")             # ("没错没错，确认": yes twice, no check said)
        return r
    parts = [c for c in re.split(r"[，,。！!；;\s]+|…+|\.{3,}", p) if c]     # "不好量化……略": two clauses
    said = {c: lexicon.clause_acts(c) for c in parts}        # the short acts by their words (acts.yaml)
    skips = [c for c in parts if _SKIP.match(plain(c) or c) or _not_written(plain(c) or c, q) or _declines(plain(c) or c, q) or "skip" in said[c]
             and not ("confirm" in said[c] and q is not None and q.kind == "confirm")]
    #                                    ("不用填那就确认" at the final check: a yes, what needs no filling its reason)
    asked = q.field if q is not None else ""
    if skips and len(skips) < len(parts) and (other := _other_field(skips, asked)):
        r.skipped = other                # "局长何永年。电话不便提供": the name her answer, the phone declined
        r.unknown = any("dont_know" in said[c] or re.search(r"不知道|不清楚|不晓得|记不得|忘了", c) for c in skips)
        for c in skips:
            t = re.sub(r"[，,。！!；;\s]*" + r"[，,。！!；;\s]*".join(map(re.escape, c)) + r"[，,。！!；;\s]*", "，", t, count=1)
        t, p = t.strip("，"), plain(t.strip("，"))
        parts = [c for c in parts if c not in skips]
        skips = []
    beyond = _beyond_skip(p, skips, form, asked) if skips else []
    if skips and not beyond and any(re.search(r"[：:]\s*[\u4e00-\u9fa5]{4}", c) for c in parts if c not in skips):
        skips = []                       # "算了，我自家写：外来…居民增多…": she gives her own text after all
    if not p or (skips and (beyond or not any(_FIGURE.search(c) or F.is_correction(c)
                                              for c in parts if c not in skips))):     # "等会儿，前面工资整错了，是56万": no skip
        if skips and not beyond and any(re.search(r"待定|未定|没定", c) for c in skips) \
                and any(_WAITING.search(c) for c in parts if c not in skips):
            r.act("dont_know")           # "待定，评审还没出结果": not known yet, waiting on others — no skip of hers
            return r
        if (re.search(r"不知道|不清楚|不晓得|不了解", p) and not _DONT_KNOW.fullmatch(p)) \
                or any("dont_know" in said[c] for c in skips):
            r.act("dont_know")           # "那边的不知道，跳过吧", "我问问再说"
        if any("chatter" in a for a in said.values()):
            r.act("chatter")             # "等会再说，我先去开个会"
        if q is not None and q.proposal is not None and not beyond and all(_NOT_NEEDED.match(plain(c) or c) for c in skips):
            r.yes = False                # "长期目标不用写了", "不用整长期的": the offer is not wanted — a no to it
            r.act("deny")
            return r
        r.act("skip")
        if beyond:                       # "依据不填，属性是延续": the asked one skipped, the field she names filled
            r.named = beyond
            r.act("facts")
        return r
    whole = lexicon.message_acts(t)
    if whole and lexicon.settle(whole, q, r):
        return r
    if final_yes(t, q, r, form):
        return r
    if re.fullmatch(r"嗯+[。！!～~]*", p) and q is not None and (q.proposal is not None or q.kind in ("confirm", "fix")):
        r.yes = True                     # "嗯嗯" to "主管部门是不是也是「…」？": a yes, not a filler
        r.act("confirm")
        return r
    if wordless(p) and not _YES.match(p) and not _NO.match(p) and not re.fullmatch(r"[A-Z]{2,8}", p) and not _WORD_EN.fullmatch(p):
        r.act("unclear")                 # "jjjj", "???": no word and no number, nothing to read
        return r
    t = echo(t)                          # "资金总额是多少——资金总额是95万": her echo of the question, then her answer
    which = any(asks_which(c) for c in re.split(r"(?<=[？?])|[，,。；;！!\n]+", t) if c.strip())
    t = re.sub(r"[（(]([^（）()]*[？?])[）)]", r"，\1，", t)    # "…校方责任险（概况要写多少字？），保费…": a question aside
    t = question(t, q, r)
    t = "" if which else asked_back(t, q, r)
    if which:
        asked_back(r.text, q, r)
    t, new = _NEW_HERE.subn("，", t)
    if new:
        r.act("chatter")
        r.new_here = True                 # "我第一次弄，不太懂": about the task, not a 不知道 of the asked field
    helped = bool(_HELP.search(t))
    t = _UNKNOWN_OBJECT.sub(r"\1", t)
    unsure = [m.group(0) for m in _DONT_KNOW.finditer(t)]
    t, dk = _DONT_KNOW.subn("，", t)
    r.doubt = bool(unsure) and all(_DOUBT.fullmatch(u) for u in unsure)   # "…吧，我也拿不准": unsure of what she said
    if q is not None and F.kind(q.field) not in ("text", "goals"):
        t2, yet = _NOT_YET.subn("，", t)    # "科目没查到", "钱还木有定": not known yet (in a text, words of her text;
        if yet and not _FIGURE.search(t2):  # beside a figure — "还没定，10到12个吧" — her rough figure says it)
            t, dk = t2, dk + yet
    t, blurred = _CANT_READ.subn("，", t)
    if blurred:
        dk += blurred                    # "那格复印得糊了，念不出来": what she cannot read off her paper, she does not know;
        if not re.search(r"\d|[：:]|[零一二两三四五六七八九十百千万]{2}", t):
            t = ""                       # why she cannot is no value
    if dk:
        r.act("dont_know")
        if helped and (not re.search(r"\d|[：:]", t) or q is not None and F.kind(q.field) in ("text", "goals")
                       and not re.search(r"[：:]", t)):
            t = ""                       # "你帮我写一个吧，手机打字太累了": she asks for it; what follows is no value
            #                              (to a text or a goal, "你重新写一个，带上8间": what to put in it, no text of hers)
        guesses = [c for c in re.split(r"(?<=[？?])|[，,。；;！!\n]+", t)
                   if c.strip() and not re.fullmatch(r"\s*(?:我们?|俺们?|咱们?|他们?|领导|这个|那个|也|真|还)*\s*", c)
                   and not F.is_field_word(c.strip())]      # ("科目我不清楚，…": the field she does not know, named)
        if guesses and all(_GUESS.search(c.strip()) and not (r.doubt and _MAYBE.match(c.strip()) and not _ASKED_GUESS.search(c.strip()))
                           for c in guesses):       # ("好像是叫…，我也说不准": a name she gives with a doubt, to check)
            t = ""                       # "上头是县政府吧？俺也不太清楚": no value from a guess
        elif all(_NO_CONTENT.fullmatch(c) or _THING_OF.fullmatch(c.strip()) for c in guesses):
            t = ""                       # "哎呀这个我真不知道怎么写", "依据的文件名我记不全了": what is left is no value either
    t, told = _COLLEAGUE.subn("", t)
    t, came = _came_in(t, form)
    words = q is not None and F.kind(q.field) == "text" and q.kind == "field"     # 项目概况 …: her words, whole
    if told or came or (words and _SOURCED.match(t)) or SOURCE_LEAD.match(t):
        r.act("chatter")                 # "小王说叫…", "老李说这么写：…": who said it is talk beside her answer
    clauses = [_unshield(c) for c in re.split(r"(?<=[？?])|[，,。！!；;\n（）()～~]+|…+|\s{1,}(?=\S{2,})", _shield(t)) if c.strip()]
    intro = q is None or F.group(q.field) not in ("unit", "department", "filler")
    if any(AS_BEFORE.fullmatch(plain(c) or c.strip()) for c in clauses) \
            or (clauses and all(LAST_YEARS.fullmatch(plain(c) or c.strip()) for c in clauses) and _empty(form, q)):
        r.act("dont_know")               # "照去年的填吧，都差不多": a source not given, no value of hers yet
        r.as_before = True
        clauses = [c for c in clauses if not (AS_BEFORE.fullmatch(plain(c) or c.strip()) or LAST_YEARS.fullmatch(plain(c) or c.strip())
                                              or SAME_AGAIN.fullmatch(plain(c) or c.strip()))]
        t = "，".join(clauses)
    looking = any(_LOOK.match(plain(c) or c.strip()) for c in clauses) and all(
        _LOOK.match(plain(c) or c.strip()) or (_CHATTER.match(plain(c) or c.strip()) or _FILLER.match(plain(c) or c.strip()))
        and not _YES.match(plain(c) or c.strip()) for c in clauses)   # only looking it up: "dd 我翻下方案" (beside a figure
    #                                 it is part of her hedge or answer; "好的，我再看看" is a delay, never a yes)
    if words and clauses and (_PASTE_SLIP.fullmatch(plain(clauses[0]) or clauses[0].strip())
                              or _SENDING.fullmatch(plain(clauses[0]) or clauses[0].strip())) and len(clauses) > 1:
        r.act("chatter")                 # "粘错了。…": her remark on the paste before, no words of her text
        clauses = clauses[1:]
        t = "，".join(clauses)
    if q is not None and q.proposal is not None and not {"dont_know", "question"} & set(r.acts) \
            and (said := _yes_with_talk(clauses, q)) is not None:
        r.yes = True                     # "科长瞅了一眼，说这段可以", "你拟的那段行，就用它，我看字费劲": a yes to
        r.act("confirm")                 # the offer, and talk beside it
        if said:
            r.act("chatter")
        return r
    pairs = [(c, "" if _CHATTER.match(plain(c) or c.strip()) or (intro and _INTRO.match(c.strip())) or (looking and _LOOK.match(plain(c) or c.strip()))
              or lexicon.clause_acts(plain(c) or c) == ["chatter"] else
              _after_talk(c, form, q) if _TALK.search(c) and not words else c if words else aside(c)) for c in clauses]
    if pairs and (all(not k or to_you(c) for c, k in pairs)
                  or (q is not None and F.kind(q.field) in ("text", "goals") and q.proposal is None
                      and leftover.talk_only("，".join(k for _, k in pairs if k), form))
                  or (q is not None and F.kind(q.field) == "goals"
                      and leftover.off_project("，".join(k for _, k in pairs if k), form, q.proposal))):
        pairs = [(c, "") for c, _ in pairs]    # "我先去开个会，换小何跟你弄", "妥否，请批示": talk only, nothing filed
        #                                        "不好意思，刚刚台里停电了…" to 必要性: none of it is her text
    kept = [k for _, k in pairs if k]
    if kept != clauses:       # what was taken away is chatter, unless it is only an interjection (哎呀, 啊这)
        gone = [c[:len(c) - len(k)] if k and c.endswith(k) else c[len(k):] if k and c.startswith(k) and len(clauses) == 1 else c
                for c, k in pairs if c != k]    # ("县农业农村局哈": a particle after her one answer, no talk; "…，申屠是复姓哈":
        #                                           a remark of its own beside the answer, talk)
        if any(g.strip() and not _FILLER.match(g.strip()) and not (kept and _ACK.match(g.strip()))
               and not (q is not None and q.field == "filler" and _I_FILL.fullmatch(g.strip())) for g in gone):
            r.act("chatter")
        t = "，".join(kept)
    if q is not None and (q.proposal is not None or q.kind == "goals"):
        said_no = _no_of(plain(t), q)
        t = said_no if said_no != plain(t) else t      # "中长期目标就不用了": a no to the offer, by its label
    if q is not None and q.proposal is not None:
        t = _yes_of(t, q)                # "年度目标用你这个", "长期目标也可以": a yes to the offer, by its label
        if not {"dont_know", "question"} & set(r.acts):
            t = _yes_in_clauses(t, q)    # "行，年度目标就这个", "你这个目标写得挺全，行" (not what is left of "还是不太懂")
    r.marked = F.is_correction(t)
    t = _named(t, form, r, whole=q is not None and F.kind(q.field) == "text" and q.kind == "field", asked=q.field if q is not None else "")
    t = _choice(t, q, r)
    t = refuse_offer(t, q, r)
    rest = plain(t, True).rstrip("。！!")
    if q is not None and q.kind == "confirm" and _REST_OK.search(r.text):
        r.yes = True                     # "…，其他都确认": the rest is confirmed
        r.act("confirm")
    if re.fullmatch(r"(?:哦|噢|诶|欸|啊)?对了", rest) and len(plain(r.text).strip("，,。！!？? ")) > len(rest):
        rest = ""                        # "对了，表上能用繁体吗？": "by the way" before what she asks, no yes
    rest = yes_but(rest, q, r)
    rest = _no_of(rest, q)
    yes = bool(re.search(r"[\u4e00-\u9fa5a-zA-Z]", rest)) and bool(
        _YES.match(rest) or (rest and _YES.match(t.strip("，,。！! "))) or (q is not None and q.proposal is not None and (A.is_accept(rest) or A.is_accept(t)
                                                                                  or (lexicon.message_acts(rest) == ["confirm"]
                                                                                      and not {"dont_know", "question"} & set(r.acts)))))
    if yes and r.named and q is not None and q.kind == "field" and q.proposal is None and not getattr(q, "choices", None):
        rest, yes = "", False            # "哦那行。项目名称是…": nothing was offered, her 行 only acknowledges; the value follows
    own = q is not None and q.proposal is not None and all(m.path == q.field for m in r.named)   # "不要这段，中长期写：…"
    if rest and (yes or (_NO.match(rest) and (not r.named or own and not yes))) and _answers_yes_no(q, rest):
        r.yes = yes
        r.act("confirm" if r.yes else "deny")
        rest = ""
    elif rest and _NO.match(re.split(r"[，,]", rest)[0]) and q is not None and not r.named and not r.marked \
            and (q.proposal is not None or q.kind in ("confirm", "fix", "goals")):
        r.yes = False
        r.act("deny")
        rest = after_no(rest)
    settles = re.search(r"(?:^|[，,。；;…\s])(?:那|那就|就|还是)?(?:算|当|按|写)(?:是|成|作)?(新增|延续)(?:吧|了|好了|算了)?[。！!]*$", rest) \
        if q is not None and F.kind(q.field) == "attribute" else None
    if settles and re.search(r"不是|不能说|也不算|说不好", rest[:settles.start()]):
        rest = settles.group(1)          # "不是新增，也不全是延续，…那就当延续吧": the one she settles on at the end
        r.acts[:] = [a for a in r.acts if a != "correction"]
        r.marked = False
    rest = fixed_in_place(rest)
    rest = rest if r.marked or re.search(r"刚才|刚刚|前面|上面|之前|先前", r.text) else _not_but(rest, form)
    if q is not None and F.kind(q.field) in ("items", "indicators") and (kept := not_that(rest)) != rest:
        rest = kept                      # "改造管网12公里不是15，…": in her list of rows or lines, the figure said stands
        r.act("correction")
    fix = list(_SELF_FIX.finditer(rest))
    inline = _INLINE_FIX.search(rest)
    if inline and q is not None and F.kind(q.field) in ("text", "items", "indicators"):   # (lines and rows: the name before stays)
        rest = rest[:inline.start()] + rest[inline.end():]   # "每人每月三千五，不对，是三千八": her text, fixed in place
        r.act("correction")
    elif fix and fix[-1].end() < len(rest) and re.search(r"\d|[一二两三四五六七八九十]", rest[fix[-1].end():]) \
            and _FIGURE.search(re.sub(r"[A-Za-z]+[\d.]+", "", rest[fix[-1].end():])):   # (PM10 is a name, no figure)
        rest = rest[fix[-1].end():]      # "差不多三十万吧，不对，是三十二万": what she settled on
        r.act("correction")
    elif q is not None and F.kind(q.field) == "attribute" and (said := list(_WORD_FIX.finditer(rest))) \
            and said[-1].end() < len(rest):
        rest = rest[said[-1].end():]     # "延续不是，是新增": what she settled on, never the word she took back
    exact = list(_EXACT.finditer(rest))
    settled = 0
    if exact and re.search(r"\d|[一二两三四五六七八九十]", rest[exact[-1].end():]):
        if q is not None and F.kind(q.field) == "text":
            settled = exact[-1].start()  # "…大概要花个二十来万，具体是18.6万" in 项目概况: her text stays whole
        else:                            # (the rough figure before the exact one is no hedge to ask about)
            rest = rest[exact[-1].end():]    # "不到36万，具体是35.6万": the exact figure after the rough one
    r.hedges = [h for h in hedges(rest[settled:]) if not any(h.text in (m.value or "") for m in r.named)
                and not (q is not None and q.field.startswith("indicators") and re.match(r"(?:最多|至多|不少于|不低于|至少|起码|最少)", h.text))
                and not (q is not None and F.kind(q.field) == "text" and re.search(r"(?:上|数|好几)\s*(?:[十百千万]|10)", h.text))]
    #   "来的人估摸着上万" in 项目概况: her wording, no figure said to ask about
    #   "补助最多0.5元" at an indicator: the row's upper bound (≤0.5元), no estimate
    words = q is not None and F.kind(q.field) == "text" and q.field != "overview"
    if any(h.path or not words for h in r.hedges):   # "1200余项" in a 必要性 text is her wording, not a figure to ask
        r.act("hedge")
    if q is not None and q.kind == "confirm" and not r.acts and not r.named and re.search(r"[？?]\s*$|[？?][^？?]{0,16}[吧吗嘛]\s*$", raw) \
            and not (r.marked or re.search(r"改成|改为|应该是|应为|不对|错了", raw)):
        r.act("question")                # "结转填在这里对吧？" at the final check: she asks, nothing to change
        rest = ""
    i = t0.find(rest) if rest else -1
    j = i + len(rest)
    while i >= 0 and j < len(raw) and raw[j] in "。！!":
        j += 1
    r.rest = raw[i:j] if i >= 0 else rest
    if r.doubt:
        r.rest = r.rest.strip("，,；; ")      # the comma the doubt stood behind is no part of her value
    return r


# "不是80%，是85%", "不是0536，是0356-…": what it is not, then what it is
_NOT_BUT = re.compile(r"(?:^|(?<=[，,\s])|(?<=[\u4e00-\u9fa5]{2}))不是\s*(?P<x>[^，,。；;\s]{1,15}?)\s*[，,]?\s*(?:而)?(?:应该)?是\s*(?=\S)")


def _not_but(rest: str, form: Any) -> str:
    """"学生常见病早发现率，不是80%，是85%": a figure denied that the form holds nowhere, with no word of something said
    before (刚才, 说错了), is no correction of an earlier answer — she heads off a misreading — so her answer is what follows 是 ("学生常见病早发现率，85%"); a value the
    form holds ("不是32所，是23所") is a correction, left to be read as one."""
    m = _NOT_BUT.search(rest)
    if not m or form is None or not _FIGURE.search(m.group("x")) or re.search(r"[今明去前后]年", m.group("x")):
        return rest                      # "哦不是今年，是明年的": a year the form holds as a date, left to the period
    x = re.sub(r"\s+", "", m.group("x"))
    head = re.split(r"[，,。；;\s]", rest[:m.start()])[-1]
    if len(re.findall(r"[\u4e00-\u9fa5]", head)) >= 2:   # "成活率不是90%，是95%": held only by the row she names
        held = [str(i.value) for i in form.indicators if head in i.name or i.name in head] + \
               [f"{b.amount:g}" for b in form.budget_items if b.amount is not None and (head in b.name or b.name in head)]
        if any(x.lstrip("≥≤=<>") in v for v in held):
            return rest
        return rest[:m.start()] + "是" + rest[m.end():]
    held = re.sub(r"\s+", "", str(form.to_json()))
    if x in held:
        return rest
    return rest[:m.start()] + rest[m.end():]


# a title in 《》 is one name: "《全国双拥模范城（县）考评标准》" keeps its brackets and commas when clauses are cut
_TITLE = re.compile(r"《[^《》]{1,80}》")
_SHIELD = str.maketrans({"（": "\ue000", "）": "\ue001", "(": "\ue002", ")": "\ue003", "，": "\ue004", ",": "\ue005", " ": "\ue006"})
_UNSHIELD = str.maketrans({v: chr(k) for k, v in _SHIELD.items()})


def _shield(t: str) -> str:
    return _TITLE.sub(lambda m: m.group(0).translate(_SHIELD), t)


def _unshield(c: str) -> str:
    return c.translate(_UNSHIELD)


_FILLING = re.compile(r"(?:那|那就)?(?:接着|继续|先|再|重新|马上)(?:来)?(?:填|写|弄|搞|说)(?:吧|了|啊|哈)?")     # "接着填"


def _talk_before(head: str) -> bool:
    """Whole clauses before a label that are all talk of hers: she speaks of herself or to the assistant (我, 你),
    or greets — no figure, nothing of the form ("省退役军人事务厅的通知，文号是…" is her text)."""
    if not re.search(r"[，,。！!；;…\s]\s*$", head) or re.search(r"\d", head):
        return False
    parts = [c for c in re.split(r"[，,。！!；;…\s]+", head) if c]
    return bool(parts) and all(re.search(r"我|你|您|咱|俺", c) or _CHATTER.match(plain(c) or c) or _FILLING.fullmatch(c)
                               or lexicon.clause_acts(plain(c) or c) == ["chatter"] for c in parts)


def _empty(form: Any, q: Any) -> bool:
    """The asked field holds nothing yet (no last year's form pasted to keep it from)."""
    if q is None or form is None:
        return False
    from .apply import get
    if q.field.startswith("indicators."):     # a category: none of its rows yet
        return not any(True for _ in form.indicators_in(q.field.split(".", 1)[1]))
    try:
        return get(form, q.field) in (None, "", [], ())
    except (AttributeError, KeyError, ValueError, IndexError):
        return False


def _after_talk(clause: str, form: Any = None, q: Any = None) -> str:
    """"领导说就叫重点优抚对象慰问金" → "就叫重点优抚对象慰问金": talk that introduces the answer leaves it;
    so does talk before a field named to change it ("哎呀前面筛查人数写错了"), and the yes or no she passes on
    ("科长说行", "他说中长期的不要了"); talk that is all there is ("以前叫体育场管理所哈") leaves nothing."""
    m = _TALK.search(clause)
    if m.start() > 0 and (re.fullmatch(r"[哈嘿]", m.group(0)) or re.fullmatch(r"哈哈|嘿嘿|呵呵", m.group(0))
                          and re.fullmatch(r"[哈嘿呵]*[~～!！。]*", clause[m.end():])
                          and q is not None and F.kind(q.field) in ("name", "org", "person")):
        return clause[:m.start()]        # "同上哈", "…补助哈哈": a particle or a laugh after the answer
    rest = clause[m.end():]
    if re.match(r"\s*(?:就叫|叫做|就是|应该是|写|填)", rest):
        return rest
    said = re.match(r"\s*(?:了)?\s*[：:]?\s*(?:是|为)?\s*", rest) if re.search(r"[说讲]$", m.group(0)) else None
    if said and _FIGURE.match(rest[said.end():]):
        return rest[said.end():]         # "科长说三十二万": who said it is talk, the figure she passes on is her answer
    if said and q is not None and q.field.startswith("indicators.") and re.search(r"\d", rest) \
            and re.match(r"[\u4e00-\u9fff]{2,}", rest[said.end():]):
        return rest[said.end():]         # "科长说培训人次按300人次写": the row she passes on, named with its figure
    word = rest[said.end():].strip("，,。！! ") if said else ""
    if word and q is not None and (q.proposal is not None or q.kind in ("confirm", "goals")) \
            and (_YES.match(word) or _NO.match(word) or _no_tail_of(word, q)):
        return word                      # "他说行", "科长说中长期的不要了": the verdict she passes on is her reply
    if q is not None and q.kind == "field" and any(m.path == q.field for m in F.mentions(rest, form)):
        return rest                      # "科长说项目名称就叫…": the asked field, named with its value, is her answer
    slip = re.search(r"[说写看搞记填弄打输抄听整算数]错|错了|不对|更正", rest)   # "哎呀那个学生的钱我看错行了"
    return rest if F.is_correction(rest) and (slip or F.mentions(rest, form)) else ""


_ROW_LINE = re.compile(r"\s*(?:(?:产出|效益|满意度|成本|数量|质量|时效|社会效益|经济效益|生态效益|可持续影响|服务对象满意度)指标\s*[\t:：、]\s*)+")


# "上一个是主管部门吧，县水利局": which field the question before was, then her answer to it — no going back
_PREV_WAS = re.compile(r"^(?:上一个|上一题|上一项|上个|上一个问题|上个问题|刚才那个|刚才那题|前面那个|刚才问的|上一个问的)(?:问题|问的)?"
                       r"(?:是|问的是|说的是)(?P<label>[\u4e00-\u9fa5]{2,8}?)(?:吧|吗|啊|哈|嘛|对吧|是吧|对不对)?[？?]?[，,。；;\s]+(?P<val>\S.*)$")


def _prev_was(text: str) -> str:
    """"上一个是主管部门吧，县水利局" → "主管部门：县水利局": she says which question her answer is for (a field's
    label), so the answer goes there; the question on screen is not left."""
    m = _PREV_WAS.match(text)
    if not m or m.group("label") not in {w for w, _ in F._words()}:
        return text
    return f"{m.group('label')}：{m.group('val')}"


def _other_field(skips: list[str], asked: str) -> str:
    """The one field other than the asked one (and not of its group) that every skipping clause opens with by its
    label ("电话不便提供" asked for the 负责人), else ""."""
    if not asked or asked not in F.specs():
        return ""
    found = set()
    for c in skips:
        w = next(((w, ps) for w, ps in F._words() if c.startswith(w)), None)
        if w is None or len(w[1]) != 1 or w[1][0] == asked:
            return ""
        path = w[1][0]
        if F.kind(path) == "phone" and F.kind(asked) == "person":    # "电话不便提供" asked for a head: that head's phone
            path = next((p for p in F.specs() if F.kind(p) == "phone" and F.group(p) == asked), "")
            if not path:
                return ""
        found.add(path)
    return found.pop() if len(found) == 1 else ""


def _beyond_skip(p: str, skips: list[str], form: Any, asked: str) -> list[F.Mention]:
    """The fields labelled after the clauses that skip the asked question ("科目这个不填，属性是延续",
    "依据不方便写，内部文件。必要性是：…"): each with its value; none when a label is the asked field's own
    (then the words after the skip are hers for it) or when nothing follows the skip."""
    last = max(p.rfind(c) + len(c) for c in skips)
    if p.find(skips[0]) != 0 or last >= len(p):
        return []
    ms = [m for m in F.mentions(p[last:], form) if m.value.strip("，,。；; ")]
    if not ms or any(m.path == asked or asked and m.path.startswith(asked + ".") for m in ms):
        return []
    return ms if all(m.path in F.specs() for m in ms) else []


_DELETE_OUTPUTS = re.compile(r"(?:请|帮我)?(?:把|将)?(?:删掉|删除|去掉)(?:所有|全部)?的?产出指标(?:全部|都)?|(?:把|将)?(?:所有|全部)?的?产出指标(?:全部|都)?(?:删掉|删除|去掉)(?:吧)?")


def _named(t: str, form: Any, r: Reading, whole: bool = False, asked: str = "") -> str:
    """Fields the message names (fields.mentions): kept in ``r.named``; their text leaves the rest —
    except in a text answer (``whole``: 项目概况 …), which stays whole unless it opens with a correction."""
    out = _DELETE_OUTPUTS.fullmatch(t.strip("，,。！! "))
    if out:                    # "删掉产出指标": a 一级 heading of rows, no word of the lexicon (it heads pasted rows)
        r.deletes.append("indicators.产出指标")
        return ""
    ms = [m for m in F.mentions(t, form) if not _ROW_LINE.match(t[t.rfind("\n", 0, m.start) + 1:m.start])]
    if asked == "budget_items" and ms and ms[0].paths == ("funding.total",) and form.funding.total is not None:
        said = A.amounts(A.prep(ms[0].value))          # "总共80万，其中…" at 预算明细: the total she has, before the lines
        if said and abs(said[0][2] - form.funding.total) < 0.005 and re.match(r"\s*[\d.]+\s*(?:万元|万|元)?\s*[,，;；]\s*\S", A.prep(ms[0].value)):
            ms = ms[1:]
    if asked == "budget_items" and len(re.findall(r"\d\s*(?:万元|万|元)", t)) >= 2:
        ms = [m for m in ms if not m.path.startswith("fact.")]   # "补贴186人，每人每月300元，共66.96万；…": how a line is
        #                                                          reckoned, inside her list of lines, no fact of its own
    if asked.startswith("indicators"):   # "完成时间：12月底前" at 时效指标: the row's name, not the project's end
        ms = [m for m in ms if not re.fullmatch(r"(?:完成|完工|竣工|开工)(?:时间|日期)", m.word)]
    if asked == "indicators.时效指标":    # "2，但时间改成11月底前" at 时效指标: the row's time, not the project's period
        ms = [m for m in ms if m.word not in ("时间", "日期", "期限", "时限")]
    if asked in F.specs():     # "年度就是完成…" at 年度目标: the asked field's own word opening her answer, not 预算年度
        ms = [m for m in ms if not (m.start <= 2 and not m.marked and m.path != asked and F.label(asked).startswith(m.word))]
    tiers = {m.path for m in ms if m.path.startswith("fact.") and not m.marked
             and len({x.value.strip("，,。；; ") for x in ms if x.path == m.path}) > 1}
    ms = [m for m in ms if m.path not in tiers]    # "…1720人，每人每月80元；…2240人，每人每月100元": two tiers, no one rate
    if not ms:                 # "时效指标\t完成时间\t…": a word inside an indicator row names no field of the form
        return t
    scalar = F.kind(ms[0].path) in ("person", "phone", "name", "org", "code", "year", "date", "attribute", "period", "month")
    talk = _talk_head(t[:ms[0].start], form)        # "领导回我了，主管部门写县人武部": talk, then the label
    # "删掉验收合格率" under a goal's question: a command on another field, never the goal's text
    command = bool(re.fullmatch(r"[，,。：:\s]*(?:请|帮我|麻烦)?(?:把|将)?\s*" + _DELETE.pattern + r"?\s*(?:所有|全部)?(?:的)?\s*", t[:ms[0].start])) \
        and bool(_DELETE.search(t[max(0, ms[0].start - 4):ms[0].start] + t[ms[0].end:ms[0].end + 6]))   # "…这一条删掉"
    opens = command or (ms[0].marked or (scalar and ms[0].start - talk <= 2)) and re.fullmatch(r"[，,。：:\s]*(?:(?:不对|[说写搞填弄打记看抄]?错了|刚才|刚刚|等一下|还有|另外|改一下|更正一下|麻烦|请|帮我|你|再|哎|诶|欸|唉|呃|噢|哦|嗯|就是|只是|但是|不过|只有|只|(?:今年|明年|这次|本次|这回|新一年)度?的)[，,。：:\s]*)*(?:把|将)?",
                                          t[talk:ms[0].start])
    # "立项依据：《…》" / "依据是《…》" at 必要性: a text answer that opens with another text field's label and its colon
    # or 是 names that field — never the asked one's words ("依据《条例》，…" without them is her sentence)
    opens = opens or bool(whole and ms[0].path != asked and F.kind(ms[0].path) in ("text", "goals") and ms[0].start - talk <= 1
                          and re.match(r"\s*(?:[：:]|(?:就|也)?是(?![否不])|为(?![了何什]))", t[ms[0].end:]))
    # "老人满意度是100%" at 立项依据: the whole message a row's printed name and its figure — that row, not the text
    opens = opens or bool(whole and len(ms) == 1 and ms[0].path.startswith(("indicators:", "budget_items["))
                          and ms[0].start == talk == 0 and F.OWN_RESTATED.fullmatch(t[ms[0].end:]))
    if opens and talk:
        r.act("chatter")
        t, ms = t[talk:], F.mentions(t[talk:], form)
    if _reading_lead(t[:ms[0].start]) and (not whole or _all_labelled(t[ms[0].start:], ms)):
        r.act("chatter")         # "我照着表念，先念这一栏：主管部门…，实施单位…": her words about what she reads out
        r.named = ms             # next, no value of the asked field unless named (nor her text)
        return ""
    if whole and not opens and ms[0].path == asked and ms[0].start > 0 and _talk_before(t[:ms[0].start]):
        r.act("chatter")         # "你好，我是小何，接着填。依据是《…》": her text begins at its own label; the
        t = t[ms[0].start:]      # whole clauses before it are talk, never part of the text
        ms = F.mentions(t, form)
    if whole and not opens:      # her text stays whole; the facts in it (人数, 钱) are read as well
        r.named = [m for m in ms if m.path.startswith(("fact.", "funding."))]
        return t
    keep = t
    for m in reversed(ms):
        pre = t[max(0, m.start - 4):m.start]
        if _DELETE.search(pre) or _DELETE.search(t[m.end:m.end + 6]) and not re.search(r"[，,。；;]", t[m.end:m.end + 6].split("删")[0]):
            category = m.path == "indicators" and m.word not in ("绩效指标", "三级指标", "指标")
            r.deletes.append(f"indicators.{m.word}" if category else m.path)    # "删掉成本指标": the rows of that category
            continue
        r.named.insert(0, m)
    r.extra = "。".join(m.after for m in ms if m.after)
    first = ms[0].start
    head = t[:first]
    head = re.sub(r"(?:(?:[\u4e00-\u9fa5]{1,5}兼|(?:刚才|刚刚|之前|前面|上面|先前)?(?:跳过|空着|没填|漏填|漏掉|漏了|没写|空下|留空)了?的|哦?对了|噢?对了|哦|噢|诶|欸|呃|嗯|哎|唉|那个|这个|俺|咱|另外|还有|以及|再有|补上|补充|补一下|的|改一下|更正一下|修改一下|不对|[打写搞填弄说贴]?错了|刚才|刚刚|前面|上面|之前|前边|上边|先前|我|把|将|删掉|删除|去掉|所有的?|全部的?|应该是|应是|应为|是)[，,：:\s]*)+$",
                  "", head)
    keep = head.strip("，,：: ")
    if _SOURCED.fullmatch(t[:first].strip()) or re.fullmatch(r"[^：:\d\n]{2,20}[：:][ \t]*\n\s*", t[:first]):
        r.act("chatter")                 # "评审报告刚到，贴一下：" / "结果发来了：⏎" before the labelled facts: her words
        #                                  about the paste on its own line
        keep = ""
    glued = re.search(r"[\u4e00-\u9fa5]{2,6}$", keep)
    if glued and glued.start() == 0 and keep == t[:first] and r.named and F.kind(r.named[0].path) == "count" \
            and not re.search(r"的$|[说写填讲问我你他]|刚|上面|前面|之前|上边|前边", keep):
        r.qualifier[r.named[0].path] = keep      # "容纳人数也改一下": a row's count, not the asked field's answer
        keep = ""
    if r.deletes:
        keep = _DELETE.sub("", keep)
    return keep


# "我填的，马思远" asked who fills the form: that she is the one, beside her name — no talk
_I_FILL = re.compile(r"(?:是)?(?:我|俺)(?:来)?填(?:的|表)?(?:吧|啊)?")


# her words before a colon about what she reads, copies or sends next ("我照着纸质表念，先念右上角那栏：", "下一行是资金，我先
#念资金："): no figure, no label of the form (the first label follows the colon), and she speaks of herself or of reading
_READING_LEAD = re.compile(r"[^：:\d\n《》“”\"]{2,30}[：:]\s*")
_READING_WORD = re.compile(r"念|读|抄|照着|翻过来|下一行|下面|以下|如下|先说|先报|不一样的|不同的|改的|变的|变化|几处")   # (the changes she lists next)


def _reading_lead(head: str) -> bool:
    return bool(_READING_LEAD.fullmatch(head)) and bool(_READING_WORD.search(head))


def _all_labelled(tail: str, ms: list) -> bool:
    """Nothing of ``tail`` is left once the labels and their values are taken out: every clause is a labelled value."""
    left = tail
    for m in ms:
        left = left.replace(m.word, "", 1).replace(m.value.strip(), "", 1) if m.value.strip() else left.replace(m.word, "", 1)
    return not re.sub(r"[，,。；;：:、\s是为]|改成|改为|换成|也|改(?=[，,。；;：:、\s]|$)", "", left)


# an English word a reader knows ("new" for 项目属性): a word, not keys pressed at random
_WORD_EN = re.compile(r"\s*(?:new|ongoing|continuing|continued)(?: project)?\s*", re.I)


# "今年的跟去年差不多" before the changes she names: a remark, the changes are what she says
_LIKE_LAST_YEAR = re.compile(LAST_YEARS.pattern + r"(?:" + SAME_AGAIN.pattern + r")?")


def _talk_head(head: str, form: Any) -> int:
    """How much of the text before the first label is whole clauses of talk (whom she asked, what they said)."""
    cut = max((head.rfind(c) for c in "，,。；;！!"), default=-1) + 1
    clauses = [c for c in re.split(r"[，,。；;！!]+", head[:cut]) if c.strip()]
    if not clauses or not all(_CHATTER.match(plain(c) or c) or _INTRO.match(c.strip()) or _LIKE_LAST_YEAR.fullmatch(plain(c) or c)
                              or lexicon.clause_acts(plain(c) or c) == ["chatter"]
                              or (_TALK.search(c) and not _after_talk(c, form)) for c in clauses):
        return 0
    return cut


def _choice(t: str, q: Any, r: Reading) -> str:
    if q is None:
        return t
    n = len(getattr(q, "choices", []) or [])
    p = plain(t)
    if n and q.field.startswith("indicators."):     # "满意度这项就用你给的2": the asked category named, then the pick
        p = re.sub(r"^" + re.escape(q.field.split(".", 1)[1].replace("指标", "")) + r"(?:指标)?(?:那个|这个|那条|这条|那项|这项|的话)\s*", "", p)
    if n and re.fullmatch(r"(?:全部|都要|全选|都可以|全都要|都行|全要|全部都要)(?:吧|了)?", p):
        r.picks = list(range(1, n + 1))  # "都要": every option
        r.act("choice")
        return ""
    every = re.match(r"^(?:这)?(两|俩|三|四|五)个(?:都要|全要|都选上?|都用)(?:吧|了)?[，,。；;]\s*(?=\S)", p)
    if n and every and {"两": 2, "俩": 2, "三": 3, "四": 4, "五": 5}[every.group(1)] == n:
        r.picks = list(range(1, n + 1))  # "两个都要，再加一个：…": every option of the two, and her own row
        r.act("choice")
        return p[every.end():]
    if n and NONE_OF.fullmatch(p):
        r.act("deny")                    # "都不要": none of the options; her own rows or 跳过 are asked for
        return ""
    some = some_of(p, n)
    if some is not None:             # "前两个", "除了第2个都要"; "前五个" of four options: asked again, no row made of it
        r.picks = some
        r.act("choice" if some else "unclear")
        return ""
    p = OWN_VALUE.sub(r"\1，", p)        # "第三个，数值改成≥800批次": the pick, with her value
    m = _PICK.match(p)
    if m and n:
        nums = [int(x) if x.isdigit() else int(A.to_number(x) or 0)
                for x in re.findall(r"\d{1,2}|[一二三四五六七八九十]", m.group(1))]
        if nums and all(1 <= k <= n for k in nums):
            r.picks = nums
            r.act("choice")
            return p[m.end():].strip("，,。 ")
    a = _ADOPT.search(p)
    if a and not n and q.proposal is None and not plain(p[:a.start()] + p[a.end():]).strip("，,。 填写吧"):
        r.adopt = True                   # "按你推荐的" with nothing recommended: asked again, nothing taken
        return ""
    if a and (n or q.proposal is not None):
        r.adopt = True
        r.act("confirm" if q.proposal is not None else "choice")   # the proposal: a yes; the only example: a pick
        if q.proposal is not None:
            r.yes = True
        return (p[:a.start()] + p[a.end():]).strip("，,。 ")
    return t


_NO_TAIL = re.compile(r"(不要|不用|不需要|不采用)(?:了|吧|啊|哈|啦|呢|哦|呀|哒|喔|噢)*$")


def _no_of(rest: str, q: Any = None) -> str:
    """"长期的也不要了", "这段就不用了": a no said of the thing offered, named by fillers and the asked field's
    words only (acts.yaml, fields.yaml), is the no itself; a clause with any word of content ("审核服务费不要了")
    or another field's label stays as it is. To a proposal the no may come first ("不要长期的") or be said of
    how the offer is written ("不用写这么长，不要"): every clause a no of the offer, the whole is the no."""
    if q is not None and q.proposal is not None:
        clauses = [c for c in re.split(r"[，,。；;！!\s]+", rest) if c]
        if clauses and all(_of_offer(c, q) or _only_asked(c, q) for c in clauses) and any(_NO_LEAD.match(c) or _NO.match(c) or _no_tail_of(c, q)
                                                                                         or _NONE_LEAD.match(c) and _of_offer(c, q)
                                                                     for c in clauses):
            return "不要"
        no = [k for k in (0, len(clauses) - 1) if len(clauses) > 1 and (_no_tail_of(clauses[k], q) or _NO_LEAD.fullmatch(clauses[k])
                                                                        or (_NO.match(clauses[k]) and not _NO.fullmatch(rest)))]
        why = [c for k, c in enumerate(clauses) if k not in no[:1]]
        if no and all(not re.search(r"\d|[零〇一二两三四五六七八九十百千万]{2,}|百分之", c) and not re.search(r"[：:]", c) and not F.is_correction(c)
                      and not any(m.path != q.field for m in F.mentions(c)) for c in why):
            return "不要"                # "换届是一次性的，长期目标不用": a no to the offer, and why
    m = _NO_TAIL.search(rest)
    if not m or m.start() == 0:
        return rest
    head = rest[:m.start()]
    if not _only_asked(head, q):
        return rest
    return m.group(1)


def _yes_of(t: str, q: Any) -> str:
    """The asked field's own label, then only words of a yes (acts.yaml): the yes to what is offered,
    never a text stored under the label. So is a message whose every clause is a yes, a word of praise for what is
    offered, or the offer pointed at, with the asked field's label (or that label one character off, as a phone
    types it) at most: "行，年度目标就这个", "年度目标就按你给的", "你这个年度目标写得挺全，行", "你写的那个可以 就是它了"."""
    for p in dict.fromkeys((plain(t), t.strip("，,。！!～~ "))):    # "年度目标就这样": 就这样 is her yes, not a tail
        for word, paths in F._words():
            if q.field in paths and p.startswith(word) and p[len(word):].strip("，,。！! "):
                if lexicon.message_acts(p[len(word):].strip("，,。！! ")) == ["confirm"]:
                    return "好"
                break
    return t


def _yes_in_clauses(t: str, q: Any) -> str:
    """"好" when every clause of ``t`` is a yes, praise of the offer or the offer pointed at (one a yes), else ``t``."""
    clauses = [c for c in re.split(r"[，,。！!；;～~\s]+", t) if c]
    if clauses and all(_yes_clause(c, q) is not None for c in clauses) and any(_yes_clause(c, q) for c in clauses):
        return "好"
    return t


# praise of what is offered: "写得挺全", "写得很清楚", "挺全的"
_PRAISE = re.compile(r"(?:写|拟|弄|整)?得?(?:挺|很|蛮|还|真|比较|非常|特别)?(?:全|全面|清楚|详细|到位|好|不错|周全|细)(?:的|了|啊|呀)?")
_POINT = re.compile(r"^(?:你|您)?(?:写|拟|给|列|起草)?的?(?:这个|那个|这段|那段|这条|这版)?")


def _yes_clause(c: str, q: Any) -> bool | None:
    """True: a yes to the offer; False: only the offer or its label pointed at, or praise of it; None: anything else."""
    c = _POINT.sub("", c)
    for word, paths in F._words():
        if q.field in paths and len(word) >= 4:
            head = c[:len(word)]
            if head == word or (len(head) == len(word) and sum(a != b for a, b in zip(head, word)) == 1):
                c = _POINT.sub("", c[len(word):])      # "年度木标用你的": the label as a phone types it
                break
    c = c.strip()
    if not c or _PRAISE.fullmatch(c):
        return False
    if _YES.match(c) or _ADOPT.fullmatch(c) or lexicon.message_acts(c) == ["confirm"]:
        return True
    return None


# the offer pointed at as the assistant's: "你写的那段", "你这段", "你写的里面"
_OFFER_REF = re.compile(r"(?:你|您)(?:写|拟|给|起草|弄)的(?:这段|那段|这个|那个|这版|这条|那条|里面|)|(?:你|您)(?:这段|那段|这个|那个|这版)")
_OFFER_OK = re.compile(r"(?:写得|写的)?(?:挺|很|蛮|还|真)?(?:行|可以|好|不错|没问题)(?:了|吧|啊|呀|哈|的)*$")
_OFFER_NOT = re.compile(r"不(?!错|好意思)|别|没(?!问题|毛病)|重写|旧|(?<!不)错|改|换|少了|多了")


def _yes_with_talk(clauses: list[str], q: Any) -> bool | None:
    """A yes to the offer among clauses of talk (True: talk beside it; False: nothing but the yes; None: no such yes): every
    clause is a yes (a yes-word, the offer taken, or the offer pointed at and called good: "说这段可以") or a remark
    with no figure, no colon, no title and no refusal; the offer is named or taken in one of them."""
    cs = [re.sub(r"不是不(?=行|可以|好|能用|对)", "", plain(c) or c.strip()) for c in clauses if c.strip()]   # "不是不行": 行
    if not cs or sum(map(len, cs)) > 60 or any(re.search(r"\d|[：:《》]|[零一二两三四五六七八九十百千万]{2}", c) for c in cs):
        return None
    yes, talk = [], []
    for c in cs:
        if _YES.fullmatch(c) or "confirm" in (lexicon.clause_acts(c) or []) or A.is_accept(c) \
                or re.fullmatch(r"(?:我|俺|咱)?(?:看|觉得|觉着|瞅着)(?:着)?(?:挺|很|还|蛮)?(?:中|行|可以|好|要得|不错|成)(?:了|吧|啊|哈)*", c):
            yes.append(c)                # "板扎", "俺看中", "成": a yes of her own words, no talk
            continue
        strict = _yes_clause(c, q)
        ref = _OFFER_REF.search(c)
        if strict or (ref and _OFFER_OK.search(c[ref.end():]) and not _OFFER_NOT.search(c)):
            yes.append(c)
            if not strict:
                talk.append(c) if strict is None and not _OFFER_OK.fullmatch(c[ref.end():]) else None
        elif strict is False:
            continue                     # the offer pointed at, or praised: no talk
        elif _NO.match(c) or (ref and _OFFER_NOT.search(c)):
            return None
        else:
            talk.append(c)
    if not yes or not any(_OFFER_REF.search(c) or re.search(r"用", c) for c in yes):
        return None
    if talk and not any(_TALK_OF.search(c) for c in talk):
        return None                      # no clause speaks of her, a person or a word of the offer: left to the rest
    return bool(talk)


# what marks a clause beside the yes as a remark: she, a colleague, a superior, looking at it, a word of the offer
_TALK_OF = re.compile(r"我|俺|咱|主任|领导|局长|科长|股长|所长|站长|校长|书记|同事|看了|看过|眼睛|打字|手机|里面|这个词|几个字|这句|顺|"
                      r"(?:你|您)(?:写|拟)|写得|(?:太|有点|有些|稍微?)(?:长|啰嗦|罗嗦|多)|长了点")   # how the offer is written


_NO_LEAD = re.compile(r"^(?:那|那就|就|还是)?(?:不要|不用|不需要|不采用)(?:了)?")
# how the offer is written, said in a no: "写这么长", "太啰嗦了", "这么多"
_HOW_WRITTEN = re.compile(r"(?:你|您)?(?:写|弄|搞|拟)?(?:得|的)?(?:这么|那么|太|很|有点|有些)(?:长|多|细|啰嗦|罗嗦|复杂|繁琐|虚|空)(?:了|啊|吧)*")


def _no_tail_of(c: str, q: Any) -> bool:
    """"目标不要了", "这段不用了": the offer, named by the asked field's words or fillers, then the no."""
    m = _NO_TAIL.search(c)
    return bool(m) and m.start() > 0 and _only_asked(c[:m.start()], q)


def _only_asked(words: str, q: Any) -> bool:
    """Fillers and the asked field's own words only ("长期的", "这段"): no content of her own, no other label."""
    words = _POINTED.sub("", re.sub(r"[，,。！!～~\s]+", "", words))   # "你写的中长期": the offer pointed at, nothing of hers
    if not words:
        return True
    acts = lexicon._segment(words.lower())
    if acts is None or any(acts):
        return False
    asked = q.field if q is not None else ""
    return not any(x.path != asked for x in F.mentions(words))


# the offer pointed at as hers to take or leave: "你写的", "你拟的这个", "您给的那段"
_POINTED = re.compile(r"(?:你|您)(?:写|拟|给|说|推荐|生成|弄|提|列|起草)的(?=.)")


def _of_offer(c: str, q: Any) -> bool:
    """A clause that only refuses the offer or says how it is written: "不要", "不要长期的", "不用写这么长",
    "这段目标太空了" (the offer, named by the asked field's words or fillers, then how it is written)."""
    if _NO.match(c) or _HOW_WRITTEN.fullmatch(c) or _no_tail_of(c, q):
        return True
    how = _HOW_WRITTEN.search(c)
    if how and how.end() == len(c) and how.start() > 0 and _only_asked(c[:how.start()], q):
        return True
    none = _NONE_LEAD.match(c)
    if none and c[none.end():] and _only_asked(c[none.end():], q):
        return True                      # "没有中长期的", "没有长期目标": no such text, to the one drafted for it
    m = _NO_LEAD.match(c)
    if not m:
        return False
    obj = c[m.end():]
    return not obj or bool(_HOW_WRITTEN.fullmatch(obj)) or _only_asked(obj, q)


# "没有…" said of the offer by the asked field's own words: "没有中长期的", "木有长期目标" (never "没有" alone: an answer)
_NONE_LEAD = re.compile(r"^(?:那|就|也|还是|我们|俺们|这个项目)?(?:没有|木有|冇得?|莫得|没得|无)(?:啥|什么)?(?=.)")


def _answers_yes_no(q: Any, rest: str) -> bool:
    """是/不是 is a reply only to a proposal, a fix, the final check or choices; "没有" stays an answer."""
    if q is None:
        return True
    if rest in ("没有", "无", "没"):
        return False
    return q.proposal is not None or q.kind in ("confirm", "fix", "goals", "rows") or bool(getattr(q, "choices", None)) \
        or _YES.match(rest) is not None or _NO.match(rest) is not None


__all__ = ["ACTS", "Reading", "read"]
