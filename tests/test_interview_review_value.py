"""A question about one value the check found wrong ("指标「工程验收合格率」的值「≥120%」超出0–100%…请写出正确的指标值"):
"写错了，应该是100%" is that value (it was asked which of four rates she meant), and "单价那个，每平方米200元左右吧" — words
about another row — is never stored as the asked row's value (it became 「工程验收合格率」：单价那个)."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from assistant.interview.engine import Interview
from assistant.model import Declaration

FORM = json.loads((Path(__file__).parent / "fixtures" / "corpus" / "dev11-005-road.json").read_text(encoding="utf-8"))["form"]
DAY = dt.date(2026, 12, 4)


def _opened() -> Interview:
    iv = Interview(Declaration.from_json(FORM), today=DAY)
    iv.opening()
    assert iv.pending.field == "indicators:工程验收合格率" and iv.pending.kind == "value"
    return iv


def _value(iv: Interview, name: str) -> str:
    return next(i.value for i in iv.form.indicators if i.name == name)


@pytest.mark.parametrize("said", ["写错了，应该是100%", "不对，应该是100%", "这个填错了，是100%"])
def test_a_correction_unnamed_is_the_asked_value(said):
    iv = _opened()
    iv.answer(said)
    assert _value(iv, "工程验收合格率").endswith("100%")


@pytest.mark.parametrize("said", ["单价那个，每平方米200元左右吧", "单价那个我再问问", "满意度那个"])
def test_words_about_another_row_are_no_value_of_the_asked_one(said):
    iv = _opened()
    iv.answer(said)
    assert _value(iv, "工程验收合格率") in ("≥120%",), iv.form.indicators


def test_another_row_named_with_its_value_goes_there():
    iv = _opened()
    iv.answer("满意度写错了，应该是90%")
    assert _value(iv, "沿线群众满意度") == "≥90%" and _value(iv, "工程验收合格率") == "≥120%"


@pytest.mark.parametrize("said", ["不改了", "保持原样", "就这么写吧", "不用改"])
def test_keep_as_is_at_a_flagged_value_moves_on(said):
    iv = _opened()
    iv.answer("写错了，应该是100%")
    q = iv.pending
    assert q.field == "indicators:沿线群众满意度"
    r = iv.answer(said)
    assert _value(iv, "沿线群众满意度") == "≥70%"
    assert iv.pending is None or iv.pending.field != q.field, r.lines()
    assert any("保持不变" in line for line in r.lines())


def test_either_is_fine_at_a_flagged_value_says_what_to_do():
    iv = _opened()
    iv.answer("写错了，应该是100%")
    r = iv.answer("都行")
    assert _value(iv, "沿线群众满意度") == "≥70%"
    assert not any("推荐过" in line for line in r.lines()) and any("不改了" in line for line in r.lines()), r.lines()


@pytest.mark.parametrize("said, value", [("每平方米200元", "≤200元/平方米"), ("两百块一平", "≤200元/平方米"),
                                         ("200元每平方米", "≤200元/平方米"), ("57元/方", "≤57元/方")])
def test_a_price_of_one_keeps_what_it_is_of(said, value):
    iv = _opened()
    iv.answer("写错了，应该是100%")
    iv.answer("满意度写错了，应该是90%")
    assert iv.pending.field == "indicators:路面修补单价"
    iv.answer(said)
    assert _value(iv, "路面修补单价") == value
