"""Text a PDF-to-text tool printed: an offline best effort from labels and table order.

The text is flattened (wrapped lines joined, spaces next to Chinese removed) and cut at
every known label; a label's value is the text up to the next label. Tables come out of
such tools as a row of headers followed by the values in order (资金来源: 总额 结转 本年
其他 → 24.0 0 24), which is read the same way. What cannot be placed is left empty;
when an LLM is configured, the LLM engine can improve on this (ImportResult.text).
"""
from __future__ import annotations

import functools
import re

from ..textnum import normalize, parse_month, parse_period
from . import ImportResult, register
from . import labels as L
from .assemble import assign_field, build_form
from .grid import State
from .json_reader import decode_text
from .limits import MAX_TEXT_CHARS
from .text_columns import NotAligned, column_indicators, is_column_dump
from .text_queue import queued_pairs

_CJK = r"\u4e00-\u9fff，。、；：（）“”《》〔〕％"
SECTIONS = ["项目单位基本情况", "项目基本情况", "项目情况", "项目资金来源（万元）", "项目资金来源", "项目资金构成",
            "项目预算明细", "项目总体目标", "项目绩效指标"]
BUDGET_HEADS = ["明细项目名称", "金额（万元）", "金额(万元)", "起止时间（年、月）", "起止时间", "费用名称", "明细项目", "支出项目"]
IND_HEADS = ["一级指标", "二级指标", "三级指标", "指标值"]
_FUNDING = ("funding.total", "funding.carryover", "funding.current_year", "funding.other")
_ORG = re.compile(rf"^[\u4e00-\u9fff（）]{{2,24}}{L.UNIT_ENDINGS}$")


@register("txt")
def read_text(data: bytes, name: str) -> ImportResult:
    text = decode_text(data, name)
    warnings = []
    if len(text) > MAX_TEXT_CHARS:
        warnings.append(f"文本过长（{len(text):,} 字），只读取了前 {MAX_TEXT_CHARS:,} 字。")
        text = text[:MAX_TEXT_CHARS]
    text = rejoin_wrapped_labels(text)
    st = State()
    flat = flatten(text)
    _signature_lines(st, text)
    queued_pairs(st, text, _money(flat))
    _labelled(st, flat)
    _fallbacks(st, _WRAPPED_ORG.sub(_unwrap_org, text.replace("\r", "")), flat)
    _budget_lines(st, text, _money(flat))   # a table printed one cell per line, when its rows line up
    if not st.items:
        _budget_spaced(st, text, _money(flat))   # a row per line, cells separated by spaces
    if not st.items:
        _budget_columns(st, text, _money(flat))  # the name column and the amount column printed apart
    if not st.items:
        _budget(st, flat)
    _indicators(st, text)
    form = build_form(st)
    return ImportResult(form=form, format="txt", provenance=st.provenance, unplaced=st.unplaced,
                        warnings=warnings + st.warnings, text=text)


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
    labels = [p for k, p in L.FIELD_LABELS if k not in ("year", "phone", "attribute?")]
    return re.compile("|".join(map(re.escape, literal)) + "|" + "|".join(f"(?:{p})" for p in labels)
                      + r"|联系电话")


_STOP = None
# placeholder goal marks with nothing after them ('目标1：目标2：'); a bare number after the last one is
# a neighbouring table cell (a total), not a goal
_EMPTY_GOAL = re.compile(r"目标\s*\d+\s*[：:]\s*(?=目标\s*\d+\s*[：:]|$)")
_ANNOT = re.compile(r"^\s*(?:[（(](?:年月|年、月|万元|元|签字|盖章|签章)[)）])?\s*[：:]?\s*")


