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


@dataclass(frozen=True)
class QuickReply:
    """A button under the question: ``label`` is shown, ``text`` is sent as the answer."""
    label: str
    text: str

    def to_json(self) -> dict[str, str]:
        return {"label": self.label, "text": self.text}


@dataclass
class Option:
    """A numbered choice that is not an indicator row: a proposed value for the question's field
    (``fills``: [(path, value)]), e.g. a guessed function code, the period's year, an example to
    adopt as 待确认 (``needs_confirmation``), or a row read from her sentence."""
    name: str
    value: str = ""
    fills: list = field(default_factory=list)
    needs_confirmation: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "value": self.value, "fills": [list(f) for f in self.fills],
                "needs_confirmation": self.needs_confirmation}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Option":
        return cls(d["name"], d.get("value", ""), [tuple(f) for f in d.get("fills") or []],
                   bool(d.get("needs_confirmation")))


@dataclass
class Question:
    """One question. ``field`` is the declaration path it is about (``project_name``,
    ``funding``, ``goals.annual``, ``indicators.质量指标``, a correction's field …)."""
    field: str
    text: str
    example: str = ""
    kind: str = "field"            # field | indicators | goals | confirm | fix | value
    choices: list[Any] = field(default_factory=list)   # choices.Choice rows (indicators) or Option rows
    proposal: Any = None           # a guessed value / proposed goals / a Correction (fix)
    key: str = ""                  # identifies review steps (fix:<field>, confirm)
    extra: list[QuickReply] = field(default_factory=list)   # replies that fit this question (同上, 今天, 就一项…)
    source: str = ""               # the applicant's words a proposal was read from (its numbers are hers)

    @property
    def replies(self) -> list[QuickReply]:
        """The quick replies that fit: numbered choices, 是/不是 for a proposal, the question's own
        extras, then 不知道 and 跳过 (确认 for the final check of numbers)."""
        out = [QuickReply(f"{i}. {_choice_label(c)}", str(i)) for i, c in enumerate(self.choices, 1)]
        if self.kind == "confirm":
            out.append(QuickReply("确认", "确认"))
        elif self.kind == "fix" or self.proposal is not None:
            out += [QuickReply("是", "是"), QuickReply("不是", "不是")]
        out += [r for r in self.extra if r not in out]
        if self.kind not in ("confirm", "fix"):
            out.append(QuickReply("不知道", "不知道"))
        out.append(QuickReply("跳过", "跳过"))
        return out

    def render(self) -> str:
        lines = [self.text]
        for i, c in enumerate(self.choices, 1):
            mark = "（示例值，请按实际修改）" if c.needs_confirmation else ""
            lines.append(f"  {i}. {c.name}：{c.value}{mark}" if c.value else f"  {i}. {c.name}{mark}")
        if self.choices and self.kind == "indicators":
            lines.append("回复编号即可选用（如“1、3”），也可写“2改成≥95%”，或直接写您自己的指标和数值。")
        elif self.choices:
            lines.append("回复编号即可选用，也可以直接写您自己的。")
        if self.example:
            lines.append(f"例如：{self.example}")
        return "\n".join(lines)

    def to_spec(self) -> dict[str, Any]:
        """JSON-safe, to keep a follow-up question in the saved state."""
        return {"field": self.field, "text": self.text, "example": self.example, "kind": self.kind, "key": self.key,
                "proposal": self.proposal, "choices": [c.to_json() for c in self.choices if isinstance(c, Option)],
                "extra": [[r.label, r.text] for r in self.extra], "source": self.source}

    @classmethod
    def from_spec(cls, d: dict[str, Any]) -> "Question":
        return cls(d["field"], d["text"], d.get("example", ""), d.get("kind", "field"),
                   [Option.from_json(c) for c in d.get("choices") or []], d.get("proposal"), d.get("key", ""),
                   [QuickReply(a, b) for a, b in d.get("extra") or []], d.get("source", ""))

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "text": self.render(), "kind": self.kind,
                "choices": [_choice_json(c) for c in self.choices],
                "replies": [r.to_json() for r in self.replies]}


def _choice_label(c: Any) -> str:
    return f"{c.name} {c.value}".strip() if hasattr(c, "value") else str(getattr(c, "name", c))


def _choice_json(c: Any) -> dict[str, Any]:
    if hasattr(c, "level2"):
        return {"name": c.name, "value": c.value, "level2": c.level2, "needs_confirmation": c.needs_confirmation}
    return {"name": getattr(c, "name", str(c)), "value": getattr(c, "value", "")}


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, str]]:
    rows = yaml.safe_load((HERE / "questions.yaml").read_text(encoding="utf-8"))
    return {r["field"]: r for r in rows}


def order() -> list[str]:
    return list(catalogue())


def rows_offer(cat: str, rows: list[dict], key: str, source: str, ask: str) -> Question:
    """Indicator rows offered for category ``cat`` (stored on her yes only): ``ask`` is the question with
    "{shown}" where the rows are named ("完成时间 年底前")."""
    opts = [Option(f"{r['level2']}「{r['name']}」", r["value"], [(f"indicators:{r['name']}", r)]) for r in rows]
    shown = "；".join(f"{r['name']} {r['value']}" for r in rows)
    return Question(field=f"indicators.{cat}", kind="rows", key=key, proposal=[list(o.fills[0]) for o in opts],
                    choices=opts, source=source, text=ask.format(shown=shown), extra=[QuickReply("记下", "是")])


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
    got = guess_function_codes(form, 1)
    return got[0] if got else None


def guess_function_codes(form: Declaration, k: int = 3) -> list[tuple[str, str]]:
    """Up to k (code, name), best first, whose keywords match the project's name, unit and overview."""
    from ..rules.codes import code_valid
    from ..lexicon import BASIC_SPENDING_ITEMS, ITEM_01_NOT_ADMIN
    weighted = [(re.sub(r"人民(?=政府|法院|检察院|医院|代表|银行|防空)", "", t or ""), w) for t, w in   # ("人民政府" holds no 民政)
                ((form.project_name, 3), (form.unit, 2), (form.overview, 1), (form.department, 1))]
    scored = []
    for i, row in enumerate(_codes()):
        code = row["code"]
        if not code_valid(code) or (code[5:] in BASIC_SPENDING_ITEMS and not (code[5:] == "01" and code[:5] in ITEM_01_NOT_ADMIN)):
            continue   # never propose a code the rules would warn about
        s = sum(len(kw) * w for kw in row["keywords"] for text, w in weighted if kw in text)
        if s > 0:                        # (a tie goes to the code the project's own name speaks of)
            scored.append((-s, -sum(len(kw) for kw in row["keywords"] if kw in weighted[0][0]), i, row))
    return [(row["code"], row["name"]) for *_, row in sorted(scored, key=lambda x: x[:3])[:k]]


_TOP = re.compile(r"(局|委员会|委|厅|办公室|政府)$")


def guess_department(form: Declaration) -> str:
    """A 局/委 is usually its own 主管部门; a 中心/站/学校 is not (no guess)."""
    return form.unit if form.unit and _TOP.search(form.unit) else ""
