"""The rule engine: one pure function per finding code, registered with ``@rule``.

A rule takes the form (and ``ctx`` with today's date) and yields ``Finding``s, and for
arithmetic codes ``Correction``s too. ``check()`` runs them all. No I/O, no clock, no LLM.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from operator import itemgetter

from ..findings import Correction, Finding, Kind, Report, Severity
from ..formdata import PlainDeclaration, plain_of

TYPE_CHECKING = False     # (not typing's: see formdata)
if TYPE_CHECKING:
    import datetime as _dt

RULES_VERSION = "2026.11.1"

Yielded = Finding | Correction


# (plain classes, not dataclasses: importing ``dataclasses`` imports ``inspect``, 40 M instructions of a JSON check)

class Context:
    """What a check knows besides the form: today's date, and work its rules share (``once``)."""
    __slots__ = ("today", "memo")

    def __init__(self, today: _dt.date | None = None):
        self.today = today
        self.memo: dict = {}     # per check: shared work

    def once(self, key: str, form: PlainDeclaration, make: Callable[[PlainDeclaration], object]):
        """``make(form)``, computed once per check (e.g. its amounts, which several rules read). (A function of
        the form, not a closure over it: no function is made per rule per form.)"""
        hit = self.memo.get(key)
        if hit is None or hit[0] is not form:
            hit = self.memo[key] = (form, make(form))
        return hit[1]


class Rule:
    __slots__ = ("code", "severity", "kind", "func", "title", "doc", "row", "row_func", "gate", "reads", "written")

    def __init__(self, code: str, severity: Severity, kind: Kind,
                 func: Callable[[PlainDeclaration, Context], Iterable[Yielded]], title: str = "", doc: str = "",
                 row: bool = False, row_func: Callable[[object, int], Iterable[Yielded]] | None = None,
                 gate: Callable[[object], object] | None = None, reads: tuple[str, ...] = (),
                 written: Callable[[PlainDeclaration, Context], Iterable[Yielded]] | None = None):
        self.code, self.severity, self.kind, self.func = code, severity, kind, func
        self.title = title      # the short Chinese name users see instead of the code
        self.doc = doc          # the docstring: its first line is the one-sentence summary, then Why/Bad/Good
        self.row = row          # row-local: what it says of the form is what it says of each indicator row alone
        self.row_func = row_func    # a row-local rule as written: what it says of one row (``func`` runs it per row)
        self.gate = gate            # a row-local rule's test of a row's levels and name: false when the rule says
                                    # nothing of a row with them, whatever its value (None: no such test)
        self.reads = reads          # a header rule's fields: the form's own texts and numbers it reads, all of them
                                    # (``func`` remembers what it said per distinct values of them)
        self.written = written or func     # the rule's function as written (``func`` without a memo)

    def __repr__(self) -> str:
        return f"Rule({self.code!r}, {self.severity.value})"

    @property
    def summary(self) -> str:
        return self.doc.splitlines()[0] if self.doc else self.title

    def run(self, form: PlainDeclaration, ctx: Context) -> Iterator[Yielded]:
        yield from self.func(form, ctx)


_REGISTRY: dict[str, Rule] = {}


def rule(code: str, severity: str, kind: str = "rule", title: str = "", row: bool = False,
         gate: Callable[[object], object] | None = None, reads: tuple[str, ...] = ()):
    """Register a rule function; ``title`` is the short name shown to users, the docstring's first line its summary.

    A rule is ``fn(form, ctx)``, yielding what it says of the form. ``row=True`` declares a row-local rule, written
    as ``fn(ind, i)``: what it says of the indicator row ``ind`` at position ``i`` of ``form.indicators`` — its five
    fields alone decide whether it says something (``i`` only names the row in a path). The rule's ``func`` runs it
    on each row in order; ``check`` runs it only on a form with a row that makes it say something (``_row_codes``,
    which asks each row-local rule of each distinct row once). ``gate(ind)`` (row-local rules only) reads the row's
    level1, level2 and name alone, and is false only when the rule says nothing of a row with these, whatever its
    value: a new row is not asked of a rule its gate rules out (tests/rules/test_row_rules.py).

    ``reads`` declares a header rule: the names of the form's own top-level texts and numbers (``start``,
    ``function_code`` …: no row, item, goal or amount) that are all it reads — what it says of a form depends on
    their values alone. Its ``func`` then says what it said of an earlier form with the same values
    (``_remembered``: a batch repeats its header — the same contacts, code, period and fill date in every form);
    tests/rules/test_header_rules.py checks each declaration."""
    def wrap(fn):
        doc = (fn.__doc__ or "").strip()
        func = _per_row(fn) if row else _remembered(fn, reads) if reads else fn
        _REGISTRY[code] = Rule(code=code, severity=Severity(severity), kind=Kind(kind), func=func,
                               title=title or (doc.splitlines()[0] if doc else code), doc=doc, row=row,
                               row_func=fn if row else None, gate=gate if row else None, reads=reads, written=fn)
        fn.rule = _REGISTRY[code]
        return fn
    return wrap


