"""Measures: whether an indicator's unit and direction fit what its name measures, and date serials.

A name's sense is read from its ending (…率, …数, …时间) and its words (逾期, 投诉 … keep low;
合格率, 满意度 … keep high); the value's unit is classed by ``values.unit_class``.
"""
from __future__ import annotations

from functools import lru_cache

from ..lazyre import lazy
from ..recache import compile as recompile
from ..lexicon import (ACTION_ON_BAD, CHANGE_VALUE, COUNT_NAME_END, GROWTH_WORDS, INPUT_AS_OUTPUT, KEEP_HIGH,
                       KEEP_LOW, NOT_COUNT_NAME_END, QUANTITY_NAME_END, RATE_NAME_END, TIME_CHANGE, TIME_NAME)
from ..formdata import PlainIndicator as Indicator, category_of, row_path
from ..values import ParsedValue, SerialDate, parse_value, serial_date, unit_class
from . import correction, finding, rule

_SPACES = lazy(r"\s+")
_TRAILING_NOTE = recompile(r"\s*[（(][^()（）]*[)）]\s*$")
_UNIT_WORDS = {"count": "计数单位", "money": "金额单位", "time": "时间单位", "measure": "计量单位", "proportion": "百分比"}


@lru_cache(maxsize=8192)
def core_name(name: str) -> str:
    """The name without a trailing note such as '(%)' or '(≥**人)', spaces removed."""
    n = _SPACES.sub("", name or "")
    while (m := _TRAILING_NOTE.search(n)) and m.start() > 0:
        n = n[:m.start()]
    return n


def _measured(value: str) -> ParsedValue | None:
    """The parsed value when it is a plain quantity (a number, not a date or a written calculation)."""
    pv = parse_value(value)
    if pv.number is None or pv.is_date or pv.is_formula:
        return None
    return pv


@lru_cache(maxsize=8192)
def name_kind(name: str) -> str:
    """What a name measures by its ending: 'rate' (…率/比例/占比), 'count' (…数/数量/人数), 'time'
    (时间/时限/期限/进度, not a change such as 时间节约, not spending progress), or ''."""
    n = core_name(name)
    if RATE_NAME_END.search(n):
        return "rate"
    if COUNT_NAME_END.search(n):
        return "" if NOT_COUNT_NAME_END.search(n) else "count"
    if TIME_NAME.search(n) and not TIME_CHANGE.search(n) and not INPUT_AS_OUTPUT.search(n):
        return "time"
    return ""


_WRONG_UNITS = {"rate": (("count", "money", "time", "measure"), "比率类指标应以百分比表示"),
                "count": (("proportion",), "数量类指标应以人、个、次等计数单位表示"),
                "time": (("proportion", "count"), "时间类指标应写明完成时限（日期或天数）")}


def unit_conflict(name: str, pv: ParsedValue) -> str:
    """Why the unit cannot measure what the name says ('' when it can)."""
    kind = name_kind(name)
    if not kind or not pv.unit:
        return ""
    wrong, why = _WRONG_UNITS[kind]
    return why if unit_class(pv.unit) in wrong else ""


@rule("indicator_unit_mismatch", "warning", title="指标单位与名称不符", row=True,
      gate=lambda ind: ind.name and name_kind(ind.name))
def indicator_unit_mismatch(ind: Indicator, i: int):
    """指标值的单位不能衡量指标名称所说的内容（率用了人数、数量用了%、时间用了%）。

    Why: 88号文"细化量化"：指标值的计量单位须与指标口径一致，否则目标无法核对；
    名称以率/比例/占比结尾的用%，以数/数量/人数结尾的用计数单位，时间/时限/期限/进度写日期或时长
    （衡量变化的除外：出行时间节约 ≥10%）。
    Bad:  聘用人员在岗率 ≥13人；培训人数 ≥95%；项目完成时间 100%
    Good: 聘用人员在岗率 ≥95%；培训人数 ≥200人；项目完成时间 2024年12月底前
    """
    if not (ind.name and ind.value):      # (a row with a name and a value)
        return
    if not name_kind(ind.name) or (pv := _measured(ind.value)) is None:
        return
    why = unit_conflict(ind.name, pv)
    if why:
        yield finding("indicator_unit_mismatch", row_path(ind, i),
                      f"指标「{ind.name}」的值「{ind.value}」用的是{_UNIT_WORDS[unit_class(pv.unit)]}「{pv.unit}」，"
                      f"与指标名称不符（{why}）。",
                      "请按指标名称改写指标值（如“在岗率 ≥95%”“人数 =4人”“完成时间 2024年12月底前”），"
                      "或把指标名称改成与数值相符的说法（如“在岗人数”）。")


