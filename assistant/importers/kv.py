"""Label | value rows of a grid: the value right of its label, a row of labels over a row of values, a text
cell going on in the next row; in loose tables (copied text, OCR) each pairing is checked by kind."""
from __future__ import annotations

import re

from . import columns as C
from . import labels as L
from .assemble import OF_THE_YEAR as _OF_THE_YEAR, assign_field
from .cells import Cell, State
from .fold_labels import as_lexicon
from .kinds import UNIT_END, field_kind, fits, fits_field, is_amount, is_person
from .tables import budget_header, cell_at, indicator_header, split_funding

_INLINE = re.compile("(?:" + "|".join(p for _, p in L.FIELD_LABELS) + r"|部门负责人|单位负责人|审核人)"
                     r"\s*(?:[（(][^）)]{0,12}[）)])?\s*[：:]")


# a list's mark before a label ('(5)项目内容:…'), or the '其中:' that opens a breakdown ('其中: 一般公共预算:1873.66万元')
_ITEM_MARK = re.compile(r"^\s*(?:[（(]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[、．]|[一二三四五六七八九十]{1,2}\s*、|其中\s*[:：])\s*")


def inline_pairs(text: str) -> list[tuple[str, str]]:
    """'填报人（签字）：黄丽  填报日期：2023年08月20日' → [('filler','黄丽'), ('fill_date', '2023年08月20日')]."""
    if (m := _SECTION_AMOUNT.fullmatch(text.strip())) and L.is_section(m.group(1)):
        # '项目资金：80万元' — the funding section's heading written as a label with one amount and nothing under it
        return [("funding.total", m.group(2))]
    text = _SPACED_LABEL.sub(lambda m: re.sub(r"\s+", "", m.group(0)), text, count=1)   # '编   报   时   间    :'
    if m := _DEPARTMENT_HEAD.match(text):
        return [("filer_department", m.group(1).strip())]     # the form's own 主管部门 comes first (assemble._settle_filer)
    hits = _inline_hits(text)          # '一、预算资金:250' — a label the lexicon knows with its list mark
    if not hits or hits[0][1] > 2:
        text = _ITEM_MARK.sub("", text, count=1)     # '(5)项目内容:…' — a numbered item of a prose notice
        hits = _inline_hits(text)
    if not hits or hits[0][1] > 2:
        return []
    out = []
    for i, (key, _s, e) in enumerate(hits):
        end = hits[i + 1][1] if i + 1 < len(hits) else len(text)
        if key is None and field_kind(L.field_of(text[_s:e]) or "") == "person" and is_person(text[e:end].strip()):
            key = L.field_of(text[_s:e])     # '项目责任人(签字):韩朝印': a name typed after a signature label is that person
        if key:
            out.append((key, text[e:end].strip()))
    return out


# a cover's label spread over its line, a space or more between its characters ('编   报   时   间    :  2021年1月28日',
# '申 报 项 目 名 称:…'): the label, its characters together (only when a colon closes it)
_SPACED_LABEL = re.compile(r"^\s*[\u4e00-\u9fff](?:[ \t]+[\u4e00-\u9fff]){1,7}(?=[ \t]*(?:[（(][^）)]{0,12}[）)])?[ \t]*[：:])")
# a department table's head line naming its department ('部门:505_某州教育局', '部门：某县民政局 单位：万元'): the bare
# 部门 is that line's label only, opening it with a colon (elsewhere 部门 is a word of other labels and sentences)
_DEPARTMENT_HEAD = re.compile(r"\s*部门\s*[:：]\s*(\S[^:：]*?)\s*(?=(?:金额)?单位\s*[:：]|$)")
_SECTION_AMOUNT = re.compile(r"(\S*资金(?:\s*[（(](?:万元|元)[)）])?)\s*[:：]\s*(\d[\d,]*(?:\.\d+)?\s*(?:万元|元|万)?)")


