"""The declaration model: one 项目支出绩效目标申报表 as typed data.

Dumps to and loads from exactly the JSON of spec/declaration.md. Parsed views of
amounts, months and indicator values are computed on demand (``parse_value``,
``Declaration.indicators_in``) so the text as written is never lost.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterator, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .textnum import parse_amount_wan, parse_month, placeholder_free

SCOPES = ("annual", "long_term")
LEVEL1 = ("产出指标", "效益指标", "满意度指标", "成本指标")
OUTPUT_KINDS = ("数量指标", "质量指标", "时效指标", "成本指标")
BENEFIT_KINDS = ("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标")
SATISFACTION_KINDS = ("服务对象满意度指标",)
COST_KINDS = ("成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标")
LEVEL2 = OUTPUT_KINDS + BENEFIT_KINDS + SATISFACTION_KINDS + COST_KINDS[1:]


class _Base(BaseModel):
    # the validator and serializer are built on first use: a JSON check builds the models with ``plain_model``
    # and dumps them with ``plain_dump`` and so never needs them (building them costs more than checking a form)
    model_config = ConfigDict(extra="ignore", validate_assignment=True, defer_build=True)


def _clean_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return placeholder_free(str(v))


def _clean_amount(v: Any) -> float | None:
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


def _clean_month(v: Any) -> str:
    """Normalise a month to YYYY-MM when it can be read; keep the text otherwise.

    Unreadable text is kept (not dropped) so the period rule can report it."""
    text = _clean_text(v)
    if not text:
        return ""
    return parse_month(text) or text


class Funding(_Base):
    total: float | None = Field(None, description="项目资金总额（万元）")
    carryover: float | None = Field(None, description="上年度项目资金结转（万元）")
    current_year: float | None = Field(None, description="本年度预算 / 本年财政拨款（万元）")
    other: float | None = Field(None, description="本年度安排其他资金（万元）")

    _amounts = field_validator("total", "carryover", "current_year", "other", mode="before")(
        lambda v: _clean_amount(v))

    def components(self) -> float:
        return sum(x or 0.0 for x in (self.carryover, self.current_year, self.other))

    def has_components(self) -> bool:
        return any(x is not None for x in (self.carryover, self.current_year, self.other))


class BudgetItem(_Base):
    name: str = Field("", description="明细项目名称")
    amount: float | None = Field(None, description="金额（万元）")
    start: str = Field("", description="起始月份 YYYY-MM")
    end: str = Field("", description="结束月份 YYYY-MM")

    _name = field_validator("name", mode="before")(lambda v: _clean_text(v))
    _amount = field_validator("amount", mode="before")(lambda v: _clean_amount(v))
    _months = field_validator("start", "end", mode="before")(lambda v: _clean_month(v))


class Goals(_Base):
    long_term: list[str] = Field(default_factory=list, description="中长期目标，每条一项")
    annual: list[str] = Field(default_factory=list, description="年度目标，每条一项")

    @field_validator("long_term", "annual", mode="before")
    @classmethod
    def _goals(cls, v: Any) -> list[str]:
        if v is None:
            return []
        if isinstance(v, str):
            v = [v]
        out = []
        for g in v:
            t = _clean_text(g)
            if t:
                out.append(t)
        return out


class Indicator(_Base):
    scope: Literal["annual", "long_term"] = Field("annual", description="annual 年度指标 / long_term 中长期指标")
    level1: str = Field("", description="一级指标：产出指标 / 效益指标 / 满意度指标 / 成本指标")
    level2: str = Field("", description="二级指标，如 数量指标、质量指标、社会效益指标")
    name: str = Field("", description="三级指标名称")
    value: str = Field("", description="指标值，方向+数值+单位，如 ≥95%、=4人；定性写文字")

    @field_validator("scope", mode="before")
    @classmethod
    def _scope(cls, v: Any) -> str:
        t = str(v or "annual").strip()
        if t in ("long_term", "中长期", "中长期指标", "长期"):
            return "long_term"
        return "annual"

    _texts = field_validator("level1", "level2", "name", "value", mode="before")(lambda v: _clean_text(v))

    @property
    def parsed(self) -> "ParsedValue":
        from .values import parse_value
        return parse_value(self.value)

    def is_kind(self, level2: str) -> bool:
        """True when this row belongs to the 二级指标 category (tolerant of wording)."""
        return category_of(self) == level2


class Declaration(_Base):
    year: int | None = Field(None, description="预算年度")
    project_name: str = Field("", description="项目名称")
    department: str = Field("", description="主管部门")
    department_code: str = Field("", description="主管部门编码")
    department_head: str = Field("", description="主管部门负责人")
    department_phone: str = Field("", description="主管部门联系电话")
    unit: str = Field("", description="项目单位 / 实施单位")
    unit_head: str = Field("", description="项目单位负责人")
    unit_phone: str = Field("", description="项目单位联系电话")
    unit_functions: str = Field("", description="部门职能 / 单位职能")
    function_code: str = Field("", description="预算功能科目，7位数字（类3款2项2）")
    attribute: str = Field("", description="项目属性：新增 或 延续")
    start: str = Field("", description="项目开始月份 YYYY-MM")
    end: str = Field("", description="项目结束月份 YYYY-MM")
    overview: str = Field("", description="项目概况")
    basis: str = Field("", description="项目立项依据")
    necessity: str = Field("", description="项目实施必要性及可行性")
    funding: Funding = Field(default_factory=Funding)
    budget_items: list[BudgetItem] = Field(default_factory=list)
    goals: Goals = Field(default_factory=Goals)
    indicators: list[Indicator] = Field(default_factory=list)
    filler: str = Field("", description="填报人")
    fill_date: str = Field("", description="填报日期 YYYY-MM-DD")

    _texts = field_validator(
        "project_name", "department", "department_code", "department_head", "department_phone",
        "unit", "unit_head", "unit_phone", "unit_functions", "overview", "basis",
        "necessity", "filler", mode="before")(lambda v: _clean_text(v))
    _months = field_validator("start", "end", mode="before")(lambda v: _clean_month(v))

    @field_validator("function_code", mode="before")
    @classmethod
    def _code(cls, v: Any) -> str:
        """'2010308', '[2010308]', '2010308 信访事务', '201-03-08' → '2010308'; other text is kept as written."""
        t = _clean_text(v).strip()
        if m := re.fullmatch(r"(\d{3})[-.\s](\d{2})[-.\s](\d{2})", t):
            return "".join(m.groups())
        m = re.fullmatch(r"[\[(（【]?\s*(\d+)\s*[\])）】]?\s*[-—:：]?\s*[\u4e00-\u9fff（）()、]*", t)
        return m.group(1) if m else re.sub(r"\s+", "", t)

    @field_validator("attribute", mode="before")
    @classmethod
    def _attribute(cls, v: Any) -> str:
        """'新增项目' → '新增', '延续项目' → '延续'; a category (e.g. 基础建设类) is kept as written."""
        t = _clean_text(v)
        new, cont = "新增" in t or t == "新", any(w in t for w in ("延续", "持续", "续建"))
        if new != cont and len(t) <= 8:
            return "新增" if new else "延续"
        return t

    @field_validator("year", mode="before")
    @classmethod
    def _year(cls, v: Any) -> int | None:
        if v is None or v == "":
            return None
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return int(v)
        m = re.search(r"(19|20)\d\d", str(v))
        if not m:
            raise ValueError(f"无法识别的年度：{v!r}")
        return int(m.group(0))

    @field_validator("fill_date", mode="before")
    @classmethod
    def _fill_date(cls, v: Any) -> str:
        from .textnum import parse_date
        text = _clean_text(v)
        return (parse_date(text) or text) if text else ""

    @field_validator("funding", mode="before")
    @classmethod
    def _funding(cls, v: Any) -> Any:
        return v if v is not None else {}

    @field_validator("goals", mode="before")
    @classmethod
    def _goals(cls, v: Any) -> Any:
        return v if v is not None else {}

    @field_validator("budget_items", "indicators", mode="before")
    @classmethod
    def _lists(cls, v: Any) -> Any:
        return v if v is not None else []

    # --- the contract -------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        """The declaration JSON of spec/declaration.md, exactly its keys."""
        return plain_dump(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Declaration":
        if isinstance(data, dict) and "form" in data and isinstance(data["form"], dict):
            data = data["form"]
        return plain_model(cls, data)

    # --- views used by rules, rewrite and the interview ----------------------------
    def annual_indicators(self) -> Iterator[tuple[str, Indicator]]:
        for i, ind in enumerate(self.indicators):
            if ind.scope == "annual":
                yield indicator_path(self, i), ind

    def indicators_in(self, category: str, scope: str | None = "annual") -> Iterator[tuple[str, Indicator]]:
        """Rows of one category (a 二级指标 name, or 效益指标 / 满意度指标 / 成本指标)."""
        for i, ind in enumerate(self.indicators):
            if scope and ind.scope != scope:
                continue
            if category_of(ind) == category or family_of(ind) == category:
                yield indicator_path(self, i), ind


def indicator_path(form: Declaration, i: int) -> str:
    """Field path of an indicator row: by name when it has one, by position otherwise."""
    name = form.indicators[i].name
    return f"indicators:{name}" if name else f"indicators[{i}]"


_L2_ALIASES = [
    ("数量", "数量指标"), ("质量", "质量指标"), ("时效", "时效指标"),
    ("经济成本", "成本指标"), ("社会成本", "成本指标"), ("生态环境成本", "成本指标"), ("成本", "成本指标"),
    ("经济效益", "经济效益指标"), ("社会效益", "社会效益指标"), ("生态效益", "生态效益指标"),
    ("环境效益", "生态效益指标"), ("可持续", "可持续影响指标"), ("满意", "服务对象满意度指标"),
]


def category_of(ind: Indicator) -> str:
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


def family_of(ind: Indicator) -> str:
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


# --- building and dumping without pydantic-core (the same objects and JSON, a fraction of the work) -------------
# A JSON check reads plain data (dicts, lists, str, numbers) into these models and dumps them back. pydantic-core
# would do that too, but only after building each model's validator and serializer, which costs more than
# reading and checking a form. ``plain_model`` runs each field's own before-validator (the code above; the one
# place where a value is cleaned) and checks that the result already has the field's type exactly; anything
# else — a validator that fails, a value of another type, a field type not in the table — goes to
# ``model_validate``, so errors and coercions are pydantic's own. ``plain_dump`` is ``model_dump(mode="json")``
# for values of exactly their field's type (a non-finite float, or any other value, is left to pydantic).

class _NotPlain(Exception):
    """A value ``plain_model`` / ``plain_dump`` leave to pydantic."""


def plain_model(cls: type[_Base], data: Any) -> Any:
    """``cls.model_validate(data)``: for plain JSON data built here, unless the class's validator is built already
    (it is then the faster way: ``build_models``)."""
    if not cls.__pydantic_complete__:
        try:
            return _construct(cls, data)
        except _NotPlain:
            pass
    return cls.model_validate(data)


def plain_dump(model: _Base) -> dict[str, Any]:
    """``model.model_dump(mode="json")``: done here unless the model's serializer is built already."""
    if not type(model).__pydantic_complete__:
        try:
            return _dump(model)
        except _NotPlain:
            pass
    return model.model_dump(mode="json")


