"""Every reply says something or changes something: a message the interview cannot read is said so (it was
re-asked in silence), a remark on a correction is no second correction, and 写全称 leads to the name."""
import datetime as dt

import pytest

from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 2)
FORM = {"project_name": "乡镇综合文化站免费开放补助", "unit": "县文旅局"}


@pytest.mark.parametrize("field", ["unit", "department", "overview", "funding", "budget_items", "indicators.数量指标",
                                   "start", "basis"])
@pytest.mark.parametrize("said", ["？？", "嗯……", "额", "…", "啊这", "emmm"])
def test_never_a_silent_reask(field, said):
    reply = asked_on(DAY, field, FORM).answer(said)
    assert reply.said or reply.changed


@pytest.mark.parametrize("said", ["不对，主管部门是县委宣传部，刚才说错了", "刚才说错了，主管部门是县委宣传部",
                                  "主管部门是县委宣传部，刚才说错了"])
def test_a_correction_and_its_remark(said):
    iv = asked_on(DAY, "overview", FORM)
    reply = iv.answer(said)
    assert iv.form.department == "县委宣传部"
    assert not [s for s in reply.said if "没听出改成什么" in s]


@pytest.mark.parametrize("said", ["单位写全称吧，固始县文化广电和旅游局", "单位名称写全称：固始县文化广电和旅游局"])
def test_write_the_full_name(said):
    iv = asked_on(DAY, "department", FORM)
    iv.answer(said)
    assert iv.form.unit == "固始县文化广电和旅游局" and not iv.form.department


@pytest.mark.parametrize("said", ["dd 我找找", "等等 我查一下"])
def test_she_goes_to_look_is_no_basis(said):
    iv = asked_on(DAY, "basis", FORM)
    iv.answer(said)
    assert not iv.form.basis


@pytest.mark.parametrize("said", ["你帮我想想", "你看着写吧", "帮我想一个"])
def test_asking_for_help_is_no_goal(said):
    iv = asked_on(DAY, "goals.annual", dict(FORM, overview="全县18个乡镇综合文化站全年免费开放，每站补助5万元。",
                                            start="2027-01", end="2027-12", year=2027, funding={"total": 90}))
    reply = iv.answer(said)
    assert iv.form.goals.annual == []
    assert "dont_know" in reply.acts


def test_what_follows_a_request_for_help_is_no_value():
    iv = asked_on(DAY, "goals.annual", dict(FORM, overview="全县18个乡镇综合文化站全年免费开放。", start="2027-01",
                                            end="2027-12", year=2027, funding={"total": 90}))
    iv.answer("你帮我写一个吧，手机打字太累了")
    assert iv.form.goals.annual == []


@pytest.mark.parametrize("said", ["1跟2都选上", "1跟2", "1和2都选"])
def test_picks_joined_by_everyday_words(said):
    form = dict(FORM, overview="全县18个乡镇综合文化站全年免费开放。", start="2027-01", end="2027-12", year=2027,
                funding={"total": 90})
    iv = asked_on(DAY, "indicators.质量指标", form)
    offered = [c.name for c in iv.pending.choices][:2]
    iv.answer(said)
    rows = {i.name: i.value for i in iv.form.indicators}
    assert set(offered) <= set(rows) and not [v for v in rows.values() if "选" in v or "跟" in v]
