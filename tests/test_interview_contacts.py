"""Contacts said the way clerks say them (contacts.py): a title before a name is the head asked for,
the ways of saying who fills the form name the 填报人, "也是他" is the person just named, "今天" is the
dialogue's today; a phone after the 填报人 goes nowhere; nothing she did not say is stored.
Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.contacts import label
from assistant.interview.engine import Interview

TODAY = dt.date(2024, 9, 18)


def answered(field: str, say: str) -> Interview:
    iv = Interview(today=TODAY)
    iv.ask(field)
    iv.answer(say)
    return iv


@pytest.mark.parametrize("say, head, phone", [
    ("站长：孟庆林；手机：13912345678", "孟庆林", "13912345678"),
    ("会长 鲁玉芬 0551-6234567", "鲁玉芬", "0551-6234567"),
    ("项目负责人 袁志刚 高级工程师 电话 0471-5123456", "袁志刚", "0471-5123456"),
    ("分管的副院长宋立新负责，座机0710-3334445", "宋立新", "0710-3334445"),
])
def test_a_title_before_a_name_is_the_asked_head(say, head, phone):
    iv = answered("unit_head", say)
    assert (iv.form.unit_head, iv.form.unit_phone) == (head, phone)
    assert iv.form.filler == ""


@pytest.mark.parametrize("say, filler", [
    ("校长苗红，0371-2223334，填表人也是她", "苗红"),
    ("负责人蔡国栋 15011112222 填报人也是他", "蔡国栋"),
    ("队长祁山，电话0931-4445556，填表的是综合科孔丽 13800001111", "孔丽"),
    ("主任邢伟，电话0312-7778889，我叫柴晓梅，表是我填的", "柴晓梅"),
    ("局长伍建国，电话0745-2112223，我是填表的，叫阎静", "阎静"),
])
def test_the_filler_said_in_passing(say, filler):
    iv = answered("unit_head", say)
    assert iv.form.filler == filler
    assert iv.form.unit_phone and iv.form.unit_phone not in ("13800001111",)


@pytest.mark.parametrize("say", ["戴玲，日期就写今天", "填报人戴玲，今天填的", "戴玲 填报日期今天"])
def test_today_is_the_dialogues_today(say):
    iv = answered("filler", say)
    assert (iv.form.filler, iv.form.fill_date) == ("戴玲", TODAY.isoformat())


def test_a_written_date_after_the_filler():
    iv = answered("filler", "填报人 戴玲 2024.9.2")
    assert (iv.form.filler, iv.form.fill_date) == ("戴玲", "2024-09-02")


def test_an_office_before_her_name_is_not_her_name():
    iv = answered("filler", "办公室范晓红")
    assert iv.form.filler == "范晓红"


def test_she_with_no_one_named_before_stores_no_filler():
    iv = answered("unit_head", "填报人也是她")
    assert iv.form.filler == "" and iv.form.unit_head == ""


def test_other_messages_are_left_as_written():
    for say in ("全年聘用保洁员40人，局长说每月发工资", "主管部门是县民政局"):
        assert label(say, "overview") == say


def test_a_correction_of_the_heads_name_is_not_relabelled():
    assert "负责人名字写错了" in label("负责人名字写错了，是孟庆森", "filler")
