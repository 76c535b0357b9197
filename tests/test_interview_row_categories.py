"""An indicator goes where its words say, whatever was asked (issue 11: nothing misfiled).

Found by an adaptive clerk (a 农业农村局 clerk filing 农机购置补贴, answering one question behind): "每台补贴不超过5000元"
asked for 满意度 became a 服务对象满意度指标, and "农业机械化率提高2个百分点" became
数量指标「农业机械化率提高百分点数量」=2个 — percentage points read as a count."""
from __future__ import annotations

import pytest

from assistant.interview.rows import read_rows


def rows(text: str, asked: str) -> list[tuple[str, str, str]]:
    return [(r["level2"], r["name"], r["value"]) for r, _ in read_rows(text, asked, [], 2026).rows]


@pytest.mark.parametrize("asked", ["满意度指标", "数量指标", "质量指标", "成本指标"])   # asked for a benefit, it stays one
@pytest.mark.parametrize("text,name,value", [
    ("每台补贴不超过5000元", "每台补贴", "≤5000元"),
    ("人均补助标准不超过600元", "人均补助标准", "≤600元"),
    ("户均奖补3000元", "户均奖补", "3000元"),
])
def test_money_per_thing_is_a_cost(asked, text, name, value):
    got = rows(text, asked)
    assert len(got) == 1 and got[0][0] == "成本指标" and got[0][1] == name and got[0][2].endswith(value.lstrip("≤"))


@pytest.mark.parametrize("asked", ["效益指标", "满意度指标"])
@pytest.mark.parametrize("text,name,value", [
    ("农业机械化率提高2个百分点", "农业机械化率提高", "≥2个百分点"),
    ("贫困发生率下降1.5个百分点", "贫困发生率下降", "≥1.5个百分点"),
])
def test_percentage_points_are_no_count(asked, text, name, value):
    assert rows(text, asked) == [("社会效益指标", name, value)]


@pytest.mark.parametrize("text", ["带动农户增收人均1000元", "人均增收500元"])
def test_income_per_person_stays_a_benefit(text):
    assert rows(text, "效益指标")[0][0] == "经济效益指标"


# "每人次补贴不超过一千五" was stored as ≤1500万元: a unit she never said, made up
@pytest.mark.parametrize("text,name", [("每人次补贴不超过一千五", "每人次补贴"), ("人均补助不超过1500", "人均补助"),
                                       ("亩均补助标准300", "亩均补助标准")])
def test_a_price_without_its_unit_is_asked_not_made_up(text, name):
    import datetime as dt

    from tests.interview_helpers import asked_on
    iv = asked_on(dt.date(2026, 12, 1), "indicators.成本指标")
    reply = iv.answer(text)
    assert all("万元" not in i.value for i in iv.form.indicators)
    assert any("没写单位" in s and name in s for s in reply.said)


@pytest.mark.parametrize("text,value", [("人均补助不超过1500元", "≤1500元"), ("每人次补贴不超过0.15万", "≤0.15万元"),
                                        ("项目总成本不超过120", "≤120万元")])
def test_a_price_with_its_unit_or_a_total_stands(text, value):
    assert [r["value"] for r, _ in read_rows(text, "成本指标", [], 2026).rows] == [value]
