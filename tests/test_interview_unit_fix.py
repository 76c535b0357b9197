""""是千米不是米" / "单位是元不是万元" / "单位错了，应该是公里": the unit of a figure she just gave is corrected and the
figure stays hers — before, "是千米不是米" at the next question became the 项目名称 "千米". A money unit changes the
amount the form holds in 万元 (385000 said in 元 is 38.5万元); a unit no figure of hers has, or several, is asked
about, never guessed."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize("says", ["是千米不是米", "单位错了，应该是千米", "不是米，是千米", "哦，单位是千米不是米"])
def test_the_unit_of_the_row_just_given(says):
    iv = asked_on(TODAY, "indicators.数量指标")
    iv.answer("河道清淤5000米")
    said = "\n".join(iv.answer(says).lines())
    assert {i.name: i.value for i in iv.form.indicators}["河道清淤"] == "=5000千米"
    assert not iv.form.project_name
    assert "5000千米" in said


def test_a_money_unit_changes_the_amount_in_wan():
    iv = asked_on(TODAY, "funding")
    iv.answer("385000")
    iv.answer("单位是元不是万元")
    assert iv.form.funding.total == 38.5


def test_a_unit_no_figure_has_is_asked():
    iv = asked_on(TODAY, "indicators.数量指标")
    iv.answer("河道清淤5000米，护坡3处")
    said = "\n".join(iv.answer("是公顷不是亩").lines())
    assert {i.name: i.value for i in iv.form.indicators} == {"河道清淤": "=5000米", "护坡": "=3处"}
    assert "没找准" in said
