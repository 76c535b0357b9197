"""The LLM extractor: an answer → structured patch from the configured model, grounded and merged.

``LLMExtractor(client)(text, ctx)`` runs the offline extractor first, then asks the model
(prompts/interview_patch.md, schema ``InterviewPatch``) for anything the parsers missed. The
offline reading wins where both have a value. Everything the model proposes is returned as the
applicant's words and goes through the same gate as the offline reading (gate.py): a value for
a field the answer neither was asked about nor names is refused (misfiled), and so is a number
the answer does not state (invented) — the applicant is told. When the model fails, the offline
patch is used and the applicant is told so.
"""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from ..errors import LLMError
from ..llm.schema import text_fields_model
from .answers import Context, Fill, Patch
from .apply import LABEL
from .choices import CATEGORIES, norm_value
from .derive import row
from .extract import extract

_TEXT_FIELDS = ("project_name", "unit", "department", "function_code", "attribute", "start", "end",
                "overview", "basis", "necessity")


class PatchItem(BaseModel):
    name: str = Field("", description="明细项目名称")
    amount: float | None = Field(None, description="金额（万元）")


class PatchIndicator(BaseModel):
    category: str = Field("", description="数量指标/质量指标/时效指标/成本指标/效益指标/满意度指标")
    name: str = Field("", description="三级指标名称")
    value: str = Field("", description="指标值：方向+数值+单位，如 ≥95%、=4人；定性写文字")


class InterviewPatch(text_fields_model("_InterviewText", "", _TEXT_FIELDS)):
    """访谈回答中能读出的申报表内容（回答里没有的留空）"""
    funding_total: float | None = Field(None, description="项目资金总额（万元）")
    funding_carryover: float | None = Field(None, description="上年度结转（万元）")
    funding_current_year: float | None = Field(None, description="本年度财政拨款（万元）")
    funding_other: float | None = Field(None, description="其他资金（万元）")
    budget_items: list[PatchItem] = Field(default_factory=list, description="预算明细")
    headcount: float | None = Field(None, description="聘用或服务的人数")
    monthly_per_person_yuan: float | None = Field(None, description="每人每月金额（元）")
    months: float | None = Field(None, description="月数")
    indicators: list[PatchIndicator] = Field(default_factory=list, description="绩效指标")
    acts: list[str] = Field(default_factory=list, description="这句话做了什么（answer、facts、correction、question、"
                                                               "dont_know、hedge、skip、back、confirm、deny、choice、chatter、unclear）")


class LLMExtractor:
    def __init__(self, client: Any):
        self.client = client

    def __call__(self, text: str, ctx: Context) -> Patch:
        from ..llm.support import missing_numbers, numbers_in
        patch = extract(text, ctx)
        try:
            got = self.client.structured(
                "interview_patch",
                {"field": ctx.asked or "", "label": LABEL.get(ctx.asked or "", ctx.asked or "任意内容"),
                 "question": ctx.question, "year": str(ctx.year or ctx.this_year or "")},
                InterviewPatch, data=text)
        except LLMError as e:
            patch.notes.append(f"大模型暂时不可用（{e}），已改用离线方式理解您的回答。")
            return patch
        from .acts import ACTS
        patch.acts = [a for a in got.acts if a in ACTS]
        source = numbers_in(text)
        have = {f.path for f in patch.fills}

        def add(path: str, value: Any, amount: bool = False) -> None:
            if path in have or value in (None, "", []):
                return
            primary = path == ctx.asked or (ctx.asked == "start" and path == "end")
            patch.fills.append(Fill(path, value, detail=text, primary=primary))

        for key in _TEXT_FIELDS:
            add(key, getattr(got, key))
        for key in ("total", "carryover", "current_year", "other"):
            add(f"funding.{key}", getattr(got, f"funding_{key}"), amount=True)
        items = [{"name": i.name, "amount": i.amount} for i in got.budget_items if i.name and i.amount is not None]
        if items and "budget_items" not in have:
            patch.fills.append(Fill("budget_items", items, detail=text, primary=ctx.asked == "budget_items"))
        for ind in got.indicators:
            if ind.category in CATEGORIES and ind.name and ind.value:
                level2 = "服务对象满意度指标" if ind.category == "满意度指标" else (
                    "社会效益指标" if ind.category == "效益指标" else ind.category)
                add(f"indicators:{ind.name}", row(level2, ind.name, norm_value(ind.value, ind.category, ind.name)))
        for key, fact in (("headcount", "headcount"), ("monthly_per_person_yuan", "monthly"), ("months", "months")):
            v = getattr(got, key)
            if v is not None and fact not in patch.facts and not missing_numbers(v, source):
                patch.facts[fact] = v
        return patch


def llm_extractor(warn=None) -> LLMExtractor | None:
    """An extractor for the configured model, or None when none is configured (offline)."""
    from ..llm.client import get_client
    client = get_client(warn=warn)
    return LLMExtractor(client) if client is not None else None