def _labelled(st: State, flat: str) -> None:
    global _STOP
    _STOP = _STOP or _stoppers()
    hits = [m for m in _STOP.finditer(flat)]
    pending: list[str] = []          # funding labels seen in a row without values (a header row)
    for i, m in enumerate(hits):
        raw = m.group(0)
        end = hits[i + 1].start() if i + 1 < len(hits) else len(flat)
        value = _ANNOT.sub("", flat[m.end():end]).strip()
        key = None if raw in BUDGET_HEADS else L.field_of(raw)
        if key is not None and (longer := _longer_label(raw, value, key)):   # 实施期 + 目标 → 实施期目标
            key, value = longer
        where = f"文本第{flat.count('。', 0, m.start()) + 1}句附近"
        if key is None:
            continue
        if key in _FUNDING:
            nums = re.findall(r"-?\d+(?:\.\d+)?", value)
            if not value:
                pending.append(key)
                continue
            if pending and len(nums) > 1:
                for k, n in zip(pending + [key], nums):
                    assign_field(st, k, n, where, factor=_money(flat))
                pending = []
                continue
            if pending and nums and not _only_number(value):
                pending.append(key)
                continue
            queue = pending + [key]
            for k, n in zip(queue, nums):
                assign_field(st, k, n, where, factor=_money(flat))
            pending = []
            continue
        if key.startswith("goals."):
            value = re.sub(r"^[（(][^）)]*\d{4}[^）)]*[)）]", "", re.split(r"一级指标|二级指标|三级指标", value)[0])
            value = _EMPTY_GOAL.sub("", re.sub(r"(?<=[：:])\s*-?\d+(?:\.\d+)?\s*$", "", value))
        if key == "period" and parse_period(value)[0] is None:
            continue
        if key in ("start", "end") and parse_month(value) is None:      # e.g. an indicator named 活动完成时间
            continue
        if key == "function_code" and not re.search(r"(?<!\d)\d{7}(?!\d)", value):
            continue
        assign_field(st, key, value, where)


_FILLER_LINE = re.compile(r"(?:填报人|填表人|经办人)(?:（签字）|\(签字\))?\s*[:：]\s*([\u4e00-\u9fff]{2,4})(?=\s|$)")


def _signature_lines(st: State, text: str) -> None:
    """'填报人：赵磊' on a line of its own (or beside other signature cells): the name ends with the line,
    where the flattened text would run on into whatever is printed next."""
    for line in text.replace("\r", "").split("\n"):
        if m := _FILLER_LINE.search(normalize(line)):
            assign_field(st, "filler", m.group(1), "文本（签字行）")
            return


def _longer_label(raw: str, value: str, key: str) -> tuple[str, str] | None:
    """The regex took the first label that matched ('实施期', a period) where the text goes on into a
    longer one ('实施期目标'): the longer label and the rest of the value, or None."""
    for n in range(min(4, len(value)), 0, -1):
        other = L.field_of(raw + value[:n])
        if other and other != key:
            return other, value[n:].strip()
    return None


def _only_number(value: str) -> bool:
    return bool(re.fullmatch(r"\s*-?\d+(?:\.\d+)?\s*", value))


def _money(flat: str) -> float:
    return 1e-4 if re.search(r"资金来源（元）|单位[：:为]\s*元(?!/)|金额（元）|资金（元）", flat) else 1.0


_FRAGMENT_GAP = 5   # lines between a wrapped label's first line and its rest (the other cells' first lines)


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
        if not rest or len(rest) > 4 or re.search(r"\d", rest) or L.field_of(rest) or _OP_LINE.match(rest):
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


def _rejoin_org(lines: list[str], keep: list[bool], j: int, rest: str) -> None:
    """'乌兰察布市交通运' / '项目执行单位' / '输局': a unit name wrapped in its cell, the next cell's label
    printed between its lines. Joined when the line above (up to 3 lines up, no label, no digit) and
    this rest make a unit name and the line above is not one already."""
    for i in range(j - 1, max(-1, j - 4), -1):
        head = lines[i].strip()
        if not keep[i] or not head or L.field_of(head) or re.search(r"\d", head):
            continue
        if 4 <= len(head) <= 20 and not _ORG.match(head) and _ORG.match(head + rest):
            lines[i] = head + rest
            keep[j] = False
        return


