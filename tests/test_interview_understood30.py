"""Understood (issue 11), kinds of message the twenty-third held-out set showed misread (session 15, interview30):

- a yes to the offered goal among remarks ("局长看过了，说你这段写得可以", "你拟的那段挺好，就用你的，我手机打字慢"): the offer
  taken, the remarks chatter — never her remark stored as the goal;
- what she cannot read off her paper or scan ("那格印得太淡了，读不出来"): a don't-know, nothing stored;
- effects said as two sentences without a figure, each a row; the words before a colon that say she writes a row
  ("社会效益写：", "可持续那个：", "写一条：") are no part of its name, the category they name is its category;
- "…，放这里没错吧？" at the final check asks: nothing changes, and it is said.
Sentences here are our own, not the dialogues'.
"""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import TEA_FORM as _TEA, asked_on

TODAY = dt.date(2026, 3, 10)



@pytest.mark.parametrize("said", ["局长看过了，说你这段写得可以", "你拟的那段挺好，就用你的，我手机打字慢",
                                  "你写的里面“提质增效”四个字不错，就用你这个"])
def test_yes_to_the_offer_among_remarks(said):
    iv = asked_on(TODAY, "goals.annual", _TEA)
    offered = iv.pending.proposal
    assert offered is not None
    r = iv.answer(said)
    assert sorted(r.acts) == ["chatter", "confirm"]
    assert iv.form.goals.annual and not any(w in "".join(iv.form.goals.annual) for w in ("局长", "打字", "提质增效四个字"))


@pytest.mark.parametrize("field, said", [("goals.annual", "那格印得太淡了，读不出来"), ("function_code", "科目那栏复印得太糊，识别不出来")])
def test_cannot_read_it_is_a_dont_know(field, said):
    iv = asked_on(TODAY, field, _TEA)
    r = iv.answer(said)
    assert r.acts == ["dont_know"]
    assert not iv.form.goals.annual and not iv.form.function_code


def _rows(iv, level2):
    return {i.name: i.value for i in iv.form.indicators if i.level2 == level2}


def test_two_sentences_of_effect_are_two_rows():
    iv = asked_on(TODAY, "indicators.效益指标", _TEA)
    iv.answer("提升茶叶品质，带动茶农增收")
    rows = {**_rows(iv, "社会效益指标"), **_rows(iv, "经济效益指标")}
    assert {"提升茶叶品质", "带动茶农增收"} <= set(rows)


@pytest.mark.parametrize("field, said, level2, name", [
    ("indicators.效益指标", "社会效益写：茶农种植技能明显提升", "社会效益指标", "茶农种植技能"),
    ("indicators.可持续影响指标", "可持续那个：建立茶园长效管护机制", "可持续影响指标", "建立茶园长效管护机制"),
    ("indicators.可持续影响指标", "写一条：茶园管护台账长期保存", "可持续影响指标", "茶园管护台账长期保存"),
])
def test_words_that_say_she_writes_a_row_are_no_name(field, said, level2, name):
    iv = asked_on(TODAY, field, _TEA)
    iv.answer(said)
    rows = _rows(iv, level2)
    assert name in rows
    assert not any(w in n for n in rows for w in ("写", "那个", "可持续："))


def test_question_at_the_final_check_changes_nothing_and_is_answered():
    iv = asked_on(TODAY, "funding", dict(_TEA, funding={}))
    iv.answer("总额260万，结转30万，其他资金没有")
    q = iv.ask("confirm")
    assert q.kind == "confirm"
    before = iv.form.funding.model_dump()
    r = iv.answer("结转那笔是去年剩的，放这里没错吧？")
    assert r.acts == ["question"]
    assert iv.form.funding.model_dump() == before and not r.changed
    assert r.said


# --- more kinds (the same pass) -------------------------------------------------------------------------------------

@pytest.mark.parametrize("said", ["你们机器人晚上也加班吗", "你下班了没有，哈哈"])
def test_small_talk_to_the_assistant_is_chatter(said):
    iv = asked_on(TODAY, "basis", _TEA)
    r = iv.answer(said)
    assert r.acts == ["chatter"] and not iv.form.basis


@pytest.mark.parametrize("said", ["PM让我再核一下明细，稍等", "村里书记打电话来了，你等我一下"])
def test_a_wait_with_talk_is_chatter(said):
    iv = asked_on(TODAY, "necessity", _TEA)
    r = iv.answer(said)
    assert r.acts == ["chatter"] and not iv.form.necessity


def test_a_check_of_a_held_figure_then_yes_confirms():
    iv = asked_on(TODAY, "funding", dict(_TEA, funding={}))
    iv.answer("总额260万，结转30万，其他资金没有")
    iv.ask("confirm")
    r = iv.answer("茶农培训没错，还是20万，确认")
    assert "confirm" in r.acts and "unclear" not in r.acts


def test_an_acknowledgement_before_the_named_answer_is_no_yes():
    iv = asked_on(TODAY, "project_name")
    r = iv.answer("噢那行。项目名称是春茶品牌推介会")
    assert r.acts == ["answer"] and iv.form.project_name == "春茶品牌推介会"


@pytest.mark.parametrize("said, when", [("腊八前发到户", "腊八前"), ("除夕前全部拨付到位", "除夕前")])
def test_a_deadline_named_by_a_winter_festival(said, when):
    iv = asked_on(TODAY, "indicators.时效指标", _TEA)
    iv.answer(said)
    assert when in _rows(iv, "时效指标").values()


def test_a_rows_figure_of_last_year_beside_this_years():
    iv = asked_on(TODAY, "indicators.满意度指标", _TEA)
    iv.answer("茶农满意度去年88%，今年写不低于92%")
    rows = _rows(iv, "服务对象满意度指标")
    assert rows.get("茶农满意度") == "≥92%"
    assert not any("88" in v for v in rows.values())


@pytest.mark.parametrize("said, text", [
    ("不用你写的，我照抄实施方案上的：完成低产茶园改造三千亩", "完成低产茶园改造三千亩"),
    ("你写的面积还是旧的，我重写：改造茶园3200亩，培训茶农650人次", "改造茶园3200亩"),
])
def test_her_own_goal_after_a_refusal(said, text):
    iv = asked_on(TODAY, "goals.annual", _TEA)
    r = iv.answer(said)
    assert "deny" in r.acts and "answer" in r.acts
    goal = "".join(iv.form.goals.annual)
    assert text in goal and "照抄" not in goal and "重写" not in goal


def test_other_money_said_to_exist_drops_the_assumed_zero():
    iv = asked_on(TODAY, "funding", dict(_TEA, funding={}))
    iv.answer("总额260万")
    assert iv.form.funding.other == 0            # assumed
    iv.ask("funding.carryover")
    iv.answer("结转没有。其他资金是茶企赞助，至少五十万")
    assert iv.form.funding.other is None


def test_other_money_reckoned_per_thing_is_its_sum():
    iv = asked_on(TODAY, "funding", dict(_TEA, funding={}))
    iv.answer("总额260万")
    iv.ask("funding.carryover")
    iv.answer("结转没有；其他资金是茶农自筹的，每亩自筹两百块，3000亩就是60万")
    assert iv.form.funding.other == 60


def test_rows_listed_after_one_head_share_it():
    iv = asked_on(TODAY, "indicators.数量指标", dict(_TEA, indicators=[]))
    iv.answer("完成改造的茶园3000亩、茶厂4个")
    rows = _rows(iv, "数量指标")
    assert rows.get("完成改造的茶园") == "=3000亩" and rows.get("完成改造的茶厂") == "=4个"
