"""What the interview tests share: an interview on a given day, with one question pending."""
from __future__ import annotations

import datetime as dt

from assistant.interview.engine import Interview
from assistant.model import Declaration


def asked_on(today: dt.date, field: str, form: dict | None = None) -> Interview:
    """An interview of ``form`` (or a blank one) running on ``today``, with ``field``'s question asked."""
    iv = Interview(Declaration.from_json(form) if form else None, today=today)
    iv.ask(field)
    return iv


def asked_after(today: dt.date, field: str, *before: tuple[str, str]) -> Interview:
    """An interview on ``today`` that was opened, had each (field, answer) of ``before`` asked and answered in turn,
    and now has ``field``'s question asked."""
    iv = Interview(today=today)
    iv.opening()
    for f, said in before:
        iv.ask(f)
        iv.answer(said)
    iv.ask(field)
    return iv


# a filled form of a tea-garden project, for questions asked of a form that has its rows and lines
TEA_FORM = {"project_name": "茶园标准化改造", "unit": "县农业农村局", "department": "县农业农村局", "start": "2026-03", "end": "2026-11",
            "year": 2026, "overview": "改造低产茶园3000亩，建设茶叶加工示范点4个，培训茶农600人次",
            "funding": {"total": 260, "carryover": 0, "other": 0},
            "budget_items": [{"name": "茶园改造补助", "amount": 180}, {"name": "加工示范点建设", "amount": 60},
                             {"name": "茶农培训", "amount": 20}],
            "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "改造茶园面积", "value": "=3000亩"},
                           {"level1": "产出指标", "level2": "数量指标", "name": "培训茶农人次", "value": "=600人次"}]}
