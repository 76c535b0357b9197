"""新增 said the plain ways: "今年新上的", "算新的吧", "明年新开的" (they were not read, and asked again)."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

BASE = {"project_name": "森林防火视频监控系统运维", "unit": "县林业局", "department": "县林业局"}


@pytest.mark.parametrize("said, value", [("今年新上的", "新增"), ("算新的吧", "新增"), ("明年新开的", "新增"), ("续建项目", "延续")])
def test_attribute(said, value):
    iv = asked_on(dt.date(2026, 12, 3), "attribute", BASE)
    iv.answer(said)
    assert iv.form.attribute == value
