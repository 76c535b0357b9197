"""Corrections of the read-back ('你理解错了，我说的是…'), tried turn by turn (lead, 2026-12-02).

'你理解错了，我说的是县蚕桑技术推广站' right after the unit was recorded was stored as the 主管部门 「我说的是县蚕桑技术推广站」
(a misfile, with her lead-in inside); '你理解错了，我说的是八十五万' was '没找准是哪一项' with one candidate; '你听错了，是王建均'
was applied and then put back by the last guard ('没有提到'). Words about what the assistant recorded correct the answer
just given — never the asked field — without her lead-in, and the last guard keeps it.
"""
import datetime as dt

import pytest

from assistant.interview.engine import Interview


def _after(field, answer, correction, name="蚕桑产业扶持项目"):
    iv = Interview(today=dt.date(2025, 3, 1))
    iv.opening()
    if field != "project_name":
        iv.answer(name)
    iv.ask(field)
    iv.answer(answer)
    return iv, iv.answer(correction)


@pytest.mark.parametrize("field,answer,correction,path,value", [
    ("unit", "县农业农村局", "你理解错了，我说的是县蚕桑技术推广站", "unit", "县蚕桑技术推广站"),
    ("unit", "县农业农村局", "不是这个意思，实施单位是县蚕桑技术推广站", "unit", "县蚕桑技术推广站"),
    ("funding", "80万", "你理解错了，我说的是八十五万", "funding.total", 85.0),
    ("unit_head", "王建军", "你听错了，是王建均", "unit_head", "王建均"),
    ("start", "今年3月到12月", "你理解错了，我的意思是今年4月到12月", "start", "2025-04"),
    ("project_name", "蚕桑产业扶持", "你理解错了，我说的名字是蚕桑产业扶持项目", "project_name", "蚕桑产业扶持项目"),
    # a starred word ('*县蚕桑技术推广站' after '县残桑技术推广站' was '不像单位名称' for the next question)
    ("unit", "县残桑技术推广站", "*县蚕桑技术推广站", "unit", "县蚕桑技术推广站"),
    ("unit", "县残桑技术推广站", "*蚕桑", "unit", "县蚕桑技术推广站"),
    ("funding", "45万", "*54万", "funding.total", 54.0),
    ("unit_head", "王建君", "*王建军", "unit_head", "王建军"),
    ("overview", "新发展桑园1000亩，陪训蚕农500人次", "*培训", "overview", "新发展桑园1000亩，培训蚕农500人次"),
])
def test_a_correction_of_the_read_back_changes_the_answer_just_given(field, answer, correction, path, value):
    iv, r = _after(field, answer, correction)
    got = iv.form.funding.total if path == "funding.total" else getattr(iv.form, path)
    assert got == value, r.lines()
    assert "correction" in r.acts
    assert not iv.form.department                 # the question asked next is never given her correction


def test_a_plain_answer_after_an_answer_is_no_correction():
    iv, r = _after("unit", "县农业农村局", "县财政局")
    assert (iv.form.unit, iv.form.department) == ("县农业农村局", "县财政局")


def test_a_starred_slip_that_fits_several_places_changes_nothing():
    from assistant.interview.star import starred
    assert starred("*军", "unit_head", "王建君") is None          # which of the three characters: not guessed
    assert starred("你好", "unit", "县残桑技术推广站") is None


@pytest.mark.parametrize("msg", ["你好，我是接手的小刘，前面是老王在填，他退休了，后面我来", "老王调走了，交接给我了"])
def test_a_clerk_handing_over_is_talk(msg):
    """'…前面是老王在填，他退休了，后面我来' at 预算功能科目 was '没能读出「预算功能科目」'."""
    iv = Interview(today=dt.date(2025, 3, 1))
    iv.opening()
    iv.answer("蚕桑产业扶持项目")
    iv.ask("function_code")
    r = iv.answer(msg)
    assert r.acts == ["chatter"] and not any("没能" in s for s in r.said)
    assert r.question.field == "function_code"
