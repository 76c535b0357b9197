"""Contacts said the way clerks say them, made labelled before the lexicon reads them. Pure.

    label("馆长刘静，0431-5098765，填报人也是她", "unit_head")
    # "负责人刘静，电话0431-5098765，填报人刘静"
    label("镇长 周宏伟 0734-8123456；填表的是党政办吴敏", "unit_head")
    # "负责人周宏伟 电话0734-8123456；填报人党政办吴敏"

A title before a name (局长, 馆长, 理事长, 课题负责人 …) names the head the question asks for; the
ways of saying who fills the form (填表的是, 表是我填的, 我是填表的，叫…) name the 填报人; "填报人也是她"
is the person just named; "日期就今天" / "今天填的" is the 填报日期. Nothing is added that she did not
say: the words only become the form's labels, and the readers and the gate do the rest.
"""
from __future__ import annotations

import re

from ..textnum import normalize

_TITLE = (r"(?:课题|项目|中心|单位)?(?:(?:常务|执行|分管)?副?(?:大队长|支队长|中队长|局长|主任|所长|馆长|站长|院长|校长|镇长|乡长|县长|区长|市长|旗长|书记|部长|处长|科长|股长|队长|"
          r"厂长|场长|园长|社长|行长|会长|理事长|董事长|总经理|经理|组长|主席|台长|团长)(?!员)|负责人|一把手)")   # 书记员 is no 书记
_NAME = r"[\u4e00-\u9fa5]{2,4}"
# the office before a title: "卫健委主任", "县政府办主任", "管委会常务副主任"
_ORG = r"(?:[\u4e00-\u9fa5]{0,8}?(?:委员会|管委会|委|局|办公室|办|中心|政府|院|馆|站|所|学校|校|大队))"
# (a landline's local number may be grouped after its area code: "0851-8652 2310", "0912-3321 075")
_PHONE = r"(?:1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|0\d{2,3}[\s-]?[2-9]\d{2,3} \d{3,4}(?!\d)|(?:0\d{2,3}[\s-]?)?[2-9]\d{6,7}(?:[-转]\d{1,5})?)"
_HEAD_LABEL = {"unit_head": "负责人", "department_head": "主管部门负责人"}
# who fills the form, said as a clause: "填表的是", "填表人就写我", "表是我填的", "我是填表的，叫…"
_FILLER_SAYS = re.compile(r"(?:填表的人?|填表人|填报人|经办人)\s*(?:就|也)?(?:是|写|填|为|：|:)?\s*(?:我|本人)?[，,：:\s]*")
_ME_FILLS = re.compile(r"(?:表是我填的|我是填表的|表是我填|我来填的?|我填的表|我填的)")
_NAMED_AFTER = re.compile(r"\s*[\u4e00-\u9fa5]{2}")       # a name (or the next words) after "填报人是"
_MY_NAME = re.compile(r"(?:我叫|我是|叫)\s*(" + _NAME + r")")
_SAME_PERSON = re.compile(r"(填报人|填表人)\s*(?:也是|也)\s*(?:她|他|这个人|同一个人|同一人|一样)")
_TODAY = re.compile(r"(?:填报)?日期\s*(?:就|也)?\s*(?:是|填|写)?\s*今天|今天填的?")
_DATED = re.compile(r"(填报人\s*" + _NAME + r")[，,\s]*((?:19|20)\d\d\s*[.\-/年]\s*\d{1,2}\s*[.\-/月]\s*\d{1,2}\s*[日号]?)")
_ECHO_PHONE = re.compile(r"[，,；;\s]*(?:电话|手机)(?:也是|也)(?:这个|一样|同一个)")


# what a superior does, said right after the title ("科长回复了", "主任刚说", "局长同意了"): no name follows the title
_SAYS = r"说|讲|回复|答复|回了|回我|让|要求|刚|已经|同意|批示|交代|签字"


