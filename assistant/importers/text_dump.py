"""Text a PDF-to-text tool printed from a ruled table, turned into rows of cells for grid.extract.

Such a text has lost its table: cells wrap over lines, columns are printed one after the other. What this
module knows is how to get label/value rows back out of it; placing them (kinds: a phone is never an amount,
a person never a unit; units; provenance; the warnings that name what was not placed) is the assembler's:
- the flattened text (wrapped lines joined, spaces next to Chinese removed) is cut at every known label, a
  label's value being the text up to the next label; a row of funding labels (资金来源: 总额 结转 本年 其他
  → 24.0 0 24) takes the numbers after it in order;
- a column of labels printed before its values is paired by kind (text_queue);
- a budget table printed one cell per line is folded into rows as any one-cell-per-line text is (fold); one
  printed a row per line with spaces, or as a name column and an amount column apart, is rebuilt when its
  rows line up (text_dump_tables); indicator tables, when their columns agree (text_columns, text_rows).
What cannot be placed is left empty; when an LLM is configured, the LLM engine can improve on this
(ImportResult.text).
"""
from __future__ import annotations

import re

from ..textnum import normalize, parse_month, parse_period, unglue_rate
from . import ImportResult
from . import labels as L
from .assemble import assign_field, build_form, to_wan
from .grid import Cell, State, Table, extract, headerless_row, unread_fields
from .kinds import SENTENCE, field_kind, is_amount, is_person
from .text_dump_tables import (BUDGET_HEADS, IND_HEADS, OP_LINE, budget, budget_columns, budget_grid, budget_rows,
                               indicators)
from .text_grid import label_hits, unbracket
from .text_queue import queued_pairs

_CJK = r"\u4e00-\u9fff，。、；：（）“”《》〔〕％"
SECTIONS = ["项目单位基本情况", "项目基本情况", "项目情况", "项目资金来源（万元）", "项目资金来源", "项目资金构成",
            "项目预算明细", "项目总体目标", "项目绩效指标", "项目实施进度计划", "专项实施进度计划", "实施进度计划"]
# a number as written, Excel's '1.17e+06' whole; never the digits of a code run into letters ('11341700MB1911893J')
# (a number followed by 分 is a score, by % a rate: never an amount — '得分(20分*执行率)')
_AMOUNT_TOKEN = re.compile(r"(?<![\d*＊.\-A-Za-z])-?\d++(?:\.\d++)?+(?:[eE][+\-]?\d++)?+(?![\d*＊\-A-Za-z]|\s*[分%％年月日])")
_GLUED = re.compile(r"(?<![\d.])\d[\d.]{3,}[%％]")     # digits and points up to a rate: amounts and a rate run together
# the number of a list item before the next label ('6.30 1、一般公共预算', '（三）其他'): an ordinal, never an amount
_LIST_MARK = re.compile(r"(?<![\d.])\d{1,2}\s*[、．](?=\s*(?:[\u4e00-\u9fff]|$))|[（(][一二三四五六七八九十\d]{1,2}[)）]"
                        r"|(?:(?<=[。；;])|^)\s*\d{1,2}\s*\.\s*$")      # '…资金等。2.' before the next item's label
_NEXT_ITEM = re.compile(r"(?:[（(]\s*\d{1,2}\s*[)）]|(?<![\d（(])\d{1,2}\s*[)）])\s*$")
_FUNDING = ("funding.total", "funding.carryover", "funding.current_year", "funding.other")
_ORG = re.compile(rf"^[\u4e00-\u9fff（）]{{2,24}}{L.UNIT_ENDINGS}$")


