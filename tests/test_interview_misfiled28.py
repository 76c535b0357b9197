"""Nothing misfiled (issue 11), for kinds of message the twenty-second held-out set showed going astray
(session 14, interview28):

- saying the asked text is not to be written, in words of her own (不用整 / 暂不填列 / 唔使 …, a few words before it):
  no text of hers — to an offered goal a no (不用 …) or a skip (暂不 …);
- Cantonese 唔系 / 系 / 唔使 / 唔少过 / 头先讲错咗 read as the Mandarin they mean, so "唔系…，系…" corrects a row;
- a count a sum was worked out by ("按58人重新核算的") is no thing counted: no 数量 row from it later;
- while one indicator category is asked, a row of another category is never added from her facts;
- a bare "230方" at the money question, before her 方 has shown itself to be 万, is asked about, never 230万;
- "开始 / 结束" as labels of the period's ends ("开始改成5月" at another question changes the start);
- "不对，…还是3月" after her last change: that change taken back, never the asked field's text.
Sentences here are our own, not the dialogues'.
"""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_after, asked_on

TODAY = dt.date(2025, 6, 30)

_READING_ROOM = {"project_name": "农家书屋运行补助", "unit": "县文旅局", "start": "2025-01", "end": "2025-12", "year": 2025,
                 "overview": "为全县40个农家书屋补充图书，开展读书活动", "funding": {"total": 40},
                 "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "补助书屋数量", "value": "=40个"}]}


def _offered(field):
    iv = asked_on(TODAY, field, _READING_ROOM)
    assert iv.pending.proposal is not None
    return iv


@pytest.mark.parametrize("said, act", [
    ("不用弄长期的", "deny"), ("中长期的就不用搞了", "deny"), ("无需填列", "deny"), ("长期嘅唔使写", "deny"),
    ("中长期目标这一栏，本单位暂不填写。", "skip"), ("长期目标我们意见暂不填列", "skip"), ("别弄长期的", "skip"),
    ("长期的不要弄了，就做一年", "skip"),
])
def test_not_to_be_written_stores_no_goal(said, act):
    iv = _offered("goals.long_term")
    r = iv.answer(said)
    assert not iv.form.goals.long_term
    assert act in r.acts and "answer" not in r.acts


def test_not_to_be_written_at_a_text_question_is_a_skip():
    iv = asked_on(TODAY, "necessity", _READING_ROOM)
    r = iv.answer("必要性这栏暂不填列")
    assert r.acts == ["skip"] and not iv.form.necessity


def test_cantonese_no_but_corrects_the_row():
    form = dict(_READING_ROOM, indicators=[{"level1": "产出指标", "level2": "数量指标", "name": "借阅人次", "value": "≥6000人次"}])
    iv = asked_on(TODAY, "indicators.成本指标", form)
    r = iv.answer("唔系六千人次，系七千人次，头先讲错咗")
    rows = {i.name: (i.level2, i.value) for i in iv.form.indicators}
    assert rows == {"借阅人次": ("数量指标", "≥7000人次")}
    assert "correction" in r.acts


def test_cantonese_words_fold_to_mandarin():
    from assistant.interview.traditional import fold
    assert fold("唔系三百户，系四百户，头先讲错咗") == "不是三百户，是四百户，刚才说错了"
    assert fold("每月唔少过两次") == "每月不少于两次"
    assert fold("关系户，系统") == "关系户，系统"          # 系 of 关系 / 系统 stays
    assert fold("探头12个，系留气球1个") == "探头12个，系留气球1个"    # a clause's 系 is 是 only before a figure


def test_a_count_a_sum_was_worked_out_by_is_no_row():
    from assistant.interview.extract import extract
    iv = asked_on(TODAY, "funding")
    got = extract("总额改成104.4万，按58人重新核算的", iv.context(None))
    assert not got.facts.get("quantities")


def test_a_cost_answer_adds_no_row_of_another_category():
    iv = asked_after(TODAY, "indicators.成本指标", ("project_name", "护林员补助"), ("unit", "某乡人民政府"),
                     ("overview", "全乡聘用护林员60名，每人每月补助1500元，一共12个月"),
                     ("funding", "总额改成104.4万，按58人算的"),
                     ("indicators.数量指标", "聘用护林员58名"))
    before = {i.name for i in iv.form.indicators if i.level2 == "数量指标"}
    iv.answer("每人每月1500元")
    assert {i.name for i in iv.form.indicators if i.level2 == "数量指标"} == before


def test_a_first_bare_fang_at_the_money_question_is_asked_about():
    iv = asked_on(TODAY, "funding")
    r = iv.answer("一共230方")
    assert iv.form.funding.total is None and "answer" not in r.acts
    iv.ask("funding")
    iv.answer("方就是万，拼音打快了，230万")
    assert iv.form.funding.total == pytest.approx(230)
    # once her 方 has shown itself to be 万 (a figure in 方元), her bare 方 of money are 万
    iv = asked_after(TODAY, "budget_items", ("project_name", "文化站设备更新"), ("funding", "资金总额 50方元，无结转，无其他"))
    assert iv.form.funding.total == pytest.approx(50)
    iv.answer("音响设备30方；投影设备20方")
    assert {i.name: i.amount for i in iv.form.budget_items} == {"音响设备": pytest.approx(30), "投影设备": pytest.approx(20)}


def test_start_named_bare_at_another_question():
    iv = asked_on(TODAY, "basis", {"start": "2026-03", "end": "2026-12", "year": 2026})
    r = iv.answer("开始改成5月，设备到货晚了")
    assert iv.form.start == "2026-05" and iv.form.end == "2026-12" and not iv.form.basis
    assert "correction" in r.acts
    iv = asked_on(TODAY, "basis", {"start": "2026-03", "end": "2026-10", "year": 2026})
    iv.answer("刚才时间说得不准，应该是5月开工，结束还是10月")     # 结束 thought aloud beside the change: no label
    assert (iv.form.start, iv.form.end) == ("2026-05", "2026-10")


def test_both_ends_labelled_answer_the_period():
    iv = asked_on(TODAY, "start")
    r = iv.answer("开始时间：2026年2月，结束时间：2026年11月")
    assert (iv.form.start, iv.form.end) == ("2026-02", "2026-11")
    assert r.acts == ["answer"]
    iv = asked_on(TODAY, "start")
    r = iv.answer("- 开始：2026年3月\n- 结束：2026年9月")          # a list's bullets are no answer of their own
    assert (iv.form.start, iv.form.end) == ("2026-03", "2026-09") and r.acts == ["answer"]


def test_taking_back_the_last_change_by_its_old_value():
    iv = asked_on(TODAY, "basis", {"start": "2026-03", "end": "2026-12", "year": 2026})
    iv.answer("开始改成5月")
    assert iv.form.start == "2026-05"
    r = iv.answer("不对不对，推迟的是另一批，还是3月")
    assert iv.form.start == "2026-03" and not iv.form.basis
    assert r.acts == ["correction"]
