"""Plain text (a .txt, pasted text, the text of a page or a PDF): which reading it gets.

text_grid decides how the text holds its table: a row per line (separators) or a cell per line / cells
run together — both become grid cells for grid.extract, the one assembler of every format — or the text a
PDF-to-text tool printed from a ruled table (wrapped cells, columns one after the other), which
text_dump reads. Every path here is loose (ImportResult.loose): its fields are listed 请核对 in a review.
"""
from __future__ import annotations

import re

from . import ImportResult, register
from . import columns as C
from . import labels as L
from .fold import fold
from .fold_labels import _plain, _t2s, fold_labels
from .grid import Cell, State, Table, extract, unread_fields
from .tables import indicator_header
from .json_reader import decode_text
from .limits import MAX_LINE_CHARS, MAX_TEXT_CHARS
from .text_dump import read_dump
from .text_grid import bar_led_rows, layout, pieces_of, rows_of, transposed_rows, unframe
from .prose_fields import prose_pairs, quoted_projects
from .text_prose import prose_rows


@register("txt")
def read_text(data: bytes, name: str, shape: str | None = None) -> ImportResult:
    """``shape`` forces a reading ('dump' for the text of a PDF page, whose cells wrap onto lines)."""
    text = fold_labels(decode_text(data, name))      # 繁体 labels and a mirror's pinyin: the lexicon's labels
    warnings = []
    if len(text) > MAX_TEXT_CHARS:
        warnings.append(f"文本过长（{len(text):,} 字），只读取了前 {MAX_TEXT_CHARS:,} 字。")
        text = text[:MAX_TEXT_CHARS]
    if long := [line for line in text.split("\n") if len(line) > MAX_LINE_CHARS]:   # reading time grows with a line
        warnings.append(f"文本中有 {len(long)} 行过长（最长 {max(map(len, long)):,} 字），每行只读取了前 {MAX_LINE_CHARS:,} 字。")
        text = "\n".join(line[:MAX_LINE_CHARS] for line in text.split("\n"))
    text, joined = bar_led_rows(unframe(text))      # a table printed one cell a line after '|' marks: a row a line
    text, before = attached_form(text)
    if before:
        warnings.append(f"文本前 {before} 行是报告或通知的正文，申报表从其后的附件读起（正文中的金额、目标不作为表中内容）。")
    shape = shape or ("rows" if joined >= BAR_LED_ROWS else layout(text))
    if shape == "rows":
        rows = [[Cell(p.text, k, p.where, cut=p.cut) for k, p in enumerate(r)] for r in rows_of(text)]
        rows, more = first_form_rows(rows)
        form, st = extract([Table(rows, loose=True)], method="text-rows")
        if more:
            st.warnings.append(more)
        extra_unread = ["indicators"] if st.rows_unread else []     # rows of the table left out: not missing
    elif shape == "cells":
        blocks, notes, unread = fold(pieces_of(text))
        # labels whose values are in the text but could not be paired: unread, not missing, and not guessed later
        form, st = extract(blocks, method="text-cells", st=State(refused=unread - {"indicators"}))
        extra_unread = ["indicators"] if "indicators" in unread else []
        warnings += notes
    else:
        return _evaluation_date(_unstated_yuan(_goal_alone(_with_prose_fields(_with_prose(_report_dump(read_dump(text, warnings), text), text), text), text), text), text)
    return _evaluation_date(_unstated_yuan(_goal_alone(_with_prose_fields(_with_prose(_with_coded_rows(ImportResult(form=form, format="txt", provenance=st.provenance, unplaced=st.unplaced,
                                    warnings=warnings + st.warnings, text=text, how=st.how, loose=True,
                                    unread=unread_fields(st) + extra_unread,
                                    hints_only=bool(st.hint_rows) and not form.indicators and not extra_unread), text), text), text), text), text), text)


