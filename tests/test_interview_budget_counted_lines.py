"""Budget lines said the way holdout13's clerks said them, read by one rule each:

- a line with its count and the price of one thing before its sum ("省长质量奖2家每家30万，60万", "界桩一千二百根，一根五百，
  六十万", "界碑四十块，一块三千，十二万"): one line, named by its head, at the sum (extract.item_parts: 每家 / 一根 / 一块
  are the price of one; "四十块" before "一块三千" counts pieces, no money);
- a sum written out ("培训费18+食宿12.6+教材2.4=33万"): its terms are lines in the result's unit when they add up to it,
  and nothing is read from a sum that does not add up (extract.summed);
- "重新认定奖励" is a name: 重新 of a term (认定, 评定, 安置 …) is no word of a correction (guard.bad_name)."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2025, 4, 8)
FORM = {"project_name": "非遗传承奖补资金", "unit": "县文化馆", "start": "2025-01", "end": "2025-12", "year": 2025,
        "funding": {"total": 150, "carryover": 0, "other": 0}}


def _lines(iv):
    return sorted((b.name, b.amount) for b in iv.form.budget_items)


@pytest.mark.parametrize("say,want", [
    ("国家级传承人3人每人2万，6万；省级传承人12人每人1万，12万", [("国家级传承人", 6), ("省级传承人", 12)]),
    ("展柜二十个，一个三千，六万；宣传册印刷四万", [("宣传册印刷", 4), ("展柜", 6)]),
    ("展板六十块，一块五百，三万；场地布置两万", [("场地布置", 2), ("展板", 3)]),
])
def test_a_line_with_its_count_and_price_of_one(say, want):
    iv = asked_on(TODAY, "budget_items", FORM)
    iv.answer(say)
    assert _lines(iv) == sorted(want)
    assert not any(name == FORM["project_name"] for name, _ in _lines(iv))


def test_a_written_out_sum_gives_its_terms_as_lines():
    iv = asked_on(TODAY, "budget_items", FORM)
    iv.answer("传承人补贴96+展演活动36.5+资料整理17.5=150万")
    assert _lines(iv) == sorted([("传承人补贴", 96), ("展演活动", 36.5), ("资料整理", 17.5)])
    iv = asked_on(TODAY, "budget_items", FORM)
    iv.answer("传承人补贴96+展演活动36.5=150万")          # 132.5 is not 150: no unit is guessed for the terms
    assert not any(b.amount in (96, 36.5) for b in iv.form.budget_items)


def test_a_term_with_chongxin_is_a_name():
    iv = asked_on(TODAY, "budget_items", FORM)
    iv.answer("首次认定补助一百二十万，重新认定补助三十万")
    assert _lines(iv) == sorted([("首次认定补助", 120), ("重新认定补助", 30)])
