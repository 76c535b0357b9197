"""Fill a locality's own Word template (docxtpl / Jinja tags; tag names in docs/templates.md).

The template comes from outside, so it is size- and zip-checked and rendered in a Jinja
*sandbox* with autoescaping: a tag cannot reach Python internals and text such as
"<script>" or "&" lands in the document as plain text.
"""
from __future__ import annotations

import io
from pathlib import Path

from jinja2 import TemplateError
from jinja2.sandbox import SandboxedEnvironment

from ..errors import ReadError
from ..importers.limits import MAX_FILE_BYTES, check_zip, human_size
from ..model import Declaration
from . import ExportError, layout

SCOPE_LABEL = {"annual": "年度", "long_term": "中长期"}


def context(form: Declaration) -> dict:
    """The names a template can use (documented in docs/templates.md)."""
    data = form.to_json()
    f = form.funding
    data["funding"] = {k: layout.amount(getattr(f, k)) for k in ("total", "carryover", "current_year", "other")}
    data["year"] = form.year or ""
    data["period"] = layout.period(form.start, form.end)
    data["budget_items"] = [{"name": i.name, "amount": layout.amount(i.amount), "start": i.start, "end": i.end,
                             "period": layout.period(i.start, i.end)} for i in form.budget_items]
    data["budget_total"] = layout.amount(sum(i.amount or 0 for i in form.budget_items)) if form.budget_items else ""
    data["goals_long_term_text"] = "\n".join(f"目标{k}：{g}" for k, g in enumerate(form.goals.long_term, 1))
    data["goals_annual_text"] = "\n".join(f"目标{k}：{g}" for k, g in enumerate(form.goals.annual, 1))
    inds = [{**i.model_dump(), "scope_label": SCOPE_LABEL[i.scope]} for i in form.indicators]
    data["indicators"] = inds
    data["annual_indicators"] = [i for i in inds if i["scope"] == "annual"]
    data["long_term_indicators"] = [i for i in inds if i["scope"] == "long_term"]
    return data


def fill_template(form: Declaration, template: str | Path) -> bytes:
    from docxtpl import DocxTemplate
    path = Path(template)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise ExportError(f"无法打开模板 {path}（{e.strerror or e}）。") from e
    if len(raw) > MAX_FILE_BYTES:
        raise ExportError(f"模板 {path.name} 过大（{human_size(len(raw))}）。")
    try:
        check_zip(raw, path.name)
        tpl = DocxTemplate(io.BytesIO(raw))
        tpl.render(context(form), jinja_env=SandboxedEnvironment(autoescape=True))
    except ReadError as e:
        raise ExportError(f"模板 {path.name} 不是有效的 Word 文件：{e.reason}") from e
    except TemplateError as e:
        raise ExportError(f"模板 {path.name} 的标签有误：{e}。标签写法见 docs/templates.md。") from e
    except (KeyError, ValueError) as e:
        raise ExportError(f"模板 {path.name} 不是有效的 .docx（{type(e).__name__}）。") from e
    buf = io.BytesIO()
    tpl.save(buf)
    return buf.getvalue()


def verify_filled(form: Declaration, data: bytes, name: str) -> None:
    """The filled document opens, holds no unrendered tag, and shows the project name if it was tagged."""
    from docx import Document
    try:
        doc = Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises several types on a broken package
        raise ExportError(f"填好的 {name} 无法重新打开（{type(e).__name__}），文件可能没有写完整。") from e
    texts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            texts.extend(c.text for c in row.cells)
    joined = "\n".join(texts)
    if "{{" in joined or "{%" in joined:
        raise ExportError(f"填好的 {name} 中还有未替换的标签，请检查模板的标签写法（见 docs/templates.md）。")
