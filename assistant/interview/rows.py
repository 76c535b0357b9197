"""Indicator answers into rows: "名称 指标值" pairs, numbered picks, and plain sentences. Pure.

    read_rows("社会效益指标：信访事项按期办结率 ≥95%", "效益指标", [])
    # Rows(rows=[(row(社会效益指标, 信访事项按期办结率, ≥95%), True)], built=False)
    read_rows("保证12个人全年在岗，工资每月按时发，群众满意度95%以上", "数量指标", [])
    # Rows(built=True): 数量指标「全年在岗人数」=12人, 时效指标「工资每月按时发放」按时完成, 满意度指标「群众满意度」≥90%…
      shown for confirmation because the names were built from her sentence, not written by her.

A 一级/二级 name (产出指标, 社会效益指标 …) is never a 三级 name: at the head of an answer it says
which category the rows belong to; a row whose name is only such a word is dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import LEVEL1, LEVEL2
from . import answers as A
from .choices import CATEGORIES, OVER, Choice, level2_for, norm_value, parse_choice, spoken_numbers, split_indicator
from .blocks import glue_cells
from .guard import EACH_ONLY
from .deadline import DEEDS, DUE, VERB_NOUN, deadline_row, deed, due_value, spoken_due
from .derive import row

_LEVEL_WORDS = sorted({*LEVEL1, *LEVEL2, "满意度指标", "效益指标", "产出", "效益", "成本", "满意度",
                       "数量", "质量", "时效", "社会效益", "经济效益", "生态效益", "可持续影响", "服务对象满意度",
                       "三级指标", "二级指标", "一级指标", "指标"}, key=len, reverse=True)
_HEAD = re.compile(r"^\s*(?:(?:" + "|".join(map(re.escape, _LEVEL_WORDS)) + r")\s*[:：、\-—]?\s*)+")
# the words before her row that say she writes it, after the category she means or none: "社会效益写：", "可持续那个：",
# "这张表效益写的是：", "写一条：" (the colon ends them; a category alone before the colon is left to _HEAD)
_CAT_WORDS = "|".join(map(re.escape, [w for w in _LEVEL_WORDS if "指标" not in w] + ["可持续"]))
_WRITE_LEAD = re.compile(r"^\s*(?:这张表|表上|表里|那就|那|就)?(?:的)?(?P<cat>" + _CAT_WORDS + r")?(?:指标)?"
                         r"(?:(?:那个|这个|这块|那块|这条|那条|的话|的)?(?:就|也|要)?(?:写|填)(?:的是|[一1][条个]|成|上|的)?"
                         r"|(?<=[\u4e00-\u9fa5])(?:那个|这个|这块|那块|这条|那条))\s*[：:]\s*(?=\S)")
_PART_HEAD = re.compile(r"([\n；;，,])\s*(?:" + "|".join(map(re.escape, _LEVEL_WORDS)) + r")(?:指标)?\s*[:：、\t ]\s*")
_COLON_HEAD = re.compile(r"^\s*(?:" + "|".join(map(re.escape, _LEVEL_WORDS)) + r")\s*[:：]")
_LEVEL_NAME = re.compile(r"^(?:" + "|".join(map(re.escape, _LEVEL_WORDS)) + r")$")
_CAT_OF_L2 = {"数量指标": "数量指标", "质量指标": "质量指标", "时效指标": "时效指标", "成本指标": "成本指标",
              "经济成本指标": "成本指标", "社会效益指标": "效益指标", "经济效益指标": "效益指标", "生态效益指标": "效益指标",
              "可持续影响指标": "效益指标", "效益指标": "效益指标", "服务对象满意度指标": "满意度指标", "满意度指标": "满意度指标",
              "数量": "数量指标", "质量": "质量指标", "时效": "时效指标", "成本": "成本指标", "社会效益": "效益指标",
              "经济效益": "效益指标", "生态效益": "效益指标", "可持续影响": "效益指标", "满意度": "满意度指标",
              "服务对象满意度": "满意度指标"}
_LEAD_VERB = re.compile(r"^(?:保证|确保|保障|实现|做到|完成|达到|争取|力争|要|能|让|使|把)+")
_TIME_WORDS = re.compile(r"按时|及时|准时|按月|每个?月|每个?季度?|每年|按期|月底前|年底前|\d+\s*月底?前|\d+\s*天内|\d+\s*小时内|当天|当月")
_COUNT = re.compile(r"(?<![第\d.])(\d+(?:\.\d+)?)\s*(个人|名|人次|人|台|套|个|户|场次|场|次|期|所|件|辆|处|座|平方米|亩|公里|米|吨|册|本|项)"
                    r"(?!工作日|月|小时|星期|周)")
# a time limit: "受理后十个工作日内审批完", "48小时内到场" → 时效指标 受理后审批时限 ≤10个工作日
_WITHIN = re.compile(r"(\d+(?:\.\d+)?)\s*(个工作日|工作日|个自然日|自然日|天|日|小时|个月|周|分钟)\s*(?:之内|以内|内)")


# a time limit as a row's value: at most so long ("≤24小时", "<3个工作日")
_TIME_LIMIT = re.compile(r"[≤<]\s*\d+(?:\.\d+)?\s*(?:个工作日|工作日|个自然日|自然日|小时|分钟|天|日|周|个月)")


# an option picked by its number and given her value: "1改成320件", "第2个改为≥95%", "改成320件" after "选1"
_PICKED = re.compile(r"^(?:选|第)?\s*\d{1,2}\s*(?:个|项|号|条)?\s*[，,：:]?\s*(?:改成|改为|换成)|^(?:改成|改为|换成)")


# "再加一个：…", "另外…": a row added to what was picked, not a part of its name
MORE = re.compile(r"^(?:(?:另外|还有|还要|还得)(?:加上?|添上?|增加|补充|补上)?|再(?:加上?|添上?|增加|补充|补上)|加上|添上)"
                   r"(?:一个|一条|一项)?[：:，,\s]*")


@dataclass
class Rows:
    rows: list[tuple[dict, bool]] = field(default_factory=list)   # (indicator row, stated by her)
    built: bool = False          # some names were built from a sentence: show them for confirmation
    dropped: list[str] = field(default_factory=list)              # level names given as names
    effect: bool = False         # the one row is her sentence of effect, read whole (a message of that alone)
    drafted: list[str] = field(default_factory=list)              # the names built from her sentences


def category_of_text(name: str, value: str, asked: str) -> str:
    """The category a row's words say (满意 → 满意度指标, a money value → 成本指标 …), else the asked one."""
    t = name + " " + value
    kind = "效益指标" if asked.endswith("效益指标") or asked.startswith("可持续") else asked   # 经济效益指标 asked: a benefit
    if "满意" in t:
        return "满意度指标"
    if re.search(r"增收|收入|效益|节约|挽回", name):
        return "效益指标"                # "带动农户增收人均1000元": money, but a benefit
    if (re.search(r"成本|单价|人均.*费|经费$|费用", name) or re.search(r"成本|单价|费用", value)) and "%" not in value \
            or ("元" in value and kind != "效益指标" and re.search(r"^(?:每|人均|户均|亩均)|(?:补贴|补助|资助|奖补)(?:标准)?$", name)):
        return "成本指标"                # "每台补贴不超过5000元" asked for 满意度: money per thing is a cost (asked for a benefit,
                                         # it stays one: test_interview_misfile_guards); a share ("运行成本下降5%")
                                         # is no amount of money: it stays where it was asked
    if kind not in ("效益指标", "满意度指标") and re.search(r"^(?:每|人均|户均|亩均|次均)", name) \
            and re.search(r"补|资助|奖|费|工资|报酬|价", name) and re.search(r"\d", value) \
            and not re.search(r"%|％|天|日|月|小时|分钟|周|年|次|人|个|件|户", value):
        return "成本指标"                # "每件案子补贴律师一千五" asked for 时效: money per thing, its unit unsaid
    if "元" in value and asked in ("数量指标", "质量指标", "时效指标", "成本指标") \
            and (asked != "数量指标" or re.search(r"每|人均|户均|均价|单价|标准|/", t)):
        return "成本指标"                # a money value among the outputs; asked for a benefit, it stays one
        # asked for a quantity, an amount done ("新发放贷款1.5亿元") stays a quantity: only a rate is a cost
    if asked == "数量指标" and re.search(r"覆盖率|覆盖面", name) \
            and not re.search(r"办结率|知晓率|受益|增收|下降|减少|提高|提升|改善|扩大|效益", name):
        return asked                     # "定点医药机构检查覆盖率100%" asked for 数量: how much of the work is done
    if asked in ("质量指标", "时效指标") and re.search(r"(?:提高|提升|增产|增加|减少|下降|降低)了?$", name) \
            and not re.search(r"率|度|比例|占比", name) and re.search(r"\d", value) and not re.search(r"%|％|‰|率|天|日|月|小时|分钟|周|年", value):
        return "效益指标"                # "建成后亩均粮食产能提高100斤" asked for 质量: a change it brings, by an amount — a benefit
        #                                  ("水质达标率提高到95%", "接口调用成功率同比提高2个百分点" asked for 质量
        #                                  stay: a rate)
    if re.search(r"办结率|覆盖率|覆盖面|知晓率|受益|增收|下降|减少|提高|提升|改善|扩大|效益", name):
        return "效益指标" if asked not in ("质量指标", "时效指标", "数量指标") or "%" in value and asked == "数量指标" else asked
    if asked == "数量指标" and "%" in value:
        return "质量指标" if not _TIME_WORDS.search(name) else "时效指标"
    if _TIME_WORDS.search(name) and asked == "数量指标" and "%" in value and re.search(r"及时|按时|按期", name):
        return "时效指标"
    if asked in ("数量指标", "质量指标") and _TIME_LIMIT.fullmatch(value.strip()):
        return "时效指标"                # "投诉处理控制在24小时以内" asked for 数量: how fast, a time limit
    if asked == "时效指标" and _COUNT.fullmatch(re.sub(r"^\s*(?:[=＝≥≤>＞<＜]|不少于|不低于|达到)?\s*", "", value).strip()) \
            and not _TIME_WORDS.search(name) and not re.search(r"时间|时限|期限|周期|天数|工期|进度|及时|按时|按期|[月日号]|年[底初中]|[之以]?前|当天|那天", name):
        return "数量指标"                # "完成127处工程维修养护" asked for 时效: how many, with no time in it
    if asked == "质量指标" and re.search(r"(?:人数|人次|次数|场次|数量|个数|台数|户数|面积|里程|长度)$", name) \
            and _COUNT.fullmatch(re.sub(r"^\s*(?:[=＝≥≤>＞<＜]|不少于|不低于|达到)?\s*", "", value).strip()):
        return "数量指标"                # "培训人数三百人次往上" asked for 质量: how many, a count by its name and its value
    if asked == "时效指标" and re.search(r"合格率|达标率|准确率|优良率|完好率|正确率|通过率|验收合格", name) \
            and not _TIME_WORDS.search(name) and not re.search(r"及时|按时|按期|准时|时限|时间|期限|进度", name):
        return "质量指标"                # "验收合格率100%" asked for 时效: how well, with no time in it
    return asked


