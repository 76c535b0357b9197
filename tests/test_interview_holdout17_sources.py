"""Where a value is read from, and the shapes it comes in (issue 11: strip lead-ins and chatter; nothing misfiled):

- a paper named as the source ("纪要说…", "会上定的总额…", "台账上写的实施单位是…", "纪要里也是这么写的"): talk,
  and the value beside it is hers; "…议定事项（二）：" before a text and "…定的名称：" before a name are lead-ins;
- JSON typed as an answer: an object of labelled values, an indicator object (name/op/value/unit), a pair
  without braces, a code fence around it, null (no value), LGTM (a yes).
Sentences here are our own, not the dialogues'.
"""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview
from interview_helpers import asked_after

TODAY = dt.date(2025, 11, 3)


def _asked(field: str, *before: tuple[str, str]) -> Interview:
    return asked_after(TODAY, field, *before)


@pytest.mark.parametrize("field,said,want", [
    ("unit", "台账上写的实施单位是县残疾人服务中心", "县残疾人服务中心"),
    ("unit", "县残疾人服务中心，会议纪要里也是这么写的", "县残疾人服务中心"),
    ("project_name", "党组会纪要议定事项（三）定的名称：2026年残疾人两项补贴", "2026年残疾人两项补贴"),
])
def test_a_paper_named_as_the_source_is_talk(field, said, want):
    iv = _asked(field)
    r = iv.answer(said)
    assert getattr(iv.form, field) == want
    assert "chatter" in r.acts and "answer" in r.acts


def test_a_decided_item_numbered_before_the_text():
    iv = _asked("overview", ("project_name", "残疾人两项补贴"))
    iv.answer("概况照抄议定事项（二）：全县困难残疾人1860人，每人每月发放生活补贴90元")
    assert iv.form.overview.startswith("全县困难残疾人1860人")


def test_the_figure_after_what_the_meeting_decided_is_the_total():
    iv = _asked("funding", ("project_name", "残疾人两项补贴"))
    r = iv.answer("会上定的总额200.88万元")
    assert iv.form.funding.total == 200.88
    assert "chatter" in r.acts


def test_a_json_object_of_labelled_values():
    iv = _asked("project_name")
    iv.answer('{"项目名称": "2026年城区智慧停车建设", "实施单位": "县城市管理服务中心", "主管部门": "县城市管理局"}')
    assert (iv.form.project_name, iv.form.unit, iv.form.department) == ("2026年城区智慧停车建设", "县城市管理服务中心", "县城市管理局")


def test_a_json_pair_without_braces():
    iv = _asked("filler", ("project_name", "智慧停车建设"))
    r = iv.answer('"填报人": "秦雪"')
    assert iv.form.filler == "秦雪"
    assert "answer" in r.acts


def test_an_indicator_as_a_json_object():
    iv = _asked("indicators.质量指标", ("project_name", "智慧停车建设"))
    iv.answer('```json\n{"name": "泊位检测准确率", "op": ">=", "value": 98, "unit": "%"}\n```')
    rows = {i.name: i.value for i in iv.form.indicators}
    assert rows.get("泊位检测准确率") == "≥98%"
    assert not any("名字" in n or "实施单位" in n for n in rows)


def test_json_null_is_no_value_and_lgtm_a_yes():
    iv = _asked("goals.annual", ("project_name", "2025年乡镇公共厕所改造"), ("unit", "县城市管理局"),
                ("indicators.数量指标", "改造公厕30座"))
    r = iv.answer("LGTM")
    assert r.acts == ["confirm"] and iv.form.goals.annual
    iv.ask("goals.long_term")
    r = iv.answer("null")
    assert r.acts == ["skip"] and not iv.form.goals.long_term


def test_a_code_fence_alone_is_nothing():
    iv = _asked("funding", ("project_name", "智慧停车建设"))
    r = iv.answer("```json")
    assert r.acts == ["unclear"] and iv.form.funding.total is None


def test_a_papers_lead_in_with_its_colon():
    iv = _asked("project_name")
    r = iv.answer("通知上写的是：2026年残疾人两项补贴")
    assert iv.form.project_name == "2026年残疾人两项补贴"
    assert "answer" in r.acts
