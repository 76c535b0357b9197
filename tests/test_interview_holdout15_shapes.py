"""Shapes of answer that put a value where it did not belong, invented an amount or looped (issue 11,
guarantees 1, 2 and 4), each in words of its own:

- a number said in words with no unit at the money question ("六十", perhaps cut off by voice input) is read
  in the question's 万元 but the unit is ours: listed among the numbers to confirm, never taken as hers;
- a month said as a deadline ("10月底前", "到9月") is when the work ends, never when it starts; at the
  时效指标 question "时间" is the row's time, not the project's period;
- at a drafted goal, "目标不要了，太长" is a no to the draft and "你再写一版，写上15个村" asks for another one:
  neither is stored as her goal;
- budget line names with no amounts ("设备购置；人员培训；宣传") are no single line of the whole total;
- "上一题的明细，第三行是6万不是5万" corrects the budget lines she names, it does not go back and undo
  the answer just given;
- "回到X那一项，<answer>" answers X in passing: the question on her screen, asked again after it, is a
  repeat, never asked a third time in a row;
- a correction to the figure a text already holds ("改成三期的" where the overview says 三期) changes nothing;
- "新建公厕5座40万": the count belongs to the line, not its name.
"""
from __future__ import annotations

import datetime as dt

from assistant.interview.engine import Interview
from assistant.interview.readers import read


def _iv() -> Interview:
    iv = Interview(today=dt.date(2026, 3, 9))
    iv.opening()
    return iv


def _budget_asked(total: str = "一共60万元，没有结转和其他资金") -> Interview:
    iv = _iv()
    iv.ask("funding")
    iv.answer(total)
    assert iv.form.funding.total is not None
    iv.ask("budget_items")
    return iv


def test_a_number_said_in_words_with_no_unit_is_kept_only_as_a_suggestion():
    iv = _iv()
    iv.ask("funding")
    reply = iv.answer("六十")
    assert iv.form.funding.total == 60                # the question's 万元 …
    assert "funding.total" in {u.path for u in iv.unconfirmed_numbers()}     # … but the unit is ours: to confirm
    assert "待您确认" in "".join(reply.said)
    again = Interview.from_state(iv.to_state())
    assert "funding.total" in {u.path for u in again.unconfirmed_numbers()}
    iv.answer("改一下：总额是六十五万")
    assert iv.form.funding.total == 65
    assert "funding.total" not in {u.path for u in iv.unconfirmed_numbers()}


def test_a_spoken_zero_or_a_number_with_its_unit_is_still_read():
    iv = _iv()
    iv.ask("funding")
    iv.answer("七十二万")
    assert iv.form.funding.total == 72


def test_a_deadline_month_is_the_end_never_the_start():
    iv = _iv()
    iv.form.year = 2026
    for said in ("10月底前", "到9月", "8月以前"):
        fills = {f.path: f.value for f in read("start", said, iv.context("start")).fills}
        assert "start" not in fills, said
        assert fills.get("end", "").startswith("2026-"), said


def test_time_at_the_timeliness_question_is_not_the_project_period():
    iv = _iv()
    iv.ask("start")
    iv.answer("2026年3月到12月")
    assert (iv.form.start, iv.form.end) == ("2026-03", "2026-12")
    iv.ask("indicators.时效指标")
    iv.answer("时间改成10月底前")
    assert (iv.form.start, iv.form.end) == ("2026-03", "2026-12")


def _goal_offered() -> Interview:
    iv = _iv()
    for f, said in (("project_name", "村级公益性岗位补贴"), ("unit", "县人力资源和社会保障局"),
                    ("funding", "一共36万元，没有结转"), ("start", "2026年1月到12月"),
                    ("indicators.数量指标", "补贴岗位数量 60个"), ("indicators.满意度指标", "岗位人员满意度 ≥90%")):
        iv.ask(f)
        iv.answer(said)
    q = iv.ask("goals.annual")
    assert q.proposal, q.text
    return iv


def test_no_to_a_drafted_goal_by_its_label_is_a_no():
    iv = _goal_offered()
    reply = iv.answer("年度目标不要了，太长")
    assert list(iv.form.goals.annual) == []
    assert "deny" in reply.acts


def test_asking_for_another_draft_is_no_goal_of_hers():
    iv = _goal_offered()
    reply = iv.answer("你再写一版，写上15个村")
    assert list(iv.form.goals.annual) == []
    assert "dont_know" in reply.acts
    iv = _goal_offered()
    iv.answer("目标你起草一个，我先看看")
    assert list(iv.form.goals.annual) == []


def test_line_names_without_amounts_are_no_line_of_the_whole_total():
    iv = _budget_asked()
    reply = iv.answer("设备购置；人员培训；宣传资料")
    assert list(iv.form.budget_items) == []
    assert "unclear" in reply.acts
    assert "金额" in "".join(reply.said)


def test_the_budget_lines_of_the_question_before_are_corrected_without_going_back():
    iv = _budget_asked("一共46万元，没有结转和其他资金")
    iv.answer("课桌椅20万；图书15万；多媒体5万；安装6万")
    assert len(iv.form.budget_items) == 4
    iv.ask("indicators.数量指标")
    iv.answer("配备图书室8间")
    rows = [i.name for i in iv.form.indicators]
    assert rows
    iv.ask("indicators.质量指标")
    reply = iv.answer("上一题的明细，第三行多媒体是6万不是5万，安装是5万，总数不变")
    assert "back" not in reply.acts
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("课桌椅", 20), ("图书", 15), ("多媒体", 6), ("安装", 5)]
    assert [i.name for i in iv.form.indicators] == rows       # the answer given before stays


def test_an_answer_to_another_question_in_passing_does_not_reset_the_repeat_count():
    iv = _iv()
    given = {"project_name": "文化广场建设", "unit": "县文化馆", "department": "县文化广电旅游局", "attribute": "新增",
             "start": "2026年3月到12月", "necessity": "群众没有活动场地"}
    while (q := iv.next_question()) is not None and q.field != "funding":
        iv.answer(given.get(q.field, "跳过"))
    assert q is not None and not iv.form.overview
    iv.answer("回到项目概况那一项，给全县12个村建文化广场")
    assert iv.form.overview
    q = iv.next_question()
    assert q is not None and q.field == "funding"
    reply = iv.answer("刚才找领导签字去了")
    assert iv.form.funding.total is None
    assert reply.question is None or reply.question.field != "funding"      # never a third time in a row


def test_a_figure_the_text_already_holds_is_no_correction():
    iv = _iv()
    for f, said in (("project_name", "污水管网建设(三期)"), ("unit", "县住建局"), ("funding", "一共80万元，没有结转"),
                    ("start", "2026年3月到12月"), ("overview", "一期二期已经建成，今年三期新建污水管网12公里"),
                    ("indicators.数量指标", "新建管网长度 12公里")):
        iv.ask(f)
        iv.answer(said)
    before = iv.form.overview
    iv.ask("goals.annual")
    reply = iv.answer("去年定的目标是“建成二期管网”，今年你帮我改成三期的")
    assert iv.form.overview == before
    assert "overview" not in reply.changed


def test_a_count_before_the_amount_is_not_part_of_the_line_name():
    iv = _budget_asked("一共56万元，没有结转和其他资金")
    iv.answer("新建公厕5座40万，改造旧厕8座16万")
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("新建公厕", 40), ("改造旧厕", 16)]
