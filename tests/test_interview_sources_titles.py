"""Reading funding said by its sources and heads said with their office and title (issue 11,
understanding): 上级补助 + 县配套 are this year's money and add up, 捐赠 is other money, 今年/明年预算 is
the year's budget and not the total; "卫健委主任 符志强 0898-…" is the head asked for and that office's phone."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview import answers as A
from assistant.interview.contacts import label
from assistant.interview.extract import funding_fills
from interview_helpers import asked_on

TODAY = dt.date(2024, 5, 6)


def _funding(text: str) -> dict:
    return {f.path.split(".", 1)[1]: f.value for f in funding_fills(A.prep(text), True, {})}


@pytest.mark.parametrize("text, parts", [
    ("上级补助90万，县配套18.5万", [("上级补助", 90), ("县配套", 18.5)]),
    ("省级补助96万，县财政配套24万", [("省级补助", 96), ("县财政配套", 24)]),
])
def test_sources_alone_are_parts_to_add_up_not_a_budget(text, parts):
    """Several sources and nothing else fill no field: their sum is offered to confirm (test_interview_sources.py)."""
    got: list = []
    assert funding_fills(A.prep(text), True, {}, parts=got) == [] and got == parts


@pytest.mark.parametrize("text, want", [
    ("总投资2232万，中央补助1500万，县财政732万，没有结转", {"total": 2232, "current_year": 2232, "carryover": 0}),
    ("总共35万，县财政15万，爱心企业捐赠20万", {"total": 35, "current_year": 15, "other": 20}),
    ("上年结转21万6，今年预算108万", {"carryover": 21.6, "current_year": 108}),
    ("其中上年结转六万，明年预算一百零二万", {"carryover": 6, "current_year": 102}),
])
def test_funding_said_by_its_sources(text, want):
    got = _funding(text)
    assert {k: got.get(k) for k in want} == pytest.approx(want)


def test_a_years_budget_beside_a_carryover_leaves_the_total_to_the_sum():
    iv = asked_on(TODAY, "funding")
    iv.answer("一百零八万元整")
    iv.answer("其中上年结转六万，明年预算一百零二万")
    f = iv.form.funding
    assert (f.total, f.carryover, f.current_year) == (pytest.approx(108), pytest.approx(6), pytest.approx(102))


@pytest.mark.parametrize("text, asked, head, phone", [
    ("卫健委主任 符志强 0898-65338800", "department_head", "符志强", "0898-65338800"),
    ("县政府办主任 卢国平 0859-3221001", "department_head", "卢国平", "0859-3221001"),
    ("管委会常务副主任 龚海 0556-5398001", "department_head", "龚海", "0556-5398001"),
    ("常务副校长 柏玉珍，电话0518-86112345", "unit_head", "柏玉珍", "0518-86112345"),
    ("大队长 宋磊，座机 0512-63015119", "unit_head", "宋磊", "0512-63015119"),
])
def test_a_head_with_office_and_title(text, asked, head, phone):
    iv = asked_on(TODAY, asked)
    iv.answer(text)
    assert getattr(iv.form, asked) == head
    assert getattr(iv.form, asked.replace("_head", "_phone")) == phone


@pytest.mark.parametrize("text", ["卫健委主任叫什么我不清楚", "局长是谁我得问问", "主任不在"])
def test_a_title_before_no_name_is_no_head(text):
    assert "负责人" not in label(text, "department_head")


@pytest.mark.parametrize("text, want", [("水电费两万半", 2.5), ("场地三千半元", 0.35), ("按每画幅0.5元算，480万画幅，240万", 240)])
def test_spoken_halves_and_counts_in_wan(text, want):
    got = [w for _, _, w, _ in A.amounts(A.prep(text))]
    assert got[-1] == pytest.approx(want) and 480 not in got


ITEMS = {"project_name": "老年大学", "year": 2024, "start": "2024-09", "end": "2025-06",
         "funding": {"total": 12, "carryover": 0, "current_year": 12, "other": 0},
         "budget_items": [{"name": "外请老师课时费", "amount": 2.5}, {"name": "教材和教具", "amount": 1.55},
                          {"name": "水电和场地维护", "amount": 3}]}


@pytest.mark.parametrize("says", ["哎哟不对，少了一项，志愿者老师交通补贴四万一千，一共是十二万没错",
                                  "漏了一项：志愿者老师交通补贴4.1万", "忘了一笔，志愿者老师交通补贴41000元"])
def test_a_line_left_out_is_added_and_no_other_line_changes(says):
    iv = asked_on(TODAY, "indicators.数量指标", ITEMS)
    reply = iv.answer(says)
    got = {b.name: b.amount for b in iv.form.budget_items}
    assert got == pytest.approx({"外请老师课时费": 2.5, "教材和教具": 1.55, "水电和场地维护": 3, "志愿者老师交通补贴": 4.1})
    assert not iv.form.indicators and "correction" in reply.acts


@pytest.mark.parametrize("says", ["再加一个，观众人次三万以上", "少了一项，培训人次三万"])
def test_a_row_added_is_no_budget_line(says):
    iv = asked_on(TODAY, "indicators.效益指标", ITEMS)
    iv.answer(says)
    assert [b.name for b in iv.form.budget_items] == ["外请老师课时费", "教材和教具", "水电和场地维护"]


@pytest.mark.parametrize("field, says, want", [
    ("department", "经济开发区管委会", "经济开发区管委会"), ("unit", "实施的是青山镇人民政府", "青山镇人民政府"),
    ("unit", "负责的单位是县林业站", "县林业站"),
])
def test_an_office_as_said(field, says, want):
    iv = asked_on(TODAY, field)
    iv.answer(says)
    assert getattr(iv.form, field) == want


@pytest.mark.parametrize("says, same", [("我们就是教体局自己", True), ("主管部门和实施单位有啥区别呀？我们就是教体局自己", True),
                                        ("主管部门？不太懂 是不是就是我们自己", False)])
def test_we_ourselves_as_the_department_is_the_unit(says, same):
    iv = asked_on(TODAY, "unit")
    iv.answer("县教育体育局")
    iv.ask("department")
    iv.answer(says)
    assert (iv.form.department == "县教育体育局") is same