def _per_row(row_func: Callable[[object, int], Iterable[Yielded]]):
    """A row-local rule on a whole form: what it says of each row, in the rows' order."""
    def func(form: PlainDeclaration, ctx: Context) -> Iterator[Yielded]:
        for i, ind in enumerate(form.indicators):
            yield from row_func(ind, i)
    func.__name__ = func.__qualname__ = row_func.__name__
    func.__module__, func.__doc__ = row_func.__module__, row_func.__doc__
    return func


HEADER_MEMO = 4096     # distinct header values remembered per header rule (emptied when full: bounded memory)


def _remembered(fn: Callable[[PlainDeclaration, Context], Iterable[Yielded]], reads: tuple[str, ...]):
    """A header rule on a whole form: what ``fn`` said of the first form with the same values of the fields
    ``reads`` (a tuple of its findings: a finding is a value, never changed once made — loose_read makes a new one
    — so forms may share it). A value that is not hashable, or a form without one of the fields, is asked anew."""
    values_of = itemgetter(*reads)
    memo: dict = {}

    def func(form: PlainDeclaration, ctx: Context) -> Iterable[Yielded]:
        try:
            key = values_of(form.__dict__)
            said = memo.get(key)
        except (AttributeError, KeyError, TypeError):
            return fn(form, ctx)
        if said is None:
            said = tuple(fn(form, ctx))
            for item in said:
                if type(item) is not Finding:      # (only findings are kept: a correction is given its code later)
                    return said
            if len(memo) >= HEADER_MEMO:
                memo.clear()
            memo[key] = said
        return said
    func.__name__ = func.__qualname__ = fn.__name__
    func.__module__, func.__doc__ = fn.__module__, fn.__doc__
    func.memo = memo
    return func


def finding(code: str, field_path: str, message: str, suggestion: str = "") -> Finding:
    """A finding of a registered code, with that code's severity and kind."""
    r = _REGISTRY[code]
    return Finding(code, r.severity, field_path, str(message), str(suggestion), r.kind)


def correction(field: str, old: object, new: object, reason: str) -> Correction:
    return Correction(field=field, old=old, new=new, reason=reason)


BUNDLES = ("completeness", "goals", "indicators", "measures", "arithmetic", "dates", "texts", "codes")


def _order(r: Rule) -> tuple[int, int]:
    """A fixed order (bundle, then position in its module), whatever imported a bundle first."""
    written = r.row_func or r.written
    bundle = written.__module__.rsplit(".", 1)[-1]
    return (BUNDLES.index(bundle) if bundle in BUNDLES else len(BUNDLES), written.__code__.co_firstlineno)


_SORTED: list[Rule] = []   # the registry in run order, sorted once (check() runs per form)
_ROW_RULES: list[Rule] = []
_RUN: list[tuple[str, Callable, Callable | None]] = []   # per rule in run order, for check(): (code, function, its row
                                                          # function when row-local, else None)
_FORM_RUN: list[tuple[str, Callable, None]] = []    # the same without the row-local rules (no row says anything)
_ROW_FUNCS: list[tuple[str, Callable]] = []        # (code, row function) of each row-local rule, in run order
_ROW_GATES: list[tuple[str, Callable, Callable | None]] = []    # the same with each one's gate


def all_rules() -> list[Rule]:
    return list(_sorted())


def _sorted() -> list[Rule]:
    _load()
    if len(_SORTED) != len(_REGISTRY):
        _SORTED[:] = sorted(_REGISTRY.values(), key=_order)
        _ROW_RULES[:] = [r for r in _SORTED if r.row]
        _RUN[:] = [(r.code, r.func, r.row_func if r.row else None) for r in _SORTED]
        _FORM_RUN[:] = [x for x in _RUN if x[2] is None]
        _ROW_FUNCS[:] = [(r.code, r.row_func) for r in _ROW_RULES]
        _ROW_GATES[:] = [(r.code, r.row_func, r.gate) for r in _ROW_RULES]
        _ROW_MEMO.clear()
        _GATED.clear()
    return _SORTED


