"""Questions: the catalogue (questions.yaml), guesses for the function code and department."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..model import Declaration

HERE = Path(__file__).parent


@dataclass
class Question:
    """One question. ``field`` is the declaration path it is about (``project_name``,
    ``funding``, ``goals.annual``, ``indicators.质量指标``, a correction's field …)."""
    field: str
    text: str
    example: str = ""
    kind: str = "field"            # field | indicators | goals | confirm | fix
    choices: list[Any] = field(default_factory=list)   # choices.Choice rows (indicators)
    proposal: Any = None           # a guessed value / proposed goals / a Correction (fix)
    key: str = ""                  # identifies review steps (fix:<field>, confirm)

    def render(self) -> str:
        lines = [self.text]
        for i, c in enumerate(self.choices, 1):
            mark = "（示例值，请按实际修改）" if c.needs_confirmation else ""
            lines.append(f"  {i}. {c.name}：{c.value}{mark}")
        if self.choices:
            lines.append("回复编号即可选用（如“1、3”），也可写“2改成≥95%”，或直接写您自己的指标和数值。")
        if self.example:
            lines.append(f"例如：{self.example}")
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "text": self.render(), "kind": self.kind,
                "choices": [{"name": c.name, "value": c.value, "level2": c.level2,
                             "needs_confirmation": c.needs_confirmation} for c in self.choices]}


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, str]]:
    rows = yaml.safe_load((HERE / "questions.yaml").read_text(encoding="utf-8"))
    return {r["field"]: r for r in rows}


def order() -> list[str]:
    return list(catalogue())


def base(field_path: str, **kw) -> Question:
    r = catalogue()[field_path]
    kw.setdefault("text", r["text"])
    kw.setdefault("example", r.get("example", ""))
    return Question(field=field_path, **kw)


@lru_cache(maxsize=1)
def _codes() -> list[dict]:
    return yaml.safe_load((HERE / "function_codes.yaml").read_text(encoding="utf-8"))


def guess_function_code(form: Declaration) -> tuple[str, str] | None:
    """(code, name) whose keywords best match the project's name, unit and overview."""
    from ..rules.codes import code_valid
    from ..lexicon import BASIC_SPENDING_ITEMS, ITEM_01_NOT_ADMIN
    weighted = ((form.project_name, 3), (form.unit, 2), (form.overview, 1), (form.department, 1))
    best, score = None, 0
    for row in _codes():
        code = row["code"]
        if not code_valid(code) or (code[5:] in BASIC_SPENDING_ITEMS and not (code[5:] == "01" and code[:5] in ITEM_01_NOT_ADMIN)):
            continue   # never propose a code the rules would warn about
        s = sum(len(k) * w for k in row["keywords"] for text, w in weighted if k in text)
        if s > score:
            best, score = row, s
    return (best["code"], best["name"]) if best else None


_TOP = re.compile(r"(局|委员会|委|厅|办公室|政府)$")


def guess_department(form: Declaration) -> str:
    """A 局/委 is usually its own 主管部门; a 中心/站/学校 is not (no guess)."""
    return form.unit if form.unit and _TOP.search(form.unit) else ""
