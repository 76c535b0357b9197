"""Keycap digits used as the bullets of a list ("1️⃣ 名称 2️⃣ 单位 …") number its items, like "1." lines: the items
are read one by one (never "1 裁判费" as a name, never only the first item); a keycap alone is still a pick."""
from __future__ import annotations

import datetime as dt

from assistant.interview.engine import Interview
from assistant.interview.slips import marks


def _iv() -> Interview:
    iv = Interview(today=dt.date(2026, 6, 8))
    iv.opening()
    return iv


def test_budget_lines_after_keycaps():
    iv = _iv()
    iv.ask("funding")
    iv.answer("64.5万")
    iv.ask("budget_items")
    iv.answer("1️⃣ 评委劳务费 12w 2️⃣ 场地租赁 30w 3️⃣ 奖金 18w 4️⃣ 宣传 4.5w")
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("评委劳务费", 12), ("场地租赁", 30), ("奖金", 18), ("宣传", 4.5)]


def test_the_first_fields_in_order_after_keycaps():
    iv = _iv()
    iv.ask("project_name")
    iv.answer("1️⃣ 全县青年歌手大赛 2️⃣ 县文化馆 3️⃣ 县文旅局")
    assert (iv.form.project_name, iv.form.unit, iv.form.department) == ("全县青年歌手大赛", "县文化馆", "县文旅局")


def test_a_keycap_alone_is_a_figure():
    assert marks("选2️⃣") == "选2"
    assert marks("3️⃣") == "3"
