"""The declaration model: one 项目支出绩效目标申报表 as typed data.

Dumps to and loads from exactly the JSON of spec/declaration.md. Parsed views of
amounts, months and indicator values are computed on demand (``parse_value``,
``Declaration.indicators_in``) so the text as written is never lost.
"""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .formdata import (BENEFIT_KINDS, COST_KINDS, LEVEL1, LEVEL2, OUTPUT_KINDS, SATISFACTION_KINDS, SCOPES,  # noqa: F401
                       DeclarationViews, FundingViews, IndicatorViews, NotPlain, build, category_of, clean_amount,
                       clean_attribute, clean_code, clean_fill_date, clean_goals, clean_month, clean_scope, clean_text,
                       clean_year, family_of, indicator_path, list_or_empty, object_or_empty, typed)


class _Base(BaseModel):
    # the validator and serializer are built on first use: a JSON check builds the models with ``plain_model``
    # and dumps them with ``plain_dump`` and so never needs them (building them costs more than checking a form)
    model_config = ConfigDict(extra="ignore", validate_assignment=True, defer_build=True)


# each field is cleaned by its before-validator, formdata's clean_* (the plain twins the rules read use them too)
class Funding(_Base, FundingViews):
    total: float | None = Field(None, description="项目资金总额（万元）")
    carryover: float | None = Field(None, description="上年度项目资金结转（万元）")
    current_year: float | None = Field(None, description="本年度预算 / 本年财政拨款（万元）")
    other: float | None = Field(None, description="本年度安排其他资金（万元）")

    _amounts = field_validator("total", "carryover", "current_year", "other", mode="before")(clean_amount)


class BudgetItem(_Base):
    name: str = Field("", description="明细项目名称")
    amount: float | None = Field(None, description="金额（万元）")
    start: str = Field("", description="起始月份 YYYY-MM")
    end: str = Field("", description="结束月份 YYYY-MM")

    _name = field_validator("name", mode="before")(clean_text)
    _amount = field_validator("amount", mode="before")(clean_amount)
    _months = field_validator("start", "end", mode="before")(clean_month)


class Goals(_Base):
    long_term: list[str] = Field(default_factory=list, description="中长期目标，每条一项")
    annual: list[str] = Field(default_factory=list, description="年度目标，每条一项")

    _goals = field_validator("long_term", "annual", mode="before")(clean_goals)


class Indicator(_Base, IndicatorViews):
    scope: Literal["annual", "long_term"] = Field("annual", description="annual 年度指标 / long_term 中长期指标")
    level1: str = Field("", description="一级指标：产出指标 / 效益指标 / 满意度指标 / 成本指标")
    level2: str = Field("", description="二级指标，如 数量指标、质量指标、社会效益指标")
    name: str = Field("", description="三级指标名称")
    value: str = Field("", description="指标值，方向+数值+单位，如 ≥95%、=4人；定性写文字")

    _scope = field_validator("scope", mode="before")(clean_scope)
    _texts = field_validator("level1", "level2", "name", "value", mode="before")(clean_text)


class Declaration(_Base, DeclarationViews):
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
        "necessity", "filler", mode="before")(clean_text)
    _months = field_validator("start", "end", mode="before")(clean_month)
    _code = field_validator("function_code", mode="before")(clean_code)
    _attribute = field_validator("attribute", mode="before")(clean_attribute)
    _year = field_validator("year", mode="before")(clean_year)
    _fill_date = field_validator("fill_date", mode="before")(clean_fill_date)
    _objects = field_validator("funding", "goals", mode="before")(object_or_empty)
    _lists = field_validator("budget_items", "indicators", mode="before")(list_or_empty)

    # --- the contract -------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        """The declaration JSON of spec/declaration.md, exactly its keys."""
        return plain_dump(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Declaration":
        if isinstance(data, dict) and "form" in data and isinstance(data["form"], dict):
            data = data["form"]
        return plain_model(cls, data)


# --- building and dumping without pydantic-core (the same objects and JSON, a fraction of the work) -------------
# A JSON check reads plain data (dicts, lists, str, numbers) into these models and dumps them back. pydantic-core
# would do that too, but only after building each model's validator and serializer, which costs more than
# reading and checking a form. ``plain_model`` runs each field's own before-validator (the code above; the one
# place where a value is cleaned) and checks that the result already has the field's type exactly; anything
# else — a validator that fails, a value of another type, a field type not in the table — goes to
# ``model_validate``, so errors and coercions are pydantic's own. ``plain_dump`` is ``model_dump(mode="json")``
# for values of exactly their field's type (a non-finite float, or any other value, is left to pydantic).

_NotPlain = NotPlain      # a value ``plain_model`` / ``plain_dump`` leave to pydantic


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
    return build(cls, data, _plan, new_model)


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
        elif not typed(kind, arg, v):      # (inf, nan: pydantic's)
            raise _NotPlain
        elif kind == "strs":
            v = list(v)
        out[name] = v
    return out

