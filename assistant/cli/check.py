"""jixiao check: read declarations in any supported format and review them."""
from __future__ import annotations

import json
import sys

import click

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
    out, err = _Consoles(), _Consoles(stderr=True)    # rich is loaded only when something is printed with it
    worst = EXIT_SUCCESS
    engine = None
    if use_llm:
        from ..engine import get_engine
        engine = get_engine(llm=True, warn=lambda m: err.say(m, "yellow"))
    for path in files:
        try:
            with reporting(lambda m, path=path: err.say(f"{path}：{m}", "dim")):
                result = review_file(path, engine=engine)     # a scan reports each page it reads by OCR
        except ReadError as e:
            worst = EXIT_ERROR
            if as_json:
                sys.stdout.write(json.dumps({"file": path, "error": e.reason}, ensure_ascii=False) + "\n")
            err.say(f"无法读取 {path}：{e.reason}", "red")
            continue
        if result.report.has_errors and worst == EXIT_SUCCESS:
            worst = EXIT_FAIL
        if as_json:
            sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
        else:
            from .render import render_report
            render_report(out.console, path, result.form, result.report)
            for w in result.warnings:
                err.say(f"{path}：{w}", "yellow")
    sys.stdout.flush()
    sys.exit(worst)


class _Consoles:
    """A rich console made on first use: a JSON run that prints no message never imports rich."""

    def __init__(self, stderr: bool = False):
        self.stderr, self._console = stderr, None

    @property
    def console(self):
        if self._console is None:
            from rich.console import Console
            self._console = Console(stderr=self.stderr, highlight=False)
        return self._console

    def say(self, text: str, style: str) -> None:
        from rich.markup import escape
        self.console.print(f"[{style}]{escape(text)}[/{style}]", soft_wrap=True)
