"""Pasted blocks and bare lists, turned into labelled text before the acts are read. Pure.

    unblock("资金总额(万元)\t本年财政拨款\t上年结转\n560\t500\t60")
    # "资金总额(万元)：560；本年财政拨款：500；上年结转：60"
    unblock("序号\t支出内容\t金额（万元）\n1\t土建及装修\t336\n2\t设计监理\t28")
    # "土建及装修336万元；设计监理28万元"
    unlist("乡村道路养护 县交通局 县政府", "project_name")
    # "项目名称：乡村道路养护；项目单位：县交通局；主管部门：县政府"

A table is rows of cells (tabs, or two spaces and more); its first row is a header when its cells are
labels (the field lexicon, or the column words of a form's tables). Each data row becomes labelled
text for the fields its header names, so every value goes to the field its column names, never whole
into the asked one. A bare list ("项目名、实施单位、主管部门") fills the fields of the form in the
form's own order, from the asked one on, and only when every part reads as its field; otherwise the
list is not an answer to a name (``is_list``) and nothing is stored.
"""
from __future__ import annotations

import re

from ..textnum import normalize
from . import fields as F

_CELL = re.compile(r"\t|\s{2,}|\s*\|\s*")
_SEQ = ("rowno",)
# the column words of the form's own tables: budget items and indicators
_ITEM_NAME = re.compile(r"^(?:支出内容|支出项目|支出明细|明细(?:名称|项目)?|项目(?:内容|明细)?|名称|内容|用途|费用名称|费用项目|开支项目|科目名称)$")
_AMOUNT = re.compile(r"^(?:金额|预算金额|预算数|资金|经费|数额|小计|合计)?\s*[（(]?\s*(万元|元)?\s*[）)]?$")
_LEVEL1_CELL = re.compile(r"^(?:产出|效益|满意度|成本)指标$")
_ROWNO = re.compile(r"^(?:序号|编号|No\.?|#)$", re.I)
_IND_HEAD = re.compile(r"一级指标|二级指标|三级指标|指标名称|指标值")
# the form's order of its first, short fields: a bare list given to one of them continues in this order
ORDER = ("project_name", "unit", "department")
# the offices a unit answers to, and the units under them, by how their names end
ABOVE = re.compile(r"(?:局|委员会|委|厅|部|政府|办公室|办)$")
BELOW = re.compile(r"(?:站|中心|所|院|学校|校|队|馆|场|园|室|社|医院|卫生院)$")


# a chat thread pasted whole: "[张科长] 名字叫 …", "[我] 收到"; a system export's code: "[341006]县…中心"
_SPEAKER = re.compile(r"^\s*[\[【](?P<tag>[^\]】\n]{1,10})[\]】]\s*(?![：:])", re.M)   # "【张科长】：…" is her quoting: left as said
_ACK = re.compile(r"^(?:收到|好的?|好嘞|嗯+|哦+|ok|OK|明白|知道了|了解|行|可以|谢谢(?:领导|科长)?|[?？]*)[。！!～~]*$")


# what a chat app sends for what is not text: "[语音消息 0:23]", "[动画表情]", "【图片】"
PLACEHOLDER = re.compile(r"\s*(?:[\[【][^\[\]【】]{1,20}[\]】]\s*)+")


def unthread(text: str) -> str:
    """A chat thread without its speakers: each line keeps what was said, a line that only acknowledges
    ("[我] 收到", "[我] 👍") goes; a code in brackets before a name goes as well ("[341]县城市管理局").
    A message with no bracket at a line's start is returned as it is."""
    if "[" not in text and "【" not in text or PLACEHOLDER.fullmatch(text):
        return text                      # "[语音消息 0:23]" alone: no speaker, nothing said (acts.read: unclear)
    text = re.sub(r"[\[【]\d{2,12}[\]】]\s*(?=[\u4e00-\u9fa5])", "", text)    # "[341006]县…中心", "[30305]生活补助"
    lines = text.split("\n")
    out = []
    for line in lines:
        m = _SPEAKER.match(line)
        if not m:
            out.append(line)
            continue
        said = line[m.end():].strip()
        if not re.search(r"[\u4e00-\u9fa5A-Za-z0-9]", said) and len(lines) > 1 or _ACK.match(said) and len(lines) > 1:
            continue                     # "[我] 收到": no fact
        out.append(said)
    return "\n".join(out).strip()


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _CELL.split(line.strip()) if c.strip()]


