"""A correction that names no field, with new words that read as exactly one filled field of words ("上一个写错了，
应该是社区老年助餐服务补助" while 主管部门 is asked: a project's name, no unit's): asked whether that field is meant and
stored on her yes only; "上一个" is the one before, never the figure 1个."""
from __future__ import annotations

import datetime as dt

from assistant.interview.engine import Interview

TODAY = dt.date(2026, 12, 3)


def _begun(*said: str) -> Interview:
    iv = Interview(today=TODAY)
    for s in said:
        iv.next_question()
        iv.answer(s)
    return iv


def test_words_of_another_field_are_offered_for_it():
    iv = _begun("社区老年食堂运营补助", "市民政局")
    assert iv.next_question().field == "department"
    iv.answer("上一个写错了，应该是社区老年助餐服务补助")
    assert iv.form.project_name == "社区老年食堂运营补助" and iv.form.department == ""
    q = iv.next_question()
    assert q.field == "project_name" and "社区老年助餐服务补助" in q.render()
    iv.answer("是")
    assert iv.form.project_name == "社区老年助餐服务补助" and iv.form.department == ""


def test_the_offer_refused_changes_nothing():
    iv = _begun("社区老年食堂运营补助", "市民政局")
    iv.next_question()
    iv.answer("上一个写错了，应该是社区老年助餐服务补助")
    iv.next_question()
    iv.answer("不是")
    assert iv.form.project_name == "社区老年食堂运营补助"
    assert iv.next_question().field == "department"


def test_the_one_before_is_no_figure():
    iv = _begun("社区老年食堂运营补助", "市民政局", "是")
    assert iv.next_question().field == "overview"
    iv.answer("市养老服务中心搞，我说错了，上一个应该是市养老服务中心")
    q = iv.next_question()
    assert q.field == "department" and "市养老服务中心" in q.render()
    assert iv.form.department == "市民政局"


def test_a_correction_of_the_asked_field_is_its_answer():
    iv = _begun("社区老年食堂运营补助", "市民政局")
    iv.next_question()
    iv.answer("不对，应该是市养老服务中心")
    assert iv.form.department == "市养老服务中心"


def test_words_that_fit_no_field_change_nothing():
    iv = _begun("社区老年食堂运营补助", "市民政局")
    iv.next_question()
    iv.answer("不对不对，应该是很重要的事情")
    assert (iv.form.project_name, iv.form.unit, iv.form.department) == ("社区老年食堂运营补助", "市民政局", "")
