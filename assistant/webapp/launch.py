"""Who may reach the app: loopback binds are open, anything else needs accounts or --insecure.

Pure policy (host, environment, flag in; the accounts or a ConfigError out) so it is tested
without starting a server. Accounts come from JIXIAO_AUTH and the users file (accounts.py);
without any, a loopback app is single-user. Telemetry is switched off before gradio is imported.
"""
from __future__ import annotations

import importlib.util
import ipaddress
import os
import sys

from ..errors import ConfigError
from .accounts import Accounts, load_accounts

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7860
# gradio's queue: queue positions are sent to waiting tabs every 2 s, not to every waiting tab each time
# an answer starts ("auto"): under 50 sessions that was ~40 SSE messages per answer, and the p95 per
# answer went from 2.4–2.8 s to 1.6 s without them (issue 14, eval/bench_app.py)
QUEUE = {"default_concurrency_limit": 4, "status_update_rate": 2}

TELEMETRY_OFF = {
    "GRADIO_ANALYTICS_ENABLED": "False",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_OFFLINE": "1",
    "LANGSMITH_TRACING": "false",
    "LANGCHAIN_TRACING_V2": "false",
    # gradio's queue rebuilds a pandas summary of its last 10,000 events after every event, for a
    # monitoring page this app does not enable: once in a million events instead (issue 14: server CPU)
    "GRADIO_ANALYTICS_CACHE_FREQUENCY": "1000000",
}


def telemetry_off(environ: dict | None = None) -> None:
    env = os.environ if environ is None else environ
    for k, v in TELEMETRY_OFF.items():
        env[k] = v


# optional packages gradio imports on every event (its matplotlib backend guard around each call): when
# one is not installed, each event searched sys.path for it again, about 2 % of the server's CPU per answer
# under load (issue 14). A None in sys.modules makes the import fail at once, as Python documents.
ABSENT_FAST = ("matplotlib",)


def absent_imports_fail_fast(modules: tuple[str, ...] = ABSENT_FAST) -> list[str]:
    """Mark the modules of ``modules`` that are not installed as absent; returns those marked."""
    marked = []
    for name in modules:
        if name not in sys.modules and importlib.util.find_spec(name) is None:
            sys.modules[name] = None      # type: ignore[assignment]
            marked.append(name)
    return marked


def is_loopback(host: str) -> bool:
    if host in ("localhost", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def bind_policy(host: str, auth_env: str | None, insecure: bool) -> Accounts | None:
    """The accounts gradio should require, or None (single user); refuses an open non-loopback bind."""
    accounts = load_accounts(auth_env)
    if accounts:
        return accounts
    if is_loopback(host) or insecure:
        return None
    raise ConfigError(
        f"拒绝启动：监听地址 {host} 不是本机地址，其他电脑也能访问本应用。"
        "请设置环境变量 JIXIAO_AUTH=用户名:密码（多个账号用逗号分隔）或用 jixiao users add 添加账号以启用登录，"
        "或确认网络可信后加 --insecure 参数。")
