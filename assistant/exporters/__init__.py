"""Exporters: json, md, docx, xlsx (official layout) and a locality's own Word template.

Every export is read back after writing: the bytes are re-imported (or, for Markdown and
templates, re-opened and searched) and compared with the form, so a silent write failure
becomes a clear ``ExportError`` instead of a bad file handed to someone.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..errors import JixiaoError, ReadError
from ..model import Declaration

FORMATS = ("json", "md", "docx", "xlsx")


class ExportError(JixiaoError):
    """An export could not be written or did not read back as written."""


def format_of(path: str | Path) -> str:
    ext = Path(path).suffix.lower().lstrip(".")
    ext = {"markdown": "md"}.get(ext, ext)
    if ext not in FORMATS:
        raise ExportError(f"不支持导出为 .{ext or '（无扩展名）'}：请使用 .json、.md、.docx 或 .xlsx。")
    return ext


def render(form: Declaration, fmt: str) -> bytes:
    if fmt == "json":
        return (json.dumps(form.to_json(), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    if fmt == "md":
        from .markdown import to_markdown
        return to_markdown(form).encode("utf-8")
    if fmt == "docx":
        from .docx_writer import to_docx
        return to_docx(form)
    if fmt == "xlsx":
        from .xlsx_writer import to_xlsx
        return to_xlsx(form)
    raise ExportError(f"不支持导出为 {fmt}。")


def verify(form: Declaration, data: bytes, fmt: str, name: str) -> None:
    """Read the written bytes back; raise ExportError when they do not give the same form."""
    if fmt == "md":
        from .markdown import md_text
        text = data.decode("utf-8")
        missing = [s for s in (form.project_name, *(i.name for i in form.indicators)) if s and md_text(s) not in text]
        if missing:
            raise ExportError(f"导出的 {name} 校验失败：缺少“{missing[0]}”。请重试或换一种格式。")
        return
    from ..importers import read_bytes
    try:
        back = read_bytes(data, name).form.to_json()
    except ReadError as e:
        raise ExportError(f"导出的 {name} 无法重新读取（{e.reason}），文件可能没有写完整。") from e
    want = form.to_json()
    diff = [k for k in want if back.get(k) != want[k]]
    if diff:
        raise ExportError(f"导出的 {name} 读回后与原表不一致（字段：{'、'.join(diff[:5])}）。请检查内容后重试。")


def export_form(form: Declaration, out: str | Path, template: str | Path | None = None) -> Path:
    """Write the form to ``out`` (format by extension, or the given Word template) and verify it."""
    out = Path(out)
    if template is not None:
        from .template import fill_template
        data = fill_template(form, template)
        if out.suffix.lower() != ".docx":
            raise ExportError("使用模板导出时，输出文件必须是 .docx。")
        fmt = "template"
    else:
        fmt = format_of(out)
        data = render(form, fmt)
        verify(form, data, fmt, out.name)
    try:
        out.write_bytes(data)
        written = out.read_bytes()
    except OSError as e:
        raise ExportError(f"无法写入 {out}（{e.strerror or e}）。请检查目录是否存在、是否有写权限。") from e
    if written != data:
        raise ExportError(f"写入 {out} 后读回的内容不一致（磁盘已满或被其他程序占用？）。")
    if fmt == "template":
        from .template import verify_filled
        verify_filled(form, written, out.name)
    return out