def _inline_hits(text: str) -> list[tuple[str | None, int, int]]:
    hits = []
    for m in _INLINE.finditer(text):
        raw = m.group(0)
        key = L.field_of(raw)
        signed = re.search(r"签字|签章|盖章", raw)
        # a stamped label's value is the stamp, but a unit written after it ('填报单位（盖章）：某局') is the unit
        hits.append((key if not signed or key in ("filler", "unit", "filer_unit", "department") else None, m.start(), m.end()))
    return hits


# --- tables -----------------------------------------------------------------------------
def _kind(text: str, merged_up: bool = False, loose: bool = False) -> str:
    if not text or merged_up and not L.field_of(text):
        return "empty"
    if L.field_of(text):
        return "label"
    if L.is_section(text) or L.ind_role(text) or C.column_role(text):
        return "section"
    if loose and (L.looks_label(text) or L.looks_label(as_lexicon(text))):
        return "other-label"       # copied text: a label the lexicon does not know; its value is placed nowhere
    return "value"


def split_header(st: State, top: list[Cell], sub: list[Cell], values: list[Cell], grid: bool = False) -> bool:
    """Copied rows '本年度预计投入 | 财政资金 | 其他' / '中央 | 省级 | 市级 | 本级' / '7 | 0 | 7 | 0 | 0 | 0'
    (tables.split_funding). In a table's ``grid`` each amount is the one under its label's column, so a cell left
    blank (a lone 0 OCR did not find) leaves only its own amount unread."""
    tops = [c for c in top if c.text.strip() and (_kind(c.text) == "label" or L.norm_label(c.text)[0] in ("其他", "其它"))]
    parts = [c for c in sub if c.text.strip()]
    nums = [c for c in values if c.text.strip()]
    if grid:
        under = {c.col: c for c in nums}
        pairs = split_funding([c.text for c in tops], [c.text for c in parts], [""] * (len(tops) - 1 + len(parts)),
                              amounts=False)
        slots = [tops[k].col for k, _key, _n in pairs or []] + [c.col for c in parts]
        if pairs is None or len(set(slots)) != len(slots) or not set(under) <= set(slots) \
                or not all(fits_field("funding.total", c.text) for c in nums) \
                or not _parts_under(tops, parts, {k for k, _key, _n in pairs}):
            return False
        for k, key, _n in pairs:
            if (cell := under.get(tops[k].col)) is not None:
                assign_field(st, key, cell.text, cell.where, factor=_factor(st, L.norm_label(tops[k].text)[1]))
        return True
    pairs = split_funding([c.text for c in tops], [c.text for c in parts], [c.text for c in nums])
    if pairs is None:
        return False
    for k, key, n in pairs:
        assign_field(st, key, nums[n].text, nums[n].where, factor=_factor(st, L.norm_label(tops[k].text)[1]))
    return True


def _parts_under(tops: list[Cell], parts: list[Cell], fields: set[int]) -> bool:
    """The sources lie between the split label's column and the next label's (the one top label not a field)."""
    parent = next(k for k in range(len(tops)) if k not in fields)
    end = tops[parent + 1].col if parent + 1 < len(tops) else float("inf")
    return all(tops[parent].col <= c.col < end for c in parts)


_CONTINUED = ("goals.", "overview", "basis", "necessity", "unit_functions")


