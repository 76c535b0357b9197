"""Ordinary clerk messages the interview must read (issue 11): a slip she owns after a field's word
(结转俺搞错了), the figure she settles on among several (少算了4个，是90个), a long label inside an
unpunctuated voice message, 主管是…, talk before the field's word. Each case asserts the field changed
and that the asked field kept nothing."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview
from interview_helpers import asked_on

TODAY = dt.date(2025, 3, 1)


def asked(field: str) -> Interview:
    return asked_on(TODAY, field)


def test_a_slip_she_owns_after_the_carryover_changes_it_and_not_the_asked_phone():
    iv = asked("funding")
    iv.answer("总共1486万，其中上年结转200万")
    iv.ask("unit_phone")
    r = iv.answer("哦对了，前面那个结转俺搞错了，不是200万，是120万")
    assert iv.form.funding.carryover == 120
    assert iv.form.funding.current_year == 1366
    assert iv.form.unit_phone == ""
    assert "unclear" not in r.acts and "correction" in r.acts


@pytest.mark.parametrize("says, headcount", [
    ("啊这，上面说的人数不对，少算了4个，是90个网格员", 90),
    ("人数说错了，多写了2个，应该是10个人", 10),
])
def test_a_correction_keeps_the_figure_she_settles_on_not_the_difference(says, headcount):
    from assistant.interview import fields as F
    m = [x for x in F.mentions(says) if x.path == "fact.headcount"]
    assert m and m[0].marked
    assert m[0].value.startswith(str(headcount))


def test_several_figures_without_a_correction_keep_the_first():
    from assistant.interview import fields as F
    m = [x for x in F.mentions("人数12个，是正式的") if x.path == "fact.headcount"]
    assert m[0].value.startswith("12")


@pytest.mark.parametrize("says, unit, department", [
    ("单位是市公安局禁毒支队主管部门就是市公安局", "市公安局禁毒支队", "市公安局"),
    ("县妇幼保健院，主管是县卫健委", "县妇幼保健院", "县卫健委"),
])
def test_the_unit_and_its_department_in_one_message(says, unit, department):
    iv = asked("unit")
    r = iv.answer(says)
    assert (iv.form.unit, iv.form.department) == (unit, department)
    assert set(r.acts) == {"answer", "facts"}


@pytest.mark.parametrize("says", ["主管的是市司法局", "主管是市司法局"])
def test_the_department_answer_loses_its_label_and_verb(says):
    iv = asked("department")
    iv.answer(says)
    assert iv.form.department == "市司法局"


def test_a_word_like_a_label_inside_a_name_is_no_label():
    from assistant.interview import fields as F
    assert not [m for m in F.mentions("主管领导是王五") if m.path == "department"]


@pytest.mark.parametrize("says, name, value", [
    ("年底前全部完工通水", "完工通水时间", "年底前"),
    ("六月二十六号之前全部搞完", "完成时间", "6月26日前"),
    ("两个工作日内办结", "办结时限", "≤2个工作日"),
    ("接到报警30分钟内到场", "接到报警到场时限", "≤30分钟"),
])
def test_a_deadline_said_as_a_sentence_is_a_time_indicator(says, name, value):
    from assistant.interview.deadline import deadline_row
    assert deadline_row(says, []) == (name, value)


@pytest.mark.parametrize("says", ["满意度90%", "每月10号前发到卡上，发放率100%", "工资按时发"])
def test_no_deadline_row_from_a_sentence_with_another_figure_or_none(says):
    from assistant.interview.deadline import deadline_row
    assert deadline_row(says, []) is None


def test_a_deadline_sentence_fills_the_time_question_with_her_date():
    iv = asked("indicators.时效指标")
    r = iv.answer("年底前全部完工通水")
    rows = [(i.name, i.value) for i in iv.form.indicators if i.level2 == "时效指标"]
    assert rows == [("完工通水时间", "年底前")]
    assert r.acts == ["answer"]


@pytest.mark.parametrize("says, items", [
    ("宣传资料印刷八万公益广告投放二十万活动场地和物料八万",
     [("宣传资料印刷", 8), ("公益广告投放", 20), ("活动场地和物料", 8)]),
    ("管网改造九百万，水泵跟消毒设备三百八十六万，剩下二百万是工程监理跟设计费",
     [("管网改造", 900), ("水泵跟消毒设备", 386), ("工程监理跟设计费", 200)]),
])
def test_budget_items_spoken_without_pauses_or_named_after_the_amount(says, items):
    from assistant.interview.extract import budget_items
    got, _ = budget_items(says, Interview(today=TODAY).context("budget_items"))
    assert [(i["name"], i["amount"]) for i in got] == items


def test_an_amount_with_a_word_like_a_unit_after_it_is_no_run_on_list():
    from assistant.interview.answers import split_parts
    assert split_parts("工资36万元社保9.6万元") == ["工资36万元", "社保9.6万元"]
    assert split_parts("总额48.6万元整") == ["总额48.6万元整"]


def test_the_same_fact_again_to_the_cost_question_is_an_answer_not_a_new_row():
    iv = asked("overview")
    iv.answer("聘用专职巡护队员80人，每人每月补助1800元，按8个月计")
    before = [(i.name, i.value) for i in iv.form.indicators]
    iv.ask("indicators.成本指标")
    r = iv.answer("每人每月补助一千八")
    assert r.acts == ["answer"]
    assert [(i.name, i.value) for i in iv.form.indicators] == before
    assert sum(1 for i in iv.form.indicators if i.level2 == "数量指标" and i.value == "=80人") == 1


def test_the_unit_head_said_with_our_unit_word_is_the_units_not_the_departments():
    iv = asked("unit")
    iv.answer("县水利服务中心，主管部门是县水利局，我们中心负责人是程立新")
    assert (iv.form.unit, iv.form.department, iv.form.unit_head) == ("县水利服务中心", "县水利局", "程立新")
    assert iv.form.department_head == ""


@pytest.mark.parametrize("field, says", [
    ("unit_functions", "哎呀这个我真不知道怎么写"),
    ("unit_functions", "这个得问问领导，街道职能怎么概括我真说不清"),
    ("department", "上头是县政府吧？俺也不太清楚，得问问俺们股长"),
])
def test_not_knowing_with_talk_around_it_stores_nothing(field, says):
    iv = asked(field)
    r = iv.answer(says)
    assert "dont_know" in r.acts
    assert getattr(iv.form, field) == ""


@pytest.mark.parametrize("field, says, expected", [
    ("goals.long_term", "中长期目标就写提高两癌早诊早治率，降低死亡率", ["提高两癌早诊早治率，降低死亡率"]),
    ("goals.annual", "那就写完成筛查11500人吧", ["完成筛查11500人"]),
    ("overview", "概况就写：为全县农村妇女免费筛查", "为全县农村妇女免费筛查"),
    ("necessity", "必要性的话，就是群众看病难", "群众看病难"),
    ("project_name", "写字楼维修", "写字楼维修"),          # 写 inside a name is no lead-in
    ("overview", "填埋场渗滤液处理", "填埋场渗滤液处理"),
])
def test_how_she_says_what_to_write_is_not_written(field, says, expected):
    iv = asked(field)
    iv.answer(says)
    got = iv.form.to_json()
    for part in field.split("."):
        got = got[part]
    assert got == expected


def test_emoji_and_a_wavy_dash_carry_no_value():
    iv = asked("project_name")
    r = iv.answer("哈喽～项目名就叫网格员工作补贴吧，科长甩给我的活😂")
    assert iv.form.project_name == "网格员工作补贴"
    assert set(r.acts) == {"answer", "chatter"}


def test_a_correction_quoting_old_then_new_changes_the_row_holding_the_old_figure():
    from assistant.interview.renumber import _NOT_OLD_NEW
    m = _NOT_OLD_NEW.search("刚才河道条数说错了，不是9条是11条")
    assert (m.group("old"), m.group("ou"), m.group("new"), m.group("nu")) == ("9", "条", "11", "条")


def test_a_time_of_day_deadline_keeps_her_numerals():
    from assistant.interview.deadline import deadline_row
    assert deadline_row("每天早上八点前保洁完毕", []) == ("保洁完毕时间", "每天早上八点前")
