"""The declaration as plain data, without pydantic: what the rules read.

``model.py`` holds the declaration as pydantic models (validated assignment, the interview, the web app). The
rules read this module's plain twins — the same attribute names and views (``PlainDeclaration`` …) — so they run
on one representation whoever made the form: ``plain_of(model)`` hands a pydantic form over, and a JSON check
(``read``) builds the twins straight from the file's data without importing pydantic at all.

Each field is cleaned here and only here (the ``clean_*`` functions are also the pydantic models' before-
validators). ``read`` applies them and then requires every value to have its field's type exactly (a str, a
finite float, a list of str …): whatever does not (a cleaner that fails, a number where text belongs, an
unknown kind of value) is left to pydantic — ``read`` says ``None`` and the caller takes the pydantic path,
which then says what is wrong, or coerces, as it always did. ``tests/test_formdata.py`` checks that these
field tables are the pydantic models' own.
"""
from __future__ import annotations

import re
from functools import lru_cache
from _thread import get_ident
from collections.abc import Callable
from operator import itemgetter

TYPE_CHECKING = False     # (not typing's: a JSON check does not import typing, 13 M instructions)
if TYPE_CHECKING:
    from typing import Any, Iterator

from .recache import compile as recompile
from .textnum import parse_amount_wan, parse_month, placeholder_free

SCOPES = ("annual", "long_term")
LEVEL1 = ("产出指标", "效益指标", "满意度指标", "成本指标")
OUTPUT_KINDS = ("数量指标", "质量指标", "时效指标", "成本指标")
BENEFIT_KINDS = ("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标")
SATISFACTION_KINDS = ("服务对象满意度指标",)
COST_KINDS = ("成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标")
LEVEL2 = OUTPUT_KINDS + BENEFIT_KINDS + SATISFACTION_KINDS + COST_KINDS[1:]


# --- cleaning: each field's before-validator -----------------------------------------------------------------

def clean_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return placeholder_free(str(v))


def clean_amount(v: Any) -> float | None:
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        raise ValueError("金额不能是真假值")
    if isinstance(v, (int, float)):
        return float(v)
    n = parse_amount_wan(str(v))
    if n is None:
        raise ValueError(f"无法识别的金额：{v!r}")
    return n


def clean_month(v: Any) -> str:
    """Normalise a month to YYYY-MM when it can be read; keep the text otherwise.

    Unreadable text is kept (not dropped) so the period rule can report it."""
    text = clean_text(v)
    if not text:
        return ""
    return parse_month(text) or text


def clean_goals(v: Any) -> list[str]:
    if v is None:
        return []
    if isinstance(v, str):
        v = [v]
    out = []
    for g in v:
        t = clean_text(g)
        if t:
            out.append(t)
    return out


def clean_scope(v: Any) -> str:
    t = str(v or "annual").strip()
    if t in ("long_term", "中长期", "中长期指标", "长期"):
        return "long_term"
    return "annual"


_CODE_SPLIT = None     # (the code patterns: compiled on the first code read)


def clean_code(v: Any) -> str:
    """'2010308', '[2010308]', '2010308 信访事务', '201-03-08' → '2010308'; other text is kept as written."""
    global _CODE_SPLIT
    if _CODE_SPLIT is None:
        _CODE_SPLIT = (recompile(r"(\d{3})[-.\s](\d{2})[-.\s](\d{2})"),
                       recompile(r"[\[(（【]?\s*(\d+)\s*[\])）】]?\s*[-—:：]?\s*[\u4e00-\u9fff（）()、]*"), recompile(r"\s+"))
    dashed, labelled, space = _CODE_SPLIT
    t = clean_text(v).strip()
    if m := dashed.fullmatch(t):
        return "".join(m.groups())
    m = labelled.fullmatch(t)
    return m.group(1) if m else space.sub("", t)


def clean_attribute(v: Any) -> str:
    """'新增项目' → '新增', '延续项目' → '延续'; a category (e.g. 基础建设类) is kept as written."""
    t = clean_text(v)
    new, cont = "新增" in t or t == "新", any(w in t for w in ("延续", "持续", "续建"))
    if new != cont and len(t) <= 8:
        return "新增" if new else "延续"
    return t


