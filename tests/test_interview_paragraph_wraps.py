"""A paragraph copied from a PDF keeps the page's line breaks mid-word ("…日常维修养\n护，…"): for her text it is
one paragraph, joined back; lines of their own (a list, labels with colons, a short fact on its own line) stay apart."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.wraps import unwrap
from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "农村饮水工程维修养护", "unit": "县水利局", "department": "县水利局"}

PARAGRAPH = "为全县127处农村集中供水工程开展日常维修养\n护，更换老旧管网18公里，水泵45台，保障\n农村群众饮水安全。"


def test_a_wrapped_paragraph_is_one_overview():
    iv = asked_on(TODAY, "overview", BASE)
    iv.answer(PARAGRAPH)
    assert iv.form.overview == PARAGRAPH.replace("\n", "")


@pytest.mark.parametrize("text", [
    "1.完成127处工程维修养护；\n2.更换管网18公里；",
    "工资36万\n社保9.6万",
    "项目名称：城区公厕保洁服务项目年度运营经费\n实施单位：区城市管理局",
    "为全区居民提供公厕保洁服务，全年保洁89座公厕\n2027年全年",
    "群众反映公厕脏乱差问题突出，保洁十分必要\n（一）保障公共卫生",
])
def test_lines_of_their_own_stay_apart(text):
    assert unwrap(text) == text


def test_a_figure_wrapped_to_the_next_line_is_joined():
    text = "为全区居民提供公厕保洁服务，全年保洁89座公厕，经费\n106.8万元，保洁达标率95%以上，群众满意。"
    assert unwrap(text) == text.replace("\n", "")


def test_a_quoted_question_and_a_rule_stay_apart():
    text = "「请问主管部门是哪个单位？」\n- - - - - - - - - - - - - - -\n减灾办挂在应急局，写县应急管理局"
    assert unwrap(text) == text
