"""jixiao review: bulk review of files, folders and zips into an Excel (and HTML/JSONL) report."""
from __future__ import annotations

import signal
import sys
import threading

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from . import EXIT_ERROR, EXIT_FAIL, EXIT_SUCCESS, cli
from ..errors import JixiaoError

DEFAULT_TIMEOUT = 120.0  # = assistant.review.batch.DEFAULT_TIMEOUT (not imported: it would slow every command's start)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=str),
              help="审核报告的保存路径，格式按扩展名：.xlsx（Excel：汇总、问题清单、审核意见、无法读取四张表）、.html（网页，含图表）或 .jsonl。"
                   "不写时在屏幕上逐个文件列出等级和第一条问题，不保存文件。")
@click.option("--html", "html", type=click.Path(dir_okay=False, path_type=str), help="另存一份网页版报告（含图表，可直接用浏览器打开）。")
@click.option("--jsonl", "jsonl", type=click.Path(dir_okay=False, path_type=str),
              help="每个文件一行 JSON，与 jixiao check --json 的输出相同（供程序处理和评分）。")
@click.option("--jobs", "jobs", type=click.IntRange(1, 64), default=None, help="并行读取的进程数，默认等于 CPU 核数。")
@click.option("--llm", "use_llm", is_flag=True, help="调用已配置的大模型补充判断性问题并润色审核意见（规则发现的问题不变）。")
@click.option("--no-cache", "no_cache", is_flag=True, help="不使用缓存，重新审核所有文件。")
@click.option("--timeout", "timeout", type=click.FloatRange(0), default=DEFAULT_TIMEOUT, show_default=True,
              help="单个文件最多处理的秒数，超时的文件列入“无法读取”，其余文件照常审核（0 表示不限）。")
def review(paths: tuple[str, ...], out: str | None, html: str | None, jsonl: str | None, jobs: int | None,
           use_llm: bool, no_cache: bool, timeout: float) -> None:
    """批量审核申报表：PATH 可以是文件、文件夹（含子文件夹）或 .zip 压缩包。

    \b
    每份申报表给出等级（优/良/中/差）和审核意见；无法读取的文件列在“无法读取”表中并说明原因。
    未变化的文件再次审核时直接使用缓存。按 Ctrl-C 可中断，已完成的文件仍会写入报告。
    退出码：0 无错误级问题；1 有申报表存在错误级问题；2 有文件无法读取或审核被中断。
    示例：jixiao review 收件箱/ 申报表.zip --out 审核报告.xlsx --html 审核报告.html
    """
    from ..review import run_batch
    rows: list | None = [] if not (out or html or jsonl) else None     # no report asked for: a table on the screen
    out, html, jsonl = _by_extension(out, html, jsonl) if out else (None, html, jsonl)
    err = Console(stderr=True, highlight=False)
    cancel = threading.Event()
    previous = signal.getsignal(signal.SIGINT)

    def on_sigint(signum, frame):
        if cancel.is_set():  # a second Ctrl-C: stop at once
            signal.signal(signal.SIGINT, previous)
            raise KeyboardInterrupt
        cancel.set()
        err.print("[yellow]正在停止：不再开始新文件，已完成的文件会写入报告（再按一次 Ctrl-C 立即退出）。[/yellow]",
                  soft_wrap=True)

    signal.signal(signal.SIGINT, on_sigint)
    columns = (TextColumn("[bold]审核[/bold]"), BarColumn(), MofNCompleteColumn(),
               TextColumn("无法读取 [red]{task.fields[errors]}[/red]"), TextColumn("缓存 {task.fields[cached]}"),
               TextColumn("{task.fields[speed]:.1f} 个/秒"), TimeElapsedColumn())
    try:
        with Progress(*columns, console=err, transient=False) as bar:
            task = bar.add_task("review", total=None, errors=0, cached=0, speed=0.0)

            def on_progress(p):
                if rows is not None and p.file:
                    rows.append(p)
                bar.update(task, completed=p.done, total=p.total, errors=p.errors, cached=p.cached,
                           speed=p.done / p.seconds if p.seconds > 0 else 0.0)

            summary = run_batch(list(paths), out, html=html, jsonl=jsonl, jobs=jobs, llm=use_llm,
                                progress=on_progress, cancel=cancel, use_cache=not no_cache, timeout=timeout,
                                warn=lambda m: err.print(f"[yellow]{escape(m)}[/yellow]", soft_wrap=True))
    except JixiaoError as e:
        raise click.ClickException(str(e))
    except OSError as e:
        raise click.ClickException(f"无法写入报告：{e.filename or ''}（{e.strerror or e}）。请检查路径和权限后重试。")
    finally:
        signal.signal(signal.SIGINT, previous)
    if rows is not None:
        _print_rows(rows)
    _print_summary(err, summary)
    if rows is not None:
        err.print("要保存完整的审核意见，请加 --out 审核报告.xlsx（或 .html）。", soft_wrap=True)
    if summary.cancelled or summary.unreadable:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FAIL if summary.forms_with_errors else EXIT_SUCCESS)


