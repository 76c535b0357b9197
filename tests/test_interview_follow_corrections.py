"""A correction of a figure her facts gave is followed everywhere it stands (issue 11: "recompute what depends on
it"): the people a subsidy counts (48名网格员 → 50) move the computed total and the overview; a monthly sum
corrected (每人每月800 → 850) moves the overview's words too. A stated total is never replaced."""
from __future__ import annotations

import datetime as dt

from assistant.interview.engine import Interview

OPENING = ("社区网格员补贴", "街道办事处", "区政法委", "对全街道48名网格员按月发放补贴，每人每月800元", "跳过")


def _iv() -> Interview:
    iv = Interview(today=dt.date(2026, 12, 3))
    iv.opening()
    for said in OPENING:
        iv.answer(said)
    assert iv.form.funding.total == 46.08
    return iv


def test_the_people_corrected_in_their_row_move_the_total_and_the_overview():
    iv = _iv()
    iv.answer("网格员人数改成50人")
    assert iv.form.funding.total == 48
    assert "50名网格员" in iv.form.overview and "48" not in iv.form.overview
    assert "funding.total" in [u.path for u in iv.unconfirmed_numbers()]


def test_the_monthly_sum_corrected_moves_the_overview_and_the_total():
    iv = _iv()
    iv.answer("补贴标准也改一下，每人每月850")
    assert "每人每月850元" in iv.form.overview
    assert iv.form.funding.total == 48.96


def test_a_stated_total_is_not_replaced_by_a_recount():
    iv = Interview(today=dt.date(2026, 12, 3))
    iv.opening()
    for said in ("社区网格员补贴", "街道办事处", "区政法委", "对全街道48名网格员按月发放补贴，每人每月800元，全年经费46.08万", "跳过"):
        iv.answer(said)
    iv.answer("网格员人数改成50人")
    assert iv.form.funding.total == 46.08


def test_households_corrected_move_the_total_the_overview_and_the_question_on_screen():
    iv = Interview(today=dt.date(2026, 12, 3))
    iv.opening()
    for said in ("农村改厕", "县农业农村局", "同上", "明年给800户农户改造卫生厕所，每户补助1200元", "是", "新增", "跳过",
                 "跳过", "跳过", "跳过"):
        iv.answer(said)
    assert iv.next_question().field == "funding" and "96" in iv.next_question().render()
    iv.answer("不对，户数是850户")
    assert iv.form.funding.total == 102 and "850户" in iv.form.overview
    q = iv.next_question()
    assert q.field == "funding" and "102" in q.render() and "96 万元" not in q.render()
