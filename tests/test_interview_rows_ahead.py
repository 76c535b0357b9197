"""A row of a category not asked yet ("年底前全部完成招标" said at 数量指标) is not stored there, and not lost: when its
category is asked it is offered ("您前面说过…，记下吗？"), stored on her yes only, never offered twice. A pair said
before such a sentence ("公厕保洁数量 89座，年底前…") is a row of its own (it was dropped with "没能读成指标")."""
from __future__ import annotations

import datetime as dt

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "城区公厕保洁服务", "unit": "区城市管理局", "department": "区城市管理局",
        "funding": {"total": 106.8, "current_year": 106.8, "carryover": 0, "other": 0},
        "start": "2027-01", "end": "2027-12", "year": 2027}
SAID = "公厕保洁数量 89座，年底前全部完成招标"


def _rows(iv):
    return {i.name: (i.level2, i.value) for i in iv.form.indicators}


def test_the_pair_before_the_sentence_is_kept():
    iv = asked_on(TODAY, "indicators.数量指标", BASE)
    reply = iv.answer(SAID)
    assert _rows(iv) == {"公厕保洁数量": ("数量指标", "=89座")}
    assert not any("没能读成指标" in s for s in reply.said)


def _at_time_question(iv):
    for _ in range(30):
        q = iv.next_question()
        if q.field == "indicators.时效指标":
            return q
        iv.answer("跳过")
    raise AssertionError("时效指标 never asked")


def test_the_row_ahead_is_offered_and_kept_on_yes():
    iv = asked_on(TODAY, "indicators.数量指标", BASE)
    iv.answer(SAID)
    q = _at_time_question(iv)
    assert "年底前" in q.render() and "记下吗" in q.render()
    iv.answer("是")
    assert _rows(iv)["完成招标时间"] == ("时效指标", "年底前")


def test_no_leaves_it_and_the_plain_question_follows():
    iv = asked_on(TODAY, "indicators.数量指标", BASE)
    iv.answer(SAID)
    _at_time_question(iv)
    iv.answer("不是")
    assert "完成招标时间" not in _rows(iv)
    q = iv.next_question()
    assert q.field == "indicators.时效指标" and "记下吗" not in q.render()


def test_her_own_row_at_the_offer_is_read():
    iv = asked_on(TODAY, "indicators.数量指标", BASE)
    iv.answer(SAID)
    _at_time_question(iv)
    iv.answer("投诉处理时限 ≤24小时")
    assert _rows(iv)["投诉处理时限"] == ("时效指标", "≤24小时")


def test_another_categorys_row_at_the_offer_keeps_the_offer():
    """A cost row said at the 时效 offer is stored under 成本; the 时效 rows she said before stay offered, not lost."""
    iv = asked_on(TODAY, "indicators.数量指标", BASE)
    iv.answer(SAID)
    _at_time_question(iv)
    iv.answer("每座公厕年保洁费1.2万元")
    assert _rows(iv)["每座公厕年保洁费"][0] == "成本指标"
    q = iv.next_question()
    assert q.field == "indicators.时效指标" and "年底前" in q.render() and "记下吗" in q.render()
    iv.answer("是")
    assert _rows(iv)["完成招标时间"] == ("时效指标", "年底前")
