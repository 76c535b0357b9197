"""撤回 / 撤销 / 返回 put the last answer's changes back — and now say what was put back ("已撤回刚才的修改：「项目资金总额」
恢复为「36万元」"); before, only "好的，回到上一步。" was said, and a clerk could not tell whether her change was gone."""
from __future__ import annotations

import datetime as dt

from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 3)
FORM = {"project_name": "家庭医生签约服务经费", "department": "县卫生健康局", "unit": "城关镇卫生院",
        "start": "2027-01", "end": "2027-12", "year": 2027,
        "funding": {"total": 36, "carryover": 0, "current_year": 36, "other": 0},
        "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "签约服务人数", "value": "≥8000人"},
                       {"level1": "产出指标", "level2": "质量指标", "name": "重点人群签约率", "value": "≥75%"}]}


def test_an_undone_total_is_said_and_put_back():
    iv = asked_on(DAY, "attribute", FORM)
    iv.answer("总额改成40万")
    r = iv.answer("撤回")
    assert iv.form.funding.total == 36
    assert "「项目资金总额」恢复为「36万元」" in "\n".join(r.lines())
    assert "funding.total" in r.changed


def test_an_undone_deletion_is_said_and_the_row_is_back():
    iv = asked_on(DAY, "attribute", FORM)
    iv.answer("把重点人群签约率那条删了")
    r = iv.answer("撤销刚才那个")
    assert [i.name for i in iv.form.indicators] == ["签约服务人数", "重点人群签约率"]
    assert "重点人群签约率" in "\n".join(r.lines())


def test_going_back_over_nothing_changed_says_nothing_undone():
    iv = asked_on(DAY, "attribute", FORM)
    iv.answer("不知道")
    r = iv.answer("返回")
    assert "已撤回" not in "\n".join(r.lines())
