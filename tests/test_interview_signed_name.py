"""A mail's signature that is a name alone (issue 11, holdout12's e-mailed answers): after a closing (此致, 谢谢),
or before a "发自我的…手机" that ends the message, a line holding only a person's name signs the message and is
never part of the 概况 she answered; a line that is no name ("好的"), or a closing with nothing after it, takes
nothing away."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.signature import unsign
from interview_helpers import asked_on

TODAY = dt.date(2025, 7, 3)


@pytest.mark.parametrize("text, head, signed", [
    ("开展远程会诊和远程影像诊断。\n\n此致\n张海燕\n发自我的华为手机", "开展远程会诊和远程影像诊断。", "张海燕"),
    ("数字都核对过了。\n欧阳明\n发自我的iPhone", "数字都核对过了。", "欧阳明"),
    ("负责人是王建军\n谢谢\n好的", "负责人是王建军\n谢谢\n好的", ""),
    ("项目概况如下\n开展培训\n此致", "项目概况如下\n开展培训\n此致", ""),
])
def test_a_name_alone_signs_the_message(text, head, signed):
    assert unsign(text) == (head, signed)


def test_the_signed_name_is_not_her_overview():
    iv = asked_on(TODAY, "overview")
    iv.answer("平台连接县医院和12家乡镇卫生院，开展远程会诊。\n\n此致\n张海燕\n发自我的华为手机")
    assert "远程会诊" in iv.form.overview
    assert "张海燕" not in iv.form.overview and "发自" not in iv.form.overview and "此致" not in iv.form.overview
