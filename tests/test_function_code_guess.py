"""The subject offered for a project comes from its own words: a 镇人民政府's street lights are 2120399 (城乡社区公共设施),
not 2080299 because "人民政府" holds the two characters of 民政; on a tie the project's name decides."""
from __future__ import annotations

import pytest

from assistant.interview.questions import guess_function_codes
from assistant.model import Declaration


@pytest.mark.parametrize("unit", ["青石镇人民政府", "东城区人民政府东华门街道办事处", "XX县人民政府"])
def test_people_in_a_government_name_is_no_civil_affairs(unit):
    form = Declaration(project_name="村庄太阳能路灯安装项目", unit=unit, department=unit)
    got = guess_function_codes(form, 3)
    assert got and got[0][0] == "2120399", got
    assert "2080299" not in [c for c, _ in got]


def test_civil_affairs_said_is_still_offered():
    form = Declaration(project_name="社区工作者补贴", unit="县民政局", department="县民政局")
    assert guess_function_codes(form, 1)[0][0] == "2080299"


def test_ethnic_affairs_have_their_subject():
    form = Declaration(project_name="抵边嘎查边民生活补助", unit="川井苏木人民政府", department="旗民族事务委员会")
    assert guess_function_codes(form, 1)[0][0] == "2012399"