# "去年的是：…", "照搬去年的：…" before a row with its name; "完成时间：12月底前" is a name and its value, no lead-in
_LEAD_IN = re.compile(r"^[^：:\d]{1,8}[：:]\s*(?=[^\d\s:：=≥≤<>]{2}\S*?\s*(?:[:：=≥≤<>]|\d))")
# "时效的话年底前", "质量方面嘛，…": the category she is speaking of (its label), not a row's name
_TOPIC = re.compile(r"^(数量|质量|时效|成本|效益|满意度|社会效益|经济效益|生态效益|可持续影响)(?:指标)?(?:方面|的话|这块|这一块|这边)(?:嘛|呢|啊|的话)?[，,\s]*")
_FILLER_NAME = re.compile(r"^(?:肯定|必须|应该|得|要|能|大概|差不多|基本|争取|确保|保证|一定|就|那就|定个|定为|定|写)+$")
_UNIT_OF_NAME = (("人次", "人次"), ("人数", "人"), ("户数", "户"), ("场次", "场"), ("次数", "次"), ("台数", "台"),
                 ("个数", "个"), ("天数", "天"), ("件数", "件"))
# the work a deadline is for, named as done: "完工时间", not "完工完成时间"
_DONE_WORD = re.compile(r"(?:完工|竣工|完成|验收|交付|投用|投入使用|到位|发放|拨付|办结|上线|开工)$")




def _loose(value: str) -> bool:
    """A value that goes on into words ("12个人全年在岗", "1个月发"): a sentence, read as one below."""
    from ..values import parse_value
    unit = re.sub(r"个工作日|工作日|个月|平方米|立方米|人次|公里|小时|分钟|个百分点|百分点|^万", "", parse_value(value).unit)
    if re.fullmatch(r"[\u4e00-\u9fa5]{1,3}(?:\s*[/·•．.]\s*[\u4e00-\u9fa5]{1,4}){1,2}", unit):
        return False                     # "元/人·月", "元/人/年", "万元/公里": one unit per thing, not words
    if re.fullmatch(r"[A-Za-zμµ°]{1,4}(?:\s*/\s*[A-Za-zμµ]{1,3}[23²³]?){1,2}|[\u4e00-\u9fa5]{0,2}[克升米]每[\u4e00-\u9fa5]{0,2}[克升米斤]", unit):
        return False                     # "mg/L", "μg/m³", "毫克每升": a measure per measure, not words
    return len(unit) > 3 or bool(re.search(r"[发办做干完搞弄]$", unit))


def _join_split_pairs(t: str) -> str:
    """'发放准确率吧，肯定要百分之百' → '发放准确率，肯定要百分之百' read as one pair: a name with no value
    followed by a value whose only words are fillers."""
    parts = [p for p in re.split(r"([，,])", t)]
    out = []
    for p in parts:
        if out and p not in ("，", ",") and out[-1] in ("，", ",") and len(out) >= 2:
            prev = out[-2]
            name, value = split_indicator(p)
            if not re.search(r"\d|%", prev) and value and (not name or _FILLER_NAME.match(name)):
                out[-2] = re.sub(r"(?:吧|啊|呢|嘛)$", "", prev) + " " + value
                out.pop()
                continue
        out.append(p)
    return "".join(out)