# a department table's head over its rows of units and their 专项 or projects ('单位代码 | 单位(专项)名称 | 资金总额 | …',
# '单位编码 | 单位名称(项目类别/支出项目) | 年度预算安排 | …'), its cells run together, a space apart or one a paragraph
_CODED_HEAD = re.compile(r"单位(?:代码|编码)单位(?:[（(][^）)]{0,12}[)）])?名称(?:[（(][^）)]{0,16}[)）])?"
                         r"(?:资金总额|年度预算安排|预算(?:金额|数))")
# one row of it on a line: the code, the name, the amount ('505006州某特殊教育学校30.00', '  505006  学生伙食费30.00')
_CODED_ROW = re.compile(r"\s*(\d{3,12})\s*([^\d\s:：，,。;；【】]{2,40}?)\s*(\d+(?:\.\d+)?)\s*")
_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?")           # a code before a name, an amount after one
_ROW_NAME = re.compile(r"[^:：，,。;；【】\s]{2,40}")    # a unit's, a category's or a project's name (no sentence)
_CATEGORY = re.compile(r"\S{1,10}类")                 # a row grouping projects ('其他运转类', '特定目标类')
_UNIT_NAME = re.compile(rf"{L.UNIT_ENDINGS}$")
_MONEY_NOTE = re.compile(r"(?:金额)?单位\s*[:：]\s*(?:人民币)?\s*([万千]?元)")
CODED_HEAD_LINES = 8          # lines a head printed one cell a paragraph may take (and lines above it its money note)


def coded_rows(text: str) -> tuple[list[tuple[int, str | None, str, str]], str | None]:
    """The rows (line, code or None, name, amount) under a department table's head (_CODED_HEAD), up to the first line
    that is none of theirs (a project's content, the indicator table, the next heading), and the money unit the head's
    lines state ('金额单位:万元'; None when none is stated)."""
    lines = text.split("\n")
    head = next((n for n in range(len(lines)) if lines[n].strip() and (m := _CODED_HEAD.search(
        "".join(re.sub(r"\s", "", x) for x in lines[n:n + CODED_HEAD_LINES]))) and m.start() < len(re.sub(r"\s", "", lines[n]))), None)
    if head is None:
        return [], None
    money = next((m.group(1) for x in lines[max(0, head - 2):head + 1] if (m := _MONEY_NOTE.search(x))), None)
    rows: list[tuple[int, str | None, str, str]] = []
    code = name = None
    skipped = 0
    for n in range(head + 1, len(lines)):
        s = lines[n].strip()
        if not s:
            continue
        if m := _CODED_ROW.fullmatch(s):
            rows.append((n + 1, m.group(1), m.group(2), m.group(3)))
            code = name = None
        elif _BARE_NUMBER.fullmatch(s):
            if name is not None:
                rows.append((n + 1, code, name, s))
                code = name = None
            elif code is None:
                code = s
            else:
                break                     # two numbers with no name between: no row of this table
        elif _ROW_NAME.fullmatch(s) and not (rows and name is not None):
            name = s                      # (before the first row: a head's cell left with no amount is replaced)
        elif rows or skipped >= CODED_HEAD_LINES:
            break
        else:
            skipped += 1                  # the head's other lines (the indicator table's heads under it)
            code = name = None
    return rows, money


def _names_as_goals(result: ImportResult, names: set[str]) -> None:
    """A goal read that is only the name in a row of the department table (its head's 绩效目标 column paired with the
    department's row under it): no goal — taken out, with a warning."""
    for part in ("long_term", "annual"):
        goals = getattr(result.form.goals, part)
        if goals and all(re.sub(r"\s", "", g) in names for g in goals):
            setattr(result.form.goals, part, [])
            result.provenance.pop(f"goals.{part}", None)
            result.how.pop(f"goals.{part}", None)
            result.warnings.append(f"“{goals[0]}”是部门表中单位或项目的名称，不是目标，未作为目标导入。")