BUILD_PAYS_OFF = 400      # forms: building the Declaration's validator and serializer costs as much CPU as reading
                          # and dumping about this many forms here instead of in pydantic-core (measured: 100 M
                          # instructions against 0.26 M a form)


def build_models(forms: int) -> None:
    """Build the Declaration's validator and serializer now when ``forms`` forms are to be read (a batch)."""
    if forms >= BUILD_PAYS_OFF:
        Declaration.model_rebuild()


_PLANS: dict[type, list[tuple[str, str, Any, Any, Any]] | None] = {}


def _plan(cls: type) -> list[tuple[str, str, Any, Any, Any]] | None:
    """Per field: (name, kind, type argument, before-validator or None, default or default factory); None when
    the class has something the plain path does not do (a validator with ``info``, two on one field, a
    serializer, a field type outside the table)."""
    if cls in _PLANS:
        return _PLANS[cls]
    import inspect
    import typing
    decorators = cls.__pydantic_decorators__
    plan: list | None = []
    before: dict[str, Any] = {}
    for d in decorators.field_validators.values():
        for name in d.info.fields:
            if d.info.mode != "before" or name in before or len(inspect.signature(d.func).parameters) != 1:
                plan = None
            before[name] = d.func
    if (decorators.validators or decorators.root_validators or decorators.field_serializers
            or decorators.model_serializers or decorators.model_validators or decorators.computed_fields
            or cls.__pydantic_post_init__ or cls.__pydantic_root_model__ or cls.model_config.get("extra") == "allow"
            or cls.__private_attributes__):
        plan = None
    for name, info in cls.model_fields.items() if plan is not None else ():
        ann, args = info.annotation, typing.get_args(info.annotation)
        origin = typing.get_origin(ann)
        if ann is str:
            kind, arg = "str", None
        elif args in ((float, type(None)), (int, type(None))):
            kind, arg = "optional", args[0]
        elif origin is Literal and all(type(a) is str for a in args):
            kind, arg = "literal", args
        elif origin is list and args == (str,):
            kind, arg = "strs", None
        elif isinstance(ann, type) and issubclass(ann, _Base):
            kind, arg = "model", ann
        elif origin is list and len(args) == 1 and isinstance(args[0], type) and issubclass(args[0], _Base):
            kind, arg = "models", args[0]
        else:
            plan = None
            break
        factory = info.default_factory
        if (factory is None and info.is_required()) or info.alias is not None or info.validation_alias is not None:
            plan = None
            break
        if factory is not None and factory is not list and not (isinstance(factory, type) and issubclass(factory, _Base)):
            plan = None
            break
        plan.append((name, kind, arg, before.get(name), factory or info.default))
    _PLANS[cls] = plan
    return plan


