"""jixiao 命令行：绩效目标申报表的检查、转换、起草、改写与批量审核。

Each command lives in its own module and registers itself on ``cli`` (the click group, ``group.py``). A
module is imported only when its command runs (or for the group's --help): ``jixiao check a.json`` does not
load the web app's accounts, the review pool or the Office readers. A plain ``jixiao check [--json] FILE...``
does not load click either (``check_run.plain_args``): the same function runs, with the same output and exit
code; anything else on the line (--help, an unknown option, a name starting with -) goes through click.
"""
from __future__ import annotations

import os
import sys

EXIT_SUCCESS = 0   # no file has an error-severity finding
EXIT_FAIL = 1      # some file has an error-severity finding
EXIT_ERROR = 2     # some file could not be read

COMMANDS = {"check": "check", "convert": "convert", "rules": "rules_cmd", "config": "config_cmd", "extract": "extract",
            "draft": "draft", "rewrite": "rewrite", "review": "review", "users": "users"}   # command -> module

for _k, _v in (("GRADIO_ANALYTICS_ENABLED", "False"), ("HF_HUB_DISABLE_TELEMETRY", "1"),
               ("LANGSMITH_TRACING", "false"), ("LANGCHAIN_TRACING_V2", "false")):
    os.environ.setdefault(_k, _v)


def __getattr__(name: str):
    """``cli`` (the click group) is made on first use: ``from assistant.cli import cli`` loads click then."""
    if name == "cli":
        from .group import cli
        return cli
    raise AttributeError(name)


def main() -> None:
    try:
        sys.stdout.reconfigure(errors="replace")
    except AttributeError:
        pass
    from .check_run import plain_args, run_plain
    plain = plain_args(sys.argv[1:])
    if plain is not None:
        run_plain(*plain)               # exits
    from .group import cli
    cli(prog_name="jixiao")
