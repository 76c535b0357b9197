"""jixiao rewrite: concrete, measurable replacements for weak goals and indicator values."""
from __future__ import annotations

import json
import sys

import click

from . import EXIT_ERROR, EXIT_SUCCESS, cli
from ..errors import JixiaoError, ReadError
from ..model import Declaration

NO_CONTEXT = "这句目标没有数量、比率或时间，但没有申报表可取数：请用 --context 指定它所属的申报表（或配置大模型后加 --llm）。"


@cli.command()
@click.argument("file", required=False, type=str)
@click.option("--json", "as_json", is_flag=True, help="每条改写建议输出一行 JSON（JSON Lines）。")
@click.option("--apply", "apply_to", metavar="OUT", type=str,
              help="把全部改写建议应用到申报表并写入 OUT（.json .docx .xlsx .md，按扩展名）。")
@click.option("--text", "text", type=str, help="只改写这一句年度目标。")
@click.option("--context", "context", type=str, help="与 --text 一起用：这句目标所属的申报表，从中取数字。")
@click.option("--llm", "use_llm", is_flag=True, help="调用已配置的大模型改写（结果同样经规则检查）；未配置时离线改写。")
def rewrite(file: str | None, as_json: bool, apply_to: str | None, text: str | None, context: str | None,
            use_llm: bool) -> None:
    """把含糊的目标和指标值改写为具体、可衡量的表述（数值不在表中的会标“待确认”）。

    \b
    示例：
      jixiao rewrite 申报表.docx                  列出改写建议
      jixiao rewrite 申报表.json --json            JSON Lines 输出
      jixiao rewrite 申报表.xlsx --apply 改写后.docx
      jixiao rewrite --text "进一步提升工作水平" --context 申报表.json
    """
    from .. import rewrite as rw
    if (file is None) == (text is None):
        raise click.UsageError("请指定一个申报表文件，或用 --text 给出一句目标（二者选一）。")
    if text is not None and apply_to:
        raise click.UsageError("--apply 只能与申报表文件一起使用。")
    if context and text is None:
        raise click.UsageError("--context 只能与 --text 一起使用。")
    client = _client(use_llm)
    warn = (lambda m: click.echo(m, err=True))
    try:
        if text is not None:
            form = _read(context) if context else None
            proposals = rw.rewrite_text(text, form, client=client, warn=warn)
            _print(proposals, as_json, context or "--text")
            if not proposals:
                vague = not any(ch.isdigit() for ch in text)
                click.echo(NO_CONTEXT if vague and form is None and client is None
                           else "这句目标已写明数量、比率或时间，无需改写。" if not vague
                           else "未能给出通过规则检查的改写，请参照年度目标的写法手动修改。", err=True)
            sys.exit(EXIT_SUCCESS)
        form = _read(file)
        proposals = rw.propose(form, client=client, warn=warn)
        _print(proposals, as_json, file)
        if not proposals and not as_json:
            click.echo(f"{file}：未发现需要改写的目标或指标值。")
        if apply_to:
            _write(rw.apply(form, proposals), apply_to)
            pending = sum(p.needs_confirmation for p in proposals)
            note = f"，其中 {pending} 条数值待申报人确认" if pending else ""
            click.echo(f"已应用 {len(proposals)} 条改写建议{note}，写入 {apply_to}。", err=True)
    except ReadError as e:
        click.echo(f"无法读取 {e.file}：{e.reason}", err=True)
        sys.exit(EXIT_ERROR)
    except JixiaoError as e:
        raise click.ClickException(str(e)) from e
    sys.exit(EXIT_SUCCESS)


def _client(use_llm: bool):
    if not use_llm:
        return None
    from ..llm.client import get_client
    client = get_client(warn=lambda m: click.echo(m, err=True))
    if client is None:
        click.echo("未配置大模型（JIXIAO_LLM_BASE_URL / JIXIAO_LLM_MODEL），使用离线改写。", err=True)
    return client


def _read(path: str) -> Declaration:
    from ..importers import read_path
    return read_path(path).form


def _write(form: Declaration, out: str) -> None:
    try:
        from ..exporters import export_form
    except ModuleNotFoundError as e:
        if e.name != "assistant.exporters" or not out.lower().endswith(".json"):
            raise
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(form.to_json(), fh, ensure_ascii=False, indent=1)
        return
    export_form(form, out)


def _print(proposals, as_json: bool, where: str) -> None:
    for i, p in enumerate(proposals, 1):
        if as_json:
            sys.stdout.write(json.dumps({"file": where, **p.to_json()}, ensure_ascii=False) + "\n")
            continue
        flag = "（数值待确认）" if p.needs_confirmation else ""
        click.echo(f"{i}. {p.field}{flag}")
        click.echo(f"   原文：{p.original or '（空）'}")
        click.echo(f"   建议：{p.proposal}")
        click.echo(f"   理由：{p.reason}")
    sys.stdout.flush()
