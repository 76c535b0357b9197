"""Two fields said to be the wrong way round change places (swap.py); never stored as the asked field's text."""
import datetime as dt

import pytest

from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 2)
FORM = {"project_name": "乡镇综合文化站免费开放补助", "unit": "县文旅局", "department": "县委宣传部",
        "unit_phone": "0376-4981234", "department_phone": "0376-4985678", "unit_head": "李大山", "department_head": "王老五",
        "start": "2027-12", "end": "2027-01"}


@pytest.mark.parametrize("said, a, b", [
    ("两个电话写反了", "unit_phone", "department_phone"),
    ("单位电话和主管部门电话弄反了", "unit_phone", "department_phone"),
    ("负责人写反了", "unit_head", "department_head"),
    ("单位和主管部门填反了", "unit", "department"),
    ("开始和结束时间颠倒了", "start", "end"),
])
def test_the_two_change_places(said, a, b):
    iv = asked_on(DAY, "overview", FORM)
    reply = iv.answer(said)
    assert (getattr(iv.form, a), getattr(iv.form, b)) == (FORM[b], FORM[a])
    assert not iv.form.overview and "correction" in reply.acts


def test_no_pair_named_moves_nothing_and_asks():
    iv = asked_on(DAY, "overview", FORM)
    reply = iv.answer("写反了")
    assert iv.form.unit_phone == FORM["unit_phone"] and not iv.form.overview
    assert "哪两项" in "".join(reply.said)


def test_an_empty_one_is_not_swapped():
    iv = asked_on(DAY, "overview", dict(FORM, department_phone=""))
    reply = iv.answer("两个电话写反了")
    assert iv.form.unit_phone == FORM["unit_phone"] and not iv.form.department_phone
    assert "还是空的" in "".join(reply.said)


@pytest.mark.parametrize("said, path, value", [
    ("电话号码错了，是0376-4981243，最后两位写反了", "unit_phone", "0376-4981243"),
    ("负责人写反了，是李山大", "unit_head", "李山大"),
])
def test_digits_or_a_name_turned_round_with_the_new_value_is_no_swap(said, path, value):
    iv = asked_on(DAY, "overview", FORM)
    iv.answer(said)
    assert iv.form.department_phone == FORM["department_phone"] and iv.form.department_head == FORM["department_head"]
