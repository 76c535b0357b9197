"""jixiao convert: read a declaration in any supported format and write it in another."""
from __future__ import annotations

import click

from . import EXIT_ERROR, cli
from ..errors import JixiaoError


@cli.command()
@click.argument("src", metavar="IN", type=str)
@click.argument("dst", metavar="OUT", type=str)
@click.option("--template", "-t", type=str, default=None,
              help="用本地区自己的 Word 模板（docxtpl 标签，见 docs/templates.md）填写，OUT 须为 .docx。")
@click.option("--force", "-f", is_flag=True, help="OUT 已存在时覆盖。")
def convert(src: str, dst: str, template: str | None, force: bool) -> None:
    """把申报表转换为另一种格式（按 OUT 的扩展名：.json .md .docx .xlsx）。

    \b
    示例：jixiao convert 申报表.pdf 申报表.xlsx
          jixiao convert 申报表.json 申报表.docx --template 本市模板.docx
    导出后会重新读取文件核对内容，确保没有写坏。
    """
    from pathlib import Path

    from ..exporters import export_form, format_of
    from ..importers import read_path
    if Path(dst).exists() and not force:
        raise click.ClickException(f"{dst} 已存在。如需覆盖，请加 --force。")
    try:
        if template is None:
            format_of(dst)
        imported = read_path(src)
        out = export_form(imported.form, dst, template=template)
    except JixiaoError as e:
        click.echo(f"错误：{e}", err=True)
        raise SystemExit(EXIT_ERROR)
    for w in imported.warnings:
        click.echo(f"提示：{src}：{w}", err=True)
    if imported.unplaced:
        click.echo(f"提示：{src} 中有 {len(imported.unplaced)} 处内容未能识别：{'；'.join(imported.unplaced[:5])}", err=True)
    click.echo(f"已转换：{src} → {out}")
