"""Names said in passing: "这个项目叫X" while another question is asked names the project (never "项目叫什么名字", a
question); "主管也是组织部" beside the unit 县委组织部 is that unit by its short name (without 也, "主管是组织部" stays as
she said it: it may be another one)."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "乡村振兴驻村工作队经费", "unit": "县委组织部"}


@pytest.mark.parametrize("said", ["哦对了，这个项目叫乡村振兴驻村帮扶工作经费", "我们项目就叫做乡村振兴驻村帮扶工作经费"])
def test_the_project_called_so_is_its_name(said):
    iv = asked_on(TODAY, "department", BASE)
    iv.answer(said)
    assert iv.form.project_name == "乡村振兴驻村帮扶工作经费" and iv.form.department == ""


def test_asking_what_it_should_be_called_changes_nothing():
    iv = asked_on(TODAY, "department", BASE)
    iv.answer("这个项目叫什么名字比较好？")
    assert iv.form.project_name == "乡村振兴驻村工作队经费"


@pytest.mark.parametrize("said, dept", [("主管也是组织部", "县委组织部"), ("也是组织部", "县委组织部"), ("主管部门还是组织部", "县委组织部"),
                                        ("主管是组织部", "组织部"), ("主管也是市委组织部", "市委组织部")])
def test_the_same_unit_by_its_short_name(said, dept):
    iv = asked_on(TODAY, "department", BASE)
    iv.answer(said)
    assert iv.form.department == dept


def test_what_a_meeting_decided_is_the_overview_without_its_lead_in():
    iv = asked_on(TODAY, "overview", BASE)
    iv.answer("会议议定：同意在全县38个村开发公益岗位114个")
    assert iv.form.overview == "同意在全县38个村开发公益岗位114个"


def test_for_a_basis_the_meeting_is_the_text():
    iv = asked_on(TODAY, "basis", BASE)
    iv.answer("经县政府常务会议研究决定：同意实施公益岗位补贴")
    assert iv.form.basis == "经县政府常务会议研究决定：同意实施公益岗位补贴"


@pytest.mark.parametrize("asked, said, path, value", [
    ("department", "报告：县水务局，完毕", "department", "县水务局"),
    ("overview", "报告：全县42条河道日常保洁，完毕", "overview", "全县42条河道日常保洁"),
    ("necessity", "报告期内河道垃圾多，群众投诉多", "necessity", "报告期内河道垃圾多，群众投诉多"),
])
def test_a_report_said_as_on_a_radio_is_her_answer_without_its_words(asked, said, path, value):
    iv = asked_on(TODAY, asked, BASE)
    iv.answer(said)
    assert getattr(iv.form, path) == value


def test_the_project_called_so_with_her_joy_after_it():
    iv = asked_on(TODAY, "project_name", {})
    iv.answer("项目叫社区老年助餐服务 🎉 终于落地了")
    assert iv.form.project_name == "社区老年助餐服务"
