"""The grid every reader produces: ``Line``s and ``Table``s of ``Cell``s, and the ``State`` of one read.

A ``Cell`` knows its text, its column in the grid and where it came from (provenance); a ``Table`` is
``loose`` when its cells keep their order but not their columns (copied text, OCR).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import labels as L

@dataclass
class Cell:
    text: str
    col: int
    where: str
    merged_up: bool = False     # continuation of a vertically merged cell (text repeated or blank)
    cut: bool = False           # the input stops inside this cell (text copied partway)


@dataclass
class Line:
    text: str
    where: str


@dataclass
class Table:
    rows: list[list[Cell]]
    loose: bool = False         # cells keep their order, not their columns (copied text, OCR): placed by kind


Block = Line | Table


@dataclass
class State:
    fields: dict = field(default_factory=dict)
    provenance: dict[str, str] = field(default_factory=dict)
    unplaced: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    items: list[dict] = field(default_factory=list)
    indicators: list[dict] = field(default_factory=list)
    money: float = 1.0
    last_head: str = "unit_head"
    heading: str = ""       # a short paragraph such as 长期绩效指标 just before the next table
    method: str = "table"   # how the fields are being read (provenance): table / text-rows / text-cells / …
    how: dict[str, str] = field(default_factory=dict)        # field path -> method
    budget_total: tuple[float, str] | None = None           # the 合计 of a budget-detail table, and where
    funding_seen: bool = False                              # a funding label was met (read or not)
    refused: set[str] = field(default_factory=set)          # fields left empty on purpose (their pairing was a guess)
    unfit: set[str] = field(default_factory=set)            # fields whose labelled value was not of their kind
    unsure: set[str] = field(default_factory=set)           # fields read, but next to an amount no label took: the
                                                            # sums they are part of are not checked (unread)
    parallel: int = 0                                       # parallel 中期 | 年度 funding columns: 1 after a 中期 amount label,
                                                            # 2 once the 年度 total's label follows it (grid._table)
    funding_labels: dict[str, str] = field(default_factory=dict)  # funding key -> its label as met in the grid (grid._table)
    hint_rows: int = 0                                      # indicator rows left out as a template's hints (a unit, no target)
    rows_unread: int = 0                                    # indicator rows left out because their cells could not be placed


def unread_fields(st: State) -> list[str]:
    """Fields the file has a label for but whose value was not placed (refused as a guess, or not of the field's
    kind) and that nothing else filled: a review must not report them as missing from the form."""
    unsure = {k for k in st.unsure if k.startswith("funding.")}     # read, but next to an amount no label took
    return sorted(set(unread_of(st.refused | st.unfit | (st.unsure - unsure), st.fields)) | unsure)


def unread_of(labelled: set[str], fields: dict) -> list[str]:
    """The form fields of the label keys ``labelled`` that ``fields`` (path → value) leaves empty."""
    keys = set()
    for k in labelled:
        keys |= {"start", "end"} if k == "period" else {"unit"} if k == "filer_unit" else {"department"} if k == "filer_department" else \
            {k.split("+")[0].replace("phone", "unit_phone") if k == "phone" else k.split("+")[0]}
    return sorted(k for k in keys if k in _FIELD_PATHS and fields.get(k) in (None, "", []))


_FIELD_PATHS = {k for k, _ in L.FIELD_LABELS if "+" not in k and "?" not in k and k not in ("contact", "none")} | {"start", "end", "unit_phone",
                                                                                  "department_code", "unit_head"}