def _fallbacks(st: State, text: str, flat: str) -> None:
    f = st.fields
    lines = [normalize(x).strip() for x in text.splitlines() if x.strip()]
    if "function_code" not in f and (m := _function_code(flat)):
        assign_field(st, "function_code", m, "文本")
    if "attribute" not in f:
        near = re.search(r"(?:项目属性|项目性质|项目类别)\s*[:：]?\s*([☑✓✔√■●▣□\s]*(?:新增|延续)(?:[☑✓✔√■●▣□\s]*(?:新增|延续))?"
                         r"[\s□]*)", flat)   # the label's own words, checkboxes included
        words = [x for x in lines if x in ("新增", "延续")]
        if near and L.parse_attribute(near.group(1)):
            assign_field(st, "attribute", near.group(1), "文本")
        elif words:
            assign_field(st, "attribute", words[0], "文本")
    if "start" not in f:
        m = re.search(r"(?:19|20)\d\d[-.]\d{1,2}\s*[~～至]\s*(?:19|20)\d\d[-.]?\d{1,2}", flat)
        if m:
            s, e = parse_period(m.group(0))
            assign_field(st, "start", s or "", "文本")
            assign_field(st, "end", e or "", "文本")
    orgs = [(i, x) for i, x in enumerate(lines) if _ORG.match(x) and not _STOP.search(x)]
    if "department" not in f and orgs:
        i, org = orgs[0]
        assign_field(st, "department", org, "文本")
        if "department_code" not in f and i + 1 < len(lines) and re.fullmatch(r"\d{3,}", lines[i + 1]):
            assign_field(st, "department_code", lines[i + 1], "文本")
    if "unit" not in f and len(orgs) > 1:
        assign_field(st, "unit", orgs[1][1], "文本")


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


def _budget(st: State, flat: str) -> None:
    head = re.search(r"明细项目名称|明细名称", flat)
    total = re.search(r"合计", flat[head.end():]) if head else None
    if not total:
        return
    seg = flat[head.end():head.end() + total.start()]
    last = None
    for last in re.finditer(r"金额（万元）|金额\(万元\)|起止时间（年、月）|起止时间", seg):
        pass
    seg = seg[last.end():] if last else seg
    row = re.compile(r"([^\d\s~～][^\d~～]*?)\s*(-?\d+(?:\.\d+)?)\s*"
                     r"((?:19|20)\d\d[-.年]\d{1,2}月?\s*[~～至]\s*(?:19|20)\d\d[-.年]?\d{1,2}月?)?")
    for k, r in enumerate(row.finditer(seg)):
        name = r.group(1).strip()
        if L.field_of(name) or not name:
            continue
        item = {"name": name, "amount": float(r.group(2))}
        if r.group(3):
            s, e = parse_period(r.group(3))
            item["start"], item["end"] = s or "", e or ""
        st.provenance[f"budget_items[{len(st.items)}]"] = "文本 项目预算明细"
        st.items.append(item)
    _item_periods_block(st, flat)


_BUDGET_OTHER_HEAD = re.compile(r"测算依据|计算依据|测算说明|备注|说明|用途|数量|单价|规格")
_NUM_CELL = L.NUMBER_RE


@functools.lru_cache(maxsize=4)   # the budget readers below are tried in turn on the same text
def _norm_lines(text: str) -> tuple[str, ...]:
    return tuple(normalize(x).strip() for x in text.replace("\r", "").split("\n"))


