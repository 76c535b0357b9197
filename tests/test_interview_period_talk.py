"""The period said again at a text question ("就明年一年", "整个2027年") is no 概况, 必要性 or 依据: with 就/整个 in front
it was stored as the text."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
FORM = {"project_name": "村级公益性岗位补贴", "unit": "河口镇人民政府", "department": "县人力资源和社会保障局",
        "start": "2027-01", "end": "2027-12", "year": 2027}


@pytest.mark.parametrize("field", ["overview", "necessity", "basis"])
@pytest.mark.parametrize("said", ["就明年一年", "整个2027年", "就今年", "就一个年度"])
def test_period_talk_is_no_text(field, said):
    iv = asked_on(TODAY, field, FORM)
    iv.answer(said)
    assert not getattr(iv.form, field)


@pytest.mark.parametrize("said", ["整个村的公益岗位补贴发放", "就补贴公益岗位人员工资"])
def test_words_of_the_work_are_text(said):
    iv = asked_on(TODAY, "overview", FORM)
    iv.answer(said)
    assert iv.form.overview
