"""Export a form through assistant.exporters (every export is read back and verified there)."""
from __future__ import annotations

from pathlib import Path

from ..errors import JixiaoError
from ..model import Declaration

FORMATS = {"docx": "Word", "xlsx": "Excel", "json": "JSON"}


def export(form: Declaration, out: Path, fmt: str) -> Path:
    if fmt not in FORMATS:
        raise JixiaoError(f"不支持的导出格式 {fmt}；可选 Word、Excel、JSON。")
    from ..exporters import export_form
    return export_form(form, out.with_suffix(f".{fmt}"))
