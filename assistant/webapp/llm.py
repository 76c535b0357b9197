"""Which engine a browser session uses: offline (the default) or the configured model.

``Engine.for_settings()`` reads ``JIXIAO_LLM_*`` (assistant.llm.settings) each time a session
starts. With no model configured it is offline and langchain is never imported. With one, the
session gets an ``Engine`` over one ``LLMClient`` per endpoint shared by every session of the
process (its concurrency limit and circuit breaker are the process's). The Engine is what the
interview's LLM extractor and ``rewrite.propose`` receive as their client: it passes
``structured`` calls through and remembers each failure, so the UI can say that this turn fell
back to the offline reading. ``label()`` is the one line the UI shows.
"""
from __future__ import annotations

import hashlib
import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from ..errors import ConfigError, LLMError

log = logging.getLogger("jixiao.webapp")

OFFLINE = "离线引擎"
_CLIENTS: dict[str, Any] = {}
_LOCK = threading.Lock()


@dataclass
class Engine:
    client: Any = None                  # the shared LLMClient, or None (offline)
    model: str = ""
    problem: str = ""                   # why a configured model is not used (settings invalid, a crash)
    failures: list[str] = field(default_factory=list)   # this session's LLM errors, oldest first

    @classmethod
    def for_settings(cls) -> "Engine":
        """The engine the configuration asks for; bad settings mean offline with the reason shown."""
        from ..llm.settings import load_settings
        try:
            settings = load_settings()
        except ConfigError as e:
            return cls(problem=str(e).replace("\n", " "))
        if not settings.configured:
            return cls()
        return cls(client=_shared_client(settings), model=settings.model)

    @property
    def active(self) -> bool:
        """The model is in use: configured, not switched off for this session, breaker closed."""
        return self.client is not None and not self.problem and not self.client.broken

    def label(self) -> str:
        if self.active:
            return f"大模型：{self.model}"
        if self.client is not None and self.client.broken:
            return f"{OFFLINE}（大模型 {self.model} 连续调用失败，已停用；规则检查不受影响）"
        if self.problem:
            return f"{OFFLINE}（大模型未启用：{self.problem}）"
        return OFFLINE

    def disable(self, reason: str) -> None:
        """Stop using the model for this session (an unexpected error in the LLM path)."""
        self.problem = reason

    # --- the client interface the extractor and rewrite use ------------------------------
    def structured(self, *args, **kwargs):
        try:
            return self.client.structured(*args, **kwargs)
        except LLMError as e:
            self.failures.append(str(e))
            raise


def _shared_client(settings) -> Any:
    secret = settings.api_key.get_secret_value().encode("utf-8")
    key = settings.model_dump_json() + hashlib.sha256(secret).hexdigest()
    with _LOCK:
        client = _CLIENTS.get(key)
        if client is None:
            from ..llm.client import LLMClient
            client = _CLIENTS[key] = LLMClient(settings, warn=log.warning)
        return client


def configured_label() -> str:
    """The engine line at startup, from the settings alone (no client, no langchain import)."""
    from ..llm.settings import load_settings
    try:
        settings = load_settings()
    except ConfigError as e:
        return f"{OFFLINE}（大模型未启用：{str(e).splitlines()[0]}）"
    return f"大模型：{settings.model}" if settings.configured else OFFLINE


def prewarm() -> None:
    """Build the shared client now (imports langchain, ~1.7 s) so the first visitor does not wait
    for it; a no-op offline. Called from app.py in a thread once the server is listening."""
    Engine.for_settings()
