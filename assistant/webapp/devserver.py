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