def _with_coded_rows(result: ImportResult, text: str) -> ImportResult:
    """A department's table of its units and their 专项 or projects (coded_rows): a row with no code whose name ends as a
    unit's does, above the coded rows, is the department; the coded row whose name is a unit's gives the unit; the one
    project row with the unit's code gives the project, and its amount the total when the head states the money unit —
    read as label and value by grid.extract, into fields the reader left empty. Category rows (其他运转类) are no
    field. Two projects (or units) in a row under the head: whose form it is cannot be told — nothing is read."""
    rows, money = coded_rows(_t2s(text))
    _names_as_goals(result, {r[2] for r in rows})
    units = [r for r in rows if r[1] is not None and _UNIT_NAME.search(r[2])]
    items = [r for r in rows if r[1] is not None and not _UNIT_NAME.search(r[2])]
    heads = [r for r in rows[:1] if r[1] is None and _UNIT_NAME.search(r[2])]
    if len({u[2] for u in units}) != 1 or len(items) != 1 or items[0][1] != units[0][1] \
            or any(r[1] is None and not _CATEGORY.fullmatch(r[2]) for r in rows[len(heads):]):
        return result
    (un, _, unit, _), (pn, _, project, amount) = units[0], items[0]
    pairs = [("主管部门", r[2], r[0]) for r in heads] + [("实施单位", unit, un), ("项目名称", project, pn)]
    if money:
        pairs.append(("资金总额", amount + money, pn))
    trial, st = extract([Table([[Cell(a, 0, f"第{n}行"), Cell(b, 1, f"第{n}行")] for a, b, n in pairs], loose=True)],
                        method="text-rows")
    form, filled = result.form, []
    for key in ("department", "unit", "project_name"):
        if key not in result.unread and not getattr(form, key) and getattr(trial, key):
            setattr(form, key, getattr(trial, key))
            filled.append(key)
    if "funding.total" not in result.unread and form.funding.total is None and trial.funding.total is not None:
        form.funding.total = trial.funding.total
        filled.append("funding.total")
    for key in filled:
        result.provenance[key] = st.provenance.get(key, f"第{pn}行")
        result.how[key] = "text-rows"
    if filled:
        result.warnings.append("单位和项目取自部门表的单位行与项目行（单位代码、名称、金额），请核对：" + "、".join(filled) + "。")
    return result


# a form's title under its attachment mark: '附件1' / '人大代表之家建设项目绩效目标自评表 |' (not an allocation table's)
_ATTACHMENT = re.compile(r"\s*附件\s*\d{0,2}\s*[:：]?\s*(?:\|[\s|]*)?")      # ('附件2 | |||||||': a row's empty cells after it)
# a notice's closing formula on a line of its own ('特此通知。', '特此函告'): the prose above is a notice, however short
_NOTICE_CLOSE = re.compile(r"\s*特此(?:通知|函告|批复|公告|通告)[。.]?\s*")
NOTICE_PROSE_LINES = 2        # lines of sentences above the mark that make a notice closed by its formula
_ATTACHED_TITLE = re.compile(r"(?:绩效目标|绩效自评|目标自评|自评|申报|批复)表")
ATTACHED_PROSE_LINES = 5
BAR_LED_ROWS = 3              # rows a converter printed a cell a line (text_grid.bar_led_rows) that make the text rows      # lines of prose before the mark that make the text a report or notice with a form attached


def attached_form(text: str) -> tuple[str, int]:
    """A report or notice in prose with its form attached after it ('一、项目基本情况 …' / '附件1' / '…绩效目标自评表 |'
    / the form): the text from the attachment mark on, the prose's lines blanked (line numbers kept), and how many
    lines were blanked; the text itself and 0 when it is not this shape. Only the last mark followed by a form's
    title, and only after at least ATTACHED_PROSE_LINES lines of sentences (a page's own short lines are no report)."""
    lines = text.split("\n")
    for i in range(len(lines) - 1, 0, -1):
        if not _ATTACHMENT.fullmatch(lines[i]):
            continue
        nxt = next((x for x in lines[i + 1:i + 4] if x.strip(" |")), "")
        if not _ATTACHED_TITLE.search(nxt) or len(nxt.strip(" |")) > 60:
            continue
        prose = [x for x in lines[:i] if len(x.strip()) >= 20 and "|" not in x and re.search(r"[。；;,，]", x)]
        closed = any(_NOTICE_CLOSE.fullmatch(x) for x in lines[:i])
        if len(prose) < (NOTICE_PROSE_LINES if closed else ATTACHED_PROSE_LINES):
            return text, 0
        return "\n" * i + "\n".join(lines[i:]), i
    return text, 0


