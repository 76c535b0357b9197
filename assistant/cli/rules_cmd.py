"""jixiao rules: list the rule catalogue from the registry (docs/rules.md is generated from it)."""
from __future__ import annotations

import click

from . import cli


def rules_markdown() -> str:
    from ..rules import all_rules
    lines = ["# 审核规则", "", "由 `jixiao rules --markdown` 从规则注册表生成，请勿手工编辑。", "",
             "| 代码 | 名称 | 级别 | 类型 | 说明 |", "|---|---|---|---|---|"]
    for r in sorted(all_rules(), key=lambda r: r.code):
        lines.append(f"| `{r.code}` | {r.title} | {r.severity.value} | {r.kind.value} | {r.summary} |")
    lines += ["", "判断类（judgement）代码 `indicator_irrelevant`、`goal_indicator_mismatch` 由大模型给出；"
              "离线引擎只对明显的跨领域指标给出 `indicator_irrelevant`。", ""]
    for r in sorted(all_rules(), key=lambda r: r.code):
        body = "\n".join(line.strip() for line in r.doc.splitlines()[1:]).strip()
        lines += [f"## `{r.code}` — {r.title}", "", r.summary, "", body, ""]
    return "\n".join(lines)


@cli.command("rules")
@click.option("--markdown", is_flag=True, help="输出 Markdown（docs/rules.md 由此生成）。")
def rules_cmd(markdown: bool) -> None:
    """列出全部审核规则（代码、级别、类型、说明）。"""
    from ..rules import all_rules
    if markdown:
        click.echo(rules_markdown())
        return
    for r in sorted(all_rules(), key=lambda r: r.code):
        click.echo(f"{r.code:32} {r.severity.value:8} {r.kind.value:10} {r.title}：{r.summary}")
