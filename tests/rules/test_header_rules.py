"""Header rules (``@rule(..., reads=(...))``): ``check`` says what the rule said of an earlier form with the same values
of the fields it declares (rules/__init__.py ``_remembered``). That is right only when the declaration is complete:
these tests record what each such rule reads on every rule case and JSON form of the fixtures, compare ``check`` with
the rule as written on forms that share a header and differ elsewhere, and keep a shared finding unchanged when a
loose read marks its own copy 待核实."""
from __future__ import annotations

import copy

from assistant.findings import Severity
from assistant.formdata import PlainDeclaration, read
from assistant.importers import ImportResult
from assistant.loose_read import TO_VERIFY
from assistant.review_one import review_form
from assistant.rules import _remembered, all_rules, check

from .test_row_rules import FORMS

HEADER_RULES = [r for r in all_rules() if r.reads]


class _Recording:
    """A form that notes each field a rule reads (and a context a header rule must not read: it has nothing)."""

    def __init__(self, form: PlainDeclaration):
        object.__setattr__(self, "_form", form)
        object.__setattr__(self, "read", set())

    def __getattr__(self, name: str):
        self.read.add(name)
        return getattr(self._form, name)


def _said(items) -> list[tuple]:
    return [(x.code, x.severity, x.field, x.message, x.suggestion) for x in items]


def _with(form: PlainDeclaration, **values) -> PlainDeclaration:
    out = PlainDeclaration.__new__(PlainDeclaration)
    out.__dict__ = {**copy.copy(form.__dict__), **values}
    return out


def test_the_header_rules_are_the_ones_declared():
    assert {r.code: r.reads for r in HEADER_RULES} == {
        "function_code_invalid": ("function_code",), "function_code_basic_spending": ("function_code",),
        "period_invalid": ("start", "end"), "fill_date_after_start": ("start", "fill_date"),
        "year_period_mismatch": ("year", "start", "end"), "contact_missing": ("unit_head", "unit_phone", "filler")}


def test_a_header_rule_reads_only_the_fields_it_declares():
    for rule in HEADER_RULES:
        for where, form in FORMS:
            seen = _Recording(form)
            list(rule.written(seen, object()))          # (a context with nothing: a header rule reads none of it)
            assert seen.read <= set(rule.reads), (where, rule.code, seen.read - set(rule.reads))


def test_check_says_what_each_header_rule_as_written_says_of_forms_sharing_a_header():
    """Every form of the fixtures with the header of every other one (and each of their fill dates and years): the
    first form with a header fills the memo, the others must get what the rule itself says of them."""
    heads = [{k: form.__dict__[k] for k in ("year", "function_code", "start", "end", "fill_date", "unit_head",
                                            "unit_phone", "filler")} for _, form in FORMS]
    heads += [{**h, "fill_date": f"{h['start']}-28" if h["start"] else "2020-08-19", "year": 2019} for h in heads[:20]]
    checked = 0
    for _, form in FORMS[:40]:
        for head in heads:
            mixed = _with(form, **head)
            found = [f for f in check(mixed).findings if f.code in {r.code for r in HEADER_RULES}]
            assert _said(found) == _said(f for r in HEADER_RULES for f in r.written(mixed, None)), head
            checked += 1
    assert checked > 1000


def test_a_memo_keyed_on_too_few_fields_would_say_something_stale():
    """The check above can tell: a memo of fill_date_after_start on the start alone answers a later form with the
    first one's fill date."""
    rule = next(r for r in HEADER_RULES if r.code == "fill_date_after_start")
    stale = _remembered(rule.written, ("start",))
    base = read({"start": "2024-01", "end": "2024-12", "fill_date": "2023-10-15"})
    late = _with(base, fill_date="2024-08-19")
    assert _said(stale(base, None)) == _said(rule.written(base, None)) == []
    assert _said(rule.written(late, None)) != _said(stale(late, None))
    assert _said(rule.func(base, None)) == [] and _said(rule.func(late, None)) == _said(rule.written(late, None))


def test_a_loose_read_marks_its_own_finding_not_the_one_forms_share():
    form = read({"project_name": "某项目", "start": "2024-01", "end": "2024-12", "function_code": "2010301"})
    first, again = check(form).findings, check(_with(form, project_name="另一项目")).findings
    shared = [f for f in first if f.code == "contact_missing"]
    assert shared and all(any(g is f for g in again) for f in shared)      # the same findings, not copies
    before = _said(first)
    loose = review_form(form, imported=ImportResult(form=form, format="txt", loose=True))
    marked = [f for f in loose.report.findings if f.code in ("contact_missing", "function_code_basic_spending")]
    assert marked and all(f.message.startswith(TO_VERIFY) and f.severity != Severity.ERROR for f in marked)
    assert _said(first) == before
    assert not any(f.message.startswith(TO_VERIFY) for f in check(form).findings)
