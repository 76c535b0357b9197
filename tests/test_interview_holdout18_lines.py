"""Lines, rows and names put right the ways the eighteenth set's clerks put them (issue 11): words put before or after a
name ("项目名称前面加上2025年"), lines named with their 大写 amounts and her working in brackets, a line's amount with
its count × price in brackets ("72万（120台×0.6万）": the amount, and nothing when the product does not give it), and
one row of a category pointed at by her words and its unit ("数量那条改一下，受益户是110户"). Sentences here are our own.
"""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_after

TODAY = dt.date(2025, 2, 17)
_GYM = (("project_name", "社区健身广场建设"), ("unit", "县体育事业发展中心"), ("funding", "总额150万，无结转，无其他"))


def test_words_put_before_and_after_a_name():
    iv = asked_after(TODAY, "department", *_GYM)
    r = iv.answer("县文化广电体育和旅游局。对了，项目名称前面加上2025年")
    assert iv.form.department == "县文化广电体育和旅游局" and iv.form.project_name == "2025年社区健身广场建设"
    assert "correction" in r.acts
    iv.ask("overview")
    iv.answer("项目名称后面加上（一期）")
    assert iv.form.project_name == "2025年社区健身广场建设（一期）"


def test_lines_with_their_capital_amounts_and_a_remark_on_the_row():
    iv = asked_after(TODAY, "indicators.质量指标", *_GYM, ("budget_items", "场地硬化80万，健身器材购置50万，照明设施安装20万"))
    r = iv.answer("刚才明细第三项我看错行了，照明设施是贰拾伍万元（25万），健身器材是肆拾伍万元（45万）")
    assert r.acts == ["correction"]
    assert {b.name: b.amount for b in iv.form.budget_items} == {"场地硬化": 80, "健身器材购置": 45, "照明设施安装": 25}
    assert not iv.form.indicators


def test_a_lines_working_in_brackets():
    iv = asked_after(TODAY, "budget_items", *_GYM)
    iv.answer("场地硬化78万，健身器材采购72万（120套×0.6万）")
    assert {b.name: b.amount for b in iv.form.budget_items} == {"场地硬化": 78, "健身器材采购": 72}
    iv = asked_after(TODAY, "budget_items", *_GYM)
    iv.answer("场地硬化75万，健身器材采购75万（120套×0.6万）")      # the product gives 72万: asked, nothing stored
    assert iv.form.budget_items == []


def test_one_row_of_a_category_by_her_words_and_unit():
    iv = asked_after(TODAY, "indicators.时效指标", *_GYM, ("indicators.数量指标", "新建健身广场12个，受益群众户数1200户"))
    r = iv.answer("数量那条改一下，受益户是1100户，12是广场个数")
    assert r.acts == ["correction"]
    assert {i.name: i.value for i in iv.form.indicators}.get("受益群众户数") == "=1100户"


def test_a_value_typed_with_spaces_keeps_its_unit():
    iv = asked_after(TODAY, "indicators.时效指标", *_GYM)
    iv.answer("报修后到场时间  ≤ 4 小时")
    assert [i.value for i in iv.form.indicators] == ["≤4小时"]


@pytest.mark.parametrize("field,said,act", [
    ("confirm", "经核对，未发现问题", "confirm"),
    ("indicators.满意度指标", "本项不设", "skip"),
])
def test_a_formal_register(field, said, act):
    iv = asked_after(TODAY, field, *_GYM)
    assert iv.answer(said).acts == [act]