def kv_row(st: State, row: list[Cell], below: list[Cell] | None, last_field):
    kinds = [_kind(c.text, c.merged_up) for c in row]
    # a continuation row: the label cell is merged from above, or blank, and one value sits under the last value
    if last_field and "label" not in kinds:
        key, col = last_field
        vals = [c for c, k in zip(row, kinds) if k == "value"]
        if len(vals) == 1 and (vals[0].col == col) and key.startswith(_CONTINUED):
            assign_field(st, key, vals[0].text, vals[0].where, append=True)
            return last_field, False
    found, used_below = None, False
    owner = _value_owners(kinds)
    for j, (c, k) in enumerate(zip(row, kinds)):
        if k != "label":
            if k == "value" and j not in owner.values():
                nxt = _next_filled(kinds, j)
                _free_value(st, c, row[nxt] if nxt is not None and kinds[nxt] == "value" else None)
            continue
        key = L.field_of(c.text)
        _, factor = L.norm_label(c.text)
        nxt = row[owner[j]] if j in owner else None
        if nxt is not None:
            assign_field(st, key, nxt.text, nxt.where, factor=_factor(st, factor), append=c.merged_up)
            found = (key, nxt.col)
        elif below is not None and "value" not in kinds and not _blank_slot(kinds, j) and _values_row(below):
            under = cell_at(below, c.col)
            if under is not None and _kind(under.text) == "value":
                assign_field(st, key, under.text, under.where, factor=_factor(st, factor))
                found, used_below = (key, under.col), True
    return found, used_below


