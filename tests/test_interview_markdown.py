"""An answer pasted from an AI chat or a web editor carries Markdown's marks ("**…**", "### 项目概况", "`2130209`"):
formatting, never stored as her words; the words themselves are read as typed. A lone asterisk or a # that heads
no line stays."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.slips import unmarkdown
from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "森林防火视频监控系统运维", "unit": "县林业局", "department": "县林业局", "funding": {"total": 32.6}}


def test_emphasis_and_heading_not_stored():
    iv = asked_on(TODAY, "overview", BASE)
    iv.answer("### 项目概况\n本项目通过第三方运维服务，保障全县森林防火视频监控点位正常运行，**提升火情早期发现能力**。")
    assert iv.form.overview == "本项目通过第三方运维服务，保障全县森林防火视频监控点位正常运行，提升火情早期发现能力。"


def test_code_marks_around_a_code():
    iv = asked_on(TODAY, "function_code", BASE)
    iv.answer("`2130209`")
    assert iv.form.function_code == "2130209"


@pytest.mark.parametrize("text", ["3*4=12", "1#楼维修", "备注：*为必填项", "C#培训"])
def test_other_marks_kept(text):
    assert unmarkdown(text) == text
