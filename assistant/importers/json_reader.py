"""Declaration JSON (or a gold case with a "form" key)."""
from __future__ import annotations

import json
import os

from ..caps import SHORT, within_caps
from ..errors import ReadError
from ..formdata import MEMO_CHARS, read_short
from . import ImportResult, register
from .limits import INLINE_JSON_BYTES

TYPE_CHECKING = False     # (not typing's: a JSON check does not import typing, 13 M instructions)
if TYPE_CHECKING:
    from pydantic import ValidationError


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
    from pydantic import ValidationError
    from ..model import Declaration, plain_model
    try:
        form = plain_model(Declaration, obj)
    except ValidationError as e:
        raise ReadError(name, validation_reason(e))
    return ImportResult(form=form, format="json", gold=gold)


def read_plain(path: str) -> ImportResult | None:
    """What ``read_path(path)`` gives for a small declaration JSON file, without pydantic: the form as the plain
    twins the rules read (``formdata.read``). None for anything else — another format, a file too large to be
    read in-process, text that is not UTF-8, JSON that does not parse, data ``formdata.read`` leaves to pydantic,
    a value a cap would cut (that needs a warning) — which ``read_path`` then reads as it always did."""
    data = _bounded(path)
    if data is None:
        return None
    if len(data) > INLINE_JSON_BYTES or data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] != b"{":
        return None
    obj = _loads(data)
    if type(obj) is not dict:
        return None
    gold = None
    if isinstance(obj.get("form"), dict):
        gold = {k: v for k, v in obj.items() if k != "form"}
        obj = obj["form"]
    form, short = read_short(obj)
    if form is None or not within_caps(form, short=short and MEMO_CHARS <= SHORT):
        return None
    return ImportResult(form=form, format="json", gold=gold)


_BOM = b"\xef\xbb\xbf"
_SPACE = " \t\n\r"      # JSON's whitespace
_scan = json.JSONDecoder().scan_once    # the C scanner json.loads runs


def _loads(data: bytes):
    """``json.loads(data.decode("utf-8-sig"))``, None where that raises. The scanner is called directly: the
    Python-level ``utf-8-sig`` codec and ``json.loads``' wrappers (two whitespace patterns, the checks a str
    needs) cost a small form a tenth of its parsing (tests/test_formdata.py compares the two)."""
    try:
        text = (data[3:] if data[:3] == _BOM else data).decode("utf-8")
        start = len(text) - len(text.lstrip(_SPACE))
        obj, end = _scan(text, start)
    except (UnicodeDecodeError, StopIteration, ValueError, RecursionError):
        return None
    if end != len(text) and text[end:].strip(_SPACE):
        return None       # (more after the value: json.loads' "Extra data")
    return obj


FIRST_READ = 64 * 1024     # bytes: a declaration's JSON is a few KB


def _bounded(path: str) -> bytes | None:
    """The file's bytes up to the bound and one byte more (None when it cannot be read). Read by the descriptor
    (``os.read``): a file object and its buffer for each small file of a batch cost more than the reading; and a
    first read of ``FIRST_READ`` bytes holds a form's file whole (a buffer of the bound's size for every small file
    costs a 2 MiB allocation each; asking the file its size, an ``os.fstat`` result, costs more than a read), then
    on to the end — a larger file, a file that grows meanwhile, or a pipe, is read on."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        want = FIRST_READ
        parts, n = [], 0
        while n <= INLINE_JSON_BYTES:
            chunk = os.read(fd, want)
            if not chunk:
                break
            parts.append(chunk)
            n += len(chunk)
            want = INLINE_JSON_BYTES + 1 - n
    except OSError:
        return None
    finally:
        os.close(fd)
    return parts[0] if len(parts) == 1 else b"".join(parts)