# a deadline said with 最迟 / 不晚于 / 不迟于 (its day kept): "X前"
_LATEST = re.compile(r"(?:最迟(?:不超过|不晚于|不迟于|在|于)?|不晚于|不迟于|最晚(?:不超过|在|于)?)\s*"
                     r"((?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|(?:19|20)\d\d\s*年底|年底)\s*(?:之前|以前|前)?")
# a bound said with a modal between 不 and its comparison ("不能低于", "不得超过", "不应少于"): the same bound
_MODAL_BOUND = re.compile(r"不(?:能|得|应该?|可以?|要|会|许|准)(?=低于|少于|小于|超过|超出|高于|多于|大于)")
_UPWARD = re.compile(r"(?<=[\d%％\u4e00-\u9fa5])(?:往上|朝上|打上)(?![\u4e00-\u9fa5])")
_COLON_BOUND = re.compile(r"(?<=[\u4e00-\u9fa5])\s*[:：]\s*(?=(?:不低于|不少于|不高于|不超过|不多于|达到|大于等于|小于等于|大于|小于|高于|低于|"
                          r"超过|控制在|保持在|少于|多于)\s*(?:\d|百分之|[零一二两三四五六七八九十百千]))")
# a level raised or lowered from an earlier one: "较去年的88%提高到92%", "比上年12天缩短至10天" — the new one is the value
_FROM_TO = re.compile(r"(?:较|比|由|从)(?:去年|上年|前年|往年|一期|上一期|以前|现在|目前|当前)?(?:的)?\s*\d+(?:\.\d+)?\s*"
                      r"(?:%|％|[\u4e00-\u9fa5]{1,3})?\s*(?:提高|提升|增加|增长|上升|降低|下降|减少|缩短|压缩|降)(?:到|至)")


# a change against a year said relative to today ("发案数比今年下降15%" in 2026, for a 2027 form): the row's name says
# 上年, the year it means as the form reads it — never 今年/去年, which turn wrong once the form is read in another year
_COMPARED_YEAR = re.compile(r"(?:要|将|能)?(?:比|较|相比|对比)(?:起)?(今年|去年|明年|前年|后年)(?:的)?\s*"
                            r"(?:(?:要|再|能|将)?(降下来|降下去|降低|下降|减少|压降|升上去|提上去|提高|上升|增长|增加)(?:了)?)?(?:个)?"
                            r"((?:[一二两三四五六七八九]|\d)成(?:[一二三四五六七八九]|\d)?)?")
_YEAR_OFF = {"今年": 0, "去年": -1, "明年": 1, "前年": -2, "后年": 2}
_MOVED = {"降下来": "下降", "降下去": "下降", "升上去": "上升", "提上去": "提高"}


def compared_year(t: str, today: int, form_year: int | None) -> str:
    """'电诈案件发案数比今年下降15%' (today 2026, the form's year 2027) → '电诈案件发案数较上年下降15%'; a year
    that is not the form's year before is left as said (and its row refused: no year is guessed)."""
    def one(m: re.Match) -> str:
        if not form_year or today + _YEAR_OFF[m.group(1)] != form_year - 1:
            return m.group(0)
        share = A.SHARE.sub(A.share_percent, m.group(3)) if m.group(3) else ""     # "下降两成": 20%
        return "较上年" + _MOVED.get(m.group(2) or "", m.group(2) or "") + share
    return _COMPARED_YEAR.sub(one, t)


# a share written as a fraction and said again as per cent: "≥0.98，即98%", "≥0.42（42%）", "0.95也就是95%"
_FRACTION_THEN_PERCENT = re.compile(r"(?<![\d.])(0?\.\d+|1(?:\.0+)?)\s*(?:[，,]\s*)?(?:即|也就是|就是|亦即)?\s*[（(]?\s*"
                                    r"(\d+(?:\.\d+)?)\s*%\s*[）)]?")


# a share said again as the count it comes to: "检查覆盖率100%，即226家", "覆盖率100%，也就是全部12个乡镇": the same
# measure twice, one row (the count is no row of its own, and no name is made for it)
_SHARE_AS_COUNT = re.compile(r"(?<=%)\s*[，,（(]?\s*(?:即|也就是|亦即|就是)(?:全部|共|总共)?\s*\d+(?:\.\d+)?\s*[\u4e00-\u9fa5]{1,4}?\s*[）)]?"
                             r"(?=\s*(?:$|[，,。；;]))")


def as_percent(t: str) -> str:
    """'数据有效率≥0.98，即98%' → '数据有效率≥98%' (it was stored as ≥0.98%): the per cent she restates it as, when the two
    agree; else as said."""
    def one(m: re.Match) -> str:
        return f"{m.group(2)}%" if abs(float(m.group(1)) * 100 - float(m.group(2))) < 1e-6 else m.group(0)
    return _FRACTION_THEN_PERCENT.sub(one, t)


# a time unit written the Latin way after a figure: "48h内", "30min内", "2 hrs"
_LATIN_TIME = re.compile(r"(\d)\s*(?:(hours?|hrs?|h)|(mins?|minutes?))(?![A-Za-z])", re.I)


def latin_time_units(t: str) -> str:
    """'申请后48h内评估' → '申请后48小时内评估'; '30min内到场' → '30分钟内到场'."""
    return _LATIN_TIME.sub(lambda m: m.group(1) + ("小时" if m.group(2) else "分钟"), t)


# a date written with dots before 前 ("6.15前完成", "25.12.20前完成"): month and day, the year when given
_DOTTED = re.compile(r"(?<![\d.])(?:(\d{4}|\d{2})\.)?(\d{1,2})\.(\d{1,2})(?=\s*(?:日|号)?\s*(?:之前|以前|前))")


def dotted_due(t: str) -> tuple[str, dict[str, str]]:
    """'6.15前完成' → ('6月15日前完成', {'6月15日': '6.15'}); '25.12.20前' → '2025年12月20日前' (a month past 12 or a
    day past 31 is no date). The map gives each date back as she wrote it: a row's value keeps her figures."""
    said: dict[str, str] = {}

    def one(m: re.Match) -> str:
        y, mo, d = m.group(1), int(m.group(2)), int(m.group(3))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return m.group(0)
        year = f"{2000 + int(y) if len(y) == 2 else int(y)}年" if y else ""
        said[f"{year}{mo}月{d}日"] = m.group(0)
        return f"{year}{mo}月{d}日"
    return re.sub(r"(?<=日)\s*[日号]", "", _DOTTED.sub(one, t)), said


# how sure she is, said at the figure ("合格率应该是100%", "100%吧应该", "肯定要达到95%"): no part of a row's name or value
_SURE = re.compile(r"(?:应该|肯定|一定|保证|必须)(?:是|能|要|会|得|可以)?\s*(?=达到|不低于|不少于|[≥≤<>=]|\d)|"
                   r"(?<=[\d%％])(\s*(?:吧|啊|呀)?)\s*(?:应该|肯定|估计)(?:吧|的|是)?(?=\s*(?:$|[，,。；;！!]))")