def _label(cell: str) -> str | None:
    """The field a header cell names ("资金总额(万元)" → funding.total), or None."""
    c = re.sub(r"^(?:其中|含|包括)\s*[：:]?\s*", "", re.sub(r"[（(][^）)]*[）)]$", "", cell).strip())   # "其中：财政拨款"
    for word, paths in F._words():
        if c == word:
            return paths[0]
    from .extract import CARRY_LABEL, CURRENT_LABEL, OTHER_LABEL, TOTAL_LABEL
    for path, rx in (("funding.carryover", CARRY_LABEL), ("funding.other", OTHER_LABEL),
                     ("funding.current_year", CURRENT_LABEL), ("funding.total", TOTAL_LABEL)):
        if re.fullmatch(rx, c):
            return path
    return None


# an indicator's value pasted from a sheet in cells of its own: operator, number, unit
_CELLS = re.compile(r"\t\s*(≥|≤|>=|<=|=|>|<)\s*\t\s*(\d+(?:\.\d+)?)(?:\s*\t\s*(%|[\u4e00-\u9fa5]{1,4}))?(?=\s*(?:\t|\n|$))")


def glue_cells(t: str) -> str:
    """"地名导航准确率\t≥\t95\t%" → "地名导航准确率\t≥95%": one value, not three cells."""
    return _CELLS.sub(lambda m: "\t" + "".join(x or "" for x in m.groups()), t) if "\t" in t else t


# "必要性=待补", "填报人=许婷", "数量=安装取水计量设施126套": a label of the form (or an indicator category), then
# "=" — the way some write "label：value". A row's own "名称=数值" ("监理费=15") is no label and stays.
_EQ_LABEL = re.compile(r"(^|[；;\n])([ \t]*)([\u4e00-\u9fa5]{2,8})[ \t]*[=＝](?![=＝])[ \t]*")
_CATEGORY = re.compile(r"(?:数量|质量|时效|成本|社会效益|经济效益|生态效益|可持续影响|效益|满意度|服务对象满意度)(?:指标)?")


def equals_labels(text: str) -> str:
    """"label=value" as "label：value" when the label is a field's or an indicator category's; else as it was."""
    return _EQ_LABEL.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)}："
                         if _label(m.group(3)) or _CATEGORY.fullmatch(m.group(3)) else m.group(0), text)


# a markdown table ("| 明细 | 金额（万元） |\n|---|---|\n| 监理 | 10 |"), as a chat tool or a model writes one
_MD_SEP = re.compile(r"\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*")


def unmarkdown(text: str) -> str:
    """A markdown table, or rows copied from a page with ``|`` between cells ("项目名称 | 四好农村路 | ||||", runs of
    ``|`` from merged cells), as rows of tab-separated cells (a rule line dropped); any other text as it was."""
    lines = [ln.strip() for ln in text.strip().split("\n") if ln.strip()]
    if len(lines) >= 2 and all(ln.startswith("|") and ln.endswith("|") and len(ln) > 2 for ln in lines) \
            and any(_MD_SEP.fullmatch(ln) for ln in lines):
        return "\n".join("\t".join(c.strip() for c in ln[1:-1].split("|")) for ln in lines if not _MD_SEP.fullmatch(ln))
    rows = [ln for ln in lines if "|" in ln]
    if len(rows) >= 2 and all(len([c for c in re.split(r"\s*\|+\s*", ln) if c.strip()]) >= 2 for ln in rows):
        return "\n".join("\t".join(c.strip() for c in re.split(r"\s*\|+\s*", ln) if c.strip()) if "|" in ln else ln
                         for ln in lines if not _MD_SEP.fullmatch(ln))   # (her lines without cells stay as they are)
    return text


# a chat app's quoted reply: the message she answers (our own question) quoted above a rule of dashes, her answer below
_QUOTE_RULE = re.compile(r"\n[ \t]*(?:[-—－─][ \t]*){3,}\n")


def unquote(text: str) -> str:
    """Her answer without the quoted question above it ("「请问主管部门是哪个单位？」\n- - - -\n写县应急管理局");
    any other text as it was (a quote that is no question of ours stays: it may be what she pastes)."""
    parts = _QUOTE_RULE.split(text, maxsplit=1)
    if len(parts) != 2 or not parts[1].strip():
        return text
    quoted = parts[0].strip()
    if re.fullmatch(r"[「“\"『]?[^\n]{0,60}?[？?][」”\"』]?", quoted):
        return parts[1].strip()
    return text


_THIS_YEAR_COL = re.compile(r"^(?:今年|本年度?|当年|今年度)(?:的|数|金额)?$")
_LAST_YEAR_COL = re.compile(r"^(?:去年|上年度?|上一年|往年)(?:的|数|金额)?$")


