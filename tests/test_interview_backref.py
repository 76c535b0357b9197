""""上面都说了" after a run-on first message: her earlier words are read again for the field asked — the unit from
"我们是县水利局下属的农村供水管理站", the budget lines from "钱主要花在管网更换80万、…", the overview from the message
itself — and the reply says which words were used. Nothing found: nothing filled, asked again."""
from __future__ import annotations

import datetime as dt

from assistant.interview.engine import Interview

TODAY = dt.date(2026, 12, 2)
RUN_ON = ("我一口气说完吧：项目叫农村饮水安全工程维修养护，我们是县水利局下属的农村供水管理站，主管是县水利局。"
          "明年一整年，维修养护全县86处集中供水工程，更换老旧管网12公里，总共需要135万，都是县财政的。"
          "钱主要花在管网更换80万、水泵等设备维修35万、水质检测20万。")


def _started():
    iv = Interview(today=TODAY)
    iv.opening()
    iv.answer(RUN_ON)
    return iv


def test_the_unit_is_read_from_her_earlier_words():
    iv = _started()
    iv.ask("unit")
    said = "\n".join(iv.answer("前面说了啊").lines())
    assert iv.form.unit == "农村供水管理站"      # (under 县水利局, said so: no part of the name)
    assert "按您前面说的" in said


def test_the_budget_lines_are_read_from_her_earlier_words():
    iv = _started()
    iv.ask("budget_items")
    iv.answer("上面说了")
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("管网更换", 80), ("水泵等设备维修", 35), ("水质检测", 20)]


def test_the_overview_is_her_run_on_without_the_talk_before_it():
    iv = _started()
    iv.ask("overview")
    iv.answer("上面都说了")
    assert iv.form.overview.startswith("项目叫农村饮水安全工程维修养护")
    assert "说完吧" not in iv.form.overview


def test_nothing_earlier_fills_nothing():
    iv = Interview(today=TODAY)
    iv.opening()
    iv.answer("社区养老驿站运营补贴")
    iv.ask("budget_items")
    said = "\n".join(iv.answer("上面说了").lines())
    assert not iv.form.budget_items
    assert "前面的话里我没能读出「预算明细」" in said