def loose_kv_row(st: State, row: list[Cell], below: list[Cell] | None, last_field):
    """A row of a loose table: label → the value after it (a text label takes every value up to the next
    label: '年度目标 围绕… 目标1:… 目标2:…' split at spaces); a row of labels → the values row below, in
    order, left-aligned (the blank cells of a copied row are the trailing ones); one value alone under a
    text field goes on with it."""
    cells = _subtotal_words([c for c in row if c.text.strip()])
    if len(cells) == 2 and (name := _coded_heading(cells[0].text)) and _MONEY_NOTE.fullmatch(L.clean_cell(cells[1].text)):
        # '207101某区人民法院 | 单位:万元' over a form: the filing unit with its budget code, beside the money unit
        assign_field(st, "filer_unit", name, cells[0].where)
        return None, False
    kinds = _label_values(cells, [_kind(c.text, loose=True) for c in cells])
    if last_field and last_field[0].startswith("funding.") and len(cells) >= 2 and len(cells) % 2 == 0 \
            and all(L.clean_cell(c.text) in ("其他", "其它") for c in cells[::2]) \
            and all(_BARE_AMOUNT.fullmatch(c.text.strip()) for c in cells[1::2]) \
            and len({c.text.strip() for c in cells[1::2]}) == 1:
        # '其他 | 0.00 (| 其他 | 0.00 …)' right under the funding rows ('其中:财政资金 | 6.84'): a bare 其他 there is the
        # 其他资金 line, printed once a column; read only when every column gives the same amount
        assign_field(st, "funding.other", cells[1].text, cells[1].where, factor=_factor(st, 1.0))
        return ("funding.other", 0), False
    if last_field and "label" not in kinds and kinds.count("value") == 1 and len(cells) == 1 \
            and last_field[0].startswith(_CONTINUED) and fits("long", cells[0].text) and not inline_pairs(cells[0].text):
        # (not '(2)立项依据:中标通知书…' after the 项目概述's value: a numbered item opening with its label is its own)
        assign_field(st, last_field[0], cells[0].text, cells[0].where, append=True)
        return last_field, False
    if last_field and last_field[0].startswith("goals.") and len(cells) == 2 and C.level_word(cells[0].text) \
            and kinds[1] == "value" and fits("long", cells[1].text) and not C.level_word(cells[1].text):
        # '效益指标 | 文物保护宣传覆盖人次≥20万人次;…' after '年度绩效总目标 | 产出指标 | …': the goal's next part
        assign_field(st, last_field[0], cells[1].text, cells[1].where, append=True)
        return last_field, False
    if len(cells) == 2 and _GOAL_HEADING.fullmatch(L.norm_label(cells[0].text)[0]) and kinds[1] == "value" \
            and fits_field("goals.annual", cells[1].text):
        # '项目绩效目标 | 对全县…': the form's one goal cell under its section heading, nothing else in the row
        assign_field(st, "goals.annual", cells[1].text, cells[1].where)
        return ("goals.annual", 0), False
    if len(cells) == 2 and _OVERALL.fullmatch(L.norm_label(cells[0].text)[0]) and kinds[1] == "value" \
            and fits_field("goals.long_term", cells[1].text):
        # '总体目标 | 目标1:…': 总体目标 alone, with no 中期/年度 columns under it, is the long-term goal
        assign_field(st, "goals.long_term", cells[1].text, cells[1].where)
        return ("goals.long_term", 0), False
    if kinds == ["label"] and below:
        # '项目 名称' alone on its row and its value opening the next row, before that row's own labels
        under = [c for c in below if c.text.strip()]
        key = L.field_of(cells[0].text)
        if under and _kind(under[0].text, loose=True) == "value" and (len(under) == 1 or _kind(under[1].text, loose=True)
                                                                       in ("label", "other-label")) \
                and field_kind(key) in ("name", "org") and fits_field(key, under[0].text):
            assign_field(st, key, under[0].text, under[0].where)
            under[0].text = ""          # placed: the next row is read without it
            return (key, 0), False
    if below is not None and (n := _goal_over_columns(st, cells, kinds, below)):
        return n, True
    if below is not None and _sources_over_amounts(st, cells, kinds, below):
        return None, True
    labels = [c for c, k in zip(cells, kinds) if k == "label"]
    values = [c for c in below if c.text.strip() and _kind(c.text, loose=True) == "value"] if below is not None else []
    lead = len(cells) - len(values)
    if labels and len(cells) >= 3 and 1 <= lead < len(cells) and set(kinds[lead:]) <= {"label", "other-label"} \
            and all(_heading(c.text, k) or _goals_heading(c.text, cells[lead:]) for c, k in zip(cells[:lead], kinds)) \
            and _values_row(below, loose=True):
        # '年度总体目标 | 年初设定目标 | 完成情况综述' over 'A | B': the first cells head both rows (merged down:
        # '项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况'), each value sits under the column
        # label after them; columns the lexicon does not know take nothing
        pairs = [(L.field_of(a.text), v) for a, v in zip(cells[lead:], values) if L.field_of(a.text)]
        if pairs and all(fits_field(k, v.text) and not k.startswith("funding.") for k, v in pairs):
            for k, v in pairs:
                assign_field(st, k, v.text, v.where)
            return (pairs[-1][0], 0), True
    if labels and "value" not in kinds and below is not None and _values_row(below, loose=True):
        values = [c for c in below if c.text.strip() and _kind(c.text, loose=True) == "value"]
        if set(kinds) == {"label", "other-label"}:
            # '预期目标 | 实际完成情况' over 'A | B': a column the lexicon does not know takes its own value (and places
            # it nowhere), so that each label keeps the value under it
            pairs = [(a, v) for a, k, v in zip(cells, kinds, values) if k == "label"]
            if values and len(values) <= len(cells) and pairs and all(fits_field(L.field_of(a.text), v.text)
                                                                      for a, v in pairs):
                for a, v in pairs:
                    assign_field(st, L.field_of(a.text), v.text, v.where, factor=_factor(st, L.norm_label(a.text)[1]))
                return (L.field_of(pairs[-1][0].text), 0), True
        elif values and len(values) <= len(labels) and all(fits_field(L.field_of(a.text), v.text)
                                                            for a, v in zip(labels, values)):
            for a, v in zip(labels, values):
                assign_field(st, L.field_of(a.text), v.text, v.where, factor=_factor(st, L.norm_label(a.text)[1]))
            return (L.field_of(labels[len(values) - 1].text), 0), True
    found = None
    j = 0
    last_of = {L.field_of(c.text): n for n, (c, k) in enumerate(zip(cells, kinds)) if k == "label"}
    while j < len(cells):
        c, k = cells[j], kinds[j]
        if k != "label":
            nxt = cells[j + 1] if j + 1 < len(cells) and kinds[j + 1] == "value" else None
            if k == "value" and _free_value(st, c, nxt, loose=True):
                j += 1            # the next cell was the value of the label this cell ends with
            j += 1
            continue
        key = L.field_of(c.text)
        run = []
        while j + 1 + len(run) < len(cells) and kinds[j + 1 + len(run)] == "value":
            run.append(cells[j + 1 + len(run)])
        if run and key.startswith("goals.") and len(run) >= 2 and C.level_word(run[0].text) \
                and not any(C.level_word(v.text) for v in run[1:]):
            # '年度绩效总目标 | 产出指标 | 开展…': the goal written under a level word; the word is no part of it
            run[0].text = ""
        if run:
            takes = len(run) if key.startswith(_CONTINUED) else _choices(run) if key.startswith("attribute") else 1
            text = _label_rest(c.text, key, " ".join(v.text for v in run[:takes]))
            if key in _OF_THE_YEAR and last_of[key] != j:
                pass       # parallel 中期 | 年度 columns: the same amount label again on the row; the year's is the later
            elif key in _OF_THE_YEAR and not st.parallel and _differs(cells, kinds, key, text):
                # the same amount label again on a row with no 中期 | 年度 columns ('其中:财政资金 | 6.84 | 其中:财政资金 |
                # 6.50 | …' under 预算安排 / 资金到位 / 资金执行): which column is the year's budget is not printed
                st.warnings.append(f"{c.where}：“{L.clean_cell(c.text)}”在一行中出现多次且金额不同，未填入（请核对）。")
                st.unfit.add(key)
            elif run[-1].cut and takes == len(run) and not key.startswith(_CONTINUED):
                st.warnings.append(f"{c.where}：文本在“{run[-1].text}”处中断，{L.clean_cell(c.text)}未读取。")
                st.unfit.add(key)      # labelled, its value cut: unread, not missing from the form
            else:
                assign_field(st, key, text, run[0].where, factor=_factor(st, L.norm_label(c.text)[1]))
                found = (key, 0)
            for v in run[takes:]:
                _free_value(st, v, None)
        j += 1 + len(run)
    return found, False


