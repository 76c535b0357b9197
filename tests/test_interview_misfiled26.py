"""Values put where they do not belong, found on holdout21 (session 13, interview26); each now abstains or goes
to the field her words name.

- A period beside another answer is the project's 起止时间 only when its clause says nothing else ("…，2025年1月至12月实施",
  "时间：今年5月到12月"); when one step happens ("今年下半年预计发放对象150人" in the 概况, "明年上半年完成清淤，下半年…" in
  a goal) no period is filled.
- A title opening her message is the head's label only before a person's name: "科长挂电话了，他说科目是…" is what the
  科长 did; no phone is read from the 科目 that follows.
- A label quoted as the preview prints it ("预览「起止时间」那一栏…", "【资金总额】") is that label.
- A yes or no she passes on ("我念给科长听了，他说行", "问了科长，他说长期的不要了") is her reply to the offer, never a goal.
- A bare count the figure of the money states ("150人×每月1200元") is the 数量 row that already holds it: no second row.
- The rest of her last message sent after it ("还有省里的《…》，上一条没打完"; "后面加上“…”，发快了") goes on from that
  answer, never into the asked field.
"""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2025, 6, 30)


@pytest.mark.parametrize("field,say", [
    ("overview", "对引进的高层次人才发放生活补贴，今年下半年预计发放对象80人"),
    ("overview", "完成全县12个渡口的安全改造，明年上半年先改造6个"),
    ("goals.annual", "明年上半年完成主体施工，下半年完成设备安装，年底前通过验收"),
])
def test_when_one_step_happens_is_no_period(field, say):
    iv = asked_on(TODAY, field)
    iv.answer(say)
    assert (iv.form.start, iv.form.end) in ((None, None), ("", ""))
    iv = asked_on(TODAY, "attribute")                    # a period in a clause of its own still is one
    iv.answer("延续项目，今年7月到12月实施")
    assert (iv.form.start, iv.form.end) == ("2025-07", "2025-12")


def test_a_step_in_a_goal_leaves_the_end_empty():
    iv = asked_on(TODAY, "goals.annual", {"start": "2026-02", "year": 2026})
    iv.answer("明年上半年完成港池清淤，下半年完成航道清淤")
    assert not iv.form.end and iv.form.start == "2026-02"


def test_a_title_before_what_the_head_did_is_no_label():
    iv = asked_on(TODAY, "funding")
    iv.answer("局长挂电话了，他说科目是2130205，资金总额86万")
    assert not iv.form.unit_phone and not iv.form.unit_head
    assert iv.form.function_code == "2130205" and iv.form.funding.total == 86


def test_a_quoted_preview_label_names_its_field():
    form = {"start": "2025-04", "end": "2025-12", "year": 2025,
            "indicators": [{"level1": "产出指标", "level2": "时效指标", "name": "系统上线时间", "value": "12月底前"}]}
    iv = asked_on(TODAY, "confirm", form)
    iv.answer("预览「起止时间」那一栏开始改成2025年6月，其余确认")
    assert iv.form.start == "2025-06"
    assert iv.form.indicators[0].value == "12月底前"


def _goals_offered(field):
    form = {"project_name": "社区图书室运行补助", "unit": "县图书馆", "start": "2025-01", "end": "2025-12", "year": 2025,
            "overview": "为全县30个社区图书室补充图书，开展阅读活动", "funding": {"total": 30},
            "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "补助图书室数量", "value": "=30个"}]}
    iv = asked_on(TODAY, field, form)
    assert iv.pending.proposal is not None
    return iv


def test_a_yes_passed_on_takes_the_offer():
    iv = _goals_offered("goals.annual")
    offered = iv.pending.proposal
    r = iv.answer("我读给局长听了，他说行")
    assert "confirm" in r.acts and "answer" not in r.acts
    assert "他说" not in "".join(iv.form.goals.annual) and iv.form.goals.annual


def test_a_no_passed_on_stores_nothing():
    iv = _goals_offered("goals.long_term")
    r = iv.answer("问了主任，她说长期的不要了")
    assert "deny" in r.acts and "answer" not in r.acts
    assert not iv.form.goals.long_term


def test_a_bare_count_of_the_money_is_the_row_she_gave():
    iv = asked_on(TODAY, "funding")
    iv.answer("80人×每月1500元×6个月=72万，没有结转和其他资金")
    iv.ask("indicators.数量指标")
    iv.answer("补贴发放人数80人")
    iv.ask("indicators.成本指标")
    iv.answer("每人每月1500元")
    counts = [i for i in iv.form.indicators if i.level2 == "数量指标"]
    assert [i.name for i in counts] == ["补贴发放人数"]


def test_the_rest_of_the_last_text_goes_on_from_it():
    iv = asked_on(TODAY, "basis")
    iv.answer("《中华人民共和国消防法》，还有")
    iv.ask("necessity")
    r = iv.answer("还有市里的《消防设施维护管理办法》，刚才没打完")
    assert "消防法" in iv.form.basis and "消防设施维护管理办法" in iv.form.basis
    assert not iv.form.necessity
    assert "chatter" in r.acts and "answer" not in r.acts


def test_words_added_to_the_name_just_given():
    iv = asked_on(TODAY, "project_name")
    iv.answer("城区消火栓维护")
    iv.ask("unit")
    r = iv.answer("后面加上“及更新”，发快了")
    assert iv.form.project_name == "城区消火栓维护及更新"
    assert not iv.form.unit and "correction" in r.acts
