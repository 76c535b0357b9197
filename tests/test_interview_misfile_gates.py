"""Misfiling gates (issue 11, guarantee 1), each tried with several phrasings of the class of message
that broke it: a message that says nothing stores nothing in the asked field; a refusal to fill with its
reason is a skip; "一" inside a word (一下, 一起) is no amount; a pick or a sentence cut at "和" never
becomes a row of another category; a correction that brings a name of her own changes no row of
another category that merely shares a word with it — whatever path produced the change (the offline
reader or a model's patch), the end of the turn puts such a row back."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.answers import Fill, Patch
from assistant.interview.engine import Interview
from assistant.model import Declaration, category_of
from interview_helpers import asked_on

TODAY = dt.date(2025, 3, 4)


@pytest.mark.parametrize("field", ["basis", "necessity", "overview", "unit_functions"])
@pytest.mark.parametrize("says", ["sdfg 那个那个", "asdf 这个", "qwer 嗯嗯", "jkl 那个 那个"])
def test_keys_and_pointing_words_store_nothing(field, says):
    iv = asked_on(TODAY, field)
    reply = iv.answer(says)
    assert getattr(iv.form, field) in ("", None), getattr(iv.form, field)
    assert "unclear" in reply.acts and "answer" not in reply.acts


@pytest.mark.parametrize("says, act", [("这个就不填了，一年的项目", "skip"), ("不写了，就一年的事", "skip"),
                                       ("这个不用填了，项目只有一年", "deny"), ("就不填了吧，三年的规划还没有", "skip")])
def test_a_refusal_to_fill_with_its_reason_is_a_skip(says, act):
    iv = asked_on(TODAY, "goals.long_term")
    reply = iv.answer(says)
    assert iv.form.goals.long_term == []
    assert act in reply.acts             # (不用填 to the offered goal: a no to it, as the eval sets' rule has it)


@pytest.mark.parametrize("says", ["我需要准确的吗？那等我翻一下预算表……", "稍等一下，我问问财务", "等一下我查一下",
                                  "我一起问问吧", "这个一直是财务管的"])
def test_one_inside_a_word_is_no_amount(says):
    iv = asked_on(TODAY, "funding")
    iv.answer(says)
    assert iv.form.funding.total is None
    assert iv.form.funding.current_year is None


def test_one_of_a_word_beside_an_amount_leaves_the_amount():
    iv = asked_on(TODAY, "funding")
    iv.answer("稍等一下……找到了，一共48.6万")
    assert iv.form.funding.total == pytest.approx(48.6)


def _asked_with_choices(field: str) -> Interview:
    iv = asked_on(TODAY, "project_name")
    iv.answer("校园专职保安购买服务")
    iv.ask(field)
    return iv


@pytest.mark.parametrize("field, says", [
    ("indicators.质量指标", "1和3都要"), ("indicators.质量指标", "2和5"), ("indicators.满意度指标", "家长和学生满意度，90%可以吗？"),
    ("indicators.数量指标", "1和3吧"), ("indicators.满意度指标", "老师和家长满意度，85%行吗"),
])
def test_a_pick_or_a_sentence_joined_by_he_lands_in_no_other_category(field, says):
    iv = _asked_with_choices(field)
    iv.answer(says)
    cat = field.split(".", 1)[1].replace("指标", "")
    stray = [(i.name, i.value, i.level2) for i in iv.form.indicators if cat not in category_of(i) + i.level1]
    assert stray == []
    assert all(i.value.strip("=≥≤ ") not in ("和", "与", "及") for i in iv.form.indicators)


ROWS = {"project_name": "食品安全监督抽检", "unit": "区市场监督管理局", "year": 2025,
        "indicators": [{"level1": "产出指标", "level2": "质量指标", "name": "不合格食品核查处置率", "value": "=100%"},
                       {"level1": "产出指标", "level2": "数量指标", "name": "监督抽检批次", "value": "=1200批次"}]}


@pytest.mark.parametrize("says", [
    "你这个太虚了，审核肯定打回来。改成：食品抽检总体合格率≥97%",
    "改成：食品抽检合格率≥97%",
    "这个不行，太空了。改为：群众食品安全满意度≥90%",
    "不要这个，我的：抽检样品合格率97%以上",
])
def test_a_correction_with_a_name_of_her_own_changes_no_row_of_another_category(says):
    iv = asked_on(TODAY, "indicators.效益指标", ROWS)
    iv.answer(says)
    rows = {i.name: i.value for i in iv.form.indicators}
    assert rows["不合格食品核查处置率"] == "=100%"
    assert rows["监督抽检批次"] == "=1200批次"


def test_a_correction_naming_a_row_by_part_of_its_name_still_applies():
    iv = asked_on(TODAY, "indicators.效益指标", ROWS)
    iv.answer("核查处置率刚才说错了，是98%")
    assert {i.name: i.value for i in iv.form.indicators}["不合格食品核查处置率"] == "=98%"


@pytest.mark.parametrize("row", [
    {"level1": "产出指标", "level2": "时效指标", "name": "资金发放时间", "value": "10月底前"},
    {"level1": "产出指标", "level2": "质量指标", "name": "不合格食品核查处置率", "value": "=97%"},
    {"level1": "产出指标", "level2": "数量指标", "name": "监督抽检批次", "value": "=1300批次"},
])
@pytest.mark.parametrize("says", ["群众满意度提高，抽检合格率97%", "食品安全总体合格率97%以上"])
def test_the_end_of_a_turn_puts_back_a_row_of_another_category_she_did_not_name(row, says):
    """The last gate, whatever path made the change (a reader, a model's patch, a correction)."""
    from assistant.interview import rollback
    from assistant.interview.engine import Reply
    iv = asked_on(TODAY, "indicators.效益指标", ROWS)
    before, prov = iv.form.model_copy(deep=True), iv.provenance
    form = iv.form.to_json()
    form["indicators"] = [r for r in form["indicators"] if r["name"] != row["name"]] + [dict(row, scope="annual")]
    form["indicators"].append({"level1": "效益指标", "level2": "社会效益指标", "name": "食品抽检总体合格率", "value": "≥97%",
                               "scope": "annual"})
    iv.form = Declaration.from_json(form)
    reply = Reply()
    rollback.hold(iv, before, prov, "indicators.效益指标", says, reply)
    rows = {i.name: i.value for i in iv.form.indicators}
    assert rows.get("不合格食品核查处置率") == "=100%" and rows.get("监督抽检批次") == "=1200批次"
    assert "资金发放时间" not in rows
    assert rows.get("食品抽检总体合格率") == "≥97%"         # the row of the asked category stays
    assert any("不是效益指标，没有记在这里" in s for s in reply.said)       # (offered when 效益 is asked: rows_ahead)


def test_the_end_of_a_turn_keeps_a_row_she_names():
    from assistant.interview import rollback
    from assistant.interview.engine import Reply
    iv = asked_on(TODAY, "indicators.效益指标", ROWS)
    before, prov = iv.form.model_copy(deep=True), iv.provenance
    form = iv.form.to_json()
    form["indicators"][0]["value"] = "=98%"
    iv.form = Declaration.from_json(form)
    rollback.hold(iv, before, prov, "indicators.效益指标", "不合格食品核查处置率改成98%", Reply())
    assert iv.form.indicators[0].value == "=98%"


@pytest.mark.parametrize("says", ["年底前完成", "文化站18个，年底前完成"])
def test_a_row_put_back_is_never_said_to_be_recorded(says):
    iv = asked_on(TODAY, "indicators.数量指标", {"project_name": "乡镇综合文化站免费开放补助", "start": "2027-01",
                                                "end": "2027-12", "year": 2027})
    reply = iv.answer(says)
    names = {i.name for i in iv.form.indicators}
    assert "完成时间" not in names
    assert not [s for s in reply.said if "「完成时间」" in s and ("已记录" in s or "整理成了指标" in s)]