_REPORT_DROPS = ("department", "unit", "overview", "basis", "necessity", "unit_functions", "goals.long_term", "goals.annual")


def _report_dump(result: ImportResult, text: str) -> ImportResult:
    """A report (is_report) with no table in it, read as one flattened text: its sections (项目概况, 主要职责 …) are its
    own account and the organisations it names are no form's 主管部门 or 实施单位 found by what they are — those fields
    are not read from it (a report's amounts and indicators are already kept out by the readers)."""
    if not is_report(text):
        return result
    form, dropped = result.form, []
    for key in _REPORT_DROPS:
        where = result.provenance.get(key, "")
        if key.startswith("goals."):
            part = key.split(".")[1]
            if getattr(form.goals, part):
                setattr(form.goals, part, [])
                dropped.append(key)
        elif getattr(form, key) and (key not in ("department", "unit") or where == "文本"):
            setattr(form, key, "")
            dropped.append(key)
    for key in dropped:
        result.provenance.pop(key, None)
        result.how.pop(key, None)
    if dropped:
        result.warnings.append("文本是一篇报告（自评或评价报告），其中的叙述不作为表中内容导入：" + "、".join(dropped) + "。")
    return result


# a form's title in the text ('…绩效目标表', '…绩效目标申报表'): a goal read from it is the form's, whatever else is cut
_FORM_TITLE = re.compile(r"目标(?:申报|批复)?表")


# a money unit stated anywhere: an amount followed by 元 ('30万元', '2800元'), a unit in brackets ('(元)', '（万元）') or a
# unit note ('单位：元', '金额单位:万元')
_UNIT_STATED = re.compile(r"\d\s*[万千亿]?元|[（(]\s*[万千亿]?元\s*[)）]|单位\s*[:：]?\s*(?:人民币)?\s*[万千亿]?元|万元")
YUAN_UNSTATED_MIN = 100000     # a figure this large read in 万元 (10亿元) with no unit anywhere is the budget system's 元


def _unstated_yuan(result: ImportResult, text: str) -> ImportResult:
    """Amounts printed with no unit anywhere in the text ('资金总额 / 2800000.0000', as a budget system prints 元): the
    reader takes 万元 when nothing is said, but a figure of 10亿元 or more so read is the system's 元 — every amount
    of the form (funding and budget items) is read in 元 then, with a warning. Any unit stated in the text (a label's
    '(万元)', '单位：元', '30万元'): nothing is changed."""
    f, items = result.form.funding, result.form.budget_items
    keys = [k for k in ("total", "carryover", "current_year", "other") if getattr(f, k) is not None]
    amounts = [getattr(f, k) for k in keys] + [i.amount for i in items if i.amount is not None]
    if not amounts or max(amounts) < YUAN_UNSTATED_MIN or _UNIT_STATED.search(_t2s(text)):
        return result
    for k in keys:
        setattr(f, k, round(getattr(f, k) / 10000, 6))
    for i in items:
        if i.amount is not None:
            i.amount = round(i.amount / 10000, 6)
    result.warnings.append(f"文中金额没有注明单位，且数额很大（{max(amounts):,.2f}）：按预算系统的“元”读取并换算为万元，请核对。")
    return result


# a self-evaluation's title ('2022年度共享工程项目自评表', '…绩效自评表'), among the text's first lines
_EVALUATION_TITLE = re.compile(r"自评(?:价)?表")
_TITLE_LINES = 12


def _evaluation_date(result: ImportResult, text: str) -> ImportResult:
    """A self-evaluation's 填报日期 ('填报日期:2023.6.28') is the date the evaluation was written, a year after the
    declaration: no fill date of the declaration — not read, with a note."""
    if not result.form.fill_date:
        return result
    head = [x for x in _t2s(text).split("\n") if x.strip()][:_TITLE_LINES]
    if not any(_EVALUATION_TITLE.search(x) and len(x.strip(" |")) <= 60 for x in head):
        return result
    result.warnings.append(f"自评表的填报日期（{result.form.fill_date}）是自评的日期，不是申报表的填报日期，未导入。")
    result.form.fill_date = ""
    result.provenance.pop("fill_date", None)
    result.how.pop("fill_date", None)
    return result


