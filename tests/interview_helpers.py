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
