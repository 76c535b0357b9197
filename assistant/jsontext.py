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
from operator import itemgetter

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
    """The JSON of a plain class whose fields are all texts (an indicator row): its fields in plan order. It keeps
    the text of each distinct row: a batch repeats its standard rows."""
    __slots__ = ("cls", "text", "get", "memo", "memo_bytes")

    def __init__(self, cls: type):
        self.cls = cls
        plan = PLANS[cls]
        self.text = "{" + ", ".join(_string(name).replace("%", "%%") + ": %s" for name, *_ in plan) + "}"
        self.get = itemgetter(*(name for name, *_ in plan))
        self.memo: dict[tuple, str] = {}
        self.memo_bytes: dict[tuple, bytes] = {}

    def write(self, obj: Any) -> str:
        if type(obj) is not self.cls:
            raise _Unknown
        values = self.get(obj.__dict__)
        memo = self.memo
        text = memo.get(values)     # (texts only: _string refuses anything else, so no other key is ever kept)
        if text is None:
            text = self.text % tuple(map(_string, values))
            if len(memo) >= MEMO_ROWS:
                memo.clear()
            memo[values] = text
        return text

    def write_bytes(self, obj: Any) -> bytes:
        """``write(obj)`` in UTF-8 (UnicodeEncodeError for a lone surrogate), each distinct row encoded once."""
        if type(obj) is not self.cls:
            raise _Unknown
        values = self.get(obj.__dict__)
        memo = self.memo_bytes
        data = memo.get(values)
        if data is None:
            data = (self.text % tuple(map(_string, values))).encode()
            if len(memo) >= MEMO_ROWS:
                memo.clear()
            memo[values] = data
        return data


def _all_text(plan) -> bool:
    return all(kind in ("str", "literal") for _, kind, *_ in plan)


_TEMPLATES = {cls: _Template(cls) for cls, plan in PLANS.items() if _all_text(plan)}


class _Unknown(Exception):
    """A value or shape the writers do not write (the caller then writes the whole line with json.dumps)."""


# Any other plain class (the declaration, its funding, budget items, goals) is written by a function written out
# field by field from its plan (``writer_source``; kept in ``jsontext_writers.py`` and compiled with the package, as
# the readers are): each value by its kind's writer into one f-string, a finite float by float.__repr__ in place.
# A value of another type than its field's raises (_Unknown, or TypeError from the C escaper): json.dumps then.
def writer_source(cls: type, plan) -> str:
    """The source of the function that makes ``cls``'s writer (``make_<class>`` of ``jsontext_writers``)."""
    lines = [f"def make_{cls.__name__}(cls, _Unknown, _string, _optional, _float_repr, _strings, _WRITE, fields):",
             *(f"    arg{i} = fields[{i}]" for i, (_, kind, *_) in enumerate(plan) if kind in ("model", "models")),
             "", "    def write(obj):", "        if type(obj) is not cls:", "            raise _Unknown",
             "        d = obj.__dict__"]
    for i, (name, kind, *_) in enumerate(plan):
        lines.append(f"        v = d[{name!r}]")
        if kind in ("str", "literal"):
            lines.append(f"        f{i} = _string(v)")
        elif kind == "optional":
            lines.append(f"        f{i} = _float_repr(v) if type(v) is float and v - v == 0 else _optional(v)")
        elif kind == "strs":
            lines.append(f"        f{i} = _strings(v)")
        elif kind == "model":
            lines.append(f"        f{i} = _WRITE[arg{i}](v)")
        else:
            lines += ["        if type(v) is not list:", "            raise _Unknown",
                      f"        f{i} = '[' + ', '.join(map(_WRITE[arg{i}], v)) + ']' if v else '[]'"]
    text = ", ".join(_string(name).replace("{", "{{").replace("}", "}}") + f": {{f{i}}}"
                     for i, (name, *_) in enumerate(plan))
    lines += [f"        return f{'{{' + text + '}}'!r}", "", "    return write"]
    return "\n".join(lines) + "\n"


