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
from interview_helpers import asked_on

TODAY = dt.date(2025, 5, 6)
FORM = {"project_name": "乡村公路养护经费", "unit": "东坪县交通运输局", "department": "东坪县交通运输局",
        "overview": "养护乡村公路420公里，聘请养护工35人", "start": "2025-01", "end": "2025-12", "year": 2025,
        "funding": {"total": 210, "carryover": 0, "current_year": 210, "other": 0},
        "budget_items": [{"name": "养护工工资", "amount": 126, "start": "2025-01", "end": "2025-12"},
                         {"name": "路面修补材料", "amount": 84, "start": "2025-01", "end": "2025-12"}],
        "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "养护里程", "value": "=420公里"},
                       {"level1": "产出指标", "level2": "数量指标", "name": "聘请养护工人数", "value": "=35人"},
                       {"level1": "产出指标", "level2": "质量指标", "name": "路面完好率", "value": "≥85%"}]}


def asked(field: str, form: dict | None = FORM) -> Interview:
    return asked_on(TODAY, field, form)


# --- names of rows -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["里程那个改成", "刚才写少的数量", "所以养护费", "是每公里", "除了第数量", "总数相应变成",
                                  "换成有数的", "我们说的人数", "工人数去年", "再加", "材料费×", "养护里程不是",
                                  "下游", "全县", "沿线各村", "辖区"])     # a place: where, not what is measured
def test_talk_and_corrections_are_no_names(name):
    assert bad_name(name)


@pytest.mark.parametrize("name", ["养护里程", "路面完好率", "按时发放率", "65岁及以上老年人健康管理率", "定期巡查率",
                                  "能耗降低率", "第三方评估满意度", "CT", "设备购置费", "培训后就业率", "其他费用",
                                  "下游受益人口", "县道养护里程", "社区覆盖率"])
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


# --- corrections while a row, an amount or a text is asked ---------------------------------------

def _rows(iv: Interview) -> dict[str, str]:
    return {i.name: i.value for i in iv.form.indicators}


def test_a_quoted_wrong_figure_finds_its_row_and_adds_none():
    iv = asked("indicators.效益指标")
    rows = _rows(iv)
    reply = iv.answer("不是420公里，是436公里")
    assert _rows(iv)["养护里程"] == "=436公里"
    assert set(_rows(iv)) == set(rows)
    assert reply.acts == ["correction"]
    assert any("已把" in s and "436" in s for s in reply.said)


def test_a_budget_line_named_by_her_word_takes_the_new_amount():
    iv = asked("indicators.时效指标")
    rows = _rows(iv)
    iv.answer("材料那项改成90万，刚才写少了")
    assert [b.amount for b in iv.form.budget_items if b.name == "路面修补材料"] == [90]
    assert _rows(iv) == rows


def test_a_correction_while_a_text_is_asked_changes_the_row_not_the_text():
    iv = asked("necessity", dict(FORM, necessity=""))
    iv.answer("刚才养护工说错了，是38人")
    assert _rows(iv)["聘请养护工人数"] == "=38人"
    assert iv.form.necessity == ""


def test_a_figure_with_nothing_pointing_at_a_place_is_no_correction_of_it():
    form = dict(FORM, indicators=[], basis="")
    iv = asked("basis", form)
    iv.answer("刚才写错了，是四百五十公里")          # one 公里 figure in the 概况, but nothing says it is that one
    assert iv.form.overview == FORM["overview"]
    assert iv.form.basis == ""


def test_a_correction_with_no_place_to_go_stores_nothing_and_asks_which():
    iv = asked("indicators.质量指标")
    before = iv.form.to_json()
    reply = iv.answer("那个数写错了，应该是500")
    assert iv.form.to_json() == before
    assert "correction" in reply.acts
    assert any("没有改动" in s for s in reply.said)


def test_a_figure_said_only_in_the_overview_is_corrected_there():
    form = dict(FORM, indicators=[], basis="")
    iv = asked("basis", form)
    iv.answer("养护的公路少说了，是四百五十公里")
    assert "450公里" in iv.form.overview and "420公里" not in iv.form.overview
    assert iv.form.basis == ""


def test_a_persons_name_word_belongs_to_the_person_not_to_the_project():
    iv = asked("overview", dict(FORM, unit_head="王武"))
    iv.answer("负责人名字错了，是王五")
    assert iv.form.unit_head == "王五"
    assert iv.form.project_name == FORM["project_name"]


# --- a field nobody named never changes ---------------------------------------------------------

def test_a_greeting_that_says_where_she_works_is_not_the_unit():
    iv = asked("project_name", None)
    iv.answer("您好，我是县交通局的小李，项目叫乡村公路养护经费")
    assert iv.form.project_name == "乡村公路养护经费"
    assert iv.form.unit == ""


