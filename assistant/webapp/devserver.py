"""Start app.py in a subprocess on a free loopback port (browser tests, screenshots, benchmark)."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class AppServer:
    """``with AppServer(data_dir) as app: page.goto(app.url)``; ``restart()`` keeps port and data."""

    def __init__(self, data_dir: str | Path, port: int | None = None, extra_env: dict | None = None,
                 host: str = "127.0.0.1"):
        self.data_dir, self.port, self.host = Path(data_dir), port or free_port(), host
        self.extra_env = extra_env or {}
        self.proc: subprocess.Popen | None = None
        self.log = self.data_dir / "app.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self, timeout: float = 60) -> float:
        """Start and wait for HTTP 200 on /; returns the seconds it took."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "JIXIAO_DATA_DIR": str(self.data_dir), "GRADIO_ANALYTICS_ENABLED": "False",
               "HF_HUB_OFFLINE": "1", "HF_HUB_DISABLE_TELEMETRY": "1", "PYTHONUNBUFFERED": "1"}
        env.pop("JIXIAO_AUTH", None)
        env.update(self.extra_env)
        t0 = time.perf_counter()
        log = open(self.log, "ab")
        self.proc = subprocess.Popen([sys.executable, str(ROOT / "app.py"), "--host", self.host, "--port", str(self.port)], cwd=ROOT,
                                     env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        deadline = t0 + timeout
        while time.perf_counter() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"应用启动失败（退出码 {self.proc.returncode}）：{self.tail()}")
            try:
                with urllib.request.urlopen(self.url, timeout=2) as r:
                    if r.status == 200:
                        return time.perf_counter() - t0
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                time.sleep(0.1)
        self.stop()
        raise TimeoutError(f"应用在 {timeout:.0f} 秒内没有响应：{self.tail()}")

    def stop(self, hard: bool = False) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGKILL if hard else signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)

    def restart(self, hard: bool = True) -> float:
        self.stop(hard=hard)
        return self.start()

    def tail(self, n: int = 2000) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-n:] if self.log.exists() else ""

    def __enter__(self) -> "AppServer":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


class ApiError(RuntimeError):
    pass


class ApiSession:
    """One browser tab over HTTP, as the page itself talks to gradio (login cookie, queue/join, SSE).

    ``call(api_name, *inputs)`` returns the raw outputs (component updates included, e.g. a
    dropdown's ``choices``), in the order of the event's outputs; gr.State inputs are sent as
    null like the page does (the server keeps them per session).
    """

    def __init__(self, url: str, user: str | None = None, password: str | None = None, timeout: float = 120):
        import secrets

        import httpx
        self.http = httpx.Client(base_url=url, timeout=timeout)
        if user is not None:
            r = self.http.post("login", data={"username": user, "password": password or ""})
            if r.status_code != 200:
                raise ApiError(f"登录失败（HTTP {r.status_code}）：{r.text}")
        r = self.http.get("config")
        r.raise_for_status()
        cfg = r.json()
        self.prefix = cfg.get("api_prefix", "/gradio_api").strip("/")
        kinds = {c["id"]: c.get("type") for c in cfg["components"]}
        self.deps = {d["api_name"]: (d["id"], [kinds.get(i) for i in d["inputs"]], d["outputs"])
                     for d in cfg["dependencies"] if d.get("api_name")}
        self.session_hash = secrets.token_hex(8)

    def call(self, api_name: str, *args):
        import json
        fn, kinds, _ = self.deps[api_name.lstrip("/")]
        values = iter(args)
        data = [None if k == "state" else next(values) for k in kinds]
        r = self.http.post(f"{self.prefix}/queue/join", json={
            "data": data, "fn_index": fn, "session_hash": self.session_hash, "event_data": None, "trigger_id": None})
        if r.status_code != 200:
            raise ApiError(f"{api_name}: HTTP {r.status_code} {r.text[:200]}")
        event_id = r.json()["event_id"]
        with self.http.stream("GET", f"{self.prefix}/queue/data", params={"session_hash": self.session_hash}) as resp:
            for line in resp.iter_lines():
                if not line.startswith("data:"):
                    continue
                msg = json.loads(line[5:])
                if msg.get("event_id") != event_id or msg.get("msg") != "process_completed":
                    continue
                if not msg.get("success"):
                    raise ApiError(f"{api_name}: {msg.get('output', {}).get('error') or msg}")
                return msg["output"]["data"]
        raise ApiError(f"{api_name}: 事件流提前结束")

    def get(self, path: str):
        return self.http.get(path)

    def close(self) -> None:
        self.http.close()
