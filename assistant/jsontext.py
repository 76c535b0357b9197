"""One review's JSON line without building its dict first: ``json.dumps(result.to_json(), ensure_ascii=False)``,
the same text, written straight from the plain form, the findings and the corrections.

``jixiao check --json`` prints a line per form. ``to_json`` builds a dict of the whole form and ``json.dumps``
then walks it again: on a batch that was a third of each form's cost. JSON text is compositional (a dict is
``{`` + ``"key": value`` pairs joined by ``, `` + ``}``, a list ``[`` + items joined by ``, `` + ``]``, with
``json.dumps``' default separators), so each part is written here with the encoder's own pieces — the C string
escaper ``encode_basestring``, ``float.__repr__``, ``int.__repr__`` — into a template per class, in the key
order of ``to_json``. A value of any other type than its field's (or a class or shape this module does not
know) is handed to ``json.dumps`` itself, so the text is always what ``json.dumps`` would write.
``tests/test_jsontext.py`` compares the two on every kind of form.
"""
from __future__ import annotations

import json
from json.encoder import encode_basestring as _string       # the C escaper json.dumps uses (ensure_ascii=False)
from operator import call, itemgetter

from .findings import Correction, Finding, Kind, Severity
from .formdata import PLANS

TYPE_CHECKING = False     # (not typing's: a JSON check does not import typing, 13 M instructions)
if TYPE_CHECKING:
    from typing import Any, Callable

    from .review_one import ReviewResult

_float_repr, _int_repr = float.__repr__, int.__repr__


def dumps(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False)``."""
    return json.dumps(value, ensure_ascii=False)


def _optional(value: Any) -> str:
    """An amount, a year (or any value: what json.dumps writes for it)."""
    if value is None:
        return "null"
    t = type(value)
    if t is float and value - value == 0:          # (inf, nan: json.dumps' Infinity / NaN)
        return _float_repr(value)
    if t is int:
        return _int_repr(value)
    return dumps(value)


def _value(value: Any) -> str:
    """Any value a correction holds (old, new): a text, an amount, a number, or what json.dumps writes."""
    return _string(value) if type(value) is str else _optional(value)


def _strings(values: Any) -> str:
    if type(values) is not list:
        return dumps(values)
    return "[" + ", ".join(map(_string, values)) + "]" if values else "[]"


MEMO_ROWS = 50_000     # texts of all-text rows remembered (emptied when full: bounded memory on any batch)


class _Template:
    """A plain class's JSON: its fields in plan order, each written by its kind's writer. A class whose fields are
    all texts (an indicator row) keeps the text of each distinct row: a batch repeats its standard rows."""
    __slots__ = ("cls", "text", "get", "writers", "memo")

    def __init__(self, cls: type):
        self.cls = cls
        plan = PLANS[cls]
        self.text = "{" + ", ".join(_string(name).replace("%", "%%") + ": %s" for name, *_ in plan) + "}"
        self.get = itemgetter(*(name for name, *_ in plan))
        self.writers: tuple[Callable[[Any], str], ...] = tuple(self._writer(kind, arg) for _, kind, arg, _, _ in plan)
        self.memo: dict[tuple, str] | None = {} if all(w is _string for w in self.writers) else None

    @staticmethod
    def _writer(kind: str, arg: Any) -> Callable[[Any], str]:
        if kind == "str" or kind == "literal":
            return _string
        if kind == "optional":
            return _optional
        if kind == "strs":
            return _strings
        if kind == "model":
            return lambda v: form_text(v, arg)
        return lambda v: _models(v, arg)       # models

    def write(self, obj: Any) -> str:
        values = self.get(obj.__dict__)
        memo = self.memo
        if memo is None:
            return self.text % tuple(map(call, self.writers, values))
        text = memo.get(values)     # (texts only: _string refuses anything else, so no other key is ever kept)
        if text is None:
            text = self.text % tuple(map(_string, values))
            if len(memo) >= MEMO_ROWS:
                memo.clear()
            memo[values] = text
        return text


_TEMPLATES = {cls: _Template(cls) for cls in PLANS}


class _Unknown(Exception):
    """A value or shape the templates do not write (the caller then writes the whole line with json.dumps)."""


def form_text(obj: Any, cls: type | None = None) -> str:
    """``json.dumps(obj.to_json(), ensure_ascii=False)`` for a plain form (or one of its parts)."""
    template = _TEMPLATES.get(type(obj))
    if template is None or (cls is not None and type(obj) is not cls):
        raise _Unknown
    return template.write(obj)


def _models(rows: Any, cls: type) -> str:
    if type(rows) is not list:
        raise _Unknown
    return "[" + ", ".join([form_text(row, cls) for row in rows]) + "]" if rows else "[]"


_FINDING = '{"code": %s, "severity": %s, "field": %s, "message": %s, "suggestion": %s, "kind": %s, "source": %s}'
_CORRECTION = '{"field": %s, "old": %s, "new": %s, "reason": %s}'


# a severity's and a kind's JSON text (``.value`` of an Enum member is a Python-level descriptor call each time)
_MEMBER_TEXT = {m: _string(m.value) for e in (Severity, Kind) for m in e}


def _finding(f: Finding) -> str:
    if type(f) is not Finding:
        raise _Unknown
    return _FINDING % (_string(f.code), _MEMBER_TEXT[f.severity], _string(f.field), _string(f.message),
                       _string(f.suggestion), _MEMBER_TEXT[f.kind], _string(f.source))


def _correction(c: Correction) -> str:
    if type(c) is not Correction:
        raise _Unknown
    return _CORRECTION % (_string(c.field), _value(c.old), _value(c.new), _string(c.reason))


def review_text(result: ReviewResult) -> str:
    """``json.dumps(result.to_json(), ensure_ascii=False)``."""
    try:
        report = result.report
        head = (f'{{"file": {_string(result.file)}, "form": {form_text(result.form)}, '
                f'"findings": [{", ".join([_finding(f) for f in report.findings])}], '
                f'"corrections": [{", ".join([_correction(c) for c in report.corrections])}]')
    except (_Unknown, TypeError, KeyError, AttributeError):
        return dumps(result.to_json())
    tail = []
    if result.warnings:
        tail.append(', "warnings": ' + dumps(result.warnings))
    if result.imported is not None and result.imported.unplaced:
        tail.append(', "unplaced": ' + dumps(result.imported.unplaced))
    if result.opinion:
        tail.append(', "opinion": ' + dumps(result.opinion))
    if result.to_check:
        tail.append(', "to_check": ' + dumps(result.to_check))
    return head + "".join(tail) + "}"