def _differs(cells: list[Cell], kinds: list[str], key: str, text: str) -> bool:
    """The amount after another printing of the same label on the row is not the same as ``text``."""
    other = [cells[n + 1].text for n, (c, k) in enumerate(zip(cells, kinds))
             if k == "label" and L.field_of(c.text) == key and n + 1 < len(cells) and kinds[n + 1] == "value"]
    norm = lambda t: re.sub(r"[\s,]", "", t)
    return any(norm(t) != norm(text) for t in other)


def _subtotal_words(cells: list[Cell]) -> list[Cell]:
    """A total's word between a funding row's heading and its amount: '项目资金(万元) | 合计 | 250' is the total of the
    project's funds (资金总额), '一般公共预算拨款 | 小计 | 250' that source's own amount (the word is dropped).
    Only right before an amount, after a funding heading or a funding label."""
    out = list(cells)
    for k in range(len(out) - 2, 0, -1):
        word, before, after = L.clean_cell(out[k].text), out[k - 1].text, out[k + 1].text
        if word not in ("合计", "小计", "总计") or not is_amount(after):
            continue
        if (L.field_of(before) or "").startswith("funding."):
            del out[k]
        elif L.is_section(before) and "资金" in before and L.money_factor(before) is not None and word != "小计":
            c = out[k]
            out[k] = Cell("资金总额", c.col, c.where, c.merged_up, c.cut)
    return out


