"""The final check of numbers she never said, and what a clerk's free words there mean (issue 11: no loops, a free
correction at a confirmation step is applied; nothing misfiled).

Found by an adaptive clerk (a 环卫处 clerk filing 城区公厕提质改造): "今天" at the check of a 填报日期 computed from
today was "请回复确认" twice and then set aside; "今天" and "3月9日" were taken as 项目名称; "我们是市城管局环卫处" was
filed as 市城管局; "每座大概8万" was asked back as the 项目资金总额; one count said twice made two rows."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from assistant.interview.engine import Interview
from assistant.model import Declaration
from tests.interview_helpers import asked_on

TODAY = dt.date(2026, 3, 10)
SEED = Path(__file__).parent / "fixtures" / "seed-wuhai-2020.json"


def at_the_check() -> Interview:
    """A whole form whose 填报日期 she gave as 今天: the final check lists that computed date."""
    d = json.loads(SEED.read_text(encoding="utf-8"))
    d["fill_date"] = ""
    iv = Interview(Declaration.from_json(d), today=TODAY)
    iv.opening()
    iv.ask("fill_date")
    iv.answer("今天")
    for _ in range(40):
        q = iv.next_question()
        if q is None or q.kind == "confirm":
            break
        iv.answer("跳过")
    assert q is not None and q.kind == "confirm" and q.field == "fill_date"
    return iv


@pytest.mark.parametrize("text", ["今天", "就是今天", "2026年3月10日"])
def test_the_same_value_confirms_it(text):
    iv = at_the_check()
    reply = iv.answer(text)
    assert iv.form.fill_date == "2026-03-10"
    assert not iv.unconfirmed_numbers()
    assert any("已确认" in s for s in reply.said)


def test_another_day_is_her_correction():
    iv = at_the_check()
    iv.answer("3月9日")
    assert iv.form.fill_date == "2026-03-09"
    assert not iv.unconfirmed_numbers()


@pytest.mark.parametrize("text", ["1", "9", "项目名称是3月9日吧", "好几天了"])
def test_other_words_at_the_check_change_nothing(text):
    iv = at_the_check()
    iv.answer(text)
    assert iv.form.fill_date == "2026-03-10"


@pytest.mark.parametrize("text", ["今天", "3月9日", "2026.3.9", "下个月"])
def test_a_day_is_no_project_name(text):
    iv = asked_on(TODAY, "project_name")
    reply = iv.answer(text)
    assert iv.form.project_name == ""
    assert any("像是日期" in s for s in reply.lines())


@pytest.mark.parametrize("text,unit", [
    ("我们是市城管局环卫处，今年要搞一个公厕提质改造", "市城管局环卫处"),
    ("我们是县污水处理中心的，今年要搞一个管网改造", "县污水处理中心"),
    ("我们信访局今年要聘12个人", "信访局"),
])
def test_the_whole_unit_she_names(text, unit):
    iv = asked_on(TODAY, "project_name")
    iv.answer(text)
    assert iv.form.unit == unit


@pytest.mark.parametrize("text", ["改造30座公厕，每座大概8万，一共240万", "买40台设备，每台大约1.5万，一共60万"])
def test_a_hedged_price_per_thing_is_not_asked_as_the_total(text):
    iv = asked_on(TODAY, "overview")
    iv.answer(text)
    q = iv.next_question()
    assert not (q.field == "funding" and "准确" in q.text)


def test_one_count_said_twice_is_one_row():
    iv = asked_on(TODAY, "project_name")
    iv.answer("我们是市城管局环卫处，今年要搞一个公厕提质改造，改造30座公厕，每座8万，一共240万")
    iv.ask("overview")
    iv.answer("对城区30座老旧公厕进行提质改造，包括水电、无障碍设施和除臭设备")
    assert [i.value for i in iv.form.indicators if i.level2 == "数量指标"] == ["=30座"]


def test_two_counts_of_different_things_stay_two_rows():
    iv = asked_on(TODAY, "overview")
    iv.answer("改造30座公厕，新建30座垃圾收集点")
    assert len([i for i in iv.form.indicators if i.level2 == "数量指标"]) == 2
