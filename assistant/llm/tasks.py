"""What the model is asked to do: extraction (section by section) and judgement review.

Each section has a small answer schema whose field descriptions come from the declaration
model. Every number the model puts in a patch must occur in the source text; one that does
not is dropped and reported as unsupported. Review answers are mapped onto spec finding
codes here (severity from the code catalogue, never from the model).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, Field, field_validator

from ..findings import Finding, Kind, Severity
from ..model import Declaration, indicator_path
from .schema import text_fields_model
from .support import support_check

MAX_DATA_CHARS = 8000


BasicFacts = text_fields_model("BasicFacts", "申报表的基本信息（原文没有的留空字符串）", (
    "year", "project_name", "department", "department_code", "department_head", "department_phone", "unit",
    "unit_head", "unit_phone", "function_code", "attribute", "start", "end", "basis", "filler", "fill_date"))


class ItemPart(BaseModel):
    name: str = Field("", description="明细项目名称")
    amount: float | None = Field(None, description="金额（万元；原文是元时除以10000）")
    start: str = Field("", description="起始月份 YYYY-MM")
    end: str = Field("", description="结束月份 YYYY-MM")


class FundingPart(BaseModel):
    """资金来源（万元）与预算明细"""
    total: float | None = Field(None, description="项目资金总额（万元）")
    carryover: float | None = Field(None, description="上年度项目资金结转（万元）")
    current_year: float | None = Field(None, description="本年度预算 / 本年财政拨款（万元）")
    other: float | None = Field(None, description="本年度安排其他资金（万元）")
    budget_items: list[ItemPart] = Field(default_factory=list, description="项目预算明细（不含合计行）")


class GoalsPart(BaseModel):
    """总体绩效目标"""
    long_term: list[str] = Field(default_factory=list, description="中长期目标，每条一项；模板占位（目标1：）不算")
    annual: list[str] = Field(default_factory=list, description="年度目标，每条一项；模板占位（目标1：）不算")


class IndicatorPart(BaseModel):
    scope: str = Field("annual", description="annual 年度指标 / long_term 中长期指标")
    level1: str = Field("", description="一级指标：产出指标 / 效益指标 / 满意度指标 / 成本指标")
    level2: str = Field("", description="二级指标，如 数量指标、质量指标、社会效益指标")
    name: str = Field("", description="三级指标名称")
    value: str = Field("", description="指标值，方向+数值+单位，如 ≥95%、=4人；定性写原文文字")


class IndicatorsPart(BaseModel):
    """绩效指标表的各行（只列出填了三级指标或指标值的行）"""
    indicators: list[IndicatorPart] = Field(default_factory=list)


SECTIONS: tuple[tuple[str, str, type[BaseModel]], ...] = (
    ("basic", "extract_basic", BasicFacts),
    ("funding", "extract_funding", FundingPart),
    ("goals", "extract_goals", GoalsPart),
    ("indicators", "extract_indicators", IndicatorsPart),
)


@dataclass
class Extraction:
    patch: dict[str, Any] = field(default_factory=dict)     # a partial declaration (JSON keys)
    unsupported: list[str] = field(default_factory=list)    # Chinese lines: what was dropped and why
    errors: list[str] = field(default_factory=list)         # sections that failed (LLMError messages)


def sections_needed(form: Declaration) -> list[str]:
    """The sections with something still empty (a form already filled is not re-extracted)."""
    basic_keys = BasicFacts.model_fields
    need = []
    if any(not getattr(form, k) for k in basic_keys):
        need.append("basic")
    if form.funding.total is None or not form.budget_items:
        need.append("funding")
    if not form.goals.annual and not form.goals.long_term:
        need.append("goals")
    if not form.indicators:
        need.append("indicators")
    return need


def extract(client, text: str, sections: list[str] | None = None, usage=None) -> Extraction:
    """Free text → partial declaration, section by section; numbers checked against the text.

    An ``LLMError`` in one section is recorded in ``errors`` and the other sections go on.
    """
    from ..errors import LLMError
    wanted = [s for s in SECTIONS if sections is None or s[0] in sections]
    data = text[:MAX_DATA_CHARS]

    def one(section):
        key, prompt, schema = section
        try:
            return key, client.structured(prompt, {}, schema, data=data, usage=usage), None
        except LLMError as e:
            return key, None, f"{key}：{e}"

    out = Extraction()
    for key, answer, error in client.map(one, wanted):
        if error:
            out.errors.append(error)
            continue
        part = _to_patch(key, answer)
        kept, dropped = support_check(part, text)
        out.patch.update(kept)
        out.unsupported.extend(dropped)
    return out


def _to_patch(key: str, answer: BaseModel) -> dict[str, Any]:
    data = answer.model_dump()
    if key == "basic":
        return {k: v for k, v in data.items() if str(v).strip()}
    if key == "funding":
        items = [i for i in data.pop("budget_items") if i.get("name") or i.get("amount") is not None]
        funding = {k: v for k, v in data.items() if v is not None}
        return {**({"funding": funding} if funding else {}), **({"budget_items": items} if items else {})}
    if key == "goals":
        goals = {k: [g for g in v if g.strip()] for k, v in data.items()}
        return {"goals": goals} if any(goals.values()) else {}
    rows = [r for r in data["indicators"] if r.get("name") or r.get("value")]
    return {"indicators": rows} if rows else {}


def merge_empty(form: Declaration, patch: dict[str, Any]) -> tuple[Declaration, list[str]]:
    """Fill only the EMPTY fields of ``form`` from ``patch``; returns the new form and the paths filled."""
    data = form.to_json()
    filled: list[str] = []
    for key, value in patch.items():
        if key == "funding":
            for k, v in value.items():
                if data["funding"].get(k) is None and v is not None:
                    data["funding"][k] = v
                    filled.append(f"funding.{k}")
        elif key == "goals":
            for k, v in value.items():
                if not data["goals"].get(k) and v:
                    data["goals"][k] = v
                    filled.append(f"goals.{k}")
        elif key in data and not data[key] and value not in ("", None, []):
            data[key] = value
            filled.append(key)
    try:
        return Declaration.from_json(data), filled
    except ValueError:
        # a value the model wrote in a shape the model rejects (e.g. an unreadable year): keep field by field
        form2 = form.model_copy(deep=True)
        kept = []
        for path in filled:
            top = path.split(".")[0]
            try:
                setattr(form2, top, data[top])
                kept.append(path)
            except ValueError:
                continue
        return form2, kept


# --- review -----------------------------------------------------------------------------
JUDGEMENT_SEVERITY = {"indicator_irrelevant": Severity.WARNING, "goal_indicator_mismatch": Severity.INFO}


class JudgementItem(BaseModel):
    code: str = Field(description="indicator_irrelevant（指标与本项目无关）或 goal_indicator_mismatch（目标与指标不对应）")
    indicator: int | None = Field(None, description="相关指标的编号（见表中编号），没有则为 null")
    goal: int | None = Field(None, description="相关年度目标的编号，没有则为 null")
    reason: str = Field("", description="一句话说明理由")
    suggestion: str = Field("", description="具体的修改建议")

    @field_validator("code", mode="before")
    @classmethod
    def _code(cls, v: Any) -> str:
        return str(v or "").strip()


class ReviewAnswer(BaseModel):
    """判断性审核结果"""
    findings: list[JudgementItem] = Field(default_factory=list)
    opinion: str = Field("", description="审核意见，200字以内，含具体修改建议")


def form_digest(form: Declaration) -> str:
    """What the review needs, compactly: numbered goals and indicators (not the whole form)."""
    lines = [f"项目名称：{form.project_name}", f"项目单位：{form.unit}"]
    if form.unit_functions:
        lines.append(f"单位职能：{form.unit_functions[:200]}")
    lines.append(f"项目概况：{form.overview[:400]}")
    if form.funding.total is not None:
        lines.append(f"资金总额：{form.funding.total:g}万元")
    for label, goals in (("年度目标", form.goals.annual), ("中长期目标", form.goals.long_term)):
        lines.append(f"{label}：" + ("（无）" if not goals else ""))
        lines.extend(f"  {i}. {g[:200]}" for i, g in enumerate(goals, 1))
    lines.append("绩效指标（编号. 范围/一级/二级/三级：指标值）：")
    for i, ind in enumerate(form.indicators, 1):
        scope = "年度" if ind.scope == "annual" else "中长期"
        lines.append(f"  {i}. {scope}/{ind.level1}/{ind.level2}/{ind.name}：{ind.value}")
    return "\n".join(lines)


def review(client, form: Declaration, usage=None) -> tuple[list[Finding], str, list[str]]:
    """Judgement findings (source="llm") and the 审核意见; also lines about answers that were dropped."""
    answer = client.structured("review", {}, ReviewAnswer, data=form_digest(form), usage=usage)
    findings, dropped = [], []
    for item in answer.findings:
        f = _to_finding(form, item)
        if f is None:
            dropped.append(f"舍弃了大模型给出的无效判断（{item.code or '无代码'}，指标 {item.indicator}，目标 {item.goal}）。")
        else:
            findings.append(f)
    return findings, answer.opinion.strip(), dropped


def _to_finding(form: Declaration, item: JudgementItem) -> Finding | None:
    if item.code not in JUDGEMENT_SEVERITY:
        return None                       # the model may not raise rule codes, nor invent new ones
    ind = None
    if item.indicator is not None:
        if not 1 <= item.indicator <= len(form.indicators):
            return None
        ind = form.indicators[item.indicator - 1]
    goal = None
    if item.goal is not None and 1 <= item.goal <= len(form.goals.annual):
        goal = item.goal - 1
    reason = item.reason.strip()
    if item.code == "indicator_irrelevant":
        if ind is None:
            return None
        path = indicator_path(form, item.indicator - 1)
        message = f"指标“{ind.name or ind.value}”与本项目内容无关，疑似从其他项目照搬。{reason}"
    else:
        if ind is not None:
            path = indicator_path(form, item.indicator - 1)
        elif goal is not None:
            path = f"goals.annual[{goal}]"
        else:
            path = "goals.annual"
        message = f"年度目标与绩效指标不对应。{reason}"
    return Finding(code=item.code, severity=JUDGEMENT_SEVERITY[item.code], field=path, message=message.strip(),
                   suggestion=item.suggestion.strip(), kind=Kind.JUDGEMENT, source="llm")
