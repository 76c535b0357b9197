"""Nothing misfiled (issue 11), for kinds of message the twenty-third held-out set showed going astray
(session 15, interview30):

- her words before a colon about what she reads out next ("我对着打印稿念，先念表头那两格：…") are no value of the
  asked field: the labelled facts after the colon go to their fields, the asked one (a name, a 概况) stays empty;
- a figure a scan could not show whole (▯ or � touching its digits) is read as nothing, never as the digits left;
- "N万块" said at a count's question counts pieces: no budget line that shares a word with it is changed;
- a row's name that narrates (昨天 …, 报上来) is no indicator: the reason beside a correction files nothing;
- a remark of hers to a goal's question (a superior calling, the power out, the computer hung) is no goal, also
  when a goal is offered; "对了，…吗？" asks, its 对了 is no yes to the offer;
- "X是一次性的，长期目标不要" is a no to the offered goal with its reason: nothing stored ("不要，我们只做今年" too);
- two people with their titles at the 负责人 question, the one meant named by title: the first of them, a surname
  such as 傅 known as one, and no phone of the other person filed as the unit's;
- a budget line reckoned in clauses ("…42人，每人每月500元，10个月，共21万；…") is that line, never a 成本 row;
- last year's 自评报告 pasted: its title is no name, its amounts, counts and rates none of this year's; its units are.
Sentences here are our own, not the dialogues'.
"""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import TEA_FORM as _TEA, asked_on

TODAY = dt.date(2026, 3, 10)



def test_reading_lead_before_labels_is_no_name():
    iv = asked_on(TODAY, "project_name")
    r = iv.answer("我对着打印稿念，先念表头那两格：主管部门市城管局，实施单位市环卫处")
    assert iv.form.project_name == ""
    assert (iv.form.department, iv.form.unit) == ("市城管局", "市环卫处")
    assert "chatter" in r.acts and "answer" not in r.acts


def test_reading_lead_before_money_is_no_overview():
    iv = asked_on(TODAY, "overview", {"project_name": "环卫车辆更新"})
    r = iv.answer("这格下面是钱，我先报钱：总额三百二十万，上年结转十万，其他资金零")
    assert iv.form.overview == ""
    assert iv.form.funding.total == 320 and iv.form.funding.carryover == 10
    assert "answer" not in r.acts


@pytest.mark.parametrize("said", ["资金总额 2▯6.4万", "总额\ufffd5.5万元", "▯▯资金 17▯"])
def test_unreadable_glyph_in_a_figure_reads_nothing(said):
    iv = asked_on(TODAY, "funding", {"project_name": "环卫车辆更新"})
    r = iv.answer(said)
    assert iv.form.funding.total is None
    assert r.acts == ["unclear"]


def test_pieces_counted_in_wan_kuai_change_no_budget_line():
    form = dict(_TEA, budget_items=[{"name": "标识牌制作", "amount": 35}, {"name": "茶农培训", "amount": 20}])
    iv = asked_on(TODAY, "indicators.数量指标", form)
    iv.answer("标识牌2.6万块")
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("标识牌制作", 35), ("茶农培训", 20)]


def test_reason_beside_a_row_correction_files_no_row():
    iv = asked_on(TODAY, "indicators.质量指标", _TEA)
    iv.answer("对了，东山村昨天又报上来两百亩，改造茶园面积改成3200亩")
    rows = {i.name: i.value for i in iv.form.indicators}
    assert rows.get("改造茶园面积") == "=3200亩"
    assert not any("昨天" in n or "报上来" in n for n in rows)


@pytest.mark.parametrize("said", ["局长刚打电话来催了，我得赶紧弄完", "办公室今天断网，我拿手机热点填的",
                                  "单位打印机又卡死了，等我重启一下", "下周还要迎接市里检查，压力山大"])