# a rough share, then the figure she settles on for it: "发病率降一半多，写50%", "知晓率九成，就填90%"
_ROUGH_THEN = re.compile(r"^(?P<name>[^，,。；;\d]{2,30}?)(?:一半|过半|大半|大部分|绝大多数|绝大部分|[一二三四五六七八九]成[一二三四五六七八九]?)"
                         r"(?P<bound>以上|往上|及以上|以下|以内|往下)?[，,]\s*(?:那就|就|那)?(?:写|填|按)(?:成|为)?\s*"
                         r"(?P<v>(?:[≥≤><=]|不低于|不少于|不超过|不高于)?\s*\d+(?:\.\d+)?\s*[%％])(?P<after>以上|以下|以内)?(?:吧|啊|呗)?$")


def rough_then_settled(t: str) -> str:
    """The figure she settles on, in place of the rough share said before it: "知晓率九成，写90%" → "知晓率≥90%"
    (a bound said with the rough share stays: 一半以上 → ≥)."""
    m = _ROUGH_THEN.match(t.strip())
    if not m:
        return t
    v = m.group("v")
    bound = m.group("after") or m.group("bound") or ""
    if bound and not re.match(r"[≥≤><=]|不", v):
        v = ("≥" if bound in ("以上", "往上", "及以上") else "≤") + v
    return f"{m.group('name')}{v}"


# a bound said after the figure, as its own word ("一个人2400元。不超过", "人均疗养费2200不超过"): put before it; a 的 between
# the thing and a share of it ("找到工作的60%以上"): no part of the row's name
_BOUND_AFTER = re.compile(r"(?P<n>\d+(?:\.\d+)?\s*(?:万元|元|块|万|%|％)?)\s*[。，,\s]?\s*(?P<b>不超过|不高于|不低于|不少于)(?:吧|啊)?[。！!]?$")
_OF_SHARE = re.compile(r"(?<=[\u4e00-\u9fa5]{2})的(?=\s*\d+(?:\.\d+)?\s*[%％])")


def bound_after(t: str) -> str:
    """'人均疗养费2200不超过' → '人均疗养费不超过2200'; '找到工作的60%以上' → '找到工作60%以上'."""
    t = _OF_SHARE.sub("", t)
    m = _BOUND_AFTER.search(t)
    return t[:m.start()] + m.group("b") + m.group("n") if m else t


def unsure_words(t: str) -> str:
    """'饭菜抽检合格率应该是100%吧' → '饭菜抽检合格率100%吧'; '100%吧应该' → '100%吧'."""
    return _SURE.sub(lambda m: m.group(1) or "", t)


# a level word's value after it ("满意度要高于95%"): a bound or a figure, a modal allowed before it
_BOUND_NEXT = re.compile(r"\s*(?:要|需要|须|必须|应|应当|得|能)?\s*(?:达到|不低于|不少于|至少|[≥≤<>=]|" + OVER + r"|\d)")


def read_rows(text: str, category: str, choices: list[Choice], year: int | None = None) -> Rows:
    """Rows of an indicator answer; ``year`` is this year, for 今年/明年 in a deadline. A date written with dots
    ("6.15前完成") is read as a date, and its row's value keeps it as written."""
    t, said = dotted_due(text)
    out = _read_rows(t, category, choices, year)
    for r, _ in out.rows:
        for date, raw in said.items():
            if isinstance(r.get("value"), str) and date in r["value"]:
                r["value"] = r["value"].replace(date, raw)
    return out


# a deadline said twice, the second time exactly: "明年汛期前完工，就是2027年5月底前", "汛前完工，也就是后年3月底前"
_RESTATED_DUE = re.compile(r"^(?P<a>[^，,。；;]*?)(?P<deed>完工|竣工|完成|建成|交付|投用|上线|到位)\s*[，,]\s*(?:也)?(?:就是|即|也就是说)\s*"
                           r"(?P<b>[^，,。；;]{2,16}?(?:之前|以前|前))\s*[。]?$")


def restated_due(t: str) -> str:
    """'明年汛期前完工，就是2027年5月底前' → '2027年5月底前完工': the exact time she settles on, with the deed.
    '汛期前把弹药配齐，5月底前吧' → '5月底前把弹药配齐': a clause that is only a time, after one whose work has a
    time of its own, sets that time (one row, never the work and a second row of the same time)."""
    m = _RESTATED_DUE.match(t.strip())
    if m and DUE.search(m.group("b")):
        return f"{m.group('b')}{m.group('deed')}"
    m = _TIME_ONLY_AFTER.match(t.strip())
    if m:
        first = DUE.search(m.group("a"))
        if first and len(list(DUE.finditer(m.group("a")))) == 1 and DUE.fullmatch(m.group("b")) \
                and re.search(r"[\u4e00-\u9fa5]{2}", m.group("a")[:first.start()] + m.group("a")[first.end():]):
            return m.group("a")[:first.start()] + m.group("b") + m.group("a")[first.end():]
    return t


# a deadline's work, then its time alone: "汛期前把弹药配齐，5月底前吧", "国庆前完工，也就是9月底前"
_TIME_ONLY_AFTER = re.compile(r"^(?P<a>[^，,。；;]{4,30})\s*[，,]\s*(?:也|那)?(?:就是|即|也就是|也就是说|具体(?:是|说)?)?\s*"
                              r"(?P<b>[^，,。；;\s]{2,14}?)\s*(?:吧|啊|呀|哈|左右吧)?\s*[。！!]?$")


