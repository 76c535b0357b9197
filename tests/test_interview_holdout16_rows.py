"""Corrections of rows and lines said loosely, never a new row made of leftover words (issue 11, guarantees 1 and 2),
and labels typed as pinyin initials:

- "还是200台" / "按80台配": words that name nothing before a figure make no indicator ("还台数", "按配数量");
- a budget line's name with a counted figure ("水泵改成60台") is no amount of money for that line;
- "<line>那行<amount>" points at a budget line, with its new amount;
- "不不，…刚才看成去年的了" is a correction; a bare figure a row held before ("喷灌还是150") goes back to the row
  that held it, not to an indicator sharing a word;
- "XMDW=…", "BYX补上：…", "TBR 李某": the initials of a label's pinyin stand for the label.
Sentences here are our own, not the dialogues'.
"""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview
from assistant.interview.slips import initials
from assistant.model import Declaration

TODAY = dt.date(2026, 4, 9)


def _form() -> Declaration:
    return Declaration.from_json({
        "project_name": "高标准农田灌溉设施更新", "unit": "县农业农村局",
        "funding": {"total": 400, "carryover": 0, "other": 0, "current_year": 400},
        "budget_items": [{"name": "喷灌设备", "amount": 150}, {"name": "潜水泵", "amount": 200},
                         {"name": "管理费", "amount": 50}],
        "indicators": [{"scope": "annual", "level1": "产出指标", "level2": "数量指标", "name": "更新喷灌设备面积", "value": "=3000亩"},
                       {"scope": "annual", "level1": "产出指标", "level2": "数量指标", "name": "购置潜水泵数量", "value": "=200台"}],
    })


def _asked(field: str) -> Interview:
    iv = Interview(_form(), today=TODAY)
    iv.ask(field)
    return iv


@pytest.mark.parametrize("said", ["不对，还是200台，别的不变", "按80台配"])
def test_words_that_name_nothing_make_no_row(said):
    iv = _asked("indicators.质量指标")
    before = [i.name for i in iv.form.indicators]
    iv.answer(said)
    assert [i.name for i in iv.form.indicators] == before


def test_a_counted_figure_is_no_amount_of_the_line_of_that_name():
    iv = _asked("indicators.质量指标")
    iv.answer("潜水泵改成60台")
    assert [b.amount for b in iv.form.budget_items] == [150, 200, 50]
    assert [i.value for i in iv.form.indicators] == ["=3000亩", "=60台"]     # the one row counted in 台


def test_a_line_pointed_at_with_its_new_amount():
    iv = _asked("indicators.时效指标")
    iv.answer("上面预算那块，潜水泵那行210万，总额410万")
    assert [b.amount for b in iv.form.budget_items] == [150, 210, 50]
    assert [i.name for i in iv.form.indicators] == ["更新喷灌设备面积", "购置潜水泵数量"]
    assert iv.form.funding.total == 410


def test_taken_back_to_the_figure_the_line_held_before():
    iv = _asked("indicators.成本指标")
    iv.answer("喷灌设备改成160万，管理费改成40万")
    assert [b.amount for b in iv.form.budget_items] == [160, 200, 40]
    r = iv.answer("不不，喷灌还是150，管理费50，刚才看成去年的预算了")
    assert [b.amount for b in iv.form.budget_items] == [150, 200, 50]
    assert not any(i.level2 == "成本指标" for i in iv.form.indicators)
    assert "correction" in r.acts


@pytest.mark.parametrize("typed,meant", [
    ("XMDW=县水利局；ZGBM：县政府", "项目单位=县水利局；主管部门：县政府"),
    ("BYX补上：灌区老化", "必要性补上：灌区老化"),
    ("TBR 办公室 李某", "填报人 办公室 李某"),
    ("HJ 91.1-2019", "HJ 91.1-2019"),          # a standard's number, no label
    ("LED灯具", "LED灯具"),
])
def test_pinyin_initials_stand_for_a_label(typed, meant):
    assert initials(typed) == meant


def test_a_text_under_initials_goes_to_its_field():
    iv = Interview(today=TODAY)
    iv.opening()
    iv.ask("goals.long_term")
    iv.answer("BYX补上：灌区设施老化，漏损严重，农户灌溉难")
    assert "漏损严重" in iv.form.necessity
    assert not iv.form.goals.long_term
