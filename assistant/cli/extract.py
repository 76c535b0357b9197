"""jixiao extract: read a file into the declaration JSON (offline importers; plus the model when configured)."""
from __future__ import annotations

import json
import sys

import click

from . import EXIT_ERROR, cli
from ..errors import ReadError


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
@click.option("--json", "as_json", is_flag=True, help="只输出一行 JSON（{file, form, warnings}），供程序处理。")
@click.option("--offline", is_flag=True, help="不调用大模型，只用离线读取。")
def extract(file: str, as_json: bool, offline: bool) -> None:
    """从申报表文件（含 PDF 转出的文本、申报人的文字答复）抽取申报表 JSON。

    \b
    已配置大模型时，文本中离线读取不到的栏目由大模型逐部分抽取（只填空白栏目，
    数字必须在原文中出现），结果请人工核对。
    示例：jixiao extract 申报表.txt --json > 申报表.json
    """
    from ..engine import get_engine
    from ..importers import read_path
    warn = (lambda m: click.echo(m, err=True))
    engine = get_engine(llm=not offline, warn=warn if not offline else None)
    try:
        imported = read_path(file)
    except ReadError as e:
        click.echo(f"无法读取 {file}：{e.reason}", err=True)
        sys.exit(EXIT_ERROR)
    imported = engine.improve_import(imported)
    if as_json:
        out = {"file": file, "form": imported.form.to_json()}
        if imported.warnings:
            out["warnings"] = imported.warnings
        click.echo(json.dumps(out, ensure_ascii=False))
        return
    click.echo(json.dumps(imported.form.to_json(), ensure_ascii=False, indent=1))
    for w in imported.warnings:
        click.echo(f"{file}：{w}", err=True)
