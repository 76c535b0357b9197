"""A target said at a money or free-text question is no value of that field (issue 11: nothing misfiled,
nothing invented).

Found by an adaptive clerk (a 街道办 clerk filing 老旧小区加装电梯补助, answering one question behind):
"居民满意度九成以上" at the funding question became 本年度预算 9万元 and replaced the 300万元 she had given —
九成 read as the amount 9; "年底前完工" was stored as 立项依据 and "每台补助标准20万元" as 必要性及可行性."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.interview_helpers import asked_on

TODAY = dt.date(2026, 12, 1)


def _with_total(field: str):
    iv = asked_on(TODAY, "funding.total")
    iv.answer("三百万")
    assert iv.form.funding.total == 300
    iv.ask(field)
    return iv


@pytest.mark.parametrize("field", ["funding", "funding.carryover", "funding.other", "funding.current_year"])
@pytest.mark.parametrize("text", ["居民满意度九成以上", "九成", "受益群众满意率八成五", "惠及居民600户",
                                  "覆盖12个社区", "满意度95%"])
def test_no_amount_from_a_share_or_a_count(field, text):
    iv = _with_total(field)
    before = iv.form.funding.model_dump()
    reply = iv.answer(text)
    assert iv.form.funding.model_dump() == before, reply.lines()
    assert not {c for c in reply.changed if c.startswith("funding")}


@pytest.mark.parametrize("text", ["居民满意度九成以上", "服务对象满意率95%"])
def test_an_indicator_at_the_funding_question_is_said_to_be_one(text):
    iv = _with_total("funding")
    reply = iv.answer(text)
    assert any("像是一条绩效指标" in line for line in reply.lines())


@pytest.mark.parametrize("text", ["结转九万", "上年结转9"])
def test_an_amount_is_still_read(text):
    iv = _with_total("funding.carryover")
    iv.answer(text)
    assert iv.form.funding.carryover == 9


@pytest.mark.parametrize("field", ["basis", "necessity", "unit_functions"])
@pytest.mark.parametrize("text", ["年底前完工", "10月底前全部完成", "明年6月前竣工", "每台补助标准20万元", "每户补贴3000元",
                                  "人均补助1500元"])
def test_a_deadline_or_a_price_is_no_document_or_reason(field, text):
    iv = asked_on(TODAY, field)
    reply = iv.answer(text)
    assert getattr(iv.form, field) in ("", None), reply.lines()
    assert any("像是一条绩效指标" in line for line in reply.lines()) or (   # or offered to its category, on her yes only
        reply.question is not None and reply.question.field.startswith("indicators.") and "没有当作" in reply.question.text)
    assert not iv.form.indicators


@pytest.mark.parametrize("field,text", [
    ("basis", "县政府2026年第5次常务会议纪要"),
    ("basis", "《老旧小区加装电梯实施办法》（深建规〔2025〕3号）"),
    ("necessity", "群众上下楼难，年底前完工能解决老人出行问题"),
    ("necessity", "每台补助标准20万元已经区政府同意，资金有保障"),
    ("unit_functions", "负责街道辖区的城市管理和社区服务"),
])
def test_sentences_with_such_words_are_still_stored(field, text):
    iv = asked_on(TODAY, field)
    iv.answer(text)
    assert getattr(iv.form, field)


def test_a_label_on_the_next_line_is_no_measure_word():
    """'380\\n本年财政拨款…': 本 begins the next label, it is not the measure word of 380 (books)."""
    iv = asked_on(TODAY, "funding")
    iv.answer("资金总额：380\n本年财政拨款：300\n其他资金：80")
    assert (iv.form.funding.total, iv.form.funding.current_year, iv.form.funding.other) == (380, 300, 80)