def test_the_unit_named_by_its_role_is_taken():
    iv = asked("project_name", None)
    iv.answer("乡村公路养护经费，由县公路养护中心具体实施")
    assert iv.form.unit == "县公路养护中心"


def test_a_model_patch_that_fills_an_unnamed_field_is_put_back():
    """The model path: whatever its patch says, a field the message does not name stays as it was."""
    from assistant.interview.answers import Patch as P

    def model(text, ctx):
        return P([Fill("project_name", "乡村公路养护经费", primary=True), Fill("unit", "县交通局"),
                  Fill("department", "县人民政府")])
    iv = Interview(today=TODAY, extractor=model)
    iv.ask("project_name")
    reply = iv.answer("我是县交通局的，乡村公路养护经费")
    assert iv.form.project_name == "乡村公路养护经费"
    assert iv.form.unit == "" and iv.form.department == ""
    assert "unit" not in reply.changed and "department" not in reply.changed


# --- several facts in one message: each phone and head with its own person ---------------------

def test_each_phone_goes_with_the_person_named_before_it_in_its_sentence():
    iv = asked("unit_head", dict(FORM, department="东坪县交通运输局"))
    iv.answer("所长是孟凡宇，电话0739-6612345；主管部门交通运输局的局长是邹卫东，电话0739-6610000")
    f = iv.form
    assert (f.unit_head, f.unit_phone) == ("孟凡宇", "0739-6612345")
    assert (f.department_head, f.department_phone) == ("邹卫东", "0739-6610000")
    assert f.department == "东坪县交通运输局"          # "交通运输局" said of it: the fuller name stays


def test_a_phone_after_the_filler_has_no_field_and_goes_nowhere():
    iv = asked("filler", dict(FORM, unit_phone="0739-6612345"))
    iv.answer("填报人是我，蒋小雨，电话13800001111")
    assert iv.form.filler == "蒋小雨"
    assert iv.form.unit_phone == "0739-6612345"


# --- a figure named by a word for money or pay is still read as what it is ----------------------

def test_a_hedged_figure_after_a_field_word_is_asked_again_and_stored_nowhere():
    iv = asked("indicators.数量指标", dict(FORM, funding={"total": None, "carryover": None, "current_year": None,
                                                          "other": None}))
    reply = iv.answer("另外每人每月大概五千左右")
    assert "monthly" not in iv.facts and iv.form.funding.total is None
    assert "hedge" in reply.acts and "unclear" not in reply.acts


def test_a_total_of_pages_is_no_amount_of_money():
    iv = asked("overview", None)
    iv.answer("给全市档案馆的卷宗做数字化，共计36万页，外包给专业公司")
    assert iv.form.funding.total is None


# --- not knowing -------------------------------------------------------------------------------

def test_a_guess_beside_not_knowing_is_stored_nowhere():
    iv = asked("department", dict(FORM, department=""))
    reply = iv.answer("归县财政局管吧？我也说不清，得问问科长")
    assert iv.form.department == ""
    assert reply.acts == ["dont_know"]


def test_not_knowing_then_skipping_is_both():
    iv = asked("department_head", None)
    reply = iv.answer("局长叫啥我不知道，先跳过")
    assert set(reply.acts) == {"dont_know", "skip"}
    assert iv.form.department_head == ""


def test_a_wait_before_a_correction_is_no_skip():
    iv = asked("indicators.数量指标")
    reply = iv.answer("等一下，前面材料那项整错了，是90万")
    assert "skip" not in reply.acts
    assert [b.amount for b in iv.form.budget_items if b.name == "路面修补材料"] == [90]


def test_a_correction_at_the_final_check_is_applied_before_the_yes():
    iv = asked("confirm")
    reply = iv.answer("路面完好率不是85%是88%，其他都对")
    assert _rows(iv)["路面完好率"] == "≥88%"
    assert "correction" in reply.acts


def test_not_x_but_y_for_a_person_takes_y():
    iv = asked("unit_phone", dict(FORM, unit_head="孙立"))
    iv.answer("0739-6612345，对了负责人不是孙立是孙力")
    assert iv.form.unit_head == "孙力"
    assert iv.form.unit_phone == "0739-6612345"


def test_talk_about_herself_is_chatter_and_no_value():
    iv = asked("project_name", None)
    reply = iv.answer("我是县交通局的小李，乡村公路养护经费")
    assert iv.form.project_name == "乡村公路养护经费" and iv.form.unit == ""
    assert set(reply.acts) == {"answer", "chatter"}


