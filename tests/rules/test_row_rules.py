"""Row-local rules (``@rule(..., row=True)``): ``check`` runs one only on a form with a row that, alone in a form,
makes it say something (rules/__init__.py ``_row_codes``). That is right only when the mark is true: these tests
check it on every rule case and every JSON form of the fixtures, and that a skipped rule is really skipped."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.formdata import PlainDeclaration, plain_of, read
from assistant.rules import Context, all_rules, check

from .test_rule_cases import _cases, build

FIXTURES = Path(__file__).parent.parent / "fixtures"
ROW_RULES = [r for r in all_rules() if r.row]


def _forms():
    for param in _cases():
        code, name, case = param.values
        yield f"case:{code}-{name}", plain_of(build(case))
    for p in sorted(FIXTURES.rglob("*.json")):
        try:
            data = json.loads(p.read_text(encoding="utf-8-sig"))
        except (ValueError, UnicodeDecodeError):
            continue
        if isinstance(data, dict) and isinstance(data.get("form"), dict):
            data = data["form"]
        form = read(data) if isinstance(data, dict) else None
        if form is not None and form.indicators:
            yield str(p.relative_to(FIXTURES)), form


FORMS = list(_forms())


def _alone(form: PlainDeclaration, i: int) -> PlainDeclaration:
    one = PlainDeclaration.__new__(PlainDeclaration)
    one.__dict__ = {**read({}).__dict__, "indicators": [form.indicators[i]]}
    return one


def test_the_row_local_rules_are_the_indicator_row_rules():
    assert {r.code for r in ROW_RULES} == {
        "indicator_value_missing", "indicator_name_missing", "indicator_unit_missing", "indicator_vague",
        "percent_out_of_range", "satisfaction_target_low", "cost_indicator_not_monetary", "indicator_input_as_output",
        "indicator_unit_mismatch", "indicator_direction_conflict", "indicator_value_serial_date"}


def test_there_are_forms_with_rows_that_fire_each_row_rule():
    fired = {f.code for _, form in FORMS for f in check(form).findings}
    assert {r.code for r in ROW_RULES} <= fired


@pytest.mark.parametrize("rule", ROW_RULES, ids=lambda r: r.code)
def test_a_row_rule_says_of_a_form_what_it_says_of_each_row_alone(rule):
    for where, form in FORMS:
        whole = [x.code if hasattr(x, "code") else "" for x in rule.func(form, Context())]
        rows = [x.code if hasattr(x, "code") else "" for i in range(len(form.indicators))
                for x in rule.func(_alone(form, i), Context())]
        assert len(whole) == len(rows), (where, rule.code, whole, rows)


def test_a_form_whose_rows_fire_no_row_rule_does_not_run_them(monkeypatch):
    _, form = next((w, f) for w, f in FORMS if w.startswith("case:") and not any(
        r.code in {x.code for x in check(f).findings} for r in ROW_RULES))
    check(form)                                      # its rows are now known
    ran = []
    from assistant import rules
    for name in ("_RUN", "_FORM_RUN"):               # every run list check() may take, its row rules recorded
        monkeypatch.setattr(rules, name, [(code, (lambda f, ctx, code=code: ran.append(code) or iter(())) if row
                                           else func, (lambda ind, i, code=code: ran.append(code) or iter(()))
                                           if row else None) for code, func, row in getattr(rules, name)])
    check(form)
    assert ran == []


def test_a_row_rule_runs_only_on_the_rows_that_make_it_say_something(monkeypatch):
    """A form with a row that fires a row rule runs that rule's row function on that row, not on the form's other
    rows (what it says of them is known: nothing) — and its findings are still the rule's own on the whole form."""
    from assistant import rules
    rule = next(r for r in ROW_RULES if r.code == "percent_out_of_range")
    where, form = next((w, f) for w, f in FORMS if len(f.indicators) > 1
                       and any(x.code == rule.code for x in check(f).findings))
    firing = [i for i in range(len(form.indicators))
              if any(x.code == rule.code for x in rule.func(_alone(form, i), Context()))]
    assert 0 < len(firing) < len(form.indicators), where
    asked = []
    real = rule.row_func

    def recording(ind, i):
        asked.append(i)
        return real(ind, i)
    monkeypatch.setattr(rules, "_RUN", [(code, func, recording if code == rule.code else row)
                                        for code, func, row in rules._RUN])
    ours = [(x.field, x.message) for x in check(form).findings if x.code == rule.code]
    assert asked == firing
    assert ours == [(x.field, x.message) for x in rule.func(form, Context()) if hasattr(x, "message")]


def test_a_row_that_fires_still_runs_its_rule_on_the_whole_form():
    for rule in ROW_RULES:
        where, form = next((w, f) for w, f in FORMS if any(x.code == rule.code for x in check(f).findings))
        ours = [(x.field, x.message) for x in check(form).findings if x.code == rule.code]
        theirs = [(x.field, x.message) for x in rule.func(form, Context()) if hasattr(x, "message")]
        assert ours == theirs, (where, rule.code)


def _gate_false(rule, ind) -> bool:
    return rule.gate is not None and not rule.gate(ind)


@pytest.mark.parametrize("rule", [r for r in ROW_RULES if r.gate is not None], ids=lambda r: r.code)
def test_a_gate_rules_out_only_rows_the_rule_says_nothing_of_whatever_their_value(rule):
    """A rule's gate reads a row's levels and name: where it is false, the rule says nothing of that row with any
    value (each of the fixtures' values tried with each of their levels and names), so ``_codes_of_row`` may skip it."""
    from assistant.formdata import PlainIndicator
    heads = {(ind.scope, ind.level1, ind.level2, ind.name) for _, form in FORMS for ind in form.indicators}
    values = sorted({ind.value for _, form in FORMS for ind in form.indicators} | {"", "44561", "=44,561", "≥120%",
                                                                                  "≤70%", "有效提升", "%"})
    ruled_out = 0
    for scope, l1, l2, name in sorted(heads):
        row = PlainIndicator.__new__(PlainIndicator)
        row.__dict__ = {"scope": scope, "level1": l1, "level2": l2, "name": name, "value": ""}
        if not _gate_false(rule, row):
            continue
        ruled_out += 1
        for value in values:
            row.__dict__["value"] = value
            assert list(rule.row_func(row, 0)) == [], (rule.code, l1, l2, name, value)
    assert ruled_out, rule.code      # (the gate rules something out in the fixtures: the test tests something)


def test_a_row_with_a_gated_name_is_still_asked_of_the_rules_that_can_fire():
    """The gates are remembered per levels and name: a second row with the same name and a value that makes a rule
    fire still gets that rule's finding (no stale answer from the first row)."""
    from assistant import rules
    base = read({"indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "完成数量", "value": "=21公里"}]})
    assert not {f.code for f in check(base).findings} & {r.code for r in ROW_RULES}
    again = read({"indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "完成数量", "value": "有效提升"}]})
    assert ("产出指标", "数量指标", "完成数量") in rules._GATED
    assert "indicator_vague" in {f.code for f in check(again).findings}