def clean_year(v: Any) -> int | None:
    if v is None or v == "":
        return None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return int(v)
    m = re.search(r"(19|20)\d\d", str(v))
    if not m:
        raise ValueError(f"无法识别的年度：{v!r}")
    return int(m.group(0))


def clean_fill_date(v: Any) -> str:
    from .textnum import parse_date
    text = clean_text(v)
    return (parse_date(text) or text) if text else ""


def object_or_empty(v: Any) -> Any:
    return v if v is not None else {}


def list_or_empty(v: Any) -> Any:
    return v if v is not None else []


# --- views the rules, rewrite and the interview use (shared by both representations) ---------------------------

class FundingViews:
    def components(self) -> float:
        return sum(x or 0.0 for x in (self.carryover, self.current_year, self.other))

    def has_components(self) -> bool:
        return any(x is not None for x in (self.carryover, self.current_year, self.other))


class IndicatorViews:
    @property
    def parsed(self):
        from .values import parse_value
        return parse_value(self.value)

    def is_kind(self, level2: str) -> bool:
        """True when this row belongs to the 二级指标 category (tolerant of wording)."""
        return category_of(self) == level2


class DeclarationViews:
    def annual_indicators(self) -> Iterator[tuple[str, Any]]:
        for i, ind in enumerate(self.indicators):
            if ind.scope == "annual":
                yield indicator_path(self, i), ind

    def indicators_in(self, category: str, scope: str | None = "annual") -> Iterator[tuple[str, Any]]:
        """Rows of one category (a 二级指标 name, or 效益指标 / 满意度指标 / 成本指标)."""
        for i, ind in enumerate(self.indicators):
            if scope and ind.scope != scope:
                continue
            if category_of(ind) == category or family_of(ind) == category:
                yield indicator_path(self, i), ind


def indicator_path(form, i: int) -> str:
    """Field path of an indicator row: by name when it has one, by position otherwise."""
    return row_path(form.indicators[i], i)


def row_path(ind, i: int) -> str:
    """``indicator_path`` of the row ``ind`` at position ``i``."""
    name = ind.name
    return f"indicators:{name}" if name else f"indicators[{i}]"


_L2_ALIASES = [
    ("数量", "数量指标"), ("质量", "质量指标"), ("时效", "时效指标"),
    ("经济成本", "成本指标"), ("社会成本", "成本指标"), ("生态环境成本", "成本指标"), ("成本", "成本指标"),
    ("经济效益", "经济效益指标"), ("社会效益", "社会效益指标"), ("生态效益", "生态效益指标"),
    ("环境效益", "生态效益指标"), ("可持续", "可持续影响指标"), ("满意", "服务对象满意度指标"),
]


def category_of(ind) -> str:
    """The 二级指标 category of a row, normalised (经济成本指标 → 成本指标, 环境效益 → 生态效益指标)."""
    return _category(ind.level1, ind.level2)


@lru_cache(maxsize=1024)      # rules ask for every row's category many times; the levels recur in every form
def _category(level1: str, level2: str) -> str:
    l2 = level2.replace(" ", "")
    for key, cat in _L2_ALIASES:
        if key in l2:
            return cat
    l1 = level1.replace(" ", "")
    if "成本" in l1:
        return "成本指标"
    if "满意" in l1:
        return "服务对象满意度指标"
    return l2


def family_of(ind) -> str:
    """The level-1 family: 产出指标, 效益指标, 满意度指标 (成本 rows count as 成本指标)."""
    return _family(ind.level1, ind.level2)


@lru_cache(maxsize=1024)
def _family(level1: str, level2: str) -> str:
    cat = _category(level1, level2)
    if cat == "成本指标":
        return "成本指标"
    if cat in BENEFIT_KINDS or "效益" in level1:
        return "效益指标"
    if cat in SATISFACTION_KINDS or "满意" in level1:
        return "满意度指标"
    if cat in OUTPUT_KINDS or "产出" in level1:
        return "产出指标"
    return level1


# --- the plain twins ------------------------------------------------------------------------------------------

