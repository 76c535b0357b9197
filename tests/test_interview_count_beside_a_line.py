"""An indicator that names a budget line ("加装电梯2台" beside the line 「电梯采购」) is no correction of that line: a
figure with a measure word (2台) is a count, never a sum of money asked about ("“2”没有单位：是2万元还是2元？"); a
question about the unit is asked only of a message that is a correction (names and figures alone). A "是"-like
answer to options is quoted in her own words."""
from __future__ import annotations

import datetime as dt

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "老旧小区加装电梯补助", "unit": "城南街道办事处", "department": "区住房和城乡建设局",
        "funding": {"total": 100.0, "current_year": 100.0, "carryover": 0, "other": 0},
        "budget_items": [{"name": "电梯采购", "amount": 80.0}, {"name": "井道土建", "amount": 20.0}],
        "start": "2027-01", "end": "2027-12", "year": 2027}


def test_count_of_a_named_line_asks_no_unit():
    iv = asked_on(TODAY, "indicators.数量指标", BASE)
    r = iv.answer("加装电梯2台")
    assert not any("没有单位" in s for s in r.said), r.said
    assert [b.amount for b in iv.form.budget_items] == [80.0, 20.0]
    assert any(i.name == "加装电梯" and "2" in i.value for i in iv.form.indicators)


def test_bare_correction_still_asks_unit():
    iv = asked_on(TODAY, "indicators.数量指标", BASE)
    r = iv.answer("井道土建改成500")
    assert any("没有单位" in s for s in r.said), r.said
    assert [b.amount for b in iv.form.budget_items] == [80.0, 20.0]


def test_yes_to_options_quotes_her_words():
    iv = asked_on(TODAY, "indicators.质量指标", BASE)
    q = iv.next_question()
    assert q.choices
    r = iv.answer("可以")
    assert any("“可以”选的是哪一个" in s for s in r.said), r.said
