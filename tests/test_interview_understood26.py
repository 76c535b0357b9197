"""Clerk words read as meant, found on holdout21 (session 13, interview26).

- Voice input's 十 for 是 after a field's label or 就/也/还 ("项目名称十…", "就十它了") and 完 for 万 after a figure
  ("一百二十完"); a 十 that may be a count ("就十个人") stays.
- A yes to the offer said with the field's label, a word of praise or the offer pointed at ("行，年度目标就这个",
  "年度目标就按你给的", "你这个目标写得挺全，行", "年度木标用你的", "就是它了") is the yes, never her goal text.
- The paper or person a value is taken from, named before it ("科长原话：", "抄可研批复抬头：", "照方案第九部分：",
  "中标通知书上的…"), is talk beside the answer and no word of her text; "科长说项目名称就叫…" is the name.
- A budget subject's code said in words beside its name ("科目二一二零五零一 城乡社区环境卫生") is the code.
"""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2025, 6, 30)
OFFERED = {"project_name": "社区图书室运行补助", "unit": "县图书馆", "start": "2025-01", "end": "2025-12", "year": 2025,
           "overview": "为全县30个社区图书室补充图书，开展阅读活动", "funding": {"total": 30},
           "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "补助图书室数量", "value": "=30个"}]}


@pytest.mark.parametrize("field,say,want", [
    ("project_name", "项目名称十乡村道路养护", "乡村道路养护"),
    ("department", "主管部门十县交通运输局", "县交通运输局"),
    ("unit_head", "负责人十李建华", "李建华"),
])
def test_shi_for_shi_after_a_label(field, say, want):
    iv = asked_on(TODAY, field)
    iv.answer(say)
    assert getattr(iv.form, field) == want


def test_wan_for_wan_after_a_figure():
    iv = asked_on(TODAY, "budget_items")
    iv.answer("材料费三十二完 人工费一十八完")
    assert [(i.name, i.amount) for i in iv.form.budget_items] == [("材料费", 32), ("人工费", 18)]


def test_a_count_ten_stays_a_count():
    from assistant.interview.slips import homophones
    assert homophones("就十个人") == "就十个人" and homophones("也十年了") == "也十年了" and homophones("活干完了") == "活干完了"


@pytest.mark.parametrize("say", ["行，年度目标就这个", "年度目标就按你给的", "你这个年度目标写得挺全，行", "年度木标用你的",
                                 "你写的那个可以 就是它了"])
def test_a_yes_with_the_label_or_praise_takes_the_offer(say):
    iv = asked_on(TODAY, "goals.annual", OFFERED)
    offered = iv.pending.proposal
    assert offered is not None
    r = iv.answer(say)
    assert r.acts == ["confirm"], r.acts
    assert iv.form.goals.annual and not any(w in "".join(iv.form.goals.annual) for w in ("你给的", "就这个", "写得", "用你的", "它了"))


@pytest.mark.parametrize("field,say,has,lacks", [
    ("overview", "局长原话：全年开放阅览室，接待读者3万人次，举办讲座20场", "接待读者3万人次", "原话"),
    ("basis", "抄批复抬头：《县财政局关于社区图书室运行补助的批复》", "社区图书室运行补助的批复", "抬头"),
    ("unit_functions", "单位职能抄三定方案：负责全县公共图书馆服务", "负责全县公共图书馆服务", "三定方案"),
])
def test_the_source_named_before_a_text_is_talk(field, say, has, lacks):
    iv = asked_on(TODAY, field)
    r = iv.answer(say)
    got = getattr(iv.form, field)
    assert has in got and lacks not in got
    assert "chatter" in r.acts and "answer" in r.acts


def test_the_name_passed_on_from_the_chief():
    iv = asked_on(TODAY, "project_name")
    r = iv.answer("科长说项目名称就叫社区图书室运行补助")
    assert iv.form.project_name == "社区图书室运行补助"
    assert set(r.acts) == {"answer", "chatter"}


def test_a_code_said_in_words_beside_its_name():
    iv = asked_on(TODAY, "function_code")
    iv.answer("科目二一二零五零一 城乡社区环境卫生")
    assert iv.form.function_code == "2120501"
