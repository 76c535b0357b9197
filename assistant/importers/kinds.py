"""What a cell's text is (a number, a phone, a person, a unit, a level word …) and whether it can be
the value of a field or sit in a table column. Pure functions; the word lists are in labels.py.

Two questions are answered here, on every import path:
- ``fits(kind, text)``: can this text be the value of a field of that kind? A phone is never an
  amount, a date range never a phone, a person never a unit, a sign-off line never a department.
- ``cell_kind(text)``: what an indicator/budget table cell holds, for aligning a row whose cells
  lost their columns (text copied from a page, OCR) to the header's columns (align.py).
"""
from __future__ import annotations

import functools
import re

from ..textnum import normalize, parse_month, parse_period, unglue_run
from . import columns as C
from . import labels as L
from .fold_labels import PINYIN, as_lexicon

NUMBER = L.NUMBER_RE
PERSON = re.compile(r"[\u4e00-\u9fff]{2,4}")
PHONE = re.compile(r"(?:\+?86[-\s]?)?(?:\d[\d*＊\-－—\s]{5,}[\d*＊]|1\d{2}\*{4}\d{4})")
SENTENCE = re.compile(r"[，。；;！？]|^\s*(?:[（(]\s*\d{1,2}\s*[)）]|目标\s*\d|\d{1,2}[.、．](?!\d)|\d[.、．](?=(?:19|20)\d\d\s*年))")
UNIT_END = re.compile(rf"{L.UNIT_ENDINGS}$")
SIGN_OFF = re.compile(r"审核意见|审批意见|初审意见|公章|盖章|签字|签章|年\s*月\s*日$")
# a line that starts the signature part under a table (填表人：…, 编制日期：…, 注：…): the table has ended
SIGNATURE_LINE = re.compile(r"^(?:填表人|填报人|经办人|审核人|联系人|编制日期|填表日期|填报日期|单位负责人|部门负责人|"
                            r"财务负责人|项目负责人)|^注[:：]|^说明[:：]")
# the labels that come after a form's indicator or budget table (its signature part, or the next form's head)
END_KEYS = ("filler", "fill_date", "project_name", "unit", "filer_unit", "department", "goals.annual", "goals.long_term",
            "funding.total")
_AFTER_TABLE = re.compile(r"\s*(?:注|说明|备注|填表说明|填报说明)\s*[0-9一二三]?\s*[:：]|"
                          r"\s*其[他它](?:需要?)?说明的?(?:问题|事项|情况)\s*[:：]?\s*$")
_SIGNER = re.compile(r"\s*(?:填表人|填报人|经办人|单位负责人|部门负责人)|\s*审核[^:：]{0,6}[:：]")
_CHECKBOX = re.compile(r"[□☐☑■√✓✔]")


def ends_table(text: str) -> bool:
    """A cell that leaves a budget/indicator table, on every path (grid.extract's rows, fold's cells): a field
    label of the form's head or signature part, alone or with its value after a colon ('经办人及联系电话:王舜…',
    '上报时间: 2021年10月26日'), a signer, a note ('注:', '其他需说明的问题'), a sign-off or a row of boxes to tick."""
    t = text.strip()
    head = re.split(r"[:：]", t, maxsplit=1)[0] if re.search(r"[:：]", t) else ""
    if L.field_of(t) in END_KEYS or head and L.field_of(head) in END_KEYS:
        return True
    if _SIGNER.match(t) or _AFTER_TABLE.match(t):
        return True
    if SIGN_OFF.search(t) and len(t) <= 30 and not C.level_word(t):
        return True
    return len(_CHECKBOX.findall(t)) >= 2        # '优秀□ 良好□ 合格□': a form's row of boxes to tick, after its table


# label words a flattened text runs into a person's value ('电话13886893533邮编…' after 负责人): never a name
NOT_A_NAME = ("电话", "手机", "邮编", "邮箱", "传真", "地址", "单位", "部门", "项目", "名称", "姓名", "职务", "职称", "负责",
              "联系", "日期", "签字", "盖章", "填报", "填表", "审核")
# a source of the money named before its amount ('中央衔接推进乡村振兴补助资金(少数民族发展任务)50'): the amount is its value
FUND_NAME = re.compile(r"[\u4e00-\u9fff]{2,30}(?:资金|经费|补助|补贴)(?:[（(][\u4e00-\u9fff]{1,20}[)）])?\s*[:：]?\s*(?=\d)")
SCI = re.compile(r"-?\d+(?:\.\d+)?[eE][+-]?\d+")          # Excel's 1.17e+06 / 1.17E+06


