"""Official wording (holdout11 reserve_forest_official_style): "实施单位为县国有林场" was met with "不像单位名称"
(a 林场 is a unit of its own, as are 农场/良种场/苗圃), and "主管部门系县林业局" stored "系县林业局" (系 is the
copula of official prose, like 为). A 系统/系列 after a label stays part of the value."""
import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2024, 3, 1)


@pytest.mark.parametrize("says, unit", [("实施单位为县国有林场", "县国有林场"), ("县国有林场", "县国有林场"),
                                        ("我们是市原种场", "市原种场"), ("项目单位系县林木种苗站", "县林木种苗站")])
def test_a_farm_or_forest_unit_is_a_unit(says, unit):
    iv = asked_on(TODAY, "unit")
    reply = iv.answer(says)
    assert iv.form.unit == unit and "answer" in reply.acts


@pytest.mark.parametrize("says", ["主管部门系县林业局", "主管部门为县林业局"])
def test_the_official_copula_is_not_part_of_the_name(says):
    iv = asked_on(TODAY, "department", {"unit": "县国有林场"})
    iv.answer(says)
    assert iv.form.department == "县林业局"


def test_a_market_is_still_not_taken_for_a_unit():
    iv = asked_on(TODAY, "unit")
    iv.answer("农贸市场")
    assert iv.form.unit in (None, "")


@pytest.mark.parametrize("says, name", [("项目名称系统运维经费", "系统运维经费"), ("项目名称系列讲座经费", "系列讲座经费")])
def test_a_system_after_a_label_stays_in_the_value(says, name):
    iv = asked_on(TODAY, "project_name")
    iv.answer(says)
    assert iv.form.project_name == name
