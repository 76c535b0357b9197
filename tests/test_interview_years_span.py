"""A period of whole years ("2027-2029年", "三年（2027-2029）", "自2027年起三年") runs from January of the first year to
December of the last. An end she did not say ("自2027年起三年" → 2029-12) is counted from her figures, said back as
computed and listed for her to confirm; the gate admits such an end only when its sum is right."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview import gate
from assistant.interview.answers import Fill, Patch
from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "高标准农田建设", "unit": "县农业农村局", "department": "县农业农村局"}


@pytest.mark.parametrize("said", ["2027-2029年", "三年（2027-2029）", "2027年至2029年", "自2027年起三年", "2027年开始，为期3年"])
def test_whole_years(said):
    iv = asked_on(TODAY, "start", BASE)
    iv.answer(said)
    assert (iv.form.start, iv.form.end, iv.form.year) == ("2027-01", "2029-12", 2027)


def test_counted_end_is_listed_to_confirm():
    iv = asked_on(TODAY, "start", BASE)
    r = iv.answer("自2027年起三年")
    assert any("计算得出：2027年起3年" in s for s in r.said), r.said
    assert "end" in {u.path for u in iv.unconfirmed_numbers()}


@pytest.mark.parametrize("detail, value", [("2027年起3年，到2030年12月", "2030-12"), ("2027年起4年，到2030年12月", "2030-12")])
def test_gate_checks_the_count(detail, value):
    ok, refused = gate.admit(Patch([Fill("end", value, kind="computed", detail=detail, primary=True)]),
                             gate.Allow(fields={"start"}, text="自2027年起三年", this_year=2026))
    assert not ok.fills and refused


def test_months_keep_their_own_reading():
    iv = asked_on(TODAY, "start", BASE)
    iv.answer("2027年3月至2029年10月")
    assert (iv.form.start, iv.form.end) == ("2027-03", "2029-10")


@pytest.mark.parametrize("said", ["2026-2027学年", "2026-2027年采暖季"])
def test_a_school_year_is_no_run_of_whole_years(said):
    """A school year or a heating season runs across two years, never January to December: asked, not guessed."""
    iv = asked_on(TODAY, "start", BASE)
    iv.answer(said)
    assert (iv.form.start, iv.form.end) != ("2026-01", "2027-12")
