"""Last year's form pasted, then her own period for this one: 预算年度 follows the period she gives — never the
pasted 2020 beside her 2027 dates (issue 11, "the applicant's years stand")."""
from __future__ import annotations

import datetime as dt

from assistant.interview.engine import Interview

PASTED = ("项目支出绩效目标申报表（2020年度）\n项目名称 | 乡村学校少年宫运行补助 | 主管部门 | 县教育局 |\n"
          "实施单位 | 县青少年活动中心 | 项目属性 | 延续 |\n项目期限 | 2020年1月至2020年12月 |\n"
          "项目资金 | 年度资金总额 | 25 | 其中：财政拨款 | 25 |\n")


def _pasted() -> Interview:
    iv = Interview(today=dt.date(2026, 12, 2))
    iv.opening()
    iv.answer(PASTED)
    assert (iv.form.year, iv.form.start) == (2020, "2020-01")
    return iv


def test_her_period_after_a_pasted_form_moves_its_year():
    iv = _pasted()
    said = "\n".join(iv.answer("这是去年的表，时间改成2027年1月到12月").lines())
    assert (iv.form.year, iv.form.start, iv.form.end) == (2027, "2027-01", "2027-12")
    assert "「预算年度」从「2020」改为「2027」" in said


def test_a_year_she_states_herself_is_kept_when_the_period_changes():
    iv = _pasted()
    iv.answer("改一下：预算年度是2026年")
    iv.answer("改一下：时间改成2027年1月到12月")
    assert iv.form.year == 2026