def _budget_lines(st: State, text: str, money: float) -> None:
    """A budget table printed one cell per line, row after row: a header of 2–5 short cells (a name
    column and an amount column among them), then rows of as many cells, up to 合计.

    ``money`` is the page's unit (1e-4 when it says 元); an amount header with its own unit wins.
    Rows are taken only while every row has a name that is not a number and an amount that is one."""
    lines = _norm_lines(text)
    lines = [x for x in lines if x]
    for i, line in enumerate(lines):
        if len(line) > 12 or L.field_of(line) or not L.BUDGET_NAME_RE.fullmatch(L.norm_label(line)[0]):
            continue
        heads = [line]
        for nxt in lines[i + 1:i + 5]:
            lab = L.norm_label(nxt)[0]
            if len(nxt) > 12 or not (L.BUDGET_AMOUNT_RE.fullmatch(lab) or _period_head(lab)
                                     or _BUDGET_OTHER_HEAD.fullmatch(lab)):
                break
            heads.append(nxt)
        amount_col = next((k for k, h in enumerate(heads) if L.BUDGET_AMOUNT_RE.fullmatch(L.norm_label(h)[0])), None)
        if amount_col is None or len(heads) < 2:
            continue
        period_col = next((k for k, h in enumerate(heads) if _period_head(L.norm_label(h)[0])), None)
        factor = L.money_factor(heads[amount_col]) or money
        rows = _cell_rows(lines, i + len(heads), len(heads), amount_col)
        if not rows:
            continue
        for cells in rows:
            item = {"name": cells[0], "amount": round(float(cells[amount_col].replace(",", "")) * factor, 6)}
            if period_col is not None:
                start, end = parse_period(cells[period_col])
                if start:
                    item["start"], item["end"] = start, end or ""
            st.provenance[f"budget_items[{len(st.items)}]"] = "文本 项目预算明细（逐格）"
            st.items.append(item)
        return


def _budget_columns(st: State, text: str, money: float) -> None:
    """A budget table printed column by column: the name header with the names under it
    ('支出项目' / 聘用人员工资 / 社会保险及公积金 / 岗位津贴), and elsewhere the amount header with as
    many numbers under it ('金额（万元）' / 178.56 / 33.48 / 11.16). Taken only when the counts agree."""
    lines = _norm_lines(text)
    names: list[str] = []
    for i, line in enumerate(lines):
        if len(line) <= 12 and not L.field_of(line) and L.BUDGET_NAME_RE.fullmatch(L.norm_label(line)[0]):
            for x in lines[i + 1:]:
                if not x or L.field_of(x) or L.is_section(x) or _ends_table(x) or _NUM_CELL.search(x) or len(x) > 20:
                    break
                names.append(x)
            break
    if not names:
        return
    for i, line in enumerate(lines):
        if len(line) <= 12 and L.BUDGET_AMOUNT_RE.fullmatch(L.norm_label(line)[0]):
            nums = []
            for x in lines[i + 1:]:
                if not _NUM_CELL.fullmatch(x.replace(" ", "")):
                    break
                nums.append(float(x.replace(" ", "").replace(",", "")))
            if len(nums) == len(names):
                factor = L.money_factor(line) or money
                for name, amount in zip(names, nums):
                    st.provenance[f"budget_items[{len(st.items)}]"] = "文本 项目预算明细（按列）"
                    st.items.append({"name": name, "amount": round(amount * factor, 6)})
                return


def _head_word(token: str) -> str:
    """A header cell as a label: '金额（万' (wrapped) → '金额'; the rest of a wrapped unit ('元）') → ''."""
    if re.fullmatch(r"[万千]?元?[）)]", token):
        return ""
    return L.norm_label(re.sub(r"[（(][^）)]*$", "", token))[0]


def _budget_spaced(st: State, text: str, money: float) -> None:
    """A budget table printed a row per line with cells separated by spaces (a PDF's text): the header
    names the name and amount columns ('用途 数量 单位 单价（元） 金额（万元） 测算依据'); a row is a name
    (which may wrap onto lines of its own before its numbers) and its cells, up to 合计 or the next part.
    Rows are taken only when every one has the amount column as a number."""
    lines = _norm_lines(text)
    for i, line in enumerate(lines):
        heads = line.split()
        if len(heads) < 2 or L.field_of(heads[0]) or not L.BUDGET_NAME_RE.fullmatch(_head_word(heads[0])):
            continue
        amount_col = next((k for k, h in enumerate(heads) if L.BUDGET_AMOUNT_RE.fullmatch(_head_word(h))), None)
        if not amount_col:
            continue
        head = heads[amount_col]
        if head.endswith(("（万", "(万", "（", "(")) and i + 1 < len(lines) and re.fullmatch(r"元?[）)]", lines[i + 1]):
            head += lines[i + 1]   # '金额（万' + '元）'
        factor = L.money_factor(head) or money
        rows = _spaced_rows(lines[i + 1:], amount_col)
        if rows:
            for row_name, amount, rest in rows:
                item = {"name": row_name, "amount": round(amount * factor, 6)}
                start, end = parse_period(rest) if rest else (None, None)
                if start:
                    item["start"], item["end"] = start, end or ""
                st.provenance[f"budget_items[{len(st.items)}]"] = "文本 项目预算明细（按行）"
                st.items.append(item)
            return