def test_remark_to_an_offered_goal_is_no_goal(said):
    iv = asked_on(TODAY, "goals.annual", _TEA)
    assert iv.pending.proposal is not None
    r = iv.answer(said)
    assert not iv.form.goals.annual
    assert r.acts == ["chatter"]


def test_by_the_way_question_is_no_yes_to_the_goal():
    iv = asked_on(TODAY, "goals.long_term", _TEA)
    assert iv.pending.proposal is not None
    r = iv.answer("对了，这张表打印出来要盖章吗？")
    assert not iv.form.goals.long_term
    assert r.acts == ["question"]


def test_no_with_its_reason_stores_no_goal():
    iv = asked_on(TODAY, "goals.long_term", _TEA)
    assert iv.pending.proposal is not None
    r = iv.answer("改造是一次性的，长期目标不要")
    assert not iv.form.goals.long_term
    assert r.acts == ["deny"]
    iv = asked_on(TODAY, "goals.long_term", _TEA)
    r = iv.answer("不要，我们只做今年")          # a no beside a remark of hers: still the no, no remark only
    assert r.acts == ["deny"] and not iv.form.goals.long_term


def test_head_named_by_title_among_two_people():
    iv = asked_on(TODAY, "unit_head", _TEA)
    iv.answer("局长 傅国栋 / 副局长（分管茶叶）潘立新 0591-6623418，负责人写局长")
    assert iv.form.unit_head == "傅国栋"
    assert iv.form.unit_phone != "0591-6623418"


def test_line_reckoned_in_clauses_is_a_budget_line():
    iv = asked_on(TODAY, "budget_items", dict(_TEA, budget_items=[], indicators=[]))
    iv.answer("技术指导员补贴42人，每人每月500元，10个月，共21万；茶苗采购150万；培训宣传89万")
    assert sorted((b.name, b.amount) for b in iv.form.budget_items) == [("培训宣传", 89), ("技术指导员补贴", 21), ("茶苗采购", 150)]
    assert not iv.form.indicators


def test_last_years_self_report_gives_only_its_units():
    iv = asked_on(TODAY, "project_name")
    r = iv.answer("把去年的总结贴过来，你参考：\n2025年度茶园标准化改造项目绩效自评报告\n"
                  "一、基本情况：本项目由县农业农村局主管，县茶叶站具体实施，2025年安排资金230万元，无上年结转。"
                  "全年改造茶园2800亩，培训茶农550人次。\n二、目标完成情况：茶农满意度91.5%。")
    assert iv.form.project_name == ""
    assert (iv.form.department, iv.form.unit) == ("县农业农村局", "县茶叶站")
    assert iv.form.funding.total is None and iv.form.funding.carryover is None
    assert not iv.form.indicators
    assert any("往年" in s for s in r.said)


def test_the_year_of_the_name_changed_by_itself():
    form = {"project_name": "2025年茶园标准化改造项目", "attribute": "新增", "start": "2025-03", "end": "2025-12", "year": 2025,
            "funding": {"total": 230}}
    iv = asked_on(TODAY, "overview", form)
    iv.answer("改的就几处：名字里的年份换成2026，属性改成延续，期限今年3月到11月")
    assert iv.form.project_name == "2026年茶园标准化改造项目"
    assert iv.form.attribute == "延续"
    assert (iv.form.start, iv.form.end) == ("2026-03", "2026-11")


def test_the_words_of_a_change_are_never_the_name():
    iv = asked_on(TODAY, "project_name", {"project_name": "茶园标准化改造"})
    iv.answer("不一样的：名称后缀改成二期")
    assert "改成" not in iv.form.project_name


def test_a_loose_sum_after_a_part_named_is_that_parts():
    iv = asked_on(TODAY, "funding", dict(_TEA, funding={}))
    iv.answer("总额260万，没有结转")
    q = iv.ask("confirm")
    iv.answer("村里自筹核出来了，一共二十万，含在二百六十万里面")
    assert iv.form.funding.total == 260
    assert iv.form.funding.other == 20