_KINDS = {".xlsx": "xlsx", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}


def _by_extension(out: str, html: str | None, jsonl: str | None) -> tuple[str | None, str | None, str | None]:
    """--out writes the report its name asks for: 审核报告.html is a web page, not an Excel file named .html."""
    import os
    kind = _KINDS.get(os.path.splitext(out)[1].lower())
    if kind is None:
        raise click.BadParameter(f"报告「{out}」的扩展名无法识别：请用 .xlsx（Excel）、.html（网页）或 .jsonl。", param_hint="--out")
    if kind == "xlsx":
        return out, html, jsonl
    if (kind == "html" and html) or (kind == "jsonl" and jsonl):
        raise click.BadParameter(f"--out 已经是{'网页' if kind == 'html' else ' JSONL '}报告，不要再用 --{kind} 指定一份。",
                                 param_hint="--out")
    return None, html if kind != "html" else out, jsonl if kind != "jsonl" else out


def _print_rows(rows: list) -> None:
    """One line per file on stdout: its name, grade, counts and the first issue (or why it could not be read)."""
    import os
    import re

    from rich.table import Table
    table = Table(show_lines=False, highlight=False)
    for col in ("文件", "等级", "错误", "警告", "第一条问题"):
        table.add_column(col, overflow="fold")
    for p in rows:
        if p.error:
            table.add_row(escape(os.path.basename(p.file)), "无法读取", "", "", escape(p.error[:120]))
            continue
        first = next((m.group(1) for m in [re.search(r"^1\. (.+)$", p.opinion, re.M)] if m), "")
        head = re.match(r"【[^】]+】[^：:]{1,30}", first)          # 【警告·必填项未填写】项目单位: the kind and the field
        table.add_row(escape(os.path.basename(p.file)), p.grade, str(p.n_errors), str(p.n_warnings),
                      escape(head.group(0) if head else first[:60]))
    Console(highlight=False, soft_wrap=False).print(table)


def _print_summary(err: Console, s) -> None:
    if s.cancelled:
        err.print(f"[yellow]审核已中断：完成 {s.done} 个，未完成 {s.total - s.done} 个。报告只含已完成的文件。[/yellow]", soft_wrap=True)
    err.print(f"共 {s.total} 个文件：审核 {s.read} 个，无法读取 {s.unreadable} 个，使用缓存 {s.cached} 个；"
              f"用时 {s.seconds:.1f} 秒（{s.files_per_second:.1f} 个/秒）。", soft_wrap=True)
    err.print("等级：" + "，".join(f"{g} {n}" for g, n in s.grade_rows()), soft_wrap=True)
    if s.usage:
        err.print("大模型用量：" + s.usage_text(), soft_wrap=True)
    for kind, label in (("xlsx", "Excel 报告"), ("html", "网页报告"), ("jsonl", "JSONL")):
        if kind in s.outputs:
            err.print(f"{label}：{s.outputs[kind]}", soft_wrap=True, markup=False)
