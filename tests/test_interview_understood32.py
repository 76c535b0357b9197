"""Kinds of message the twenty-fourth held-out set showed not understood (session 16, interview32):

- a draft pasted with tracked changes ("[删除：…][插入：…]") reads as accepted; a reviewer's comment ("【批注-…：…】")
  is talk beside the answer;
- a unit's name said as it was and as it is now ("原…，机构改革后叫…", "以前是…，现在叫…", "…，写全就是…",
  "…部…写X就行", "镇政府，城关镇人民政府"): the one it goes by now, in full;
- "伲格项目叫…" (ours, in Wu) before the name is no part of it;
- a budget line reckoned with a word on each factor ("8队×6人×6万=288万") is that line; a line whose name starts
  with 换 ("换灯") is a name;
- "你写的太长了，用吧" takes the offer, her remark beside it; "不是不行" is a yes;
- "不是没有其他资金，有5万" is 5万 of 其他资金; "X率不是90%，是100%" of a row the form does not hold is her row with 100%;
- "不是新增…那就算延续吧": the one she settles on at the end;
- "…吧？你那边不会…吧" at the final check asks.
Sentences here are our own, not the dialogues'.
"""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import TEA_FORM as _TEA, asked_on

TODAY = dt.date(2026, 3, 10)


def test_tracked_changes_read_as_accepted():
    iv = asked_on(TODAY, "project_name")
    iv.answer("乡镇卫生院污水处理站[删除：新建][插入：提标改造]项目")
    assert iv.form.project_name == "乡镇卫生院污水处理站提标改造项目"
    iv = asked_on(TODAY, "funding", {"project_name": "卫生院污水处理"})
    iv.answer("总额[删除：95][插入：108]万")
    assert iv.form.funding.total == 108
    iv = asked_on(TODAY, "unit_head", {"project_name": "卫生院污水处理"})
    iv.answer("院长：李[删除：志][插入：智]强")
    assert iv.form.unit_head == "李智强"


def test_a_reviewers_comment_is_talk_beside_the_answer():
    iv = asked_on(TODAY, "unit", {"project_name": "卫生院污水处理"})
    r = iv.answer("城关镇中心卫生院【批注-赵院长：用全称】")
    assert iv.form.unit == "城关镇中心卫生院"
    assert sorted(r.acts) == ["answer", "chatter"]


@pytest.mark.parametrize("said, unit", [
    ("原县林业局护林站，机构改革后叫县林业和草原局护林站", "县林业和草原局护林站"),
    ("实施单位是咱镇上的文化站，写全就是城关镇综合文化站", "城关镇综合文化站"),
    ("县妇联儿童工作部…写县妇联就行", "县妇联"),
])
def test_the_units_name_as_it_goes_now(said, unit):
    iv = asked_on(TODAY, "unit", {"project_name": "护林防火"})
    iv.answer(said)
    assert iv.form.unit == unit


@pytest.mark.parametrize("said, dept", [("以前是县林业局，现在叫县林业和草原局", "县林业和草原局"),
                                        ("主管部门嘛，乡政府，城关乡人民政府", "城关乡人民政府")])
def test_the_departments_name_as_it_goes_now(said, dept):
    iv = asked_on(TODAY, "department", {"project_name": "护林防火", "unit": "城关镇护林站"})
    iv.answer(said)
    assert iv.form.department == dept


def test_ours_in_wu_is_no_part_of_the_name():
    iv = asked_on(TODAY, "project_name")
    iv.answer("伲格项目叫老街河埠头修缮")
    assert iv.form.project_name == "老街河埠头修缮"


def test_lines_reckoned_with_words_on_each_factor():
    iv = asked_on(TODAY, "budget_items", dict(_TEA, budget_items=[], funding={"total": 384}, indicators=[]))
    iv.answer("护林员补贴6站×5人×8万=240万，巡护车辆6辆×4万=24万，防火物资120万")
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("护林员补贴", 240), ("巡护车辆", 24), ("防火物资", 120)]


