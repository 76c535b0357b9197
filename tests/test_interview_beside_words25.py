"""Words beside an answer that belong to the form or to the yes (session 12, interview25).

- At the final check, a clause saying that what she looked at is right — with the thing and figure restated
  ("198万对的，确认", "母牛是一万二千头没错，确认", "链路租赁是204,000元，对的，确认") or without ("应该对的，确认",
  "数都对得上，确认", "应该没问题了吧？那就确认") — is part of her yes: confirm, no talk, nothing changed. A restated figure
  the form does not hold is no such yes (it may be a change): nothing is confirmed by it.
- The project's 属性 said as a clause of its own beside another answer ("2080799，延续项目", "2130399 / 新增 / 2026.3-2026.11",
  "区消防救援大队，主管区应急管理局，新增项目") is filed as the 属性; a 新增 inside a clause ("新增座位300个") is not.
- A question back about 结转 when its 0 was only assumed ("结转是什么意思") takes the assumption back, as 不清楚 does.
"""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2025, 5, 20)
FORM = {"project_name": "乡村旅游标识标牌建设", "unit": "县文化旅游局", "department": "县文化旅游局",
        "start": "2025-03", "end": "2025-11", "year": 2025,
        "overview": "设置旅游交通标识牌一百六十块、导览牌四十二块，母牛一万二千头",
        "budget_items": [{"name": "交通标识牌", "amount": 64}, {"name": "导览牌", "amount": 42},
                         {"name": "链路租赁", "amount": 20.4}]}


def at_the_check():
    iv = asked_on(TODAY, "funding", FORM)
    iv.answer("126.4万")
    assert iv.unconfirmed_numbers()
    iv.ask("confirm")
    return iv


@pytest.mark.parametrize("say", ["126.4万对的，确认", "母牛是一万二千头没错，确认", "链路租赁是204,000元，对的，确认",
                                 "导览牌四十二块、四十二万，没错，确认", "应该对的，确认", "数都对得上，确认",
                                 "应该没问题了吧？那就确认", "那先这样吧，确认提交", "all good, confirm"])
def test_what_she_says_is_right_is_part_of_the_yes(say):
    iv = at_the_check()
    before = iv.form.to_json()
    r = iv.answer(say)
    assert r.acts == ["confirm"], r.acts
    assert not iv.unconfirmed_numbers()
    assert iv.form.to_json() == before
    for other in ("导览牌四十五万没错，确认", "136.4万对的，确认"):     # a figure the form does not hold: no plain yes
        iv = at_the_check()
        assert iv.answer(other).acts != ["confirm"]
        assert iv.form.funding.total == 126.4 and iv.unconfirmed_numbers()


@pytest.mark.parametrize("field,say,value,held", [
    ("function_code", "2080799，延续项目", "延续", {"function_code": "2080799"}),
    ("function_code", "2120399；延续不是，是新增", "新增", {"function_code": "2120399"}),
    ("function_code", "2130399 / 新增 / 2026.3-2026.11", "新增", {"function_code": "2130399", "start": "2026-03", "end": "2026-11"}),
    ("unit", "区消防救援大队，主管区应急管理局，新增项目", "新增", {"unit": "区消防救援大队", "department": "区应急管理局"}),
])
def test_the_attribute_said_beside_another_answer(field, say, value, held):
    iv = asked_on(TODAY, field)
    r = iv.answer(say)
    assert iv.form.attribute == value
    assert "facts" in r.acts
    got = iv.form.to_json()
    for k, v in held.items():
        assert got[k] == v, (k, got[k])
    iv = asked_on(TODAY, "indicators.数量指标")
    iv.answer("新增座位300个")           # a 新增 inside a clause is no 属性
    assert iv.form.attribute == ""


@pytest.mark.parametrize("say", ["结转是什么意思", "嘎哈？结转是啥玩意儿？"])
def test_a_question_about_an_assumed_carryover_takes_it_back(say):
    iv = asked_on(TODAY, "funding", FORM)
    iv.answer("126.4万")
    assert iv.form.funding.carryover == 0
    iv.ask("funding.carryover")
    r = iv.answer(say)
    assert "question" in r.acts
    assert iv.form.funding.carryover is None and iv.form.funding.total == 126.4