def read_dump(text: str, warnings: list[str]) -> ImportResult:
    text = parallel_goals(split_inline_labels(rejoin_wrapped_labels(text)))
    st = State(method="text-dump")
    flat = flatten(text)
    _signature_lines(st, text)
    queued_pairs(st, text, _money(flat))
    st.money = _money(flat)
    extract([Table(_labelled(flat, st.unsure, _row_starts(text), st.refused, _item_starts(text),
                             [flatten(x) for x in text.split("\n")]))], method="text-dump", st=st)
    _fallbacks(st, _WRAPPED_ORG.sub(_unwrap_org, text.replace("\r", "")), flat)
    _total_row(st, flat)
    budget_grid(st, text, _money(flat))    # a table printed one cell per line, when its rows line up
    if not st.items:
        budget_rows(st, text, _money(flat))     # a row per line, cells apart by spaces (as any text's rows)
    if not st.items:
        budget_columns(st, text, _money(flat))  # the name column and the amount column printed apart
    if not st.items:
        budget(st, flat)
    indicators(st, text)
    form = build_form(st)
    if st.items:
        st.how.setdefault("budget_items", "text-dump")
    if st.indicators:
        st.how.setdefault("indicators", "text-dump")
    return ImportResult(form=form, format="txt", provenance=st.provenance, unplaced=st.unplaced,
                        warnings=warnings + st.warnings, text=text, how=st.how, loose=True,
                        unread=sorted(set(unread_fields(st)) | ({"indicators"} if st.rows_unread else set())))

# an org name cell wrapped around the head label beside it: 宝鸡市学生资助管|项目单位负责人及|马骏|理中心|联系电话
# (line by line: org line 1, label line 1, head name, org line 2 [code], label line 2)
_WRAPPED_ORG = re.compile(r"(?m)^([\u4e00-\u9fff（）]{2,})\n((?:项目单位|主管部门|单位|部门)负责人及)\n"
                          r"([\u4e00-\u9fff]{2,4})([ \t]+[\d\-*]+)?\s*?([\u4e00-\u9fff（）]{1,12})([ \t]+\d{3,})?\n(?=联系电话)")


def _unwrap_org(m: re.Match) -> str:
    org = m.group(1) + m.group(5)
    if not _ORG.match(org):
        return m.group(0)
    code = f"{m.group(6).strip()}\n" if m.group(6) else ""
    return f"{org}\n{code}{m.group(2)}\n{m.group(3)}{m.group(4) or ''}\n"


# a funding grid's 合计 row and its first amount ('合 计 130.54 58.07 188.61 …'), before the indicator table
_TOTAL_ROW = re.compile(r"合计\s*[:：]?\s*(-?\d+(?:\.\d+)?)(?![\d.])")
_INDICATOR_TABLE = re.compile(r"[一二三]级指标|绩效指标")
_PARTS = ("funding.current_year", "funding.carryover", "funding.other")


def _total_row(st: State, flat: str) -> None:
    """A funding grid whose total is printed only as its 合计 row ('财政资金小计 130.54 … 2.单位其它收入 0 … 合 计 130.54
    …'): the 合计's first amount is the total when the parts read (当年财政拨款, 上年结转, 其他资金) add up to it — the
    pairing told by the sum, never by where the row stands. Only when no label gave the total (nor was refused one),
    and only a 合计 before the indicator table (a score table's 合计 is none)."""
    if st.fields.get("funding.total") is not None or "funding.total" in st.refused:
        return
    parts = [st.fields[k] for k in _PARTS if isinstance(st.fields.get(k), (int, float))]
    if not parts or (whole := round(sum(parts), 6)) <= 0:
        return
    end = m.start() if (m := _INDICATOR_TABLE.search(flat)) else len(flat)
    for m in _TOTAL_ROW.finditer(flat, 0, end):
        fits = [f for f in {1.0, st.money} if (a := to_wan(m.group(1), f)) is not None and abs(a - whole) < 0.005]
        if len(fits) == 1:
            assign_field(st, "funding.total", m.group(1), f"文本第{flat.count('。', 0, m.start()) + 1}句附近（合计行）", fits[0])
            return


