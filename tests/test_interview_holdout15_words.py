"""Answers in her own words read as what they say (issue 11, understanding), each shape in words of its own:

- a project name given by the words that give a name ("我们叫…", "项目叫…" in speech without stops, "名曰“…”是也");
- an organisation named inside a sentence ("其上级乃市…局", "污水的主管部门是县水务局", "由…具体实施"), after a
  role ("实施者，…"), after "就写…", or as her unit by its short name ("档案馆自己就是一级预算单位");
- figures as people type them: thousands set apart by spaces ("2 450 000 元"); an area code and a number read
  aloud with a pause ("零五七一，八六五二三三零七");
- per cent as people write it ("98 percent", "九十五个百分点以上", a scan's "1OO%") and said again ("≥9O%，就是九十",
  "达到0.4，就是百分之四十"); a change in points ("下降3个百分点") stays points.
"""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview


def _asked(field: str, unit: str = "") -> Interview:
    iv = Interview(today=dt.date(2026, 5, 11))
    iv.opening()
    if unit:
        iv.ask("unit")
        iv.answer(unit)
    iv.ask(field)
    return iv


@pytest.mark.parametrize("said,name", [
    ("我们叫清风廉政宣传引导", "清风廉政宣传引导"),
    ("在路上 语音打的 项目叫西河水质自动监测预警", "西河水质自动监测预警"),
    ("本项目名曰“老年大学办学补助”是也", "老年大学办学补助"),
])
def test_a_name_given_inside_her_words(said, name):
    iv = _asked("project_name")
    iv.answer(said)
    assert iv.form.project_name == name


@pytest.mark.parametrize("field,said,org", [
    ("department", "其上级乃市生态环境局", "市生态环境局"),
    ("department", "污水的主管部门是县水务局", "县水务局"),
    ("unit", "会议确定由县档案馆具体实施，县委办为主管部门", "县档案馆"),
    ("unit", "主办者，县职业技术学校", "县职业技术学校"),
    ("unit", "阿拉是街道文化站呀，就写城东街道综合文化站", "城东街道综合文化站"),
])
def test_an_organisation_named_inside_a_sentence(field, said, org):
    iv = _asked(field)
    iv.answer(said)
    assert getattr(iv.form, field) == org


def test_her_unit_by_its_short_name_is_the_department_too():
    iv = _asked("department", unit="县档案馆")
    iv.answer("不涉及主管部门，档案馆自己就是一级预算单位")
    assert iv.form.department == "县档案馆"


def test_thousands_set_apart_by_spaces():
    iv = _asked("funding")
    iv.answer("2 450 000 元")
    assert iv.form.funding.total == 245
    iv.ask("budget_items")
    iv.answer("设备 1 800 000；跟踪回访 650 000")
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("设备", 180), ("跟踪回访", 65)]


def test_an_area_code_read_aloud_with_a_pause():
    iv = _asked("unit_phone")
    iv.answer("零五七一，八六五二三三零七")
    assert iv.form.unit_phone == "0571-86523307"


@pytest.mark.parametrize("said,value", [
    ("职工到岗率98 percent", "98%"),
    ("控辍保学巩固率九十五个百分点以上", "≥95%"),
    ("设备验收合格率1OO%，两个O都是零", "100%"),
    ("居民满意度≥9O%，就是九十", "≥90%"),
    ("健康知识覆盖水平达到0.4，就是百分之四十", "40%"),
])
def test_per_cent_as_people_write_it(said, value):
    iv = _asked("indicators.质量指标")
    iv.answer(said)
    values = [i.value for i in iv.form.indicators]
    assert len(values) == 1 and value in values[0], values


def test_a_change_in_points_stays_points():
    iv = _asked("indicators.效益指标")
    iv.answer("慢病发生率比上年下降3个百分点")
    values = [i.value for i in iv.form.indicators]
    assert len(values) == 1 and "3个百分点" in values[0], values


def _money_asked(total: str) -> Interview:
    iv = _asked("funding")
    iv.answer(total)
    iv.ask("budget_items")
    return iv


def test_more_lines_after_the_first_are_added_not_put_in_place_of_it():
    iv = _money_asked("一共30万元，没有结转和其他资金")
    iv.answer("场地租赁十五万")
    iv.ask("budget_items")
    iv.answer("还有师资费九万 资料费六万")
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("场地租赁", 15), ("师资费", 9), ("资料费", 6)]


