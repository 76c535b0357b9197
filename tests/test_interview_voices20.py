"""Voices read as the Chinese they mean: WeChat emoji codes ([强], [玫瑰]), Korean words of a 延边 clerk (네, 2번,
이상, 원), a host's words from the stage, a 文言 question (可否, 是何含义), a name given as a file name, footnotes,
Taiwan and Inner Mongolian words (专案, 承办单位, 苏木达), 晋 哇, 嫑写了; and what a message says of the year or the
period without being its value ("去年没有搞过", "今年的" asked of months she gave)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.interview_helpers import asked_after, asked_on

TODAY = dt.date(2024, 5, 6)
GOALS = {"project_name": "社区助餐服务", "unit": "县民政局", "funding": {"total": 36}}


def test_wechat_codes():
    iv = asked_on(TODAY, "goals.annual", GOALS)
    reply = iv.answer("[强]")
    assert reply.acts == ["confirm"] and iv.form.goals.annual
    iv = asked_on(TODAY, "filler")
    iv.answer("填报人写我，周小燕[玫瑰]")
    assert iv.form.filler == "周小燕"


def test_korean_words_of_her_chinese():
    iv = asked_on(TODAY, "indicators.质量指标", GOALS)
    q = iv.next_question()
    reply = iv.answer("2번")
    assert reply.acts == ["choice"] and q.choices[1].name in [i.name for i in iv.form.indicators]
    iv = asked_on(TODAY, "function_code")
    assert iv.answer("모르겠어요").acts == ["dont_know"]
    iv = asked_on(TODAY, "unit")
    iv.answer("延吉市民政局입니다")
    assert iv.form.unit == "延吉市民政局"


def test_a_hosts_words_around_the_name():
    iv = asked_on(TODAY, "project_name")
    iv.answer("下面有请今晚的主角——2024年社区邻里节文艺展演！掌声！")
    assert iv.form.project_name == "2024年社区邻里节文艺展演"


def test_a_name_given_as_a_file_name():
    iv = asked_on(TODAY, "project_name")
    iv.answer("2024年老旧小区改造项目绩效目标申报表_定稿(3).docx 就是文件名前面那截，到“项目”为止")
    assert iv.form.project_name == "2024年老旧小区改造项目"


def test_a_classical_question_is_a_question():
    iv = asked_on(TODAY, "indicators.满意度指标")
    assert iv.answer("此栏可否空着？").acts == ["question"]
    iv = asked_on(TODAY, "function_code")
    assert iv.answer("冒昧请教：科目的“款”是何含义？").acts == ["question"]


def test_words_of_other_places():
    iv = asked_on(TODAY, "project_name")
    iv.answer("这个专案叫青年创业园营运补助")
    assert iv.form.project_name == "青年创业园营运补助"
    iv = asked_on(TODAY, "unit")
    iv.answer("承办单位就是县青年创业服务中心")
    assert iv.form.unit == "县青年创业服务中心"
    iv = asked_on(TODAY, "unit_head")
    iv.answer("嘎查达巴雅尔，电话0478-5213307")
    assert iv.form.unit_head == "巴雅尔"
    iv = asked_on(TODAY, "goals.long_term", GOALS)
    assert "skip" in iv.answer("跳过哇").acts
    iv = asked_on(TODAY, "goals.long_term", GOALS)
    assert "skip" in iv.answer("嫑写了").acts


def test_a_footnote_is_no_part_of_the_name():
    iv = asked_on(TODAY, "project_name")
    reply = iv.answer("畜禽遗传资源保护[1]\n注[1]：名称沿用省里的叫法")
    assert iv.form.project_name == "畜禽遗传资源保护"
    assert "chatter" in reply.acts


def test_last_year_without_the_project_is_no_year_of_it():
    iv = asked_after(TODAY, "start", ("attribute", "新增的，去年没有搞过"))
    iv.answer("3月到6月")
    assert iv.form.start == "" and iv.form.year is None


def test_a_year_alone_keeps_the_months_she_gave():
    iv = asked_on(TODAY, "start", {"start": "2023-03", "end": "2023-06", "year": 2023})
    iv.answer("今年的")
    assert (iv.form.start, iv.form.end) == ("2024-03", "2024-06")


def test_two_tiers_of_pay_leave_her_text_as_she_wrote_it():
    iv = asked_on(TODAY, "overview")
    said = "低保户补助300户，每户每月200元；特困户补助80户，每户每月350元；按月发放。"
    iv.answer(said)
    assert "200元" in iv.form.overview and iv.form.funding.total is None


@pytest.mark.parametrize("says", ["结转、其他这两项都没有", "予以确认"])
def test_plain_words_for_none_and_yes(says):
    iv = asked_on(TODAY, "funding" if "结转" in says else "confirm", {"funding": {"total": 50}})
    reply = iv.answer(says)
    if "结转" in says:
        assert (iv.form.funding.carryover, iv.form.funding.other) == (0, 0)
    else:
        assert reply.acts == ["confirm"]
