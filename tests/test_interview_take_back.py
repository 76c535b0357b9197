"""Taking a correction back, and corrections said at a question about a name:
- "不对不对，还是原来那个" puts back the values her last change replaced (35万 → 30万 and what followed it), said
  as every change is; a value given for the first time has no 原来 to go back to (said); it is never stored as the
  asked text (it was stored as the 立项依据);
- "护坡说错了，是4处" at the 项目名称/项目单位/负责人 question corrects the row it names (it was stored as the
  项目名称 "4处"); a count alone is never a name."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize("says", ["还是原来那个", "不对不对，还是原来那个", "算了，还是按原来的", "还是之前的吧"])
def test_the_last_change_is_taken_back(says):
    iv = asked_on(TODAY, "funding")
    iv.answer("总共30万")
    iv.ask("basis")
    iv.answer("不对，总额是35万")
    assert iv.form.funding.total == 35
    said = "\n".join(iv.answer(says).lines())
    assert iv.form.funding.total == 30
    assert not iv.form.basis
    assert "「项目资金总额」从「35万元」改为「30万元」" in said


def test_nothing_to_go_back_to():
    iv = asked_on(TODAY, "basis")
    iv.answer("《县农村供水工程运行管理办法》")
    iv.ask("necessity")
    said = "\n".join(iv.answer("还是原来那个").lines())
    assert not iv.form.necessity
    assert "没有“原来的”" in said


@pytest.mark.parametrize("field", ["project_name", "unit", "unit_head", "attribute"])
def test_a_row_correction_at_a_name_question(field):
    iv = asked_on(TODAY, "indicators.数量指标")
    iv.answer("河道清淤5000米，护坡3处")
    iv.ask(field)
    iv.answer("护坡说错了，是4处")
    rows = {i.name: i.value for i in iv.form.indicators}
    assert rows["护坡"] == "=4处"
    assert getattr(iv.form, field) in ("", None)


@pytest.mark.parametrize("says", ["4处", "12个人", "三处"])
def test_a_count_is_no_name(says):
    iv = asked_on(TODAY, "project_name")
    iv.answer(says)
    assert not iv.form.project_name


def test_a_name_said_again_at_its_own_question_is_still_a_name():
    iv = asked_on(TODAY, "project_name")
    iv.answer("名字说错了，是2027年社区矫正经费")
    assert iv.form.project_name == "2027年社区矫正经费"