def field_kind(key: str) -> str:
    """The kind of value a field key takes (keys of labels.FIELD_LABELS)."""
    if key.startswith("funding."):
        return "amount"
    if key.endswith("+phone") or key in ("unit_head", "department_head", "filler", "contact"):
        return "person"
    if key == "phone" or key.endswith("_phone"):
        return "phone"
    if key == "function_code":
        return "code"
    if key == "department_code":
        return "digits"
    if key.startswith("attribute"):
        return "attribute"
    if key in ("period", "start", "end", "fill_date"):
        return "date"
    if key.startswith("goals.") or key in ("overview", "basis", "necessity", "unit_functions"):
        return "long"
    if key == "year":
        return "year"
    if key in ("department", "unit", "filer_unit", "filer_department", "department+code", "unit+department"):
        return "org"
    return "name"  # project_name


def is_amount(text: str) -> bool:
    """One amount as written: '250万', '3,309,840.00', '1.17e+06', '223.2 万元' — never a phone or a code run.
    A note in brackets after it ('854万(其中…)') and the same amount printed twice ('854万854万') are allowed."""
    spaced = re.sub(r"[（(].*$", "", normalize(text)).strip()
    bare = spaced.replace(" ", "")
    if SCI.fullmatch(bare):
        return True
    twice = re.fullmatch(r"(.+?)\1", bare)
    if twice and NUMBER.search(twice.group(1)):
        bare = spaced = twice.group(1)
    if len(NUMBER.findall(spaced)) != 1:
        return False
    if "*" in bare or "＊" in bare or len(NUMBER.findall(bare)) != 1:
        return False
    m = re.fullmatch(rf"({NUMBER.pattern})(?:亿元|亿|万元|万|千元|元)?", bare)
    if not m:
        return False
    digits = m.group(1).replace(",", "").lstrip("-").split(".")[0]
    return not (len(digits) == 11 and digits.startswith("1") and "," not in m.group(1))   # a mobile number


def is_person(text: str) -> bool:
    """'黄丽', '张敏 0473-2760599', '郭铁梅18932106863': a name of 2–4 characters, a phone after it."""
    v = PINYIN.sub("", normalize(text))      # a mirror's pinyin after a character ('莊業(yè)強(qiáng)') is no part of the name
    name = re.split(r"[\s\d+（(,，、/]", v.strip(), maxsplit=1)[0]
    bare = v.replace(" ", "")
    if not PERSON.fullmatch(name) or UNIT_END.search(name) or SIGN_OFF.search(v) or name.startswith(NOT_A_NAME):
        return False
    return name == bare or bool(PHONE.search(v[len(name):]))


@functools.lru_cache(maxsize=16384)
def fits(kind: str, v: str) -> bool:
    """Whether ``v`` (one cell or printed line) can be a value of that kind."""
    bare = normalize(v).replace(" ", "")
    if not bare:
        return False
    if kind == "amount":   # one number: '20136500 0' is two cells of a row, not one amount
        return is_amount(v)
    if kind == "person":
        return is_person(v)
    if kind == "phone":
        return (bool(PHONE.fullmatch(bare)) and sum(c.isdigit() for c in bare) >= 7
                and parse_period(v)[0] is None and not re.search(r"[年月日至~～]", bare))
    if kind == "code":  # 2010308, 2010308 信访事务, 201 (类) — not a date, phone or amount with decimals
        return (bool(re.match(r"\d{3}(?:\d{2}){0,2}(?!\d)", bare)) and not re.match(r"(?:19|20)\d\d\D", bare)
                and "." not in bare and "*" not in bare and not re.match(r"\d+-\d", bare))
    if kind == "digits":
        return bool(re.fullmatch(r"\d{3,12}", bare))
    if kind == "attribute":
        return bool(L.parse_attribute(bare)) and len(bare) <= 16
    if kind == "date":
        return parse_period(v)[0] is not None or parse_month(v) is not None
    if kind == "long":
        return (len(bare) >= 20 or bool(SENTENCE.search(v))) and not SIGN_OFF.fullmatch(bare)
    if kind == "year":
        return bool(re.fullmatch(r"(?:19|20)\d\d年?(?:度)?", bare))
    if SIGN_OFF.search(bare) or PHONE.fullmatch(bare) or parse_period(v)[0] is not None \
            or not re.search(r"[\u4e00-\u9fff]", bare) or SENTENCE.search(v):
        return False
    if _MONEY_NOTE.fullmatch(bare):
        return False        # '金额单位:万元' — the table's note on its amounts, the cell after a stamp label
    if re.match(r"[及和与或之的]", bare) or re.search(r"(?:代码|编码|名称|电话|负责人)\d*$", bare):
        return False        # the rest of a wrapped label ('及渭南市信访局', '渭南市信访局代码'), not a value
    if kind == "org":   # a unit: not a person's name ('赵磊'), a name of 4+ characters or one ending like a unit
        return ((len(bare) >= 4 or bool(UNIT_END.search(bare))) and len(bare) <= 40 and not is_person(bare)
                and not re.search(r"[☑✓✔√■●▣□☐]", bare) and not L.parse_attribute(bare))
    # a project name: longer than a person's name ('马骏' waits for 项目联系人) unless it ends like a unit
    return 5 <= len(bare) <= 60 or (2 <= len(bare) and bool(UNIT_END.search(bare)))


