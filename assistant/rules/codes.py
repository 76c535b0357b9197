"""Codes and attributes: 预算功能科目 and 项目属性."""
from __future__ import annotations

import re

from ..lazyre import lazy
from ..lexicon import BASIC_SPENDING_ITEMS, FUNCTION_CLASSES, ITEM_01_NOT_ADMIN
from ..formdata import PlainDeclaration as Declaration
from . import Context, finding, rule


_SEVEN_DIGITS = lazy(r"\d{7}")


def code_valid(code: str) -> bool:
    return bool(_SEVEN_DIGITS.fullmatch(code or "")) and code[:3] in FUNCTION_CLASSES


@rule("function_code_invalid", "error", title="功能科目编码无效", reads=("function_code",))
def function_code_invalid(form: Declaration, ctx: Context):
    """预算功能科目不是7位有效的支出功能分类编码。

    Why: 《政府收支分类科目》：项目应填列到项级科目（类3位+款2位+项2位），类须为201–233。
    Bad:  20103 / 1990308
    Good: 2010308（信访事务）
    """
    code = form.function_code
    if code and not code_valid(code):
        why = "不是7位数字" if not _SEVEN_DIGITS.fullmatch(code) else f"前三位 {code[:3]} 不是支出功能分类的类级科目"
        yield finding("function_code_invalid", "function_code", f"预算功能科目「{code}」{why}。",
                      "请按当年《政府收支分类科目》填列到项级科目，如 2010308（信访事务）。")


@rule("function_code_basic_spending", "warning", title="列入基本支出科目", reads=("function_code",))
def function_code_basic_spending(form: Declaration, ctx: Context):
    """项目支出列在了“行政运行/事业运行”项级科目。

    Why: 行政运行（01）和事业运行（50）反映基本支出，项目支出不宜列入。
    Bad:  2010301（行政运行）
    Good: 2010302（一般行政管理事务）或相应专项科目
    """
    code = form.function_code
    if not code_valid(code):
        return
    item = code[5:]
    if item == "01" and code[:5] in ITEM_01_NOT_ADMIN:
        return
    if item in BASIC_SPENDING_ITEMS:
        yield finding("function_code_basic_spending", "function_code",
                      f"预算功能科目 {code} 的项级为“{BASIC_SPENDING_ITEMS[item]}”，反映基本支出。",
                      "项目支出请调整到相应的项级科目（如 一般行政管理事务 或专项业务科目）。")


@rule("attribute_inconsistent", "warning", title="项目属性与结转不符")
def attribute_inconsistent(form: Declaration, ctx: Context):
    """项目属性为“新增”，但有上年结转资金。

    Why: 有上年结转说明项目以前年度已安排资金，应为“延续”项目。
    Bad:  新增，上年结转 22.32万元
    Good: 延续，上年结转 22.32万元
    """
    if "新增" in form.attribute and (form.funding.carryover or 0) > 0:
        yield finding("attribute_inconsistent", "attribute",
                      f"项目属性为“新增”，但有上年度结转资金 {form.funding.carryover:g} 万元。",
                      "请核实项目属性：有上年结转的一般为“延续”项目。")
