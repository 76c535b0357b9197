"""Brackets in a budget list (holdout11 vocational_base_long_names): "工业机器人实训室（含6台六轴机器人）128.6万
（不是126.8）" lost its whole line — the quoted wrong figure "（不是126.8）" was read as a correction that dropped
everything before it, and the count in "（含6台六轴机器人）" was taken for a value read into the name. A bracketed
"不是…" right after her figure quotes the wrong one (the figure before stands; nothing is corrected), and what a
line contains, said in brackets after 含/包括, is part of its name. A figure inside a name otherwise still is not."""
import datetime as dt

from interview_helpers import asked_on

TODAY = dt.date(2021, 5, 10)
FORM = {"project_name": "智能制造实训基地建设项目", "unit": "永安县职业技术学校", "start": "2021-06", "end": "2022-05", "year": 2021,
        "funding": {"total": 320, "carryover": 0, "current_year": 320, "other": 0}}


def _lines(iv):
    return [(b.name.replace("(", "（").replace(")", "）"), b.amount) for b in iv.form.budget_items]


def test_the_wrong_figure_quoted_in_brackets_leaves_the_line_and_the_rest():
    iv = asked_on(TODAY, "budget_items", FORM)
    reply = iv.answer("工业机器人实训室128.6万（不是126.8）\n数控加工实训室96万\n智能产线实训室75.4万\n装修改造20万")
    assert _lines(iv) == [("工业机器人实训室", 128.6), ("数控加工实训室", 96), ("智能产线实训室", 75.4), ("装修改造", 20)]
    assert "126.8" not in str(iv.form.model_dump())
    assert "correction" not in reply.acts


def test_what_a_line_contains_is_part_of_its_name():
    iv = asked_on(TODAY, "budget_items", FORM)
    iv.answer("工业机器人实训室（含6台六轴机器人）128.6万（不是126.8）\n数控加工实训室96万")
    assert _lines(iv) == [("工业机器人实训室（含6台六轴机器人）", 128.6), ("数控加工实训室", 96)]


def test_a_total_with_its_wrong_figure_quoted_is_hers():
    iv = asked_on(TODAY, "funding", {k: v for k, v in FORM.items() if k != "funding"})
    iv.answer("总共68.5万（不是65.8，小周念反了）")
    assert iv.form.funding.total == 68.5


def test_a_count_read_into_a_name_is_still_refused():
    iv = asked_on(TODAY, "budget_items", FORM)
    iv.answer("培训6台设备操作员12万；耗材8万")
    assert all("6台" not in b.name for b in iv.form.budget_items)