def this_years_column(text: str) -> str:
    """A table pasted with last year's and this year's values side by side ("项目\t去年\t今年"): each row with this
    year's value only — "实施单位：…；资金总额（万元）：138" for the form's rows, "导览硬件 46；…" for budget lines (a row
    empty this year is left out); any other text as it was. What comes before the table stays, unless it only
    introduces it (ends with a colon)."""
    lines = text.split("\n")
    k = next((i for i, ln in enumerate(lines) if "\t" in ln), None)
    if k is None:
        return text
    head = [c.strip() for c in lines[k].split("\t")]
    col = [i for i, c in enumerate(head) if i and _THIS_YEAR_COL.match(c)]
    if len(col) != 1 or not any(_LAST_YEAR_COL.match(c) for c in head[1:]):
        return text
    rows = [[c.strip() for c in ln.split("\t")] for ln in lines[k + 1:] if ln.strip()]
    if not rows or any("\t" not in ln for ln in lines[k + 1:] if ln.strip()):
        return text
    kept = [(r[0], r[col[0]]) for r in rows if len(r) > col[0] and r[0] and r[col[0]]]
    labelled = sum(bool(_label(name)) for name, _ in kept) * 2 >= len(kept)
    body = "；".join(f"{name}：{v}" if labelled else f"{name} {v}" for name, v in kept)
    lead = "\n".join(lines[:k]).strip()
    if re.search(r"[：:]$", lead):
        lead = ""                        # "去年表我贴给你，今年的在右边一列：": what introduces the table, read
    return (lead + "\n" if lead else "") + body


# "这个项目叫…", "我们项目就叫做…": the project's name said as its own sentence — the label 项目名称 (never a question:
# "项目叫什么名字")
_CALLED = re.compile(r"(?P<lead>(?:哦|噢|对了|哦对了|那个|另外)?[，,\s]*)(?:这个|我们(?:这个|的)?|咱们?(?:这个|的)?|俺们?(?:这个|的)?|本)?"
                     r"(?:项目|专案)(?:就|应该|正式|全称)?(?:叫做?|名叫)(?![什啥哪])(?P<name>[\u4e00-\u9fa5“「《\"][^，,。；;！!？?\s]*[。！!]?)")


def called(text: str) -> str:
    """"这个项目叫X" said as the whole message, as "项目名称是X"; any other text (a run-on telling several things,
    whose clauses are read in their turn) as it was."""
    m = _CALLED.fullmatch(text.strip())
    return f"{m.group('lead')}项目名称是{m.group('name')}" if m else text


# a line that only introduces the table pasted under it ("财务的表来了，直接粘：", "报价单如下："): her words about it
PASTE_LEAD = r"[^：:\d\n\t]{0,24}?(?:粘|贴|复制|拷|发来|发过来|来了|如下|附上)[^：:\d\n\t]{0,8}[：:]"
_PASTE_LEAD = re.compile(PASTE_LEAD)
_TOTAL_CELL = re.compile(r"(?:合计|总计|共计|总额|合\s*计)$")


def unblock(text: str) -> str:
    """A pasted table as labelled text; any other text as it was."""
    text = this_years_column(equals_labels(called(unmarkdown(unquote(text)))))
    t = glue_cells(normalize(text))
    if t != normalize(text) and "\n" not in t.strip():
        return t                             # one indicator row: the rows reader reads it
    lines = [ln for ln in t.split("\n") if ln.strip()]
    if not any("\t" in ln or re.search(r"\S\s{2,}\S", ln) for ln in lines):
        return text
    if len(lines) > 2 and _PASTE_LEAD.fullmatch(lines[0].strip()) and "\t" in lines[1]:
        body = unblock("\n".join(lines[1:]))   # "财务的表来了，直接粘：⏎项目⏎金额（元）…": her words about the paste,
        return lines[0].strip() + "\n" + body if body != "\n".join(lines[1:]) else text   # then the table read
    rows = [_cells(ln) for ln in lines]
    if all(len(r) >= 3 and _LEVEL1_CELL.match(r[0]) and r[1].endswith("指标") for r in rows):
        return "\n".join("\t".join(r[1:]) for r in rows)   # "产出指标\t数量指标\t改造户数\t=150户": indicator rows
    if all(_label(r[0]) for r in rows):       # "单位负责人<tab>钟卫国<tab>联系电话<tab>0831-…": label, its values, …
        out = []
        for r in rows:
            for c in r:
                if _label(c) or not out:
                    out.append([c])
                else:
                    out[-1].append(c)
        # an indicator row's name and value stay two cells ("社会效益指标<tab>市民如厕便利度<tab>明显提升"): a comma
        # between them would read as two clauses, 「明显」 提升
        rows_of = all(g[0].endswith("指标") for g in out)     # indicator rows each with its category: one per line
        return ("\n" if rows_of else "；").join(_labelled(g[0], ("\t" if g[0].endswith("指标") else "，").join(g[1:]), "")
                                               for g in out if len(g) > 1)
    if len(lines) < 2:
        return text
    head = rows[0]
    if _IND_HEAD.search(lines[0]):
        return "\n".join("\t".join(r) for r in rows[1:])      # indicator rows: the rows reader reads them
    names = [i for i, c in enumerate(head) if _ITEM_NAME.match(c)]
    money = [i for i, c in enumerate(head) if re.search(r"金额|万元|预算数|数额", c) and _AMOUNT.match(c)]
    if names and money and len(rows) > 1:
        unit = "元" if re.search(r"[（(]\s*元", head[money[0]]) else "万元"
        out = []
        for r in rows[1:]:           # (the 合计 row may lack the cells after its amount: "合计⇥2,700,000")
            if (len(r) == len(head) or _TOTAL_CELL.match(r[names[0]] if len(r) > names[0] else "") and len(r) > money[0]) \
                    and re.fullmatch(r"-?\d+(?:\.\d+)?", r[money[0]].replace(",", "")):
                out.append(f"{r[names[0]]}{r[money[0]].replace(',', '')}{unit}")
        return "；".join(out) if out else text
    labels = [_label(c) for c in head]
    if sum(1 for x in labels if x) >= max(1, len(head) - 1) and all(len(r) == len(head) for r in rows[1:]):
        out = []
        unit = next((m.group(1) for h in head if (m := re.search(r"[（(]\s*(万元|元)\s*[）)]", h))), "")
        for r in rows[1:]:           # one unit in a header ("资金总额(万元)") is the table's unit
            out += [_labelled(h, v, unit) for h, v, x in zip(head, r, labels) if x and not _ROWNO.match(h)]
        return "；".join(out)
    return text