def flatten(text: str) -> str:
    t = _WRAPPED_ORG.sub(_unwrap_org, text.replace("\r", "")).replace("\u3000", " ")
    t = re.sub(r"(?<=\d)\n+(?=\d)", " ", t)   # numbers on lines of their own stay apart: 2232000 / 223200
    t = re.sub(r"\n+", "", t)
    t = re.sub(rf"\s+(?=[{_CJK}])|(?<=[{_CJK}])\s+", "", t)
    t = re.sub(r"[ \t]+", " ", t)
    # a wrapped two-line label with the value caught in between: 负责人及|张敏 0473|联系电话|2760599
    return re.sub(r"负责人及([\u4e00-\u9fff]{2,4})\s*([\d\-*]*)联系电话\s*([\d\-*]+)", r"负责人及联系电话\1 \2\3", t)


def _stoppers() -> re.Pattern:
    literal = sorted(SECTIONS + BUDGET_HEADS + IND_HEADS + ["合计", "部门负责人(签字)", "部门负责人（签字）"], key=len, reverse=True)
    labels = [p for k, p in L.FIELD_LABELS if k not in ("year", "phone", "attribute?") and p != L.GOAL_CATCH_ALL]
    return re.compile("|".join(map(re.escape, literal)) + r"|负责人电话|" + "|".join(f"(?:{p})" for p in labels)
                      + r"|联系电话")     # 负责人电话 before the 负责人 of a head label it starts with


_STOP = None
# placeholder goal marks with nothing after them ('目标1：目标2：'); a bare number after the last one is
# a neighbouring table cell (a total), not a goal
_EMPTY_GOAL = re.compile(r"目标\s*\d+\s*[：:]\s*(?=目标\s*\d+\s*[：:]|$)")
# (a stray ')' the page left after a label — '年度预算资金总额): 1084.25' — is no part of the value either)
_ANNOT = re.compile(r"^\s*(?:小计|[（(](?:年月|年、月|万元|元|签字|盖章|签章)[)）]|[)）](?=\s*[：:]))?\s*[：:]?\s*")


# an amount under a label of its own inside a funding value ('…三、其他:3683.397万元'): not the label's amount
_OF_WHICH = re.compile(r"[（(]\s*其中[^）)]*[)）]")
_SUB_AMOUNT = re.compile(r"[\u4e00-\u9fff][:：]\s*-?\d+(?:\.\d+)?\s*(?:万?元)?")


def _row_starts(text: str) -> list[str]:
    """The flattened starts of the lines that are indicator rows by themselves (grid.headerless_row: level words, a
    name and a value, apart by spaces or tabs): a goal's text ends where such a row begins."""
    out = []
    for line in text.split("\n"):
        cells = [Cell(t, k, "") for k, t in enumerate(re.split(r"\s+", line.strip())) if t]
        if len(cells) >= 3 and headerless_row(cells):
            out.append(flatten(line))
    return out


# a numbered item on a line of its own: '2、项目实施地点:…', '4.资金数额:…', '三、资金来源：…' (a number, a label, a colon),
# or a numbered heading that is a label alone ('七、绩效目标', its value on the lines below; a mirror's pinyin may follow
# its characters: '三、资助標(biāo)準(zhǔn)')
_ITEM_LINE = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．]\s*([\u4e00-\u9fff（）()]{2,16}|(?:[\u4e00-\u9fff]\s*(?:[(（][a-z\u00e0-\u01dc]{1,6}[)）])?){2,16})\s*(?:[:：]|$)")


def _item_starts(text: str) -> list[str]:
    """The flattened starts ('2、项目实施地点:', '七、绩效目标') of the text's numbered items, each on a line of its own,
    when the text numbers at least two items so, one of them under a label of the lexicon (a list of labelled lines, as
    notices print a project); a heading numbered 一、二、… ends the item before it whatever its words."""
    out, known = [], False
    for line in text.split("\n"):
        m = _ITEM_LINE.match(normalize(line))
        if m and (m.group(0).rstrip().endswith((":", "：")) or L.field_of(m.group(1)) or not m.group(0)[:1].isdigit()):
            out.append(flatten(m.group(0)).strip())
            known = known or bool(L.field_of(m.group(1)))
    return out if len(out) >= 2 and known else []


