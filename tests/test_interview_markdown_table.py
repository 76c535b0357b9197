"""A markdown table pasted as an answer (holdout11: the funding table stored 总额 0.0 and 结转 0.0, the budget table
one line named "| 明细 | 金额("): now read as the tab-separated table it is, each value to the field or line its
row names. A web page's "首页 | 政务公开 | 办事服务" (one line, no rule line) is no table; rows copied from a page with
``|`` between their cells (two lines or more, each of two cells or more) are."""
import datetime as dt

import pytest

from assistant.interview.blocks import unblock, unmarkdown
from interview_helpers import asked_on

TODAY = dt.date(2024, 3, 1)
FUNDING = "| 项目 | 金额（万元） |\n|---|---|\n| 总额 | 238.6 |\n| 上年结转 | 18.6 |\n| 其他 | 0 |"
ITEMS = "| 明细 | 金额（万元） |\n|:---|---:|\n| 检测设备运维 | 68 |\n| 协管人员劳务 | 126 |\n| 水电及办公 | 24.6 |\n| 卸载场地租赁 | 20 |"


def test_a_markdown_funding_table_fills_the_funding():
    iv = asked_on(TODAY, "funding")
    iv.answer(FUNDING)
    f = iv.form.funding
    assert (f.total, f.carryover, f.other) == (238.6, 18.6, 0)


def test_a_markdown_budget_table_gives_its_lines():
    iv = asked_on(TODAY, "budget_items", {"funding": {"total": 238.6}})
    iv.answer(ITEMS)
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("检测设备运维", 68), ("协管人员劳务", 126),
                                                                  ("水电及办公", 24.6), ("卸载场地租赁", 20)]


@pytest.mark.parametrize("text", ["首页 | 政务公开 | 办事服务 | 互动交流", "| 总额 | 238.6 |", "A|B\n说明文字"])
def test_pipes_on_one_line_are_no_table(text):
    assert unblock(text) == text


def test_rows_copied_from_a_page_are_cells():
    assert unmarkdown("总额 | 238.6 | ||||\n上年结转 | 18.6 |") == "总额\t238.6\n上年结转\t18.6"