class _Plain:
    """Attributes only (its instance dict is the field values, in field order)."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and vars(self) == vars(other)

    __hash__ = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"

    def to_json(self) -> dict[str, Any]:
        """The declaration JSON of spec/declaration.md, exactly its keys (``model.plain_dump``'s)."""
        return _dump(self)


class PlainFunding(_Plain, FundingViews):
    pass


class PlainBudgetItem(_Plain):
    pass


class PlainGoals(_Plain):
    pass


class PlainIndicator(_Plain, IndicatorViews):
    pass


class PlainDeclaration(_Plain, DeclarationViews):
    pass


# Per field: (name, kind, type argument, before-validator, default or default factory) — the same tuples
# ``model._plan`` reads off the pydantic models (tests/test_formdata.py compares them).
Plan = list[tuple[str, str, object, Callable[[object], object] | None, object]]
_TEXT = ("str", None, clean_text, "")
PLANS: dict[type, Plan] = {
    PlainFunding: [(n, "optional", float, clean_amount, None) for n in ("total", "carryover", "current_year", "other")],
    PlainBudgetItem: [("name", *_TEXT), ("amount", "optional", float, clean_amount, None),
                      ("start", "str", None, clean_month, ""), ("end", "str", None, clean_month, "")],
    PlainGoals: [("long_term", "strs", None, clean_goals, list), ("annual", "strs", None, clean_goals, list)],
    PlainIndicator: [("scope", "literal", SCOPES, clean_scope, "annual"),
                     *((n, *_TEXT) for n in ("level1", "level2", "name", "value"))],
    PlainDeclaration: [
        ("year", "optional", int, clean_year, None),
        *((n, *_TEXT) for n in ("project_name", "department", "department_code", "department_head",
                                "department_phone", "unit", "unit_head", "unit_phone", "unit_functions")),
        ("function_code", "str", None, clean_code, ""), ("attribute", "str", None, clean_attribute, ""),
        ("start", "str", None, clean_month, ""), ("end", "str", None, clean_month, ""),
        *((n, *_TEXT) for n in ("overview", "basis", "necessity")),
        ("funding", "model", PlainFunding, object_or_empty, PlainFunding),
        ("budget_items", "models", PlainBudgetItem, list_or_empty, list),
        ("goals", "model", PlainGoals, object_or_empty, PlainGoals),
        ("indicators", "models", PlainIndicator, list_or_empty, list),
        ("filler", *_TEXT), ("fill_date", "str", None, clean_fill_date, ""),
    ],
}


class NotPlain(Exception):
    """Data ``build`` leaves to pydantic."""


def build(cls: type, data: Any, plan_of: Callable[[type], Plan | None],
          make: Callable[[type, dict[str, Any], set[str]], Any]) -> Any:
    """``cls`` from plain JSON data by its plan: each field cleaned by its before-validator, then required to be of
    the field's type exactly (``NotPlain`` otherwise); ``make(cls, values, fields given)`` makes the object."""
    plan = plan_of(cls)
    if plan is None or type(data) is not dict:
        raise NotPlain
    values: dict[str, Any] = {}
    given = set()
    nested = lambda c, x: build(c, x, plan_of, make)     # noqa: E731
    for name, kind, arg, clean, default in plan:
        if name not in data:
            values[name] = ([] if default is list else build(default, {}, plan_of, make) if isinstance(default, type)
                            else default)
            continue
        given.add(name)
        values[name] = _field(kind, arg, _cleaned(clean, data[name]), nested)
    return make(cls, values, given)


def _cleaned(clean: Callable[[object], object] | None, v: Any) -> Any:
    if clean is None:
        return v
    try:
        return clean(v)
    except Exception:   # noqa: BLE001 – pydantic says how it fails (ValidationError, or the error itself)
        raise NotPlain from None


def _field(kind: str, arg: Any, v: Any, nested: Callable[[type, Any], Any]) -> Any:
    """A cleaned value as its field holds it: a model (``nested``) or a list of them, or a value of exactly
    the field's type (``NotPlain`` otherwise)."""
    if kind == "model":
        return nested(arg, v)
    if kind == "models":
        if type(v) is not list:
            raise NotPlain
        return [nested(arg, x) for x in v]
    if not typed(kind, arg, v):
        raise NotPlain
    return list(v) if kind == "strs" else v


def typed(kind: str, arg: Any, v: Any) -> bool:
    """``v`` has exactly the type of a field of this kind (a str, a finite float or None, an int or None, one of
    a Literal's strings, a list of str)."""
    if kind == "str":
        return type(v) is str
    if kind == "optional":
        return v is None or (type(v) is arg and v - v == 0)     # inf, nan: left to pydantic
    if kind == "literal":
        return type(v) is str and v in arg
    return type(v) is list and all(type(x) is str for x in v)


def _make(cls: type, values: dict[str, Any], given: set[str]) -> Any:
    obj = cls.__new__(cls)
    obj.__dict__ = values
    return obj


def read(data: Any) -> PlainDeclaration | None:
    """The plain form of declaration JSON data (the ``form`` object), as ``Declaration.model_validate`` would
    read it; None when pydantic must read it (``build``, which ``_read`` does faster: tests/test_formdata.py)."""
    try:
        return _read(PlainDeclaration, data)
    except NotPlain:
        return None


def read_short(data: Any) -> tuple[PlainDeclaration | None, bool]:
    """``read(data)``, and True when no text of the form is longer than ``MEMO_CHARS`` (then no cap on a text can
    cut one: ``caps.within_caps(form, short=True)``). Known from reading it: a remembered text is that short (only
    such are kept), and ``_slow`` — every other text's way — notes a longer one for the thread reading it."""
    me = get_ident()
    _LONG_READ[me] = False
    try:
        form = read(data)
        return form, not _LONG_READ[me]
    finally:
        del _LONG_READ[me]


# ``build`` for the plain twins, per form of a batch: the same steps, but a text a pure cleaner has seen once is
# not cleaned again (a batch repeats its labels, names, values and months in every form), and no field is looked
# up twice. Each class's reader is written out field by field from its plan (``_reader_source``): a loop over the
# plan ran ~50 bytecodes per field of every form, a written-out field ~10 on its usual path (a text remembered, an
# amount that is a finite float); every other value takes the general steps (``_fresh``, ``_slow``).
_PURE = (clean_text, clean_month, clean_scope, clean_code, clean_attribute, clean_fill_date)   # str in, str out
MEMO_CHARS = 200          # texts up to this long are remembered (longer ones are the prose: each form its own)
_LONG_READ: dict[int, bool] = {}     # per thread in ``read_short``: a text longer than MEMO_CHARS was read
MEMO_TEXTS = 50_000       # a memo is emptied when it holds this many (bounded memory on any batch)
_MISSING = object()


def _slow(clean: Callable[[object], object] | None, kind: str, arg: Any, v: Any) -> Any:
    """A field's value by the general steps: cleaned, then of exactly its type (``NotPlain`` otherwise)."""
    if clean is not None:
        try:
            v = clean(v)
        except Exception:   # noqa: BLE001 – pydantic says how it fails
            raise NotPlain from None
    if kind == "str":
        if type(v) is not str:
            raise NotPlain
        if len(v) > MEMO_CHARS:
            _long_read()
        return v
    if kind == "optional":      # an amount, the year
        if not (v is None or (type(v) is arg and v - v == 0)):
            raise NotPlain
        return v
    if kind == "models":
        if type(v) is not list:
            raise NotPlain
        return [_read(arg, x) for x in v]
    if kind == "model":
        return _read(arg, v)
    v = _field(kind, arg, v, _read)
    if kind == "strs":
        for x in v:
            if len(x) > MEMO_CHARS:
                _long_read()
    return v


def _long_read() -> None:
    """A text longer than MEMO_CHARS was read: noted for ``read_short`` when this thread is in one."""
    me = get_ident()
    if me in _LONG_READ:
        _LONG_READ[me] = True


def _fresh(memo: dict[str, Any], clean: Callable[[object], object], kind: str, arg: Any, v: str) -> Any:
    """A text a pure cleaner has not seen (or not kept): cleaned, checked and remembered when short."""
    out = _slow(clean, kind, arg, v)
    if len(v) <= MEMO_CHARS and len(out) <= MEMO_CHARS:     # (a remembered text is short: see read_short)
        if len(memo) >= MEMO_TEXTS:
            memo.clear()
        memo[v] = out
    return out


def _texts(memo: dict[str, Any], v: list) -> list[str] | None:
    """``clean_goals`` of a list of texts, each cleaned as ``clean_text`` through the field's memo (a batch repeats
    its goals); None when an item is not a text (then the general steps read the list)."""
    out = []
    for g in v:
        if type(g) is not str:
            return None
        t = memo.get(g)
        if t is None:
            t = _fresh(memo, clean_text, "str", None, g)
        if t:
            out.append(t)
    return out


def _reader_source(cls: type, plan: Plan) -> str:
    """The source of the function that makes ``cls``'s reader (``make_<class>`` of ``formdata_readers``)."""
    fields = [(i, name, kind, clean, default) for i, (name, kind, _, clean, default) in enumerate(plan)]
    lines = [f"def make_{cls.__name__}(cls, NotPlain, _MISSING, _slow, _fresh, _texts, _READ, fields):"]
    lines += [f"    clean{i}, arg{i}, default{i}, memo{i} = fields[{i}]" for i, *_ in fields]
    lines += ["", "    def read(data):", "        if type(data) is not dict:", "            raise NotPlain",
              "        get = data.get"]
    for i, name, kind, clean, default in fields:
        missing = ("[]" if default is list else f"_READ[default{i}]({{}})" if isinstance(default, type)
                   else f"default{i}")
        args = f"clean{i}, {kind!r}, arg{i}, v"
        lines += [f"        v = get({name!r}, _MISSING)", "        if v is _MISSING:", f"            f{i} = {missing}"]
        if clean in _PURE:     # (a hit is a text: only texts are kept, and no other JSON value equals one)
            lines += ["        else:", "            try:", f"                f{i} = memo{i}.get(v)",
                      "            except TypeError:      # (a list or an object: no text)",
                      f"                f{i} = None", f"            if f{i} is None:",
                      f"                f{i} = _fresh(memo{i}, {args}) if type(v) is str else _slow({args})"]
            continue
        elif clean is clean_amount:        # a finite float is its own amount
            lines += ["        elif type(v) is float and v - v == 0:", f"            f{i} = v"]
        elif clean is clean_year:          # an int is its own year
            lines += ["        elif type(v) is int:", f"            f{i} = v"]
        elif kind == "strs" and clean is clean_goals:     # texts: each through the memo
            lines += ["        elif type(v) is list:", f"            f{i} = _texts(memo{i}, v)",
                      f"            if f{i} is None:", f"                f{i} = _slow({args})"]
        elif kind == "model" and clean is object_or_empty:
            lines += ["        elif type(v) is dict:", f"            f{i} = _READ[arg{i}](v)"]
        elif kind == "models" and clean is list_or_empty:
            lines += ["        elif type(v) is list:", f"            read{i} = _READ[arg{i}]",
                      f"            f{i} = [read{i}(x) for x in v]"]
        lines += ["        else:", f"            f{i} = _slow({args})"]
    lines += ["        obj = cls.__new__(cls)", "        obj.__dict__ = {"]
    lines += [f"            {name!r}: f{i}," for i, name, *_ in fields]
    lines += ["        }", "        return obj", "", "    return read"]
    return "\n".join(lines) + "\n"


READERS_HEADER = ('"""The plain twins\' readers, written out field by field from ``formdata.PLANS``: made by\n'
                  '``formdata.readers_module()`` — do not edit; tests/test_formdata.py checks that this file is what it\n'
                  'makes (and ``formdata`` compiles its own when a plan has changed since)."""\n')


def readers_module() -> str:
    """The text of ``formdata_readers.py``: a ``make_<class>`` per plain class, each with its plan's fields."""
    parts = [READERS_HEADER]
    for cls, plan in PLANS.items():
        fields = "".join(f"\n    {field!r}," for field in _signature(plan))
        parts.append(f"\n\n{cls.__name__.upper()}_FIELDS = ({fields}\n)\n\n\n" + _reader_source(cls, plan))
    return "".join(parts)


def _signature(plan: Plan) -> tuple[tuple[str, ...], ...]:
    """What a reader's source depends on, per field: its name, kind, cleaner and kind of default."""
    return tuple((name, kind, getattr(clean, "__name__", ""),
                  "list" if default is list else "model" if isinstance(default, type) else "value")
                 for name, kind, _, clean, default in plan)


_FAST: dict[type, Callable[[Any], Any]] = {}


def _make_readers() -> None:
    from . import formdata_readers as written
    for cls, plan in PLANS.items():
        make = getattr(written, f"make_{cls.__name__}", None)
        if make is None or getattr(written, f"{cls.__name__.upper()}_FIELDS") != _signature(plan):
            env: dict[str, Any] = {}         # the plan changed since the file was made: its reader compiled here
            exec(compile(_reader_source(cls, plan), "<formdata reader>", "exec"), env)     # noqa: S102 – our source
            make = env[f"make_{cls.__name__}"]
        fields = [(clean, arg, default, {} if clean in _PURE or clean is clean_goals else None)
                  for _, _, arg, clean, default in plan]
        _FAST[cls] = make(cls, NotPlain, _MISSING, _slow, _fresh, _texts, _FAST, fields)
        if all(clean in _PURE for _, _, _, clean, _ in plan):
            _FAST[cls] = _whole_rows(cls, _FAST[cls], [name for name, *_ in plan])


def _whole_rows(cls: type, read: Callable[[Any], Any], names: list[str]) -> Callable[[Any], Any]:
    """``read`` of a class whose fields are all texts with pure cleaners (an indicator row), remembering each
    distinct row whole: a batch repeats its standard rows (满意度, 合格率, 完成时间 …) in every form, and a
    remembered row is a copy of its fields, not five fields read one by one. Only rows of short texts are kept (a
    longer one is read each time: ``read_short`` must hear of it); each object gets its own field dict."""
    values_of = itemgetter(*names)
    memo: dict[tuple, dict[str, Any]] = {}
    new = cls.__new__

    def read_row(data: Any) -> Any:
        if type(data) is not dict:
            return read(data)
        try:
            key = values_of(data)
            hit = memo.get(key)
        except (KeyError, TypeError):       # (a field missing, or a value that is a list or an object)
            return read(data)
        if hit is None:
            obj = read(data)
            for v in key:
                if type(v) is not str or len(v) > MEMO_CHARS:
                    return obj
            if len(memo) >= MEMO_TEXTS:
                memo.clear()
            memo[key] = dict(obj.__dict__)
            return obj
        obj = new(cls)
        obj.__dict__ = hit.copy()
        return obj

    read_row.memo = memo
    return read_row


_make_readers()


def _read(cls: type, data: Any) -> Any:
    return _FAST[cls](data)


def plain_of(form) -> PlainDeclaration:
    """The form as the rules read it: a plain form as it is, a pydantic ``Declaration`` copied field by field."""
    return form if type(form) is PlainDeclaration else _copy(PlainDeclaration, form)


def _copy(cls: type, obj: Any) -> Any:
    values = {}
    for name, kind, arg, _, _ in PLANS[cls]:
        v = getattr(obj, name)
        if kind == "model":
            v = _copy(arg, v)
        elif kind == "models":
            v = [_copy(arg, x) for x in v]
        values[name] = v
    return _make(cls, values, set())


_NAMES = {cls: tuple(row[0] for row in plan) for cls, plan in PLANS.items()}
_NESTED = {cls: tuple((name, kind) for name, kind, *_ in plan if kind in ("model", "models", "strs"))
           for cls, plan in PLANS.items()}


def _dump(obj: Any) -> dict[str, Any]:
    values = obj.__dict__
    cls = type(obj)
    if tuple(values) == _NAMES[cls]:      # exactly its fields, in order (as read and copied): the dict as it is
        out = dict(values)
        for name, kind in _NESTED[cls]:
            v = values[name]
            out[name] = _dump(v) if kind == "model" else [_dump(x) for x in v] if kind == "models" else list(v)
        return out
    return _dump_by_plan(obj)


def _dump_by_plan(obj: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    values = obj.__dict__
    for name, kind, arg, _, _ in PLANS[type(obj)]:
        v = values[name]
        if kind == "model":
            v = _dump(v)
        elif kind == "models":
            v = [_dump(x) for x in v]
        elif kind == "strs":
            v = list(v)
        out[name] = v
    return out