def _names_a_form(result: ImportResult, text: str) -> bool:
    """The text is titled as a form or names a form's project, unit, department, money, budget items or goals."""
    form = result.form
    return bool(_FORM_TITLE.search(_t2s(_plain(text)[0])) or form.project_name or form.unit or form.department
                or form.goals.long_term or form.goals.annual or form.budget_items
                or any(getattr(form.funding, k) is not None for k in ("total", "carryover", "current_year", "other")))


def _prose_alone(result: ImportResult, text: str) -> ImportResult:
    """Targets told in prose ('设1条数量指标:开通业务月份≥1个月;…', text_prose) with no project, unit, money or goal of a
    form around them and no form's title (a budget description's paragraph): someone else's indicators, described —
    not read, with a warning."""
    form = result.form
    n = len(form.indicators)
    if not n or any(result.how.get(f"indicators[{k}]") != "text-prose" for k in range(n)) or _names_a_form(result, text):
        return result
    form.indicators = []
    for k in range(n):
        result.provenance.pop(f"indicators[{k}]", None)
        result.how.pop(f"indicators[{k}]", None)
    result.warnings = [w for w in result.warnings if not w.startswith("绩效指标以文字叙述给出")]
    result.warnings.append(f"文本中有 {n} 条以文字叙述的绩效指标，但没有项目名称、单位、金额或目标：不像是绩效目标表，指标未导入，请核对。")
    return result


def _goal_alone(result: ImportResult, text: str) -> ImportResult:
    """A goal is a form's only when the text names the form's project, unit or money too, or is titled as a form: a
    goal alone ('…年度目标为:…' in a notice or a report with no form) is someone else's target, told or quoted — not
    read, with a warning."""
    result = _prose_alone(result, text)
    form = result.form
    if not (form.goals.long_term or form.goals.annual) or _FORM_TITLE.search(_t2s(_plain(text)[0])) \
            or _under_table_title(result, text) \
            or form.project_name or form.unit or form.department \
            or form.indicators or form.budget_items \
            or any(getattr(form.funding, k) is not None for k in ("total", "carryover", "current_year", "other")):
        return result
    form.goals.long_term, form.goals.annual = [], []
    for key in ("goals.long_term", "goals.annual"):
        result.provenance.pop(key, None)
        result.how.pop(key, None)
    result.warnings.append("文本中有目标的叙述，但没有项目名称、单位或金额：不像是绩效目标表，目标未导入，请核对。")
    return result


# a table's title line naming its fund or project and ending in 绩效目标 ('2021年省级…专项资金(…)支持…方向绩效目标'): no
# list mark before it (an attachment list's '2、…绩效目标' names the table, it does not head it), no sentence in it
_TABLE_TITLE = re.compile(r"(?![（(]?[0-9一二三四五六七八九十]{1,2}[)）、.．])[^\s，,。；;：:]{6,}绩效目标(?:[（(]\d{4}年度?[)）])?")
TITLE_GAP = 3                 # lines of text (the goal's label) that may stand between such a title and the goal


def _under_table_title(result: ImportResult, text: str) -> bool:
    """The goals read stand right under a table's title ending in 绩效目标 (_TABLE_TITLE), a label between at most:
    the goal is that table's cell, not a goal told in prose."""
    lines = _t2s(text).split("\n")
    for key in ("goals.long_term", "goals.annual"):
        n = _line_no(result.provenance.get(key, ""))
        if n is None:
            continue
        above = [x.strip() for x in lines[:n - 1] if x.strip()][-(TITLE_GAP + 1):]
        if any(_TABLE_TITLE.fullmatch(x) for x in above):
            return True
    return False


