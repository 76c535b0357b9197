"""What is said beside the asked field and belongs to no free text: her own phone after the head's, where the money
comes from, a period with when the work is done — never stored as the asked field, never replacing a head's phone."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "县一中食堂改造", "unit": "县第一中学", "department": "县教育局"}


def test_her_own_phone_never_replaces_the_heads():
    iv = asked_on(TODAY, "function_code", {**BASE, "unit_head": "刘志强", "unit_phone": "0835-6221408"})
    iv.answer("我是总务处的小周，手机15283567710")
    assert iv.form.unit_phone == "0835-6221408" and iv.form.unit_head == "刘志强"


def test_her_phone_fills_an_empty_contact():
    iv = asked_on(TODAY, "unit_phone", BASE)
    iv.answer("我是总务处的小周，手机15283567710")
    assert iv.form.unit_phone == "15283567710"


def test_where_the_money_comes_from_is_no_basis():
    iv = asked_on(TODAY, "basis", BASE)
    iv.answer("都是县财政的")
    assert iv.form.basis == ""
    assert iv.next_question().field == "basis"


def test_period_with_when_the_work_is_done_is_no_overview():
    iv = asked_on(TODAY, "overview", BASE)
    iv.answer("2027年3月到8月，暑假施工")
    assert iv.form.overview == ""
    assert (iv.form.start, iv.form.end, iv.form.year) == ("2027-03", "2027-08", 2027)


FUNDED = {**BASE, "funding": {"total": 109.44, "current_year": 109.44, "carryover": 0, "other": 0},
          "start": "2027-01", "end": "2027-12", "year": 2027}


def test_where_the_money_comes_from_is_no_budget_line():
    for said in ("全是县财政", "财政全额保障", "都是上级补助资金"):
        iv = asked_on(TODAY, "budget_items", FUNDED)
        reply = iv.answer(said)
        assert iv.form.budget_items == [], said
        assert any("资金来源" in s for s in reply.said), said


def test_a_source_beside_lines_is_left_out_of_them():
    iv = asked_on(TODAY, "budget_items", FUNDED)
    iv.answer("岗位补贴100万，县财政9.44万")
    assert [(i.name, i.amount) for i in iv.form.budget_items] == [("岗位补贴", 100.0)]


def test_a_single_line_by_its_name_still_takes_the_total():
    iv = asked_on(TODAY, "budget_items", FUNDED)
    iv.answer("公益岗位补贴")
    assert [(i.name, i.amount) for i in iv.form.budget_items] == [("公益岗位补贴", 109.44)]


@pytest.mark.parametrize("said, total", [("一共109万4千4", 109.44), ("109万4千4百", 109.44), ("109万零4百元", 109.04),
                                         ("总共3千5块", 0.35), ("一共3千块", 0.3)])
def test_amounts_with_thousands_after_wan_are_read_whole(said, total):
    iv = asked_on(TODAY, "funding", BASE)
    iv.answer(said)
    assert iv.form.funding.total == total


@pytest.mark.parametrize("said", ["一共109万4千4百5十", "2千8"])
def test_a_figure_not_read_whole_is_never_cut(said):
    iv = asked_on(TODAY, "funding", BASE)
    iv.answer(said)
    assert iv.form.funding.total is None


def test_budget_lines_at_another_question_are_no_total_and_no_other_funds():
    iv = asked_on(TODAY, "attribute", BASE)
    iv.answer("人员经费120万，药品耗材50万，其他34.7万")
    assert iv.form.funding.total is None and iv.form.funding.other is None
    q = iv.next_question()
    assert q.field == "budget_items"     # offered as her lines, stored on her yes only
    assert iv.form.budget_items == []


@pytest.mark.parametrize("said", ["《国家基本公共卫生服务规范（第三版）》", "晋水发〔2023〕12号",
                                  "依据《公路法》（主席令〔2017〕81号）和《农村公路养护管理办法》"])
def test_a_document_alone_is_no_overview(said):
    iv = asked_on(TODAY, "overview", BASE)
    iv.answer(said)
    assert iv.form.overview == ""
    assert iv.next_question().field == "basis"
    iv.answer("是")
    assert iv.form.basis and iv.form.overview == ""


@pytest.mark.parametrize("said", ["落实《国家基本公共卫生服务规范》，为辖区2.3万常住人口提供服务",
                                  "申请资金50万元用于购置厨房设备"])     # a document or money, with what is done
def test_a_sentence_naming_a_document_or_money_is_her_overview(said):
    iv = asked_on(TODAY, "overview", BASE)
    iv.answer(said)
    assert iv.form.overview == said


def test_how_a_count_is_shared_out_is_no_indicator():
    iv = asked_on(TODAY, "indicators.数量指标", FUNDED)
    reply = iv.answer("设岗114个，每村3个")
    assert [(i.name, i.value) for i in iv.form.indicators] == [("设岗", "=114个")]
    assert any("每村3个" in s for s in reply.said)


@pytest.mark.parametrize("said, name", [("就餐老人满意度90%以上", "就餐老人满意度"), ("就业困难人员满意度不低于90%", "就业困难人员满意度"),
                                        ("就写老人满意度90%以上", "老人满意度")])
def test_jiu_opening_a_word_is_part_of_the_name(said, name):
    iv = asked_on(TODAY, "indicators.满意度指标", FUNDED)
    iv.answer(said)
    assert [i.name for i in iv.form.indicators] == [name]


def test_a_price_per_thing_said_at_effects_is_no_effect_named_an_preposition():
    iv = asked_on(TODAY, "indicators.效益指标", FUNDED)
    iv.answer("就按每个食堂3万")
    assert iv.form.indicators == []


def test_a_lone_surrogate_in_a_pasted_text_is_no_crash():
    iv = asked_on(TODAY, "project_name", {})
    iv.answer("社區老年食堂\ud800運營補助")       # half a character, cut from a page or sent by a browser
    assert iv.form.project_name == "社区老年食堂运营补助"    # (traditional characters folded)


def test_a_pasted_form_with_a_lone_surrogate_is_read():
    iv = asked_on(dt.date(2021, 3, 1), "project_name", {})
    iv.answer("这是去年的表：\n项目名称 | 四好农村路工作經費 |\n實施單位 | 阳泉市公路服务中心\udce5 |\n")
    assert iv.form.unit == "阳泉市公路服务中心"


def test_rows_copied_from_a_page_with_bars_between_cells():
    iv = asked_on(TODAY, "project_name", {})
    iv.answer("项目名称 | 四好农村路工作经费 | ||||\n实施单位 | 阳泉市公路服务中心 |")
    assert (iv.form.project_name, iv.form.unit) == ("四好农村路工作经费", "阳泉市公路服务中心")


def test_a_year_and_quan_nian_without_nian_is_offered_as_the_period():
    iv = asked_on(TODAY, "function_code", BASE)
    iv.answer("2027全年")
    assert iv.next_question().field == "start" and iv.form.start == ""
    iv.answer("是")
    assert (iv.form.start, iv.form.end, iv.form.year) == ("2027-01", "2027-12", 2027)


@pytest.mark.parametrize("said", ["每辆车年维护费1.2万，共35辆", "35辆车，一辆一年1.2万"])
def test_the_price_of_one_thing_is_never_the_total(said):
    iv = asked_on(TODAY, "funding", BASE)
    iv.answer(said)
    assert iv.form.funding.total is None             # 1.2万 is one car's: never the project's total
    q = iv.next_question()
    assert q.field == "funding" and "42" in q.render()   # 35 × 1.2万, offered to confirm
    iv.answer("是")
    assert iv.form.funding.total == 42.0


@pytest.mark.parametrize("said, total", [("一年120万", 120.0), ("一次性补助50万", 50.0), ("一个项目总投资80万", 80.0)])
def test_a_year_of_money_or_a_one_off_sum_is_the_total(said, total):
    iv = asked_on(TODAY, "funding", BASE)
    iv.answer(said)
    assert iv.form.funding.total == total


@pytest.mark.parametrize("asked", ["overview", "necessity"])
def test_how_fast_it_is_done_alone_is_an_indicator_not_a_text(asked):
    iv = asked_on(TODAY, asked, BASE)
    iv.answer("故障24小时内修复")
    assert getattr(iv.form, asked) == ""


def test_how_fast_beside_what_is_done_is_her_overview():
    iv = asked_on(TODAY, "overview", BASE)
    iv.answer("接到报修24小时内修复，全年维护路灯2.6万盏")
    assert iv.form.overview == "接到报修24小时内修复，全年维护路灯2.6万盏"


@pytest.mark.parametrize("said, total", [("拟安排资金壹佰零玖万肆仟肆佰元整", 109.44), ("预计投入资金156万元", 156),
                                         ("需要资金80万", 80)])
def test_money_planned_is_no_overview(said, total):
    iv = asked_on(TODAY, "overview", BASE)
    iv.answer(said)
    assert iv.form.overview == "" and iv.form.funding.total == total


def test_no_zero_for_money_she_said_and_was_not_placed():
    iv = asked_on(TODAY, "funding", BASE)
    iv.answer("62万，县财政出40万，镇里自己出22万")
    f = iv.form.funding
    assert (f.total, f.current_year) == (62, 40)
    assert f.carryover is None and f.other is None          # never "未提到其他资金，按0计" beside her 22万
    iv.ask("funding")
    q = iv.next_question()
    assert q.field == "funding" and "还差 22 万元" in q.render()
    iv.answer("22万是自筹")
    assert iv.form.funding.other == 22


def test_parts_that_add_up_still_get_their_zeros():
    iv = asked_on(TODAY, "funding", BASE)
    iv.answer("一共80万，全是县财政")
    f = iv.form.funding
    assert (f.total, f.current_year, f.carryover, f.other) == (80, 80, 0, 0)
