"""What only one empty field can be, said at another question, is offered there and stored on her yes only: a
period with its year ("2027年" at 项目属性: both ends), 新增/延续 said as "新的" (issue 11: never put elsewhere,
never lost)."""
from __future__ import annotations

import datetime as dt

from assistant.interview.engine import Interview


def _at_attribute() -> Interview:
    iv = Interview(today=dt.date(2026, 12, 3))
    iv.opening()
    for said in ("老年人助餐服务补贴", "区民政局", "同上", "给全区老人助餐", "2081002"):
        iv.answer(said)
    assert iv.next_question().field == "attribute"
    return iv


def test_a_year_at_another_question_is_offered_as_the_whole_period():
    iv = _at_attribute()
    iv.answer("2027年")
    assert not iv.form.start and not iv.form.attribute
    q = iv.next_question()
    assert q.field == "start" and "2027-01 至 2027-12" in q.render()
    iv.answer("是")
    assert (iv.form.start, iv.form.end, iv.form.year) == ("2027-01", "2027-12", 2027)
    assert iv.next_question().field == "attribute"


def test_a_period_turned_down_is_not_stored():
    iv = _at_attribute()
    iv.answer("明年")
    iv.answer("不是")
    assert not iv.form.start and not iv.form.end


def test_xin_de_at_another_question_is_offered_as_the_attribute():
    iv = _at_attribute()
    iv.answer("跳过")
    q = iv.next_question()
    assert q.field == "start"
    iv.answer("新的")
    assert not iv.form.attribute and not iv.form.start
    q = iv.next_question()
    assert q.field == "attribute" and "新增" in q.render()
    iv.answer("是")
    assert iv.form.attribute == "新增"


def test_a_figure_said_at_an_offer_of_rows_is_read_not_a_crash():
    iv = Interview(today=dt.date(2026, 12, 3))
    iv.opening()
    for said in ("禁毒宣传经费", "县禁毒办", "同上", "在全县开展禁毒宣传进校园、进社区活动", "2040199", "延续", "明年全年",
                 "县禁毒委年度工作要点", "毒品危害宣传不足", "30万，全是县财政", "宣传品印制18万，活动组织12万"):
        iv.answer(said)
    while iv.next_question().field != "indicators.成本指标":
        iv.answer("跳过")
    iv.answer("活动在明年10月底前全部完成")
    q = iv.next_question()
    assert q.kind == "rows"
    reply = iv.answer("48.6万")                    # neither yes nor no, nor a row: asked again, nothing stored
    assert reply.question is not None
    assert not [i for i in iv.form.indicators if "48.6" in i.value]
