"""Accounts (JIXIAO_AUTH, the users file, `jixiao users`), login throttling and owned files."""
from __future__ import annotations

import os
import stat

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from assistant.errors import ConfigError
from assistant.webapp import handlers as h, launch, owned
from assistant.webapp.accounts import Accounts, LoginThrottle, hash_password, load_accounts, parse_auth, read_users

CLERK = ["社会化聘用人员经费", "市信访局"]


# --- several accounts ------------------------------------------------------------------

def test_jixiao_auth_holds_several_accounts():
    accounts = launch.bind_policy("0.0.0.0", "alice:pw1,bob:pw2", False)
    assert accounts.names() == ["alice", "bob"]
    assert accounts.verify("alice", "pw1") and accounts.verify("bob", "pw2")
    assert not accounts.verify("alice", "pw1,bob:pw2")
    assert not accounts.verify("alice", "pw2") and not accounts.verify("carol", "pw1")


@pytest.mark.parametrize("value, message", [
    ("alice", "JIXIAO_AUTH 格式不正确"),
    ("alice:pw1,bob", "JIXIAO_AUTH 格式不正确"),
    ("alice:pw1,alice:pw2", "用户名「alice」出现了两次"),
    ("al ice:pw", "用户名「al ice」不可用"),
])
def test_bad_jixiao_auth_is_a_clear_error(value, message):
    with pytest.raises(ConfigError) as e:
        parse_auth(value)
    assert message in str(e.value)


def test_password_may_hold_a_colon():
    assert parse_auth("a:b:c").verify("a", "b:c")


def test_users_add_stores_a_hash_and_the_app_reads_it(tmp_path, monkeypatch):
    path = tmp_path / "users.txt"
    monkeypatch.setenv("JIXIAO_USERS_FILE", str(path))
    r = CliRunner().invoke(cli, ["users", "add", "carol"], input="s3cret-pw\ns3cret-pw\n")
    assert r.exit_code == 0, r.output
    assert f"已添加账号 carol（{path}）" in r.output
    text = path.read_text(encoding="utf-8")
    assert "s3cret-pw" not in text and "carol:scrypt$16384$8$1$" in text
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    accounts = launch.bind_policy("0.0.0.0", None, False)
    assert accounts.names() == ["carol"] and accounts.verify("carol", "s3cret-pw")
    assert not accounts.verify("carol", "s3cret-pX")
    r = CliRunner().invoke(cli, ["users", "add", "carol"], input="new-pass-1\nnew-pass-1\n")
    assert "已修改账号 carol" in r.output
    assert read_users(path).verify("carol", "new-pass-1") and not read_users(path).verify("carol", "s3cret-pw")


def test_users_list_and_remove(tmp_path):
    path = tmp_path / "u.txt"
    for name in ("bob", "alice"):
        CliRunner().invoke(cli, ["users", "add", name, "--file", str(path)], input="password1\npassword1\n")
    assert CliRunner().invoke(cli, ["users", "list", "--file", str(path)]).output == "alice\nbob\n"
    assert CliRunner().invoke(cli, ["users", "remove", "bob", "--file", str(path)]).exit_code == 0
    assert read_users(path).names() == ["alice"]
    r = CliRunner().invoke(cli, ["users", "remove", "bob", "--file", str(path)])
    assert r.exit_code == 1 and f"{path} 中没有账号 bob。" in r.output


def test_users_add_refuses_a_short_password(tmp_path):
    r = CliRunner().invoke(cli, ["users", "add", "dan", "--file", str(tmp_path / "u")], input="short\nshort\n")
    assert r.exit_code == 1 and "密码太短：至少需要 8 个字符。" in r.output
    assert not (tmp_path / "u").exists()


def test_users_file_with_a_plain_password_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "users.txt"
    path.write_text("alice:pw1\n", encoding="utf-8")
    monkeypatch.setenv("JIXIAO_USERS_FILE", str(path))
    with pytest.raises(ConfigError) as e:
        launch.bind_policy("127.0.0.1", None, False)
    assert f"用户文件 {path} 第 1 行格式不正确" in str(e.value)


def test_auth_and_users_file_combine(tmp_path, monkeypatch):
    path = tmp_path / "users.txt"
    path.write_text(f"carol:{hash_password('carol-pw')}\n", encoding="utf-8")
    monkeypatch.setenv("JIXIAO_USERS_FILE", str(path))
    accounts = load_accounts("alice:pw1")
    assert accounts.names() == ["alice", "carol"] and accounts.verify("carol", "carol-pw")


