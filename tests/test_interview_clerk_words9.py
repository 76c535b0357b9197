"""How a clerk says things, read by general rules (issue 11: understanding, no silent answer): a partial verdict on
the final check ("前两个对，第三个改成…"); a placeholder the chat app sends for a voice message or a sticker; "在吗"
after a silence; a name said after talk ("哎呀，这表真长。项目叫…") or after its source ("批复上写的是：…"); a colleague
as the source of a value ("小刘说叫…", "…老周说是60个"); a text's lead-in ("算了，我自己写：", "老周说这么写：");
Wu and Min words for 不知道, 你写, 你写的 and 怎么."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview
from interview_helpers import asked_on

TODAY = dt.date(2024, 9, 2)
FORM = {"project_name": "社区养老驿站运营补贴", "unit": "区民政局", "department": "区民政局",
        "start": "2024-01", "end": "2024-12", "year": 2024,
        "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "运营驿站", "value": "=18个"},
                       {"level1": "产出指标", "level2": "数量指标", "name": "助餐服务老人", "value": "=900人"},
                       {"level1": "产出指标", "level2": "质量指标", "name": "服务达标率", "value": "≥95%"}]}


def _checked(*says: str) -> Interview:
    """Three numbers to confirm (each computed from a difference she stated), the final check asked."""
    iv = asked_on(TODAY, "indicators.时效指标", FORM)
    for say in says:
        iv.answer(say)
    from assistant.interview import flow
    iv.pending = flow.confirm_question(iv)
    return iv


@pytest.mark.parametrize("say,want,left", [
    ("第一个对，第二个改成950人", {"运营驿站": "=20个", "助餐服务老人": "=950人"}, 0),
    ("前一个没问题，第二个不对，应该是960人", {"运营驿站": "=20个", "助餐服务老人": "=960人"}, 0),
    ("第2项改为940人，其余没问题", {"运营驿站": "=20个", "助餐服务老人": "=940人"}, 0),
    ("第一个对", {"运营驿站": "=20个", "助餐服务老人": "=930人"}, 1),
])
def test_a_partial_verdict_on_the_final_check(say, want, left):
    iv = _checked("驿站多了2个", "助餐服务老人少算了30人")
    assert len(iv.unconfirmed_numbers()) == 2
    r = iv.answer(say)
    rows = {i.name: i.value for i in iv.form.indicators}
    assert {k: rows[k] for k in want} == want
    assert len(iv.unconfirmed_numbers()) == left
    assert "confirm" in r.acts


@pytest.mark.parametrize("say", ["[语音消息 0:41]", "[动画表情]", "【图片】", "[语音] [语音]"])
def test_a_placeholder_is_unclear_and_asked_again(say):
    iv = asked_on(TODAY, "overview", FORM)
    r = iv.answer(say)
    assert r.acts == ["unclear"] and r.question is not None and r.question.field == "overview"
    assert not iv.form.overview


@pytest.mark.parametrize("say", ["在吗", "在不在", "有人吗？"])
def test_a_greeting_after_silence_is_talk(say):
    iv = asked_on(TODAY, "basis", FORM)
    r = iv.answer(say)
    assert r.acts == ["chatter"] and not iv.form.basis


@pytest.mark.parametrize("say,name", [
    ("唉，这表真长。项目叫2024年社区助餐点建设", "2024年社区助餐点建设"),
    ("不好意思刚在开会。项目叫农村饮水安全巩固提升啦", "农村饮水安全巩固提升"),
    ("文件上写的是：困难残疾人生活补贴", "困难残疾人生活补贴"),
])
def test_a_name_after_talk_or_its_source(say, name):
    iv = asked_on(TODAY, "project_name")
    iv.answer(say)
    assert iv.form.project_name == name


def test_a_colleague_as_the_source_is_talk_beside_the_answer():
    iv = asked_on(TODAY, "project_name")
    r = iv.answer("小刘说叫社区老年食堂运营补助")
    assert iv.form.project_name == "社区老年食堂运营补助" and "chatter" in r.acts
    iv = asked_on(TODAY, "indicators.数量指标", FORM)
    iv.answer("新建助餐点12个，配送车辆老周说是4辆")
    rows = {i.name: i.value for i in iv.form.indicators}
    assert rows.get("配送车辆") == "=4辆" and not any("老周" in n for n in rows)


@pytest.mark.parametrize("field,say,words,gone", [
    ("overview", "老周说这么写：为辖区1200名老人提供助餐和上门探访", "1200名老人", "老周"),
    ("necessity", "算了，我自己写：老人就餐难，驿站有现成厨房，可行", "驿站有现成厨房", "算了"),
    ("overview", "概况我拿去年的改了一下：为辖区老人提供助餐服务", "提供助餐服务", "改了一下"),
])
def test_a_texts_lead_in_is_not_her_text(field, say, words, gone):
    iv = asked_on(TODAY, field, FORM)
    iv.answer(say)
    text = getattr(iv.form, field)
    assert words in text and gone not in text


@pytest.mark.parametrize("say", ["搿个勿晓得", "我弗晓得", "你写", "你给整一个呗"])
def test_dialect_and_plain_words_for_i_do_not_know(say):
    iv = asked_on(TODAY, "goals.annual", FORM)
    r = iv.answer(say)
    assert "dont_know" in r.acts and iv.form.goals.annual == []


@pytest.mark.parametrize("say", ["侬写额老好额，就用伊", "也用侬写额", "好啦，就这样"])
def test_dialect_words_for_taking_the_draft(say):
    iv = asked_on(TODAY, "goals.annual", FORM)
    r = iv.answer(say)
    assert r.acts == ["confirm"] and iv.form.goals.annual and "侬" not in iv.form.goals.annual[0]


@pytest.mark.parametrize("say", ["这个按怎填？", "甘有范例？", "哪能写？"])
def test_min_and_wu_words_for_how(say):
    iv = asked_on(TODAY, "function_code", FORM)
    r = iv.answer(say)
    assert "question" in r.acts and not iv.form.function_code


def test_unit_in_a_programmers_notation():
    iv = asked_on(TODAY, "unit")
    iv.answer("unit = 区民政局养老服务科")
    assert iv.form.unit


# --- figures and names as clerks write them -----------------------------------------------------------

@pytest.mark.parametrize("asked,say,name,value", [
    ("indicators.质量指标", "嫁接苗成活率八成五以上", "嫁接苗成活率", "≥85%"),
    ("indicators.质量指标", "档案一次审核通过率九成", "档案一次审核通过率", "≥90%"),
    ("indicators.经济效益指标", "亩产鲜果提高到一千二百斤以上", "亩产鲜果", "≥1200斤"),
    ("indicators.数量指标", "增殖放流鱼苗三百万尾", "增殖放流鱼苗", "=300万尾"),
])
def test_figures_in_words_and_shares(asked, say, name, value):
    iv = asked_on(TODAY, asked, FORM)
    iv.answer(say)
    rows = {i.name: i.value for i in iv.form.indicators}
    assert rows.get(name) == value, rows


@pytest.mark.parametrize("say,want", [
    ("（一）场地租赁费叁拾万元（30万元）；（二）设备购置费拾伍万元（15万元）", {"场地租赁费": 30, "设备购置费": 15}),
    ("一、宣传印刷8万；二、志愿者补贴12万", {"宣传印刷": 8, "志愿者补贴": 12}),
    ("算出来就是设备60万，培训20万", {"设备": 60, "培训": 20}),
    ("宣传展板30块×500元=1.5万；讲座2万", {"宣传展板": 1.5, "讲座": 2}),
])
def test_budget_lines_numbered_or_worked_out(say, want):
    iv = asked_on(TODAY, "budget_items", FORM)
    iv.answer(say)
    assert {b.name: b.amount for b in iv.form.budget_items} == want


def test_an_arrow_or_old_then_new_figure_is_a_change():
    form = dict(FORM, funding={"total": 50, "carryover": 0, "current_year": 50, "other": 0},
                budget_items=[{"name": "助餐补贴", "amount": 40}, {"name": "设备维护", "amount": 10}])
    iv = asked_on(TODAY, "filler", form)
    iv.answer("fix: 设备维护 10w -> 12w，total 50w -> 52w")
    assert {b.name: b.amount for b in iv.form.budget_items} == {"助餐补贴": 40, "设备维护": 12}
    assert iv.form.funding.total == 52
    iv = asked_on(TODAY, "filler", form)
    iv.answer("设备维护 10万改成11万")
    assert {b.name: b.amount for b in iv.form.budget_items}["设备维护"] == 11


@pytest.mark.parametrize("field,say", [("filler", "小李"), ("filler", "老王"), ("unit_head", "小张")])
def test_a_colleague_called_by_surname(field, say):
    iv = asked_on(TODAY, field, FORM)
    iv.answer(say)
    assert getattr(iv.form, field) == say


@pytest.mark.parametrize("field,say", [("filler", "小心"), ("unit_head", "老是")])
def test_words_that_only_look_so_are_no_person(field, say):
    iv = asked_on(TODAY, field, FORM)
    iv.answer(say)
    assert not getattr(iv.form, field)


def test_a_text_that_names_a_subsidy_before_its_colon_stays_whole():
    iv = asked_on(TODAY, "overview", FORM)
    iv.answer("对入住老人发放护理补贴：失能老人每月300元，半失能老人每月150元")
    assert "护理补贴" in iv.form.overview and "失能老人每月300元" in iv.form.overview


def test_still_not_understood_is_no_yes_to_the_guess():
    iv = asked_on(TODAY, "function_code", FORM)
    r = iv.answer("还是不太懂，你能帮我选一个吗")
    assert "confirm" not in r.acts and not iv.form.function_code


def test_her_full_name_wins_over_what_colleagues_call_her():
    iv = asked_on(TODAY, "filler", FORM)
    iv.answer("填报人写我，小周，周晓梅")
    assert iv.form.filler == "周晓梅"
