"""The period said while another question is asked: "今年一年" (not only 今年全年 / 一整年) is the whole year, read and
said back ("“今年”按2026年理解") as it is when the period is asked; a reading is said only with a value it wrote —
"明年全年吧" beside a period she gave before, not written (it names no field), says no "按2027年理解"."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 3)
FORM = {"project_name": "家庭医生签约服务经费", "unit": "城关镇卫生院"}


@pytest.mark.parametrize("said,year", [("今年一年", 2026), ("明年一年", 2027), ("今年一年 从一月到十二月", 2026)])
def test_a_whole_year_said_at_the_overview_is_the_period_and_said_back(said, year):
    iv = asked_on(DAY, "overview", FORM)
    r = iv.answer(said)
    assert (iv.form.start, iv.form.end) == (f"{year}-01", f"{year}-12")
    assert iv.form.overview == ""
    assert f"按{year}年理解" in "\n".join(r.lines())


def test_a_year_in_a_sentence_of_work_is_no_period():
    iv = asked_on(DAY, "overview", FORM)
    iv.answer("今年一年服务8000人")
    assert iv.form.start == "" and iv.form.overview == "今年一年服务8000人"


def test_a_reading_is_said_only_with_what_it_wrote():
    iv = asked_on(DAY, "overview", FORM)
    iv.answer("今年一年")
    iv.ask("function_code")
    r = iv.answer("明年全年吧")
    assert iv.form.start == "2026-01"                  # (her period stands: the message names no field)
    assert "按2027年理解" not in "\n".join(r.lines())