def _spaced_rows(lines: list[str], amount_col: int) -> list[tuple[str, float, str]]:
    """(name, amount, the cells after the amount) of each row; [] when a row does not fit."""
    rows: list[tuple[str, float, str]] = []
    name = ""
    lines = [x for x in lines if x]
    for k, line in enumerate(lines):
        if L.TOTAL_ROW_RE.match(line):
            break
        toks = line.split()
        first_num = next((j for j, t in enumerate(toks) if _NUM_CELL.fullmatch(t)), None)
        if first_num is None:
            words = [_head_word(t) for t in toks]
            if not rows and not name and all(not w or L.BUDGET_AMOUNT_RE.fullmatch(w) or _BUDGET_OTHER_HEAD.fullmatch(w)
                                             or _period_head(w) for w in words):
                continue   # the rest of a wrapped header ('元）', '测算依据')
            if len(line) <= 8 and not L.field_of(line) and _numbers_follow(lines[k + 1:k + 3]):
                name += line   # a name wrapped onto lines of its own, its numbers on the next line
                continue
            if not _ends_table(line):
                return []   # the rows stop at a line that is neither a row nor what follows a table
            break
        cells = ["".join(toks[:first_num])] + toks[first_num:]
        row_name = name + cells[0]
        if not row_name or amount_col >= len(cells) or not _NUM_CELL.fullmatch(cells[amount_col]):
            return []
        rest = " ".join(cells[amount_col + 1:]) if amount_col + 1 < len(cells) else ""
        rows.append((row_name, float(cells[amount_col].replace(",", "")), rest))
        name = ""
    return [] if name else rows


def _numbers_follow(nxt: list[str]) -> bool:
    """Whether one of the next lines opens with a number: the cells of a row whose name wrapped."""
    return any(x.split() and _NUM_CELL.fullmatch(x.split()[0]) for x in nxt)


def _period_head(label: str) -> bool:
    return bool(L.BUDGET_PERIOD_RE.fullmatch(label) or re.fullmatch(r"(?:实施|执行|起止)?周期", label))


def _ends_table(line: str) -> bool:
    """A line that starts what follows a budget table: the indicator header, a section or a field label."""
    return (bool(re.search(r"指标|项目绩效", line[:8])) or L.is_section(line) or bool(L.field_of(line))
            or bool(L.field_of(line.split()[0] if line.split() else "")))


def _cell_rows(lines: list[str], at: int, n: int, amount_col: int) -> list[list[str]]:
    """Rows of ``n`` cells from ``at`` up to 合计; one stray line (the tail of a wrapped heading) may be skipped first."""
    for start in (at, at + 1):
        rows, j = [], start
        while j + n <= len(lines) and not L.TOTAL_ROW_RE.fullmatch(lines[j]):
            cells = lines[j:j + n]
            if (not _NUM_CELL.fullmatch(cells[amount_col].replace(" ", "")) or _NUM_CELL.fullmatch(cells[0])
                    or L.field_of(cells[0]) or L.is_section(cells[0])):
                break
            rows.append(cells)
            j += n
        if rows and (j >= len(lines) or L.TOTAL_ROW_RE.fullmatch(lines[j]) or _ends_table(lines[j])):
            return rows
    return []


_ITEM_PERIOD = r"(?:19|20)\d\d[-.年]\d{1,2}月?\s*[~～至]\s*(?:19|20)\d\d[-.年]?\d{1,2}月?"


