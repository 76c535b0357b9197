"""Where every value of a draft came from, and which numbers nobody has vouched for.

A ``Source`` is attached to a field path (the paths of spec/findings.md: ``unit``,
``funding.total``, ``budget_items[0].amount``, ``indicators:聘用人员到岗率``,
``goals.annual[0]``). Kinds:

- ``stated``    the applicant said it; ``detail`` is the answer it came from.
- ``imported``  read from the applicant's file; ``detail`` is file and cell
                (``ImportResult.provenance``). Counted as stated: it is their document.
- ``computed``  derived by arithmetic from stated values (``detail`` shows the sum),
                or applied from a rule's correction (``detail`` names the rule).
- ``suggested`` proposed by the indicator library, goal drafting, a guess or an LLM;
                stays unconfirmed until the applicant accepts or edits it.

``unconfirmed_numbers(form, prov)`` lists every number the applicant never stated or
confirmed: show it before export.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator

from ..model import Declaration, indicator_path

KINDS = ("stated", "imported", "computed", "suggested")
KIND_LABEL = {"stated": "申报人填写", "imported": "导入文件", "computed": "计算得出", "suggested": "系统建议"}
_DIGIT = re.compile(r"\d")


@dataclass
class Source:
    kind: str                 # stated | imported | computed | suggested
    detail: str = ""          # the answer text, "表1 第3行", "4人×5000元×12个月", "library", "goaldraft", "llm"
    turn: int = 0             # the interview turn that set it (0 = before the interview)
    confirmed: bool = False   # the applicant stated, imported or explicitly accepted it
    hers: bool = False        # computed from a change she stated ("总额少报了五万"): no recalculation from other facts replaces it

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"未知的来源类型：{self.kind}")
        if self.kind in ("stated", "imported"):
            self.confirmed = True

    def to_json(self) -> dict[str, Any]:
        # spelt out: dataclasses.asdict deep-copies field by field, and every turn saves all sources
        d = {"kind": self.kind, "detail": self.detail, "turn": self.turn, "confirmed": self.confirmed}
        return {**d, "hers": True} if self.hers else d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Source":
        return cls(**{k: d[k] for k in ("kind", "detail", "turn", "confirmed", "hers") if k in d})

    def label(self) -> str:
        base = KIND_LABEL[self.kind]
        if self.kind == "suggested" and self.confirmed:
            base += "，已确认"
        return f"{base}：{self.detail}" if self.detail else base


@dataclass(frozen=True)
class Unconfirmed:
    """One number in the form that the applicant never stated or confirmed."""
    path: str
    value: str
    source: Source | None     # None: the value has no recorded origin at all

    def describe(self) -> str:
        origin = self.source.label() if self.source else "来源不明"
        from .apply import readable      # apply imports this module
        return f"{readable(None, self.path)}：{self.value}（{origin}）"


class Provenance(dict):
    """path -> Source, with helpers to move and drop whole sub-trees."""

    def set(self, path: str, source: Source) -> None:
        self[path] = source

    def drop_under(self, prefix: str) -> None:
        """Forget ``prefix`` and everything below it (``budget_items`` drops ``budget_items[2].amount``)."""
        for k in [k for k in self if k == prefix or k.startswith(prefix + ".") or k.startswith(prefix + "[")
                  or k.startswith(prefix + ":")]:
            del self[k]

    def confirm(self, path: str, turn: int = 0) -> bool:
        src = self.get(path)
        if src is None or src.confirmed:
            return False
        src.confirmed = True
        src.turn = turn or src.turn
        return True

    def to_json(self) -> dict[str, dict]:
        return {k: v.to_json() for k, v in self.items()}

    @classmethod
    def from_json(cls, d: dict[str, dict] | None) -> "Provenance":
        p = cls()
        for k, v in (d or {}).items():
            p[k] = Source.from_json(v)
        return p


def numeric_fields(form: Declaration) -> Iterator[tuple[str, str]]:
    """(path, value text) for every value of the form that holds a number."""
    f = form.funding
    for key in ("total", "carryover", "current_year", "other"):
        v = getattr(f, key)
        if v is not None:
            yield f"funding.{key}", f"{v:g}万元"
    for i, it in enumerate(form.budget_items):
        if it.amount is not None:
            yield f"budget_items[{i}].amount", f"{it.amount:g}万元"
    for scope in ("annual", "long_term"):
        for i, g in enumerate(getattr(form.goals, scope)):
            if _DIGIT.search(g):
                yield f"goals.{scope}[{i}]", g
    for i, ind in enumerate(form.indicators):
        if _DIGIT.search(ind.value):
            yield indicator_path(form, i), ind.value
    if form.function_code:
        yield "function_code", form.function_code
    for key in ("start", "end"):         # (a period she stated is confirmed; one counted, "自2027年起三年", is listed)
        if getattr(form, key):
            yield key, getattr(form, key)
    if form.fill_date:
        yield "fill_date", form.fill_date


def unconfirmed_numbers(form: Declaration, prov: Provenance) -> list[Unconfirmed]:
    """Every number in the form that the applicant never stated, imported or confirmed.

    A goal or indicator counts when its own path is confirmed; a value with no recorded
    source is listed too (it came from somewhere the interview did not see)."""
    out = []
    for path, text in numeric_fields(form):
        src = prov.get(path) or _parent_source(prov, path)
        if src is None or not src.confirmed:
            out.append(Unconfirmed(path, text, src))
    return out


def _parent_source(prov: Provenance, path: str) -> Source | None:
    # goals.annual[0] falls back to goals.annual; budget_items[0].amount to budget_items
    for cut in (path.rsplit(".", 1)[0], path.split("[", 1)[0]):
        if cut != path and cut in prov:
            return prov[cut]
    return None


def mark_all(form: Declaration, prov: Provenance, source: Source, locations: dict[str, str] | None = None) -> None:
    """Give every filled value of ``form`` the same kind of source (an imported or resumed form).

    ``locations`` (ImportResult.provenance: path -> "表1 第3行 第2列") refines ``detail`` per path."""
    locations = locations or {}
    data = form.to_json()
    for key, v in data.items():
        if key in ("funding", "goals", "budget_items", "indicators"):
            continue
        if v not in ("", None, [], {}):
            prov.set(key, _located(source, locations.get(key)))
    for key, v in data["funding"].items():
        if v is not None:
            p = f"funding.{key}"
            prov.set(p, _located(source, locations.get(p) or locations.get("funding")))
    for path, _ in numeric_fields(form):
        if path not in prov:
            prov.set(path, _located(source, locations.get(path)))
    for scope in ("annual", "long_term"):
        for i, _ in enumerate(getattr(form.goals, scope)):
            p = f"goals.{scope}[{i}]"
            prov.setdefault(p, _located(source, locations.get(p) or locations.get(f"goals.{scope}")))
    for i in range(len(form.indicators)):
        p = indicator_path(form, i)
        prov.setdefault(p, _located(source, locations.get(p)))
    for i in range(len(form.budget_items)):
        p = f"budget_items[{i}]"
        prov.setdefault(p, _located(source, locations.get(p)))


def _located(source: Source, where: str | None) -> Source:
    detail = f"{source.detail} {where}".strip() if where else source.detail
    return Source(source.kind, detail, source.turn, source.confirmed)
