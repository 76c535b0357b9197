"""What a clerk says while an offer of another field is pending, or beside the answer asked for:

- an offer ("这句像是在说「立项依据」…记到「立项依据」吗？…我再问「项目资金」") made at a question that owns several
  fields (项目资金, an indicator category) is settled by her next answer, which is read as the answer to that question —
  never stored as the offered field;
- the exact figure asked after "大概45万" is not asked again once the total has been given, and nothing says the
  total was set aside;
- a name cut inside its brackets ("…经费（" of "…经费（2026年）") is no indicator's name;
- "今年计划开展…不少于40次": the plan words are no part of the row's name; a row refused beside rows kept is said;
- "长期就是…" / "长期的话，…" name the 中长期目标;
- "汛期前把弹药配齐，5月底前吧": one deadline row, at the time she settles on, not the work and a second row."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview
from tests.interview_helpers import asked_on

DAY = dt.date(2025, 11, 20)
FORM = {"project_name": "人工影响天气作业经费", "department": "县气象局", "unit": "县气象局",
        "start": "2026-01", "end": "2026-12", "year": 2026}


def _opened(*said: str) -> tuple[Interview, list]:
    iv = Interview(today=DAY)
    iv.opening()
    replies = [iv.answer(s) for s in said]
    return iv, replies


def test_an_offer_at_the_money_question_is_settled_by_her_next_answer_not_filled_by_it():
    iv, _ = _opened("要报明年的森林防火专业队伍经费", "县林业局", "是",
                    "主要是养护林员和扑火队员，一共大概80万")
    assert iv.pending is not None and iv.pending.field == "funding"
    iv.answer("《森林防火条例》，还有市里的森林防火规划")            # offered as 立项依据, not stored
    assert iv.form.basis == ""
    iv.answer("要是没有专业队伍，山火一起来根本扑不住")            # neither yes nor no: no 立项依据, no money
    assert iv.form.basis == ""
    assert iv.form.funding.total is None


def test_the_exact_total_asked_after_a_rough_one_is_dropped_once_the_total_is_given():
    iv, _ = _opened("要报明年的森林防火专业队伍经费", "县林业局", "是", "主要是养护林员和扑火队员，一共大概80万")
    assert iv.pending.key == "exact:funding"
    iv.ask("funding")                                         # the total clicked in the preview and given there
    r = iv.answer("80万，全是县财政的")
    assert iv.form.funding.total == 80
    text = "\n".join(r.lines())
    assert "准确是多少" not in text and "先放一放" not in text
    assert iv.pending is not None and iv.pending.field != "funding"


def test_the_total_with_where_it_comes_from_said_later_is_offered_as_the_total():
    iv, _ = _opened("要报明年的森林防火专业队伍经费", "县林业局", "是",
                    "主要是养护林员和扑火队员，一共大概80万", "这个得问问财务")
    assert iv.pending is not None and iv.pending.field != "funding"
    iv.answer("80万，都是县级财政安排的")
    assert iv.form.funding.total is None                       # offered, not stored before her yes
    iv.answer("是")
    assert iv.form.funding.total == 80


def test_a_count_of_people_said_of_a_team_is_named_by_the_team():
    iv, _ = _opened("要报明年的森林防火专业队伍经费", "县林业局", "是")
    iv.answer("主要是养一支25人的半专业扑火队，一年80万")
    assert [(i.name, i.value) for i in iv.form.indicators] == [("半专业扑火队人数", "=25人")]


@pytest.mark.parametrize("said", ["人工影响天气作业经费（2026年）", "人工影响天气作业经费(2026年度)"])
def test_a_name_cut_inside_its_brackets_is_offered_as_no_indicator(said):
    iv = asked_on(DAY, "department_head", FORM)
    r = iv.answer(said)
    text = "\n".join(r.lines())
    assert "数量指标「人工影响天气作业经费" not in text
    assert not iv.form.indicators


@pytest.mark.parametrize("said, rows", [
    ("今年计划开展人工增雨作业不少于20次", [("开展人工增雨作业", "≥20次")]),
    ("明年拟新建标准化作业点3个", [("新建标准化作业点", "=3个")]),
    ("计划生育特别扶助对象120人", [("计划生育特别扶助对象", "=120人")]),
])
def test_plan_words_before_a_row_are_no_part_of_its_name(said, rows):
    iv = asked_on(DAY, "indicators.数量指标", FORM)
    iv.answer(said)
    assert [(i.name, i.value) for i in iv.form.indicators] == rows


def test_a_row_refused_beside_rows_kept_is_said():
    iv = asked_on(DAY, "indicators.数量指标", FORM)
    r = iv.answer("增雨作业15次，我们说了算的作业点8个")
    names = [i.name for i in iv.form.indicators]
    assert "增雨作业" in names
    text = "\n".join(r.lines())
    assert all(n in text for n in names)
    assert len(names) == 2 or "没有记下" in text or "没能读成" in text


@pytest.mark.parametrize("said, goal", [
    ("长期就是建成覆盖全县的人影作业体系", "建成覆盖全县的人影作业体系"),
    ("长期的话，三年内作业点标准化率达到100%", "三年内作业点标准化率达到100%"),
    ("中长期就是防雹保护面积稳定在30万亩以上", "防雹保护面积稳定在30万亩以上"),
])
def test_long_term_said_loosely_names_the_long_term_goal(said, goal):
    iv = asked_on(DAY, "indicators.数量指标", FORM)
    iv.answer(said)
    assert iv.form.goals.long_term == [goal]
    assert not iv.form.indicators


def test_long_as_part_of_a_name_is_no_goal():
    iv = asked_on(DAY, "indicators.数量指标", FORM)
    iv.answer("长期护理保险参保人数3000人")
    assert not iv.form.goals.long_term
    assert [(i.name, i.value) for i in iv.form.indicators] == [("长期护理保险参保人数", "=3000人")]


@pytest.mark.parametrize("said, row", [
    ("汛期前把作业弹药配齐，5月底前吧", ("作业弹药配齐完成时间", "5月底前")),
    ("国庆前完工，也就是9月底前", ("完工时间", "9月底前")),
    ("年底前完成改造，10月底前吧", ("改造完成时间", "10月底前")),
])
def test_a_time_said_after_a_deadline_sets_its_time_in_one_row(said, row):
    iv = asked_on(DAY, "indicators.时效指标", FORM)
    iv.answer(said)
    assert [(i.name, i.value) for i in iv.form.indicators] == [row]


WATER = {"project_name": "2026年农村饮水安全工程维修养护", "department": "县水利局", "unit": "县农村供水管理站",
         "start": "2026-01", "end": "2026-12", "year": 2026,
         "funding": {"total": 120, "carryover": 0, "current_year": 120, "other": 0}}
WATER_FILLED = {**WATER, "budget_items": [{"name": "管网维修", "amount": 60}, {"name": "水质检测", "amount": 20},
                                          {"name": "消毒设备更换", "amount": 40}],
                "indicators": [{"scope": "annual", "level1": "产出指标", "level2": "质量指标", "name": "水质达标率",
                                "value": "≥95%"}]}


@pytest.mark.parametrize("said", ["⑴出厂水水质达标率≥95%  ⑵维修工程验收合格率100%",
                                  "⒈出厂水水质达标率≥95% ⒉维修工程验收合格率100%"])
def test_bracketed_and_dotted_list_numbers_are_bullets(said):
    iv = asked_on(DAY, "indicators.质量指标", WATER)
    iv.answer(said)
    assert [(i.name, i.value) for i in iv.form.indicators] == [("出厂水水质达标率", "≥95%"), ("维修工程验收合格率", "=100%")]


@pytest.mark.parametrize("said", ["达标率定高了，能做到92%", "达标率写低了，能到97%"])
def test_a_rate_said_to_be_set_too_high_or_low_is_a_correction_of_that_row(said):
    iv = asked_on(DAY, "overview", WATER_FILLED)
    iv.answer(said)
    assert iv.form.overview == ""
    assert [i.value for i in iv.form.indicators if i.name == "水质达标率"] != ["≥95%"]


def test_the_total_said_to_follow_to_a_figure_is_changed():
    iv = asked_on(DAY, "overview", WATER_FILLED)
    iv.answer("水质检测改成25万，总数也跟着变成125万")
    assert [b.amount for b in iv.form.budget_items if b.name == "水质检测"] == [25]
    assert iv.form.funding.total == 125
    assert iv.form.overview == ""


@pytest.mark.parametrize("field, said, got", [
    ("budget_items", "管网维修60万，不对，是65万，水质检测20万，消毒设备更换35万",
     [("管网维修", 65), ("水质检测", 20), ("消毒设备更换", 35)]),
    ("budget_items", "管网维修60万，不对，是65万", [("管网维修", 65)]),
    ("indicators.质量指标", "水质达标率95%，不对，是98%，验收合格率100%", [("水质达标率", "≥98%"), ("验收合格率", "=100%")]),
    ("indicators.数量指标", "改造供水管网12公里不是15，新建蓄水池3座", [("改造供水管网", "=12公里"), ("新建蓄水池", "=3座")]),
])
def test_a_figure_put_right_in_the_same_breath_keeps_its_line_or_row(field, said, got):
    iv = asked_on(DAY, field, WATER)
    iv.answer(said)
    if field == "budget_items":
        assert [(b.name, b.amount) for b in iv.form.budget_items] == got
    else:
        assert [(i.name, i.value) for i in iv.form.indicators] == got


@pytest.mark.parametrize("said, row", [
    ("带动周边40名村民就业", ("社会效益指标", "带动周边村民就业人数", "=40人")),
])
def test_people_a_work_benefits_said_at_a_benefit_question_stay_a_benefit(said, row):
    iv = asked_on(DAY, "indicators.社会效益指标", WATER)
    iv.answer(said)
    assert [(i.level2, i.name, i.value) for i in iv.form.indicators] == [row]


@pytest.mark.parametrize("said, row", [
    ("每月5号前把上月水质报告交上去", ("上月水质报告交付时间", "每月5号前")),
    ("年底完工", ("完工时间", "年底前")),
    ("明年年底全部建成", ("建成时间", "2026年底前")),
])
def test_a_recurring_or_year_end_time_with_its_work_is_a_deadline_row(said, row):
    iv = asked_on(DAY, "indicators.时效指标", WATER)
    iv.answer(said)
    assert [(i.name, i.value) for i in iv.form.indicators] == [row]


@pytest.mark.parametrize("field, said", [
    ("indicators.社会效益指标", "惠及群众上万人"),
    ("indicators.数量指标", "接待游客数千人次"),
    ("indicators.数量指标", "发放宣传册好几百份"),
    ("funding", "上百万吧"),
])
def test_an_order_of_size_is_a_rough_figure_never_a_value(field, said):
    iv = asked_on(DAY, field, WATER if field != "funding" else {**WATER, "funding": {}})
    r = iv.answer(said)
    assert "hedge" in r.acts
    assert not iv.form.indicators
    assert iv.form.funding.total == (None if field == "funding" else 120)


def test_not_under_a_figure_is_a_lower_bound():
    iv = asked_on(DAY, "indicators.数量指标", WATER)
    iv.answer("巡检供水设施不下300次")
    assert [(i.name, i.value) for i in iv.form.indicators] == [("巡检供水设施", "≥300次")]


@pytest.mark.parametrize("said", ["市城管局、市环卫服务中心", "市城管局/市环卫服务中心", "市城管局，市环卫服务中心"])
def test_two_units_listed_against_the_order_asked_are_asked_never_paired_by_guess(said):
    iv = asked_on(DAY, "unit")
    r = iv.answer(said)
    assert iv.form.unit == "" and iv.form.department == ""
    assert "unclear" in r.acts


@pytest.mark.parametrize("said, unit, department", [
    ("市环卫服务中心、市城管局", "市环卫服务中心", "市城管局"),          # in the order asked: 项目单位, then 主管部门
    ("市城管局，全称是某某市城市管理局", "某某市城市管理局", ""),
])
def test_units_in_the_order_asked_or_with_their_full_name_are_read(said, unit, department):
    iv = asked_on(DAY, "unit")
    iv.answer(said)
    assert (iv.form.unit, iv.form.department) == (unit, department)


@pytest.mark.parametrize("said, head, phone", [
    ("赵刚 站长 13700002222", "赵刚", "13700002222"),
    ("孙梅 主任 0371-6655 4321", "孙梅", "0371-66554321"),
])
def test_a_name_title_and_phone_spaced_like_a_card_are_the_head_and_phone(said, head, phone):
    iv = asked_on(DAY, "unit_head", WATER)
    iv.answer(said)
    assert (iv.form.unit_head, iv.form.unit_phone) == (head, phone)
