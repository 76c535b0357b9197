"""Fixtures for LLM tests (the fake_openai server fixture itself is in tests/conftest.py)."""
from __future__ import annotations

import pytest


@pytest.fixture
def make_client(fake_openai):
    """Build an LLMClient from the environment, with overrides (e.g. method="json_mode")."""
    from assistant.llm.client import LLMClient
    from assistant.llm.settings import load_settings

    def make(**overrides):
        return LLMClient(load_settings(**overrides), warn=warnings.append)

    warnings: list[str] = []
    make.warnings = warnings
    return make
