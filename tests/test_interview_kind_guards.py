"""A value goes into the asked field only when it reads as that field (issue 11, guarantee 1): a phone
is no function code, a question she asks back or two names she weighs are no value, an indicator said
at a free-text field is not stored there, and a lead-in before a budget list ("分三块：") is no item."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize("says", ["0731-5566778", "电话是0471－6623345", "0731—5566778"])
def test_a_phone_is_never_a_function_code(says):
    iv = asked_on(TODAY, "function_code")
    iv.answer(says)
    assert iv.form.function_code == ""


@pytest.mark.parametrize("says", ["2040607", "204 06 07", "科目是2040607（公共法律服务）"])
def test_a_function_code_is_still_read(says):
    iv = asked_on(TODAY, "function_code")
    iv.answer(says)
    assert iv.form.function_code == "2040607"


@pytest.mark.parametrize("says, want", [
    ("县财政局还是县政府？应该是县委政法委管我们", "县委政法委"),
    ("是县财政局还是县政府，我也说不好", ""),
    ("是县委政法委，还是县司法局", ""),
    ("县财政局？不对，是县委政法委", "县委政法委"),
    ("还是县司法局自己", "县司法局"),
])
def test_names_she_weighs_are_no_value(says, want):
    iv = asked_on(TODAY, "unit")
    iv.answer("县司法局")
    iv.ask("department")
    iv.answer(says)
    assert iv.form.department == want


@pytest.mark.parametrize("field", ["basis", "necessity", "unit_functions"])
@pytest.mark.parametrize("says", ["群众满意率九成以上吧", "群众满意度95%", "调解成功率不低于96%", "办结率要达到百分之九十"])
def test_an_indicator_said_at_a_text_field_is_not_stored_there(field, says):
    iv = asked_on(TODAY, field)
    reply = iv.answer(says)
    assert getattr(iv.form, field) == ""
    assert any("像是一条绩效指标" in s for s in reply.said) or (   # or offered to its category, stored on her yes only
        reply.question is not None and reply.question.field.startswith("indicators.") and "没有当作" in reply.question.text)
    assert not any(i.name for i in iv.form.indicators)


def test_a_text_field_keeps_a_sentence_that_only_mentions_a_rate():
    iv = asked_on(TODAY, "basis")
    iv.answer("根据《某某县公共法律服务体系建设实施方案》，服务覆盖率要达到95%")
    assert iv.form.basis.startswith("根据《某某县公共法律服务体系建设实施方案》")


@pytest.mark.parametrize("says", ["分三块：法律援助补贴50万，人民调解员以案定补20万，宣传10万",
                                  "主要是这三块：法律援助补贴50万；人民调解员以案定补20万；宣传10万",
                                  "一共分成三块，法律援助补贴50万，人民调解员以案定补20万，宣传10万"])
def test_a_lead_in_before_a_budget_list_is_no_item(says):
    iv = asked_on(TODAY, "budget_items")
    iv.answer(says)
    assert [(i.name, i.amount) for i in iv.form.budget_items] == [
        ("法律援助补贴", 50.0), ("人民调解员以案定补", 20.0), ("宣传", 10.0)]


@pytest.mark.parametrize("says, want", [
    ("嗯，我们学校今年要报个营养餐的项目，就叫农村义务教育学生营养改善计划", "农村义务教育学生营养改善计划"),
    ("名字就叫老年助餐服务补贴吧", "老年助餐服务补贴"),
    ("我们报的是那个河长制的，名称是河湖长制巡河保洁经费", "河湖长制巡河保洁经费"),
])
def test_the_name_she_gives_wins_over_what_she_says_around_it(says, want):
    iv = asked_on(TODAY, "project_name")
    iv.answer(says)
    assert iv.form.project_name == want


@pytest.mark.parametrize("says", ["就一项，营养餐补助", "只有一项：营养餐补助"])
def test_a_single_named_item_before_the_total_waits_for_it_and_invents_no_amount(says):
    iv = asked_on(TODAY, "budget_items")
    reply = iv.answer(says)
    assert iv.form.budget_items == [] and "unclear" not in reply.acts
    iv.ask("funding.total")
    iv.answer("120万")
    assert [(i.name, i.amount) for i in iv.form.budget_items] == [("营养餐补助", 120.0)]


def test_a_single_named_item_after_the_total_takes_her_name():
    iv = asked_on(TODAY, "funding.total")
    iv.answer("120万")
    iv.ask("budget_items")
    iv.answer("就一项，营养餐补助")
    assert [(i.name, i.amount) for i in iv.form.budget_items] == [("营养餐补助", 120.0)]


@pytest.mark.parametrize("says, field, want", [
    ("把单位改成城关镇农业农村综合服务中心", "unit", "城关镇农业农村综合服务中心"),
    ("帮我把项目名称改成农村户厕改造奖补", "project_name", "农村户厕改造奖补"),
    ("麻烦把主管部门改成县乡村振兴局", "department", "县乡村振兴局"),
])
def test_a_correction_asked_of_her_helper_changes_the_field_it_names(says, field, want):
    iv = asked_on(TODAY, "unit")
    iv.answer("镇农业农村办")
    iv.ask("necessity")
    iv.answer(says)
    assert getattr(iv.form, field) == want
    assert iv.form.necessity == ""


@pytest.mark.parametrize("says", ["张镇长 张国强 0733-8821234", "张国强 0733-8821234"])
def test_one_person_with_title_and_phone_is_no_list(says):
    iv = asked_on(TODAY, "unit_head")
    iv.answer(says)
    assert (iv.form.unit_head, iv.form.unit_phone) == ("张国强", "0733-8821234")


def test_three_names_are_still_a_list():
    iv = asked_on(TODAY, "unit_head")
    iv.answer("张三 李四 王五")
    assert iv.form.unit_head == ""


@pytest.mark.parametrize("says", ["去年就有", "前年就开始做了", "以前一直有"])
def test_when_the_project_began_is_no_year_of_the_form(says):
    iv = asked_on(TODAY, "attribute")
    iv.answer(says)
    assert iv.form.attribute == "延续"
    assert iv.facts.get("year") is None and iv.form.year is None


@pytest.mark.parametrize("says", ["跟去年一样，一月到十二月", "和往年一样，1-12月", "同去年的一样，全年"])
def test_a_year_compared_with_is_not_the_year_of_the_period(says):
    iv = asked_on(TODAY, "start")
    iv.answer(says)
    assert iv.form.start in ("", None) and iv.form.year is None, (iv.form.start, iv.form.year)
    assert "哪一年" in iv.next_question().render()


def test_a_form_pasted_as_label_tab_value_rows_fills_each_field_its_label_names():
    iv = asked_on(TODAY, "project_name")
    iv.answer("项目名称\t公共自行车运营维护\n主管部门\t市城管局\n实施单位\t市公用事业服务中心\n项目资金总额\t260万元\n"
              "其中：财政拨款\t260万元\n实施期限\t2027年1月-2027年12月")
    f = iv.form
    assert (f.project_name, f.department, f.unit, f.funding.total, f.funding.current_year, f.start, f.end) == (
        "公共自行车运营维护", "市城管局", "市公用事业服务中心", 260.0, 260.0, "2027-01", "2027-12")


@pytest.mark.parametrize("field", ["project_name", "indicators.数量指标", "basis"])
def test_a_yes_to_nothing_is_never_a_silent_repeat(field):
    iv = asked_on(TODAY, field)
    reply = iv.answer("是")
    assert reply.said and reply.changed == []


def test_a_clause_of_her_story_is_no_project_name():
    iv = asked_on(TODAY, "project_name")
    iv.answer("你好，我是街道办的小陈，领导让我报个老年助餐的项目，我们街道有三个助餐点，一年给老人补助伙食费，大概五十万吧，明年1月到12月")
    assert iv.form.project_name == ""
    assert (iv.form.start, iv.form.end) == ("2027-01", "2027-12") and iv.form.funding.total is None


def test_a_correction_naming_only_the_unit_goes_to_the_one_row_in_that_unit():
    iv = asked_on(TODAY, "indicators.数量指标")
    iv.answer("助餐点3个，年服务老人10万人次")
    iv.ask("indicators.效益指标")
    iv.answer("刚才人次说错了，是11万人次")
    assert {i.name: i.value for i in iv.form.indicators}["年服务老人"] == "=11万人次"


def test_a_correction_naming_a_unit_two_rows_share_is_asked_about():
    iv = asked_on(TODAY, "indicators.数量指标")
    iv.answer("助餐点3个，服务老人10万人次，送餐上门2万人次")
    iv.ask("indicators.效益指标")
    reply = iv.answer("刚才人次说错了，是11万人次")
    assert {i.name: i.value for i in iv.form.indicators}["服务老人"] == "=10万人次"
    assert any("没找准" in s for s in reply.said)


def test_a_bare_ordinal_given_money_corrects_that_budget_line_and_says_so():
    iv = asked_on(TODAY, "funding.total")
    iv.answer("30万")
    iv.ask("budget_items")
    iv.answer("教育培训10万；心理矫治8万；信息化监管12万")
    iv.ask("unit_functions")
    reply = iv.answer("第二项改成9万")
    assert [i.amount for i in iv.form.budget_items] == [10.0, 9.0, 12.0]
    assert "已把预算明细「心理矫治」金额从「8万元」改为「9万元」。" in reply.said
    reply = iv.answer("第4项改成9万")                        # no fourth line: asked, nothing changed
    assert [i.amount for i in iv.form.budget_items] == [10.0, 9.0, 12.0]
    assert iv.form.unit_functions == ""


@pytest.mark.parametrize("says, word", [("社区矫正对象教育帮扶，县里一共在册矫正对象85人", "矫正对象"),
                                        ("为民服务中心一年接待群众3000人次", "接待群众")])
def test_a_preposition_inside_a_word_is_no_verb_of_a_counted_row(says, word):
    iv = asked_on(TODAY, "overview")
    iv.answer(says)
    names = [i.name for i in iv.form.indicators]
    assert names and all(word in n for n in names), names


@pytest.mark.parametrize("says", ["预算功能科目去哪查", "功能科目在哪里能查到？", "部门编码怎么查", "功能科目上哪找"])
def test_where_to_find_a_value_is_a_question_not_a_correction(says):
    iv = asked_on(TODAY, "indicators.数量指标")
    reply = iv.answer(says)
    assert reply.acts == ["question"] and reply.changed == []


def _picked(says):
    iv = asked_on(TODAY, "indicators.数量指标")
    offered = [c.name for c in iv.pending.choices]
    reply = iv.answer(says)
    return offered, {i.name: i.value for i in iv.form.indicators}, reply


@pytest.mark.parametrize("says, which", [("前两个", [0, 1]), ("后两个", [2, 3]), ("1到3", [0, 1, 2]),
                                         ("第一个到第三个", [0, 1, 2]), ("除了第2个都要", [0, 2, 3])])
def test_options_named_as_a_set_are_picked_and_no_row_is_made_of_the_words(says, which):
    offered, rows, _ = _picked(says)
    assert len(offered) == 4
    assert sorted(rows) == sorted(offered[k] for k in which)


@pytest.mark.parametrize("says", ["前五个", "第2到第6个", "都不要", "一个都不要"])
def test_a_set_that_does_not_fit_or_none_of_them_makes_no_row_and_says_so(says):
    _, rows, reply = _picked(says)
    assert rows == {} and reply.said


@pytest.mark.parametrize("says", ["第三个，数值改成≥800批次", "3，值改为≥800批次", "第3个改成≥800批次"])
def test_a_pick_with_her_value_is_that_option_with_her_value(says):
    offered, rows, _ = _picked(says)
    assert rows == {offered[2]: "≥800批次"}
