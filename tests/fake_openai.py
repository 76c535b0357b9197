"""A real local HTTP server speaking the OpenAI chat-completions protocol (non-streaming), for tests.

Usage::

    with FakeOpenAI() as fake:                 # 127.0.0.1, random port, daemon threads
        fake.reply_json({"a": 1})              # queue a reply whose content is that JSON
        fake.reply(tool_args={"a": 1})         # queue a forced-tool-call reply
        fake.reply(status=429)                 # queue an HTTP error
        fake.reply(content="{}", delay=5)      # queue a slow reply (a hanging server)
        fake.reply(body={"id": "x"})           # queue HTTP 200 with exactly that JSON (no choices, wrong types …)
        fake.reply(raw="<html>…</html>", content_type="text/html")   # queue HTTP 200 with a non-JSON body
        ... point JIXIAO_LLM_BASE_URL at fake.url ...
        fake.requests                          # every request body received, as parsed JSON
        fake.bodies                            # the same, as raw text (to search for leaks)

Replies are served in order; a reply queued with ``when="Text"`` is only served to a
request whose raw body contains that text (the schema name is a handy key). With an
empty queue the server answers ``default(body)`` when set, else HTTP 500 so a test
that forgot to script a reply fails loudly. ``latency`` delays every reply (benchmarks).
Usage numbers are given per reply or estimated from the request (1 token per CJK
character, 1 per 4 other characters).
"""
from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable


@dataclass
class Reply:
    content: str | None = None
    tool_args: Any = None                 # dict (sent as JSON) or str (sent raw, e.g. malformed)
    status: int = 200
    delay: float = 0.0
    reasoning: str | None = None          # put in message.reasoning_content (GLM-style)
    usage: tuple[int, int] | None = None  # (prompt_tokens, completion_tokens)
    when: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None                      # sent as the whole JSON body instead of a completion (malformed replies)
    raw: str | None = None                # sent as the whole body, as is (an HTML error page with 200 …)
    content_type: str = "application/json"


def estimate_tokens(text: str) -> int:
    cjk = len(re.findall(r"[\u3000-\u9fff\uff00-\uffef]", text))
    return cjk + (len(text) - cjk) // 4


class FakeOpenAI:
    def __init__(self, latency: float = 0.0, default: Callable[[dict], Reply] | None = None):
        self.latency = latency
        self.default = default
        self.requests: list[dict] = []
        self.bodies: list[str] = []
        self._queue: list[Reply] = []
        self.in_flight = 0
        self.max_in_flight = 0                  # most requests being answered at once
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- scripting ------------------------------------------------------------------
    def reply(self, content: str | None = None, **kw) -> "FakeOpenAI":
        with self._lock:
            self._queue.append(Reply(content=content, **kw))
        return self

    def reply_json(self, obj: Any, **kw) -> "FakeOpenAI":
        return self.reply(json.dumps(obj, ensure_ascii=False), **kw)

    @property
    def pending(self) -> int:
        return len(self._queue)

    # --- lifecycle ------------------------------------------------------------------
    @property
    def url(self) -> str:
        assert self._server is not None, "server not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> "FakeOpenAI":
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output clean
                return

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8")
                fake._serve(self, raw)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()  # wakes delayed handlers
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> "FakeOpenAI":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # --- serving --------------------------------------------------------------------
    def _next(self, raw: str, body: dict) -> Reply:
        with self._lock:
            for i, r in enumerate(self._queue):
                if r.when is None or r.when in raw:
                    return self._queue.pop(i)
        if self.default is not None:
            return self.default(body)
        return Reply(status=500, content="fake_openai: no scripted reply for this request")

    def _serve(self, handler: BaseHTTPRequestHandler, raw: str) -> None:
        try:
            body = json.loads(raw)
        except json.JSONDecodeError:
            body = {}
        with self._lock:
            self.requests.append(body)
            self.bodies.append(raw)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            self._answer(handler, body, self._next(raw, body))
        finally:
            with self._lock:
                self.in_flight -= 1

    def _answer(self, handler: BaseHTTPRequestHandler, body: dict, r: Reply) -> None:
        wait = self.latency + r.delay
        if wait:
            self._stop.wait(wait)
        if r.status != 200:
            payload = {"error": {"message": r.content or f"HTTP {r.status}", "type": "fake_error", "code": r.status}}
            headers = {"retry-after-ms": "10", **r.headers}
        else:
            payload = r.body if r.body is not None else self._completion(body, r)
            headers = dict(r.headers)
        data = r.raw.encode("utf-8") if r.raw is not None else json.dumps(payload, ensure_ascii=False).encode("utf-8")
        try:
            handler.send_response(r.status)
            handler.send_header("Content-Type", r.content_type)
            handler.send_header("Content-Length", str(len(data)))
            for k, v in headers.items():
                handler.send_header(k, v)
            handler.end_headers()
            handler.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout): nothing to answer
            return

    def _completion(self, body: dict, r: Reply) -> dict:
        message: dict[str, Any] = {"role": "assistant", "content": r.content}
        finish = "stop"
        if r.tool_args is not None:
            name = ((body.get("tool_choice") or {}).get("function") or {}).get("name") \
                or ((body.get("tools") or [{}])[0].get("function") or {}).get("name", "tool")
            args = r.tool_args if isinstance(r.tool_args, str) else json.dumps(r.tool_args, ensure_ascii=False)
            message["content"] = r.content
            message["tool_calls"] = [{"id": f"call_{len(self.requests)}", "type": "function",
                                      "function": {"name": name, "arguments": args}}]
            finish = "tool_calls"
        if r.reasoning is not None:
            message["reasoning_content"] = r.reasoning
        if r.usage is not None:
            prompt, completion = r.usage
        else:
            prompt = estimate_tokens(json.dumps(body.get("messages", []), ensure_ascii=False)
                                     + json.dumps(body.get("tools") or body.get("response_format") or "",
                                                  ensure_ascii=False))
            completion = estimate_tokens((r.content or "") + (json.dumps(r.tool_args, ensure_ascii=False)
                                                              if r.tool_args is not None else ""))
        return {"id": f"chatcmpl-{len(self.requests)}", "object": "chat.completion", "created": int(time.time()),
                "model": body.get("model", "fake"),
                "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                "usage": {"prompt_tokens": prompt, "completion_tokens": completion,
                          "total_tokens": prompt + completion}}
