"""Messages as people type them (issue 11, understanding): a label misspelt on a phone before its colon
is still that label; a chat thread pasted whole is read without its speakers and its 收到/👍 lines; a
system code in brackets is no part of a name; 👌 alone is a yes."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.blocks import unthread
from assistant.interview.slips import labels
from interview_helpers import asked_on

TODAY = dt.date(2024, 5, 6)


@pytest.mark.parametrize("typed, right", [
    ("实施单微：县档案馆", "实施单位：县档案馆"), ("主观部门：县委办公室", "主管部门：县委办公室"),
    ("项目概括：对文书档案扫描", "项目概况：对文书档案扫描"), ("立项一据：《档案法》", "立项依据：《档案法》"),
    ("预算名细：扫描192万", "预算明细：扫描192万"), ("填报入：潘小燕", "填报人：潘小燕"), ("联糸电话：0577-6851001", "联系电话：0577-6851001"),
])
def test_a_label_one_character_off_before_its_colon_is_that_label(typed, right):
    assert labels(typed) == right


@pytest.mark.parametrize("text", ["质量指标：合格率100%", "其中：一般公共预算", "说明：没有结转", "我想说：项目很急"])
def test_words_that_are_no_slip_stay(text):
    assert labels(text) == text


def test_misspelt_labels_fill_their_fields():
    iv = asked_on(TODAY, "unit")
    reply = iv.answer("实施单微：县档案馆，主观部门：县委办公室")
    assert (iv.form.unit, iv.form.department) == ("县档案馆", "县委办公室")
    assert "facts" in reply.acts


def test_a_thread_is_read_without_its_speakers_and_acknowledgements():
    text = "[张科长] 名字叫 烈士纪念设施维护管理\n[我] 收到\n[我] 👍\n[财务老李] 预算功能科目用2080899"
    assert unthread(text) == "名字叫 烈士纪念设施维护管理\n预算功能科目用2080899"


@pytest.mark.parametrize("text, want", [("预算单位：[341006]县数字化城市管理监督指挥中心", "预算单位：县数字化城市管理监督指挥中心"),
                                        ("【张科长】：负责人写我，张建国", "【张科长】：负责人写我，张建国"),
                                        ("我们是[A]类项目", "我们是[A]类项目")])
def test_codes_in_brackets_go_and_a_quoted_speaker_stays(text, want):
    assert unthread(text) == want


@pytest.mark.parametrize("sign", ["👌", "👍👍", "✅"])
def test_a_yes_sign_alone_is_a_yes(sign):
    iv = asked_on(TODAY, "project_name")
    iv.answer("乡村书屋更新")
    q = iv.ask("goals.annual")
    assert q.proposal is not None
    reply = iv.answer(sign)
    assert "confirm" in reply.acts and "skip" not in reply.acts


@pytest.mark.parametrize("says, want", [
    ("today", "2024-05-06"), ("Today", "2024-05-06"), ("四月八日", "2024-04-08"), ("23.2.14", "2023-02-14"),
    ("二〇二五年十二月二十二日", "2025-12-22"), ("5月2日", "2024-05-02"),
])
def test_the_fill_date_as_people_write_it(says, want):
    iv = asked_on(TODAY, "project_name")
    iv.answer("乡村书屋更新")
    iv.ask("start")
    iv.answer("明年1月到12月")            # the project's year (2025) is not the year she fills the form in
    iv.ask("fill_date")
    iv.answer(says)
    assert iv.form.fill_date == want


@pytest.mark.parametrize("text, want", [("next year全年", "明年全年"), ("budget大概是60w", "预算大概是60w"),
                                        ("项目name就叫 应急广播", "项目名字就叫 应急广播"), ("Lily", "Lily"), ("namely", "namely")])
def test_english_words_of_time_and_fields_read_as_chinese(text, want):
    from assistant.interview.slips import english
    assert english(text) == want