def first_form_rows(rows: list[list[Cell]]) -> tuple[list[list[Cell]], str | None]:
    """A page of several projects printed as rows, each its own small form ('项目名称 | A' … its indicator table …
    '项目名称 | B' …): the rows of the first form, and a note naming where the next begins. The next form begins at a
    项目名称 row with its value that comes after an indicator table's header, back over the rows it repeats from the
    first form's head (a unit and '单位:万元', a title) — as fold.first_form cuts a one-cell-per-line text."""
    def texts(r):
        return [c.text.strip() for c in r if c.text.strip()]

    names = [n for n, r in enumerate(rows) if len(t := texts(r)) >= 2 and L.field_of(t[0]) == "project_name"
             and not L.field_of(t[1]) and not C.column_role(t[1])]
    if len(names) < 2:
        return rows, None
    a = names[0]
    table = next((k for k in range(a, names[-1]) if indicator_header([c for c in rows[k] if c.text.strip()], [])), None)
    b = next((n for n in names[1:] if table is not None and n > table), None)
    if b is None:
        return rows, None
    head = [texts(r) for r in rows[:a]]
    while b - 1 > a and texts(rows[b - 1]) in head:
        b -= 1
    return rows[:b], f"文本中有不止一个项目的表，只读取了第一个；{rows[b][0].where}起的其他项目未导入。"


# a self-evaluation or evaluation REPORT ('…2023年度绩效自评报告', '…绩效自评的报告', '…评价报告', '…总结报告'), titled so
# in its first lines: its sentences tell what was spent and done — amounts, results, '年初指标值为…,全年实际完成值…' —
# an account of the year, not a form's funding, goals or targets
_REPORT_TITLE = re.compile(r"(?:自评|评价|总结)(?:的)?报告")
_REPORT_LINES = 6


# a disclosure page's index rows above the article, bulleted or not ('- 索引号: …', '- 时效性: 有效', '• 打印'): no line
# of the text itself
_INDEX_ROW = re.compile(r"^\s*[-•·*]?\s*(?:索引号|发布机构|组配分类|主题分类|发布日期|发文日期|成文日期|公开方式|公开范围|文号|"
                        r"时效性|字号|打印|浏览量)\s*(?:[:：]|$)")


def is_report(text: str) -> bool:
    lines = [x for x in text.split("\n") if x.strip() and not _INDEX_ROW.match(x)][:_REPORT_LINES]
    return any(_REPORT_TITLE.search(x) and len(x.strip()) <= 80 for x in lines)


def _with_prose(result: ImportResult, text: str) -> ImportResult:
    """A text with no indicator table whose targets are written as sentences (text_prose), or whose table is printed
    on its side (text_grid.transposed_rows): those indicators. A report's sentences are no targets (is_report)."""
    if not result.form.indicators and (side := transposed_rows(text)):
        trial, _ = extract([Table([[Cell(w, k, "文本") for k, w in enumerate(r)] for r in side], loose=True)],
                           method="text-rows")
        for ind in trial.indicators:
            at = f"indicators[{len(result.form.indicators)}]"
            result.provenance[at], result.how[at] = "文本（横排的指标表）", "text-rows"
            result.form.indicators.append(ind)
        if trial.indicators:
            result.unread = [u for u in result.unread if u != "indicators"]
            result.warnings.append(f"绩效指标表横排（指标名称一行、指标值一行），按列对应读出 {len(trial.indicators)} 条。请核对。")
    if result.form.indicators or is_report(text) or not (rows := prose_rows(text)):
        return result
    head = [Cell(w, k, "文本") for k, w in enumerate(("一级指标", "二级指标", "三级指标", "指标值"))]
    body = [[Cell(r[key], k, "文本（文字叙述的指标）") for k, key in enumerate(("level1", "level2", "name", "value"))]
            for r in rows]
    trial, _ = extract([Table([head] + body)], method="text-prose")
    for ind in trial.indicators:
        at = f"indicators[{len(result.form.indicators)}]"
        result.provenance[at], result.how[at] = "文本（文字叙述的指标）", "text-prose"
        result.form.indicators.append(ind)
    result.unread = [u for u in result.unread if u != "indicators"]
    result.warnings.append(f"绩效指标以文字叙述给出，按“指标名称+指标值”读出 {len(trial.indicators)} 条；"
                           "没有明确指标值的叙述未作为指标导入。请核对。")
    return result


