"""The project's attribute said beside another answer, without its label ("2240199，新增项目", "2130505 延续",
"…；新增不是，是延续") names its own field: it is filled as a fact beside the asked answer (the last word she
settled on), where before it was refused as misfiled and asked again. 新增 inside a longer clause ("新增库容")
names nothing."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.interview_helpers import asked_on

DAY = dt.date(2026, 5, 11)


@pytest.mark.parametrize("said, code, attr", [
    ("2240199，新增项目", "2240199", "新增"),
    ("2130505 延续", "2130505", "延续"),
    ("2010350；新增不是，是延续", "2010350", "延续"),
])
def test_attribute_beside_the_code(said, code, attr):
    iv = asked_on(DAY, "function_code")
    reply = iv.answer(said)
    assert sorted(reply.acts) == ["answer", "facts"]
    assert iv.form.function_code == code and iv.form.attribute == attr


def test_new_inside_a_longer_clause_names_nothing():
    iv = asked_on(DAY, "overview")
    iv.answer("改造冷库两座，新增库容3000吨")
    assert iv.form.attribute in ("", None)
