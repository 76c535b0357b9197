"""ASGI middleware in front of gradio: login throttling and owner-only downloads.

- ``POST /login``: refused with HTTP 429 and a Chinese reason while the user name or the
  client address must wait (accounts.LoginThrottle); gradio's answer (200 / 400) is counted,
  and its English "Incorrect credentials." is replaced by a Chinese line.
- ``GET|HEAD …/file=<path>``: a path inside the owned folder (owned.py) is served only to the
  account whose key it carries; anyone else gets 404, as if it did not exist.
- ``…/queue/join`` and ``…/queue/data``: a tab's session id (``session_hash``) belongs to the
  account that used it first; another account using it (to read that tab's event stream, or to
  act on its state) gets 403.

Installed through ``launch(app_kwargs={"middleware": [...]})``; the logged-in user is read the
way gradio reads it (its access-token cookie → ``app.tokens``).
"""
from __future__ import annotations

import json
import logging
from collections import OrderedDict
from pathlib import Path
from urllib.parse import parse_qs

from starlette.formparsers import MultiPartException
from starlette.requests import Request

from . import owned
from .accounts import LoginThrottle

log = logging.getLogger("jixiao.webapp")
MAX_LOGIN_BODY = 64 * 1024
WRONG = "用户名或密码错误。"
LOGIN_MESSAGE = "请输入用户名和密码。连续输错 5 次后须等待 30 秒才能再试，之后每错一次等待时间加倍。"
LOGIN_HEAD = f"<script>{(Path(__file__).parent / 'login.js').read_text(encoding='utf-8')}</script>"
NOBODY = "\0nobody"    # a visitor of an app with login who has not logged in
NOT_YOURS = "找不到该文件：它可能已被删除，或不属于当前登录的用户。"


MAX_EVENT_BODY = 16 * 1024 * 1024
NOT_YOUR_SESSION = "该会话属于其他用户，拒绝访问。请刷新页面重新开始。"


class SessionOwners:
    """session_hash → the account that used it first (bounded: the oldest are forgotten first)."""

    def __init__(self, limit: int = 100_000):
        self.owners: OrderedDict[str, str] = OrderedDict()
        self.limit = limit

    def claim(self, session_hash: str, user: str) -> bool:
        owner = self.owners.setdefault(session_hash, user)
        self.owners.move_to_end(session_hash)
        while len(self.owners) > self.limit:
            self.owners.popitem(last=False)
        return owner == user


class Guard:
    def __init__(self, app, throttle: LoginThrottle | None = None):
        self.app = app
        self.throttle = throttle if throttle is not None else LoginThrottle()
        self.sessions = SessionOwners()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        if scope["method"] == "POST" and path.rstrip("/").endswith("/login"):
            return await self._login(scope, receive, send)
        if scope["method"] in ("GET", "HEAD") and "/file=" in path:
            target = path.split("/file=", 1)[1]
            if owned.belongs_to(target, _user(scope)) is False:
                return await _reply(send, 404, NOT_YOURS)
        if scope["method"] == "GET" and path in ("", "/") and _user(scope) == NOBODY:
            return await self.app(scope, receive, _with_login_script(send))
        if scope["method"] == "GET" and path.rstrip("/").endswith("/queue/data"):
            query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
            if not self.sessions.claim((query.get("session_hash") or [""])[0], _user(scope)):
                return await _reply(send, 403, NOT_YOUR_SESSION)
        if scope["method"] == "POST" and path.rstrip("/").endswith("/queue/join"):
            body = await _body(receive, MAX_EVENT_BODY)
            if body is None:
                return await _reply(send, 413, "请求过大。")
            try:
                session_hash = str(json.loads(body).get("session_hash") or "")
            except (ValueError, AttributeError):
                session_hash = ""      # malformed: gradio answers it
            if session_hash and not self.sessions.claim(session_hash, _user(scope)):
                return await _reply(send, 403, NOT_YOUR_SESSION)
            return await self.app(scope, _replay(body, receive), send)
        return await self.app(scope, receive, send)

    async def _login(self, scope, receive, send):
        body = await _body(receive, MAX_LOGIN_BODY)
        if body is None:
            return await _reply(send, 413, "登录请求过大。")
        user, addr = await _credentials(scope, body), (scope.get("client") or ("?", 0))[0]
        refusal, wait = self.throttle.refuse(user, addr)
        if refusal:
            log.warning("登录被限流：用户 %s，地址 %s", user, addr)
            return await _reply(send, 429, refusal, retry_after=wait)
        status: dict = {}
        replaced = False

        async def watch(msg):
            nonlocal replaced
            if msg["type"] == "http.response.start":
                status["code"] = msg["status"]
                if msg["status"] == 400:
                    self.throttle.failed(user, addr)
                    replaced = True
                    return await _reply(send, 400, WRONG)
                if msg["status"] == 200:
                    self.throttle.succeeded(user)
            if not replaced:
                await send(msg)

        await self.app(scope, _replay(body, receive), watch)


async def _body(receive, limit: int) -> bytes | None:
    """The whole request body, or None past ``limit`` bytes."""
    body, more = b"", True
    while more:
        msg = await receive()
        body += msg.get("body", b"")
        more = msg.get("more_body", False)
        if len(body) > limit:
            return None
    return body


def _replay(body: bytes, receive):
    """A ``receive`` that hands the already-read body on once, then waits on the real one (disconnect)."""
    sent = False

    async def again():
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}
    return again


async def _credentials(scope, body: bytes) -> str:
    """The user name of a login form (urlencoded or multipart, as gradio's page sends it)."""
    async def once():
        return {"type": "http.request", "body": body, "more_body": False}
    try:
        form = await Request(scope, once).form()
        return str(form.get("username") or "").strip()[:64]
    except (MultiPartException, ValueError):   # malformed: gradio answers it; counted as nameless
        return ""


def _user(scope) -> str:
    """The logged-in user of a request ("" when the app has no login), as gradio's /user finds it."""
    app = scope.get("app")
    tokens = getattr(app, "tokens", None) or {}
    if getattr(app, "auth", None) is None:
        return ""
    cookies = Request(scope).cookies
    cid = getattr(app, "cookie_id", "")
    token = cookies.get(f"access-token-{cid}") or cookies.get(f"access-token-unsecure-{cid}")
    return tokens.get(token) or NOBODY


def _with_login_script(send):
    """``send`` for the page a visitor not logged in gets (gradio's login page): login.js added to it."""
    start: dict = {}
    chunks: list[bytes] = []

    async def wrapped(msg):
        if msg["type"] == "http.response.start":
            start.update(msg)
            return
        chunks.append(msg.get("body", b""))
        if msg.get("more_body"):
            return
        body = b"".join(chunks)
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        if b"text/html" in dict(headers).get(b"content-type", b"") and b"</head>" in body:
            body = body.replace(b"</head>", LOGIN_HEAD.encode("utf-8") + b"</head>", 1)
        await send({**start, "headers": headers + [(b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
    return wrapped


async def _reply(send, status: int, text: str, retry_after: float = 0) -> None:
    body = json.dumps({"detail": text}, ensure_ascii=False).encode("utf-8")
    headers = [(b"content-type", b"application/json; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    if retry_after:
        headers.append((b"retry-after", str(int(retry_after) + 1).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
