"""Header fields of text dumps where cells wrapped around their neighbours."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.importers import read_path

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
FIELDS = ("department", "unit", "unit_head", "function_code", "start", "end")


@pytest.mark.parametrize("case", ["dev11-014-it_ops", "dev11-018-water"])
def test_org_names_wrapped_around_the_head_label_and_code_not_a_phone(case):
    # 锡林郭勒市大数据|项目单位负责人及|张敏|中心|联系电话; 018's dept phone ends in 2812535 (a 2xxxxxx number)
    form = read_path(CORPUS / f"{case}.a_docx.txt").form
    gold = json.loads((CORPUS / f"{case}.json").read_text(encoding="utf-8"))["form"]
    assert {k: getattr(form, k) for k in FIELDS} == {k: gold[k] for k in FIELDS}


def test_indicator_named_like_an_end_label_does_not_become_the_end():
    # 010 has an indicator 活动完成时间 (looks like the 完成时间 label) followed by other indicator names
    form = read_path(CORPUS / "dev11-010-publicity.a_docx.txt").form
    assert (form.start, form.end) == ("2023-01", "2023-12")


def test_empty_goal_marks_and_a_trailing_total_are_not_goals(tmp_path):
    text = "项目名称：测试项目\n中长期目标\n目标 1：\n目标 2：\n\n240.4\n年度目标\n目标 1：完成资助\n"
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    form = read_path(p).form
    assert form.goals.long_term == []
    assert form.goals.annual == ["完成资助"]


def test_column_ordered_dump_gives_each_budget_item_its_period(fixtures):
    from assistant.importers import read_path
    form = read_path(fixtures / "corpus" / "dev11-000-hiring.a_docx.txt").form
    assert [(i.name, i.start, i.end) for i in form.budget_items] == [
        ("聘用人员工资", "2024-01", "2025-03"), ("社会保险及公积金", "2024-01", "2024-12"), ("岗位津贴", "2024-01", "2024-12")]
