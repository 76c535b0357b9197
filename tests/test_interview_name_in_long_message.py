"""A first message that tells the whole project ("我们是青石镇人民政府，明年要给8个村装太阳能路灯，一共320盏，每盏2500块，镇财政
出一半…") holds no clause that is its name: "一共320盏" (a count) and "镇财政出一半" (a share) were each stored as the
项目名称. Out of a long message only a clause that reads as a name is one; a short answer is read as before."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize("said", [
    "我们是青石镇人民政府，明年要给8个村装太阳能路灯，一共320盏，每盏2500块，镇财政出一半，县里补一半，负责人是镇长刘志刚",
    "我们街道办今年要给辖区老旧小区换消防器材，总共1500具，单价180元，区里全额拨款，联系人小吴",
    "县林业局的，明年护林员要聘60个，一共60人，每月1500块",
])
def test_no_clause_of_a_long_message_is_taken_as_the_name(said):
    iv = asked_on(DAY, "project_name")
    iv.answer(said)
    assert not iv.form.project_name, iv.form.project_name


@pytest.mark.parametrize("said, name", [
    ("一共320盏", None),
    ("我们镇的，太阳能路灯安装项目", "太阳能路灯安装项目"),
    ("嗯，叫村庄亮化工程，明年的", "村庄亮化工程"),
])
def test_a_name_among_few_clauses_is_read(said, name):
    iv = asked_on(DAY, "project_name")
    iv.answer(said)
    assert (iv.form.project_name or None) == name