def _item_periods_block(st: State, flat: str) -> None:
    """Column-ordered dumps print the items' 起止时间 as their own block after the label: when that
    block has exactly one period per item (and the items have none yet), assign them in order."""
    if not st.items or any(it.get("start") for it in st.items):
        return
    for label in re.finditer(r"起止时间（年、?\s*月）", flat):
        block = re.match(r"\s*((?:" + _ITEM_PERIOD + r"\s*)+)", flat[label.end():])
        periods = re.findall(_ITEM_PERIOD, block.group(1)) if block else []
        if len(periods) == len(st.items):
            for it, p in zip(st.items, periods):
                s, e = parse_period(p)
                it["start"], it["end"] = s or "", e or ""
            return


_L1 = re.compile(r"^(产出|效益|满意度|成本)指标$")
_L2 = re.compile(r"^((?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|经济成本|社会成本|生态环境成本)指标)")


_VALUE_HEAD = re.compile(r"(?:预期)?(?:目标|指标)值(?:及(?:计量)?单位)?")
_STANDARD_HEAD = re.compile(r"(?:绩效|评价|评分)标准")        # a 湘潭-style column after 指标值, one word a row
_STANDARD_CELL = re.compile(r"(?:计划|行业|历史|其他|经验)标准")
_VALUE_PART_HEAD = re.compile(r"(?:指标)?(?:方向|性质)|数值|(?:计量|度量)?单位|(?:年度)?目标值|指标值")
_OP_LINE = re.compile(r"[≥≤=＝<>＜＞]|大于等于|小于等于|不低于|不高于|不少于|不超过|大于|小于|等于")
_NUMBER_LINE = re.compile(r"-?\d+(?:\.\d+)?")
_UNIT_LINE = re.compile(r"%|％|‰|(?:万|千)?元(?:/[^\s]{1,4})?|个?月|天|日|小时|周|人次?|个|次|年|项|家|台|套|公里|千米|米|亩|吨|户|所|"
                        r"篇|份|册|场|期|批|分|件|辆|座|处|株|棵|平方米|㎡|立方米|万人次|万元/[^\s]{1,4}|学时|课时|床|间|条|张|本|元/人·?月")


def merge_split_values(text: str) -> str:
    """A table whose 指标值 is printed as three columns (方向 | 数值 | 单位) as one 指标值 column:
    the header's 预期目标值 + 指标方向 + 数值 + 计量单位 lines become '指标值', and a row's '≥' / '98' / '%'
    lines become '≥98%'. Only an operator line directly followed by a number line is merged, with a
    following line only when it is a unit; anything else is left as printed."""
    lines = text.replace("\r", "").split("\n")
    at = next((k for k, x in enumerate(lines) if _VALUE_HEAD.fullmatch(x.strip())), None)
    if at is not None and at + 1 < len(lines) and _STANDARD_HEAD.fullmatch(lines[at + 1].strip()):
        # the 绩效标准 column says where a target comes from, not what it is: not part of a row
        lines = lines[:at + 1] + [x for x in lines[at + 2:] if not _STANDARD_CELL.fullmatch(x.strip())]
    out: list[str] = []
    i = 0
    while i < len(lines):
        here = lines[i].strip()
        split_head = i + 1 < len(lines) and _VALUE_PART_HEAD.fullmatch(lines[i + 1].strip())
        if _VALUE_HEAD.fullmatch(here) and here != "指标值" and not split_head:   # 指标值及单位 → 指标值
            out.append("指标值")
            i += 1
            continue
        if _VALUE_HEAD.fullmatch(here):
            j = i + 1
            while j < len(lines) and j - i <= 4 and _VALUE_PART_HEAD.fullmatch(lines[j].strip()):
                j += 1
            if j - i >= 3:
                out.append("指标值")
                i = j
                continue
        if _OP_LINE.fullmatch(here) and i + 1 < len(lines) and _NUMBER_LINE.fullmatch(lines[i + 1].strip()):
            value = here + lines[i + 1].strip()
            i += 2
            if i < len(lines) and _UNIT_LINE.fullmatch(lines[i].strip()):
                value += lines[i].strip()
                i += 1
            out.append(value)
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


_OPERATORS = re.compile(r"[≥≤=＝<>＜＞]")


