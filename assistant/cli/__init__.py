"""jixiao 命令行：绩效目标申报表的检查、转换、起草、改写与批量审核。

Each command lives in its own module and registers itself on ``cli``.
"""
from __future__ import annotations

import importlib
import os
import sys

import click

EXIT_SUCCESS = 0   # no file has an error-severity finding
EXIT_FAIL = 1      # some file has an error-severity finding
EXIT_ERROR = 2     # some file could not be read

COMMAND_MODULES = ("check", "convert", "rules_cmd", "config_cmd", "extract", "draft", "rewrite", "review",
                   "users")

for _k, _v in (("GRADIO_ANALYTICS_ENABLED", "False"), ("HF_HUB_DISABLE_TELEMETRY", "1"),
               ("LANGSMITH_TRACING", "false"), ("LANGCHAIN_TRACING_V2", "false")):
    os.environ.setdefault(_k, _v)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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


for _name in COMMAND_MODULES:
    try:
        importlib.import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as e:
        if e.name != f"{__name__}.{_name}":
            raise


def main() -> None:
    try:
        sys.stdout.reconfigure(errors="replace")
    except AttributeError:
        pass
    cli(prog_name="jixiao")
