"""The period inside the form's one year moves with the year she changes (issue 11: the applicant's
years stand, and what depends on a correction follows it). Found by an adaptive clerk who pasted last
year's form and said "年份改成今年的": 预算年度 became 2025 while the period stayed 2024-01…2024-12."""
from __future__ import annotations

import datetime as dt

from tests.interview_helpers import asked_on

TODAY = dt.date(2025, 2, 10)
PASTE = "项目名称 城区公共厕所保洁经费\n主管部门 县城市管理局\n实施期限 2024年1月-2024年12月\n项目资金 52.8万元"


def _pasted(period: str = "2024年1月-2024年12月"):
    iv = asked_on(TODAY, "project_name")
    iv.answer(PASTE.replace("2024年1月-2024年12月", period))
    return iv


def test_the_period_of_last_years_form_moves_with_the_year():
    iv = _pasted()
    assert (iv.form.start, iv.form.end) == ("2024-01", "2024-12")
    reply = iv.answer("年份改成今年的")
    assert iv.form.year == 2025
    assert (iv.form.start, iv.form.end) == ("2025-01", "2025-12")
    assert any("2025-01" in line for line in reply.said)          # said back
    assert iv.provenance.get("start").kind == "computed"          # listed for her to check


def test_months_inside_the_year_keep_their_months():
    iv = _pasted("2024年3月-2024年10月")
    iv.answer("预算年度改成2025年")
    assert (iv.form.start, iv.form.end) == ("2025-03", "2025-10")


def test_a_period_across_years_stays_hers():
    iv = _pasted("2024年7月-2025年6月")
    iv.answer("预算年度改成2025年")
    assert (iv.form.start, iv.form.end) == ("2024-07", "2025-06")


def test_a_period_given_with_the_year_stays_hers():
    iv = asked_on(TODAY, "project_name")
    iv.answer("项目名称 城区公共厕所保洁经费\n预算年度 2026\n实施期限 2025年1月-2025年12月")
    assert (iv.form.start, iv.form.end) == ("2025-01", "2025-12")


def test_the_same_year_again_moves_nothing():
    iv = _pasted()
    iv.answer("预算年度是2024年")
    assert (iv.form.start, iv.form.end) == ("2024-01", "2024-12")