def _labelled(flat: str, unsure: set[str] | None = None, row_starts: list[str] = (),
              refused: set[str] | None = None, item_starts: list[str] = (), lines: list[str] = ()) -> list[list[Cell]]:
    """[label, value] rows: the flattened text cut at its labels, a label's value being the text up to the next
    label or the next numbered item (``item_starts``: a line '2、项目实施地点:…' ends the item before it, whether the
    lexicon knows its label or not). Funding labels printed as a header row (资金总额 上年结转 本年 其他) take the
    numbers after the row in order; a value that is not of its field's kind is for the assembler to refuse."""
    global _STOP
    _STOP = _STOP or _stoppers()
    flat = unbracket(flat, lambda s: [(m.start(), m.end()) for m in _STOP.finditer(s)])
    hits = [m for m in _STOP.finditer(flat)]
    items, at = [], 0
    for item in item_starts:
        if (k := flat.find(item, at)) >= 0:
            items.append(k)
            at = k + len(item)
    rows: list[list[Cell]] = []
    pending: list[str] = []          # funding labels seen in a row without values (a header row)
    unsure = set() if unsure is None else unsure

    def pair(label: str, value: str, where: str) -> None:
        rows.append([Cell(label, 0, where), Cell(value, 1, where)])

    for i, m in enumerate(hits):
        raw = m.group(0)
        end = hits[i + 1].start() if i + 1 < len(hits) else len(flat)
        end = min([k for k in items if m.end() <= k < end] or [end])
        value = _ANNOT.sub("", flat[m.end():end]).strip()
        key = L.field_of(raw)
        if raw in BUDGET_HEADS and not (key == "period" and _YEAR.fullmatch(value)):
            key = None               # a budget table's column ('起止时间' over the items), unless a year alone follows it
        if key is not None and (longer := _longer_label(raw, value, key)):   # 实施期 + 目标 → 实施期目标
            key, value, raw = longer
            value = _ANNOT.sub("", value).strip()      # '实施部门' + '及责任人' + ':畜牧局 …': the colon is the label's
        where = f"文本第{flat.count('。', 0, m.start()) + 1}句附近"
        if key is None:
            continue
        if key in _FUNDING:
            value = _LIST_MARK.sub("", value).strip()
            # '194.9194.9100%': 预算数 / 执行数 / 执行率 run together, cut where the rate is the share (textnum.unglue_rate);
            # a run no cut explains holds no amount that can be told (its field unread, never some of its digits)
            if (glued := _GLUED.search(value)) and not unglue_rate(glued.group(0)) and refused is not None:
                refused.add(key)
            value = _GLUED.sub(lambda g: " ".join(unglue_rate(g.group(0)) or ["（数字连写）"]), value)
            nums = [n for n in _AMOUNT_TOKEN.findall(value) if is_amount(n)]     # never the digits of a phone
            if _worded(value):
                nums = []            # '财政资金> 部门项目索引号: …' (a page's breadcrumb): the label's own cell is not there
            if not value:
                pending.append(raw)
                continue
            if not nums and not pending and parse_period(value)[0]:
                pair(raw, value, where)   # a date under a money label (two labels' values swapped): said, never placed
                continue
            if pending and len(nums) > 1:
                for label, n in zip(pending + [raw], nums):
                    pair(label, n, where)
                pending = []
                continue
            if pending and nums and not _only_number(value):
                pending.append(raw)
                continue
            if pending and len(nums) < len(pending) + 1 and len({L.field_of(x) for x in pending + [raw]}) > 1:
                # labels of different fields in a row with fewer amounts after them than labels ('上年结转资金 当年财政拨款
                # 100万'): which label was left blank is not told — none is paired (an amount in the wrong field is worse
                # than none; the text's other readings may still place them); labels of one field ('…资金合计
                # 年度预算资金总额): 1084.25') share the amount
                if refused is not None:      # (unread, unless another reading of the text places them)
                    refused.update(L.field_of(x) for x in pending + [raw])
                pending = []
                continue
            for label, n in zip(pending + [raw], nums):
                pair(label, n, where)
            # '(其中:上级财政资金:6923万元;本级:0万元)' breaks the amount down, inside the brackets or up to their end
            rest = re.sub(r"^[^（(]*[)）]", "", _OF_WHICH.sub("", value))
            if len(_AMOUNT_TOKEN.findall(rest)) > len(pending) + 1 and _SUB_AMOUNT.search(rest):
                unsure.add(key)      # '自有资金:0万元 三、其他:3683万元': an amount under a label the lexicon lacks
            pending = []
            continue
        if L.HEADING_REST.match(value):
            continue                 # '(二)项目绩效目标设立情况。': a report's heading the label is a word of, not the label
        if _IN_SENTENCE.match(value):
            continue                 # '…充分发挥部门职能,进一步…', '…部门职能等内容': a word of a sentence, not a label
        # a numbered item's label ('1)项目概述。…') ends at its stop, and the next item's number ('…活力。2)') is not
        # the value's: '。…2)' becomes '…'
        value = _NEXT_ITEM.sub("", re.sub(r"^[。.．]\s*", "", value)).strip()
        if field_kind(key) != "long":
            value = value.rstrip("。")
        if key.startswith("goals.") and not value and i + 1 < len(hits) \
                and (L.field_of(hits[i + 1].group(0)) or "").startswith("goals."):
            unsure.add(key)         # '长期目标年度目标A,B': both goals printed after both labels, run together
            nxt = hits[i + 1].group(0)
            if refused is not None and L.field_of(nxt) != key and any(len(x.split(raw + nxt, 1)[-1].strip()) >= 2
                                                                     for x in lines if raw + nxt in x):
                # — on one line: where one ends is not told, neither is read (labels a cell a line, one goal line
                # after them: the last label's, as the template prints an empty cell as nothing)
                refused.add(L.field_of(nxt))
        if key.startswith("goals."):
            # a form's title and its own goal label inside the value ('…绩效目标表绩效目标保障…'): the goal is after them;
            # it ends at the indicator table's words or where the copy lost characters ('???')
            value = _TITLED_GOAL.split(value)[-1]
            value = value[:min([value.find(r) for r in row_starts if r in value] or [len(value)])]
            value = re.sub(r"^[（(][^）)]*\d{4}[^）)]*[)）]", "", re.split(r"一级指标|二级指标|三级指标|绩效指标(?=分类|名称|描述)|[?？]{2,}", value)[0])
            value = _EMPTY_GOAL.sub("", re.sub(r"(?<=[：:])\s*-?\d+(?:\.\d+)?\s*$", "", value))
        if key == "period" and parse_period(value)[0] is None and not _YEAR.fullmatch(value):
            if is_amount(value) or _ORG.match(value.strip()) or is_person(value):
                pair(raw, value, where)   # another field's value under the period's label (swapped): said, not placed
            continue
        if key in ("start", "end") and not _YEAR.fullmatch(value) and (parse_month(value) is None
                                                                        or not re.match(r"\s*(?:19|20)\d\d", value)):
            continue
        if key == "function_code" and not re.search(r"(?<!\d)\d{7}(?!\d)", value):
            continue
        pair(raw, value, where)
    return rows