def _construct(cls: type, data: Any) -> Any:
    plan = _plan(cls)
    if plan is None or type(data) is not dict:
        raise _NotPlain
    values: dict[str, Any] = {}
    given = set()
    for name, kind, arg, clean, default in plan:
        if name not in data:
            values[name] = ([] if default is list else _construct(default, {}) if isinstance(default, type)
                            else default)
            continue
        given.add(name)
        v = data[name]
        if clean is not None:
            try:
                v = clean(v)
            except Exception:   # noqa: BLE001 – pydantic says how it fails (ValidationError, or the error itself)
                raise _NotPlain from None
        if kind == "model":
            v = _construct(arg, v)
        elif kind == "models":
            if type(v) is not list:
                raise _NotPlain
            v = [_construct(arg, x) for x in v]
        elif not _typed(kind, arg, v):
            raise _NotPlain
        elif kind == "strs":
            v = list(v)
        values[name] = v
    return new_model(cls, values, given)


def new_model(cls: type[BaseModel], values: dict[str, Any], fields_set: set[str] | frozenset[str]) -> Any:
    """``cls.model_construct(_fields_set=fields_set, **values)`` where ``values`` holds every field of ``cls`` and
    ``cls`` has no aliases, extras, private attributes or post-init (``_plan``'s classes, findings): what
    model_construct does then, without its look-ups per field (the instance's dict is ``values``)."""
    m = cls.__new__(cls)
    _setattr(m, "__dict__", values)
    _setattr(m, "__pydantic_fields_set__", set(fields_set))
    _setattr(m, "__pydantic_extra__", None)
    _setattr(m, "__pydantic_private__", None)
    return m


_setattr = object.__setattr__


def _typed(kind: str, arg: Any, v: Any) -> bool:
    """``v`` has exactly the type of a field of this kind (a str, float|None / int|None, Literal, list[str])."""
    if kind == "str":
        return type(v) is str
    if kind == "optional":
        return v is None or type(v) is arg
    if kind == "literal":
        return type(v) is str and v in arg
    return type(v) is list and all(type(x) is str for x in v)


def _dump(model: Any) -> dict[str, Any]:
    plan = _plan(type(model))
    if plan is None or model.__pydantic_extra__:
        raise _NotPlain
    out: dict[str, Any] = {}
    for name, kind, arg, _, _ in plan:
        v = getattr(model, name)
        if kind == "model":
            if type(v) is not arg:
                raise _NotPlain
            v = _dump(v)
        elif kind == "models":
            if type(v) is not list or not all(type(x) is arg for x in v):
                raise _NotPlain
            v = [_dump(x) for x in v]
        elif not _typed(kind, arg, v) or (arg is float and v is not None and v - v != 0):   # inf, nan: pydantic's
            raise _NotPlain
        elif kind == "strs":
            v = list(v)
        out[name] = v
    return out


from .values import ParsedValue  # noqa: E402  (type used in annotations above)
