"""Token usage and latency, per call (``CallRecord``) and summed (``Usage``, thread-safe)."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any


@dataclass
class CallRecord:
    """One structured() call: every HTTP request it made, summed. Never holds the key or the text."""
    prompt: str
    version: str
    endpoint: str
    method: str = ""
    ok: bool = False
    error: str = ""
    requests: int = 0
    reasks: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0

    def add_http(self, seconds: float, usage: dict | None) -> None:
        self.requests += 1
        self.seconds += seconds
        if usage:
            self.prompt_tokens += int(usage.get("input_tokens") or 0)
            self.completion_tokens += int(usage.get("output_tokens") or 0)


@dataclass
class Usage:
    calls: int = 0
    failures: int = 0
    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    methods: dict[str, int] = field(default_factory=dict)     # method -> successful calls
    prompts: dict[str, str] = field(default_factory=dict)     # prompt name -> version used
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, r: CallRecord) -> None:
        with self._lock:
            self.calls += 1
            self.failures += 0 if r.ok else 1
            self.requests += r.requests
            self.prompt_tokens += r.prompt_tokens
            self.completion_tokens += r.completion_tokens
            self.seconds += r.seconds
            if r.ok:
                self.methods[r.method] = self.methods.get(r.method, 0) + 1
            self.prompts[r.prompt] = r.version

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def to_json(self) -> dict[str, Any]:
        return {"calls": self.calls, "failures": self.failures, "requests": self.requests,
                "prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens,
                "total_tokens": self.total_tokens, "seconds": round(self.seconds, 3),
                "methods": dict(self.methods), "prompts": dict(self.prompts)}
