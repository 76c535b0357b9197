"""Test isolation: no user data dir, no keys, no network to a real model, no telemetry."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(Path(__file__).parent))
from fake_openai import FakeOpenAI  # noqa: E402

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["LANGSMITH_TRACING"] = "false"
os.environ["LANGCHAIN_TRACING_V2"] = "false"

_LLM_ENV = ("JIXIAO_LLM_BASE_URL", "JIXIAO_LLM_MODEL", "JIXIAO_LLM_API_KEY", "OPENAI_BASE_URL", "OPENAI_API_KEY",
            "JIXIAO_LLM_TIMEOUT", "JIXIAO_LLM_MAX_RETRIES", "JIXIAO_LLM_CONCURRENCY", "JIXIAO_LLM_METHOD",
            "JIXIAO_AUTH")


@pytest.fixture(autouse=True)
def isolated_env(tmp_path, monkeypatch):
    """Every test gets its own data dir and no model configuration from the user's environment or .env."""
    for k in _LLM_ENV:
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setenv("JIXIAO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("JIXIAO_ENV_FILE", str(tmp_path / "no.env"))
    yield


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def fake_openai(monkeypatch):
    """A running local fake OpenAI server; the JIXIAO_LLM_* environment points at it (small timeout, no SDK retries)."""
    with FakeOpenAI() as fake:
        monkeypatch.setenv("JIXIAO_LLM_BASE_URL", fake.url)
        monkeypatch.setenv("JIXIAO_LLM_MODEL", "fake-model")
        monkeypatch.setenv("JIXIAO_LLM_API_KEY", "sk-test-secret-key-0000")
        monkeypatch.setenv("JIXIAO_LLM_TIMEOUT", "2")
        monkeypatch.setenv("JIXIAO_LLM_MAX_RETRIES", "0")
        yield fake


@pytest.fixture(scope="session")
def postgres():
    """A PostgreSQL server for this test session (pg_server.py); skipped when PostgreSQL is not installed."""
    from pg_server import PostgresServer, find_bin
    if find_bin() is None:
        pytest.skip("PostgreSQL 未安装（/usr/lib/postgresql/*/bin 不存在；请运行 make sysdeps 或 apt-get install postgresql）")
    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def drafts_url(request, tmp_path):
    """The same store tests against both backends: a fresh SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/d.sqlite"
    return request.getfixturevalue("postgres").new_database()
