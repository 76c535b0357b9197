"""Dingbat circled numbers (holdout11 reading_promotion_circled): "❶" to the offered indicators was read as a
skip — the emoji filter took the character away and nothing was left. ❶–❿, ➀–➉ and ➊–➓ are numbers as ①–⑳
are: a pick when alone, a bullet when text follows."""
import datetime as dt

import pytest

from assistant.interview.slips import marks
from interview_helpers import asked_on


@pytest.mark.parametrize("said, read", [("❶", "1"), ("选❷", "选2"), ("❶❸", "1、3"), ("➀", "1"), ("➊", "1"), ("❿", "10"),
                                        ("❶ 甲≥1 ❷ 乙2个", "甲≥1；乙2个"), ("②", "2")])
def test_dingbat_numbers_read_as_numbers(said, read):
    assert marks(said) == read


def test_a_dingbat_pick_is_a_pick_not_a_skip():
    iv = asked_on(dt.date(2026, 3, 1), "indicators.满意度指标", {"project_name": "全民阅读推广活动", "unit": "县图书馆"})
    q = iv.pending
    assert q.choices
    reply = iv.answer("❶")
    assert "skip" not in reply.acts and "choice" in reply.acts
    assert any(i.name == q.choices[0].name for i in iv.form.indicators)