def label(text: str, asked: str | None) -> str:
    """The message with contact talk turned into the form's labels; unchanged when it has none."""
    t = normalize(text)
    spaced = re.fullmatch(r"\s*(" + _NAME + r")\s+(" + _TITLE + r")\s+(" + _PHONE + r")\s*", t) \
        if asked in ("unit_head", "department_head", "filler") else None
    if spaced:                           # "张明 站长 13912345678": a name, a title and a phone, spaced like a business card
        t = text = f"{spaced.group(1)}{spaced.group(2)}，{spaced.group(3)}"
    if not _contact_talk(t, asked):
        return text
    t = _ECHO_PHONE.sub("", t)
    t = _TODAY.sub("填报日期今天", t)
    if _ME_FILLS.search(t):               # "我叫马丽娟，表是我填的" / "我是填表的，叫邓丽"
        name = _MY_NAME.search(_ME_FILLS.sub("", t))
        if name:
            t = _ME_FILLS.sub("", t)
            t = t[:name.start()] + "填报人" + name.group(1) + t[name.end():]
    head = _HEAD_LABEL.get(asked or "", "负责人")
    if asked in _HEAD_LABEL or re.match(r"\s*" + _ORG + "?" + _TITLE, t) or _titled(t):
        t = _head_labelled(t, head, named=asked not in _HEAD_LABEL)
    t = re.sub(r"(负责人)\s*(" + _NAME + r")\s*(?:" + _TITLE + r"|研究员|教授|工程师)?\s*[，,\s]*(?:电话|手机|座机)?\s*(?:是|：|:)?\s*(" + _PHONE + ")",
               r"\1\2，电话\3", t)
    t = re.sub(r"(" + _NAME + r")(?:负责)(?=[，,；;\s]|$)", r"\1", t)       # "何志军负责"
    same = _SAME_PERSON.search(t)
    if same:
        who = re.findall(r"(?:负责人)(" + _NAME + r")", t[:same.start()])
        if who:
            t = t[:same.start()] + "填报人" + who[-1] + t[same.end():]
    t = _FILLER_SAYS.sub(lambda m: "填报人" if _NAMED_AFTER.match(m.string[m.end():]) else "填报人我", t)   # "填报人写我": she, name to ask
    t = _DATED.sub(r"\1，填报日期\2", t)
    t = re.sub(r"(?:办公室|座机|单位)(电话)", r"\1", re.sub(r"(?<=\d)\s*(?=填报人|填报日期)", "，", t))
    # "电话138…，办公室电话0471-…": two phones side by side are one 联系电话 with both, not a correction of the first
    t = re.sub(r"((?:电话|手机)\s*(?:是|：|:)?\s*" + _PHONE + r")[，,；;、\s]*(?:电话|手机)\s*(?:是|：|:)?\s*(?=" + _PHONE + ")", r"\1、", t)
    return re.sub(r"(负责人|填报人)(?![是为：:\s]*(?:我|本人|自己))[：:\s]*(?=[\u4e00-\u9fa5]{2})(?!是|为|也|就|还|仍|的|名字|名称|姓名|电话|手机|不对|改|[说写打搞填弄记]错)", r"\1是", t)


# a clause that is a title and a name and nothing else: "…，主管县水利局，主任韩晓东"
_TITLED = re.compile(r"(?:^|[，,；;。\s])" + _ORG + "?" + _TITLE + r"\s*(?:是|叫|为|[：:])?\s*(?!什么|啥|谁|哪|多少|不|没|叫|是|为)"
                     r"(?P<name>" + _NAME + r")(?=[，,；;。！!\s]|$)")


_TITLE_THEN = re.compile(r"(?<![\u4e00-\u9fa5])(?:(?:是)?(?:分管的?)?" + _ORG + "?" + _TITLE + r"\s*(?:是|叫|为|[：:])?\s*)+"
                         r"(?=(?!什么|啥|谁|哪|多少|不|没|叫|是|为|" + _SAYS + r")(?P<who>" + _NAME + r"))")


def _head_labelled(t: str, head: str, named: bool) -> str:
    """The first title before a name made the head's label. Where no head is asked (the title only opens her
    message), what follows the title must be a person's name: "科长挂电话了，他说…" is what the 科长 did."""
    from .whom import _SURNAMES, _SURNAMES2, sounded
    for m in _TITLE_THEN.finditer(t):
        who = m.group("who")
        if named and not (who[:2] in _SURNAMES2 or who[0] in _SURNAMES or sounded(who)):
            continue
        return t[:m.start()] + head + t[m.end():]
    return t


def _titled(t: str) -> bool:
    """A clause that is a title and a person's name (it begins with a surname): "主任韩晓东", not "局长说了算"."""
    from .whom import _SURNAMES, _SURNAMES2
    return any(m.group("name")[:2] in _SURNAMES2 or m.group("name")[0] in _SURNAMES for m in _TITLED.finditer(t))


def _contact_talk(t: str, asked: str | None) -> bool:
    return asked in ("unit_head", "department_head", "filler", "unit_phone", "department_phone", "fill_date") \
        or bool(re.search(r"填报人|填表|" + _TITLE + r"\s*" + _NAME + r".{0,6}" + _PHONE, t)) or _titled(t)


__all__ = ["label"]