_MONEY_NOTE = re.compile(r"(?:金额|资金|计量)?单位[:：]?(?:万元|元|千元|亿元)")


# the heads of a goal table's columns run together ('完成情况总体目标全年实际完成情况'): words of heads, no goal
_GOAL_HEADS = re.compile(r"(?:总体|整体|年度|全年|年初|当年|本年|中期|长期|中长期|实施期|实际|预期|设定|调整后?|绩效|目标|"
                         r"完成|情况|值|[（()）])+")


def fits_field(key: str, value: str) -> bool:
    """The check every reader's value goes through before it is put into a field (assemble.assign_field).

    Looser than ``fits`` where a table cell is unambiguous about its label (a short project name, a
    goal that is one short phrase), strict where a misread does harm (amounts, phones, dates, people)."""
    kind = field_kind(key)
    bare = normalize(value).replace(" ", "")
    if kind in ("long",):         # a label's last word cut off it ('项目年度绩效目标' / '情况') is no text of the form
        return bool(bare) and not L.LABEL_TAIL.fullmatch(bare) \
            and not (SIGN_OFF.search(bare) and len(bare) <= 30) and not L.field_of(bare) \
            and not L.is_section(bare) and not _other_label_first(key, bare) \
            and not (key.startswith("goals.") and _GOAL_HEADS.fullmatch(as_lexicon(bare))) \
            and not _MONEY_NOTE.match(bare)
    if kind in ("name", "org") and (_labelled(key, value) or _column_head(bare)):
        return False
    if kind == "name":
        return bool(bare) and not SIGN_OFF.search(bare) and not PHONE.fullmatch(bare) and not is_amount(bare)
    if kind == "org":
        # a code before the name ('411001 某县林业局'), never the year of a date ('2024年1月至…' under a swapped label)
        return fits("org", value) or (fits("org", L.split_name_code(value)[0]) and not fits("date", value))
    if kind == "person":
        return is_person(value) or (key.endswith("+phone") and fits("phone", value))
    if kind == "date":   # a date, or words around a year ('2024年上半年') — never a phone or an amount
        if key in ("start", "end", "period") and re.fullmatch(r"(?:19|20)\d\d(?:年度?)?", bare):
            return True      # a year alone: its first month, its last (assemble.assign_field)
        if key == "period" and (m := _YEAR_SPAN.fullmatch(bare)) and m.group(1) <= m.group(2):
            return True      # '2021-2023': years apart by a dash are a term, never a phone
        return fits("date", value) or (bool(re.search(r"(?:19|20)\d\d", bare)) and not PHONE.fullmatch(bare)
                                       and not is_amount(bare) and len(bare) <= 30)
    if kind == "amount":      # or 预算数 / 执行数 / 执行率 run together, the first of them (textnum.unglue_rate),
        m = FUND_NAME.match(bare)      # or the source named before its amount ('少数民族发展资金37万元')
        return is_amount(value) or unglue_run(value) is not None or bool(m) and is_amount(bare[m.end():])
    return fits(kind, value)


_YEAR_SPAN = re.compile(r"((?:19|20)\d\d)年?度?(?:-|—|–|~|～|至|到)((?:19|20)\d\d)年?度?")


_FUND_COLUMN = re.compile(C.FUND_COLUMN)      # a self-evaluation's funding columns ('全年预算数(A)', '执行率(B/A)')


def _column_head(bare: str) -> bool:
    """A table's column head or another field's label ('全年预算数', '实际完成值', '分值', '预期目标'), its letter mark
    aside ('(A)', '(B/A)'): no name of a project or a unit."""
    t = re.sub(r"[（(][A-Z](?:/[A-Z])?[)）]$", "", as_lexicon(bare))
    return bool(_FUND_COLUMN.fullmatch(t) or C.column_role(t) or L.ind_role(t) or L.field_of(t))


