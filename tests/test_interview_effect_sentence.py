"""An effect said as one plain sentence at an effect question (issue 11: "read indicator answers given as plain
sentences into candidate rows … shown for confirmation"): '为防灾减灾提供基础数据支撑', '成功创建省级双拥模范县',
'碘缺乏病保持消除状态' were "没能读出指标名称和数值" (holdout11: 6 such turns, holdout10: 1). Now each is one 定性
row — her sentence as the name, the graded level 达到 as the value, no number — said back to be corrected.
Talk, questions, a sentence beside a rough figure, or a sentence at an output question make no row."""
import datetime as dt

import pytest

from assistant.interview.rows import read_rows
from interview_helpers import asked_on

TODAY = dt.date(2025, 7, 3)


def _rows(iv):
    return [(i.level1, i.level2, i.name, i.value) for i in iv.form.indicators]


@pytest.mark.parametrize("asked, says, name", [
    ("indicators.效益指标", "为防灾减灾提供基础数据支撑", "为防灾减灾提供基础数据支撑"),
    ("indicators.效益指标", "成功创建省级双拥模范县", "创建省级双拥模范县"),
    ("indicators.效益指标", "碘缺乏病保持消除状态", "碘缺乏病保持消除状态"),
    ("indicators.社会效益指标", "渔船遇险搜救响应时间缩短", "渔船遇险搜救响应时间缩短"),
])
def test_one_sentence_of_effect_is_a_qualitative_row_said_back(asked, says, name):
    iv = asked_on(TODAY, asked)
    reply = iv.answer(says)
    rows = _rows(iv)
    assert len(rows) == 1 and rows[0][0] == "效益指标" and rows[0][2] == name and rows[0][3] == "达到"
    assert "answer" in reply.acts and "unclear" not in reply.acts
    assert any("整理成了指标" in s for s in reply.said)          # shown, to be corrected if wrong


@pytest.mark.parametrize("asked, says", [
    ("indicators.效益指标", "我问问领导再说"),
    ("indicators.效益指标", "这个不好写啊"),
    ("indicators.效益指标", "为什么要填效益指标？"),
    ("indicators.效益指标", "主要就是老百姓方便了呗"),
    ("indicators.生态效益指标", "减少水土流失，一年少冲走泥沙三千吨左右吧"),
    ("indicators.数量指标", "为防灾减灾提供基础数据支撑"),
    ("indicators.效益指标", "社会效益指标"),
])
def test_talk_questions_hedges_and_other_categories_make_no_effect_row(asked, says):
    iv = asked_on(TODAY, asked)
    iv.answer(says)
    assert not any(v == "达到" for *_, v in _rows(iv)), _rows(iv)


def test_a_sentence_among_others_is_not_read_whole():
    got = read_rows("为防灾减灾提供基础数据支撑，这个是领导定的", "效益指标", [], 2025)
    assert not got.effect and not any(r["value"] == "达到" for r, _ in got.rows)


@pytest.mark.parametrize("says", ["11月省里考评前完成", "按月随工资发放", "2025年四季度完成数据上报", "日产日清", "出院时当场结算"])
def test_a_sentence_that_says_when_is_a_timeliness_row_in_her_words(says):
    iv = asked_on(TODAY, "indicators.时效指标")
    reply = iv.answer(says)
    rows = _rows(iv)
    assert len(rows) == 1 and rows[0][1] == "时效指标" and says in rows[0][2] + rows[0][3]
    assert "unclear" not in reply.acts


@pytest.mark.parametrize("says", ["这个不好说", "我问问领导再说", "跟上面一样", "这也要填啊？"])
def test_talk_at_the_timeliness_question_is_no_row(says):
    iv = asked_on(TODAY, "indicators.时效指标")
    iv.answer(says)
    assert _rows(iv) == []
