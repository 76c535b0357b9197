"""Export a form through assistant.exporters (Word/Excel) or as the spec JSON."""
from __future__ import annotations

import importlib
import json
from pathlib import Path

from ..errors import JixiaoError
from ..model import Declaration

FORMATS = {"docx": "Word", "xlsx": "Excel", "json": "JSON"}


def export(form: Declaration, out: Path, fmt: str) -> Path:
    if fmt not in FORMATS:
        raise JixiaoError(f"不支持的导出格式 {fmt}；可选 Word、Excel、JSON。")
    if fmt == "json":
        out.write_text(json.dumps(form.to_json(), ensure_ascii=False, indent=2), encoding="utf-8")
        return out
    try:
        mod = importlib.import_module("assistant.exporters")
    except ModuleNotFoundError as e:
        raise JixiaoError(f"{FORMATS[fmt]} 导出模块尚未安装，请先导出 JSON。") from e
    if not hasattr(mod, "export_path"):
        raise JixiaoError(f"{FORMATS[fmt]} 导出模块尚未安装，请先导出 JSON。")
    mod.export_path(form, out, fmt)
    return out