def test_an_amount_in_words_and_again_in_figures_is_one_amount():
    iv = _money_asked("一共58万元，没有结转和其他资金")
    iv.answer("监控设备叁拾捌万元整（38万元）；线路改造贰拾万元整（20万元）")
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("监控设备", 38), ("线路改造", 20)]


@pytest.mark.parametrize("field,said", [
    ("project_name", "扫描出来的：城区内涝积水点改造"),
    ("funding", "股长说是六十四万"),
    ("funding", "馆长定的二十八万"),
])
def test_where_she_read_or_heard_it_is_talk_beside_the_value(field, said):
    iv = _asked(field)
    reply = iv.answer(said)
    assert "chatter" in reply.acts and ("answer" in reply.acts or "facts" in reply.acts)


def test_a_period_from_new_year_s_day_to_the_year_s_end():
    iv = _asked("start")
    iv.answer("后年从元旦一直到年底")
    assert (iv.form.start, iv.form.end) == ("2028-01", "2028-12")


@pytest.mark.parametrize("field,said,name", [
    ("unit_head", "负责人换人了，现在是韦成钢主任", "韦成钢"),
    ("filler", "填表者，在下祁文远", "祁文远"),
])
def test_a_person_named_with_what_changed_or_in_the_old_style(field, said, name):
    iv = _asked(field)
    iv.answer(said)
    assert getattr(iv.form, field) == name



def test_a_table_with_last_year_and_this_year_side_by_side_reads_this_year():
    iv = _asked("unit")
    iv.answer("上年的表抄给你，今年的是第三列：\n栏目\t上年\t今年\n实施单位\t县图书馆\t县图书馆\n"
              "主管部门\t县文化馆\t县文化和旅游局\n资金总额（万元）\t40\t52\n属性\t新增\t延续")
    assert (iv.form.unit, iv.form.department, iv.form.funding.total, iv.form.attribute) == \
        ("县图书馆", "县文化和旅游局", 52, "延续")
    iv.ask("budget_items")
    iv.answer("明细照上年的格式：\n明细\t上年\t今年\n图书采购\t30\t36\n数字资源\t10\t12\n阅读推广\t\t4")
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("图书采购", 36), ("数字资源", 12), ("阅读推广", 4)]


@pytest.mark.parametrize("field,said,act", [
    ("indicators.时效指标", "你给个建议吧", "dont_know"),
    ("indicators.质量指标", "有推荐的吗，给我几个选", "dont_know"),
    ("function_code", "就用你猜的那个", "confirm"),
])
def test_asking_for_suggestions_and_taking_the_guess(field, said, act):
    iv = _asked(field) if field != "function_code" else _guessed_code()
    reply = iv.answer(said)
    assert act in reply.acts, reply.acts
    if act == "confirm":
        assert iv.form.function_code


def _guessed_code() -> Interview:
    iv = Interview(today=dt.date(2026, 5, 11))
    iv.opening()
    iv.ask("project_name")
    iv.answer("农贸市场食品快检室建设")
    iv.ask("unit")
    iv.answer("县市场监督管理局")
    q = iv.ask("function_code")
    assert q.proposal, q.text
    return iv


def test_the_attribute_she_takes_back_is_not_the_one_kept():
    iv = _asked("attribute")
    iv.answer("延续不对，应该是新增")
    assert iv.form.attribute == "新增"


def test_an_amount_she_says_is_struck_out_is_no_amount():
    iv = _asked("funding")
    iv.answer("批复上八十万那个数作废了，后来批的是七十六万")
    assert iv.form.funding.total == 76


def test_the_department_named_before_its_label():
    iv = _asked("unit")
    iv.answer("由县档案馆实施，市档案局为主管部门")
    assert (iv.form.unit, iv.form.department) == ("县档案馆", "市档案局")


def test_a_figure_she_says_is_last_year_s_is_the_one_corrected():
    iv = _asked("indicators.数量指标")
    iv.answer("改造农户不少于30户")
    iv.ask("indicators.质量指标")
    iv.answer("户数那个我看错了，是不少于二十八户，三十是去年的")
    values = {i.name: i.value for i in iv.form.indicators}
    assert any("28户" in v for v in values.values()) and not any("30户" in v for v in values.values()), values
