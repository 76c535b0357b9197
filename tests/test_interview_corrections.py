"""Free corrections (fix.py, turns.py): the row her words name is changed in place, never a new row;
the rest of a correction is never the asked field's answer; a yes that restates figures changes
nothing. Sentences written for these tests, in other words than the dialogues'."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview
from assistant.model import Declaration
from interview_helpers import asked_on

TODAY = dt.date(2025, 6, 3)
FORM = {"project_name": "城区公共厕所保洁经费", "unit": "河西区环卫所", "department": "河西区城管局",
        "overview": "负责城区公厕保洁，共有公厕64座，聘请保洁员40人", "start": "2025-01", "end": "2025-12", "year": 2025,
        "unit_head": "邱明", "unit_phone": "0371-6612345",
        "funding": {"total": 300, "carryover": 0, "current_year": 300, "other": 0},
        "budget_items": [{"name": "保洁员劳务费", "amount": 192, "start": "2025-01", "end": "2025-12"},
                         {"name": "清洁耗材采购", "amount": 60, "start": "2025-01", "end": "2025-12"},
                         {"name": "设施维修", "amount": 48, "start": "2025-01", "end": "2025-12"}],
        "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "保洁公厕数量", "value": "=64座"},
                       {"level1": "产出指标", "level2": "数量指标", "name": "更换感应灯", "value": "=120盏"},
                       {"level1": "产出指标", "level2": "质量指标", "name": "公厕保洁达标率", "value": "≥95%"}]}


def asked(field: str) -> Interview:
    return asked_on(TODAY, field, FORM)


def _items(iv: Interview) -> dict[str, float]:
    return {b.name: b.amount for b in iv.form.budget_items}


def _rows(iv: Interview) -> dict[str, str]:
    return {i.name: i.value for i in iv.form.indicators}


@pytest.mark.parametrize("say", ["耗材那一项改成55，维修改成53", "耗材的钱我抄错了，是55万，维修那个是53万"])
def test_bare_figures_go_to_the_items_her_words_name(say):
    iv = asked("indicators.时效指标")
    r = iv.answer(say)
    assert _items(iv) == {"保洁员劳务费": 192, "清洁耗材采购": 55, "设施维修": 53}
    assert "correction" in r.acts and len(iv.form.indicators) == 3


@pytest.mark.parametrize("say", ["那个感应灯的改成150盏", "感应灯的数量改成150"])
def test_a_row_named_by_part_of_its_name_is_changed_in_place(say):
    iv = asked("indicators.效益指标")
    iv.answer(say)
    assert _rows(iv)["更换感应灯"] == "=150盏"
    assert len(iv.form.indicators) == 3


def test_no_then_a_row_she_named_is_a_correction_not_a_new_row():
    iv = asked("indicators.质量指标")
    r = iv.answer("不对，公厕是六十六座")
    assert _rows(iv)["保洁公厕数量"] == "=66座" and len(iv.form.indicators) == 3
    assert r.acts == ["correction"]


def test_no_then_her_own_row_stays_her_answer():
    iv = asked("indicators.质量指标")
    iv.answer("不对，群众投诉办结率100%")
    assert _rows(iv)["保洁公厕数量"] == "=64座"
    assert any("投诉办结率" in n for n in _rows(iv))


def test_an_ambiguous_figure_is_asked_about_and_nothing_changes():
    iv = asked("indicators.质量指标")
    before = iv.form.to_json()
    r = iv.answer("刚才那个数写错了，是70")
    assert iv.form.to_json() == before
    assert any("没找准" in s or "没听出" in s for s in r.said)


def test_the_rest_of_a_correction_is_never_the_asked_text():
    iv = asked("necessity")
    iv.answer("哦对了刚才人数说错了，保洁员是42个")
    assert iv.form.necessity == ""


def test_a_person_named_with_its_name_word_is_that_person():
    iv = asked("filler")
    r = iv.answer("负责人的姓名打错了，应该是邱敏")
    assert iv.form.unit_head == "邱敏"
    assert iv.form.project_name == FORM["project_name"] and iv.form.filler == ""
    assert "correction" in r.acts


def test_total_follows_when_she_says_so():
    iv = asked("goals.annual")
    r = iv.answer("总额也相应改一下，三百一十万")
    assert iv.form.funding.total == 310
    assert iv.form.goals.annual == [] and "correction" in r.acts


def test_a_yes_that_restates_figures_changes_nothing():
    iv = asked("confirm")
    assert iv.pending.kind == "confirm"
    r = iv.answer("我对了一下：总额310万，劳务费192万，耗材60万，都没问题，确认")
    assert iv.form.funding.total == 300
    assert "correction" not in r.acts and "confirm" in r.acts
    assert any("310" in s and "没有改动" in s for s in r.said)


def test_the_end_alone_when_she_names_the_completion():
    iv = asked("indicators.质量指标")
    iv.answer("时间也改一下，完工是2025年10月不是12月")
    assert (iv.form.start, iv.form.end) == ("2025-01", "2025-10")


def test_a_row_about_timeliness_stays_in_the_asked_quality_category():
    iv = asked("indicators.质量指标")
    iv.answer("设施报修处理及时率98%以上")
    row = next(i for i in iv.form.indicators if i.name == "设施报修处理及时率")
    assert row.level2 == "质量指标"


def test_a_count_named_by_a_general_word_goes_to_the_one_row_in_its_unit():
    form = dict(FORM, indicators=[{"level1": "产出指标", "level2": "数量指标", "name": "服务如厕群众", "value": "=3万人次"},
                                  {"level1": "产出指标", "level2": "质量指标", "name": "公厕保洁达标率", "value": "≥95%"}])
    iv = Interview(Declaration.from_json(form), today=TODAY)
    iv.ask("indicators.时效指标")
    r = iv.answer("前面人数不对，是3.5万人次")
    assert {i.name: i.value for i in iv.form.indicators}["服务如厕群众"] == "=3.5万人次"
    assert iv.form.funding.total == 300 and "correction" in r.acts
