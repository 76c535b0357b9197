"""Nothing misfiled (issue 11, guarantee 1), for kinds of message that put words where they did not belong:

- something pasted by mistake that is no words of hers: a service's text message (a login code, a parcel
  notice) or a chat app's read receipts — never stored in the asked field;
- a row of boxed options with one ticked ("☐同意 ■不同意"): the ticked one, never the row as text;
- a deferral in words the skip list did not spell ("这项暂缓", "…晚点再写"): a skip, never the field's text;
- the asked field skipped, then another field labelled ("功能科目先不写，项目属性是新增"): the skip, and the
  labelled field filled — never the whole message as the asked field;
- "上一个是实施单位吧，…": which question her answer was for, not a step back that clears a field;
- a label after an interjection or 补上 ("唉主管部门还是…", "补上刚才的概况：…"), and a label with "这么写：".
Sentences here are our own, not the dialogues'.
"""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview
from interview_helpers import asked_after

TODAY = dt.date(2025, 6, 2)


def _asked(field: str, *before: tuple[str, str]) -> Interview:
    return asked_after(TODAY, field, *before)


@pytest.mark.parametrize("field,pasted", [
    ("overview", "【丰巢智能柜】您的快件已存入小区东门柜，取件码58213，请及时领取"),
    ("basis", "【政务钉钉】验证码402918，您正在进行身份核验，10分钟内有效，请勿泄露"),
    ("necessity", "已读 5人未读"),
])
def test_something_pasted_by_mistake_is_never_stored(field, pasted):
    iv = _asked(field)
    r = iv.answer(pasted)
    assert r.acts == ["unclear"]
    assert getattr(iv.form, field) in ("", None)
    assert r.question is not None and r.question.field == field
    assert any("没有记入" in s for s in r.said)


def test_a_text_message_signature_before_her_own_words_is_no_notice():
    iv = _asked("overview")
    iv.answer("【项目概况】为全镇12个行政村更新村级公共厕所")
    assert "公共厕所" in iv.form.overview


def test_the_ticked_box_of_a_row_of_options_is_the_answer():
    iv = _asked("goals.long_term", ("project_name", "乡镇公共厕所改造"))
    r = iv.answer("☐同意 ■不同意")
    assert not iv.form.goals.long_term
    assert "deny" in r.acts


@pytest.mark.parametrize("field,said", [
    ("goals.long_term", "这项暂缓"),
    ("necessity", "必要性晚点再写"),
    ("overview", "这栏暂缓"),
])
def test_a_deferral_is_a_skip_not_the_text(field, said):
    iv = _asked(field)
    r = iv.answer(said)
    assert r.acts == ["skip"]
    got = iv.form.goals.long_term if field == "goals.long_term" else getattr(iv.form, field)
    assert not got


def test_the_asked_field_skipped_then_another_field_labelled():
    iv = _asked("function_code")
    r = iv.answer("功能科目先不写，项目属性是新增")
    assert iv.form.attribute == "新增"
    assert not iv.form.function_code
    assert "skip" in r.acts and "facts" in r.acts


def test_a_refused_text_then_another_fields_text():
    iv = _asked("basis")
    iv.answer("依据不便写，是内部的。必要性是：老旧厕所漏水严重，村民反映强烈")
    assert not iv.form.basis
    assert "漏水严重" in iv.form.necessity


def test_which_question_her_answer_was_for_is_no_step_back():
    iv = _asked("department", ("project_name", "乡镇公共厕所改造"))
    iv.answer("项目单位是县爱卫办")          # the unit, said one question late
    iv.ask("overview")
    r = iv.answer("上一个是主管部门吧，县卫健委")
    assert iv.form.department == "县卫健委"
    assert iv.form.unit == "县爱卫办"
    assert not iv.form.overview
    assert "back" not in r.acts


def test_an_interjection_before_a_label_and_the_name_she_gave_before():
    iv = _asked("basis", ("department", "县交通运输局"))
    iv.answer("主管部门写错了，是县城管局")
    assert iv.form.department == "县城管局"
    r = iv.answer("唉主管部门还是交通运输局，刚问过了")
    assert iv.form.department == "县交通运输局"
    assert not iv.form.basis
    assert "correction" in r.acts


def test_a_text_added_for_an_earlier_question_goes_there():
    iv = _asked("funding")
    iv.answer("补上刚才的概况：为全镇12个行政村改造公共厕所48座")
    assert "48座" in iv.form.overview
    assert iv.form.funding.total is None
    iv.ask("function_code")
    iv.answer("依据这么写：县政府《农村人居环境整治方案》")
    assert "人居环境" in iv.form.basis
    assert not iv.form.function_code