def _sources_over_amounts(st: State, cells: list[Cell], kinds: list[str], below: list[Cell]) -> bool:
    """A row of funding sources over a row of bare amounts, one amount a source ('资金来源(万元) | 财政拨款 | 非税安排 |
    上年结转 | 其他' over '36 | 0 | 0 | 0': the heading cell merged down the two rows): the k-th source from the right
    takes the k-th amount from the right. Only when the amounts are exactly as many as the source cells, two or more
    sources are fields of the form and no other field's label is among them (a bare 其他 there is 其他资金); a source the
    form has no field for takes nothing (named as not placed)."""
    under = [c for c in below if c.text.strip()]
    n = len(under)
    if n < 2 or n > len(cells) or len(cells) - n > 1 or not all(_BARE_AMOUNT.fullmatch(c.text.strip()) for c in under):
        return False
    heads, lead = cells[len(cells) - n:], cells[:len(cells) - n]
    if lead and not (kinds[0] in ("section", "other-label") and "资金" in lead[0].text):
        return False
    keys = [L.field_of(c.text) or ("funding.other" if L.clean_cell(c.text) in ("其他", "其它") else None) for c in heads]
    if sum(1 for k in keys if k and k.startswith("funding.")) < 2 or any(k and not k.startswith("funding.") for k in keys) \
            or any(_BARE_AMOUNT.fullmatch(c.text.strip()) or len(L.clean_cell(c.text)) > 12 for c in heads):
        return False
    factor = _factor(st, L.norm_label(lead[0].text)[1] if lead else 1.0)
    for head, key, v in zip(heads, keys, under):
        if key:
            assign_field(st, key, v.text, v.where, factor=_factor(st, L.norm_label(head.text)[1]) if
                         L.norm_label(head.text)[1] != 1.0 else factor)
        else:
            st.unplaced.append(f"{L.clean_cell(head.text)} {v.text.strip()}（{v.where}）")
    return True


_BARE_AMOUNT = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def _goal_over_columns(st: State, cells: list[Cell], kinds: list[str], below: list[Cell]):
    """'年度总体目标 | 总体目标 | 总体目标完成情况' over 'A | B': a goal label heading the row (merged down) over column
    heads, one naming the goal (总体目标, or the heading's own label) and the others what was done (完成情况 / 实际):
    the value under the goal's column is the heading's goal. The heading may also be a word the lexicon does not know
    ('总体目标完成情况 | 总体目标 | 全年实际完成情况'), or be absent ('总体目标 | 全年实际完成情况' over 'A | B'): the goal
    column's own label says which goal it is then (总体目标 alone is the long-term goal). Only with exactly one value
    under each column head."""
    if len(cells) < 2 or "value" in kinds:
        return None
    key = L.field_of(cells[0].text) if kinds[0] == "label" else None
    if key and key.startswith("goals.") and len(cells) >= 3:
        heads = cells[1:]
    elif key is None and kinds[0] == "other-label" and _DONE_HEAD.search(cells[0].text) and len(cells) >= 3:
        heads = cells[1:]          # a heading that knows no field, merged down the rows
    elif key is None or key.startswith("goals."):
        heads, key = cells, None   # no heading: the column heads alone
    else:
        return None
    values = [c for c in below if c.text.strip()]
    names = [L.norm_label(c.text)[0] for c in heads]
    own = lambda h: "goals.long_term" if _OVERALL.fullmatch(h) else (L.field_of(h) or "")
    goal = [n for n, h in enumerate(names) if (_OVERALL.fullmatch(h) or (L.field_of(h) or "").startswith("goals.")
                                                 and (key is None or L.field_of(h) == key)) and not _DONE_HEAD.search(h)]
    if len(values) != len(heads) or len(goal) != 1 or not all(_DONE_HEAD.search(h) for n, h in enumerate(names) if n != goal[0]):
        return None
    key = key or own(names[goal[0]])
    if not key.startswith("goals.") or not all(_kind(v.text, loose=True) == "value" for v in values) \
            or not fits_field(key, values[goal[0]].text):
        return None
    assign_field(st, key, values[goal[0]].text, values[goal[0]].where)
    return (key, 0)