# what follows a label word inside a sentence: a comma, an enumeration mark, '等' / '的' (never a cell's value)
_IN_SENTENCE = re.compile(r"[，,、；;]|等|的")


_FILLER_LINE = re.compile(r"(?:填报人|填表人|经办人)(?:（签字）|\(签字\))?\s*[:：]\s*([\u4e00-\u9fff]{2,4})(?=\s|$)")


def _signature_lines(st: State, text: str) -> None:
    """'填报人：赵磊' on a line of its own (or beside other signature cells): the name ends with the line,
    where the flattened text would run on into whatever is printed next."""
    for line in text.replace("\r", "").split("\n"):
        if m := _FILLER_LINE.search(normalize(line)):
            _place(st, [("filler", m.group(1), "文本（签字行）")])
            return


def _longer_label(raw: str, value: str, key: str) -> tuple[str, str, str] | None:
    """The regex took the first label that matched ('实施期', a period) where the text goes on into a
    longer one ('实施期目标'): the longer label's key, the rest of the value and the label, or None."""
    for n in range(min(4, len(value)), 0, -1):
        other = L.field_of(raw + value[:n])
        if other and other != key:
            return other, value[n:].strip(), raw + value[:n]
    return None


_YEAR = re.compile(r"\s*(?:19|20)\d\d\s*(?:年度?)?\s*")     # '起止时间 2021(年度)': that year