# ``check --json`` writes bytes: each class has a second writer, ``bytes_writer_source``, that writes the same text
# in UTF-8 from encoded parts — the ASCII frame as bytes literals, a text as its remembered JSON bytes
# (``_text_bytes``: a batch repeats its units, people, dates and goals), a row as its remembered bytes, joined with
# ``bytes.join`` — so no str of the whole form is made (its ASCII keys widened to the 汉字's width, copied into the
# line) only to be encoded again. A value it cannot write raises as the text writer does (or UnicodeEncodeError:
# a lone surrogate); ``review_bytes`` then encodes the text writer's line.
def bytes_writer_source(cls: type, plan) -> str:
    """The source of the function that makes ``cls``'s bytes writer (``make_bytes_<class>``)."""
    lines = [f"def make_bytes_{cls.__name__}(cls, _Unknown, _TEXT_BYTES, _text_bytes, _optional, _float_repr, "
             "_strings_bytes, _WRITE_BYTES, fields):",
             *(f"    arg{i} = fields[{i}]" for i, (_, kind, *_) in enumerate(plan) if kind in ("model", "models")),
             "    known = _TEXT_BYTES.get", "", "    def write(obj):", "        if type(obj) is not cls:",
             "            raise _Unknown", "        d = obj.__dict__"]
    parts = []
    for i, (name, kind, *_) in enumerate(plan):
        lines.append(f"        v = d[{name!r}]")
        if kind in ("str", "literal"):
            lines.append(f"        f{i} = known(v) or _text_bytes(v)")
        elif kind == "optional":
            lines.append(f"        f{i} = (_float_repr(v) if type(v) is float and v - v == 0 else _optional(v)).encode()")
        elif kind == "strs":
            lines.append(f"        f{i} = _strings_bytes(v)")
        elif kind == "model":
            lines.append(f"        f{i} = _WRITE_BYTES[arg{i}](v)")
        else:
            lines += ["        if type(v) is not list:", "            raise _Unknown",
                      f"        f{i} = b'[' + b', '.join(map(_WRITE_BYTES[arg{i}], v)) + b']' if v else b'[]'"]
        key = ("{" if i == 0 else ", ") + _string(name) + ": "
        parts += [repr(key.encode()), f"f{i}"]
    parts.append(repr(b"}"))
    lines += [f"        return b''.join(({', '.join(parts)}))", "", "    return write"]
    return "\n".join(lines) + "\n"


WRITERS_HEADER = ('"""The plain classes\' JSON writers, written out field by field from ``formdata.PLANS``: made by\n'
                  '``jsontext.writers_module()`` — do not edit; tests/test_jsontext.py checks that this file is what it\n'
                  'makes (and ``jsontext`` compiles its own when a plan has changed since)."""\n')


def _signature(plan) -> tuple[tuple[str, str], ...]:
    return tuple((name, kind) for name, kind, *_ in plan)


def writers_module() -> str:
    """The text of ``jsontext_writers.py``: a ``make_<class>`` per plain class that is not all texts."""
    parts = [WRITERS_HEADER]
    for cls, plan in PLANS.items():
        if not _all_text(plan):
            fields = "".join(f"\n    {field!r}," for field in _signature(plan))
            parts.append(f"\n\n{cls.__name__.upper()}_FIELDS = ({fields}\n)\n\n\n" + writer_source(cls, plan)
                         + "\n\n" + bytes_writer_source(cls, plan))
    return "".join(parts)


_WRITE: dict[type, Callable[[Any], str]] = {cls: t.write for cls, t in _TEMPLATES.items()}
_WRITE_BYTES: dict[type, Callable[[Any], bytes]] = {cls: t.write_bytes for cls, t in _TEMPLATES.items()}

MEMO_TEXT_CHARS = 200       # texts up to this long have their JSON bytes remembered (names, units, dates, goals)
_TEXT_BYTES: dict[str, bytes] = {}


def _text_bytes(v: str) -> bytes:
    """A text's JSON string in UTF-8 (``_string(v).encode()``: TypeError when it is no text, UnicodeEncodeError for
    a lone surrogate), remembered when short (a batch repeats them)."""
    data = _string(v).encode()
    if len(v) <= MEMO_TEXT_CHARS:
        if len(_TEXT_BYTES) >= MEMO_ROWS:
            _TEXT_BYTES.clear()
        _TEXT_BYTES[v] = data
    return data


def _strings_bytes(values: Any) -> bytes:
    """``_strings(values)`` in UTF-8."""
    if type(values) is not list:
        return dumps(values).encode()
    if not values:
        return b"[]"
    known = _TEXT_BYTES.get
    return b"[" + b", ".join([known(v) or _text_bytes(v) for v in values]) + b"]"


def _make_writers() -> None:
    from . import jsontext_writers as written
    for cls, plan in PLANS.items():
        if _all_text(plan):
            continue
        make = getattr(written, f"make_{cls.__name__}", None)
        make_bytes = getattr(written, f"make_bytes_{cls.__name__}", None)
        if make is None or make_bytes is None or getattr(written, f"{cls.__name__.upper()}_FIELDS") != _signature(plan):
            env: dict[str, Any] = {}         # the plan changed since the file was made: its writers compiled here
            source = writer_source(cls, plan) + "\n" + bytes_writer_source(cls, plan)
            exec(compile(source, "<jsontext writer>", "exec"), env)     # noqa: S102 – our source
            make, make_bytes = env[f"make_{cls.__name__}"], env[f"make_bytes_{cls.__name__}"]
        args = [arg for _, _, arg, _, _ in plan]
        _WRITE[cls] = make(cls, _Unknown, _string, _optional, _float_repr, _strings, _WRITE, args)
        _WRITE_BYTES[cls] = make_bytes(cls, _Unknown, _TEXT_BYTES, _text_bytes, _optional, _float_repr,
                                       _strings_bytes, _WRITE_BYTES, args)


