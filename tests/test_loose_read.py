"""A review of a file read by a loose path (plain text; OCR sets the same flag) lists the fields read that way as
请核对, marks the findings that rest only on them 待核实 (a warning, never an error), and does not report a
field as missing when the file has it but its value could not be placed."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from test_import_unseen_layouts import docx_bytes

from assistant.cli import cli
from assistant.importers import read_bytes
from assistant.review.opinion import draft_opinion, field_label
from assistant.review_one import review_file, review_form

REAL = Path(__file__).parent / "fixtures" / "real"
TEXT = ("| 项目名称 | 甲项目 | |||\n| 主管部门 | 乙局 | 实施单位 | 丙中心 | |\n"
        "| 资金总额（万元） | 100 | 其中:财政拨款 | 80 | 其他资金 | 0 | |\n| 年度目标 | 完成培训200人次。 | |||\n")


def test_every_field_of_a_text_import_says_how_it_was_read():
    result = read_bytes(TEXT.encode(), "x.txt")
    assert result.loose
    assert result.how["project_name"] == result.how["funding.total"] == "text-rows"
    assert result.provenance["department"] == "第2行"
    cells = read_bytes("项目名称\n\n甲项目\n\n主管部门\n\n乙局\n\n".encode(), "y.txt")
    assert cells.how["department"] == "text-cells"


def test_a_word_table_is_not_a_loose_read():
    result = read_bytes(docx_bytes([[["项目名称", "甲项目"], ["主管部门", "乙局"]]]), "x.docx")
    assert not result.loose and result.how["project_name"] == "table"
    review = review_form(result.form, imported=result)
    assert not review.to_check and not any(f.message.startswith("待核实") for f in review.report.findings)


def test_findings_on_a_loose_read_are_to_be_verified_and_never_errors():
    imported = read_bytes(TEXT.encode(), "x.txt")
    review = review_form(imported.form, imported=imported)
    sums = [f for f in review.report.findings if f.code == "funding_sum_mismatch"]
    assert sums and all(f.message.startswith("待核实：") and f.severity.value == "warning" for f in sums)
    assert not review.report.has_errors
    assert {"project_name", "department", "unit", "funding.total"} <= set(review.to_check)
    assert any("请核对" in w and "项目名称" in w for w in review.warnings)


def test_the_review_opinion_lists_the_fields_to_check():
    record = review_file(str(REAL / "021_huangshi_dangxiao_zhutiban_2022.txt")).to_json()
    assert "to_check" in record and "project_name" in record["to_check"]
    assert "【请核对】" in draft_opinion(record)


def test_a_field_whose_value_was_refused_is_not_reported_missing():
    text = "| 项目名称 | 甲项目 | |||\n| 实施单位 | 赵磊 | |||\n| 主管部门 | 乙局 | |||\n"
    imported = read_bytes(text.encode(), "x.txt")
    review = review_form(imported.form, imported=imported)
    assert "unit" in imported.unread
    assert not [f for f in review.report.findings if f.code == "field_missing" and f.field == "unit"]
    assert any("未能可靠读取" in w and field_label("unit") in w for w in review.warnings)


def test_check_json_carries_the_fields_to_check_and_exits_0_on_a_loose_read():
    path = str(REAL / "004_nanyue_fupin_rendajidi_2018.txt")
    r = CliRunner().invoke(cli, ["check", "--json", path])
    row = json.loads(r.output.splitlines()[0])
    assert r.exit_code == 0 and "project_name" in row["to_check"]
    assert all(f["severity"] != "error" for f in row["findings"])


def test_a_dump_with_goal_sentences_placed_nowhere_does_not_call_the_goals_missing():
    imported = read_bytes((REAL / "018_yongxing_xumushouyi_dongwuyibing_2017_pdf.txt").read_bytes(), "018.txt")
    assert not imported.form.goals.annual                       # the sentences could not be placed: abstained
    assert {"goals.annual", "goals.long_term"} <= set(imported.unread)
    review = review_form(imported.form, imported=imported)
    assert not [f for f in review.report.findings if f.code in ("goal_annual_missing", "goal_long_term_missing")]
    assert any("未能可靠读取" in w and "年度目标" in w for w in review.warnings)


def test_a_dump_whose_sentences_were_all_placed_still_reports_an_empty_goal():
    from assistant.importers.seen import labelled_but_empty
    form = {"project_name": "甲项目", "overview": "聘用12名工作人员承担来访接待工作，保障信访秩序。", "goals": {"annual": []}}
    text = "项目名称\n甲项目\n项目概况\n聘用12名工作人员承担来访接待工作，保障信访秩序。\n年度绩效目标\n"
    assert labelled_but_empty(text, form) == []                # every sentence is in the form: the goal is empty
    text += "完成全年来访接待任务，群众满意度达到百分之九十以上。\n"
    assert labelled_but_empty(text, form) == ["goals.annual"]  # a sentence placed nowhere: it may be the goal
