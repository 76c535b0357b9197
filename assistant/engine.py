"""Engines: how a review is enriched beyond the rules. Offline (default) and LLM plug in the same way.

An engine has ``enrich(result)`` (adds judgement findings, an opinion and usage to a
ReviewResult; never touches a rule finding) and ``improve_import(imported)`` (for text
imports: fills only EMPTY fields). ``get_engine(llm, warn)`` picks one; with ``llm=True``
and no model configured it says so in one line and returns the offline engine.
"""
from __future__ import annotations

import copy
import logging
from typing import Callable, Protocol

from .errors import ConfigError, LLMError

log = logging.getLogger("jixiao.engine")
Warn = Callable[[str], None]
TEXT_FORMATS = ("txt", "pdf", "image")


class Engine(Protocol):
    name: str

    def enrich(self, result) -> None: ...

    def improve_import(self, imported): ...


class OfflineEngine:
    """Rules and the offline heuristics only (review_form already runs both)."""
    name = "offline"

    def enrich(self, result) -> None:
        return None

    def improve_import(self, imported):
        return imported

    def enrich_many(self, results: list) -> None:
        return None


def source_text(imported) -> str:
    """The raw text behind an import: the reader's ``text`` when it kept one, else what it could not place."""
    text = getattr(imported, "text", "") or ""
    return text if text.strip() else "\n".join(imported.unplaced)


class LLMEngine:
    name = "llm"

    def __init__(self, client, warn: Warn | None = None):
        self.client = client
        self.warn = warn or (lambda m: log.warning(m))

    @property
    def usage(self):
        return self.client.usage

    def enrich(self, result) -> None:
        """Judgement findings and the 审核意见 from the model; rule findings are left exactly as they were."""
        from .llm.tasks import review
        from .llm.usage import Usage
        if self.client.broken:
            result.usage = {"engine": "offline", "reason": "熔断"}
            return
        before = [f.to_json() for f in result.report.findings]
        per = Usage()
        try:
            findings, opinion, dropped = review(self.client, result.form, usage=per)
        except LLMError as e:
            if not self.client.broken or per.calls:
                result.warnings.append(f"大模型审核未完成，只有离线审核结果：{e}")
            result.usage = per.to_json()
            return
        have = {(f.code, f.field) for f in result.report.findings}
        for f in findings:
            if (f.code, f.field) not in have:
                result.report.findings.append(f)
                have.add((f.code, f.field))
        if opinion:
            result.opinion = opinion
        for line in dropped:
            log.info(line)
        assert [f.to_json() for f in result.report.findings[:len(before)]] == before
        result.usage = per.to_json()

    def enrich_many(self, results: list) -> None:
        """enrich() over a batch with JIXIAO_LLM_CONCURRENCY calls in flight."""
        self.client.map(self.enrich, results)

    def improve_import(self, imported):
        """For text-like imports: LLM extraction, section by section, into the fields still empty."""
        from .llm.tasks import extract, merge_empty, sections_needed
        text = source_text(imported)
        if self.client.broken or not text.strip():
            return imported
        if imported.format not in TEXT_FORMATS and not imported.unplaced:
            return imported
        sections = sections_needed(imported.form)
        if not sections:
            return imported
        ex = extract(self.client, text, sections)
        form, filled = merge_empty(imported.form, ex.patch)
        warnings = list(imported.warnings)
        if filled:
            warnings.append("以下内容由大模型从文本中抽取，请核对：" + "、".join(filled))
        warnings.extend(ex.unsupported)
        warnings.extend(f"大模型抽取未完成（{e}），该部分保留离线读取结果。" for e in ex.errors
                        if not (self.client.open_reason and self.client.open_reason in e))
        provenance = dict(imported.provenance)
        provenance.update({p: "大模型抽取" for p in filled})
        out = copy.copy(imported)      # the others as they were
        out.form, out.warnings, out.provenance = form, warnings, provenance
        return out


NO_MODEL = "未配置大模型（缺少 {missing}），本次使用离线引擎，只做规则检查。配置方法见 jixiao config。"


def get_engine(llm: bool = False, warn: Warn | None = None) -> Engine:
    """The engine to use: offline unless ``llm`` and a model is configured (one warning line otherwise)."""
    warn = warn or (lambda m: log.warning(m))
    if not llm:
        return OfflineEngine()
    from .llm.settings import load_settings
    try:
        settings = load_settings()
    except ConfigError as e:
        warn(f"{e}\n本次使用离线引擎，只做规则检查。")
        return OfflineEngine()
    if not settings.configured:
        warn(NO_MODEL.format(missing="、".join(settings.missing())))
        return OfflineEngine()
    from .llm.client import LLMClient
    return LLMEngine(LLMClient(settings, warn=warn), warn=warn)
