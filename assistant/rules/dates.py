"""Dates: the project period, budget item months, the fill date."""
from __future__ import annotations

import re

from ..model import Declaration
from . import Context, finding, rule

_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def _ok(m: str) -> bool:
    return bool(_MONTH.match(m or ""))


@rule("period_invalid", "error")
def period_invalid(form: Declaration, ctx: Context):
    """项目实施起止时间无法识别，或开始晚于结束。

    Why: 实施期限是时效指标和资金安排的依据，起止时间须为有效年月且开始不晚于结束。
    Bad:  2024-12 ~ 2024-01
    Good: 2024-01 ~ 2024-12
    """
    s, e = form.start, form.end
    if s and not _ok(s):
        yield finding("period_invalid", "start", f"项目开始时间「{s}」无法识别。", "请按“2024-01”格式填写开始年月。")
    elif e and not _ok(e):
        yield finding("period_invalid", "end", f"项目结束时间「{e}」无法识别。", "请按“2024-12”格式填写结束年月。")
    elif s and e and s > e:
        yield finding("period_invalid", "start", f"项目开始时间 {s} 晚于结束时间 {e}。", "请核对实施起止时间，开始应不晚于结束。")


@rule("item_period_outside", "warning")
def item_period_outside(form: Declaration, ctx: Context):
    """预算明细的起止时间超出项目实施期。

    Why: 资金安排应在项目实施期内，明细时间超出说明期限或明细有误。
    Bad:  项目 2024-01~2024-12，明细 2024-01~2025-03
    Good: 明细 2024-01~2024-12
    """
    s, e = form.start, form.end
    if not (_ok(s) and _ok(e)) or s > e:
        return
    for i, it in enumerate(form.budget_items):
        bad = [m for m in (it.start, it.end) if _ok(m) and not (s <= m <= e)]
        if bad:
            yield finding("item_period_outside", f"budget_items[{i}]",
                          f"预算明细「{it.name}」的时间 {it.start}~{it.end} 超出项目实施期 {s}~{e}。",
                          "请将明细起止时间调整到项目实施期内，或核对项目期限。")


@rule("fill_date_after_start", "warning")
def fill_date_after_start(form: Declaration, ctx: Context):
    """填报日期晚于项目开始月份（事后补报目标）。

    Why: 88号文：绩效目标是预算安排的前置条件，应在项目实施前申报；事后设定的目标缺乏约束力。
    Bad:  开始 2020-01，填报 2020-08-19
    Good: 开始 2021-01，填报 2020-10-15
    """
    if not _ok(form.start) or not re.match(r"^\d{4}-\d{2}", form.fill_date or ""):
        return
    if form.fill_date[:7] > form.start:
        yield finding("fill_date_after_start", "fill_date",
                      f"填报日期 {form.fill_date} 晚于项目开始时间 {form.start}，目标属于事后设定。",
                      "如为年中追加项目请在概况中说明；否则应在项目开始前申报绩效目标。")