def _read_rows(text: str, category: str, choices: list[Choice], year: int | None = None) -> Rows:
    """Rows of an indicator answer; ``year`` is this year, for 今年/明年 in a deadline."""
    out = Rows()
    choices = [c for c in choices if isinstance(c, Choice)]     # rows offered to confirm (Option) are no library choices
    lines = [ln for ln in text.strip().split("\n") if ln.strip()]
    if len(lines) == 1:                  # "成本：单价≤9万元；社会效益：救助率≥90%": groups each under its category and a colon
        groups: list[str] = []
        for seg in (x for x in re.split(r"[；;]", lines[0]) if x.strip()):
            if _COLON_HEAD.match(seg) or not groups:
                groups.append(seg)
            else:
                groups[-1] += "；" + seg
        if len(groups) > 1 and all(_COLON_HEAD.match(g) for g in groups):
            lines = groups
    if len(lines) > 1 and all(_HEAD.match(ln) for ln in lines):     # rows pasted each with its own category
        for ln in lines:
            got = read_rows(ln, category, choices, year)
            out.rows += got.rows
            out.dropped += got.dropped
            out.built = out.built or got.built
        return out
    from .when import cn_dates
    t = spoken_numbers(cn_dates(MORE.sub("", A.prep(text, pieces=category != "成本指标").strip())), money=category == "成本指标").strip()
    t = restated_due(latin_time_units(_SHARE_AS_COUNT.sub("", as_percent(unsure_words(bound_after(rough_then_settled(t)))))))
    t = glue_cells(t)                    # "≥\t95\t%": one value in three cells
    t = _FROM_TO.sub(lambda m: "不超过" if re.search(r"降|减|缩短|压缩", m.group(0)) else "达到", t)
    #                                      "满意度较去年的88%提高到92%": the new level; the old one no value
    t = _COLON_BOUND.sub(" ", t)         # "设备完好率：不低于95%": the label's colon before a bound in words, as a pause
    t = _MODAL_BOUND.sub("不", t)         # "满意度不能低于90%" is 不低于 (read as 「…不」<90%: the bound turned round)
    t = _UPWARD.sub("以上", t)            # "三百人次往上": 以上
    t = _NONE_HAPPEN.sub(r"\1发生数为0", t)   # "非法猎捕案件零发生": how many happen, none (=0)
    t = _LATEST.sub(r"\1前", t)          # "最迟12月20号前完工", "完工时间不晚于2027年11月30日": a deadline (「最迟」≤12月 lost its day)
    t = _TOPIC.sub(lambda m: "满意度" if m.group(1) == "满意度" else m.group(1) + "指标：", t)   # 满意度 is a row's name
    t = re.sub(r"(?<=[。！!；;\n])\s*" + _TOPIC.pattern[1:], lambda m: "满意度" if m.group(1) == "满意度" else "", t)
    # "…。质量的话设备在线率≥95%": a later sentence's topic word, no part of its row's name
    # "补贴烘干机40台 植保无人机60架": pairs said with a pause instead of a comma
    t = re.sub(r"(?<=\d)[ \u3000]+(?=(?:小时|分钟|个工作日|工作日|个月|周|天|日|" + A.MEASURE[1:] + ")", "", t)   # "≤ 2 小时": one value
    t = re.sub(r"(\d[^\s\d，,；;。、]{0,4}?(?:以上|以下|以内)?)[ \u3000]+(?=[\u4e00-\u9fa5]{2})", r"\1，", t)
    t = _PART_HEAD.sub(r"\1", t)         # "…\n数量指标\t外墙保温面积\t1400平方米": the category word of each row
    t = _WRITE_LEAD.sub(lambda m: f"{'可持续影响' if m.group('cat') == '可持续' else m.group('cat')}：" if m.group("cat") else "", t, count=1)
    #                                      "社会效益写：…", "可持续那个：…", "这张表效益写的是：…": what she writes, under its category
    if not _HEAD.match(t):               # "数量指标：…" names the category: no lead-in to drop
        t = _LEAD_IN.sub("", t)
    t = _join_split_pairs(t)
    head = _HEAD.match(t)
    if head and (said := re.match(r"\s*(?:就写|写成?|填|就按)\s*(?=达到|不低于|不少于|[≥≤<>=]|\d)", t[head.end():])):
        t = t[:head.end()] + t[head.end() + said.end():]      # "满意度就写达到90%以上": what she has written, no name
        head = _HEAD.match(t)
    if head and _BOUND_NEXT.match(t, head.end()):
        # "服务对象满意度≥90%": the level word is the row's name, its value follows; "满意度指标：服务对象满意度 ≥90%":
        # the last level word is the name, the words before it the category
        words = re.findall("|".join(map(re.escape, _LEVEL_WORDS)), head.group(0))
        if len(words) > 1:
            head = _HEAD.match(t[:head.start() + head.group(0).rindex(words[-1])])
        elif not re.search(r"[:：、\-—]", head.group(0)):
            head = None
    said_l2 = ""                         # "社会效益指标：带动农户增收≥300户": the 二级 she names is the row's
    if head:
        word = re.sub(r"[:：、\-—\s]", "", head.group(0))
        for w in _LEVEL_WORDS:
            if word.endswith(w) and w in _CAT_OF_L2:
                category = _CAT_OF_L2[w]
                said_l2 = re.sub(r"(?<!指标)$", "指标", w) if _CAT_OF_L2[w] == "效益指标" and not w.startswith("效益") else ""
                break
        t = t[head.end():]
    if not t.strip():
        if head:                         # "社会效益指标" and nothing else: a category, not an indicator
            out.dropped.append(re.sub(r"[:：、\-—\s]", "", head.group(0)))
        return out
    t = _pairs_apart(t)
    raw = {split_indicator(p)[0]: split_indicator(p)[1] for p in A.split_parts(t)}
    swallowed = False                    # a row whose value ran on into a sentence ("数量 89座,年底前全部完成招标")
    for r, stated in parse_choice(t, category, choices):
        if _LEVEL_NAME.match(r["name"]) and not (r["name"].endswith("满意度") and re.search(r"\d", r["value"])):
            out.dropped.append(r["name"])     # "服务对象满意度 ≥90%" is a row: a 三级 name many forms use
            continue
        if _sentence_pair(r["name"], r["value"]):
            swallowed = True
            continue                         # "保证 12个人全年在岗": a sentence, read below
        cat = category_of_text(r["name"], r["value"], category)
        if cat != category and not any(c.name == r["name"] for c in choices):
            r = row(level2_for(cat, r["name"], category), r["name"], norm_value(raw.get(r["name"]) or r["value"], cat, r["name"]))
        r = dict(r, value=_unit_from_name(r["name"], r["value"]))
        if said_l2 and r.get("level1") == "效益指标":
            r = dict(r, level2=said_l2)
        if r["level2"] == "成本指标" and r["value"].endswith("万元") and _PER_THING.search(r["name"]) \
                and not re.search(r"[万元块wW]", _said_of(raw, r["name"]) or r["name"]):
            r = dict(r, value=r["value"][:-2])     # "每人次补贴不超过1500": 元 or 万元 she did not say (never 1500万元 made up)
        out.rows.append((r, stated))
    _shared_out(out.rows)
    _head_shared(out.rows)
    _places_share_the_measure(out.rows)
    _cost_of_each(out.rows)
    covered = "".join(r["name"] for r, _ in out.rows)
    for clause in re.split(r"[，,。；;、\n]+", t):
        c = A.clean_text(clause)
        if not c or any(c.startswith(r["name"][:4]) for r, _ in out.rows) or (out.rows and c in covered) \
                or (choices and out.rows and _PICKED.match(c)):
            continue                     # "1改成320件", "选1，改成320件": the option picked, with her value — no row of its own
        if swallowed and c != A.clean_text(t) and not out.rows:
            part = read_rows(c, category, choices, year)     # "公厕保洁数量 89座" before the sentence it ran into:
            pairs = [(row, s_) for row, s_ in part.rows if not part.built]     # a row of its own, as if said alone
            if pairs:
                out.rows += pairs
                covered += "".join(row["name"] for row, _ in pairs)
                continue
        built = _sentence_row(c, category, year)
        if not built and out.rows and category in _EFFECT_KINDS:
            built = _effect_row(c, category)       # "…明显提升，群众精神文化生活更加丰富": each sentence of effect a row
            out.effect = out.effect or bool(built)
        if built:
            out.rows.append((built, True))
            out.built = True
            out.drafted.append(built["name"])
    clauses = [c for c in re.split(r"[，,。；;、\n]+", t) if A.clean_text(c)]
    effect = _effect_row(A.clean_text(clauses[0]), category) if not out.rows and len(clauses) == 1 else None
    if effect:                           # one sentence of effect, nothing else in the message
        out.rows.append((effect, True))
        out.built = out.effect = True
        out.drafted.append(effect["name"])
    effects = [_effect_row(A.clean_text(c), category) for c in clauses] if not out.rows and 1 < len(clauses) <= 3 else []
    if effects and all(effects):         # "改善老人出行，减少跌倒风险": two sentences of effect, each a row
        out.rows += [(e, True) for e in effects]
        out.built = out.effect = True
        out.drafted += [e["name"] for e in effects]
    return out


