"""Who may reach the app: loopback binds are open, anything else needs JIXIAO_AUTH or --insecure.

Pure policy (host, environment, flag in; auth tuple or a ConfigError out) so it is tested
without starting a server. Telemetry is switched off before gradio is imported.
"""
from __future__ import annotations

import ipaddress
import os

from ..errors import ConfigError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7860

TELEMETRY_OFF = {
    "GRADIO_ANALYTICS_ENABLED": "False",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_OFFLINE": "1",
    "LANGSMITH_TRACING": "false",
    "LANGCHAIN_TRACING_V2": "false",
}


def telemetry_off(environ: dict | None = None) -> None:
    env = os.environ if environ is None else environ
    for k, v in TELEMETRY_OFF.items():
        env[k] = v


def is_loopback(host: str) -> bool:
    if host in ("localhost", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def parse_auth(value: str) -> tuple[str, str]:
    user, sep, password = (value or "").partition(":")
    if not sep or not user.strip() or not password:
        raise ConfigError("JIXIAO_AUTH 格式不正确：应为 用户名:密码（例如 JIXIAO_AUTH=reviewer:s3cret）。")
    return user.strip(), password


def bind_policy(host: str, auth_env: str | None, insecure: bool) -> tuple[str, str] | None:
    """The (user, password) gradio should require, or None; refuses an open non-loopback bind."""
    if auth_env:
        return parse_auth(auth_env)
    if is_loopback(host) or insecure:
        return None
    raise ConfigError(
        f"拒绝启动：监听地址 {host} 不是本机地址，其他电脑也能访问本应用。"
        "请设置环境变量 JIXIAO_AUTH=用户名:密码 启用登录，或确认网络可信后加 --insecure 参数。")
