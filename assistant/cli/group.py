"""The click group of ``jixiao`` (made when a command needs click: see ``__init__``)."""
from __future__ import annotations

import importlib

import click

from . import COMMANDS
from .zh import install as _chinese_click

_chinese_click()      # before the decorators below read click's option texts

class _LazyGroup(click.Group):
    """Imports a command's module when the command is looked up."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.commands and name in COMMANDS:
            try:
                importlib.import_module(f"{__package__}.{COMMANDS[name]}")
            except ModuleNotFoundError as e:
                if e.name != f"{__package__}.{COMMANDS[name]}":
                    raise
        command = super().get_command(ctx, name)
        if command is not None:
            command.options_metavar = "[选项]"
        return command


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]},
             options_metavar="[选项]", subcommand_metavar="命令 [参数]...")
@click.version_option(package_name="jixiao")
def cli():
    """绩效目标申报表助手（jixiao）。

    \b
    示例：
      jixiao check 申报表.docx            检查一份申报表，输出审核意见
      jixiao check --json *.json > out.jsonl
      jixiao convert 申报表.pdf 申报表.xlsx
      jixiao draft                        通过问答起草申报表
      jixiao review 收件箱/ --out 审核报告.xlsx
    """

