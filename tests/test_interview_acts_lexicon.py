"""The short everyday acts read by their words (acts.yaml, lexicon.py): yes, skip, back, 不知道 and
chatter in free words, in combinations the lists never spell out; and a clause with any word of
content stays an answer. Sentences here are our own, not the dialogues'."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview
from assistant.interview.lexicon import clause_acts, message_acts
from interview_helpers import asked_on

TODAY = dt.date(2025, 3, 1)


def asked(field: str, form: dict | None = None) -> Interview:
    return asked_on(TODAY, field, form)


@pytest.mark.parametrize("text, acts", [
    ("表我都核对过了，没毛病", ["confirm", "chatter"]),   # that she checked, beside a yes, is talk (README conventions)
    ("好滴，就照这个", ["confirm"]),
    ("要得要得", ["confirm"]),
    ("那个先搁着，回头再补", ["skip"]),
    ("满意度的晚点再填", ["skip"]),
    ("我问问财务再说", ["skip", "dont_know"]),
    ("这一项我实在写不出来", ["dont_know"]),
    ("上一题", ["back"]),
    ("挺好的，辛苦了", ["confirm", "chatter"]),
])
def test_a_message_of_act_words_is_those_acts(text, acts):
    assert message_acts(text) == acts


@pytest.mark.parametrize("text", ["县环卫所", "对，就是县环卫所", "没有", "好吧", "2120501", "中心小学", "按时发放"])
def test_a_clause_with_a_word_of_content_is_no_short_act(text):
    assert message_acts(text) is None


def test_a_filler_alone_is_no_act_but_goes_with_one():
    assert clause_acts("没了") == []
    assert message_acts("没了，确认") == ["confirm"]


def test_a_yes_in_free_words_confirms_the_final_check():
    iv = asked("confirm", {"project_name": "城区生活垃圾清运经费", "funding": {"total": 30}})
    r = iv.answer("数字我都对过了，没毛病哈")
    assert r.acts == ["confirm", "chatter"]      # that she checked, beside the yes, is talk (README conventions)
    assert "confirm" in iv.settled


def test_a_yes_in_free_words_adopts_the_proposal_and_a_thanks_is_chatter():
    iv = asked("function_code", {"project_name": "城区生活垃圾清运经费"})
    want = iv.pending.proposal
    assert want
    r = iv.answer("好的，就用这个，谢谢您")
    assert set(r.acts) == {"confirm", "chatter"}
    assert iv.form.function_code == want


def test_a_yes_word_to_a_plain_question_is_never_stored_as_its_value():
    iv = asked("goals.annual", {"project_name": "城区生活垃圾清运经费"})
    iv.answer("可以的，谢谢")
    assert "谢谢" not in " ".join(iv.form.goals.annual)


@pytest.mark.parametrize("text", ["这个先搁着，回头再补", "晚点再填吧"])
def test_a_skip_in_free_words_stores_nothing(text):
    iv = asked("necessity", {"project_name": "城区生活垃圾清运经费"})
    r = iv.answer(text)
    assert "skip" in r.acts
    assert not iv.form.necessity


def test_a_dont_know_in_free_words_stores_nothing():
    iv = asked("unit_functions", {"project_name": "城区生活垃圾清运经费"})
    r = iv.answer("这块我实在写不出来，问问科长")
    assert r.acts == ["dont_know"]
    assert not iv.form.unit_functions


def test_back_in_free_words_with_the_answer_to_the_previous_question():
    iv = Interview(today=TODAY)
    iv.ask("project_name")
    iv.answer("城区生活垃圾清运经费")
    iv.ask("unit")
    r = iv.answer("倒回去，名字是城区生活垃圾清运补助")
    assert "back" in r.acts
    assert iv.form.project_name == "城区生活垃圾清运补助"
    assert not iv.form.unit


def test_chatter_beside_the_answer_is_cut_from_a_text():
    iv = asked("basis", {"project_name": "城区生活垃圾清运经费"})
    r = iv.answer("对不起孩子按的键盘。依据是《城市市容和环境卫生管理条例》")
    assert "chatter" in r.acts
    assert iv.form.basis == "《城市市容和环境卫生管理条例》"


def test_same_as_above_copies_the_head_and_the_phone_of_the_field_just_before():
    iv = asked("unit_head", {"project_name": "城区生活垃圾清运经费", "unit": "县城管局", "department": "县城管局"})
    iv.answer("秦海峰 13712345678")
    iv.ask("department_head")
    r = iv.answer("跟上面一样，手机也一样")
    assert (iv.form.department_head, iv.form.department_phone) == ("秦海峰", "13712345678")
    assert set(r.acts) == {"answer", "facts"}


def test_same_as_above_for_the_filler_takes_the_nearest_person_before_it():
    iv = asked("filler", {"project_name": "城区生活垃圾清运经费", "unit_head": "秦海峰"})
    iv.answer("同上吧")
    assert iv.form.filler == "秦海峰"


def test_same_as_above_with_nothing_before_it_stores_nothing():
    iv = asked("filler", {"project_name": "城区生活垃圾清运经费"})
    iv.answer("同上")
    assert not iv.form.filler


@pytest.mark.parametrize("said, unit", [("市委宣传部", "市委宣传部"), ("东风社区居委会", "东风社区居委会"),
                                        ("李庄村村委会", "李庄村村委会")])
def test_an_organisation_ending_in_bu_or_weihui_is_kept_whole(said, unit):
    iv = asked("unit", {"project_name": "城区生活垃圾清运经费"})
    iv.answer(said)
    assert iv.form.unit == unit


@pytest.mark.parametrize("said, date", [("周丽娟，今天填的", "2025-03-01"), ("填表人 周丽娟 2025.2.27", "2025-02-27"),
                                        ("周丽娟，日期写今天", "2025-03-01")])
def test_a_date_beside_the_fillers_name_is_the_fill_date(said, date):
    iv = asked("filler", {"project_name": "城区生活垃圾清运经费"})
    iv.answer(said)
    assert (iv.form.filler, iv.form.fill_date) == ("周丽娟", date)
    assert not iv.form.start


def test_a_date_beside_another_answer_is_not_a_fill_date():
    iv = asked("unit", {"project_name": "城区生活垃圾清运经费"})
    iv.answer("县城管局，今天")
    assert not iv.form.fill_date


@pytest.mark.parametrize("said, start, end", [
    ("明年4月动工，10月底交付", "2026-04", "2026-10"),
    ("今年5月开工，工期8个月", "2025-05", "2025-12"),
    ("今年三月到六月、八月到十一月，干脆就写三月到十一月", "2025-03", "2025-11"),
])
def test_a_period_said_as_work_steps_or_thought_aloud(said, start, end):
    from assistant.interview.when import period
    w = period(said, 2025, None)
    assert (w.start, w.end) == (start, end)


def test_a_year_long_past_in_the_overview_is_not_the_projects_year():
    iv = asked("overview", {"project_name": "透析机更新"})
    iv.answer("更换2008年买的两台透析机")
    iv.ask("start")
    iv.answer("5月到11月")
    assert not iv.form.start and not iv.form.year
