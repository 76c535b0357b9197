"""A document's title given for the project name ("关于申请X的请示", "《关于下达X的通知》") names the project X: the
wrapper (关于 … 的请示/通知/报告) is no part of a name, and the reading is said back so she can change it."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview


@pytest.mark.parametrize("said, name", [
    ("关于申请2027年老旧小区加装电梯补助资金的请示", "2027年老旧小区加装电梯补助资金"),
    ("《关于下达2026年度农村公路养护资金的通知》", "2026年度农村公路养护资金"),
    ("关于拨付乡镇卫生院设备购置经费的报告", "乡镇卫生院设备购置经费"),
    ("关于东沟河道综合治理工程初步设计的批复", "东沟河道综合治理工程"),
])
def test_title_unwrapped(said, name):
    iv = Interview(today=dt.date(2026, 12, 3))
    assert iv.next_question().field == "project_name"
    r = iv.answer(said)
    assert iv.form.project_name == name
    assert any("文件标题" in s for s in r.said)


def test_plain_name_kept_whole():
    iv = Interview(today=dt.date(2026, 12, 3))
    iv.next_question()
    r = iv.answer("关爱留守儿童报告会经费")
    assert iv.form.project_name == "关爱留守儿童报告会经费"
    assert not any("文件标题" in s for s in r.said)
