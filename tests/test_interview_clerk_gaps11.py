"""Gaps adaptive clerks found, each a general rule:

- keycap and circled numbers are picks ("2️⃣", "选②", "①②" = "1、2"), and circled numbers before text are bullets;
- "跟总额一样" / "和总预算一致" at the 成本指标 question is the whole-cost row (the 一 of 一样 is no figure);
- 「每人」 from "每人每月一回" is no indicator: a name that is only a distributive, beside a value with no figure;
- the phrases of "还是原来那个" are restore.RESTORE's, also where got reads a non-answer;
- the pasted form's notice names fields by the lexicon's labels."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 8, 19)
FORM = {"project_name": "农村公益电影放映", "unit": "县农村数字电影放映管理站",
        "overview": "全县312个行政村每村每月放映1场，全年3744场，每场补助200元",
        "funding": {"total": 74.88, "current_year": 74.88, "carryover": 0, "other": 0}}


def _rows(iv):
    return [(i.name, i.value) for i in iv.form.indicators]


def _picked(say):
    iv = asked_on(TODAY, "indicators.质量指标", FORM)
    reply = iv.answer(say)
    return reply.acts, _rows(iv)


@pytest.mark.parametrize("say,same", [("2️⃣", "2"), ("选②", "选2"), ("①②", "1、2"), ("1️⃣2️⃣", "1、2")])
def test_keycap_and_circled_numbers_are_picks(say, same):
    acts, rows = _picked(say)
    assert (acts, rows) == _picked(same)
    assert "choice" in acts and rows


def test_circled_numbers_before_text_are_bullets():
    from assistant.interview.slips import marks
    assert marks("① 修复湿地面积≥1200亩 ② 水质监测点4个") == "修复湿地面积≥1200亩；水质监测点4个"


@pytest.mark.parametrize("say", ["跟总额一样", "和总预算一致"])
def test_the_cost_said_as_the_same_as_the_total(say):
    iv = asked_on(TODAY, "indicators.成本指标", FORM)
    iv.answer(say)
    assert _rows(iv) == [("项目总成本", "≤74.88万元")]
    assert any(u.path.startswith("indicators") for u in iv.unconfirmed_numbers())


@pytest.mark.parametrize("field", ["indicators.数量指标", "indicators.时效指标"])
def test_each_person_is_no_indicator(field):
    iv = asked_on(TODAY, field, FORM)
    iv.answer("探访老人1240人，每人每月一回")
    assert "每人" not in [n for n, _ in _rows(iv)]


def test_a_rate_per_unit_keeps_its_name():
    iv = asked_on(TODAY, "indicators.成本指标", FORM)
    iv.answer("每场≤200元")
    assert ("每场成本", "≤200元") in _rows(iv)      # (the distributive named as that thing's cost: test_interview_plain_voice)


@pytest.mark.parametrize("say", ["不对，还是原来那个", "还是原来的吧", "就用之前的"])
def test_going_back_to_the_old_value_is_no_answer_anywhere(say):
    from assistant.interview.got import NON_ANSWER
    from assistant.interview.restore import asks
    assert asks(say) and NON_ANSWER.match(say)


def test_the_pasted_forms_notice_uses_the_lexicons_labels():
    from assistant.interview import fields as F
    from assistant.interview.pasted import _labels
    assert _labels(["funding.carryover", "budget_items", "start", "start"]) == \
        f"「{F.label('funding.carryover')}」、「预算明细」、「{F.label('start')}」"


ITEMS = {"project_name": "城区积水点改造", "unit": "市排水管理处",
         "funding": {"total": 300, "current_year": 300, "carryover": 0, "other": 0},
         "budget_items": [{"name": "管网改造", "amount": 200}, {"name": "泵站", "amount": 100}],
         "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "改造积水点数量", "value": "=12个"}]}


@pytest.mark.parametrize("say,amount", [("泵站少报了五万", 105), ("泵站那项多算了20000元", 98)])
def test_a_budget_line_corrected_by_a_difference(say, amount):
    iv = asked_on(TODAY, "indicators.满意度指标", ITEMS)
    reply = iv.answer(say)
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("管网改造", 200), ("泵站", amount)]
    assert "budget_items[1].amount" in [u.path for u in iv.unconfirmed_numbers()]    # computed: to confirm
    assert any("100万元" in s and f"{amount}万元" in s for s in reply.said), reply.said


def test_a_difference_with_no_line_named_changes_nothing():
    iv = asked_on(TODAY, "indicators.满意度指标", ITEMS)
    iv.answer("少报了五万")
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("管网改造", 200), ("泵站", 100)]


def test_kuai_is_wan_after_she_said_her_money_is_in_wan():
    iv = asked_on(TODAY, "funding", {"project_name": "农田灌溉机井建设", "unit": "王集镇水务站"})
    reply = iv.answer("单位是万元")
    assert reply.acts == ["chatter"] and not iv.form.unit.endswith("万元") and iv.form.funding.total is None
    assert reply.question.field == "funding"
    iv.answer("一百六十块")
    assert iv.form.funding.total == 160
    iv.ask("budget_items")
    iv.answer("打井八十块，水泵四十块，配电四十块")
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("打井", 80), ("水泵", 40), ("配电", 40)]


def test_the_unit_she_declared_is_kept_with_the_draft():
    from assistant.interview.engine import Interview
    iv = asked_on(TODAY, "funding", {"project_name": "农田灌溉机井建设"})
    iv.answer("单位是万元")
    again = Interview.from_state(iv.to_state())
    again.ask("funding")
    again.answer("一百六十块")
    assert again.form.funding.total == 160


def test_kuai_without_a_declared_unit_is_yuan():
    iv = asked_on(TODAY, "funding", {"project_name": "农田灌溉机井建设"})
    iv.answer("426000块")
    assert iv.form.funding.total == 42.6


WELLS = {"project_name": "农田灌溉机井建设", "unit": "王集镇水务站", "funding": {"total": 160, "current_year": 160, "carryover": 0, "other": 0}}


@pytest.mark.parametrize("say,lines", [
    ("一半打井，剩下的一半买水泵一半配电", [("打井", 80), ("水泵", 40), ("配电", 40)]),
    ("一半买设备，剩下的发补贴", [("设备", 80), ("补贴", 80)]),
    ("30%用于培训，70%买设备", [("培训", 48), ("设备", 112)]),
])
def test_a_budget_in_shares_is_computed_and_listed_to_confirm(say, lines):
    iv = asked_on(TODAY, "budget_items", WELLS)
    reply = iv.answer(say)
    assert [(b.name, b.amount) for b in iv.form.budget_items] == lines
    assert {f"budget_items[{k}].amount" for k in range(len(lines))} <= {u.path for u in iv.unconfirmed_numbers()}
    assert any("算出" in s for s in reply.said)


def test_amounts_she_states_after_the_shares_are_hers():
    iv = asked_on(TODAY, "budget_items", WELLS)
    iv.answer("一半打井，剩下的一半买水泵一半配电")
    iv.ask("budget_items")
    iv.answer("具体是：打井80万，水泵40万，配电40万")
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("打井", 80), ("水泵", 40), ("配电", 40)]
    assert not [u for u in iv.unconfirmed_numbers() if u.path.startswith("budget_items")]


@pytest.mark.parametrize("say", ["一半买设备", "一半买设备，一半发补贴，三成培训"])
def test_shares_that_do_not_make_the_whole_store_nothing(say):
    iv = asked_on(TODAY, "budget_items", WELLS)
    reply = iv.answer(say)
    assert not iv.form.budget_items
    assert reply.question.field == "budget_items"


def test_shares_without_a_total_ask_for_it():
    iv = asked_on(TODAY, "budget_items", {"project_name": "农田灌溉机井建设"})
    reply = iv.answer("一半买设备，剩下的发补贴")
    assert not iv.form.budget_items
    assert any("总额" in s for s in reply.said)


def test_the_filler_is_me_then_my_name():
    iv = asked_on(TODAY, "filler", WELLS)
    reply = iv.answer("填报人写我")
    assert not iv.form.filler and any("名字" in s for s in reply.said)
    assert reply.question.field == "filler"
    iv.answer("我叫杨柳")
    assert iv.form.filler == "杨柳"


def test_the_filler_is_me_with_my_name_in_the_same_breath():
    iv = asked_on(TODAY, "filler", WELLS)
    iv.answer("填报人就是我，杨柳")
    assert iv.form.filler == "杨柳"


@pytest.mark.parametrize("field,say", [("indicators.满意度指标", "将近百分之九十吧"),
                                       ("indicators.满意度指标", "老人满意度大概九成多吧，没测过"),
                                       ("indicators.效益指标", "带动农户增收，户均大概增收三千多")])
def test_a_rough_figure_at_an_indicator_is_asked_exactly_and_nothing_else(field, say):
    iv = asked_on(TODAY, field, WELLS)
    reply = iv.answer(say)
    assert reply.acts == ["hedge"] and not iv.form.indicators
    assert any("约数" in s for s in reply.said) and not any("没能" in s or "不像" in s for s in reply.said)
