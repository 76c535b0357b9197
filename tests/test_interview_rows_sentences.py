"""Indicator answers said as sentences (rows.py, deadline.py): a state kept (不发生…, …零起, …不减少),
deadlines with relative years and without 前, two pairs in one message; our own wordings."""
from __future__ import annotations

import pytest

from assistant.interview.deadline import DUE, due_value
from assistant.interview.rows import read_rows


def rows(text: str, cat: str = "效益指标", year: int | None = 2025) -> list[tuple[str, str, str]]:
    return [(r["level2"], r["name"], r["value"]) for r, _ in read_rows(text, cat, [], year).rows]


@pytest.mark.parametrize("said, name, value", [
    ("辖区内不发生重大森林火灾", "重大森林火灾发生情况", "不发生"),
    ("全年杜绝较大以上安全生产事故", "较大以上安全生产事故发生情况", "不发生"),
])
def test_no_event_is_her_words_never_a_zero_she_did_not_say(said, name, value):
    got = rows(said)
    assert [(n, v) for _, n, v in got] == [(name, value)]


def test_an_event_count_of_zero_she_said_is_a_number():
    assert rows("学生食物中毒事件零起", "质量指标") == [("质量指标", "学生食物中毒事件发生起数", "=0起")]


def test_a_state_kept_is_a_qualitative_row():
    assert [(n, v) for _, n, v in rows("基本农田保护面积不减少")] == [("基本农田保护面积", "不减少")]


def test_two_pairs_one_without_a_number_are_two_rows():
    got = rows("管网验收合格率100%，出水水质符合国家标准", "质量指标")
    assert [(n, v) for _, n, v in got] == [("管网验收合格率", "=100%"), ("出水水质", "符合国家标准")]


@pytest.mark.parametrize("said, value", [
    ("明年5月底前安装完毕", "2026年5月底前"),
    ("今年年底前全部交付", "2025年底前"),
    ("八月二十号之前全部发完", "8月20日前"),
])
def test_a_deadline_resolves_this_and_next_year(said, value):
    got = rows(said, "时效指标")
    assert got and got[0][2] == value


def test_a_deadline_without_a_year_word_keeps_no_year():
    assert rows("9月底前验收", "时效指标")[0][2] == "9月底前"


def test_a_milestone_and_the_end_said_without_qian_are_both_deadlines():
    got = rows("5月10日前完成一半，9月底全部建成", "时效指标")
    assert any(v == "9月底前" for _, _, v in got)


def test_a_recurring_deadline_stays_recurring():
    got = rows("每个月五号以前发放", "时效指标")
    assert got == [("时效指标", "发放时间", "每个月5号前")]


def test_one_deadline_reading_for_both_readers():
    m = DUE.search("明年三月底前")
    assert due_value(m, 2025) == "2026年3月底前"
    assert due_value(DUE.search("六月二十六号之前"), 2025) == "6月26日前"


@pytest.mark.parametrize("said, name", [
    ("18个文化站都要免费开放", "免费开放文化站数量"),
    ("12个村都要完成改厕", "完成改厕村数量"),
])
def test_a_count_whose_deed_follows_the_thing_names_the_deed_first(said, name):
    assert rows(said, "数量指标") == [("数量指标", name, f"={said.split('个')[0]}个")]


def test_a_span_of_time_names_its_deed_as_a_length():
    assert rows("每周开放不少于42小时", "数量指标") == [("数量指标", "每周开放时长", "≥42小时")]
    assert rows("保证18个站全年免费开放", "数量指标") == [("数量指标", "免费开放站数量", "=18个")]


def test_each_sentence_of_effect_beside_a_row_is_a_row():
    got = rows("公共文化服务水平明显提升，群众精神文化生活更加丰富", "效益指标")
    assert [(n, v) for _, n, v in got] == [("公共文化服务水平", "明显提升"), ("群众精神文化生活更加丰富", "达到")]
    assert [n for _, n, _ in rows("公共文化服务水平明显提升，这个领导定的", "效益指标")] == ["公共文化服务水平"]