@lru_cache(maxsize=8192)
def sense(name: str) -> str:
    """'high' (keep high: 合格率, 满意度 …), 'low' (keep low: 逾期, 投诉, 事故 …) or '' from the name alone."""
    n = core_name(name)
    if GROWTH_WORDS.search(n) or CHANGE_VALUE.search(n):
        return ""                      # a change (下降率, 提高率): its direction is the change's
    high = [m for m in KEEP_HIGH.finditer(n)]
    if high and high[-1].end() == len(n):
        return "high"                  # the head decides: 投诉处理满意度, 事故处理及时率
    if KEEP_LOW.search(n) and not ACTION_ON_BAD.search(n):
        return "low"                   # 逾期发放率; not 投诉办结率 or 挽回经济损失
    return "high" if high else ""


def _out_of_range(name: str, pv: ParsedValue) -> bool:
    return pv.is_percent and (pv.number < 0 or (pv.number > 100 and not GROWTH_WORDS.search(name)))


@rule("indicator_direction_conflict", "warning", title="指标方向与含义相反", row=True,
      gate=lambda ind: ind.name and sense(ind.name))
def indicator_direction_conflict(ind: Indicator, i: int):
    """指标方向与指标含义相反：应越低越好的用了“≥”，应越高越好的用了“≤”。

    Why: 指标方向表示目标要求；逾期、投诉、事故、差错等应控制在低位（≤ 或 =0），
    合格率、满意度、完成率等应不低于目标（≥）。方向写反，目标就变成了鼓励问题发生。
    超出0–100%的比率、单位与名称不符的值、Excel日期序列号只报各自的问题；=0 的控制目标（事故发生率 =0%）不算方向问题。
    Bad:  逾期发放率 ≥100%；工程验收合格率 ≤95%
    Good: 逾期发放率 =0%；工程验收合格率 ≥95%
    """
    if not (ind.name and ind.value):      # (a row with a name and a value)
        return
    if not (s := sense(ind.name)) or (pv := _measured(ind.value)) is None:
        return
    if pv.op not in ("≥", ">", "≤", "<") or CHANGE_VALUE.search(ind.value):
        return
    if _out_of_range(ind.name, pv) or unit_conflict(ind.name, pv) or serial_of(ind) is not None:
        return  # one defect, one finding: the range, the unit or the date is what is wrong
    if s == "low" and pv.op in ("≥", ">") and pv.number != 0:
        yield finding("indicator_direction_conflict", row_path(ind, i),
                      f"「{ind.name}」应越低越好，指标值「{ind.value}」却要求不低于该数。",
                      f"请改为控制上限，如“≤{pv.number:g}{pv.unit}”，或“=0{pv.unit}”。")
    elif s == "high" and pv.op in ("≤", "<"):
        yield finding("indicator_direction_conflict", row_path(ind, i),
                      f"「{ind.name}」应越高越好，指标值「{ind.value}」却要求不高于该数。",
                      f"请改为不低于目标值，如“≥{pv.number:g}{pv.unit}”。")


def _serial_name(ind: Indicator) -> bool:
    """The row's levels and name let a bare number in range be read as a date serial (``serial_of``'s test of the
    name, without the value)."""
    if category_of(ind) == "时效指标":
        return True
    name = core_name(ind.name)
    return bool(TIME_NAME.search(name)) or not QUANTITY_NAME_END.search(name)


def serial_of(ind: Indicator) -> SerialDate | None:
    """The Excel date serial the row's value is, or None.

    A bare number in range is a serial under a 时效 row or a name about time; under a name that
    counts or sums (人数, 面积, 金额 …) it is a quantity without a unit (indicator_unit_missing)."""
    s = serial_date(ind.value) if ind.value else None
    if s is None:
        return None
    name = core_name(ind.name)
    if category_of(ind) == "时效指标" or TIME_NAME.search(name) or not QUANTITY_NAME_END.search(name):
        return s
    return None


@rule("indicator_value_serial_date", "error", title="日期显示为Excel序列号", row=True, gate=lambda ind: _serial_name(ind))
def indicator_value_serial_date(ind: Indicator, i: int):
    """指标值是Excel日期序列号（如44561），不是日期。

    Why: 从Excel复制时日期单元格显示成了序列号（44561 = 2021年12月31日），读表人无法看懂时限；
    电话号码、7位功能科目编码不是序列号；名称表示数量或金额（人数、面积、金额等）的行，裸数字按缺少单位处理。
    Bad:  项目财政资金到位时间 =44,56144,561
    Good: 项目财政资金到位时间 2021年12月31日前
    """
    s = serial_of(ind)
    if s is None:
        return
    path = row_path(ind, i)
    new = s.corrected()
    yield finding("indicator_value_serial_date", path,
                  f"指标「{ind.name or path}」的值「{ind.value}」是Excel日期序列号{s.serial}，对应日期 {new}。",
                  f"请将指标值改为“{new}”（把单元格格式设为日期或直接写明日期）。")
    yield correction(field=path, old=ind.value, new=new,
                     reason=f"Excel日期序列号{s.serial}对应{s.date.year}年{s.date.month}月{s.date.day}日。")
