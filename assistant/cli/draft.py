"""jixiao draft: the interview in a terminal, or as JSON Lines for scripts.

Both modes save every turn to the DraftStore, so a killed process resumes where it stopped.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape

from . import EXIT_ERROR, EXIT_SUCCESS, cli
from ..errors import JixiaoError, ReadError


@cli.command()
@click.option("--jsonl", is_flag=True, help="脚本接口：每行输出一个 JSON（ask/say/done），从标准输入每行读一个回答。")
@click.option("--draft", "draft_id", metavar="ID", help="接着填写已保存的草稿（与 --resume 相同）。")
@click.option("--resume", "resume_id", metavar="ID", help="恢复已保存的草稿继续填写。")
@click.option("--out", "out", type=click.Path(dir_okay=False),
              help="结束时把申报表写入此文件，格式按扩展名：.docx（Word）、.xlsx（Excel）、.json、.md。")
@click.option("--from", "from_file", type=click.Path(dir_okay=False), help="从已有申报表（Word/Excel/PDF/网页/图片/.txt/.json）开始，只问缺少的内容。")
@click.option("--list", "list_", is_flag=True, help="列出已保存的草稿。")
@click.option("--delete", "delete_id", metavar="ID", help="删除一份草稿。")
@click.option("--duplicate", "duplicate_id", metavar="ID", help="复制一份草稿（得到新编号）。")
@click.option("--owner", default="", envvar="JIXIAO_OWNER", help="草稿所属用户（默认本机用户，空）。")
@click.option("--llm", "use_llm", is_flag=True, help="用已配置的大模型理解回答（规则仍检查每个数值）。")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), help="把回答中的“今年/明年”按此日期理解（默认今天），用于脚本和补录往年申报表。")
def draft(jsonl: bool, draft_id: str | None, resume_id: str | None, out: str | None, from_file: str | None,
          list_: bool, delete_id: str | None, duplicate_id: str | None, owner: str, use_llm: bool, today) -> None:
    """通过问答起草申报表；每答一句都自动保存草稿。

    \b
    回答时可以说“跳过”“返回”，或“改一下：总额是30万”修改任何一项。
    示例：jixiao draft
          jixiao draft --list
          jixiao draft --resume 3f2a9c1d0b7e
          printf '社会化聘用人员经费\\n市信访局\\n' | jixiao draft --jsonl --out 申报表.json
          jixiao draft --resume 3f2a9c1d0b7e --out 申报表.docx
    """
    from ..interview.store import DraftNotFound, load_interview, open_store, save_interview
    from ..interview.store_repair import take_notices
    err = Console(stderr=True, highlight=False)

    def notices() -> None:              # a damaged drafts file was set aside: say so first
        for line in take_notices():
            err.print(f"[yellow]{escape(line)}[/yellow]", soft_wrap=True)

    try:
        store = open_store()
        notices()
        if list_:
            _list(store, owner)
            return
        if delete_id:
            store.delete(delete_id, owner)
            click.echo(f"已删除草稿 {delete_id}。")
            return
        if duplicate_id:
            click.echo(f"已复制为新草稿 {store.duplicate(duplicate_id, owner)}。")
            return
        extractor = _extractor(use_llm, err)
        resume = draft_id or resume_id
        if resume:
            unanswered = store.get(resume, owner).state.get(UNANSWERED)
            iv = load_interview(store, resume, owner, extractor=extractor)
            opening = [f"已恢复草稿「{iv.form.project_name or resume}」，接着填写。"]
            if unanswered is not None:   # the last answer was saved, but the run stopped before it was taken in
                if iv.transcript[-1:] == [{"role": "user", "text": unanswered}]:
                    iv.transcript.pop()  # answer() logs it again
                opening += iv.answer(unanswered).said
                save_interview(store, iv, resume, owner)
            q = iv.next_question()
            if q is not None:
                opening.append(q.render())
            draft_no = resume
        else:
            iv = _new_interview(from_file, extractor, today.date() if today else None)
            opening = iv.opening()
            draft_no = save_interview(store, iv, None, owner)
        iv.export_hint = (f"申报表将写入 {out}。" if out else "") + \
            f"生成Word/Excel文件：jixiao draft --resume {draft_no} --out 申报表.docx（或 .xlsx）。"
        run = _run_jsonl if jsonl else _run_terminal
        run(iv, opening, _Saver(store, iv, draft_no, owner), draft_no)
        if out:
            from ..exporters import export_form
            export_form(iv.form, out)
    except (DraftNotFound, ReadError, JixiaoError) as e:
        notices()
        err.print(f"[red]{escape(str(e))}[/red]", soft_wrap=True)
        sys.exit(EXIT_ERROR)
    finally:
        notices()
    sys.exit(EXIT_SUCCESS)


UNANSWERED = "unanswered"     # state key: an answer saved as typed, before the engine (and a model) took it in


class _Saver:
    """``before(text)`` stores the answer as typed before any model sees it (a crash or a hung model then loses
    nothing: ``--resume`` takes it in); ``after()`` stores the turn once answered."""

    def __init__(self, store, iv, draft_id: str, owner: str):
        self.store, self.iv, self.draft_id, self.owner = store, iv, draft_id, owner

    def before(self, text: str) -> None:
        state = dict(self.iv.to_state(), transcript=self.iv.transcript + [{"role": "user", "text": text.strip()}])
        state[UNANSWERED] = text.strip()
        self.store.save(self.draft_id, state, owner=self.owner)

    def after(self) -> None:
        from ..interview.store import save_interview
        save_interview(self.store, self.iv, self.draft_id, self.owner)


def _answer(iv, text: str, save: _Saver):
    save.before(text)
    reply = iv.answer(text)
    save.after()
    return reply


def _new_interview(from_file: str | None, extractor, today):
    from ..interview.engine import Interview
    if not from_file:
        return Interview(extractor=extractor, today=today)
    from ..importers import read_path
    result = read_path(from_file)
    return Interview(result.form, source=Path(from_file).name, locations=result.provenance, extractor=extractor,
                     today=today)


def _extractor(use_llm: bool, err: Console):
    if not use_llm:
        return None
    from ..interview.llm_extract import llm_extractor
    ext = llm_extractor()
    if ext is None:
        err.print("[yellow]未配置大模型（JIXIAO_LLM_BASE_URL / JIXIAO_LLM_MODEL），改用离线解析。[/yellow]")
    return ext


def _list(store, owner: str) -> None:
    import datetime as dt
    rows = store.list(owner)
    if not rows:
        click.echo("还没有保存的草稿。用 jixiao draft 开始一份。")
        return
    for r in rows:
        when = dt.datetime.fromtimestamp(r.updated).strftime("%Y-%m-%d %H:%M")
        click.echo(f"{r.id}  {when}  已答{r.turns}句  {r.title}")


def _emit(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _run_jsonl(iv, opening: list[str], save: _Saver, draft_no: str) -> None:
    """ask/say/done objects on stdout; one answer per stdin line; EOF finishes."""
    _emit({"type": "say", "text": f"草稿编号：{draft_no}"})
    q = iv.next_question()
    for line in (opening[:-1] if q is not None else opening):
        _emit({"type": "say", "text": line})
    if q is not None:
        _emit(_ask(q))
    while q is not None:
        line = sys.stdin.readline()
        if not line:
            break
        reply = _answer(iv, line.rstrip("\r\n"), save)
        for text in reply.said:
            _emit({"type": "say", "text": text})
        q = reply.question
        if q is not None:
            _emit(dict(_ask(q), acts=reply.acts))
    _emit({"type": "done", "draft": draft_no, "form": iv.form.to_json(),
           "findings": [f.to_json() for f in iv.report().findings],
           "unconfirmed": [{"field": u.path, "value": u.value} for u in iv.unconfirmed_numbers()]})


def _ask(q) -> dict:
    """An "ask" line: the question, its field and key, and the quick replies that fit it."""
    return {"type": "ask", "field": q.field, "key": q.key, "text": q.render(), "kind": q.kind,
            "replies": [r.text for r in q.replies]}


def _run_terminal(iv, opening: list[str], save: _Saver, draft_no: str) -> None:
    from rich.prompt import Prompt
    console = Console(highlight=False)
    console.print(f"[dim]草稿编号 {draft_no}（随时可按 Ctrl+C 退出，下次用 jixiao draft --resume {draft_no} 继续）[/dim]")
    for line in opening:
        console.print(escape(line))
    q = iv.next_question()
    while q is not None:
        try:
            text = Prompt.ask("[bold cyan]您的回答[/bold cyan]", default="", show_default=False, console=console)
        except (EOFError, KeyboardInterrupt):
            console.print(f"\n草稿已保存。继续填写：jixiao draft --resume {draft_no}")
            return
        reply = _answer(iv, text, save)
        for s in reply.said:
            console.print(f"[green]{escape(s)}[/green]")
        q = reply.question
        if q is not None:
            console.print(f"[bold]{escape(q.render())}[/bold]")
    from .render import render_report
    render_report(console, draft_no, iv.form, iv.report())
    pending = iv.unconfirmed_numbers()
    if pending:
        console.print("[yellow]以下数字尚未经您确认：[/yellow]")
        for u in pending:
            console.print(f"  {escape(u.describe())}")