# --- words that begin like a filler --------------------------------------------------------------

@pytest.mark.parametrize("field, says", [
    ("necessity", "好些村夏天缺水，老管子漏得厉害"), ("necessity", "好几个乡镇还没有通自来水"),
    ("unit", "哈尔滨市信访局"), ("unit", "那曲市财政局"), ("unit", "那坡县水利局"), ("unit", "哈密市教育局"),
    ("basis", "额度依据《县财政资金管理办法》")])
def test_a_word_that_begins_like_a_filler_is_stored_whole(field, says):
    iv = asked(field, None)
    iv.answer(says)
    assert str(getattr(iv.form, field)).startswith(says[:3]), (says, getattr(iv.form, field))


@pytest.mark.parametrize("says, stored", [("好，哈尔滨市信访局", "哈尔滨市信访局"), ("嗯 那曲市财政局吧", "那曲市财政局"),
                                          ("就是东坪县交通运输局", "东坪县交通运输局")])
def test_a_filler_before_the_answer_is_still_cut(says, stored):
    iv = asked("unit", None)
    iv.answer(says)
    assert iv.form.unit == stored


# --- talk is never the text of a field -----------------------------------------------------------

@pytest.mark.parametrize("field, says", [
    ("necessity", "稍等哈，我去接杯水"), ("basis", "刚才人数说错了，在册是39个"),
    ("overview", "哎，我又去问了一下领导，那还是改回新增吧"), ("goals.long_term", "等一下，我查一下去年的表"),
    ("unit_functions", "负责人名字写错了，是李俊")])
def test_talk_about_the_form_or_herself_is_not_stored_in_a_text_field(field, says):
    iv = asked(field, None)
    before = iv.form.model_dump()
    iv.answer(says)
    after = iv.form.model_dump()
    top = field.split(".")[0]
    assert after[top] == before[top], (says, after[top])


@pytest.mark.parametrize("says", ["这个是一年的项目，中长期不写", "中长期目标不填", "这项先空着吧"])
def test_saying_a_text_field_stays_empty_is_a_skip_not_its_text(says):
    iv = asked("goals.long_term", None)
    reply = iv.answer(says)
    assert iv.form.goals.long_term == []
    assert "skip" in reply.acts


@pytest.mark.parametrize("name", ["村户籍人口6832人数量", "上回审计来查得可严了 都不能错数量", "验收搞完了数量"])
def test_a_figure_or_a_sentence_inside_a_name_is_no_name(name):
    assert bad_name(name)


# --- deadlines and time limits said as sentences --------------------------------------------------

@pytest.mark.parametrize("says, name, value", [
    ("明年10月底前全部完工", "完工时间", "2026年10月底前"), ("2025年10月底前完工", "完工时间", "2025年10月底前"),
    ("工程12月底前竣工验收", "工程竣工验收时间", "12月底前"), ("8月底前装完", "安装完成时间", "8月底前"),
    ("受理后十个工作日内审批完", "受理后审批时限", "≤10个工作日"), ("接到报修后2小时内响应", "接到报修后响应时限", "≤2小时"),
    ("每月10号前发放工资", "工资发放时间", "每月10号前"), ("处置时限 48小时内", "处置时限", "48小时内")])
def test_a_deadline_in_a_sentence_becomes_a_timeliness_row(says, name, value):
    iv = asked("indicators.时效指标", None)
    iv.answer(says)
    rows = [(i.level2, i.name, i.value) for i in iv.form.indicators]
    assert rows == [("时效指标", name, value)], rows


@pytest.mark.parametrize("field, says", [("function_code", "2010104人大会议？还是2010108代表工作？"),
                                         ("attribute", "新增？还是延续？")])
def test_two_choices_asked_back_store_neither(field, says):
    iv = asked(field, None)
    reply = iv.answer(says)
    assert getattr(iv.form, field) in ("", None)
    assert "question" in reply.acts


def test_a_place_alone_is_no_row_but_takes_the_measure_said_before_it():
    """"下游1.8万人": where, not what is measured — asked again, never a row named 下游; "…城区12分钟以内，农村20分钟以内":
    the second place shares the measure of the first."""
    iv = asked("indicators.社会效益指标")
    iv.answer("下游1.8万人")
    assert not [i for i in iv.form.indicators if i.name == "下游"]
    iv = asked("indicators.时效指标")
    iv.answer("平均养护响应时间城区12小时以内，农村24小时以内")
    got = {i.name: i.value for i in iv.form.indicators if i.level2 == "时效指标"}
    assert got.get("平均养护响应时间城区") == "≤12小时" and got.get("平均养护响应时间农村") == "≤24小时"
