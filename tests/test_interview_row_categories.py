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
