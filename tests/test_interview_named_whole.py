"""Two things named in passing that were half done:
- "把签约率那条删了吧" with a row 重点人群签约率: a rate is named by its last words (签约率) when no other row ends
  so — the row is deleted; with two rows ending so, neither is.
- "钱也不对，应该是38万，其中2万是去年结转的" while another question is asked: the total changed and the 2万 of
  上年结转 said with its own label was dropped in silence (and 本年度预算 38 offered); the parts are read together."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 3)
FORM = {"project_name": "家庭医生签约服务经费", "department": "县卫生健康局", "unit": "城关镇卫生院",
        "start": "2027-01", "end": "2027-12", "year": 2027,
        "funding": {"total": 36, "carryover": 0, "current_year": 36, "other": 0},
        "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "签约服务人数", "value": "≥8000人"},
                       {"level1": "产出指标", "level2": "质量指标", "name": "重点人群签约率", "value": "≥75%"}]}


@pytest.mark.parametrize("said", ["把签约率那条删了吧，领导说不要了", "签约率那个删掉"])
def test_a_rate_named_by_its_last_words_is_deleted(said):
    iv = asked_on(DAY, "attribute", FORM)
    iv.answer(said)
    assert [i.name for i in iv.form.indicators] == ["签约服务人数"]


def test_two_rows_ending_alike_are_not_guessed():
    form = dict(FORM, indicators=FORM["indicators"] + [
        {"level1": "产出指标", "level2": "质量指标", "name": "老年人签约率", "value": "≥70%"}])
    iv = asked_on(DAY, "attribute", form)
    iv.answer("把签约率那条删了")
    assert len(iv.form.indicators) == 3


@pytest.mark.parametrize("said", ["钱也不对，应该是38万，其中2万是去年结转的", "总额改成38万，其中上年结转2万"])
def test_a_part_said_with_the_total_named_elsewhere_is_kept(said):
    iv = asked_on(DAY, "attribute", FORM)
    r = iv.answer(said)
    f = iv.form.funding
    assert (f.total, f.carryover) == (38, 2)
    assert "也改成38万元" not in "\n".join(r.lines())


def test_a_part_named_with_other_words_leaves_the_total():
    form = dict(FORM, funding={"total": 36, "current_year": 36})
    iv = asked_on(DAY, "attribute", form)
    iv.answer("结转查了是零，其他都对")
    f = iv.form.funding
    assert f.total == 36 and f.carryover == 0


def test_none_of_a_part_said_beside_a_named_total_is_kept():
    iv = asked_on(DAY, "necessity", {k: v for k, v in FORM.items() if k != "funding"})
    iv.answer("基层矛盾纠纷大量靠调解化解。钱是68万，都是今年财政安排的，没有结转")
    f = iv.form.funding
    assert f.total == 68 and f.carryover == 0
