"""jixiao 命令行：绩效目标申报表的检查、转换、起草、改写与批量审核。

Each command lives in its own module and registers itself on ``cli``. A module is imported only
when its command runs (or for the group's --help): ``jixiao check a.json`` does not load the web
app's accounts, the review pool or the Office readers.
"""
from __future__ import annotations

import importlib
import os
import sys

import click

EXIT_SUCCESS = 0   # no file has an error-severity finding
EXIT_FAIL = 1      # some file has an error-severity finding
EXIT_ERROR = 2     # some file could not be read

COMMANDS = {"check": "check", "convert": "convert", "rules": "rules_cmd", "config": "config_cmd", "extract": "extract",
            "draft": "draft", "rewrite": "rewrite", "review": "review", "users": "users"}   # command -> module

for _k, _v in (("GRADIO_ANALYTICS_ENABLED", "False"), ("HF_HUB_DISABLE_TELEMETRY", "1"),
               ("LANGSMITH_TRACING", "false"), ("LANGCHAIN_TRACING_V2", "false")):
    os.environ.setdefault(_k, _v)


from .zh import install as _chinese_click

_chinese_click()      # before the decorators below read click's option texts

class _LazyGroup(click.Group):
    """Imports a command's module when the command is looked up."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.commands and name in COMMANDS:
            try:
                importlib.import_module(f"{__name__}.{COMMANDS[name]}")
            except ModuleNotFoundError as e:
                if e.name != f"{__name__}.{COMMANDS[name]}":
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


def main() -> None:
    try:
        sys.stdout.reconfigure(errors="replace")
    except AttributeError:
        pass
    cli(prog_name="jixiao")
