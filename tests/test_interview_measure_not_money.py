"""A corrected figure in a measure (亩, 公里) is never put into an amount in 万元, however the line is named
("封育 240万元" and "应该是一万亩": 万 of 一万 is no money), and when the row is not found the choices offered
are the rows in that measure. Budget lines said with their area and price per 亩 keep their own short name."""
from __future__ import annotations

import datetime as dt

from assistant.interview import answers as A
from assistant.interview.engine import Interview
from assistant.interview.extract import budget_items


def test_a_line_said_with_its_area_and_price_per_mu_is_named_by_its_work():
    iv = Interview(today=dt.date(2026, 12, 3))
    items, _ = budget_items(A.prep("补植一万五千亩每亩六百，九百万；抚育六千亩每亩两百，一百二十万"), iv.context("budget_items"), [])
    assert [(i["name"], i["amount"]) for i in items] == [("补植", 900), ("抚育", 120)]


def test_an_area_correction_never_changes_a_budget_amount():
    iv = Interview(today=dt.date(2026, 12, 3))
    iv.opening()
    for said in ("退化林修复", "县林草局", "同上", "完成补植一万五千亩、抚育六千亩", "2130209", "新增", "明年全年",
                 "省林草局年度任务", "林分退化严重", "一千零二十万", "没有结转，也没有其他资金",
                 "补植一万五千亩每亩六百，九百万；抚育六千亩每亩两百，一百二十万"):
        iv.answer(said)
    amounts = [b.amount for b in iv.form.budget_items]
    while not iv.next_question().field.startswith("indicators."):
        iv.answer("跳过")
    said = "\n".join(iv.answer("抚育少报了一千亩，应该是七千亩，钱不变").said)
    assert [b.amount for b in iv.form.budget_items] == amounts
    assert "预算明细" not in said.split("是这几项中的哪一项", 1)[-1]
