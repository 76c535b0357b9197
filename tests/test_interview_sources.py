"""Where the money comes from, said at the money question ("省里补八十 县里配套四十", "市财政50万 区财政30万"):
several sources and no total fill nothing in silence — neither the first source as the total nor one source
as this year's budget beside another as the total; their sum is offered to confirm and stored on her yes only.
One source, or sources beside a total she said, stay this year's money as before."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview
from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 2)
FORM = {"project_name": "小型水库安全运行管护项目", "unit": "县水利局", "department": "县水利局"}


def _funding(iv):
    return {k: v for k, v in iv.form.funding.model_dump().items() if v is not None}


@pytest.mark.parametrize("said,total,shown", [
    ("省里补八十 县里配套四十", 120, ["省里补80万", "县里配套40万"]),
    ("中央资金80万，本级安排40万", 120, ["中央资金80万", "本级安排40万"]),
    ("市财政50万 区财政30万", 80, ["市财政50万", "区财政30万"]),
    ("上级补助90万，县配套18.5万", 108.5, ["上级补助90万", "县配套18.5万"]),
])
def test_several_sources_without_a_total_are_offered_as_their_sum(said, total, shown):
    iv = asked_on(DAY, "funding", FORM)
    r = iv.answer(said)
    assert _funding(iv) == {}                      # nothing stored before her yes
    text = "\n".join(r.lines())
    assert f"合计 {total:g} 万元" in text and all(s in text for s in shown)
    r = iv.answer("是")
    assert _funding(iv) == {"total": total, "current_year": total, "carryover": 0.0, "other": 0.0}
    assert not [u for u in iv.unconfirmed_numbers() if u.path.startswith("funding")]


def test_a_no_to_the_sum_stores_nothing_and_it_is_not_offered_again():
    iv = asked_on(DAY, "funding", FORM)
    iv.answer("市财政50万 区财政30万")
    iv.answer("不是")
    assert _funding(iv) == {}
    r = iv.answer("市财政50万 区财政30万")
    assert _funding(iv) == {} and "合计 80 万元" not in "\n".join(r.lines())


def test_her_correction_of_the_offered_sum_is_applied():
    iv = asked_on(DAY, "funding", FORM)
    iv.answer("市财政50万 区财政30万")
    iv.answer("不对，还有自筹10万，总共90万")
    f = _funding(iv)
    assert f["total"] == 90 and f["other"] == 10 and f["current_year"] == 80


@pytest.mark.parametrize("said,expect", [
    ("156万，其中省级补助90万，县级安排66万", {"total": 156, "current_year": 156}),
    ("省级补助80万，县配套40万，一共120万", {"total": 120, "current_year": 120}),
    ("本年预算100万，其中省补助60万，县配套40万", {"current_year": 100}),   # never 100 + 60 + 40
])
def test_sources_beside_a_figure_she_said_are_its_parts(said, expect):
    iv = asked_on(DAY, "funding", FORM)
    iv.answer(said)
    f = _funding(iv)
    assert {k: f.get(k) for k in expect} == expect


def test_a_rough_total_and_its_sources_at_the_overview_are_no_overview():
    iv = asked_on(DAY, "overview", FORM)
    r = iv.answer("大概一百二十来万吧 省里补八十 县里配套四十")
    assert not iv.form.overview and "hedge" in r.acts
    assert iv.form.funding.total is None


def test_the_project_she_says_she_files_is_the_name():
    iv = Interview(today=DAY)
    iv.opening()
    iv.answer("你好 我是县水利局的 我们要报那个小型水库安全运行管护的项目")
    assert iv.form.project_name == "小型水库安全运行管护项目"


@pytest.mark.parametrize("said,why", [
    ("0355-6023317", "电话"), ("13912345678", "电话"), ("邮编044000", "编码"), ("编码113001", "编码"),
    ("2130306", "单位"), ("486000", "单位"), ("2027", "年份"), ("晋水发〔2023〕12号", "立项依据"),
])
def test_a_figure_that_is_no_amount_is_never_the_total(said, why):
    """A phone, a code, a document's number or a year at the money question is no amount; a large figure without a unit
    may be 元 or 万元 — asked, never stored as 2130306万元."""
    iv = asked_on(DAY, "funding", FORM)
    r = iv.answer(said)
    assert _funding(iv) == {}
    assert why in "\n".join(r.lines())


@pytest.mark.parametrize("said,total", [("120", 120), ("48.6", 48.6), ("一百二十", 120)])
def test_a_plain_figure_at_the_money_question_is_still_the_total_in_wan(said, total):
    iv = asked_on(DAY, "funding", FORM)
    iv.answer(said)
    assert iv.form.funding.total == total


@pytest.mark.parametrize("unit,total", [("元", 48.6), ("单位是元不是万元", 48.6), ("万元", 486000)])
def test_the_unit_said_after_a_bare_figure_is_its_unit(unit, total):
    iv = asked_on(DAY, "funding", FORM)
    iv.answer("486000")
    assert iv.form.funding.total is None
    iv.answer(unit)
    assert iv.form.funding.total == total


def test_all_of_it_from_one_level_is_this_years_money():
    iv = asked_on(DAY, "overview", FORM)
    iv.answer("在全县12个乡镇各建一处公益性公墓，每处补助15万，总共180万元")
    iv.ask("funding")
    iv.answer("每处补助15万，12处共180万，全是省级补助")
    assert _funding(iv) == {"total": 180, "carryover": 0.0, "other": 0.0, "current_year": 180}


ITEMS_FORM = dict(FORM, funding={"total": 180, "carryover": 0, "current_year": 180, "other": 0}, start="2027-03", end="2027-10",
                  year=2027)


def test_one_line_said_by_count_and_price_is_offered_as_the_line():
    """"12个乡镇每个15万，公墓建设补助" at 预算明细, the total 180万: 12×15万 offered as the one line, stored on her yes."""
    iv = asked_on(DAY, "budget_items", ITEMS_FORM)
    r = iv.answer("12个乡镇每个15万，公墓建设补助")
    assert iv.form.budget_items == [] and "公墓建设补助 180万元" in "\n".join(r.lines())
    iv.answer("是")
    assert [(i.name, i.amount) for i in iv.form.budget_items] == [("公墓建设补助", 180)]


def test_a_product_that_is_not_the_total_is_not_offered():
    iv = asked_on(DAY, "budget_items", ITEMS_FORM)
    r = iv.answer("10个乡镇每个15万，公墓建设补助")
    assert iv.form.budget_items == [] and "150 万元" not in "\n".join(r.lines())