# --- row-local rules: run only on a form with a row that makes them say something ---------------------------
# What each row-local rule says of a row depends on the row alone, and a batch repeats its rows (the standard
# 满意度 / 合格率 / 完成时间 rows of every form): per distinct row (its five fields), the codes of the row-local
# rules that say something of it, found once by asking each rule's row function of that row. A form whose rows
# name none of a rule's code skips that rule; a form whose rows name it runs its row function on those rows, in
# their order — on any other row it says nothing (that is what the row's codes record), so the findings are the
# rule's own on the whole form (tests/rules/test_row_rules.py).
ROW_MEMO_ROWS = 50_000     # distinct rows remembered (emptied when full: bounded memory on any batch)
_ROW_MEMO: dict[tuple, frozenset[str]] = {}
_GATED: dict[tuple, tuple[tuple[str, Callable], ...]] = {}    # per (level1, level2, name): the rules its gates let in
_NO_CODES: frozenset[str] = frozenset()


def _row_codes(form: PlainDeclaration) -> frozenset[str]:
    """The codes of the row-local rules that say something of some indicator row of the form."""
    return _rows_codes(form)[0]


def _rows_codes(form: PlainDeclaration) -> tuple[frozenset[str], list[frozenset[str]] | None]:
    """(the codes of the row-local rules that say something of some indicator row of the form, each row's codes —
    None when no row says anything)."""
    out = _NO_CODES
    each = []
    memo = _ROW_MEMO
    for ind in form.indicators:
        key = (ind.scope, ind.level1, ind.level2, ind.name, ind.value)
        codes = memo.get(key)
        if codes is None:
            codes = _codes_of_row(ind)
            if len(memo) >= ROW_MEMO_ROWS:
                memo.clear()
            memo[key] = codes
        if codes:
            out = out | codes
        each.append(codes)
    return out, each if out else None


def _codes_of_row(ind) -> frozenset[str]:
    """The codes of the row-local rules that say something of the row (each asked for its first item only; a rule
    whose gate rules the row's levels and name out is not asked: a batch repeats its names with new values)."""
    key = (ind.level1, ind.level2, ind.name)
    funcs = _GATED.get(key)
    if funcs is None:
        funcs = tuple([(code, row_func) for code, row_func, gate in _ROW_GATES if gate is None or gate(ind)])
        if len(_GATED) >= ROW_MEMO_ROWS:
            _GATED.clear()
        _GATED[key] = funcs
    codes = []
    for code, row_func in funcs:
        for _ in row_func(ind, 0):
            codes.append(code)
            break
    return frozenset(codes) if codes else _NO_CODES


def get_rule(code: str) -> Rule:
    _load()
    return _REGISTRY[code]


_loaded = False


def _load() -> None:
    global _loaded
    if not _loaded:      # once: check() runs per form
        from . import completeness, goals, indicators, measures, arithmetic, dates, texts, codes  # noqa: F401
        _loaded = True


def check(form, today: _dt.date | None = None, only: set[str] | None = None) -> Report:
    """Run every rule on the form (a ``model.Declaration`` or its plain twin). Rule findings are decided here and
    nowhere else; the rules always read the plain form (``formdata.plain_of``), whoever made it."""
    form = plain_of(form)
    ctx = Context(today=today)
    report = Report()
    findings, corrections = report.findings, report.corrections
    _sorted()             # (loads the rules, and sorts them when one was registered since)
    said, each = _rows_codes(form) if _ROW_RULES else (None, None)
    for code, func, row_func in _RUN if each else _FORM_RUN:
        if only and code not in only:
            continue
        if row_func is None:
            items = func(form, ctx)
        elif code in said:       # its row function on the rows that make it say something, in order
            items = []
            indicators = form.indicators
            for i, codes in enumerate(each):
                if code in codes:
                    items += row_func(indicators[i], i)
        else:
            continue
        for item in items:
            if type(item) is Finding:
                findings.append(item)
            elif isinstance(item, Correction):
                item.code = item.code or code
                corrections.append(item)
            else:
                findings.append(item)
    return report