def _said_of(raw: dict, name: str) -> str:
    """The value she wrote for the row ``name``, found also under her words before it ("那就写每处…成本": the row
    is 每处…成本, the 万 she said stays its unit)."""
    return raw.get(name) or next((v for k, v in raw.items() if k and k.endswith(name)), "")


_PER_THING = re.compile(r"(?:每|人均|户均|亩均|次均)(?=[\u4e00-\u9fa5])|单价|标准|^[一1](?:亩|垧|公顷|人|户|台|套|个|辆|车|车次|次|公里|平方米|吨|场|座|处)(?:地|的)?$")


def _shared_out(rows: list) -> None:
    """"设岗114个，每村3个": a row named only by its distributive, in the measure of another row of the message, is how
    that count is shared out — no indicator named 每村 (alone, "每周不少于5天" is her row, named from its sentence)."""
    def unit(v: str) -> str:
        return re.sub(r"^[≥≤<>=]*\s*[\d.]+\s*", "", v)
    each = [x for x in rows if EACH_ONLY.fullmatch(re.sub(r"^其中", "", x[0]["name"])) and unit(x[0]["value"])
            and not re.search(r"元|块", x[0]["value"])]
    for x in each:
        if any(y is not x and y not in each and unit(y[0]["value"]) == unit(x[0]["value"]) for y in rows):
            rows.remove(x)


def _head_shared(rows: list) -> None:
    """"完成改造的小区40个、楼栋120栋": the words before 的 of the first row's name are the next rows' too, where a next
    name is only the thing counted (one or two characters, or a place)."""
    from .guard import PLACE_ONLY
    for k in range(1, len(rows)):
        prev, (r, s) = rows[k - 1][0], rows[k]
        head = re.match(r"^([\u4e00-\u9fa5]{2,10}的)[\u4e00-\u9fa5]{1,4}$", prev.get("name") or "")
        name = r.get("name") or ""
        if head and r.get("level2") == prev.get("level2") and (len(name) <= 2 or PLACE_ONLY.fullmatch(name)) \
                and re.fullmatch(r"[\u4e00-\u9fa5]{1,4}", name):
            rows[k] = (dict(r, name=head.group(1) + name), s)


def _cost_of_each(rows: list) -> None:
    """"每处不超过15万" at 成本指标: a row named only by its distributive (每处, 人均) is that thing's cost —
    "每处成本", never a row named "每处"."""
    for i, (r, stated) in enumerate(rows):
        if r.get("level2") == "成本指标" and (EACH_ONLY.fullmatch(r["name"]) or r["name"] in ("人均", "户均", "亩均", "单价")):
            rows[i] = (dict(r, name=r["name"] + ("成本" if r["name"] != "单价" else "")), stated)


def _places_share_the_measure(rows: list) -> None:
    """"平均急救反应时间城区12分钟以内，农村20分钟以内": the second place takes the measure of the first — a row
    named "农村" alone is no measure (guard.bad_name) and would be refused."""
    from .guard import PLACE_ONLY, PLACES
    for i in range(1, len(rows)):
        (r, stated), (p, _) = rows[i], rows[i - 1]
        m = re.search(PLACES + r"$", p["name"])
        if PLACE_ONLY.fullmatch(r["name"]) and m and len(m.group(0)) >= 2 and m.start() >= 2:
            rows[i] = (dict(r, name=p["name"][:m.start()] + r["name"]), stated)


def _pairs_apart(t: str) -> str:
    """"工程验收合格率100%，河道断面达到设计标准": clauses that are each a 名称+指标值 pair are rows apart,
    even when not every one carries a number (A.split_parts splits those only)."""
    clauses = [c for c in re.split(r"[，,]", t) if c.strip()]
    if len(clauses) < 2 or re.search(r"[\n；;]", t):
        return t
    pairs = [split_indicator(c) for c in clauses]
    if all(n and len(n) >= 2 and v for n, v in pairs) and any(not re.search(r"\d", c) for c in clauses):
        return "；".join(c.strip() for c in clauses)
    return t


def _unit_from_name(name: str, value: str) -> str:
    """'培训人次 =1200' → '=1200人次': a count named by its unit takes that unit."""
    if not re.fullmatch(r"[=≥≤<>]?\s*\d+(?:\.\d+)?", value):
        return value
    for end, unit in _UNIT_OF_NAME:
        if name.endswith(end):
            return value + unit
    return value


def _sentence_pair(name: str, value: str) -> bool:
    """A "name value" split of what is a sentence: '保证 12个人全年在岗', '明年 10月底前全部完工',
    '工程 12月底前竣工验收' (a limit with the work after it) — read as a sentence by _sentence_row."""
    limit = _WITHIN.search(value) or _due(value)
    return bool(_LEAD_VERB.fullmatch(name) or len(name) < 2 or name.endswith(("了", "第")) or _loose(value)
                or re.fullmatch(r"\d{4}年|今年|明年|当年|年内|去年", name)
                or (limit and re.search(r"[\u4e00-\u9fa5]{2}", value[limit.end():]))
                or bool((every := _WHEN.match(value)) and deed(value[every.end():]) in DEEDS))
    #                                    "报表 每季度末前报送": a recurring time with the deed after it


# a state said as a sentence: "全年不发生重大食品安全事故", "校车安全责任事故零起", "耕地面积不减少"
_BAD = r"(?:" + A.EVENTS + r"|问题)"
_NO_EVENT = re.compile(r"^(?:全年|年内|区域内|辖区内|全县|全市|全区|全镇|项目实施期内|实施期内|期间)*(?:不发生|不出现|杜绝|无|没有|零发生|零)"
                       r"(?P<x>[一-龥]{0,16}?" + _BAD + r")(?:发生)?$")
_ZERO_EVENT = re.compile(r"^(?:全年|年内|区域内|辖区内)*(?P<x>[一-龥]{1,16}?" + _BAD + r")(?:发生)?(?:数|起数|次数|发生率)?"
                         r"(?:为|是|控制在|保持)?\s*(?:零|0)\s*(?P<u>起|次|例|件|宗)?$")
_HOLDS = re.compile(r"^(?P<x>[一-龥]{2,16}?)的?(?P<v>不减少|不降低|不下降|不缩小|只增不减|保持稳定|稳定不变|不低于上年|达到设计标准|达到设计要求|"
                    r"符合[一-龥]{2,12}|满足[一-龥]{2,12}|零发生|(?:按标准|按时|及时)?足额(?:发放|拨付|到位)(?:到位)?|"
                    r"(?:得到)?(?:同比|较上年|比上年|逐年)?(?:明显|显著|有效|逐步|逐年|持续|进一步|大幅|稳步)?(?:提升|提高|增强|下降|降低|减少|减轻|缓解|改善|保障|保护|规范)|"
                    r"得到(?:有效|基本|切实|充分)?(?:保障|保护|改善|提升|落实|解决|满足)|"
                    r"(?:止跌|止降)?(?:回升|回稳|企稳|好转|恢复)|止跌|稳中有升)$")


