"""More of how clerks write (issue 11): indicator pairs said with pauses instead of commas, benefits said
as plain sentences, a level word that is the row's own name, "是Y不是X", 繁体, and "按你推荐的" when nothing
was recommended (asked again, nothing invented)."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.rows import read_rows
from interview_helpers import asked_on

TODAY = dt.date(2025, 3, 3)


def _rows(text, cat):
    return [(r["level2"], r["name"], r["value"]) for r, _ in read_rows(text, cat, [], 2025).rows]


def test_pairs_said_with_pauses_are_rows_apart():
    got = _rows("新建蓄水池12座 铺设管道3.5公里以上 培训管护员40人", "数量指标")
    assert [n for _, n, _ in got] == ["新建蓄水池", "铺设管道", "培训管护员"], got
    assert got[1][2] == "≥3.5公里"


@pytest.mark.parametrize("text, name, value", [
    ("村民饮水安全得到有效保障", "村民饮水安全", "得到有效保障"),
    ("群众办事满意率逐年提高", "群众办事满意率", "逐年提高"),
    ("重大火灾事故零发生", "重大火灾事故发生数", "=0"),      # none happening: the count of them, 0 (interview28)
])
def test_a_benefit_said_as_a_sentence_is_a_row_in_her_words(text, name, value):
    got = _rows(text, "效益指标")
    assert got == [("社会效益指标", name, value)], got


def test_a_trend_with_a_number_is_not_read_as_words_only():
    assert all(v != "明显提升" for _, _, v in _rows("接种率提升到95%", "效益指标"))


def test_a_level_word_with_its_value_is_the_rows_name():
    assert _rows("服务对象满意度≥92%", "满意度指标") == [("服务对象满意度指标", "服务对象满意度", "≥92%")]
    assert _rows("服务对象满意度指标", "满意度指标") == []


@pytest.mark.parametrize("field, says, want", [
    ("department", "主管部门是县卫健局不是县政府", "县卫健局"),
    ("unit_head", "负责人是周立新不是周立", "周立新"),
    ("filler", "填報人吴淑芬", "吴淑芬"),          # 繁体 read like simplified (traditional.py)
    ("attribute", "延續", "延续"),
    ("department", "也写县文旅局", "县文旅局"),      # an org said with 也/写, or in dialect
    ("department", "那也是县水务局", "县水务局"),
    ("unit", "实施单位係我哋县水务局", "县水务局"),
])
def test_one_value_as_she_means_it(field, says, want):
    iv = asked_on(TODAY, field)
    iv.answer(says)
    assert getattr(iv.form, field) == want


def test_adopting_a_recommendation_never_made_fills_nothing_and_asks_again():
    iv = asked_on(TODAY, "function_code")
    assert iv.pending.proposal is None and not iv.pending.choices
    reply = iv.answer("那就按你推荐的填")
    assert iv.form.function_code == ""
    assert reply.question is not None and reply.question.field == "function_code"
    assert any("还没有推荐" in s for s in reply.said)


def test_adopting_a_recommendation_made_takes_it():
    iv = asked_on(TODAY, "function_code", {"project_name": "图书馆图书采购", "unit": "市图书馆"})
    proposal = iv.pending.proposal
    assert proposal
    iv.answer("就按你推荐的吧")
    assert iv.form.function_code == proposal


def test_dialect_no_carryover_and_no_other_funds():
    iv = asked_on(TODAY, "funding", {"funding": {"total": 80}})
    iv.answer("冇结转，其他资金都冇")
    assert iv.form.funding.carryover == 0 and iv.form.funding.other == 0


def test_a_percentage_said_in_dialect():
    iv = asked_on(TODAY, "indicators.满意度指标")
    iv.answer("居民满意度九十二巴仙以上")
    assert [(i.name, i.value) for i in iv.form.indicators] == [("居民满意度", "≥92%")]


def test_same_as_the_unit_copies_the_unit():
    iv = asked_on(TODAY, "department", {"unit": "市总工会"})
    iv.answer("同实施单位")
    assert iv.form.department == "市总工会"


def test_giving_up_on_a_question_is_a_skip_not_a_row():
    iv = asked_on(TODAY, "indicators.效益指标")
    reply = iv.answer("算了这个不填了")
    assert reply.acts == ["skip"] and iv.form.indicators == []


def test_paid_in_full_is_a_quality_row_in_her_words():
    assert _rows("补助资金按标准足额发放", "质量指标") == [("质量指标", "补助资金", "按标准足额发放")]


@pytest.mark.parametrize("says, row", [("选1，再加一个管护员到岗率≥95%", ("管护员到岗率", "≥95%")),
                                       ("1，另外水质检测合格率100%", ("水质检测合格率", "=100%"))])
def test_a_pick_and_a_row_of_her_own(says, row):
    iv = asked_on(TODAY, "indicators.质量指标")
    reply = iv.answer(says)
    assert {"choice", "answer"} <= set(reply.acts)
    assert row in [(i.name, i.value) for i in iv.form.indicators]
    assert not any(i.name.startswith(("再", "另外", "1个")) for i in iv.form.indicators)


@pytest.mark.parametrize("name", ["再生资源回收率", "还款及时率", "加工合格率", "补充耕地面积"])
def test_a_name_that_begins_like_an_addition_keeps_its_head(name):
    assert _rows(f"{name}≥90%", "质量指标")[0][1] == name


@pytest.mark.parametrize("says, start, end", [("明年一到十二月", "2026-01", "2026-12"), ("今年三到六月", "2025-03", "2025-06"),
                                              ("今年十一到十二月", "2025-11", "2025-12")])
def test_a_month_range_in_chinese_numerals_without_the_first_month_word(says, start, end):
    iv = asked_on(TODAY, "start")
    iv.answer(says)
    assert (iv.form.start, iv.form.end) == (start, end)