def _labelled(head: str, value: str, unit: str) -> str:
    """"资金总额(万元)", "560" → "资金总额：560万元": the table's unit goes with the number."""
    own = re.search(r"[（(]\s*(万元|元)\s*[）)]", head)
    label = re.sub(r"[（(][^）)]*[）)]$", "", head).strip()
    if (own or unit) and re.fullmatch(r"-?\d+(?:\.\d+)?", value.replace(",", "")):
        value = value.replace(",", "") + (own.group(1) if own else unit)
    return f"{label}：{value}"


def parts_of(text: str) -> list[str]:
    """The items of a bare list: slashes between spaces, lines, numbered items, tabs, wide spaces, 、 or a single
    space between names."""
    t = normalize(text).strip().strip("。；; ")
    t = re.sub(r"(?:^|\n)\s*(?:\d{1,2}|[一二三四五六七八九十])\s*[.、．)）]\s*", "\n", t)
    if re.search(r"\s[/／|]\s", t):     # "项目名 / 实施单位 / 主管部门": slashes between spaces ("元/人" has none)
        parts = re.split(r"\s*[/／|]\s*", t.strip())
    elif re.search(r"[\n\t]|\s{2,}", t.strip()):
        parts = re.split(r"\s*[\n\t]\s*|\s{2,}", t.strip())
    elif "、" in t or " " in t:         # a comma joins clauses of talk ("县水利局，全称是…"): not a list
        parts = re.split(r"\s*、\s*|\s+", t)
    else:
        return [t] if t else []
    return [p.strip("；;。，, ") for p in parts if p.strip("；;。，, ")]


def unlist(text: str, asked: str | None, read) -> str:
    """A bare list given to a field of ``ORDER`` as labelled text for those fields in order, when each
    part reads as its field (``read(path, part) -> bool``); the text as it was otherwise."""
    if asked not in ORDER or re.search(r"[：:]", text):
        return text
    parts = parts_of(text)
    paths = ORDER[ORDER.index(asked):]
    if not 2 <= len(parts) <= len(paths):
        return text
    if not all(read(p, v) for p, v in zip(paths, parts)):
        return text
    pairs = dict(zip(paths, parts))
    if "unit" in pairs and "department" in pairs and ABOVE.search(pairs["unit"]) and BELOW.search(pairs["department"]):
        return text                      # "县水利局、县农村供水管理站" asked of 项目单位: listed as a paper form prints them
        #                                  (主管部门 first), not in the order asked — which is which is asked, never guessed
    return "；".join(f"{F.label(p)}：{v}" for p, v in zip(paths, parts))



def is_list(text: str) -> bool:
    """Several items (lines, tabs, numbered, or 、-separated orgs and names): not one name."""
    t = normalize(text).strip()
    return bool(re.search(r"\n|\t", t.strip())) or len(parts_of(t)) >= 3


__all__ = ["unblock", "unlist", "parts_of", "is_list", "ORDER"]
