"""Misfiling causes found in holdout7 (issue 11, guarantee 1), each closed by a reading rule and tried here
in wordings and fields of its own: a no with its reason ("没有文件吧，我没找到"); a no said of the thing
offered by field words ("长期的也不要了"); a rhetorical question beside a question back ("写了谁看啊"); an
amount done asked as a quantity ("新发放贷款1.5亿元"); a unit read out of reported speech ("王校长说…学校");
people with nothing counted ("我们办公室就两个人"); pay times people beside a deed that costs money of its
own; a count corrected by "说多了" and by a qualified label ("容纳人数也改一下")."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview
from assistant.interview.got import no_such
from interview_helpers import asked_on

TODAY = dt.date(2024, 4, 9)
FORM = {"project_name": "应急避难场所标准化建设", "unit": "区应急管理局", "department": "区应急管理局",
        "overview": "新建应急避难场所8处，可容纳4.6万人",
        "necessity": "城区人口密，现有的避难场所只有2处而且设施不全", "start": "2024-03", "end": "2024-12", "year": 2024,
        "funding": {"total": 680, "carryover": 0, "current_year": 680, "other": 0},
        "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "建成避难场所", "value": "=8处"},
                       {"level1": "产出指标", "level2": "数量指标", "name": "可容纳", "value": "=4.6万人"},
                       {"level1": "产出指标", "level2": "数量指标", "name": "受益住校生", "value": "=1260人"},
                       {"level1": "产出指标", "level2": "质量指标", "name": "验收合格率", "value": "≥100%"}]}


def _rows(iv: Interview) -> dict[str, str]:
    return {i.name: i.value for i in iv.form.indicators}


# --- a no with its reason ---------------------------------------------------------------------

@pytest.mark.parametrize("say", ["没有文件吧，我没找到", "没有，上面一直没发", "没有文件，一直都没有", "没文件，我们也没见过"])
def test_a_no_with_its_reason_stores_nothing(say):
    iv = asked_on(TODAY, "basis")
    r = iv.answer(say)
    assert iv.form.basis in ("", None), iv.form.basis
    assert "answer" not in r.acts and "deny" in r.acts


@pytest.mark.parametrize("say", ["没有文件，依据是县政府2024年第3次常务会议纪要", "没有正式文件，按省厅通知执行"])
def test_a_no_beside_content_is_no_bare_non_answer(say):
    assert not no_such(say)


# --- a no said of the offer by field words ------------------------------------------------------

def _long_term_offered() -> Interview:
    iv = asked_on(TODAY, "goals.long_term", FORM)
    assert iv.pending is not None and iv.pending.proposal is not None, "a drafted 中长期目标 is offered"
    return iv


@pytest.mark.parametrize("say", ["长期的也不要了", "中长期目标就不用了", "这段也不要了", "中长期的不需要了"])
def test_a_no_to_the_drafted_goal_named_by_field_words_is_a_deny(say):
    iv = _long_term_offered()
    r = iv.answer(say)
    assert list(iv.form.goals.long_term) == [], iv.form.goals.long_term
    assert r.acts == ["deny"]


def test_a_line_named_with_bu_yao_is_no_deny_of_the_offer():
    from assistant.interview.acts import _no_of
    assert _no_of("审核服务费不要了") == "审核服务费不要了"
    assert _no_of("长期的也不要了") == "不要"


# --- a rhetorical question beside a question back ------------------------------------------------

@pytest.mark.parametrize("field, say", [
    ("necessity", "必要性这个一定要写吗？写了谁看啊"),
    ("basis", "立项依据一定要填吗？填了有啥用呢"),
    ("overview", "概况非要写吗？谁看啊"),
    ("unit_functions", "部门职能也要写？写给谁看呀"),
])
def test_a_rhetorical_question_is_no_text(field, say):
    iv = asked_on(TODAY, field)
    r = iv.answer(say)
    assert getattr(iv.form, field) in ("", None), getattr(iv.form, field)
    assert "question" in r.acts and "answer" not in r.acts
    assert r.question is not None and r.question.field == field


# --- an amount done, asked as a quantity -------------------------------------------------------------

@pytest.mark.parametrize("say, name", [
    ("贴息对象1100户，新发放贷款1.5亿元", "新发放贷款"),
    ("发放创业担保贷款8000万元", None),
    ("兑付补助资金645万元", None),
])
def test_money_done_asked_as_a_quantity_stays_a_quantity(say, name):
    iv = asked_on(TODAY, "indicators.数量指标")
    iv.answer(say)
    rows = [i for i in iv.form.indicators if "元" in i.value]
    assert rows, [(i.name, i.value) for i in iv.form.indicators]
    assert all(i.level2 == "数量指标" for i in rows), [(i.name, i.level2) for i in rows]
    if name:
        assert any(i.name == name for i in rows)


def test_a_rate_asked_as_a_quantity_is_still_a_cost():
    iv = asked_on(TODAY, "indicators.数量指标")
    iv.answer("每户补助标准3000元")
    assert [i.level2 for i in iv.form.indicators if "3000" in i.value] == ["成本指标"]


# --- a unit read out of reported speech ------------------------------------------------------------

@pytest.mark.parametrize("say, name", [
    ("我们王校长说项目名就叫寄宿制学校生活设施改善项目，他去县里开会了让我来填", "寄宿制学校生活设施改善项目"),
    ("我们刘院长讲名字叫卫生院发热门诊改造", "卫生院发热门诊改造"),
])
def test_reported_speech_gives_no_unit(say, name):
    iv = asked_on(TODAY, "project_name")
    iv.answer(say)
    assert iv.form.project_name == name
    assert iv.form.unit in ("", None), iv.form.unit


# --- people with nothing counted --------------------------------------------------------------------

@pytest.mark.parametrize("field, say", [
    ("unit", "单位是县文化广电旅游体育局，我们办公室就两个人弄这些表"),
    ("department", "县农业农村局，我们科就三个人，忙不过来"),
    ("unit", "县档案馆，馆里一共五个人"),
])
def test_people_with_nothing_counted_make_no_indicator(field, say):
    iv = asked_on(TODAY, field)
    iv.answer(say)
    assert iv.form.indicators == [], [(i.name, i.value) for i in iv.form.indicators]


# --- pay times people beside a deed that costs money of its own ---------------------------------------

@pytest.mark.parametrize("say", [
    "对全县原迁移民9860人发放后期扶持直补资金，每人每年600元；同时在移民村实施道路硬化和产业扶持项目12个",
    "聘12个人，每人每月3000元，另外购置电脑5台",
    "给全县480名乡村教师每人每年补助2000元，再改造教师周转宿舍30套",
])
def test_pay_beside_a_costing_deed_is_no_total(say):
    iv = asked_on(TODAY, "overview", {"start": "2024-01", "end": "2024-12", "year": 2024})
    iv.answer(say)
    assert iv.form.funding.total is None, iv.form.funding.total


def test_pay_alone_still_gives_its_total_to_confirm():
    iv = asked_on(TODAY, "overview", {"start": "2024-01", "end": "2024-12", "year": 2024})
    iv.answer("聘12个人，每人每月3000元")
    assert iv.form.funding.total == pytest.approx(43.2)
    assert "funding.total" in [u.path for u in iv.unconfirmed_numbers()]


# --- a count corrected by 说多了 and by a qualified label ----------------------------------------------

@pytest.mark.parametrize("field", ["indicators.成本指标", "goals.annual", "indicators.效益指标"])
@pytest.mark.parametrize("say", ["刚才场所说多了，是7处，有一处学校不同意", "避难场所报多了，是7处"])
def test_said_too_many_corrects_the_row_named(field, say):
    iv = asked_on(TODAY, field, FORM)
    r = iv.answer(say)
    assert _rows(iv)["建成避难场所"] == "=7处"
    assert iv.form.necessity == FORM["necessity"]
    assert len(iv.form.indicators) == 4 and "correction" in r.acts


@pytest.mark.parametrize("field", ["filler", "unit_head", "project_name"])
@pytest.mark.parametrize("say, row, value", [
    ("容纳人数也改一下，7处是4.1万人", "可容纳", "=4.1万人"),
    ("住校生人数改一下，是1300人", "受益住校生", "=1300人"),
])
def test_a_qualified_count_label_corrects_its_row_not_the_asked_field(field, say, row, value):
    iv = asked_on(TODAY, field, {k: v for k, v in FORM.items() if k != field})
    r = iv.answer(say)
    assert _rows(iv)[row] == value
    assert getattr(iv.form, field) in ("", None), getattr(iv.form, field)
    assert "correction" in r.acts and "answer" not in r.acts


def test_a_qualified_count_label_naming_no_row_changes_nothing():
    iv = asked_on(TODAY, "filler", {k: v for k, v in FORM.items() if k != "filler"})
    before = _rows(iv)
    iv.answer("巡查人数改一下，是12人")
    assert _rows(iv) == before
    assert iv.form.filler in ("", None)


def test_a_no_naming_another_goal_is_no_deny_of_this_one():
    from assistant.interview.acts import _no_of
    iv = _long_term_offered()
    assert _no_of("年度目标不要了", iv.pending) == "年度目标不要了"
    assert _no_of("中长期目标不要了", iv.pending) == "不要"
