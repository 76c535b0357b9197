"""The interview engine, driven with answers an applicant would write."""
from __future__ import annotations

import datetime as dt


from assistant.interview.engine import Interview

TODAY = dt.date(2020, 8, 19)

SEED = {
    "project_name": "社会化聘用人员经费",
    "unit": "市信访局",
    "department": "同上",
    "overview": "我们局今年要聘4个人做来访接待，每人每月5000元（含五险两金），共12个月",
    "function_code": "是",
    "attribute": "新增",
    "start": "2020年1月到12月",
    "basis": "乌人社函〔2019〕25号《关于对市信访局通过政府购买服务方式聘用人员的意见》",
    "necessity": "信访接待任务重、人手不足，聘用人员可以保障接访工作正常开展。",
    "funding": "没有",
    "budget_items": "就一项",
    "indicators.质量指标": "聘用人员到岗率≥98%",
    "indicators.时效指标": "工资按月发放及时率100%",
    "indicators.效益指标": "信访事项按期办结率95%以上",
    "indicators.满意度指标": "来访群众满意度不低于90%",
    "goals.annual": "好",
    "goals.long_term": "好",
    "unit_functions": "负责受理群众来信来访，协调处理信访事项。",
    "unit_head": "张伟，0473-3981234",
    "department_head": "王建国，0473-2981234",
    "department_code": "跳过",
    "filler": "赵磊",
    "fill_date": "2020年8月19日",
    "confirm": "确认",
}
SEED_ANSWERS = list(SEED.values())


def answer_for(q) -> str:
    """The seed applicant's answer to a question (review questions of remaining warnings: kept as they are)."""
    if q.key.startswith("review:"):
        return "跳过"
    return SEED["confirm" if q.kind == "confirm" else q.field]


def run(answers, today=TODAY, form=None):
    """Answer the first ``len(answers)`` questions the way the seed applicant does."""
    iv = Interview(form, today=today)
    iv.opening()
    asked = []
    for _ in answers:
        q = iv.next_question()
        if q is None:
            break
        asked.append(q.field)
        iv.answer(answer_for(q))
    return iv, asked


def test_seed_project_drafted_from_a_clerks_answers():
    iv, asked = run(SEED_ANSWERS + ["跳过"] * 5)
    f = iv.form
    assert iv.done
    assert (f.project_name, f.unit, f.department, f.function_code, f.attribute) == (
        "社会化聘用人员经费", "市信访局", "市信访局", "2010308", "新增")
    assert (f.start, f.end, f.year) == ("2020-01", "2020-12", 2020)
    assert f.funding.model_dump() == {"total": 24.0, "carryover": 0.0, "current_year": 24.0, "other": 0.0}
    assert [(i.name, i.amount) for i in f.budget_items] == [("社会化聘用人员经费", 24.0)]
    values = {i.name: i.value for i in f.indicators}
    assert values["聘用人员数量"] == "=4人"
    assert values["人均月经费"] == "≤5000元/人·月"
    assert values["来访群众满意度"] == "≥90%"
    assert not iv.report().has_errors
    assert iv.unconfirmed_numbers() == []


def test_one_answer_fills_unit_headcount_money_and_indicators():
    iv = Interview(today=TODAY)
    iv.opening()
    iv.answer("社会化聘用人员经费")
    reply = iv.answer("我们信访局今年要聘4个人，每人每月5000")
    f = iv.form
    assert f.unit == "信访局"
    assert f.funding.total == 24.0
    assert iv.provenance["funding.total"].kind == "computed"
    assert iv.provenance["funding.total"].detail == "4人×5000元×12个月=240000元"
    assert [(i.name, i.value) for i in f.indicators] == [("聘用人员数量", "=4人"), ("人均月经费", "≤5000元/人·月")]
    assert {"unit", "funding.total", "indicators:聘用人员数量"} <= set(reply.changed)
    assert iv.form.budget_items == []        # the breakdown is asked ("这笔钱分几块花？"), never made up
    assert reply.said[0].startswith("已记录：项目单位（实施单位）：信访局")
    # never asks again for what it has
    assert reply.question.field == "department"


def test_back_restores_the_form_and_provenance_before_the_last_answer():
    iv = Interview(today=TODAY)
    iv.opening()
    iv.answer("社会化聘用人员经费")
    iv.answer("我们信访局今年要聘4个人，每人每月5000")
    assert iv.form.funding.total == 24.0
    reply = iv.answer("返回")
    assert reply.said[0] == "好的，回到上一步。"            # and what was put back is said (test_interview_undo_said.py)
    assert reply.said[1].startswith("已撤回刚才的修改：") and "「项目资金总额」恢复为「空」" in reply.said[1]
    assert reply.question.field == "unit"
    assert iv.form.funding.total is None and iv.form.indicators == []
    assert "funding.total" not in iv.provenance


def test_skip_moves_on_and_the_review_asks_once_more_at_the_end():
    iv = Interview(today=TODAY)
    iv.opening()
    reply = iv.answer("跳过")
    assert reply.said == ["好的，先跳过这一项。"] and reply.question.field == "unit"
    keys = []
    for _ in range(80):
        q = iv.next_question()
        if q is None or q.key == "review:field_missing:project_name":
            break
        keys.append(q.key or q.field)
        iv.answer("跳过")
    assert q is not None and q.key == "review:field_missing:project_name"
    assert q.text.startswith("检查发现：必填项「项目名称」未填写")
    assert "project_name" not in keys                 # skipped in the main pass: not asked again there
    iv.answer("跳过")
    assert iv.next_question() is None or iv.next_question().key != "review:field_missing:project_name"