_DONE_HEAD = re.compile(r"完成情况|实际完成|完成值|执行情况|偏差")


def _heading(text: str, kind: str) -> bool:
    """A cell that heads rows (merged down) rather than a field: a section, a label the lexicon does not know, or one
    numbered as an item of the form ('1.项目年度目标完成情况')."""
    return kind in ("other-label", "section") or kind == "value" and bool(_NUMBERED.match(text)) \
        and L.looks_label(_NUMBERED.sub("", text, count=1)) and not L.field_of(_NUMBERED.sub("", text, count=1))


_MONEY_NOTE = re.compile(r"(?:金额|资金)?单位\s*[:：]\s*万?元")
_CODE_LEAD = re.compile(r"\s*[\[【(（]?\s*\d{6,}\s*[\]】)）]?\s*[-－—_]?\s*(?=\D)")


def _coded_heading(text: str) -> str | None:
    """'207101某区人民法院': a budget unit's code and name, nothing else (no label), the name an organisation's
    ('…法院', '…局', '…中心'): the name; else None."""
    t = L.clean_cell(text)
    m = _CODE_LEAD.match(t)
    if not m:
        return None
    name = t[m.end():].strip()
    return name if UNIT_END.search(name) and not L.field_of(name) and fits_field("unit", name) \
        and not re.search(r"\d|[:：|]", name) else None


def _goals_heading(text: str, after: list[Cell]) -> bool:
    """'项目绩效目标 | 项目总目标 | 年度总体目标' over 'A | B': the section word (itself a one-goal label elsewhere) heads
    the goal columns after it, each of them a goal label of its own kind; it takes no value of its own."""
    keys = [L.field_of(c.text) or "" for c in after]
    return bool(_GOAL_HEADING.fullmatch(L.norm_label(text)[0])) and len(keys) >= 2 \
        and all(k.startswith("goals.") for k in keys) and len(set(keys)) == len(keys)


_NUMBERED = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})[.．、]\s*")
_OVERALL = re.compile(r"(?:项目|专项)?(?:总体|整体)(?:绩效)?目标")
_GOAL_HEADING = re.compile(r"(?:项目|专项)(?:总体)?绩效目标")


def _label_values(cells: list[Cell], kinds: list[str]) -> list[str]:
    """An unknown label right after a name label (project, unit, department), with no value of its own after it,
    is that label's value ('项目名称 | 营养改善计划专项资金' — a name may end like a label)."""
    out = list(kinds)
    for j in range(1, len(kinds)):
        if kinds[j] == "other-label" and kinds[j - 1] == "label" and (j + 1 == len(kinds) or kinds[j + 1] == "label") \
                and L.field_of(cells[j - 1].text) in ("project_name", "unit", "filer_unit", "department"):
            out[j] = "value"
    return out


def _choices(run: list[Cell]) -> int:
    """The cells of a choice list after its label ('延续项目 | 新增项目', '☑新增 | □延续'): read together, so that
    a list with no option marked is no answer."""
    n = 0
    while n < len(run) and re.search(r"新增|延续|持续|[☑✓✔√■□☐]", run[n].text) and len(run[n].text) <= 12:
        n += 1
    return max(n, 1)


def _label_rest(label: str, key: str, value: str) -> str:
    """The value without the rest of its label, printed apart by spaces ('年度主要目标     和成果 新建…')."""
    head = value.split(maxsplit=1)
    if len(head) == 2 and len(head[0]) <= 6 and L.field_of(label + head[0]) == key:
        return head[1]
    return value


def _blank_slot(kinds: list[str], j: int) -> bool:
    """The row's only label has an empty cell right of it: its value slot, left blank (not the row below)."""
    return kinds.count("label") == 1 and j + 1 < len(kinds) and kinds[j + 1] == "empty"