# a check passed, said in words: "验收合格", "工程一次性验收合格", "水质检测达标" — her qualitative value, no rate made up
_PASSED = re.compile(r"^(?P<x>[一-龥]{0,12}?)(?P<o1>一次性)?(?P<k>竣工验收|验收|检测|检验|抽检|考核|评估|质检|检查)(?P<o2>一次性)?(?:全部|均|都)?"
                     r"(?P<v>合格|达标|通过)$")


def _state_row(c: str, asked: str) -> dict | None:
    """A state the project keeps, said as a sentence: 0 events she counted (安全责任事故发生起数 =0起) or
    her words as a qualitative value (重大动物疫情发生情况 不发生, 耕地面积 不减少, 河道断面 达到设计标准)."""
    cat = asked if asked in ("质量指标", "效益指标") else "效益指标"
    m = _ZERO_EVENT.match(c)
    if m:                                # "零起": her zero
        unit = m.group("u") or "起"
        return row(level2_for(cat, m.group("x"), asked), f"{m.group('x')}发生{unit}数", f"=0{unit}")
    m = _NO_EVENT.match(c)
    if m:                                # "不发生…": her words, no number made of them
        return row(level2_for(cat, m.group("x"), asked), f"{m.group('x')}发生情况", "不发生")
    p = _PASSED.match(c)
    if p and (asked == "质量指标" or asked.endswith("效益指标")):   # "验收合格": 验收结果 合格, as she said it
        if asked != "质量指标":          # "政务新媒体年度检查合格": the effect of the work, under the category asked
            return row(level2_for(cat, p.group("x") or p.group("k"), asked), f"{p.group('x')}{p.group('k')}结果",
                       (p.group("o1") or p.group("o2") or "") + p.group("v"))
        return row("质量指标", f"{p.group('x')}{p.group('k')}结果", (p.group("o1") or p.group("o2") or "") + p.group("v"))
    h = _HOLDS.match(c)
    if h and not re.search(r"\d", c):
        return row(level2_for(cat, h.group("x"), asked), h.group("x"), h.group("v"))
    return None


def _due(c: str) -> re.Match | None:
    """A one-time deadline (deadline.DUE); "每季度末前" recurs: a time row (_time_row)."""
    d = DUE.search(c)
    return d if d and not c[:d.start()].endswith("每") else None


_THING_THEN_DEED = re.compile(r"([\u4e00-\u9fa5]{1,8}?)(?:都要|都得|都会|都|要|需要|必须|均要|均|将|全年|常年|每年)([\u4e00-\u9fa5]{2,8})")
_SAY_LEAD = re.compile(r"^(?:那就|就|那)?(?:写|填)(?=[\u4e00-\u9fa5\d])|^(?:那|那就)?(?:时效|质量|数量|成本|效益|满意度)(?:指标)?(?:就是|就|是)")
_DONE_BY = re.compile(r"(月(?:底|末|\d{1,2}[日号])?|(?<![每])年(?:底|末))(\s*(?:全部|全面|都|就|要)?(?:完工|竣工|完成|建成|结束|交付|投用|上线|到位))")


def _sentence_row(clause: str, asked: str, year: int | None = None) -> dict | None:
    """'保证12个人全年在岗' → 数量指标 全年在岗人数 =12人; '工资每月按时发' → 时效指标 工资每月按时发放 按时完成."""
    clause = _SAY_LEAD.sub("", clause)
    state = _state_row(_LEAD_VERB.sub("", clause), asked)
    if state:
        return state
    clause = _DONE_BY.sub(r"\1前\2", spoken_due(clause))     # "10月底全部完工", "截至年底完成": a deadline without 前
    within = _within_row(_LEAD_VERB.sub("", clause)) or _ahead_row(_LEAD_VERB.sub("", clause))
    if within:
        return within
    name, value = split_indicator(clause)
    if name and value and re.search(r"\d", value) and not _sentence_pair(name, value):
        return None                          # a "名称 指标值" pair: parse_choice has read it
    c = _LEAD_VERB.sub("", clause)
    d = _due(c)
    if d and d.group("m"):               # "8月底前装完", "十一月底以前全部培训完" (年底前… below: deadline_row)
        rest = _LEAD_VERB.sub("", (c[:d.start()] + c[d.end():]).strip())
        whole = re.search(r"(?:所有|全部)的?([\u4e00-\u9fa5]{2,})", rest)
        noun = whole.group(1) if whole else re.sub(r"^(?:全部|所有|都|就)+|(?:完|完成|好|结束|完毕|掉)+$", "", rest)
        if not _DONE_WORD.search(noun):
            noun = re.sub(r"(?:完|完成|好|结束|完毕)+$", "", noun)
        noun = re.sub(r"[，,。\s]|[吧啊呀呢哈]+$", "", noun)
        noun = VERB_NOUN.get(noun) or deed(noun) or noun     # "8月底前装完" → 安装完成时间, "补助在…发完" → 补助发放时间
        when = due_value(d, year)
        name = noun if len(noun) >= 2 else "任务"
        return row("时效指标", f"{name}时间" if _DONE_WORD.search(name) else f"{name}完成时间", when)
    if d and d.group("span"):            # "年底前全部完工通水", "明年年底前完工": the work named by deadline_row
        said = deadline_row(clause, [], year)
        if said:
            return row("时效指标", *said)
    timed = _time_row(c)
    if timed:
        return timed
    m = _COUNT.search(c)
    if m:
        rest = (c[:m.start()] + c[m.end():]).strip()
        rest = _LEAD_VERB.sub("", rest)
        unit = "人" if m.group(2) in ("个人", "名") else m.group(2)
        noun = re.sub(r"^(?:的|全部|都)", "", rest)
        done = _THING_THEN_DEED.fullmatch(noun)      # "18个文化站都要免费开放": the deed, then the thing counted
        noun = f"{done.group(2)}{done.group(1)}" if done else noun
        if not noun:
            return None
        suffix = "人数" if unit == "人" else ("数量" if not re.search(r"数量|面积|长度", noun) else "")
        benefit = asked.endswith("效益指标") and re.search(r"带动|就业|受益|惠及|增收|脱贫|吸纳|安置|务工", noun)
        return row(asked if benefit else "数量指标", noun + suffix, f"={m.group(1)}{unit}")   # ("带动周边30名群众就业"
        #                                  asked for 社会效益: people the work benefits, a benefit; a count of work, an output)
    if asked == "时效指标":                  # what the digit readers above miss: 年底前…, 六月二十六号之前…, 八点前…
        said = deadline_row(clause, [], year)
        return row("时效指标", *said) if said else None
    return None


# the effect of the work said as a sentence, with no figure: "为防灾减灾提供基础数据支撑", "成功创建省级双拥模范县",
# "碘缺乏病保持消除状态". The words that only say she means it (确保, 力争, 成功) leave the name.
_EFFECT_LEAD = re.compile(r"^(?:确保|力争|争取|努力|成功|顺利|全面|基本|实现)+(?=[\u4e00-\u9fa5]{4})")
# the words of a time a deed keeps: "11月…前完成", "四季度", "按月", "日产日清", "当场结算"
_WHEN_SAID = re.compile(r"\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月|[一二三四1-4]季度|季度|按月|每月|按季|按年|按周|每周|每天|每日|日[产清结]|当场|当天|当日|"
                        r"当月|即时|实时|及时|按时|随时|年底|年末|月底|月末|汛期|开学")
