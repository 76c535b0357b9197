"""A project of several years' money said as the whole and each year's part ("总投资100万，2026年40万，2027年60万" for a
2027 form): the whole is the total, the form's year's part is this year's budget (60万) — it was ignored and the budget
computed as 100万, against her figure. Another year's part is said back, never stored. A year's figure with no whole
beside it is still the answer."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "老旧小区加装电梯补助", "unit": "城南街道办事处", "department": "区住房和城乡建设局",
        "start": "2027-01", "end": "2027-12", "year": 2027}


@pytest.mark.parametrize("said", ["项目总投资100万，其中2026年安排40万，2027年安排60万", "总投资100万，今年40万，明年60万"])
def test_the_forms_year_is_this_years_budget(said):
    iv = asked_on(TODAY, "funding", BASE)
    iv.answer(said)
    f = iv.form.funding
    assert (f.total, f.current_year) == (100.0, 60.0)


def test_one_years_figure_alone_is_the_total():
    iv = asked_on(TODAY, "funding", BASE)
    iv.answer("去年是19.8万，明年是21.6万")
    assert iv.form.funding.total == 21.6