_make_writers()


def form_text(obj: Any, cls: type | None = None) -> str:
    """``json.dumps(obj.to_json(), ensure_ascii=False)`` for a plain form (or one of its parts)."""
    write = _WRITE.get(type(obj))
    if write is None or (cls is not None and type(obj) is not cls):
        raise _Unknown
    return write(obj)


_FINDING = '{"code": %s, "severity": %s, "field": %s, "message": %s, "suggestion": %s, "kind": %s, "source": %s}'
_CORRECTION = '{"field": %s, "old": %s, "new": %s, "reason": %s}'


# a severity's and a kind's JSON text (``.value`` of an Enum member is a Python-level descriptor call each time)
_MEMBER_TEXT = {m: _string(m.value) for e in (Severity, Kind) for m in e}


MEMO_FINDINGS = 20_000    # texts of findings remembered (emptied when full: bounded memory on any batch)
_FINDING_TEXT: dict[tuple, str] = {}


def _finding(f: Finding) -> str:
    """A finding's JSON text; a batch repeats its findings (the same missing contact, the same missing category in
    many forms): each distinct one is written once."""
    if type(f) is not Finding:
        raise _Unknown
    key = (f.code, f.severity, f.field, f.message, f.suggestion, f.kind, f.source)
    text = _FINDING_TEXT.get(key)
    if text is None:
        text = _FINDING % (_string(f.code), _MEMBER_TEXT[f.severity], _string(f.field), _string(f.message),
                           _string(f.suggestion), _MEMBER_TEXT[f.kind], _string(f.source))
        if len(_FINDING_TEXT) >= MEMO_FINDINGS:
            _FINDING_TEXT.clear()
        _FINDING_TEXT[key] = text
    return text


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
    return head + _tail(result) + "}"


def _tail(result: ReviewResult) -> str:
    """What a review adds after the corrections, in ``to_json``'s order (most results: nothing)."""
    tail = []
    if result.warnings:
        tail.append(', "warnings": ' + dumps(result.warnings))
    if result.imported is not None and result.imported.unplaced:
        tail.append(', "unplaced": ' + dumps(result.imported.unplaced))
    if result.opinion:
        tail.append(', "opinion": ' + dumps(result.opinion))
    if result.to_check:
        tail.append(', "to_check": ' + dumps(result.to_check))
    return "".join(tail)


# ``check --json`` writes its lines as bytes (``review_bytes``): the same text encoded as the stream would encode
# it, put together from encoded parts. A finding's bytes are remembered with its text (a batch repeats its
# findings, mostly Chinese: encoded once each), and the ASCII frame around the parts is bytes from the start —
# no str of the whole line is made (each ASCII piece widened to the 汉字's width) only to be encoded again.
_FINDING_BYTES: dict[tuple, bytes] = {}


def _utf8(text: str, errors: str) -> bytes:
    try:
        return text.encode()
    except UnicodeEncodeError:        # a lone surrogate (a \ud800 in the JSON): as the stream's ``errors`` writes it
        return text.encode("utf-8", errors)


def _finding_bytes(f: Finding, errors: str) -> bytes:
    if type(f) is not Finding:
        raise _Unknown
    key = (f.code, f.severity, f.field, f.message, f.suggestion, f.kind, f.source)
    data = _FINDING_BYTES.get(key)
    if data is None:
        text = _finding(f)
        try:
            data = text.encode()
        except UnicodeEncodeError:
            return text.encode("utf-8", errors)      # (not remembered: what it is depends on ``errors``)
        if len(_FINDING_BYTES) >= MEMO_FINDINGS:
            _FINDING_BYTES.clear()
        _FINDING_BYTES[key] = data
    return data


def _form_bytes(form: Any, errors: str) -> bytes:
    """``form_text(form)`` in UTF-8: by the bytes writers, or (a lone surrogate) the text's own encoding."""
    write = _WRITE_BYTES.get(type(form))
    if write is None:
        raise _Unknown
    try:
        return write(form)
    except UnicodeEncodeError:
        return _utf8(form_text(form), errors)


def review_bytes(result: ReviewResult, errors: str = "strict") -> bytes:
    """``review_text(result)`` in UTF-8 (``errors``: what a lone surrogate becomes, as in ``str.encode``)."""
    try:
        report = result.report
        parts = [b'{"file": ', _utf8(_string(result.file), errors), b', "form": ', _form_bytes(result.form, errors),
                 b', "findings": [', b", ".join([_finding_bytes(f, errors) for f in report.findings]),
                 b'], "corrections": [', _utf8(", ".join([_correction(c) for c in report.corrections]), errors), b"]"]
    except (_Unknown, TypeError, KeyError, AttributeError):
        return _utf8(dumps(result.to_json()), errors)
    tail = _tail(result)
    if tail:
        parts.append(_utf8(tail, errors))
    parts.append(b"}")
    return b"".join(parts)
