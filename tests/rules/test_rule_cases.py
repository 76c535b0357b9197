"""Data-driven rule cases (sqlfluff-style): tests/rules/cases/<code>.yaml.

Each case patches the clean base form; a `fail_*` case names the exact fields the code
must raise (and the corrections it must propose), a `pass_*` case raises nothing of that
code. In both, no other error or warning may appear unless listed under `also`.
"""
from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
import yaml

from assistant.corrections import apply_corrections
from assistant.model import Declaration
from assistant.rules import all_rules, check

HERE = Path(__file__).parent
BASE = yaml.safe_load((HERE / "base.yaml").read_text(encoding="utf-8"))
ARITHMETIC = {"funding_sum_mismatch", "budget_items_sum_mismatch", "unit_scale_mismatch", "quantity_price_mismatch"}


def _merge(dst: dict, patch: dict) -> dict:
    for k, v in patch.items():
        if isinstance(v, dict) and isinstance(dst.get(k), dict):
            _merge(dst[k], v)
        else:
            dst[k] = v
    return dst


def build(case: dict) -> Declaration:
    data = _merge(copy.deepcopy(BASE), copy.deepcopy(case.get("patch", {})))
    drop = set(case.get("drop", []))
    data["indicators"] = [r for r in data["indicators"] if r["name"] not in drop]
    for name, value in case.get("set", {}).items():
        rows = [r for r in data["indicators"] if r["name"] == name]
        assert rows, f"case sets unknown indicator {name}"
        rows[0]["value"] = value
    data["indicators"].extend(case.get("add", []))
    return Declaration.model_validate(data)


def _cases():
    for path in sorted((HERE / "cases").glob("*.yaml")):
        code = path.stem
        for name, case in yaml.safe_load(path.read_text(encoding="utf-8")).items():
            yield pytest.param(code, name, case or {}, id=f"{code}-{name}")


def _new(x):
    """A correction's new value: numbers compared to 4 places, text (a date) exactly."""
    return round(float(x), 4) if isinstance(x, (int, float)) else str(x)


@pytest.mark.parametrize("code,name,case", list(_cases()))
def test_rule_case(code, name, case):
    form = build(case)
    report = check(form)
    got = sorted(f.field for f in report.findings if f.code == code)
    if name.startswith("fail"):
        assert got == sorted(case["fields"])
    else:
        assert got == []
    others = {f"{f.code}@{f.field}" for f in report.findings
              if f.code != code and f.severity.value in ("error", "warning") and f.code not in case.get("also", [])}
    assert others == set()
    want = case.get("corrections", [])
    mine = [(c.field, _new(c.new)) for c in report.corrections if c.code == code]
    assert mine == [(c["field"], _new(c["new"])) for c in want]
    if mine and code in ARITHMETIC:
        fixed = check(apply_corrections(form, [c for c in report.corrections if c.code == code]))
        assert [f.code for f in fixed.findings if f.code in ARITHMETIC] == []


def test_base_form_is_clean():
    report = check(Declaration.model_validate(BASE))
    assert [f"{f.code}@{f.field}" for f in report.findings] == []


def test_every_rule_has_pass_and_fail_cases_and_a_docstring():
    for r in all_rules():
        path = HERE / "cases" / f"{r.code}.yaml"
        assert path.exists(), f"{r.code}: no cases file"
        names = list(yaml.safe_load(path.read_text(encoding="utf-8")))
        assert any(n.startswith("pass") for n in names), r.code
        assert any(n.startswith("fail") for n in names), r.code
        assert "Why:" in r.doc and "Bad:" in r.doc and "Good:" in r.doc, r.code


# spec/findings.md: code -> (severity, kind), both catalogues
SPEC = {
    "field_missing": ("error", "rule"), "goal_annual_missing": ("error", "rule"),
    "goal_long_term_missing": ("warning", "rule"), "goal_vague": ("warning", "heuristic"),
    "indicator_category_missing": ("error", "rule"), "indicator_value_missing": ("error", "rule"),
    "indicator_name_missing": ("error", "rule"), "indicator_unit_missing": ("warning", "rule"),
    "indicator_vague": ("warning", "heuristic"), "percent_out_of_range": ("error", "rule"),
    "satisfaction_target_low": ("warning", "rule"), "cost_indicator_not_monetary": ("warning", "rule"),
    "indicator_duplicate": ("warning", "rule"), "indicator_input_as_output": ("warning", "heuristic"),
    "funding_sum_mismatch": ("error", "rule"), "budget_items_sum_mismatch": ("error", "rule"),
    "unit_scale_mismatch": ("error", "rule"), "quantity_price_mismatch": ("error", "rule"),
    "cost_indicator_sum_mismatch": ("warning", "rule"), "period_invalid": ("error", "rule"),
    "item_period_outside": ("warning", "rule"), "fill_date_after_start": ("warning", "rule"),
    "function_code_basic_spending": ("warning", "rule"), "attribute_inconsistent": ("warning", "rule"),
    "function_code_invalid": ("error", "rule"),
    # catalogue v2
    "year_period_mismatch": ("warning", "rule"), "date_outside_period": ("warning", "rule"),
    "text_number_mismatch": ("warning", "rule"), "text_approximate": ("warning", "heuristic"),
    "text_non_answer": ("warning", "rule"), "contact_missing": ("warning", "rule"),
    "indicator_unit_mismatch": ("warning", "rule"), "indicator_direction_conflict": ("warning", "rule"),
    "indicator_value_serial_date": ("error", "rule"),
}


def test_registry_matches_the_spec_catalogue():
    assert {r.code: (r.severity.value, r.kind.value) for r in all_rules()} == SPEC


def test_every_rule_has_a_short_chinese_title_apart_from_its_summary():
    titles = {}
    for r in all_rules():
        assert r.title and r.title != r.summary and r.code not in r.title, r.code
        assert len(r.title) <= 14 and re.search(r"[\u4e00-\u9fff]", r.title) and not r.title.endswith("。"), r.code
        titles.setdefault(r.title, r.code)
    assert len(titles) == len(SPEC), "two rules share a title"


def test_rule_order_does_not_depend_on_import_order():
    import subprocess, sys
    code = ("import assistant.rules.{first}; from assistant.rules import all_rules; "
            "print(','.join(r.code for r in all_rules()))")
    outs = {subprocess.run([sys.executable, "-c", code.format(first=m)], capture_output=True, text=True, check=True).stdout
            for m in ("arithmetic", "codes", "goals")}
    assert len(outs) == 1
