"""A whole form pasted into the chat (last year's 申报表 copied from a web page, a PDF or Word) is read by
the form reader — the same text → grid → assembler path as ``jixiao check 表.txt`` — not by the answer
parser, which would file its title as the 项目名称 and its header cells as indicators.

    got = read_form(text)          # None unless the text reads as a form: several lines, five fields and more
    take(iv, got, reply)           # its values into the empty fields only, imported, said back to check

Nothing she already gave is overwritten (a field that differs is named and kept); every value taken is
marked imported from the pasted text (provenance), and a loose read (plain text) is said to need checking.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Declaration
from . import fields as F
from .provenance import Provenance, Source, mark_all

if TYPE_CHECKING:
    from ..importers import ImportResult
    from .engine import Interview, Reply

MAX_CHARS = 200_000        # a pasted page is read whole (the reader's own bounds apply); a book is not a form
MIN_LINES = 5
MIN_FIELDS = 5             # filled parts of the form (scalars, funding, goals, items, indicators), the year not counted
LONG = 12                  # lines without cells: a page copied one cell per line is a form only this long
MIN_ROWS = 3               # lines cut into cells (| or tabs): a table's rows. "标签：值" lines, and edits said after
_CELLS = re.compile(r"\S\s*(?:\||\t)\s*\S")   # them ("改的地方：期限改成明年全年"), are answers the chat reads
_PARTS = ("funding", "goals", "budget_items", "indicators")
SOURCE = "粘贴的申报表"


def _filled(form: Declaration) -> list[str]:
    data = form.to_json()
    out = [k for k, v in data.items() if k not in _PARTS and k != "year" and v not in ("", None, [], {})]
    if any(v is not None for v in data["funding"].values()):
        out.append("funding")
    if form.goals.annual or form.goals.long_term:
        out.append("goals")
    out += [k for k in ("budget_items", "indicators") if data[k]]
    return out


def read_form(text: str) -> "ImportResult | None":
    """The pasted text as a form, when it is one: at least MIN_LINES lines, and the reader places at least
    MIN_FIELDS parts of the form, one of them funding, goals, budget items or indicators (a few labelled
    lines — "项目名称：…\\n实施单位：…" — stay answers, read by the chat's own parser)."""
    text = (text or "").strip()
    lines = [line for line in text.splitlines() if line.strip()]
    if len(text) > MAX_CHARS or len(lines) < MIN_LINES:
        return None
    table = sum(1 for line in lines if _CELLS.search(line)) >= MIN_ROWS
    if not table and len(lines) < LONG:
        return None
    from ..errors import JixiaoError
    from ..importers import read_bytes
    try:
        got = read_bytes(text.encode("utf-8"), "粘贴的文本.txt")
    except (JixiaoError, ValueError):
        return None
    parts = _filled(got.form)
    if len(parts) < MIN_FIELDS or not set(parts) & set(_PARTS if table else _PARTS[2:]):
        return None          # untabled lines: a form only when a table of it (items, indicators) was read too
    return got


# what she says changes this year, on a line of her own above or below the pasted table ("今年人数变成14个",
# "名称里的年份改成2026，别的照搬")
_CHANGED = re.compile(r"改成|改为|改到|变成|变为|换成|调整为|调成|调到|加到|减到|增加到|减少到|不变|照搬|照抄")


def remarks(text: str) -> tuple[str, str]:
    """(the pasted table, her lines beside it that say what changes): lines without cells above its first row or
    below its last that hold a change; ('text', '') when there are none. A change is said as one, "变成" as "改成"."""
    lines = text.strip().splitlines()
    celled = [i for i, line in enumerate(lines) if _CELLS.search(line)]
    if len(celled) < MIN_ROWS:
        return text, ""
    said = [i for i, line in enumerate(lines) if (i < celled[0] or i > celled[-1]) and _CHANGED.search(line)]
    if not said:
        return text, ""
    rest = "\n".join(line for i, line in enumerate(lines) if i not in said)
    return rest, re.sub(r"变成|变为", "改成", "；".join(lines[i].strip() for i in said))


def take(iv: "Interview", got: "ImportResult", reply: "Reply") -> list[str]:
    """Put the form's values into the fields still empty; say what was taken, what was kept, and what to check."""
    new, part = iv.form.model_copy(deep=True), Declaration()
    taken, kept = [], []
    src = got.form
    for name in type(src).model_fields:
        if name in _PARTS:
            continue
        v = getattr(src, name)
        if v in ("", None):
            continue
        if getattr(new, name) in ("", None):
            setattr(new, name, v)
            setattr(part, name, v)
            taken.append(name)
        elif getattr(new, name) != v:
            kept.append(name)
    for key in ("total", "carryover", "current_year", "other"):
        v = getattr(src.funding, key)
        if v is None:
            continue
        if getattr(new.funding, key) is None:
            setattr(new.funding, key, v)
            setattr(part.funding, key, v)
            taken.append(f"funding.{key}")
        elif getattr(new.funding, key) != v:
            kept.append(f"funding.{key}")
    for scope in ("annual", "long_term"):
        rows = getattr(src.goals, scope)
        if rows and not getattr(new.goals, scope):
            setattr(new.goals, scope, list(rows))
            setattr(part.goals, scope, list(rows))
            taken.append(f"goals.{scope}")
        elif rows:
            kept.append(f"goals.{scope}")
    for key in ("budget_items", "indicators"):
        rows = getattr(src, key)
        if rows and not getattr(new, key):
            setattr(new, key, [r.model_copy(deep=True) for r in rows])
            setattr(part, key, [r.model_copy(deep=True) for r in rows])
            taken.append(key)
        elif rows:
            kept.append(key)
    if not taken:
        reply.said.append("这段像是一整张申报表，但表里对应的栏目都已经填了，没有改动。"
                          + (f"与粘贴内容不同的有：{_labels(kept)}；要换成粘贴的值，请说“改一下：…”。" if kept else ""))
        return []
    prov = Provenance()
    mark_all(part, prov, Source("imported", SOURCE, iv.turn), got.provenance)
    for path, source in prov.items():
        if any(path == t or path.startswith((t + ".", t + "[", t + ":")) or (t == "indicators" and path.startswith("indicators"))
               for t in taken):
            iv.provenance.set(path, source)
    iv.form = new
    reply.changed += taken
    said = [f"这段像是一整张申报表，已按表格读取，填入了 {_labels(taken).count('「')} 项：{_labels(taken)}。"]
    if got.loose:
        said.append("粘贴的文字可能错位（一个值挨着别的栏目），请在表单里逐项核对；不对的说“改一下：…”。")
    if kept:
        said.append(f"已经填过的{_labels(kept)}保留您原来的，没有用粘贴的内容覆盖。")
    year = src.year or (int(src.start[:4]) if (src.start or "")[:4].isdigit() else None)
    if year and year < iv.today.year and {"year", "start"} & set(taken):
        said.append(f"粘贴的是{year}年度的表；如果这次是新一年的申报，请把年份、起止时间、金额和指标值改成这次的。")
    if got.warnings:
        said.append("没读进来的：" + "；".join(got.warnings[:3]) + ("……" if len(got.warnings) > 3 else ""))
    reply.said += said
    _ask_placeholders(iv, [p for p in taken if p in _NAMED], reply)
    return taken


# fields whose pasted value may still hold a template's or a masked page's placeholder ("XX县交通运输局", "张**")
_NAMED = ("project_name", "unit", "department", "unit_head", "department_head", "filler")
_HOLDER = re.compile(r"[Xx×＊*]{2,}|某某|〇〇|○○|□□")


def _ask_placeholders(iv: "Interview", paths: list[str], reply: "Reply") -> None:
    """A name pasted with a placeholder in it: said, and the field asked for its real name (the value stays till then)."""
    from .questions import Question
    for p in reversed(paths):
        m = _HOLDER.search(str(getattr(iv.form, p) or ""))
        if m is None:
            continue
        iv.push_followup(Question(field=p, kind="field", key=f"placeholder:{p}",
                                  text=f"粘贴的「{F.label(p)}」是“{getattr(iv.form, p)}”，其中“{m.group(0)}”是模板里的占位。"
                                       f"请写出实际的{F.label(p)}（不知道可以说“跳过”）。"))


def _labels(paths: list[str]) -> str:
    """The fields by the lexicon's labels (fields.yaml), each once: start and end are one label."""
    return "、".join(dict.fromkeys(f"「{F.label(p)}」" for p in paths))
