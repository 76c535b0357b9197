"""The catalogue-v2 hidden-style set (eval/inject_v2.py): defects injected into the gold forms are
found, clean twins full of near-misses raise none, serial-date corrections are exact."""
from __future__ import annotations

import pytest

from eval import inject_v2 as iv


@pytest.fixture(scope="module")
def results():
    return {"main": iv.measure(iv.build(rounds=1)), "holdout": iv.measure(iv.build_holdout(rounds=1))}


@pytest.mark.parametrize("which", ["main", "holdout"])
def test_each_code_reaches_the_targets(results, which):
    r = results[which]
    for code, s in r["codes"].items():
        if s["tp"] + s["fn"]:
            assert s["tp"] / (s["tp"] + s["fn"]) >= 0.95, (code, r["notes"][:5])
        if s["tp"] + s["fp"]:
            assert s["tp"] / (s["tp"] + s["fp"]) >= 0.95, (code, r["notes"][:5])


def test_serial_date_corrections_are_exact(results):
    ok, n = results["main"]["corrections"]
    assert n > 20 and ok == n


def test_twins_raise_no_v2_finding(results):
    assert not [n for n in results["main"]["notes"] + results["holdout"]["notes"] if "twin" in n]


def test_every_code_is_injected():
    codes = {c for _, _, want, _ in iv.build(rounds=1) for c, _ in want}
    assert codes == set(iv.V2)