def test_loopback_without_accounts_is_single_user():
    assert launch.bind_policy("127.0.0.1", None, False) is None
    from assistant.webapp.layout import header_html
    assert "单用户模式：本机访问，未设账号" in header_html("离线引擎")
    assert "用户：alice" in header_html("离线引擎", "alice")
    assert "用户：&lt;b&gt;" in header_html("离线引擎", "<b>")


# --- throttling --------------------------------------------------------------------------

class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_hundred_wrong_passwords_in_a_second_are_throttled():
    clock, accounts = Clock(), parse_auth("alice:pw1,bob:pw2")
    t = LoginThrottle(clock=clock)
    checked = 0
    for _ in range(100):
        clock.now += 0.01
        if t.refuse("alice", "10.0.0.5")[0]:
            continue
        checked += 1
        assert not accounts.verify("alice", "wrong")
        t.failed("alice", "10.0.0.5")
    assert checked == 5
    text, wait = t.refuse("alice", "10.0.0.5")
    assert text.startswith("登录尝试过于频繁：用户 alice 已连续 5 次密码错误，请 ")
    assert 28 < wait <= 30
    assert t.refuse("bob", "10.0.0.6") == ("", 0.0)      # another user from another address is not held up


def test_waits_double_and_a_success_clears_the_user():
    clock = Clock()
    t = LoginThrottle(clock=clock)
    for _ in range(5):
        t.failed("alice", "a")
    assert t.wait("user:alice") == 30
    clock.now += 30
    assert t.refuse("alice", "a") == ("", 0.0)
    t.failed("alice", "a")
    assert t.wait("user:alice") == 60
    clock.now += 60
    t.failed("alice", "a")
    assert t.wait("user:alice") == 120
    clock.now += 120
    t.succeeded("alice")
    assert t.wait("user:alice") == 0


def test_one_address_trying_many_names_is_throttled():
    t = LoginThrottle(clock=Clock())
    for k in range(20):
        assert t.refuse(f"user{k}", "10.0.0.9") == ("", 0.0)
        t.failed(f"user{k}", "10.0.0.9")
    text, _ = t.refuse("someone-new", "10.0.0.9")
    assert text.startswith("登录尝试过于频繁：来自 10.0.0.9 的登录 已连续 20 次密码错误")


def test_old_failures_are_forgotten_and_the_table_is_bounded():
    clock = Clock()
    t = LoginThrottle(clock=clock, max_keys=50)
    for _ in range(5):
        t.failed("alice", "a")
    clock.now += 3601
    assert t.wait("user:alice") == 0
    for k in range(200):
        t.failed(f"u{k}", f"addr{k}")
    assert len(t.counts) <= 50


# --- owned files -------------------------------------------------------------------------

def test_exports_belong_to_the_account_that_made_them(fixtures, tmp_path, monkeypatch):
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "gradio"))
    v = h.on_send(h.on_start("alice").session, CLERK[0])
    e = h.on_export(v.session, "json")
    assert e.export_file and owned.belongs_to(e.export_file, "alice") is True
    assert owned.belongs_to(e.export_file, "bob") is False
    assert owned.belongs_to(e.export_file, "") is False
    assert owned.belongs_to(str(tmp_path / "gradio" / "jixiao" / ".." / "x"), "bob") is None
    assert stat.S_IMODE(os.stat(os.path.dirname(e.export_file)).st_mode) == 0o700


def test_batch_reports_belong_to_their_owner(fixtures, tmp_path, monkeypatch):
    from assistant.webapp import batch
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "gradio"))
    src = fixtures / "corpus" / "dev11-000-hiring.json"
    *_, (status, files, rows) = list(batch.run([str(src)], "k", poll=0.05, owner="alice"))
    assert files and all(owned.belongs_to(f, "alice") for f in files)
    assert not any(owned.belongs_to(f, "bob") for f in files)


def test_accounts_is_falsy_when_empty():
    assert not Accounts() and Accounts({"a": ("plain", "b")})


def test_a_session_id_belongs_to_the_first_account_that_used_it():
    from assistant.webapp.guard import SessionOwners
    owners = SessionOwners(limit=3)
    assert owners.claim("tab1", "alice") and owners.claim("tab1", "alice")
    assert not owners.claim("tab1", "bob")
    for k in range(5):
        owners.claim(f"t{k}", "carol")
    assert len(owners.owners) == 3
