"""What every value reader shares (readers.py, whom.py): the result of a reading, the answers that are
no value, the titles of people, and a field's label and her lead-in taken off the value. Pure."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from . import fields as F
from .answers import Fill
from .restore import RESTORE
from .speech import Hedge

# "上面都说了", "前面说过了啊", "刚才不是讲了吗": a pointer at her earlier messages, no value of its own (the field
# is asked again, never filled with these words: "项目概况：上面都说了", a budget line 「上面说了」 135万元)
POINTER = (r"(?:(?:我|都|已经|不是)*(?:在)?(?:上面|前面|刚才|刚刚|之前|开头|一开始|最开始|头一句|第一句)(?:都|已经|我|也|不是|就)*"
           r"(?:说|讲|提|写|发|给|告诉你|告诉过你)(?:过|了|到|清楚|出来)*(?:的|啊|呀|嘛|呢|吧|吗|哈)*|"
           r"(?:就|也|都)?(?:按|照|按照|用|参照)(?:我)?(?:上面|前面|刚才|刚刚|开头|最开始)(?:那段|那一段|那些|那几句|那句|的那段|的)(?:话)?"
           r"(?:来)?(?:写|填|弄)?(?:就行|就好|就可以)?(?:的|啊|呀|吧|哈)*)")
NON_ANSWER = re.compile(r"^(?:没有|没|无|暂无|没有的?|不知道|不清楚|待定|见附件|同上|略|没有文件|没文件|没有依据|没有正式文件|"
                        r"没啥|没什么|不需要|无依据|不太清楚|没想好|还没想好|以后再说|随便|都行|一样|"
                        r"(?:按|是|就是)?(?:上级|上面|领导|局里|省里|市里)?(?:的)?(?:要求|安排|布置)(?:的|做的|办的)?|" + POINTER + "|"
                        + RESTORE + r")$")
# what may follow a "没有文件": why there is none ("我没找到", "一直都没有", "上面没发"): no value of its own
_WHY_NONE = re.compile(r"^(?:我|我们|俺|咱|上面|上级|局里|领导)?(?:也|都|一直|从来|好像|暂时|还)*(?:没|不|未|无)[\u4e00-\u9fa5]{0,6}$")


def no_such(text: str) -> bool:
    """A non-answer ("没有文件", "没有") said with its reason beside it ("没有文件吧，我没找到", "没有，上面一直没发"):
    the first clause a non-answer, every other clause a short negative about why; never a clause of content."""
    from .speech import plain
    parts = [plain(c) for c in re.split(r"[，,。；;！!\s]+", text) if c.strip()]
    if not parts or not NON_ANSWER.match(parts[0]):
        return False
    return all(_WHY_NONE.match(c) for c in parts[1:])


_SENTENCE = re.compile(r"[我你咱您]|？|\?|吗$|想要|打算|怎么|什么|为什么|可以吗|能不能|有没有|不知道|请问|"
                       # a remark that judges something ("格式有点乱", "字太小了", "表挺复杂的"): a degree word and
                       # its adjective end a clause, never a name
                       r"(?:有点儿?|有些|有一点|太|挺|蛮|贼|怪|很|比较|特别|非常|超级?)(?:不)?"
                       r"(?:乱|难|难弄|难填|复杂|麻烦|长|短|小|大|多|少|忙|累|慢|快|差|怪|奇怪|糊|模糊|清楚|整齐|好看|难看)"
                       r"(?:了|啊|呀|吧|哈|的|呢|哦|啦)*$")
NAME_END = r"(?:经费|项目|资金|补助|补贴|工程|专项|计划|行动|服务|建设|采购|购置|维修|改造|培训|运维|活动|补偿|保障金|奖补|奖励|费用|费|工作)"
_TITLES = (r"(?:副?局长|副?主任|副?科长|副?股长|副?检察长|副?处长|副?校长|副?院长|副?站长|副?书记(?!员)|副?部长|副?所长|副?馆长|副?县长|副?市长|副?区长|"
           r"副?镇长|副?乡长|副?旗长|副?队长|副?组长|副?社长|副?会长|副?理事长|秘书长|经理|会计|同志|老师|师傅|先生|女士|"
           r"副?主席|副?厂长|副?场长|副?园长|副?行长|副?台长|副?庭长|董事长|总经理|"
           r"副?苏木达|副?嘎查达|(?:村|党)?支书|副?村长)")      # (the heads of a 苏木 and a 嘎查 on the Inner Mongolian border)


@dataclass
class Got:
    fills: list[Fill] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)
    miss: str = ""                      # why nothing was read: sentence | non_answer | no_value | no_year | hedge | need_name | is_me
    hedges: list[Hedge] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)   # readings said back ("“今年”按2020年理解")
    readings: tuple[str, ...] = ()      # two ways to read her words, nothing to choose between (miss "two_readings")

    def add(self, path: str, value: Any, detail: str) -> None:
        self.fills.append(Fill(path, value, detail=detail, primary=True))

    @classmethod
    def one(cls, path: str, value: Any, detail: str) -> "Got":
        """The value read for ``path``, or nothing read (no_value) when it is empty."""
        got = cls()
        if value:
            got.add(path, value, detail)
        else:
            got.miss = "no_value"
        return got


def strip_label(path: str, t: str) -> str:
    """'项目名称是…', '立项依据：…', '年度目标：…' → the value."""
    s = F.spec(path)
    words = sorted((s.words if s else ()), key=len, reverse=True)
    if words:
        t = re.sub(r"^(?:" + "|".join(map(re.escape, words)) + r")\s*(?:的话|这块|这项|这一项|部分)?[，,\s]*(?:的?(?:" + F.VERB + r"))?\s*[：:]?\s*", "", t)
    return _WRITE_LEAD.sub("", t).strip()


# "就写…", "那就写：…", "我们填…": how she says what to write, not what is written
_WRITE_LEAD = re.compile(r"^[，,：:\s]*(?:(?:那就|那|就|我们就?|咱们?就?|可以)(?:写成|写的是|写上|写|填成|填上|填)(?![写填])\s*[：:，,]?"
                         r"|(?:写成|写的是|写上|填成|填上)\s*[：:，,]?|[写填]\s*[：:])\s*(?=\S)")
