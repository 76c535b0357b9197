"""Offline judgement heuristics (indicator_irrelevant). An LLM engine may add more; none removes a rule finding."""
from __future__ import annotations

from .findings import Finding


def offline_judgements(form) -> list[Finding]:
    return []
