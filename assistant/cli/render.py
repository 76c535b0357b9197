"""Human-readable rendering of reports. Formatting lives apart from commands.

``render_report`` prints a report with rich (styled on a terminal). ``write_plain`` writes the very text rich
prints when its console is not a terminal, without importing rich (a plain ``jixiao check file.json``): only
where that text is certain — no markup, emoji code or control character in what the form says, no line wider
than the console; otherwise it writes nothing and says False, and the caller prints with rich.
"""
from __future__ import annotations

import os
import sys

from ..findings import SEVERITY_LABEL
from ..labels import field_label

TYPE_CHECKING = False     # (not typing's: a JSON check does not import typing)
if TYPE_CHECKING:
    from collections.abc import Callable

    from rich.console import Console

    from ..findings import Report

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_ORDER = {"error": 0, "warning": 1, "info": 2}


def _lines(file: str, form, report: Report, escape: Callable[[str], str], raw: Callable[[object], str] = str):
    """(rich markup, soft wrap) for each line of the report; ``escape`` what the form and the rules say, ``raw`` a
    correction's values (printed as they are)."""
    title = form.project_name or "（未填写项目名称）"
    n = {s: len(report.by_severity(s)) for s in ("error", "warning", "info")}
    out = [(f"[bold]{escape(file)}[/bold]  {escape(title)}", False)]
    if not report.findings:
        out.append(("  [green]未发现问题。[/green]\n", False))
        return out
    out.append((f"  错误 {n['error']} 项，警告 {n['warning']} 项，提示 {n['info']} 项", False))
    for f in sorted(report.findings, key=lambda f: _ORDER[f.severity.value]):
        sev = f.severity.value
        out.append((f"  [{_STYLE[sev]}]{SEVERITY_LABEL[sev]}[/] [bold]{escape(f.title)}[/bold]"
                    f" [dim]{escape(field_label(f.field))}[/dim]  {escape(f.message)}", True))
        if f.suggestion:
            out.append((f"        → {escape(f.suggestion)}", True))
    for c in report.corrections:
        out.append((f"  [green]更正建议[/green] {escape(field_label(c.field))}：{raw(c.old)} → {raw(c.new)}"
                    f"（{escape(c.reason)}）", True))
    out.append(("", False))
    return out


def render_report(console: Console, file: str, form, report: Report) -> None:
    from rich.markup import escape
    for markup, soft_wrap in _lines(file, form, report, escape):
        console.print(markup, soft_wrap=soft_wrap)


_TAGS = ("[bold]", "[/bold]", "[green]", "[/green]", "[dim]", "[/dim]", "[/]", *(f"[{s}]" for s in _STYLE.values()))


def write_plain(write: Callable[[str], object], width: int, file: str, form, report: Report) -> bool:
    """Write the report as ``render_report`` prints it on a console of this width that is not a terminal; False
    (nothing written) when that is not certain: a text with [ \\ : (markup, emoji codes) or a character that is not
    printable (rich drops or expands some), or a line that rich would wrap."""
    unsure = []

    def plain(value: object) -> str:
        text = str(value)
        if not text.isprintable() or "[" in text or "\\" in text or ":" in text:
            unsure.append(text)
        return text
    lines = _lines(file, form, report, plain, plain)
    if unsure:
        return False
    texts = []
    for markup, soft_wrap in lines:
        for tag in _TAGS:
            markup = markup.replace(tag, "")
        if not soft_wrap and any(_cells_at_most(part) > width for part in markup.split("\n")):
            return False
        texts.append(markup + "\n")
    write("".join(texts))
    return True


def _cells_at_most(text: str) -> int:
    """At least the cells rich gives the text: every character below U+1100 takes at most one, any other two."""
    return sum(1 if ord(ch) < 0x1100 else 2 for ch in text)


def plain_width() -> int | None:
    """The width of the console rich makes on stdout (``Console.size``), or None when rich would take stdout for
    a terminal (or may: TTY_COMPATIBLE, FORCE_COLOR, Windows)."""
    env = os.environ
    if os.name == "nt" or "TTY_COMPATIBLE" in env or "FORCE_COLOR" in env:
        return None
    try:
        if sys.stdout.isatty():
            return None
    except (AttributeError, ValueError):
        pass
    columns = env.get("COLUMNS")
    if columns is not None and columns.isdigit():
        return int(columns)
    width = None
    for fd in (0, 1, 2):
        try:
            width, _ = os.get_terminal_size(fd)
        except (AttributeError, ValueError, OSError):
            continue
        break
    return width or 80
