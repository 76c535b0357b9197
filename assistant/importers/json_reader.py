"""Declaration JSON (or a gold case with a "form" key)."""
from __future__ import annotations

import json

from pydantic import ValidationError

from ..errors import ReadError
from ..model import Declaration, plain_model
from . import ImportResult, register


def decode_text(data: bytes, name: str) -> str:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ReadError(name, "文件编码无法识别（既不是 UTF-8 也不是 GB18030）。")


_PYDANTIC_MSG = {
    "list_type": "应为列表", "dict_type": "应为对象", "model_type": "应为对象", "model_attributes_type": "应为对象",
    "string_type": "应为文字", "float_parsing": "应为数字", "float_type": "应为数字", "int_parsing": "应为整数",
    "int_type": "应为整数", "literal_error": "取值不在允许范围内", "bool_type": "应为是/否",
}


def validation_reason(e: ValidationError) -> str:
    parts = []
    for err in e.errors()[:3]:
        loc = ".".join(str(x) for x in err["loc"]) or "（顶层）"
        msg = _PYDANTIC_MSG.get(err["type"]) or str(err["msg"]).removeprefix("Value error, ")
        parts.append(f"{loc}: {msg}")
    more = f" 等 {e.error_count()} 处" if e.error_count() > 3 else ""
    return "字段类型不对：" + "；".join(parts) + more


@register("json")
def read_json(data: bytes, name: str) -> ImportResult:
    text = decode_text(data, name)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        raise ReadError(name, f"不是有效的 JSON（第 {e.lineno} 行第 {e.colno} 列：{e.msg}）。")
    except RecursionError:
        raise ReadError(name, "JSON 嵌套过深，无法读取。")
    if not isinstance(obj, dict):
        raise ReadError(name, f"JSON 顶层应是一个对象（{{...}}），实际是{'数组' if isinstance(obj, list) else type(obj).__name__}。")
    gold = None
    if isinstance(obj.get("form"), dict):
        gold = {k: v for k, v in obj.items() if k != "form"}
        obj = obj["form"]
    try:
        form = plain_model(Declaration, obj)
    except ValidationError as e:
        raise ReadError(name, validation_reason(e))
    return ImportResult(form=form, format="json", gold=gold)
