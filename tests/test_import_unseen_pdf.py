"""Gold forms in unseen regional layouts, printed to PDF by LibreOffice, imported back.

The PDFs in fixtures/unseen_pdf/ were rendered from the .docx layouts of test_import_unseen_layouts.py
(tables ruled with Word's 'Table Grid' style, as printed forms are) by `soffice --headless --convert-to pdf`;
see that folder's README.md. Each was picked for what a PDF does to a table: rows broken across pages
(a wrapped cell goes on at the top of the next page), a table going on on the next page with other
column lines, tables with no paragraph between them (one ruled grid in the PDF), vertical merges,
headings between tables. The import must give back the form on every field score.py checks.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_import_unseen_layouts import facts

from assistant.importers import read_path

FIXTURES = Path(__file__).parent / "fixtures" / "unseen_pdf"
CASES = sorted(FIXTURES.glob("*.pdf"))


def test_every_regional_docx_layout_has_a_rendered_pdf():
    layouts = {json.loads(p.with_suffix(".json").read_text(encoding="utf-8"))["layout"] for p in CASES}
    assert layouts == {"xiangtan_docx", "city_generic_docx", "jiaxian_docx", "mof101_docx", "qingshan_docx"}


@pytest.mark.parametrize("pdf", CASES, ids=lambda p: p.stem)
def test_rendered_pdf_imports_back_to_its_gold_form(pdf):
    expected = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))["form"]
    result = read_path(pdf)
    assert result.format == "pdf"
    want, have = facts(expected), facts(result.form.to_json())
    bad = {k: (want[k], have[k]) for k in want if want[k] != have[k]}
    assert not bad


def test_row_broken_across_pages_is_one_indicator():
    """019 jiaxian: 居民电子健康档案建档率 wraps in its cell and the page breaks inside that row."""
    form = read_path(FIXTURES / "dev11-019-health.jiaxian.pdf").form
    names = [i.name for i in form.indicators if i.scope == "annual"]
    assert "居民电子健康档案建档率" in names
    assert not any(n in ("居民电子健康", "档案建档率") for n in names)


def test_vertically_merged_level1_reaches_every_row_of_a_two_row_header_table():
    """qingshan: 一级指标 is merged over the two header rows and down its indicator rows."""
    form = read_path(FIXTURES / "dev11-001-equipment.qingshan.pdf").form
    assert {i.level1 for i in form.indicators} == {"产出指标", "效益指标", "满意度指标"}
    assert {i.scope for i in form.indicators} == {"long_term", "annual"}


def test_adjacent_tables_do_not_lend_a_header_to_a_blank_goal():
    """city 003: 年度目标 is left blank and the budget table follows with no paragraph between (one grid)."""
    form = read_path(FIXTURES / "dev11-003-training.city_generic.pdf").form
    assert form.goals.annual == []
    assert [b.name for b in form.budget_items] == ["培训场地费", "师资费", "资料印制费", "食宿费"]