def _labelled(key: str, value: str) -> bool:
    """A name that opens with another field's label and a space or colon ('项目名称 某某经费' under 申报单位名称): that
    label's row, not this field's value."""
    m = re.match(r"\s*([^\s:：]{2,12})(?:\s+|\s*[:：])\S", normalize(value))
    other = L.field_of(m.group(1)) if m else None
    if other is None and (m := _UNKNOWN_LABEL.match(normalize(value))):
        return True       # '评价时间: 2017913日至…' under a blank 主管部门: — a cover's cell of a label the lexicon lacks
    return bool(other) and other.split("+")[0] != key


# a table's money note opening a cell ('单位:万元 2021年 2022年 88.3% …'): the head of a table of amounts, no paragraph
_MONEY_NOTE = re.compile(r"(?:金额)?单位[:：](?:人民币)?[万千]?元")


# a label the lexicon does not know, by its last word, with its colon ('评价时间:', '组织方式:'): a cell of its own
_UNKNOWN_LABEL = re.compile(r"\s*[\u4e00-\u9fff]{0,6}" + L.LABEL_TAIL.pattern + r"\s*[:：]")


def _other_label_first(key: str, bare: str) -> bool:
    """A text value that opens with another field's label and a colon ('项目概况:用于…' under 项目绩效目标(含项目概况、
    …)): the label above was a heading over labelled items, and this is the item's value, not its own."""
    m = re.match(r"([^:：]{2,12})[:：]", bare)
    other = L.field_of(m.group(1)) if m else None
    return bool(other) and other.split("+")[0] != key and not (other.startswith("goals.") and key.startswith("goals."))


# --- table cells ------------------------------------------------------------------------------
# '指标1:' numbering an indicator's name, '1、' a budget item's: the mark, then the name
_NAME_NUMBER = re.compile(r"指标\s*\d{1,2}\s*[:：]|\d{1,2}\s*[、．]|\d{1,2}\.(?!\d)")


@functools.lru_cache(maxsize=16384)
def cell_kind(text: str) -> str:
    """The kind of an indicator or budget table cell (see columns.CELL_FIT for where each kind may sit)."""
    t = normalize(text).strip()
    bare = re.sub(r"\s", "", t)
    if not bare:
        return "empty"
    if (m := _NAME_NUMBER.match(bare)) and m.end() < len(bare):
        rest = bare[m.end():]
        if re.search(r"[\u4e00-\u9fff]{2}", rest) and not re.search(r"\d", rest):
            return "text" if len(rest) > 8 else "short"     # '指标1:经费支出合规性', '1、办公费': a numbered name
    if C.DONE_CELL.fullmatch(bare):
        return "done"           # '达成预期指标': what a self-evaluation says was done, never a target
    level = C.level_word(bare)
    if level:
        return level
    if C.weak_level2(bare):
        return "L2w"
    if C.column_role(bare) or C.budget_role(bare) == "bname" and len(bare) <= 6:
        return "head"
    if L.op_of(bare) or C.POLARITY.fullmatch(bare):
        return "op"
    if L.TOTAL_ROW_RE.fullmatch(bare):
        return "total"
    if re.fullmatch(r"-?\d{1,3}(?:,\d{3})+\.\d\d|-?\d+\.\d\d", bare) and "," in bare or SCI.fullmatch(bare):
        return "money"          # 3,309,840.00 / 1.17e+06: an amount of money as a spreadsheet prints it
    if re.fullmatch(NUMBER.pattern, bare) or re.fullmatch(r"\d[\d.,]*", bare):
        return "num"            # (digits run together from two cells, '372.88504.55', are a number too)
    if C.STANDARD_CELL.fullmatch(bare) or C.SCORING_RULE.fullmatch(bare):
        return "std"
    if C.DESCRIPTION.match(bare):
        return "desc"
    if C.UNIT_WORD.fullmatch(bare):
        return "unit"
    if parse_period(t)[0] is not None and len(bare) <= 24:
        return "period"
    if C.VALUE_TEXT.fullmatch(bare):
        return "value"
    if len(bare) <= 8 and not re.search(r"\d", bare):
        return "short"
    if len(bare) <= 12 and re.search(r"\d", bare) and not re.search(r"[，,。；;]", bare):
        return "valueish"       # '次月10日前', '村组干部230人': a value or a short name with a number in it
    return "text"