@pytest.mark.parametrize("field,say", [("department", "主管部门是石桥镇人民政府哈"), ("start", "今年三月到十一月哈")])
def test_a_particle_after_the_answer_is_no_talk(field, say):
    iv = asked_on(TODAY, field)
    r = iv.answer(say)
    assert r.acts == ["answer"], r.acts


@pytest.mark.parametrize("field,say,path,value", [
    ("project_name", "项目是草原生态保护补助奖励政策，我们所每年都报这个", "project_name", "草原生态保护补助奖励政策"),
    ("project_name", "农村留守老人关爱服务项目，额们县上今年头一回搞", "project_name", "农村留守老人关爱服务项目"),
])
def test_we_said_of_the_unit_beside_a_name_is_talk(field, say, path, value):
    iv = asked_on(TODAY, field)
    r = iv.answer(say)
    assert sorted(r.acts) == ["answer", "chatter"], r.acts
    assert iv.form.to_json()[path] == value
    for other in ("县农业农村局 我们是它下属的", "就是我们局自己"):   # beside a unit it says who is above whom
        iv = asked_on(TODAY, "department", {"unit": "县农业农村局"})
        assert "chatter" not in iv.answer(other).acts


FUNDED = {**FORM, "budget_items": [], "funding": {"total": 210, "carryover": 0, "other": 0, "current_year": 210}}


@pytest.mark.parametrize("say", ["清淤150 清掏36 检测24", "清淤 150 清掏 36 检测 24", "清淤150，清掏36，检测24"])
def test_budget_lines_without_a_unit_that_add_up_to_the_total(say):
    iv = asked_on(TODAY, "budget_items", FUNDED)
    iv.answer(say)
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("清淤", 150), ("清掏", 36), ("检测", 24)]
    iv = asked_on(TODAY, "budget_items", FUNDED)
    iv.answer("清淤150 清掏36 检测240")     # past the total: the unit cannot be told, nothing taken
    assert iv.form.budget_items == []


def test_a_bare_figure_named_by_the_overview():
    iv = asked_on(TODAY, "indicators.数量指标", {**FORM, "overview": "平台车辆86台，GPS定位、油卡、维修统一管理"})
    r = iv.answer("86台")
    assert r.acts == ["answer"]
    assert [(i.name, i.value) for i in iv.form.indicators if i.level2 == "数量指标"] == [("平台车辆", "=86台")]
    for overview in ("GPS定位、油卡、维修统一管理", "平台车辆86台，备用车辆86台"):   # named never or twice: no pairing
        iv = asked_on(TODAY, "indicators.数量指标", {**FORM, "overview": overview})
        iv.answer("86台")
        assert not [i for i in iv.form.indicators if "86" in i.value]


def test_the_attribute_word_first_is_her_answer_and_the_rest_why():
    for say in ("新增，以前哪有钱搞这个", "新增，健身中心那个才是延续"):
        iv = asked_on(TODAY, "attribute")
        iv.answer(say)
        assert iv.form.attribute == "新增", say
    iv = asked_on(TODAY, "attribute")
    iv.answer("新增，不对，延续")           # taken back in the same breath: what she settled on
    assert iv.form.attribute == "延续"


CHOICES = {**FORM, "overview": ""}


@pytest.mark.parametrize("say,picks", [("你推荐的第二个", [2]), ("那就用你说的第一个", [1]), ("头两个都要", [1, 2])])
def test_options_picked_as_the_ones_she_was_offered(say, picks):
    iv = asked_on(TODAY, "indicators.质量指标", CHOICES)
    q = iv.pending
    assert q.choices and len(q.choices) >= 2
    r = iv.answer(say)
    assert r.acts == ["choice"], r.acts
    names = {i.name for i in iv.form.indicators}
    assert {q.choices[k - 1].name for k in picks} <= names


@pytest.mark.parametrize("say,field", [("回到主管部门那个问题", "department"), ("等等，回到资金那一项，我要看看刚才的总额", "funding"),
                                       ("等下，回到立项依据那一项，文件找到了", "basis")])
def test_going_back_to_a_question_she_names(say, field):
    iv = asked_on(TODAY, "indicators.质量指标", FORM)
    r = iv.answer(say)
    assert r.acts == ["back"], r.acts
    assert r.question.field == field
