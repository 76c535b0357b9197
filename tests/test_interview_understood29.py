"""Session 29 of the understood work: what a clerk says around her answer, and how a rough figure stays honest."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview
from tests.interview_helpers import asked_on

DAY = dt.date(2025, 9, 12)


def _rows(iv: Interview) -> dict:
    return {i.name: i.value for i in iv.form.indicators}


@pytest.mark.parametrize("said", ["惠及沿线村民两三百户", "新建温室大棚七八十座", "修复山塘五六十处"])
def test_neighbour_digits_before_any_measure_word_are_a_hedge(said):
    iv = asked_on(DAY, "indicators.社会效益指标")
    r = iv.answer(said)
    assert "hedge" in r.acts, (r.acts, r.said)
    assert not iv.form.indicators, _rows(iv)


@pytest.mark.parametrize("said, name, value", [
    ("所长说受益渔民按360户写", "受益渔民", "360户"),
    ("辐射带动周边村民按照1500人算", "辐射带动周边村民", "1500人"),
])
def test_the_figure_to_write_by_an_is_no_part_of_the_row(said, name, value):
    iv = asked_on(DAY, "indicators.社会效益指标")
    iv.answer(said)
    rows = _rows(iv)
    assert name in rows and rows[name].endswith(value), rows
    assert not any(n.endswith(("按", "按照")) or v.endswith(("写", "算")) for n, v in rows.items()), rows


def test_a_chief_passing_on_a_row_with_its_figure_is_her_answer():
    iv = asked_on(DAY, "indicators.社会效益指标")
    r = iv.answer("科长说新增就业岗位45个")
    assert "answer" in r.acts, (r.acts, r.said)
    assert _rows(iv).get("新增就业岗位", "").endswith("45个"), _rows(iv)


def test_bu_hui_before_a_verb_in_her_text_is_no_dont_know():
    iv = asked_on(DAY, "necessity")
    r = iv.answer("乡村小卖部店主普遍年纪大，不会用智能收银，也不会网上进货，亟需上门培训")
    assert "dont_know" not in r.acts, (r.acts, r.said)
    assert "不会用智能收银" in iv.form.necessity and "不会网上进货" in iv.form.necessity, iv.form.necessity


def _at_final_check() -> Interview:
    iv = Interview(today=DAY)
    iv.opening()
    for f, a in [("project_name", "乡村道路养护"), ("funding", "总额50万，无结转，无其他")]:
        iv.ask(f)
        iv.answer(a)
    iv.ask("confirm")
    return iv


def test_a_yes_with_who_or_what_before_it_but_none_that_waits_on_someone():
    for said, talk in [("主任过目了，说确认", True), ("这一版确认，我下班了", True), ("先确认了", False), ("十分确认", False),
                       ("确仁", False)]:
        r = _at_final_check().answer(said)
        assert "confirm" in r.acts and ("chatter" in r.acts) == talk, (said, r.acts, r.said)
    for said in ["等我确认", "还不能确认", "请局长确认"]:
        r = _at_final_check().answer(said)
        assert "confirm" not in r.acts, (said, r.acts, r.said)


def test_a_label_one_character_off_two_labels_of_one_field():
    iv = asked_on(DAY, "unit_functions")
    iv.answer("单位职冷：负责全县河道采砂监管")
    assert iv.form.unit_functions == "负责全县河道采砂监管", iv.form.unit_functions


def test_a_word_typed_wrong_and_fixed_at_the_end_of_the_same_message():
    iv = asked_on(DAY, "basis")
    r = iv.answer("《县农材公路养护管理办法》，农材打错了，是农村")
    assert "correction" not in r.acts, (r.acts, r.said)
    assert "农村公路养护管理办法" in iv.form.basis and "农材" not in iv.form.basis, iv.form.basis


def _after_overview() -> Interview:
    iv = Interview(today=DAY)
    iv.opening()
    iv.ask("overview")
    iv.answer("改造老旧供水管网12公里，新建加压泵站1座")
    iv.ask("function_code")
    return iv


def test_going_back_with_why_said_beside_it():
    for said, talk in [("撤回，刚才那条是别的表的，发错了", True), ("撤销，上一条不对", False), ("又贴错了，那是学校的。撤回", True),
                       ("撤", False)]:
        iv = _after_overview()
        r = iv.answer(said)
        assert "back" in r.acts and ("chatter" in r.acts) == talk, (said, r.acts, r.said)
        assert not iv.form.overview, (said, iv.form.overview)
    iv = _after_overview()
    r = iv.answer("返回，概况写错了，是15公里")     # a figure to change: a correction, not talk
    assert "correction" in r.acts, (r.acts, r.said)


def _with(**before: str) -> Interview:
    iv = Interview(today=DAY)
    iv.opening()
    for f, a in before.items():
        iv.ask(f)
        iv.answer(a)
    return iv


def test_the_same_as_before_said_other_ways():
    iv = _with(unit="县水利工程管理站")
    iv.ask("department")
    assert iv.answer("同上一条").acts == ["answer"] and iv.form.department == "县水利工程管理站"
    iv = _with(unit="县档案馆")
    iv.ask("department")
    r = iv.answer("我们单位是一级预算单位，主管部门跟实施单位一样")
    assert r.acts == ["answer"] and iv.form.department == "县档案馆", (r.acts, iv.form.department)
    iv = _with(unit="县档案馆", unit_head="梁文涛")
    iv.ask("department_head")
    iv.answer("主管部门负责人和单位负责人是同一个人")
    assert iv.form.department_head == "梁文涛"
    iv = _with(unit="县种子站", unit_head="陶国庆")
    iv.ask("filler")
    iv.answer("填报人就是站长本人")
    assert iv.form.filler == "陶国庆"
    iv = _with(unit="县种子站", unit_head="陶国庆", department_head="韦春明")
    iv.ask("filler")
    iv.answer("填报人就是局长本人")      # two heads on the form: which one is not said
    assert iv.form.filler != "陶国庆"


def test_lianluo_dianhua_is_the_phone_beside_the_head():
    iv = _with(unit="县侨务办公室")
    iv.ask("unit_head")
    r = iv.answer("主任 孔德明，联络电话 0591-2736 448")
    assert iv.form.unit_head == "孔德明" and iv.form.unit_phone == "0591-2736448", (r.acts, r.said)


@pytest.mark.parametrize("said, start, end, year", [
    ("26.3-26.10", "2026-03", "2026-10", 2026),                       # two-digit years with their months
    ("后年开春进场，年底前全部完成", "", "2027-12", 2027),                # the season: no start month made up
    ("后年开春进场，入冬前完成", "", "", 2027),                          # the year of both ends, no month of either
    ("今年下半年开工，明年上半年完工", "2025-07", "2026-06", 2025),        # by the end of the first half
])
def test_periods_said_short_or_by_season(said, start, end, year):
    iv = asked_on(dt.date(2025, 10, 9), "start")
    r = iv.answer(said)
    assert (iv.form.start or "", iv.form.end or "", iv.form.year) == (start, end, year), (r.acts, r.said)


def test_a_pasted_sections_heading_that_names_the_asked_field_is_no_text_of_hers():
    iv = asked_on(DAY, "necessity")
    iv.answer("三、项目必要性论证：现有渡口趸船锈蚀严重，汛期停航天数逐年增加。")
    assert iv.form.necessity.startswith("现有渡口趸船锈蚀严重"), iv.form.necessity
    iv = asked_on(DAY, "basis")
    iv.answer("四、立项依据\n《内河渡口渡船安全管理规定》")
    assert iv.form.basis.startswith("《内河渡口渡船安全管理规定》"), iv.form.basis
    iv = asked_on(DAY, "necessity")
    iv.answer("二、建设内容：更换趸船1艘")           # a heading of something else stays
    assert "建设内容" in iv.form.necessity, iv.form.necessity


def test_a_thousands_digit_said_after_wan_in_a_line_change():
    iv = Interview(today=DAY)
    iv.opening()
    iv.ask("budget_items")
    iv.answer("场地租金12万，宣传费8万")
    iv.ask("unit_functions")
    iv.answer("前面场地租金写多了，租金是十一万五，宣传费相应加到八万五，总数不动")
    items = {b.name: b.amount for b in iv.form.budget_items}
    assert items.get("场地租金") == 11.5 and items.get("宣传费") == 8.5, items


def test_the_ends_she_marks_among_three_months():
    iv = asked_on(dt.date(2026, 5, 6), "start")
    iv.answer("登记基准日是今年11月30日，工作从今年9月开始，到明年4月验收完")
    assert (iv.form.start, iv.form.end) == ("2026-09", "2027-04"), (iv.form.start, iv.form.end)


def test_the_scorer_reads_two_digit_years_with_their_months_as_stated():
    from eval.dialogue_numbers import harvest
    got = harvest("24.3-24.10")
    assert 2024.0 in got, got
