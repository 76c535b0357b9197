"""jixiao check: read declarations in any supported format and review them (the work is ``check_run.run``)."""
from __future__ import annotations

import sys

import click

from . import cli
from .check_run import run


@cli.command()
@click.argument("files", nargs=-1, required=True, type=str)
@click.option("--json", "as_json", is_flag=True, help="每个文件输出一行 JSON（JSON Lines），供程序处理和评分。")
@click.option("--llm", "use_llm", is_flag=True, help="同时调用已配置的大模型：抽取文本、补充判断性问题与审核意见。")
def check(files: tuple[str, ...], as_json: bool, use_llm: bool) -> None:
    """检查申报表（Word、Excel、PDF、网页、扫描图片、文本、JSON），列出问题和更正建议。

    \b
    退出码：0 无错误级问题；1 有错误级问题；2 有文件无法读取。
    示例：jixiao check 申报表.docx
          jixiao check --json ../shared/corpus/dev/*.json > out.jsonl
    """
    sys.exit(run(list(files), as_json, use_llm))
