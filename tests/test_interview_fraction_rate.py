"""A rate written as a fraction ("合格率0.9", "达标率：0.95", "合格率1") was stored as 0.9% / 0.95% / 1% — a unit she never
said, turning 90% into 0.9%. A fraction stays as she wrote it (the check asks about its unit); a figure above 1 with no
unit is still a per cent ("满意度95以上")."""
from __future__ import annotations

import pytest

from assistant.interview.rows import read_rows


@pytest.mark.parametrize("said, value", [("合格率0.9", "≥0.9"), ("达标率：0.95", "≥0.95"), ("合格率1", "≥1"),
                                         ("满意度95以上", "≥95%"), ("合格率 90", "≥90%")])
def test_fraction_keeps_no_percent(said, value):
    got = read_rows(said, "质量指标", [], 2026)
    assert [r["value"] for r, _ in got.rows] == [value]
