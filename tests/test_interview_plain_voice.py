"""A clerk typing the way people chat (spaces for commas, 要填个…, 去年的数 beside this year's, a pick with her value):
each answer fills the asked field with what she means, and nothing else."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview
from assistant.interview.peryear import of_year
from assistant.model import Declaration
from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 2)
FORM = {"project_name": "基层公共法律服务经费", "unit": "雷山县司法局", "department": "雷山县司法局"}


@pytest.mark.parametrize("said,name", [
    ("你好 我是县司法局的小吴 要填个公共法律服务的项目", "公共法律服务项目"),
    ("我们要填一个农村饮水安全维修的项目", "农村饮水安全维修项目"),
])
def test_what_she_is_filing_is_no_part_of_the_name(said, name):
    iv = Interview(today=DAY)
    iv.opening()
    iv.answer(said)
    assert iv.form.project_name == name


def test_clauses_parted_by_spaces_keep_the_overview_beside_a_rough_figure():
    iv = asked_on(DAY, "overview", FORM)
    r = iv.answer("主要是给群众免费法律咨询 还有法律援助案件 请律师值班 钱的话估计要五十几万")
    assert iv.form.overview.startswith("主要是给群众免费法律咨询")
    assert "律师值班" in iv.form.overview and "五十几万" not in iv.form.overview
    assert "hedge" in r.acts and iv.form.funding.total is None


@pytest.mark.parametrize("said,kept,gone", [
    ("去年是四十二万八 今年多了律师值班 要四十六万三", "要四十六万三", "去年是四十二万八"),
    ("去年花了三十万，这回要三十四万", "这回要三十四万", "去年花了三十万"),
])
def test_last_years_figure_beside_an_unmarked_one_is_context(said, kept, gone):
    text, dropped = of_year(said, 2026, DAY)
    assert kept in text and gone not in text and dropped == gone


@pytest.mark.parametrize("said", ["去年21.6万", "2025年12月开工，总额30万", "去年结余10万，今年总额50万", "去年50万 今年不变"])
def test_one_years_figure_or_a_date_is_left_alone(said):
    assert of_year(said, 2026, DAY) == (said, "")


def test_the_unmarked_figure_is_the_total():
    iv = asked_on(DAY, "funding", dict(FORM, year=2026))
    r = iv.answer("去年是四十二万八 今年多了律师值班 要四十六万三")
    assert iv.form.funding.total == pytest.approx(46.3)
    assert any("别的年份" in s for s in r.said)


def _at(category: str) -> Interview:
    form = dict(FORM, funding={"total": 46.3, "carryover": 0, "other": 0, "current_year": 46.3})
    iv = Interview(Declaration.from_json(form), today=DAY)
    iv.ask(f"indicators.{category}")
    return iv


def test_money_per_case_asked_for_timeliness_is_a_cost_with_its_unit_asked():
    iv = _at("时效指标")
    r = iv.answer("每件案子补贴律师一千五")
    assert [(i.level2, i.value) for i in iv.form.indicators] == [("成本指标", "≤1500")]
    assert any("没写单位" in s for s in r.said)


def test_an_effect_asked_for_cost_is_no_cost():
    iv = _at("成本指标")
    iv.answer("法律援助覆盖面扩大 困难群众应援尽援")
    assert [i.level1 for i in iv.form.indicators] == ["效益指标"]


@pytest.mark.parametrize("said", ["1改成320件", "1 改成320件", "选1，改成320件"])
def test_a_pick_with_her_value_builds_no_second_row(said):
    iv = _at("数量指标")
    first = iv.pending.choices[0].name
    r = iv.answer(said)
    assert [(i.name, i.value) for i in iv.form.indicators] == [(first, "=320件")]
    assert not any("改成数量" in s or "1改成" in s for s in r.said)


@pytest.mark.parametrize("said", ["挂牌两万，复壮二十八万五，巡护八万", "挂牌两万 复壮二十八万五 巡护八万"])
def test_budget_lines_in_spoken_figures_are_no_total(said):
    iv = asked_on(DAY, "funding", FORM)
    iv.answer(said)
    assert iv.form.funding.total is None            # never the first line's 2万


def test_lines_with_their_total_give_the_total():
    iv = asked_on(DAY, "funding", FORM)
    iv.answer("挂牌两万，复壮二十八万五，巡护八万，一共三十八万五")
    assert iv.form.funding.total == pytest.approx(38.5)


@pytest.mark.parametrize("said,year", [("古树名木保护 2027年的", 2027), ("古树名木保护 明年的", 2027)])
def test_a_year_after_the_name_is_the_projects_year(said, year):
    iv = Interview(today=DAY)
    iv.opening()
    iv.answer(said)
    assert iv.form.project_name == "古树名木保护"
    assert iv.facts.get("year") == year or iv.form.year == year


def test_another_years_rough_figure_in_a_reason_is_not_asked_as_the_total():
    iv = asked_on(DAY, "necessity", FORM)
    r = iv.answer("老车维修一年比一年贵，去年光修车就花了二十几万，新车省油省心")
    assert "去年光修车" in iv.form.necessity
    assert not any("资金总额（万元）准确是多少" in s for s in r.lines())


def test_sources_that_make_the_total_are_this_years_money_whole():
    iv = asked_on(DAY, "funding", FORM)
    iv.answer("156万，其中省级补助90万，县级安排66万")
    assert (iv.form.funding.total, iv.form.funding.current_year) == (156, 156)   # never the first source's 90


def test_two_sources_without_a_total_store_neither_as_the_funding():
    iv = asked_on(DAY, "funding", FORM)
    iv.answer("上级补助90万，县配套18.5万")
    f = iv.form.funding
    assert 90 not in (f.total, f.current_year) and 18.5 not in (f.total, f.current_year)


def test_a_rough_count_of_books_is_no_money():
    iv = asked_on(DAY, "overview", FORM)
    r = iv.answer("館藏古籍一萬二千多冊 其中破損的有三千多冊 明年計劃修三百冊")
    assert not any("资金总额（万元）准确是多少" in s for s in r.lines())


def test_what_the_project_will_change_to_is_no_correction():
    iv = asked_on(DAY, "overview", FORM)
    iv.answer("全县十二条农村客运班线 明年要改成公交化运营 购置新能源公交车八台 总投资六百二十万")
    assert iv.form.overview.startswith("全县十二条农村客运班线")
    assert iv.form.funding.total == pytest.approx(620)


_ROWS = dict(FORM, overview="购置新能源公交车8台，建设招呼站30个", funding={"total": 620},
             indicators=[{"level1": "产出指标", "level2": "数量指标", "name": "新能源公交车购置数量", "value": "=8台"},
                         {"level1": "产出指标", "level2": "数量指标", "name": "招呼站建设数量", "value": "=30个"}])


@pytest.mark.parametrize("said", ["不是八台是十台", "是十台不是八台", "八台改成十台"])
def test_an_old_and_new_figure_in_words_are_renumbered_wherever_written(said):
    from assistant.interview.engine import Reply
    iv = Interview(Declaration.from_json(_ROWS), today=DAY)
    assert iv.renumber(said, Reply())
    assert [i.value for i in iv.form.indicators] == ["=10台", "=30个"]
    assert "8台" not in iv.form.overview and "30个" in iv.form.overview


@pytest.mark.parametrize("said", ["刚才车数说错了 不是八台是十台", "不是8台，是10台"])
def test_a_spoken_correction_while_a_text_is_asked_is_the_rows(said):
    iv = Interview(Declaration.from_json(_ROWS), today=DAY)
    iv.ask("necessity")
    iv.answer(said)
    assert [i.value for i in iv.form.indicators] == ["=10台", "=30个"] and not iv.form.necessity


@pytest.mark.parametrize("field", ["function_code", "unit_phone"])
def test_a_row_corrected_while_a_code_or_phone_is_asked_is_never_its_answer(field):
    iv = Interview(Declaration.from_json(_ROWS), today=DAY)
    iv.ask(field)
    r = iv.answer("刚才车数说错了，是十台")
    assert "correction" in r.acts and not getattr(iv.form, field)
    values = [i.value for i in iv.form.indicators]
    assert values == ["=10台", "=30个"] or (values == ["=8台", "=30个"] and any("哪一项" in s for s in r.said))


@pytest.mark.parametrize("said,kind", [("新建的", "新增"), ("是新上的", "新增"), ("新立项", "新增"), ("续建项目", "延续"), ("续建", "延续")])
def test_new_or_continuing_in_a_builders_words(said, kind):
    iv = asked_on(DAY, "attribute", FORM)
    iv.answer(said)
    assert iv.form.attribute == kind


@pytest.mark.parametrize("said,name", [("每处不超过15万", "每处成本"), ("人均不超过3000元", "人均成本")])
def test_a_cost_named_only_by_each_is_that_things_cost(said, name):
    iv = asked_on(DAY, "indicators.成本指标", FORM)
    iv.answer(said)
    assert [i.name for i in iv.form.indicators] == [name]


def test_same_person_as_above_with_a_phone_of_her_own():
    iv = asked_on(DAY, "department_head", dict(FORM, unit_head="马建军", unit_phone="0932-8213456"))
    iv.answer("同上，电话是0932-8213000")
    assert (iv.form.department_head, iv.form.department_phone) == ("马建军", "0932-8213000")
