"""Guards that hold on every path of the interview (guard.py, gate.py, engine.py), each tried with
sentences meant to break it: talk or a correction never becomes an indicator's or a budget line's
name; a question back or a wordless message stores nothing; a correction is never a new row; a
field nobody named never changes."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview import gate
from assistant.interview.answers import Fill, Patch
from assistant.interview.engine import Interview
from assistant.interview.guard import asks, asks_which, bad_name, clean_name, wordless
from assistant.model import Declaration

TODAY = dt.date(2025, 5, 6)
FORM = {"project_name": "乡村公路养护经费", "unit": "东坪县交通运输局", "department": "东坪县交通运输局",
        "overview": "养护乡村公路420公里，聘请养护工35人", "start": "2025-01", "end": "2025-12", "year": 2025,
        "funding": {"total": 210, "carryover": 0, "current_year": 210, "other": 0},
        "budget_items": [{"name": "养护工工资", "amount": 126}, {"name": "路面修补材料", "amount": 84}],
        "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "养护里程", "value": "=420公里"},
                       {"level1": "产出指标", "level2": "数量指标", "name": "聘请养护工人数", "value": "=35人"},
                       {"level1": "产出指标", "level2": "质量指标", "name": "路面完好率", "value": "≥85%"}]}


def asked(field: str, form: dict | None = FORM) -> Interview:
    iv = Interview(Declaration.from_json(form) if form else None, today=TODAY)
    iv.ask(field)
    return iv


# --- names of rows -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["里程那个改成", "刚才写少的数量", "所以养护费", "是每公里", "除了第数量", "总数相应变成",
                                  "换成有数的", "我们说的人数", "工人数去年", "再加", "材料费×", "养护里程不是"])
def test_talk_and_corrections_are_no_names(name):
    assert bad_name(name)


@pytest.mark.parametrize("name", ["养护里程", "路面完好率", "按时发放率", "65岁及以上老年人健康管理率", "定期巡查率",
                                  "能耗降低率", "第三方评估满意度", "CT", "设备购置费", "培训后就业率", "其他费用"])
def test_measures_are_names(name):
    assert bad_name(name) == ""


def test_the_lead_in_and_the_talk_around_a_name_are_cleaned_away():
    assert clean_name("那就定沿线群众满意度") == "沿线群众满意度"
    assert clean_name("游客满意度得有个") == "游客满意度"
    assert clean_name("桥梁数量改成") == "桥梁数量"
    assert clean_name("定个") == ""


def test_the_gate_refuses_a_row_named_by_talk_on_any_path():
    """A model's patch, a pick or the offline reader: the same gate, the same refusal."""
    patch = Patch([Fill("indicators:刚才说错的里程", {"level1": "产出指标", "level2": "数量指标",
                                                 "name": "刚才说错的里程", "value": "=400公里"}, primary=True),
                   Fill("budget_items", [{"name": "那个改成", "amount": 20}], primary=True)])
    ok, refused = gate.admit(patch, gate.Allow({"indicators", "budget_items"}, "刚才说错的里程是400公里，那个改成20万"))
    assert ok.fills == []
    assert any(x.startswith("bad_name:indicators:") for x in refused)
    assert any(x.startswith("bad_name:budget_items") for x in refused)


def test_a_row_the_form_already_has_may_be_changed_whatever_its_name():
    form = dict(FORM, indicators=[{"level1": "产出指标", "level2": "数量指标", "name": "是否按期完工", "value": "是"}])
    iv = asked("indicators.质量指标", form)
    patch = Patch([Fill("indicators:是否按期完工", {"level1": "产出指标", "level2": "数量指标", "name": "是否按期完工",
                                               "value": "按期完工"}, primary=True)])
    from assistant.interview.engine import Reply
    assert iv.apply_gated(patch, {"indicators"}, "按期完工", Reply()) == ["indicators:是否按期完工"]


@pytest.mark.parametrize("says", ["那换一个有数的，桥梁数量", "再加一个吧", "除了第二个都行"])
def test_chatter_to_an_indicator_question_adds_no_row_named_by_it(says):
    iv = asked("indicators.效益指标")
    before = {i.name for i in iv.form.indicators}
    iv.answer(says)
    new = {i.name for i in iv.form.indicators} - before
    assert all(not bad_name(n) for n in new), new


# --- questions back and wordless messages ------------------------------------------------------

@pytest.mark.parametrize("clause, which", [("依据必须是正式文件吗", False), ("这笔钱算专项资金还是一般预算？", True),
                                           ("那这个算啥？", True), ("要不要写文号", False), ("填哪个部门", True)])
def test_questions_back_are_recognised(clause, which):
    assert asks(clause)
    assert asks_which(clause) == which


@pytest.mark.parametrize("clause", ["2130199？", "新增?", "不知道怎么写", "是不是这个2010301", "钱嘛，一百万"])
def test_an_unsure_answer_is_no_question_back(clause):
    assert not asks(clause)


def test_a_question_about_the_asked_field_stores_nothing_and_asks_again():
    iv = asked("basis", dict(FORM, basis=""))
    reply = iv.answer("依据必须是正式下发的文件吗")
    assert iv.form.basis == ""
    assert "question" in reply.acts
    assert reply.question is not None and reply.question.field == "basis"


def test_a_figure_beside_a_which_question_is_not_the_answer():
    iv = asked("funding", dict(FORM, funding={"total": None, "carryover": None, "current_year": None, "other": None}))
    reply = iv.answer("里面有60万是市里转下来的，这个算本年拨款还是其他资金？")
    assert iv.form.funding.total is None and iv.form.funding.other is None
    assert reply.acts == ["question"]
    assert reply.question is not None and reply.question.field == "funding"


def test_a_yes_no_question_beside_a_fact_keeps_the_fact():
    iv = asked("attribute", dict(FORM, attribute=""))
    reply = iv.answer("延续的，这样填可以吗")
    assert iv.form.attribute == "延续"
    assert set(reply.acts) == {"answer", "question"}


@pytest.mark.parametrize("says", ["kkkk", "???", "……", "asdf"])
def test_a_message_with_no_word_and_no_number_is_unclear(says):
    assert wordless(says)
    iv = asked("necessity", dict(FORM, necessity=""))
    reply = iv.answer(says)
    assert iv.form.necessity == ""
    assert reply.acts == ["unclear"]
