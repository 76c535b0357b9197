"""The fields of the live preview: what each row is, how it is edited in place and read back. Pure.

Every value in the preview is an element with ``data-field`` (a declaration path) and
``data-kind``; clicking it opens an editor (style.css, layout's js) and what the applicant typed
comes back here as text. ``apply_edit`` reads it for that field only (an amount for a money
field, a period for 实施期限, one goal per line …) and returns the new form, or raises
``EditError`` with a Chinese message saying what could not be read; nothing is guessed.
The paths a browser sends are checked against this catalogue, never trusted.

Kinds: text, area (several lines), year, period, money (万元), date, goals (one per line),
item.<part> / indicator.<part> (a cell of a budget or indicator row), ask (no editor: clicking
asks the interview's question for that part, e.g. an empty indicator category).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Declaration, category_of, family_of
from ..textnum import normalize, parse_date, parse_month
from ..interview.fields import quoted
from . import drafting

INDICATOR_CATEGORIES = ("数量指标", "质量指标", "时效指标", "成本指标", "效益指标", "满意度指标")


class EditError(ValueError):
    """What the applicant typed cannot be read for that field (the message says why, in Chinese)."""


@dataclass(frozen=True)
class Row:
    label: str
    path: str
    kind: str
    counted: bool = True      # counts towards the progress (the required parts of the form)


SECTIONS: list[tuple[str, list[Row]]] = [
    ("一、基本信息", [
        Row("预算年度", "year", "year"), Row("项目名称", "project_name", "text"),
        Row("主管部门", "department", "text"), Row("主管部门编码", "department_code", "text", False),
        Row("主管部门负责人", "department_head", "text", False),
        Row("主管部门联系电话", "department_phone", "text", False),
        Row("项目单位", "unit", "text"), Row("项目单位负责人", "unit_head", "text"),
        Row("项目单位联系电话", "unit_phone", "text"), Row("单位职能", "unit_functions", "area", False),
        Row("预算功能科目", "function_code", "text"), Row("项目属性", "attribute", "text"),
        Row("实施期限", "start", "period")]),
    ("二、项目情况", [Row("项目概况", "overview", "area"), Row("立项依据", "basis", "area"),
                     Row("必要性及可行性", "necessity", "area")]),
    ("三、资金情况", [Row("资金总额", "funding.total", "money"),
                     Row("上年结转", "funding.carryover", "money", False),
                     Row("本年度预算", "funding.current_year", "money", False),
                     Row("其他资金", "funding.other", "money", False),
                     Row("预算明细", "budget_items", "items")]),
    ("四、绩效目标", [Row("年度目标", "goals.annual", "goals"), Row("中长期目标", "goals.long_term", "goals")]),
    ("五、绩效指标", [Row(c, f"indicators.{c}", "indicators") for c in INDICATOR_CATEGORIES]),
    ("六、填报信息", [Row("填报人", "filler", "text"), Row("填报日期", "fill_date", "date", False)]),
]
ROWS = {r.path: r for _, rows in SECTIONS for r in rows}
LABELS = {r.path: r.label for r in ROWS.values()}
_TEXT_FIELDS = {p for p, r in ROWS.items() if r.kind in ("text", "area")}
_ITEM = re.compile(r"^budget_items\[(\d+)\]\.(name|amount|start|end)$")
_INDICATOR = re.compile(r"^indicators\[(\d+)\]\.(name|value)$")
_ITEM_PART = {"name": "名称", "amount": "金额", "start": "开始月份", "end": "结束月份"}
_IND_PART = {"name": "指标名称", "value": "指标值"}


def in_category(ind, cat: str) -> bool:
    return ind.scope == "annual" and cat in (category_of(ind), family_of(ind))


# --- reading what was typed ------------------------------------------------------------

def _money(text: str, label: str) -> float | None:
    t = normalize(text).replace(" ", "")
    if not t:
        return None
    n = drafting.read_amount(t)
    if n is None:
        raise EditError(f"读不出「{label}」的金额「{text.strip()}」。请写数字，单位万元，如 48.6 或 48.6万元。")
    if n < 0:
        raise EditError(f"「{label}」不能是负数。")
    return n


def _year(text: str) -> int | None:
    t = normalize(text)
    if not t:
        return None
    m = re.fullmatch(r"((?:19|20)\d\d)\s*年?度?", t)
    if not m:
        raise EditError(f"读不出预算年度「{text.strip()}」。请写四位年份，如 2020。")
    return int(m.group(1))


def _read(text: str, parse, what: str, how: str):
    """``parse(text)``, or "" for an empty text; EditError 读不出{what}「text」。{how} when it returns None."""
    t = normalize(text)
    if not t:
        return ""
    value = parse(t)
    if value is None or (isinstance(value, tuple) and None in value):
        raise EditError(f"读不出{what}「{text.strip()}」。{how}")
    return value


def _month(text: str, label: str) -> str:
    return _read(text, parse_month, label, "请写年月，如 2020-01 或 2020年1月。")


def _period(text: str, form: Declaration) -> tuple[str, str]:
    t = normalize(text)
    if not t:
        return "", ""
    w = drafting.read_period(t, form)
    if w.no_year:
        raise EditError(f"实施期限「{text.strip()}」没有写年份，预算年度也还没填。请写起止年月，如 2020年3月至2020年10月。")
    if not (w.start and w.end):
        raise EditError(f"读不出实施期限「{text.strip()}」。请写起止年月，如 2020年1月至2020年12月。")
    return w.start, w.end


def read_notes(form: Declaration, path: str, text: str) -> str:
    """How an edit was read when that is not plain from the value: a relative year ("“去年”按2025年理解")
    or months that took the 预算年度 — said back after the edit note."""
    if path != "start" or not normalize(text or ""):
        return ""
    notes = drafting.read_period(normalize(text), form).notes
    return "".join(f"{n}。" for n in notes)


def _date(text: str) -> str:
    return _read(text, parse_date, "填报日期", "请写年月日，如 2020-08-19。")


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in (text or "").replace("\r", "").split("\n") if ln.strip()]


# --- applying an edit --------------------------------------------------------------------

def label_of(form: Declaration, path: str) -> str:
    if m := _ITEM.match(path):
        return f"预算明细第{int(m.group(1)) + 1}项{_ITEM_PART[m.group(2)]}"
    if m := _INDICATOR.match(path):
        i = int(m.group(1))
        name = form.indicators[i].name if i < len(form.indicators) else ""
        return f"指标「{name}」的{_IND_PART[m.group(2)]}" if name and m.group(2) == "value" else \
            f"第{i + 1}条指标的{_IND_PART[m.group(2)]}"
    return LABELS.get(path, path)


def shown(form: Declaration, path: str) -> str:
    """The value of an editable path as text (what the editor opens with, and what notes quote)."""
    if path == "year":
        return str(form.year or "")
    if path == "start":
        return f"{form.start} 至 {form.end}" if form.start or form.end else ""
    if path.startswith("funding."):
        x = getattr(form.funding, path.split(".", 1)[1])
        return f"{x:g} 万元" if x is not None else ""
    if path.startswith("goals."):
        return "\n".join(getattr(form.goals, path.split(".", 1)[1]))
    if m := _ITEM.match(path):
        it = form.budget_items[int(m.group(1))]
        x = getattr(it, m.group(2))
        return (f"{x:g} 万元" if x is not None else "") if m.group(2) == "amount" else x
    if m := _INDICATOR.match(path):
        return getattr(form.indicators[int(m.group(1))], m.group(2))
    return str(getattr(form, path, "") or "")


def check_path(form: Declaration, path: str) -> str:
    """The path if the preview offers it for editing; EditError otherwise (a stale or forged path)."""
    if path in ROWS and ROWS[path].kind not in ("items", "indicators"):
        return path
    if (m := _ITEM.match(path)) and int(m.group(1)) < len(form.budget_items):
        return path
    if (m := _INDICATOR.match(path)) and int(m.group(1)) < len(form.indicators):
        return path
    raise EditError("这一栏已经变化（表单刚被修改过），请在最新的申报表上重新点击修改。")


def apply_edit(form: Declaration, path: str, text: str) -> Declaration:
    """The form with ``path`` set to what was typed; EditError when it cannot be read."""
    path = check_path(form, path)
    text = (text or "").strip()
    data = form.to_json()
    if path in _TEXT_FIELDS:
        data[path] = text if ROWS[path].kind == "area" else " ".join(text.split())
    elif path == "year":
        data["year"] = _year(text)
    elif path == "start":
        data["start"], data["end"] = _period(text, form)
    elif path == "fill_date":
        data["fill_date"] = _date(text)
    elif path.startswith("funding."):
        data["funding"][path.split(".", 1)[1]] = _money(text, LABELS[path])
    elif path.startswith("goals."):
        data["goals"][path.split(".", 1)[1]] = _lines(text)
    elif m := _ITEM.match(path):
        i, part = int(m.group(1)), m.group(2)
        item = data["budget_items"][i]
        if part == "amount":
            item["amount"] = _money(text, label_of(form, path))
        elif part == "name":
            item["name"] = " ".join(text.split())
        else:
            item[part] = _month(text, label_of(form, path))
        if not item["name"] and item["amount"] is None:
            del data["budget_items"][i]
    elif m := _INDICATOR.match(path):
        i, part = int(m.group(1)), m.group(2)
        data["indicators"][i][part] = " ".join(text.split())
        if not data["indicators"][i]["name"] and not data["indicators"][i]["value"]:
            del data["indicators"][i]
    return Declaration.from_json(data)


def edit_note(before: Declaration, after: Declaration, path: str) -> str:
    """'已把「项目名称」从「甲」改为「乙」。' (or 填为 / 清空), quoting at most 40 characters of each."""
    label = label_of(before, path)
    label = quoted(label)
    old, new = _short(shown(before, path)), _short(shown(after, path) if check_ok(after, path) else "")
    if old == new:
        return f"{label}没有变化。"
    if not new:
        return f"已清空{label}（原为「{old}」）。"
    if not old:
        return f"已把{label}填为「{new}」。"
    return f"已把{label}从「{old}」改为「{new}」。"


def check_ok(form: Declaration, path: str) -> bool:
    try:
        check_path(form, path)
    except EditError:
        return False
    return True


def _short(text: str, n: int = 40) -> str:
    t = " / ".join(_lines(text)) if "\n" in text else text
    return t if len(t) <= n else t[:n] + "……"


# --- the budget table -----------------------------------------------------------------------

BUDGET_HEADERS = ["明细名称", "金额（万元）", "开始月份", "结束月份"]


def budget_rows(form: Declaration) -> list[list[str]]:
    return [[it.name, f"{it.amount:g}" if it.amount is not None else "", it.start, it.end]
            for it in form.budget_items]


def rows_to_items(rows: list[list]) -> list[dict]:
    """Table rows back to budget items; blank rows dropped; EditError names the row that cannot be read."""
    out = []
    for k, row in enumerate(rows or [], 1):
        cells = [("" if c is None else str(c)).strip() for c in list(row) + [""] * 4][:4]
        if not any(cells):
            continue
        out.append({"name": " ".join(cells[0].split()), "amount": _money(cells[1], f"第{k}行金额"),
                    "start": _month(cells[2], f"第{k}行开始月份"), "end": _month(cells[3], f"第{k}行结束月份")})
    return out


def budget_note(form: Declaration) -> str:
    """The sum of the items beside the project total, re-checked on every change."""
    items = [it.amount for it in form.budget_items if it.amount is not None]
    if not form.budget_items:
        return "还没有预算明细。点“添加一行”填写每项支出的名称和金额（万元）。"
    total = round(sum(items), 6)
    head = f"明细合计 {total:g} 万元（{len(form.budget_items)} 项）"
    if form.funding.total is None:
        return head + "；项目资金总额尚未填写。"
    if abs(total - form.funding.total) <= 0.005:
        return head + f"，与项目资金总额 {form.funding.total:g} 万元一致 ✔"
    return head + f"，与项目资金总额 {form.funding.total:g} 万元不一致（相差 {abs(total - form.funding.total):g} 万元）✘"
