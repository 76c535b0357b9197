"""Fixtures for LLM tests: a local fake OpenAI server and settings pointing at it."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fake_openai import FakeOpenAI  # noqa: E402


@pytest.fixture
def fake_openai(monkeypatch):
    """A running fake server; the JIXIAO_LLM_* environment points at it (small timeout, no SDK retries)."""
    with FakeOpenAI() as fake:
        monkeypatch.setenv("JIXIAO_LLM_BASE_URL", fake.url)
        monkeypatch.setenv("JIXIAO_LLM_MODEL", "fake-model")
        monkeypatch.setenv("JIXIAO_LLM_API_KEY", "sk-test-secret-key-0000")
        monkeypatch.setenv("JIXIAO_LLM_TIMEOUT", "2")
        monkeypatch.setenv("JIXIAO_LLM_MAX_RETRIES", "0")
        yield fake


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