def test_a_line_named_with_huan_is_a_name():
    iv = asked_on(TODAY, "budget_items", dict(_TEA, budget_items=[], funding={"total": 90}, indicators=[]))
    iv.answer("换表300户×0.2万=60万；新装100户×0.3万=30万")
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("换表", 60), ("新装", 30)]


@pytest.mark.parametrize("said", ["你拟的倒也不是不行，就是啰嗦了点，用吧", "你写得有点啰嗦，用吧"])
def test_a_remark_on_the_draft_then_a_yes_takes_it(said):
    iv = asked_on(TODAY, "goals.annual", _TEA)
    assert iv.pending.proposal
    r = iv.answer(said)
    goals = "".join(iv.form.goals.annual)
    assert "茶园标准化改造" in goals and "你写" not in goals
    assert sorted(r.acts) == ["chatter", "confirm"]


@pytest.mark.parametrize("said", ["不是没有其他资金，是有，5万", "不是没有其他资金，有5万"])
def test_a_none_denied_is_there(said):
    iv = asked_on(TODAY, "funding.other", dict(_TEA, funding={"total": 260}))
    iv.answer(said)
    assert iv.form.funding.other == 5


def test_a_figure_denied_of_a_row_not_held_is_her_row():
    form = dict(_TEA, indicators=_TEA["indicators"] + [
        {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "茶农满意度", "value": "≥90%"}])
    iv = asked_on(TODAY, "indicators.质量指标", form)
    r = iv.answer("茶苗移栽成活率不是90%，是95%")
    rows = {i.name: i.value for i in iv.form.indicators}
    assert rows["茶农满意度"] == "≥90%"
    assert "95%" in rows.get("茶苗移栽成活率", "")
    assert "answer" in r.acts


def test_the_attribute_she_settles_on_at_the_end():
    iv = asked_on(TODAY, "attribute", {"project_name": "护林防火"})
    r = iv.answer("不是新增，也不能说就是延续，前年搞过两个月，那就当延续吧")
    assert iv.form.attribute == "延续"
    assert r.acts == ["answer"]


def test_a_question_at_the_final_check():
    iv = asked_on(TODAY, "confirm", _TEA)
    r = iv.answer("修订痕迹删干净了没？导出的文件里不会有那些框吧")
    assert r.acts == ["question"]


def test_a_name_said_twice_in_speech_is_one_name():
    iv = asked_on(TODAY, "unit", {"project_name": "卫生院围墙修缮"})
    iv.answer("实施单位，呃，是，是县卫生健康局，县卫生健康局")
    assert iv.form.unit == "县卫生健康局"
    iv = asked_on(TODAY, "project_name")
    iv.answer("嗯…那个，名称是，是那个…乡镇卫生院，卫生院围墙修缮")
    assert iv.form.project_name == "乡镇卫生院围墙修缮"


def test_lines_read_out_with_pauses_keep_their_names():
    iv = asked_on(TODAY, "budget_items", dict(_TEA, budget_items=[], funding={"total": 115}, indicators=[]))
    iv.answer("我念明细哈，围墙修缮八十万，化粪池…化粪池二十万，门卫室，十五万")
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("围墙修缮", 80), ("化粪池", 20), ("门卫室", 15)]


def test_lines_each_said_in_clauses():
    iv = asked_on(TODAY, "budget_items", dict(_TEA, budget_items=[], funding={"total": 55.2}, indicators=[]))
    iv.answer("水位监测站三十二套，每套一万六，五十一万二；平台接入四万")
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("水位监测站", 51.2), ("平台接入", 4)]


def test_a_figure_taken_back_after_a_pause():
    iv = asked_on(TODAY, "indicators.满意度指标", _TEA)
    iv.answer("满意度嘛，茶农和村民满意度，八十…不是，八十五以上")
    assert {i.name: i.value for i in iv.form.indicators}.get("茶农和村民满意度") == "≥85%"
