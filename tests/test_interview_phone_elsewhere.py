"""A phone said at a text question is no text: "电话就打我手机吧，13812345678" at 项目概况 was stored as the 项目概况.
It is offered to the empty 联系电话, stored on her yes only."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
FORM = {"project_name": "群众文化惠民演出经费", "unit": "县文化馆", "department": "县文旅局", "unit_head": "张建国",
        "start": "2027-01", "end": "2027-12", "year": 2027, "funding": {"total": 80.0}}


@pytest.mark.parametrize("field", ["overview", "necessity", "basis"])
@pytest.mark.parametrize("said", ["电话就打我手机吧，13812345678", "联系的话打0931-8812345"])
def test_phone_at_a_text_question(field, said):
    iv = asked_on(TODAY, field, FORM)
    r = iv.answer(said)
    assert not getattr(iv.form, field) and not iv.form.unit_phone
    assert r.question is not None and r.question.field == "unit_phone"
    iv.answer("是")
    assert iv.form.unit_phone and iv.form.unit_phone[-4:] in said


def test_a_sentence_with_a_hotline_stays_her_text():
    iv = asked_on(TODAY, "overview", FORM)
    said = "开通12345热线文化服务专线，全年组织送戏下乡60场，惠及群众3万人次，经费80万元"
    iv.answer(said)
    assert iv.form.overview and "送戏下乡" in iv.form.overview


def test_i_filled_it_myself_is_the_filler_only():
    """"我自己填的" at 填报人 was unreadable; at 单位负责人 it says nothing of the head."""
    iv = asked_on(TODAY, "filler", FORM)
    r = iv.answer("我自己填的")
    assert any("您本人" in s for s in r.said)
    iv.answer("刘芳")
    assert iv.form.filler == "刘芳"
    iv = asked_on(TODAY, "department_head", FORM)
    r = iv.answer("我自己填的")
    assert not any("您本人" in s for s in r.said) and not iv.form.department_head
