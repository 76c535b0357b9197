"""Completeness: required fields and goals."""
from __future__ import annotations

from operator import itemgetter

from ..lexicon import REQUIRED_FIELDS
from ..formdata import PlainDeclaration as Declaration
from . import Context, finding, rule


# (first attribute, the attributes under it, path, label) per required field: split once, not per form
_REQUIRED = tuple((path.split(".")[0], tuple(path.split(".")[1:]), path, label) for path, label in REQUIRED_FIELDS.items())


_TEXTS = itemgetter(*[attr for attr, under, _, _ in _REQUIRED if not under and attr != "funding"])
_strip = str.strip
assert all(attr == "funding" and under == ("total",) for attr, under, _, _ in _REQUIRED if under)


@rule("field_missing", "error", title="必填项未填写")
def field_missing(form: Declaration, ctx: Context):
    """必填项未填写。

    Why: 财预〔2015〕88号 审核内容"完整性"：申报表各项内容应填写完整。
    Bad:  项目立项依据 空白
    Good: 项目立项依据 写明文件名称及文号
    """
    try:      # (the usual form: every required text filled and a total; str.strip of each, in C, says so at once)
        if all(map(_strip, _TEXTS(form.__dict__))):
            total = form.funding.total
            if total is not None and not isinstance(total, str):
                return
    except (TypeError, KeyError):
        pass      # (a value that is not a text: each field is looked at below)
    for attr, under, path, label in _REQUIRED:
        v = getattr(form, attr)
        for part in under:
            v = getattr(v, part)
        if v is None or (isinstance(v, str) and not v.strip()):
            yield finding("field_missing", path, f"必填项「{label}」未填写（完整性要求）。",
                          f"请补充填写「{label}」。")
