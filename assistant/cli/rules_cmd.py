"""jixiao rules: list the rule catalogue from the registry."""
from __future__ import annotations

import click

from . import cli


@cli.command("rules")
@click.option("--markdown", is_flag=True, help="输出 Markdown 表格（用于生成 docs/rules.md）。")
def rules_cmd(markdown: bool) -> None:
    """列出全部审核规则（代码、级别、类型、说明）。"""
    from ..rules import all_rules
    if markdown:
        click.echo("| 代码 | 级别 | 类型 | 说明 |\n|---|---|---|---|")
    for r in sorted(all_rules(), key=lambda r: r.code):
        if markdown:
            click.echo(f"| `{r.code}` | {r.severity.value} | {r.kind.value} | {r.title} |")
        else:
            click.echo(f"{r.code:32} {r.severity.value:8} {r.kind.value:10} {r.title}")