# what may stand between a funding label and its amount besides words: notes in brackets, the unit
_BEFORE_AMOUNT = re.compile(r"[（(][^）)]*[)）]|人民币|万元|元|单位")


def _worded(value: str) -> bool:
    """More than the rest of a label or a verb ('及构成总额10606万元', '安排77300万元') stands between a funding label
    and the first amount of its value — another label with its colon ('> 部门项目索引号: …'), or words of more
    than eight characters: the amount is some other cell's, not the label's."""
    first = _AMOUNT_TOKEN.search(value)
    if not first:
        return False
    before = value[:first.start()]
    words = re.sub(r"[^\u4e00-\u9fff]", "", _BEFORE_AMOUNT.sub("", before))
    return len(words) > 8 or bool(re.search(r"[\u4e00-\u9fff]{2}\s*[:：]", re.sub(r"[（(][^）)]*[)）]", "", before)))


_TITLED_GOAL = re.compile(r"表\s*(?:[（(][^）)]{0,12}[)）])?\s*(?:项目)?(?:年度)?(?:绩效)?目标\s*[:：]?")


def _only_number(value: str) -> bool:
    return bool(re.fullmatch(r"\s*-?\d+(?:\.\d+)?\s*(?:其中\s*[:：]?\s*)?", value))    # ('1084.25其中:': its breakdown next)


def _money(flat: str) -> float:
    return 1e-4 if re.search(r"资金来源（元）|单位[：:为]\s*元(?!/)|金额（元）|资金（元）", flat) else 1.0


_FRAGMENT_GAP = 5   # lines between a wrapped label's first line and its rest (the other cells' first lines)


# a goal column's head with the period it covers ('中期目标(2024年—2026年)'): the label and its note
_PERIOD_NOTE = re.compile(r"\s*[（(][^（()）]{0,24}[)）]")
PARALLEL_GOAL_MIN = 15        # characters a goal's paragraph holds at least (a sentence, not a cell's word)


def parallel_goals(text: str) -> str:
    """Two goal columns side by side ('中期目标(2024年—2026年) 年度目标' on one line), each goal printed as one paragraph
    a line under them: the first paragraph is the first column's, the second the second's — the second label is put
    before its paragraph, so that the flattened text holds each label before its own goal (flattened as printed, both
    paragraphs would follow the second label). Only when the line holds the two labels of two goal fields and nothing
    else (a period note in brackets after one), and exactly two lines of sentences follow — up to the text's end or a
    line that is a label, a section or a table's head; a goal wrapped over more lines cannot be told apart: left as is."""
    lines = text.replace("\r", "").split("\n")
    for i, line in enumerate(lines):
        s = line.strip()
        hits = label_hits(s)
        keys = [L.field_of(s[a:b]) or "" for a, b in hits]
        if len(hits) != 2 or not all(k.startswith("goals.") for k in keys) or keys[0] == keys[1]:
            continue
        rest, at = [], 0
        for a, b in hits:
            rest.append(s[at:a])
            at = b
        rest.append(s[at:])
        if any(x.strip() and not _PERIOD_NOTE.fullmatch(x.strip()) for x in rest):
            continue
        body = [j for j in range(i + 1, len(lines)) if lines[j].strip()]
        stop = next((k for k, j in enumerate(body) if label_hits(lines[j].strip()[:12])
                     and label_hits(lines[j].strip()[:12])[0][0] == 0 or L.is_section(lines[j].strip())), len(body))
        paras = body[:stop]
        if len(paras) != 2 or not all(len(lines[j].strip()) >= PARALLEL_GOAL_MIN and SENTENCE.search(lines[j])
                                      for j in paras):
            continue
        second = hits[1]
        lines[i] = s[:second[0]].rstrip()
        lines[paras[1]] = s[second[0]:].strip() + " " + lines[paras[1]].strip()
    return "\n".join(lines)