def _values_row(row: list[Cell], loose: bool = False) -> bool:
    """A row that can hold the values of the labels above it: no labels, not a detail table's header."""
    return not any(_kind(b.text, loose=loose) in ("label", "other-label") for b in row) and not budget_header(row) \
        and not indicator_header(row, [])


def _next_filled(kinds: list[str], j: int) -> int | None:
    """The next cell right of j that is not empty (a spreadsheet's merged label leaves blank cells behind it)."""
    for k in range(j + 1, len(kinds)):
        if kinds[k] != "empty":
            return k
    return None


def _value_owners(kinds: list[str]) -> dict[int, int]:
    """label index → index of its value: the next filled cell on its right, when that is a value."""
    owners = {}
    for j, k in enumerate(kinds):
        if k == "label" and (nxt := _next_filled(kinds, j)) is not None and kinds[nxt] == "value":
            owners[j] = nxt
    return owners


def _free_value(st: State, c: Cell, nxt: Cell | None, loose: bool = False) -> bool:
    """A value cell with no label on its left: an inline 'label：value', a title, or an unknown label. In a loose
    table also 'label value' apart by a space ('项目名称 特殊人群病种筛查经费'), pairs after a heading ('项目绩效目标(含…)
    项目概况:…'), and a cell that ends with its label ('起始日期:2019年1月1日 结束日期:') whose value is the next
    cell: True when that next cell was used."""
    kv = inline_pairs(c.text)
    if loose and not kv:
        kv = _spaced_pairs(c.text)
    if kv:
        for key, value in kv:
            assign_field(st, key, value, c.where)
        if loose and nxt is not None and not kv[-1][1] and fits_field(kv[-1][0], nxt.text):
            assign_field(st, kv[-1][0], nxt.text, nxt.where)
            return True
    elif _title_year(st, c.text, c.where):
        pass
    elif nxt is not None and _looks_label(c.text):
        st.unplaced.append(f"{L.clean_cell(c.text)}（{c.where}）")
    return False


def _spaced_pairs(text: str) -> list[tuple[str, str]]:
    """'项目名称 特殊人群病种筛查经费' → [('project_name', '特殊人群病种筛查经费')]; '项目绩效目标(含…) 项目概况:…' → the
    inline pairs after the heading. The label's money unit ('项目总预算(万元) 75.00') stays with it (st.money)."""
    head = L.clean_cell(text).split(maxsplit=1)
    if len(head) != 2:
        return []
    key = L.field_of(head[0])
    if key and key not in ("year", "phone"):
        in_yuan = key.startswith("funding.") and L.norm_label(head[0])[1] != 1.0
        return [(key, head[1] + "元" if in_yuan and re.fullmatch(r"[\d.,]+", head[1]) else head[1])]
    if L.is_section(head[0]) or L.looks_label(head[0]):
        return inline_pairs(head[1])
    return []


_YEAR_CELL = re.compile(r"[（(]?\s*((?:19|20)\d\d)\s*年度?\s*[)）]?")     # '(2023年度)' / '2021年' above a form
_TITLE = re.compile(r"(?:申报|批复|审批|目标)表|绩效目标(?:情况|公开)$")


def _title_year(st: State, text: str, where: str) -> bool:
    t = L.clean_cell(text)
    m = _YEAR_CELL.fullmatch(t)
    y = int(m.group(1)) if m else None
    if y is None and _TITLE.search(t) and len(t) <= 60:
        y = L.year_in_title(t)
        if y is None and (m := re.search(r"((?:19|20)\d\d)\s*年(?!\d)", t)):
            y = int(m.group(1))
    if y:
        assign_field(st, "year", str(y), where)
        return True
    return False


def _factor(st: State, label_factor: float) -> float:
    return label_factor if label_factor != 1.0 else st.money


def _looks_label(text: str) -> bool:
    t = L.clean_cell(text)
    return 2 <= len(t) <= 12 and not re.search(r"[\d，,。；;%]", t)
