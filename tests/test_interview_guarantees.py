"""The interview's guarantees (issue 11), each tried against answers meant to break it: nothing
misfiled, nothing invented, the applicant's years, no loops, no silent finish, and the same on
web edits (set_form). The LLM path is tried in test_interview_llm.py."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview import glossary
from assistant.interview.engine import Interview
from assistant.interview.questions import catalogue
from assistant.model import Declaration
from interview_helpers import asked_on

TODAY = dt.date(2026, 3, 1)
BASE = {"project_name": "社会化聘用人员经费", "unit": "乌海市信访局", "department": "乌海市信访局",
        "overview": "聘用12名工作人员承担来访接待", "function_code": "2010308", "attribute": "新增",
        "start": "2020-01", "end": "2020-12", "year": 2020, "basis": "乌人社函〔2019〕25号",
        "necessity": "接访任务重，人手不足", "funding": {"total": 48.6, "carryover": 0, "current_year": 48.6, "other": 0},
        "budget_items": [{"name": "工资", "amount": 36}, {"name": "社保", "amount": 9.6}, {"name": "公积金", "amount": 3}],
        "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "聘用人员数量", "value": "=12人"},
                       {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "来访群众满意度", "value": "≥90%"}]}


def asked(field: str, form: dict | None = None) -> Interview:
    return asked_on(TODAY, field, form)


# --- 1. nothing misfiled -------------------------------------------------------------------------

@pytest.mark.parametrize("field, says, path, value", [
    ("department", "项目名字不对，就叫社会化聘用人员经费", "project_name", "社会化聘用人员经费"),
    ("basis", "不对，年份错了，是2020年1月到2020年12月", "start", "2020-01"),
    ("goals.annual", "年份不对，是2020年的，其他的可以", "year", 2020),
    ("necessity", "改一下：实施期限是2020年1月至2020年12月", "end", "2020-12"),
    ("overview", "负责人是张伟，电话0473-3981234", "unit_head", "张伟"),
])
def test_an_answer_that_names_another_field_changes_that_field_and_not_the_asked_one(field, says, path, value):
    iv = asked(field)
    reply = iv.answer(says)
    assert getattr(iv.form, path) == value
    assert getattr(iv.form, field.split(".")[0]) in ("", None) or field.startswith("goals")
    assert field not in reply.changed
    assert "funding.total" not in reply.changed           # "2020年1月…" is never 1万元


@pytest.mark.parametrize("field, says", [
    ("unit", "社会化聘用人员经费"),                     # a project's name is no unit
    ("project_name", "你好，我想问一下这个表怎么填，领导让我今天交"),
    ("unit_phone", "张伟"),
    ("function_code", "信访那个"),
    ("filler", "我"),
])
def test_an_answer_that_does_not_read_as_the_asked_field_is_put_nowhere(field, says):
    iv = asked(field)
    before = iv.form.to_json()
    reply = iv.answer(says)
    assert iv.form.to_json() == before
    assert reply.question.field == field                  # asked again, with what was understood and needed
    assert any("请写" in s or "要写" in s or "不像" in s or "「" in s for s in reply.said)
    assert "跳过" in [r.text for r in reply.question.replies]


def test_a_level_two_name_is_never_a_level_three_name():
    iv = asked("indicators.效益指标")
    iv.answer("社会效益指标：信访事项按期办结率 ≥95%")
    assert [(i.level2, i.name, i.value) for i in iv.form.indicators] == [("社会效益指标", "信访事项按期办结率", "≥95%")]
    iv = asked("indicators.效益指标")
    reply = iv.answer("社会效益指标")
    assert iv.form.indicators == [] and reply.acts == ["unclear"]
    assert "二级指标" in reply.said[0]


def test_lead_ins_and_chatter_stay_out_of_stored_text():
    iv = asked("goals.annual")
    iv.answer("年度目标：2020年聘用12名工作人员全年在岗")
    assert iv.form.goals.annual == ["2020年聘用12名工作人员全年在岗"]
    iv = asked("budget_items")
    iv.answer("预算明细：教学计算机98万元；交换机12万元")
    assert [(i.name, i.amount) for i in iv.form.budget_items] == [("教学计算机", 98.0), ("交换机", 12.0)]
    iv = asked("project_name")
    iv.answer("就是社会化聘用人员经费吧")
    assert iv.form.project_name == "社会化聘用人员经费"


# --- 2. nothing invented -------------------------------------------------------------------------

def test_a_pick_is_a_choice_never_an_amount():
    iv = asked("indicators.质量指标", BASE)
    choices = iv.pending.choices
    reply = iv.answer("1，还有人均每个月大概3000多吧")
    assert reply.acts == ["choice", "hedge"]
    assert iv.form.funding.total == 48.6                   # unchanged: "1" is option 1
    names = [i.name for i in iv.form.indicators]
    assert choices[0].name in names and "还有人均每个月" not in names
    assert all("3000" not in i.value for i in iv.form.indicators)   # the hedge is stored nowhere
    assert reply.question.field == "fact.monthly"          # …and asked exactly


@pytest.mark.parametrize("says, total", [
    ("48.6万", 48.6), ("48.6w", 48.6), ("四十八万六千", 48.6), ("486000元", 48.6), ("48万6", 48.6),
    ("４８.６万元", 48.6), ("四十八点六万", 48.6),
])
def test_numbers_as_people_write_them(says, total):
    iv = asked("funding")
    iv.answer(says)
    assert iv.form.funding.total == total
    assert iv.provenance["funding.total"].kind == "stated"


@pytest.mark.parametrize("says", ["大概五十万吧", "差不多50万", "五十万左右", "50多万"])
def test_a_hedged_amount_is_asked_exactly_and_stored_nowhere(says):
    iv = asked("funding")
    reply = iv.answer(says)
    assert reply.acts == ["hedge"]
    assert iv.form.funding.total is None
    assert reply.question.field == "funding"
    assert any(r.text.startswith("50") for r in reply.question.replies)   # adopting it is her choice


def test_computed_values_are_listed_as_unconfirmed_until_confirmed():
    iv = asked("overview")
    iv.answer("我们局今年要聘4个人，每人每月5000元，干满12个月")
    assert iv.form.funding.total == 24.0
    assert iv.provenance["funding.total"].kind == "computed"
    assert "funding.total" in [u.path for u in iv.unconfirmed_numbers()]
    iv.confirm(["funding.total"])
    assert "funding.total" not in [u.path for u in iv.unconfirmed_numbers()]


# --- 3. the applicant's years --------------------------------------------------------------------

@pytest.mark.parametrize("says, start, end", [
    ("就是2020年一整年", "2020-01", "2020-12"), ("2020全年", "2020-01", "2020-12"), ("2020年1-12月", "2020-01", "2020-12"),
    ("去年全年", "2025-01", "2025-12"), ("明年3月到10月", "2027-03", "2027-10"), ("25年3月-12月", "2025-03", "2025-12"),
])
def test_the_period_is_hers_and_the_budget_year_follows_it(says, start, end):
    iv = asked("start")
    reply = iv.answer(says)
    assert (iv.form.start, iv.form.end, iv.form.year) == (start, end, int(start[:4]))
    if "年" in says and says[:2] in ("去年", "明年"):
        assert any(f"按{start[:4]}年理解" in s for s in reply.said)      # a relative year is said back


def test_months_without_a_year_ask_for_the_year_and_never_take_this_one():
    iv = asked("start")
    reply = iv.answer("1-12月")
    assert iv.form.start == "" and iv.form.year is None
    assert reply.question.field == "start" and "哪一年" in reply.question.text
    iv.answer("2020年")
    assert (iv.form.start, iv.form.end, iv.form.year) == ("2020-01", "2020-12", 2020)


def test_a_stated_budget_year_stands_and_a_changed_period_moves_a_computed_one():
    iv = asked("start")
    iv.answer("2020年1月至12月")
    assert iv.provenance["year"].kind == "computed"
    iv.answer("改一下：实施期限是2021年1月至2021年12月")
    assert iv.form.year == 2021
    iv.answer("改一下：预算年度是2021年")
    assert iv.provenance["year"].kind == "stated"


# --- 4. no loops ---------------------------------------------------------------------------------

def test_the_same_question_is_never_asked_a_third_time_in_a_row():
    iv = asked("unit")
    first = iv.answer("嗯嗯")
    assert first.question.field == "unit" and "不清楚的话可以说“跳过”" in first.question.text   # the second time helps
    second = iv.answer("啊这个")
    assert second.question is None or second.question.field != "unit"
    assert any("先放一放" in s for s in second.said)


def test_a_free_correction_at_the_final_check_is_applied_not_repeated():
    iv = Interview(Declaration.from_json(dict(BASE, budget_items=[])), today=TODAY)
    iv.ask("budget_items")
    iv.answer("就一项")
    iv.ask("confirm")
    reply = iv.answer("预算明细：聘用人员工资36万元；社会保险9.6万元；公积金3万元")
    assert [(i.name, i.amount) for i in iv.form.budget_items] == [("聘用人员工资", 36.0), ("社会保险", 9.6), ("公积金", 3.0)]
    assert reply.acts == ["correction"]
    assert reply.question is None or reply.question.kind != "confirm" or iv.answer("确认").acts == ["confirm"]


@pytest.mark.parametrize("says, check", [
    ("预算年度改成2020", lambda f: f.year == 2020),
    ("改一下：删掉预算明细第2项", lambda f: [i.name for i in f.budget_items] == ["工资", "公积金"]),
    ("改一下：删掉预算明细第4项", lambda f: len(f.budget_items) == 3),
    ("把来访群众满意度改为95%", lambda f: f.indicators[1].value == "≥95%"),
])
def test_corrections_at_the_final_check(says, check):
    iv = Interview(Declaration.from_json(BASE), today=TODAY)
    iv.ask("confirm")
    reply = iv.answer(says)
    assert check(iv.form)
    assert "correction" in reply.acts
    assert reply.said and "请回复“确认”" not in reply.said[0]


def test_back_returns_to_the_previous_question():
    iv = Interview(today=TODAY)
    iv.answer("社会化聘用人员经费")
    assert iv.next_question().field == "unit"
    iv.answer("哈哈")                                       # not an answer: the unit question stays
    reply = iv.answer("返回")
    assert reply.acts == ["back"] and reply.question.field == "project_name"


# --- 5. no silent finish -------------------------------------------------------------------------

def test_every_field_is_asked_once_and_the_end_says_how_to_get_the_file():
    iv = Interview(today=TODAY)
    iv.opening()
    seen = set()
    for _ in range(120):
        q = iv.next_question()
        if q is None:
            break
        seen.add(q.field)
        reply = iv.answer("跳过")
    assert iv.next_question() is None
    assert set(catalogue()) - {"year"} <= seen               # 预算年度 follows the period unless it is unknown
    assert "year" in seen                                    # …which here it is
    assert "jixiao draft --resume" in reply.said[-1] and "导出" in reply.said[-1]


def test_a_finished_form_with_warnings_asks_about_each_before_finishing():
    form = dict(BASE, unit_head="", overview="大概五十万的经费")
    iv = Interview(Declaration.from_json(form), today=TODAY)
    keys = []
    while (q := iv.next_question()) is not None:
        keys.append(q.key or q.field)
        iv.answer("跳过")
    codes = {f.code for f in iv.report().findings if f.severity.value in ("error", "warning")}
    assert all(any(k.startswith(f"review:{c}:") for k in keys) or k for c in codes for k in keys)
    assert {f"review:{f.code}:{f.field}" for f in iv.report().findings if f.severity.value != "info"} <= set(keys)


# --- web edits (set_form) -----------------------------------------------------------------------

def test_a_web_edit_is_checked_recorded_as_hers_and_what_follows_from_it_follows():
    iv = Interview(today=TODAY)
    iv.ask("start")
    iv.answer("2020年1月至12月")
    edited = iv.form.model_copy(deep=True)
    edited.start, edited.end = "2021-01", "2021-12"
    edited.unit_phone = "张伟"                             # not a phone: refused, the old value kept
    changed = iv.set_form(edited, "在表格中修改")
    assert iv.form.year == 2021                             # the computed year follows the period
    assert iv.form.unit_phone == "" and "unit_phone" not in changed
    assert any("联系电话" in n for n in iv.notices)
    assert iv.provenance["start"].kind == "stated" and iv.provenance["start"].detail == "在表格中修改"


# --- the glossary and the quick replies ------------------------------------------------------------

@pytest.mark.parametrize("field", sorted(catalogue()))
def test_every_question_has_a_glossary_entry_with_an_example(field):
    e = glossary.for_field(field)
    assert e.explain and e.example()


@pytest.mark.parametrize("text, term", [
    ("什么是预算功能科目？我不知道", "预算功能科目"), ("三级指标是什么意思", "三级指标"), ("社会效益指标怎么填", "社会效益指标"),
    ("不知道什么是中长期目标", "中长期目标"), ("结转是啥", "上年度结转"), ("指标值", "指标值"), ("今天天气不错", None),
])
def test_glossary_lookup_finds_the_term_named(text, term):
    e = glossary.lookup(text)
    assert (e.term if e else None) == term


def test_the_glossary_answer_gives_an_example_for_her_kind_of_project():
    equipment = Declaration.from_json({"project_name": "教学计算机购置项目", "overview": "购置教学计算机115台"})
    assert "115台" in glossary.for_field("indicators.数量指标").example(equipment)
    hiring = Declaration.from_json({"project_name": "社会化聘用人员经费"})
    assert "12人" in glossary.for_field("indicators.数量指标").example(hiring)


def test_questions_carry_the_quick_replies_that_fit_them():
    iv = asked("attribute")
    assert [r.text for r in iv.pending.replies] == ["新增", "延续", "不知道", "跳过"]
    iv = asked("department", {"unit": "乌海市信访局"})
    assert [r.text for r in iv.pending.replies][:2] == ["是", "不是"]          # a proposal: 同上
    iv = asked("indicators.质量指标", BASE)
    assert [r.text for r in iv.pending.replies][:2] == ["1", "2"]
    assert iv.pending.to_json()["replies"][0]["label"].startswith("1. ")
    iv = Interview(Declaration.from_json(dict(BASE, funding={"total": 48.6})), today=TODAY)
    iv.ask("confirm")
    assert "确认" in [r.text for r in iv.pending.replies]


def test_ask_makes_any_field_pending_and_shows_its_current_value():
    iv = asked("unit", BASE)
    assert iv.pending.field == "unit" and "「项目单位」现在是「乌海市信访局」" in iv.pending.text
    reply = iv.answer("乌海市人民政府信访局")
    assert iv.form.unit == "乌海市人民政府信访局" and reply.acts == ["answer"]
    for field in ("unit_head", "indicators.时效指标", "funding.carryover", "year", "fill_date", "confirm"):
        assert iv.ask(field).field in (field, "funding.current_year", "funding.carryover") or field == "confirm"


def test_the_interview_asks_about_every_catalogue_v2_finding_before_it_finishes():
    inds = BASE["indicators"] + [
        {"level1": "产出指标", "level2": "时效指标", "name": "工资发放时间", "value": "44561"},
        {"level1": "产出指标", "level2": "质量指标", "name": "工资逾期发放率", "value": "≥100%"},
        {"level1": "产出指标", "level2": "质量指标", "name": "聘用人员在岗率", "value": "≥13个人"}]
    form = dict(BASE, year=2026, basis="没有文件", overview="大概五十万吧，聘用12名工作人员", unit_head="",
                unit_contact="", unit_phone="", indicators=inds)
    iv = Interview(Declaration.from_json(form), today=TODAY)
    v2 = {"year_period_mismatch", "text_non_answer", "text_approximate", "contact_missing",
          "indicator_value_serial_date", "indicator_direction_conflict", "indicator_unit_mismatch"}
    raised = {f.code for f in iv.report().findings} & v2
    assert raised == v2                                       # the form carries each of them
    keys = []
    for _ in range(200):
        q = iv.next_question()
        if q is None:
            break
        keys.append(q.key or q.field)
        iv.answer("跳过")
    assert iv.next_question() is None
    asked_codes = {k.split(":")[1] for k in keys if k.startswith(("review:", "fix:"))} | \
                  {f.code for f in iv.report().findings if f"fix:{f.field}" in keys}
    assert v2 <= asked_codes
