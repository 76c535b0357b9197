"""Misfiling guards (issue 11, guarantee 1) tried against answers meant to break them: rows computed
from earlier facts never land in a category that was not asked nor on a turn that said nothing new,
a no to a proposal is never stored as its text, an indicator answer stays in the asked category
unless it names another one."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.rows import read_rows
from assistant.model import category_of
from interview_helpers import asked_on

TODAY = dt.date(2024, 4, 2)


def _with_facts():
    iv = asked_on(TODAY, "overview")
    iv.answer("全镇聘用护林员16个人，每人每月补助1800元")
    assert iv.facts.get("headcount") == 16
    return iv


@pytest.mark.parametrize("says", ["？？？", "嗯", "jjjj", "这个我再想想"])
def test_a_message_with_nothing_new_adds_no_computed_row(says):
    iv = _with_facts()
    iv.form.indicators = []
    iv.ask("indicators.数量指标")
    iv.answer(says)
    assert iv.form.indicators == []


def test_rows_computed_from_earlier_facts_stay_in_the_asked_category():
    iv = _with_facts()
    iv.form.indicators = []
    iv.ask("indicators.数量指标")
    iv.answer("巡护山林面积3.2万亩，巡护天数300天")
    cats = {category_of(i) for i in iv.form.indicators}
    assert cats == {"数量指标"}, [(i.name, i.level2) for i in iv.form.indicators]


@pytest.mark.parametrize("says", ["不用这个", "不要这个了", "不用你写的"])
def test_a_no_to_a_drafted_goal_is_no_goal(says):
    iv = _with_facts()
    q = iv.ask("goals.annual")
    assert q.proposal is not None
    reply = iv.answer(says)
    assert "deny" in reply.acts
    assert iv.form.goals.annual == []


@pytest.mark.parametrize("says", ["门票价格每张不高于20元", "每位老人每月伙食费补贴降到300元以内"])
def test_a_money_value_asked_as_a_benefit_stays_a_benefit(says):
    iv = asked_on(TODAY, "indicators.效益指标")
    iv.answer(says)
    assert iv.form.indicators, "no row read"
    assert all("效益" in i.level1 + i.level2 for i in iv.form.indicators), [(i.name, i.level2) for i in iv.form.indicators]


@pytest.mark.parametrize("text, cat", [("数量指标：巡查河道一百二十公里", "数量指标"), ("时效指标：受理后5个工作日内办结", "时效指标"),
                                       ("成本指标：每公里养护费不超过800元", "成本指标")])
def test_a_category_named_before_the_colon_is_the_rows_category(text, cat):
    got = read_rows(text, "质量指标", [], 2024)
    assert got.rows and all(r["level2"] == cat for r, _ in got.rows), got


FORM = {"project_name": "乡村公路养护", "unit": "县交通运输局", "department": "县交通运输局", "start": "2024-01", "end": "2024-12",
        "year": 2024, "overview": "养护农村公路420公里", "funding": {"total": 100, "carryover": 0, "current_year": 100, "other": 0},
        "budget_items": [{"name": "路面修补", "amount": 60}, {"name": "桥涵维护", "amount": 25}, {"name": "养护人员劳务", "amount": 15}],
        "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "养护里程", "value": "=420公里"}]}


def test_a_slip_fixed_in_the_same_breath_stays_in_her_text_and_changes_nothing_else():
    iv = asked_on(TODAY, "necessity", FORM)
    iv.answer("路面坑槽多 雨季前要补完 一共有38处 哦不是38处是43处 群众反映强烈")
    assert "43处" in iv.form.necessity and "38处" not in iv.form.necessity
    assert iv.form.overview == FORM["overview"]
    assert iv.form.indicators[0].value == "=420公里"


def test_a_skip_then_a_correction_in_a_later_sentence_is_no_text_of_the_skipped_field():
    iv = asked_on(TODAY, "goals.long_term", FORM)
    reply = iv.answer("中长期目标先不写。另外养护里程改成450公里")
    assert iv.form.goals.long_term == []
    assert iv.form.indicators[0].value == "=450公里"
    assert "correction" in reply.acts


@pytest.mark.parametrize("says, want", [
    ("等下 桥涵那个是23万 劳务17万", {"桥涵维护": 23, "养护人员劳务": 17}),
    ("路面修补是580000元不是600000", {"路面修补": 58}),
    ("劳务那项改成170000", {"养护人员劳务": 17}),
])
def test_budget_lines_named_under_a_drafted_goal_are_corrected_not_written_as_the_goal(says, want):
    iv = asked_on(TODAY, "goals.annual", FORM)
    reply = iv.answer(says)
    assert iv.form.goals.annual == []
    got = {b.name: b.amount for b in iv.form.budget_items}
    for name, amount in want.items():
        assert got[name] == pytest.approx(amount)
    assert "correction" in reply.acts and any("已把预算明细" in s for s in reply.said)


def test_a_goal_that_quotes_a_budget_line_is_her_goal_and_changes_no_line():
    iv = asked_on(TODAY, "goals.annual", FORM)
    iv.answer("完成路面修补和桥涵维护，养护里程达到420公里，路况优良率提高到85%以上，投入路面修补60万元")
    assert iv.form.goals.annual
    assert [b.amount for b in iv.form.budget_items] == [60, 25, 15]


def test_a_skip_in_traditional_characters_stores_no_row():
    iv = asked_on(TODAY, "indicators.时效指标")
    reply = iv.answer("跳過吧 這個我真不知道怎麼寫")
    assert iv.form.indicators == []
    assert "skip" in reply.acts
