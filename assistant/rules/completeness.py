"""Completeness: required fields and goals."""
from __future__ import annotations

from ..lexicon import REQUIRED_FIELDS
from ..formdata import PlainDeclaration as Declaration
from . import Context, finding, rule


def _value(form: Declaration, path: str):
    obj = form
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


@rule("field_missing", "error", title="必填项未填写")
def field_missing(form: Declaration, ctx: Context):
    """必填项未填写。

    Why: 财预〔2015〕88号 审核内容"完整性"：申报表各项内容应填写完整。
    Bad:  项目立项依据 空白
    Good: 项目立项依据 写明文件名称及文号
    """
    for path, label in REQUIRED_FIELDS.items():
        v = _value(form, path)
        if v is None or (isinstance(v, str) and not v.strip()):
            yield finding("field_missing", path, f"必填项「{label}」未填写（完整性要求）。",
                          f"请补充填写「{label}」。")
