"""A target said as a change against a year named relative to today ("比今年下降10%", "比去年增长两成") is a row
whose name says 上年 when that year is the one before the form's year — never 今年/去年 (refused as talk, so the
whole answer was lost), and never a year the form does not mean (then nothing is stored, as before)."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview
from assistant.interview.rows import compared_year


def _asked(field: str, period: str) -> Interview:
    iv = Interview(today=dt.date(2026, 9, 14))
    iv.opening()
    iv.ask("start")
    iv.answer(period)
    iv.ask(field)
    return iv


@pytest.mark.parametrize("period, said, name, value", [
    ("明年全年", "辖区盗窃警情比今年下降10%", "辖区盗窃警情较上年下降", "10%"),
    ("明年全年", "茶叶产值要比今年提上去两成", "茶叶产值较上年提高", "20%"),
    ("今年全年", "入园游客比去年增长百分之八", "入园游客较上年增长", "8%"),
])
def test_a_change_against_the_year_before_the_form(period, said, name, value):
    iv = _asked("indicators.效益指标", period)
    r = iv.answer(said)
    rows = {i.name: i.value for i in iv.form.indicators}
    assert name in rows and value in rows[name], rows
    assert "answer" in r.acts and "unclear" not in r.acts


def test_a_year_that_is_not_the_one_before_stays_unread():
    # the form is for next year; 去年 is two years before it: no row says it as 上年
    assert compared_year("辖区盗窃警情比去年下降10%", 2026, 2027) == "辖区盗窃警情比去年下降10%"
    assert compared_year("辖区盗窃警情比今年下降10%", 2026, None) == "辖区盗窃警情比今年下降10%"
    iv = _asked("indicators.效益指标", "明年全年")
    iv.answer("辖区盗窃警情比去年下降10%")
    assert not any("较上年" in i.name for i in iv.form.indicators)
