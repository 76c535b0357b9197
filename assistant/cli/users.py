"""jixiao users: the web app's accounts in the users file (passwords stored as scrypt hashes)."""
from __future__ import annotations

from pathlib import Path

import click

from . import cli
from ..errors import ConfigError
from ..webapp.accounts import check_name, hash_password, read_users, users_file, write_users

FILE_HELP = "用户文件（默认：环境变量 JIXIAO_USERS_FILE，否则数据目录下的 users.txt；网页版读取同一文件）。"


def _file(path: str | None) -> Path:
    return Path(path) if path else users_file()


def _read(path: Path):
    try:
        return read_users(path)
    except ConfigError as e:
        raise click.ClickException(str(e)) from e


@cli.group("users")
def users():
    """管理网页版的登录账号（每个账号只能看到自己的草稿、导出文件和审核报告）。

    \b
    示例：
      jixiao users add alice        添加账号 alice（提示输入密码，文件中只保存哈希）
      jixiao users list
      jixiao users remove alice
    """


@users.command("add")
@click.argument("name")
@click.option("--file", "path", type=click.Path(dir_okay=False), help=FILE_HELP)
@click.password_option("--password", prompt="密码", confirmation_prompt="再次输入密码",
                       help="密码（不给出时提示输入，输入不显示）。")
def add(name: str, path: str | None, password: str):
    """添加账号 NAME，或修改它的密码。"""
    try:
        name = check_name(name, "jixiao users add")
    except ConfigError as e:
        raise click.ClickException(str(e)) from e
    if len(password) < 8:
        raise click.ClickException("密码太短：至少需要 8 个字符。")
    target = _file(path)
    accounts = _read(target)
    existed = name in accounts.entries
    accounts.entries[name] = ("hash", hash_password(password))
    write_users(target, accounts)
    click.echo(f"{'已修改账号' if existed else '已添加账号'} {name}（{target}）。网页版重新启动后生效，需登录使用。")


@users.command("list")
@click.option("--file", "path", type=click.Path(dir_okay=False), help=FILE_HELP)
def list_(path: str | None):
    """列出用户文件中的账号。"""
    target = _file(path)
    names = _read(target).names()
    if not names:
        click.echo(f"{target} 中还没有账号。用 jixiao users add 用户名 添加。")
    for name in names:
        click.echo(name)


@users.command("remove")
@click.argument("name")
@click.option("--file", "path", type=click.Path(dir_okay=False), help=FILE_HELP)
def remove(name: str, path: str | None):
    """删除账号 NAME（其草稿仍保留在数据库中）。"""
    target = _file(path)
    accounts = _read(target)
    if accounts.entries.pop(name, None) is None:
        raise click.ClickException(f"{target} 中没有账号 {name}。")
    write_users(target, accounts)
    click.echo(f"已删除账号 {name}（{target}）。网页版重新启动后生效。")
