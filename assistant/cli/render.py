"""Human-readable rendering of reports (rich). Formatting lives apart from commands."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from ..findings import Report, SEVERITY_LABEL
from ..review.opinion import field_label

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_ORDER = {"error": 0, "warning": 1, "info": 2}


def render_report(console: Console, file: str, form, report: Report) -> None:
    title = form.project_name or "（未填写项目名称）"
    n = {s: len(report.by_severity(s)) for s in ("error", "warning", "info")}
    console.print(f"[bold]{escape(file)}[/bold]  {escape(title)}")
    if not report.findings:
        console.print("  [green]未发现问题。[/green]\n")
        return
    console.print(f"  错误 {n['error']} 项，警告 {n['warning']} 项，提示 {n['info']} 项")
    for f in sorted(report.findings, key=lambda f: _ORDER[f.severity.value]):
        sev = f.severity.value
        console.print(f"  [{_STYLE[sev]}]{SEVERITY_LABEL[sev]}[/] [bold]{escape(f.title)}[/bold]"
                      f" [dim]{escape(field_label(f.field))}[/dim]  {escape(f.message)}", soft_wrap=True)
        if f.suggestion:
            console.print(f"        → {escape(f.suggestion)}", soft_wrap=True)
    for c in report.corrections:
        console.print(f"  [green]更正建议[/green] {escape(field_label(c.field))}：{c.old} → {c.new}（{escape(c.reason)}）",
                      soft_wrap=True)
    console.print()