_PROSE_FIELDS = ("project_name", "unit", "unit_head", "department", "overview", "basis", "necessity", "start", "end")


def _with_prose_fields(result: ImportResult, text: str) -> ImportResult:
    """Fields the reader left empty that the text states in sentences or numbered sections (prose_fields, a notice
    instead of a form), read as label and value by grid.extract; a field left unread on purpose stays so. A report's
    account of its funds and goals (is_report) is read for none of them."""
    if not (pairs := prose_pairs(text)):
        return result
    if is_report(text):
        pairs = [(label, value, n) for label, value, n in pairs
                 if not (L.field_of(label) or "").startswith(("goals.", "funding."))]
    _first_project(result, text)
    rows = [[Cell(label, 0, f"第{n}行"), Cell(value, 1, f"第{n}行")] for label, value, n in pairs]
    trial, st = extract([Table(rows, loose=True)], method="text-prose")
    form, got, filled = result.form, trial.to_json(), []
    skip = set(result.unread)
    for key in _PROSE_FIELDS:
        if key not in skip and not getattr(form, key) and got.get(key):
            setattr(form, key, getattr(trial, key))
            filled.append(key)
    for key in ("total", "carryover", "current_year", "other"):
        if f"funding.{key}" not in skip and getattr(form.funding, key) is None and getattr(trial.funding, key) is not None:
            setattr(form.funding, key, getattr(trial.funding, key))
            filled.append(f"funding.{key}")
    for key in ("long_term", "annual"):
        if f"goals.{key}" not in skip and not getattr(form.goals, key) and getattr(trial.goals, key):
            setattr(form.goals, key, getattr(trial.goals, key))
            filled.append(f"goals.{key}")
    result.unread = [u for u in result.unread if u not in filled]
    for key in filled:
        result.provenance[key] = st.provenance.get(key, "文本（叙述）")
        result.how[key] = "text-prose"
    if filled:
        result.warnings.append("以下内容取自文本中的叙述（公示、通知的句子），请核对："
                               + "、".join(filled) + "。")
    return result


def _first_project(result: ImportResult, text: str) -> None:
    """A page whose prose describes several projects one after another ('1.“…”项目。(1)项目概述…', '2.“…”项目。…')
    and then prints a table of a project of another name (cut partway): the form is the page's FIRST project, so what
    the reader took from the lines after that project's heading (the later table's name, year, amounts, indicators)
    is cleared with a warning — never mixed with the first project's fields. One project described and then its
    table (the names written a little differently) is one project: left as read."""
    projects = quoted_projects(text)
    heading = projects[0] if len(projects) >= 2 else None
    form = result.form
    at = _line_no(result.provenance.get("project_name", ""))
    if heading is None or not form.project_name or at is None or at <= projects[-1][1] \
            or re.sub(r"\s", "", form.project_name) == re.sub(r"\s", "", heading[0]):
        return
    other = form.project_name
    later = sorted(k for k, where in result.provenance.items() if (n := _line_no(where)) is not None and n > heading[1])
    for key in later:
        base = key.split("[")[0]
        if base in ("indicators", "budget_items"):
            setattr(form, base, [])
        elif "." in key:
            part, name = key.split(".", 1)
            setattr(getattr(form, part), name, [] if isinstance(getattr(getattr(form, part), name), list) else None)
        elif hasattr(form, key):
            setattr(form, key, None if key == "year" else "")
        result.provenance.pop(key, None)
        result.how.pop(key, None)
    result.warnings.append(f"页面上有多个项目：按第一个项目“{heading[0]}”读取（第{heading[1]}行起）；其后另一个项目"
                           f"“{other}”（第{at}行）的表格未读取，请核对。")


def _line_no(where: str) -> int | None:
    m = re.search(r"第(\d+)行", where or "")
    return int(m.group(1)) if m else None
