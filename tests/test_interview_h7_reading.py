"""Readings that holdout7 showed missing, each a class tried in wordings of its own: line wraps a PDF left
inside a pasted value (wraps.py); a value put right in the same breath ("X，不对，是Y", a phone keeping its
area code); a range is a hedge ("四十到五十万之间", "10到12个"); short yeses and nos to a drafted text
("要得咯", "可", "这段写得挺好，用吧", "不要了"); talk beside a typed answer is chatter (leftover.py), a
reason beside it is not."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.fields import self_fixed
from assistant.interview.speech import hedges
from assistant.interview.wraps import unwrap
from interview_helpers import asked_on

TODAY = dt.date(2021, 5, 6)
FORM = {"project_name": "乡镇渡口渡船安全管理经费", "unit": "县地方海事处", "department": "县交通运输局",
        "overview": "全县渡口23处，聘请协管员46人", "start": "2021-01", "end": "2021-12", "year": 2021,
        "funding": {"total": 102.3, "carryover": 0, "current_year": 102.3, "other": 0},
        "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "监管渡口数量", "value": "=23处"},
                       {"level1": "效益指标", "level2": "社会效益指标", "name": "渡运安全责任事故", "value": "=0起"},
                       {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "渡运群众满意度", "value": "≥90%"}]}


# --- line wraps ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("pasted, joined", [
    ("项目名称：乡镇渡口渡船安全管\n理经费", "项目名称：乡镇渡口渡船安全管理经费"),
    ("实施单位：市城市管理综合执法\n局", "实施单位：市城市管理综合执法局"),
    ("实施期限：2021年1月至2021年1\n2月", "实施期限：2021年1月至2021年12月"),
    ("资金总额：1\n02.3万元\n其中：协管员补助55.2万元", "资金总额：102.3万元\n其中：协管员补助55.2万元"),
    ("负责人：欧阳\n志文", "负责人：欧阳志文"),
])
def test_a_wrap_inside_a_value_is_joined(pasted, joined):
    assert unwrap(pasted) == joined


@pytest.mark.parametrize("lines", ["工资36万\n社保9.6万", "青龙镇中心学校\n县教育局", "项目名称：X经费\n实施单位：Y局",
                                   "检测试剂及耗材\t18.5\n哨点监测\t6", "1\n3"])
def test_lines_of_a_list_stay_lines(lines):
    assert unwrap(lines) == lines


@pytest.mark.parametrize("field, pasted, value", [
    ("project_name", "项目名称：乡镇渡口渡船安全管\n理经费", "乡镇渡口渡船安全管理经费"),
    ("unit_head", "负责人：欧阳\n志文", "欧阳志文"),
    ("unit", "实施单位：县地方海事\n处", "县地方海事处"),
])
def test_a_wrapped_value_is_stored_whole(field, pasted, value):
    iv = asked_on(TODAY, field)
    iv.answer(pasted)
    assert getattr(iv.form, field) == value


# --- a value put right in the same breath ---------------------------------------------------------------

@pytest.mark.parametrize("field, say, value", [
    ("department", "县公安局，不对，是县禁毒委员会办公室", "县禁毒委员会办公室"),
    ("department", "主管部门是县公安局，不对，是县禁毒委员会办公室", "县禁毒委员会办公室"),
    ("unit", "县农业局，哦不对，是县农业农村局", "县农业农村局"),
    ("project_name", "乡村道路养护，不对，是乡村公路养护经费", "乡村公路养护经费"),
    ("function_code", "2050999，不对不对，我们一直用的2050199", "2050199"),
])
def test_the_value_she_settled_on_is_stored(field, say, value):
    iv = asked_on(TODAY, field)
    iv.answer(say)
    assert getattr(iv.form, field) == value


@pytest.mark.parametrize("say, phone", [
    ("郑海燕，电话028-86142230，不对，是86142203", "028-86142203"),
    ("王刚，电话0731-5566778，哦不对，是5566787", "0731-5566787"),
])
def test_a_phone_put_right_keeps_its_area_code(say, phone):
    iv = asked_on(TODAY, "unit_head")
    iv.answer(say)
    assert iv.form.unit_phone == phone


@pytest.mark.parametrize("say", ["县卫健局，不是县政府", "县卫健局不是县政府", "张三"])
def test_what_it_is_not_is_no_self_fix(say):
    assert self_fixed(say) == say


def test_an_office_is_no_person():
    iv = asked_on(TODAY, "unit_head")
    r = iv.answer("科室是办公室")
    assert iv.form.unit_head in ("", None)
    assert "answer" not in r.acts


# --- a range is a hedge -----------------------------------------------------------------------------------

@pytest.mark.parametrize("say", ["四十到五十万之间，还没最后定", "30-35万吧", "大约在60万到70万之间"])
def test_a_range_of_money_stores_no_total(say):
    iv = asked_on(TODAY, "funding")
    r = iv.answer(say)
    assert iv.form.funding.total is None
    assert "hedge" in r.acts


@pytest.mark.parametrize("say", ["普查样地每个乡镇10到12个", "培训8到10场"])
def test_a_range_of_a_count_makes_no_row(say):
    iv = asked_on(TODAY, "indicators.数量指标")
    iv.answer(say)
    assert not any("到" in i.value or "-" in i.value for i in iv.form.indicators), [i.value for i in iv.form.indicators]


@pytest.mark.parametrize("text", ["3月到12月", "2021年1月至2021年12月", "0833-5126690", "208-11-07", "第1到3项",
                                  "补贴标准按案件类型从600元到2000元不等"])
def test_periods_phones_codes_and_varying_standards_are_no_ranges(text):
    assert hedges(text) == []


# --- short yeses and nos to a drafted text -------------------------------------------------------------------

def _annual_offered():
    iv = asked_on(TODAY, "goals.annual", FORM)
    assert iv.pending is not None and iv.pending.proposal is not None
    return iv


@pytest.mark.parametrize("say", ["要得咯", "可", "好的就这样写", "这段写得挺好，用吧", "也用你的", "刚才那个就这样吧"])
def test_a_short_yes_adopts_the_drafted_goal(say):
    iv = _annual_offered()
    r = iv.answer(say)
    assert list(iv.form.goals.annual), say
    assert "confirm" in r.acts and "answer" not in r.acts


@pytest.mark.parametrize("say", ["不要了", "不用了"])
def test_a_short_no_stores_nothing(say):
    iv = _annual_offered()
    r = iv.answer(say)
    assert list(iv.form.goals.annual) == []
    assert r.acts == ["deny"]


@pytest.mark.parametrize("say", ["略", "不写"])
def test_lue_and_bu_xie_are_skips(say):
    iv = asked_on(TODAY, "basis")
    r = iv.answer(say)
    assert iv.form.basis in ("", None) and r.acts == ["skip"]


# --- talk beside a typed answer ---------------------------------------------------------------------------

@pytest.mark.parametrize("field, say", [
    ("function_code", "2240199，查了半天"),
    ("department", "县水利局，这个你晓得的咯"),
    ("funding", "680万。说了你们也不一定批"),
    ("funding", "财务讲了，六十四万八"),
    ("funding", "校长讲总共一百八十六万"),
    ("filler", "龚小雨，谢谢你啊帮了大忙"),
    ("filler", "我叫何佳，今天加班到现在了快"),
])
def test_talk_beside_a_typed_answer_is_chatter(field, say):
    iv = asked_on(TODAY, field)
    r = iv.answer(say)
    assert "answer" in r.acts and "chatter" in r.acts, r.acts


@pytest.mark.parametrize("field, say", [
    ("department", "县委政法委，我们归他们管"),
    ("function_code", "2130234吧，去年就是这个"),
    ("attribute", "新增，以前哪有钱搞这个"),
    ("unit", "就是我们所，全称县草原监督管理所"),
])
def test_a_reason_beside_a_typed_answer_is_part_of_it(field, say):
    iv = asked_on(TODAY, field)
    r = iv.answer(say)
    assert "answer" in r.acts and "chatter" not in r.acts, r.acts


# --- a list split by slashes ---------------------------------------------------------------------------------

@pytest.mark.parametrize("say, want", [
    ("小水电站生态流量监管及退出整改 / 县水利局 / 县水利局",
     {"project_name": "小水电站生态流量监管及退出整改", "unit": "县水利局", "department": "县水利局"}),
    ("城区路灯维护经费 ／ 县城市管理局", {"project_name": "城区路灯维护经费", "unit": "县城市管理局"}),
])
def test_values_split_by_slashes_fill_the_fields_in_order(say, want):
    iv = asked_on(TODAY, "project_name")
    iv.answer(say)
    assert {k: getattr(iv.form, k) for k in want} == want


def test_a_slash_inside_a_unit_is_no_list():
    from assistant.interview.blocks import parts_of
    assert parts_of("每人每年600元/人") == ["每人每年600元/人"]
