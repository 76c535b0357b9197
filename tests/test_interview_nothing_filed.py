"""Messages that fill nothing and were filed anyway (holdout20's misfilings, in other words): a skip said as 不予设置 /
从略 / "…略" after a remark, a skip in 火星文 (表写了 for 不要写了) or in words set apart by spaces (sign-language
order), a question about a text field beside a remark about her own unit, a rate restated as the count it comes to,
and thinking aloud that ends by keeping the value."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.interview_helpers import asked_after, asked_on

TODAY = dt.date(2024, 3, 5)
FORM = {"project_name": "乡村少年宫运行", "unit": "县教育局", "department": "县教育局",
        "start": "2024-03", "end": "2024-12", "year": 2024,
        "funding": {"total": 40, "current_year": 40, "carryover": 0, "other": 0},
        "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "少年宫数量", "value": "=12所"},
                       {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "学生满意度", "value": "≥90%"}]}


@pytest.mark.parametrize("says", ["中长期目标不予填写", "这一栏从略", "长期的不要写了，就做这一年"])
def test_a_skip_of_a_drafted_goal_is_no_goal(says):
    iv = asked_on(TODAY, "goals.long_term", FORM)
    reply = iv.answer(says)
    assert iv.form.goals.long_term == []
    assert "skip" in reply.acts


def test_a_skip_after_a_remark_cut_off_by_dots():
    iv = asked_on(TODAY, "indicators.生态效益指标", FORM)
    reply = iv.answer("水质会变好，没法量化……略")
    assert not [i for i in iv.form.indicators if i.level2 == "生态效益指标"]
    assert reply.acts == ["skip"]


def test_words_set_apart_by_spaces_are_read_together():
    iv = asked_on(TODAY, "goals.long_term", FORM)
    reply = iv.answer("长 的 不 填 了")
    assert iv.form.goals.long_term == [] and "skip" in reply.acts
    iv = asked_on(TODAY, "budget_items", FORM)
    iv.answer("讲课 费 3 万；场地 租 2 万；资料 印 1 万")
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("讲课费", 3), ("场地租", 2), ("资料印", 1)]


def test_a_question_in_words_set_apart_stores_nothing():
    iv = asked_on(TODAY, "department", {"project_name": "残疾人康复训练", "unit": "县残联"})
    reply = iv.answer("主管 是 什么？上面 管 单位 的？")
    assert iv.form.department == ""
    assert reply.acts == ["question"]


@pytest.mark.parametrize("says", ["局长 王建国 0731-8652 2310", "实施单位县博物馆 小刘帮我拿一下快递 主管部门县文旅局",
                                  "村卫生室 标准化建设 项目"])
def test_dictation_and_grouped_figures_are_no_sign_order(says):
    from assistant.interview.wraps import sign_order
    assert sign_order(says) == says
    assert sign_order("钱 全部 四十八 万。去年 剩 的 没有") == "钱全部四十八万。去年剩的没有"


def test_martian_words_are_read_once_she_writes_so():
    iv = asked_after(TODAY, "goals.long_term", ("project_name", "偶们这个叫乡村少年宫运行"), ("unit", "县教育局，素滴"))
    assert iv.form.project_name == "乡村少年宫运行"
    reply = iv.answer("长期滴表写了")
    assert iv.form.goals.long_term == [] and "skip" in reply.acts
    iv.ask("unit_head")
    iv.answer("局长素王建国")
    assert iv.form.unit_head == "王建国"
    iv = asked_on(TODAY, "project_name")       # without her 火星文, the same characters are words of their own
    iv.answer("农民素质提升工程")
    assert iv.form.project_name == "农民素质提升工程"


def test_a_remark_about_her_own_unit_beside_a_question_is_no_text():
    iv = asked_on(TODAY, "unit_functions", FORM)
    reply = iv.answer("这个职能要写多长？我们站就是个小站")
    assert iv.form.unit_functions == ""
    assert reply.acts == ["question"]


def test_a_rate_restated_as_its_count_is_one_row_where_asked():
    iv = asked_on(TODAY, "indicators.数量指标", FORM)
    iv.answer("乡镇巡查覆盖率100%，即18个")
    rows = [(i.level2, i.name, i.value) for i in iv.form.indicators if i.name not in ("少年宫数量", "学生满意度")]
    assert rows == [("数量指标", "乡镇巡查覆盖率", "=100%")]


def test_thinking_aloud_that_keeps_the_value_changes_nothing():
    iv = asked_on(TODAY, "confirm", {**FORM, "department": "县委宣传部", "unit": "县网络舆情中心"})
    reply = iv.answer("主管部门是不是该写县委办……不对，县委办不管这个，还是宣传部，不改了")
    assert iv.form.department == "县委宣传部"
    assert reply.acts == ["chatter"]
