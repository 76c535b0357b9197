"""jixiao check: read declarations in any supported format and review them."""
from __future__ import annotations

import json
import sys

import click
from rich.console import Console
from rich.markup import escape

from . import EXIT_ERROR, EXIT_FAIL, EXIT_SUCCESS, cli
from ..errors import ReadError
from ..importers.progress import reporting
from ..review_one import review_file


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
    console = Console(stderr=False, highlight=False)
    err = Console(stderr=True, highlight=False)
    worst = EXIT_SUCCESS
    engine = None
    if use_llm:
        from ..engine import get_engine
        engine = get_engine(llm=True, warn=lambda m: err.print(f"[yellow]{m}[/yellow]"))
    for path in files:
        try:
            with reporting(lambda m, path=path: err.print(f"[dim]{escape(path)}：{escape(m)}[/dim]", soft_wrap=True)):
                result = review_file(path, engine=engine)     # a scan reports each page it reads by OCR
        except ReadError as e:
            worst = EXIT_ERROR
            if as_json:
                sys.stdout.write(json.dumps({"file": path, "error": e.reason}, ensure_ascii=False) + "\n")
            err.print(f"[red]无法读取 {escape(path)}：{escape(e.reason)}[/red]", soft_wrap=True)
            continue
        if result.report.has_errors and worst == EXIT_SUCCESS:
            worst = EXIT_FAIL
        if as_json:
            sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
        else:
            from .render import render_report
            render_report(console, path, result.form, result.report)
            for w in result.warnings:
                err.print(f"[yellow]{escape(path)}：{escape(w)}[/yellow]", soft_wrap=True)
    sys.stdout.flush()
    sys.exit(worst)
