"""A file whose indicator table cannot be read is not reported as missing its indicator categories.

"年度绩效指标中缺少数量指标" would be about the reading, not the form: the review says the table
was not read instead, and the form cannot be graded 优 on unchecked indicators.
"""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from assistant.cli import cli
from assistant.importers import read_bytes
from assistant.review.opinion import draft_opinion, grade
from assistant.review_one import UNREAD_INDICATORS, review_file

FIXTURES = Path(__file__).parent / "fixtures"
HEAD = "项目名称：甲项目\n主管部门：乙局\n项目单位：丙中心\n"
# an indicator table whose rows cannot be aligned (two values for one name, no level words)
UNREADABLE = "一级指标\n二级指标\n三级指标\n指标值\n某某\n≥1\n≥2\n≥3\n"


def codes(text: str) -> list[str]:
    r = review_file("x.txt", data=text.encode())
    return [f.code for f in r.report.findings]


def test_an_unread_table_raises_no_missing_category_and_says_so():
    imported = read_bytes((HEAD + UNREADABLE).encode(), "x.txt")
    assert imported.form.indicators == [] and imported.unread == ["indicators"]
    r = review_file("x.txt", data=(HEAD + UNREADABLE).encode())
    assert "indicator_category_missing" not in [f.code for f in r.report.findings]
    assert UNREAD_INDICATORS in r.warnings


def test_a_form_with_no_indicator_table_still_misses_its_categories():
    assert codes(HEAD).count("indicator_category_missing") == 6


def test_json_input_is_taken_as_it_is():
    """A JSON declaration has no table to misread: its empty indicators are the form's own."""
    form = json.dumps({"project_name": "甲项目", "overview": "一级指标、三级指标写在概况里"}, ensure_ascii=False).encode()
    assert read_bytes(form, "x.json").unread == []
    assert [f.code for f in review_file("x.json", data=form).report.findings].count("indicator_category_missing") == 6


def test_an_unread_table_caps_the_grade_and_the_opinion_says_why():
    record = {"file": "x.txt", "form": {"project_name": "甲项目"}, "findings": [], "corrections": [],
              "warnings": [UNREAD_INDICATORS]}
    assert grade(record) == "良"
    assert "绩效指标表未能读取" in draft_opinion(record)
    assert draft_opinion(record).splitlines()[1] == "等级说明：文件中的绩效指标表未能读取、指标未经检查，等级最高为良。"
    assert grade({**record, "warnings": []}) == "优"


def test_check_json_carries_the_warning():
    path = FIXTURES / "unseen_txt" / "dev11-003-training.city_generic.txt"
    r = CliRunner().invoke(cli, ["check", "--json", str(path)])
    rec = json.loads(r.stdout.splitlines()[0])
    assert UNREAD_INDICATORS in rec["warnings"]
    assert not [f for f in rec["findings"] if f["code"] == "indicator_category_missing"]


def test_a_row_no_table_could_hold_is_not_imported():
    """佳县 printed column by column: the seed-style reader used to make one row of the whole tail."""
    from assistant.importers import read_path
    r = read_path(FIXTURES / "unseen_txt" / "dev11-000-hiring.jiaxian.txt")
    assert r.form.indicators == [] and "indicators" in r.unread
    # (its funding parts are unread too: 上年结转 / 本年度申请 printed in different columns, test_import_text_funding_order)
    assert set(r.unread) == {"indicators", "funding.carryover", "funding.current_year", "funding.other"}
    assert any("无法可靠地拆分成行" in w for w in r.warnings)


def test_a_wrapped_indicator_header_is_still_seen():
    """101号 prints 一级指 / 标 on two lines: the table is there all the same."""
    from assistant.importers import read_path
    assert read_path(FIXTURES / "unseen_txt" / "dev11-000-hiring.mof101.txt").unread == ["indicators"]


def test_plausible_rows():
    from assistant.importers.text_dump_tables import _plausible_row
    assert _plausible_row({"name": "聘用人员到岗率", "value": "≥98%"})
    assert not _plausible_row({"name": "信访事项按期办结率可持续影响指接访工作连续标运转时长满意度指标", "value": "≥95%"})
    assert not _plausible_row({"name": "资金到位率", "value": "≥95%≥12个月≥90%=100%"})
    assert not _plausible_row({"name": "资金到位率填表人：黄丽", "value": "=100%"})