_EFFECT_KINDS = ("效益指标", "社会效益指标", "经济效益指标", "生态效益指标", "可持续影响指标")
# a measure named and nothing said of it ("新增蓄水能力", "事故减少数量"): the name of a row whose value is still to
# come, no sentence of effect — that says what happens to it ("…明显改善" is read as a name and its value; "提高…水平")
_MEASURE_END = re.compile(r"(?:能力|面积|数量|人数|户数|次数|人次|人口|规模|长度|里程|产量|产值|容量|指数|比例|比重|占比|[数量率])$")
_HAPPENS = re.compile(r"^(?:进一步|有效|明显|显著|不断|持续|逐步|全面|切实)?(?:改善|提升|提高|增强|增长|扩大|减少|降低|下降|减轻|消除|保持|稳定|实现|得到|有效|明显|显著|创建|提供|促进|推动|"
                      r"保障|确保|带动|加强|完善|满足|达到|恢复|控制|遏制|杜绝)")      # "提高群众收入水平": a deed done to the measure


def _effect_row(clause: str, asked: str) -> dict | None:
    """At an effect question, a message of one sentence with no figure is a 定性 row: her sentence as the name, the graded
    level 达到 as its value (at the 时效 question, a sentence that says when — "11月省里考评前完成", "按月随工资发放",
    "日产日清" — with 按时完成) (spec: 定性 values are graded 达到/基本达到/未达到), shown to her to correct — no
    number is made. Talk, a question, a figure or a fragment is no effect (guard.bad_name)."""
    from .guard import asks, bad_name
    timed = asked == "时效指标" and bool(_WHEN_SAID.search(clause))
    if (asked not in _EFFECT_KINDS and not timed) or re.search(r"[%％]", clause) or asks(clause) \
            or (re.search(r"\d", clause) and not timed):
        return None
    name = _EFFECT_LEAD.sub("", re.sub(r"[\s。！!]+$", "", clause))
    short = len(re.findall(r"[\u4e00-\u9fa5]", name)) < (4 if timed else 6)
    if not timed and re.search(r"(?:方便|改善|提升|提高|好转|减少|增加|加强)了$", name):
        name = name[:-1]                 # "找地址方便了": the change she sees, its 了 no part of the row's name
    if short or bad_name(name):
        return None
    if not timed and _MEASURE_END.search(name) and not _HAPPENS.search(name):
        return None                      # "新增蓄水能力": its value is to be asked, no 达到 is made for it
    if timed:
        return row("时效指标", name, "按时完成")
    return row(level2_for("效益指标", name, asked), name, "达到")


# "…零发生", "…实现零发生", "…零发案": the count of such cases, none
_NONE_HAPPEN = re.compile(r"([\u4e00-\u9fa5]{2,16}?)(?:实现|做到|确保|保持)?(?:零|0)(?:发生|发案)(?=$|[，,。；;！!\s])")


def _within_row(c: str) -> dict | None:
    """'受理后10个工作日内审批完' → 时效指标 受理后审批时限 ≤10个工作日 (a limit with the work done after it;
    '处置时限 48小时内' is a name and a value, read as such)."""
    w = _WITHIN.search(c)
    if not w or not re.search(r"[\u4e00-\u9fa5]{2}", c[w.end():]):
        return None
    act = re.sub(r"^(?:全部|所有|都|就|要|须|必须|应|应当)+|(?:完毕|完成|完|好|结束|到位)+$", "", (c[:w.start()] + c[w.end():]).strip())
    act = re.sub(r"[，,。\s]", "", act)
    unit = re.sub(r"^个?(工作日|自然日)$", r"个\1", w.group(2))     # "≤10个工作日", as the forms write it
    return row("时效指标", f"{act}时限", f"≤{w.group(1)}{unit}") if len(act) >= 2 else None


# how long before something is done: "每批次须提前三日预约", "提前2个工作日通知"
_AHEAD = re.compile(r"提前\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3}|半)\s*(个工作日|工作日|天|日|小时|个小时|周|个月)")


def _ahead_row(c: str) -> dict | None:
    """'每批次须提前3日预约' → 时效指标 每批次预约提前时间 ≥3日 (at least so long before)."""
    a = _AHEAD.search(c)
    if not a or not re.search(r"[\u4e00-\u9fa5]{2}", c[a.end():]):
        return None
    act = re.sub(r"(?:须|需|要|需要|必须|应|应当|均|都|得)+$", "", c[:a.start()].strip()) + c[a.end():].strip()
    act = re.sub(r"[，,。\s]|(?:完毕|完成|好)$", "", act)
    n = a.group(1) if re.match(r"\d", a.group(1)) else f"{A.to_number(a.group(1)):g}" if A.to_number(a.group(1)) else ""
    return row("时效指标", f"{act}提前时间", f"≥{n}{a.group(2)}") if len(act) >= 2 and n else None


_WHEN_WORD = (r"(?:每个?(?:月|季度|季|年|周|天)(?:(?<![天周])(?:末|底)(?:之前|以前|前)?)?|按月|按季度?|按时|及时|准时|当月|当天|第\d+个?(?:月|周|天|季度)|"
              r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号](?:之前|以前|前)|首月|月底前|月初|年底前|(?:春节|元旦|八一|国庆|中秋|端午|开学|汛期|年底|年末|季度末)(?:前|之前))")
_WHEN = re.compile(_WHEN_WORD + r"(?:和?" + _WHEN_WORD + r")*")     # "和" only joins two times: "每月和季度末"
def _time_row(c: str) -> dict | None:
    """'工资每月按时发' → 时效指标 工资发放时间 「每月按时」; '每个季度第一个月发' → 发放时间 「每个季度第1个月」."""
    w = _WHEN.search(c)
    if not w:
        return None
    obj, tail = c[:w.start()].strip(), re.sub(r"(?:到位|完成|完毕|好|完)$", "", c[w.end():].strip())
    tail = re.sub(r"^([发拨付交送])(?:放)?到[\u4e00-\u9fa5]{1,4}$", r"\1", tail)    # "发到卡上": 发放
    verb = VERB_NOUN.get(tail[:1], tail) if len(tail) <= 2 else ""
    vo = re.fullmatch(r"(" + "|".join(sorted(set(VERB_NOUN.values()), key=len, reverse=True)) + r"|[发拨付交办])([\u4e00-\u9fa5]{2,6})", tail)
    if not verb and not obj and vo:            # "每月10号前发放工资": the verb, then what it is done to
        obj, verb = vo.group(2), VERB_NOUN.get(vo.group(1), vo.group(1))
    done = deed(tail) if tail and not verb else ""
    if done and not obj and re.match(r"[把将]", tail):
        obj = done                       # "每月10号前把上月台账报上去": the work named as deed() names a deadline's
    elif done and obj and done in DEEDS:
        verb = done                      # "台账每月底前报上去": what, the time, then the deed
    if not verb and not obj:
        return None
    when = re.sub(r"(?:之前|以前)$", "前", w.group(0))
    when = re.sub(r"[一二三四五六七八九十]{1,3}(?=[日号]前)", lambda m: f"{A.to_number(m.group(0)):g}", when)
    return row("时效指标", f"{obj}{verb}时间", when)


__all__ = ["Rows", "read_rows", "category_of_text", "CATEGORIES"]
