"""Who may log in: accounts from ``JIXIAO_AUTH`` and a users file, and how often they may try.

    JIXIAO_AUTH=alice:pw1,bob:pw2          # several accounts, plain passwords (a password may hold ':')
    JIXIAO_USERS_FILE=/etc/jixiao/users    # one ``name:scrypt$…`` line per account (``jixiao users add NAME``)

Passwords in the users file are stored as scrypt hashes (hashlib, a random salt per account),
never in clear. ``Accounts.verify`` compares in constant time and hashes even for an unknown
name, so the answer time does not tell which names exist. ``LoginThrottle`` counts failures per
user name and per client address: after a few, each further attempt waits twice as long as the
one before (no password is even checked while a key waits), and one success clears the name.
The clock is injected so the policy is tested without waiting. No gradio here.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import ConfigError
from ..paths import data_dir

SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1}
NAME_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-@")


def users_file() -> Path:
    """``JIXIAO_USERS_FILE``, else ``users.txt`` in the data folder (where ``jixiao users add`` writes)."""
    env = os.environ.get("JIXIAO_USERS_FILE")
    return Path(env) if env else data_dir() / "users.txt"


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, **SCRYPT)
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return f"scrypt${SCRYPT['n']}${SCRYPT['r']}${SCRYPT['p']}${b64(salt)}${b64(digest)}"


def check_hash(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        want = base64.b64decode(digest)
        got = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(want))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, want)


_DUMMY = hash_password("", salt=b"\0" * 16)


def check_name(name: str, where: str) -> str:
    name = (name or "").strip()
    if not name or not set(name) <= NAME_CHARS or len(name) > 64:
        raise ConfigError(f"{where}：用户名「{name}」不可用。用户名只能由字母、数字和 . _ - @ 组成，不超过 64 个字符。")
    return name


@dataclass
class Accounts:
    """name → ("plain", password) from JIXIAO_AUTH, or ("hash", scrypt string) from the users file."""
    entries: dict[str, tuple[str, str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def names(self) -> list[str]:
        return sorted(self.entries)

    def verify(self, name: str, password: str) -> bool:
        kind, secret = self.entries.get(name, ("hash", _DUMMY))
        if kind == "plain":
            ok = hmac.compare_digest(password.encode("utf-8"), secret.encode("utf-8"))
        else:
            ok = check_hash(password, secret)
        return ok and name in self.entries

    async def averify(self, name: str, password: str) -> bool:
        """``verify`` off the event loop (scrypt takes tens of milliseconds): gradio's ``auth``."""
        import asyncio
        return await asyncio.to_thread(self.verify, name, password)


def parse_auth(value: str) -> Accounts:
    """``JIXIAO_AUTH=alice:pw1,bob:pw2``: comma-separated name:password pairs."""
    out = Accounts()
    for item in (value or "").split(","):
        name, sep, password = item.partition(":")
        if not item.strip():
            continue
        if not sep or not name.strip() or not password:
            raise ConfigError("JIXIAO_AUTH 格式不正确：应为 用户名:密码，多个账号用逗号分隔"
                              "（例如 JIXIAO_AUTH=alice:s3cret,bob:pa55）。密码含逗号时请改用 jixiao users add。")
        name = check_name(name, "JIXIAO_AUTH")
        if name in out.entries:
            raise ConfigError(f"JIXIAO_AUTH 中用户名「{name}」出现了两次。")
        out.entries[name] = ("plain", password)
    if not out:
        raise ConfigError("JIXIAO_AUTH 格式不正确：应为 用户名:密码（例如 JIXIAO_AUTH=reviewer:s3cret）。")
    return out


def read_users(path: Path) -> Accounts:
    """The users file: ``name:scrypt$…`` lines; blank lines and ``#`` comments are skipped."""
    out = Accounts()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return out
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"无法读取用户文件 {path}：{e}") from e
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, stored = line.partition(":")
        if not sep or not stored.startswith("scrypt$") or stored.count("$") != 5:
            raise ConfigError(f"用户文件 {path} 第 {n} 行格式不正确：应为 用户名:scrypt$…（请用 jixiao users add 添加账号）。")
        out.entries[check_name(name, f"用户文件 {path} 第 {n} 行")] = ("hash", stored)
    return out


def write_users(path: Path, accounts: Accounts) -> None:
    """Write the hashed entries (owner-only permissions, replaced atomically)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# jixiao 账号：用户名:scrypt 哈希（由 jixiao users add 维护，请勿手工写入明文密码）"]
    lines += [f"{name}:{secret}" for name, (kind, secret) in sorted(accounts.entries.items()) if kind == "hash"]
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, path)


def load_accounts(auth_env: str | None) -> Accounts:
    """Every account: the users file's, then JIXIAO_AUTH's (which wins for a name in both)."""
    accounts = read_users(users_file())
    if auth_env:
        accounts.entries.update(parse_auth(auth_env).entries)
    return accounts


# --- throttling ------------------------------------------------------------------------

@dataclass
class _Count:
    failures: int = 0
    last: float = 0.0


@dataclass
class LoginThrottle:
    """Failures per key ("user:alice", "addr:10.0.0.5"); past ``free`` a key waits base·2^k seconds."""
    free_user: int = 5
    free_addr: int = 20
    base: float = 30.0
    longest: float = 900.0
    forget: float = 3600.0
    max_keys: int = 10_000
    clock: Callable[[], float] = time.monotonic
    counts: dict[str, _Count] = field(default_factory=dict)

    def _free(self, key: str) -> int:
        return self.free_user if key.startswith("user:") else self.free_addr

    def wait(self, key: str) -> float:
        """Seconds ``key`` must still wait before its next attempt (0 = may try now)."""
        c = self.counts.get(key)
        if c is None:
            return 0.0
        now = self.clock()
        if now - c.last > self.forget:
            del self.counts[key]
            return 0.0
        over = c.failures - self._free(key)
        if over < 0:
            return 0.0
        return max(0.0, c.last + min(self.base * 2 ** over, self.longest) - now)

    def refuse(self, user: str, addr: str) -> tuple[str, float]:
        """(the Chinese message, seconds to wait) when this attempt must wait, else ("", 0)."""
        for key, who in ((f"user:{user}", f"用户 {user}"), (f"addr:{addr}", f"来自 {addr} 的登录")):
            if (w := self.wait(key)) > 0:
                n = self.counts[key].failures
                return (f"登录尝试过于频繁：{who} 已连续 {n} 次密码错误，请 {int(w) + 1} 秒后再试。"
                        "（每多错一次，等待时间加倍；忘记密码请联系管理员。）"), w
        return "", 0.0

    def failed(self, user: str, addr: str) -> None:
        now = self.clock()
        for key in (f"user:{user}", f"addr:{addr}"):
            self.wait(key)      # forgets a stale count
            c = self.counts.setdefault(key, _Count())
            c.failures, c.last = c.failures + 1, now
        if len(self.counts) > self.max_keys:     # bounded: the oldest entries go first
            for key in sorted(self.counts, key=lambda k: self.counts[k].last)[: len(self.counts) - self.max_keys]:
                del self.counts[key]

    def succeeded(self, user: str) -> None:
        self.counts.pop(f"user:{user}", None)
