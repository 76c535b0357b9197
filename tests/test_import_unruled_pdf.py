"""A PDF whose tables have no borders: its text, in PDFium's order, is read as a text dump.

Before the fallback such a PDF gave back only the title-line facts (the table finder needs ruling
lines); the cases list the facts that must now come back exactly. Budget rows, indicator tables
and a few labels of these layouts are not read yet from unruled text and are not asserted.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_import_unseen_layouts import facts

from assistant.importers import read_path

FIXTURES = Path(__file__).parent / "fixtures" / "unruled_pdf"
HEADER = ["project_name", "department", "unit", "unit_head", "function_code", "start", "end",
          "funding.total", "funding.carryover", "funding.current_year", "funding.other", "filler", "fill_date"]
EXPECTED = {
    "dev11-000-hiring.xiangtan": HEADER + ["goals.annual"],
    "dev11-003-training.city_generic": HEADER + ["attribute", "goals.annual"],
    "dev11-007-health.qingshan": HEADER + ["attribute", "goals.annual", "goals.long_term", "budget_items"],
}


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_unruled_pdf_is_read_from_its_text(stem):
    result = read_path(FIXTURES / f"{stem}.pdf")
    assert result.format == "pdf"
    assert any("没有边框线" in w for w in result.warnings)
    want = facts(json.loads((FIXTURES / f"{stem}.json").read_text(encoding="utf-8"))["form"])
    have = facts(result.form.to_json())
    assert {k: have[k] for k in EXPECTED[stem]} == {k: want[k] for k in EXPECTED[stem]}


def test_a_ruled_pdf_is_still_read_from_its_tables():
    result = read_path(Path(__file__).parent / "fixtures" / "unseen_pdf" / "dev11-000-hiring.xiangtan.pdf")
    assert not any("没有边框线" in w for w in result.warnings) and result.form.indicators