def split_inline_labels(text: str) -> str:
    """A value and the next cell's label printed on one line with nothing between them, as some PDF extractors
    do ('县动物卫生监督所资金总额(万元)50', '重大动物疫病防控专项属性延续专项√新增专项□'): the label is put on a line
    of its own, between the two values. Only after a name of four or more characters that is not a sentence."""
    out = []
    for line in text.replace("\r", "").split("\n"):
        s = line.strip()
        cuts = [(a, b) for a, b in label_hits(s) if a >= 4 and L.field_of(s[a:b]) not in (None, "phone", "year")]
        if cuts and not re.search(r"[，。；;,]", s[:cuts[0][0]]) and re.fullmatch(r"[\u4e00-\u9fff（）()]{4,}", s[:cuts[0][0]]):
            a, b = cuts[0]
            out += [s[:a], s[a:b], s[b:]] if s[b:].strip() else [s[:a], s[a:b]]
        else:
            out.append(line)
    return "\n".join(out)


def rejoin_wrapped_labels(text: str) -> str:
    """Labels wrapped in their cell, put back on one line.

    pdftotext prints a table row as the first line of every cell, then the second lines: '主管部门及' /
    '渭南市信访局 410001' / '实施单位' / '渭南市信访局' / '代码'. A short line (≤ 4 characters, no number, not a
    label itself) that completes a label or section heading begun on one of the few lines before it is
    joined to that line: '主管部门及代码'. A label is never completed from further away than that."""
    lines = text.replace("\r", "").split("\n")
    keep = [True] * len(lines)
    for j, rest in enumerate(lines):
        rest = rest.strip()
        if _ORG_TAIL.fullmatch(rest) and not L.field_of(rest):
            _rejoin_org(lines, keep, j, rest)
            continue
        if not rest or len(rest) > 4 or re.search(r"\d", rest) or L.field_of(rest) or OP_LINE.match(rest):
            continue
        for i in range(j - 1, max(-1, j - 1 - _FRAGMENT_GAP), -1):
            head = lines[i].strip()
            if not keep[i] or not head or len(head) > 10:
                continue
            joined, before, after = head + rest, L.field_of(head), L.field_of(head + rest)
            if (after and after != before) or (not after and not before and L.is_section(joined)
                                               and not L.is_section(head)):
                lines[i] = joined
                keep[j] = False
                break
    return "\n".join(x for x, k in zip(lines, keep) if k)


_ORG_TAIL = re.compile(r"[\u4e00-\u9fff]{0,4}(?:局|中心|委员会|院|所|站|办公室|馆|队|处)")   # the rest of a wrapped unit name
_WHOLE_ORG = re.compile(r"[\u4e00-\u9fff]{1,2}[省市县区州盟旗镇乡][\u4e00-\u9fff]{2,}")   # 某县林业局: a place, then the unit


