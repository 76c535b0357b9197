"""Human-readable rendering of reports (rich). Formatting lives apart from commands."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ..findings import Report, SEVERITY_LABEL

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render_report(console: Console, file: str, form, report: Report) -> None:
    title = form.project_name or "（未填写项目名称）"
    n = {s: len(report.by_severity(s)) for s in ("error", "warning", "info")}
    console.print(f"[bold]{file}[/bold]  {title}")
    if not report.findings:
        console.print("  [green]未发现问题。[/green]\n")
        return
    console.print(f"  错误 {n['error']} 项，警告 {n['warning']} 项，提示 {n['info']} 项")
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False, expand=False)
    table.add_column("级别", no_wrap=True)
    table.add_column("位置", no_wrap=True)
    table.add_column("问题")
    table.add_column("建议")
    order = {"error": 0, "warning": 1, "info": 2}
    for f in sorted(report.findings, key=lambda f: order[f.severity.value]):
        sev = f.severity.value
        table.add_row(f"[{_STYLE[sev]}]{SEVERITY_LABEL[sev]}[/]", f.field, f.message, f.suggestion)
    console.print(table)
    for c in report.corrections:
        console.print(f"  [green]更正建议[/green] {c.field}: {c.old} → {c.new}（{c.reason}）")
    console.print()