def test_correction_of_a_stated_total_is_recorded_with_the_answer():
    iv, _ = run(SEED_ANSWERS[:11])
    reply = iv.answer("改一下：总额是三十万")
    assert iv.form.funding.total == 30.0
    assert iv.provenance["funding.total"].kind == "stated"
    assert iv.provenance["funding.total"].detail == "改一下：总额是三十万"
    assert iv.form.funding.current_year == 30.0       # computed from the total: follows it
    assert reply.said[0].startswith("已把「项目资金总额」从「24万元」改为「30万元」")
    assert reply.acts == ["correction"]
    assert iv.form.budget_items[0].amount == 30.0      # "就一项": the single item is the whole


def test_imported_form_only_asks_what_is_missing_and_keeps_the_file_as_source(fixtures):
    import json
    from assistant.model import Declaration
    gold = json.loads((fixtures / "corpus" / "dev11-004-subsidy.json").read_text(encoding="utf-8"))
    iv = Interview(Declaration.from_json(gold["form"]), source="dev11-004-subsidy.json",
                   locations={"unit": "表1 第3行 第2列"})
    lines = iv.opening()
    assert lines[0] == "已载入申报表「未命名」，我来帮您补齐缺少的内容。"
    assert iv.next_question().field == "project_name"
    assert iv.provenance["unit"].kind == "imported"
    assert iv.provenance["unit"].detail == "dev11-004-subsidy.json 表1 第3行 第2列"
    assert iv.unconfirmed_numbers() == []
    iv.answer("鄂尔多斯市农村低保资金")
    q = iv.next_question()                  # the rest is complete: only the remaining warning is asked about, once
    assert q.key == "review:goal_vague:goals.annual[0]"
    iv.answer("跳过")
    assert iv.next_question() is None
    assert not iv.report().has_errors


def test_review_offers_an_arithmetic_fix_and_applies_it_as_computed(fixtures):
    import json
    from assistant.model import Declaration
    gold = json.loads((fixtures / "corpus" / "dev11-004-subsidy.json").read_text(encoding="utf-8"))
    form = Declaration.from_json(gold["form"])
    form.project_name = "鄂尔多斯市农村低保资金"
    form.funding.current_year = 2013.65 * 10000       # 万元 entered as 元
    iv = Interview(form)
    q = iv.next_question()
    assert (q.kind, q.field) == ("fix", "funding.current_year")
    assert "回复“是”应用这项更正" in q.text
    iv.answer("是")
    assert iv.form.funding.current_year == 2013.65
    assert iv.provenance["funding.current_year"].kind == "computed"
    assert [u.path for u in iv.unconfirmed_numbers()] == ["funding.current_year"]
    while iv.next_question().key.startswith("review:"):     # the remaining warning first
        iv.answer("跳过")
    assert iv.next_question().kind == "confirm"
    iv.answer("确认")
    assert iv.unconfirmed_numbers() == [] and iv.next_question() is None


def test_suggested_indicator_values_stay_unconfirmed_until_confirmed():
    iv, asked = run(SEED_ANSWERS[:11])
    assert iv.next_question().field == "indicators.质量指标"
    assert [r.text for r in iv.next_question().replies][:2] == ["1", "2"]
    reply = iv.answer("1")
    assert reply.acts == ["choice"]
    pending = iv.unconfirmed_numbers()
    picked = [u for u in pending if u.path.startswith("indicators:")]
    assert len(picked) == 1 and picked[0].source.kind == "suggested"
    iv.confirm([picked[0].path])
    assert picked[0].path not in [u.path for u in iv.unconfirmed_numbers()]


def test_set_form_records_outside_edits_as_stated():
    iv, _ = run(SEED_ANSWERS[:4])
    edited = iv.form.model_copy(deep=True)
    edited.funding.total = 25.0
    changed = iv.set_form(edited, "在表格中修改")
    assert changed == ["funding.total"]
    assert iv.provenance["funding.total"].kind == "stated"
    assert iv.provenance["funding.total"].detail == "在表格中修改"


def test_state_round_trip_keeps_everything():
    iv, _ = run(SEED_ANSWERS[:8])
    back = Interview.from_state(iv.to_state())
    assert back.form == iv.form
    assert back.provenance == iv.provenance
    assert back.facts == iv.facts
    assert back.next_question().field == iv.next_question().field
    assert back.transcript == iv.transcript


def test_correcting_a_fact_recomputes_total_item_and_indicators():
    iv = Interview(today=TODAY)
    for a in ["社会化聘用人员经费", "市信访局", "同上", "聘4个人，每人每月5000元", "是", "新增", "2020年3月到12月"]:
        iv.answer(a)
    assert iv.form.funding.total == 20.0                       # 4×5000×10 months of the stated period
    assert iv.provenance["funding.total"].detail == "4人×5000元×10个月=200000元"
    iv.ask("budget_items")
    iv.answer("就一项")
    reply = iv.answer("改一下：每人每月6000元")
    assert iv.form.funding.total == 24.0
    assert [(i.name, i.amount) for i in iv.form.budget_items] == [("社会化聘用人员经费", 24.0)]
    assert {i.name: i.value for i in iv.form.indicators}["人均月经费"] == "≤6000元/人·月"
    assert "聘用人员数量" not in reply.said[0]                  # unchanged rows are not re-announced
    iv.answer("改一下：人数是5人")
    assert iv.form.funding.total == 30.0
    assert {i.name: i.value for i in iv.form.indicators}["聘用人员数量"] == "=5人"