def _plausible_row(row: dict) -> bool:
    """A row a table could hold: a name of at most 30 characters with no level word or signature line in
    it, and one value (at most one comparison sign)."""
    name, value = row.get("name", ""), row.get("value", "")
    return (0 < len(name) <= 30 and not re.search(r"[产效]出?益?指标|满意度指标|填表|填报|负责人[：:]", name)
            and len(_OPERATORS.findall(value)) <= 1 and len(value) <= 40)


def _indicators(st: State, text: str) -> None:
    text = merge_split_values(text)
    if is_column_dump(text):
        _column_indicators(st, text)
    else:
        _row_indicators(st, text)


def _column_indicators(st: State, text: str) -> None:
    """A dump that printed the indicator table column by column (text_columns); nothing when not alignable."""
    try:
        rows = column_indicators(text)
    except NotAligned as e:
        st.warnings.append(f"文本中的绩效指标表是按列输出的，{e}，指标未导入（没有猜测）。"
                           "请用 Word/Excel/PDF 原件导入，或在表单中补填绩效指标。")
        return
    for row in rows:
        st.provenance[f"indicators[{len(st.indicators)}]"] = "文本 项目绩效指标（按列还原）"
        st.indicators.append({"scope": "annual", **row})


def _row_indicators(st: State, text: str) -> None:
    """Row-ordered dumps (the seed's style): blocks between blank lines, level words as anchors.
    When a row it builds is not one a table could hold, none are kept (never a guess)."""
    first = len(st.indicators)
    _row_blocks(st, text)
    if any(not _plausible_row(r) for r in st.indicators[first:]):
        del st.indicators[first:]
        for k in [k for k in st.provenance if k.startswith("indicators[")]:
            if int(k[len("indicators["):-1]) >= first:
                del st.provenance[k]
        st.warnings.append("文本中的绩效指标表无法可靠地拆分成行，指标未导入（没有猜测）。"
                           "请用 Word/Excel/PDF 原件导入，或在表单中补填绩效指标。")


def _row_blocks(st: State, text: str) -> None:
    t = text.replace("\r", "")
    start = t.find("指标值")
    if start < 0:
        return
    body = re.split(r"部门负责人|填报人", t[start + 3:])[0]
    blocks = [re.sub(r"\s*\n\s*", "", b).strip() for b in re.split(r"\n\s*\n", body)]
    blocks = [b for b in blocks if b and b not in IND_HEADS and not re.fullmatch(r"(?:[二三]级指标|指标值)(?:\s+\S+)*", b)]
    level1 = level2 = ""
    pending: list[str] = []
    for b in blocks:
        compact = b.replace(" ", "")
        if _L1.match(compact):
            level1, level2, pending = compact, "", []
            continue
        m = _L2.match(compact)
        if m:
            level2, pending = m.group(1), []
            rest = re.sub(_L2, "", compact)
            rest = re.sub(r"^(?:" + re.escape(m.group(1)) + ")+", "", rest)
            if not rest:
                continue
            b = rest
        if not level2 and not level1:
            continue
        if b.startswith(("（", "(")) and pending:
            pending[-1] += b
            continue
        if b.startswith(("=", "＝")) and not pending and st.indicators:
            st.indicators[-1]["value"] += b.replace(" ", "")
            continue
        pair = re.fullmatch(r"(\S+)\s+(-?\d+(?:\.\d+)?%?\S*)", b)
        if pair and not pending:
            _add(st, level1, level2, pair.group(1), pair.group(2))
            continue
        pending.append(b)
        if len(pending) == 2:
            _add(st, level1, level2, pending[0], pending[1])
            pending = []


def _add(st: State, level1: str, level2: str, name: str, value: str) -> None:
    if level1 == "效益指标" and level2 in ("数量指标", "质量指标", "时效指标", "成本指标"):
        level1 = "产出指标"
    st.provenance[f"indicators[{len(st.indicators)}]"] = "文本 项目绩效指标"
    st.indicators.append({"scope": "annual", "level1": level1 or "产出指标", "level2": level2, "name": name,
                          "value": value.replace(" ", "")})