def _rejoin_org(lines: list[str], keep: list[bool], j: int, rest: str) -> None:
    """'乌兰察布市交通运' / '项目执行单位' / '输局': a unit name wrapped in its cell, the next cell's label
    printed between its lines. Joined when the line above (up to 3 lines up, no label, no digit) and
    this rest make a unit name and the line above is not one already — and the rest is no unit's whole name itself,
    a place then the unit ('城区古树名木养护' / '主管部门' / '某县林业局': a project's name and a department, never
    one unit name under both labels)."""
    if _WHOLE_ORG.fullmatch(rest):
        return
    for i in range(j - 1, max(-1, j - 4), -1):
        head = lines[i].strip()
        if not keep[i] or not head or L.field_of(head) or re.search(r"\d", head):
            continue
        if 4 <= len(head) <= 20 and not _ORG.match(head) and _ORG.match(head + rest):
            lines[i] = head + rest
            keep[j] = False
        return


def _fallbacks(st: State, text: str, flat: str) -> None:
    """Fields no label placed, found by what they are: a 7-digit 2xxxxxx function code, a ticked 新增/延续, a period,
    the unit names printed first (主管部门, then 实施单位). Placed by the assembler as [label, value] rows."""
    f = st.fields
    found: list[tuple[str, str, str]] = []
    lines = [normalize(x).strip() for x in text.splitlines() if x.strip()]
    if "function_code" not in f and (m := _function_code(flat)):
        found.append(("function_code", m, "文本"))
    if "attribute" not in f:
        near = re.search(r"(?:项目属性|项目性质|项目类别)\s*[:：]?\s*([☑✓✔√■●▣□\s]*(?:新增|延续)(?:[☑✓✔√■●▣□\s]*(?:新增|延续))?"
                         r"[\s□]*)", flat)   # the label's own words, checkboxes included
        words = [x for x in lines if x in ("新增", "延续")]
        if near and L.parse_attribute(near.group(1)):
            found.append(("attribute", near.group(1), "文本"))
        elif words:
            found.append(("attribute", words[0], "文本"))
    if "start" not in f:
        m = re.search(r"(?:19|20)\d\d[-.]\d{1,2}\s*[~～至]\s*(?:19|20)\d\d[-.]?\d{1,2}", flat)
        if m:
            s, e = parse_period(m.group(0))
            found.append(("start", s or "", "文本"))
            found.append(("end", e or "", "文本"))
    orgs = [(i, x) for i, x in enumerate(lines) if _ORG.match(x) and not _STOP.search(x)]
    # only a form that has the label: a notice's or report's first unit is the office that published it, no 主管部门
    named = {(L.field_of(flat[a:b]) or "").split("+")[0] for a, b in label_hits(flat)}
    if "department" not in named:
        orgs = []
    if "department" not in f and orgs:
        i, org = orgs[0]
        found.append(("department", org, "文本"))
        if "department_code" not in f and i + 1 < len(lines) and re.fullmatch(r"\d{3,}", lines[i + 1]):
            found.append(("department_code", lines[i + 1], "文本"))
    if "unit" not in f and len(orgs) > 1 and "unit" in named:
        found.append(("unit", orgs[1][1], "文本"))
    _place(st, found)


def _place(st: State, found: list[tuple[str, str, str]]) -> None:
    """Values found for fields without their label beside them, as [label, value] rows for grid.extract."""
    rows = [[Cell(L.LABEL_NAMES[k], 0, where), Cell(v, 1, where)] for k, v, where in found if v]
    extract([Table(rows)], method="text-dump", st=st)


def _function_code(flat: str) -> str | None:
    """The first 7-digit 2xxxxxx after the 功能科目 label (or anywhere when no label) that is not a
    phone number's tail (right after 联系电话 or joined to other digits)."""
    label = re.search(r"功能(?:分类)?科目", flat)
    for start in dict.fromkeys([label.end() if label else 0, 0]):
        for m in _CODE.finditer(flat, start):
            if not re.search(r"联系电话\s*$", flat[max(0, m.start() - 6):m.start()]):
                return m.group(0)
    return None


_CODE = re.compile(r"(?<![\d\-*])2\d{6}(?![\d*])")

