"""A throw-away PostgreSQL server for the tests: initdb into a temporary folder, started with pg_ctl
on a unix socket only (no TCP port), stopped and removed afterwards.

When the tests run as root, the server runs as a non-root account (PostgreSQL refuses root):
``postgres`` when the Debian package created it, else ``nobody``. The binaries come from
/usr/lib/postgresql/<version>/bin (Debian ``postgresql``); ``find_bin()`` is None without them.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

SUPERUSER = "jixiao"


def find_bin() -> Path | None:
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(Path(d).parent.name.split(".")[0]))
    dirs = [Path(d) for d in dirs if (Path(d) / "pg_ctl").exists() and (Path(d) / "initdb").exists()]
    return dirs[-1] if dirs else None


def _run_as() -> pwd.struct_passwd | None:
    """The account the server runs as when we are root (None: run as ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise RuntimeError("以 root 运行测试时需要一个非 root 账号（postgres 或 nobody）来运行 PostgreSQL。")


class PostgresServer:
    def __init__(self) -> None:
        self.bin = find_bin()
        if self.bin is None:
            raise RuntimeError("未安装 PostgreSQL（apt-get install postgresql）")
        self.user = _run_as()
        self.root = Path(tempfile.mkdtemp(prefix="jixiao-pg-"))
        self.data, self.sock, self.log = self.root / "data", self.root / "sock", self.root / "server.log"
        self.port = 5432      # only names the socket file inside our private folder; no TCP listener

    def _pg(self, *args: str) -> subprocess.CompletedProcess:
        kw: dict = {}
        if self.user is not None:
            kw = {"user": self.user.pw_uid, "group": self.user.pw_gid}
        env = {"PATH": f"{self.bin}:/usr/bin:/bin", "HOME": str(self.root), "LC_ALL": "C.UTF-8"}
        return subprocess.run([str(self.bin / args[0]), *args[1:]], capture_output=True, text=True, env=env,
                              timeout=120, **kw)

    def start(self) -> "PostgresServer":
        self.sock.mkdir()
        if self.user is not None:
            for p in (self.root, self.sock):
                os.chown(p, self.user.pw_uid, self.user.pw_gid)
        r = self._pg("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--no-locale",
                     "--no-sync")
        if r.returncode:
            raise RuntimeError(f"initdb 失败：{r.stderr or r.stdout}")
        opts = (f"-k {self.sock} -p {self.port} -c listen_addresses='' -c fsync=off -c synchronous_commit=off"
                " -c full_page_writes=off -c max_connections=200")
        r = self._pg("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", opts, "-w", "-t", "60", "start")
        if r.returncode:
            raise RuntimeError(f"PostgreSQL 启动失败：{r.stderr or r.stdout} {self.tail()}")
        return self

    def tail(self) -> str:
        try:
            return self.log.read_text(errors="replace")[-2000:]
        except OSError:
            return ""

    def url(self, db: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@/{db}?host={self.sock}&port={self.port}"

    def new_database(self) -> str:
        """A fresh empty database; its URL."""
        import psycopg
        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url(), autocommit=True) as con:
            con.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def stop(self) -> None:
        if self.data.exists():
            self._pg("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)
