"""A pointer to her own unit ("我们局", "俺们局", "本单位") is not the unit's name: the full name said
beside it is taken, or she is asked for it — never "就我们局" stored as 项目单位."""
import datetime as dt

import pytest

from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize("said", [
    "就俺们局呗，固始县退役军人事务局",
    "就我们局，固始县退役军人事务局",
    "我们局啊 全称是固始县退役军人事务局",
    "固始县退役军人事务局，就是我们局",
])
def test_the_name_beside_the_pointer(said):
    iv = asked_on(DAY, "unit")
    iv.answer(said)
    assert iv.form.unit == "固始县退役军人事务局"


@pytest.mark.parametrize("said", ["俺们局", "我们自己", "就我们局"])
def test_a_pointer_alone_is_asked_for_the_full_name(said):
    iv = asked_on(DAY, "unit")
    reply = iv.answer(said)
    assert not iv.form.unit
    assert "单位全称" in "".join(reply.said)


def test_department_pointer_is_her_unit():
    iv = asked_on(DAY, "department", {"unit": "固始县退役军人事务局"})
    iv.answer("主管部门也是俺们自己")
    assert iv.form.department == "固始县退役军人事务局"


@pytest.mark.parametrize("said", ["没有文件，这是每年都要做的常规工作", "这是每年都要做的维修工程"])
def test_a_sentence_about_the_work_is_no_project_name(said):
    iv = asked_on(DAY, "project_name")
    iv.answer(said)
    assert not iv.form.project_name
