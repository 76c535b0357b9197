"""Handlers of the 起草 tab as plain functions: session and inputs in, a ``View`` out.

No gradio here: ``layout.py`` turns a View into component updates, tests call these directly.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..corrections import apply_corrections
from ..errors import JixiaoError, ReadError
from ..importers import read_path
from ..importers.limits import MAX_FILE_BYTES, human_size
from ..importers.progress import reporting
from ..model import Declaration
from . import drafting, exporting, fields, owned, session as sess
from .fields import EditError
from .quickbar import quickbar_html
from .render import (correction_label, field_label, findings_html, form_preview_html, indicator_rows, is_blank, row_of,
                     rows_to_indicators)
from .session import WebSession

MAX_CORRECTION_SLOTS = 6


@dataclass
class View:
    session: WebSession
    chat: list[dict]
    preview: str
    findings: str
    table: list[list[str]]
    corrections: list[str]            # one label per applicable correction (button text)
    notice: str = ""
    drafts: list[tuple[str, str]] = field(default_factory=list)
    draft_id: str | None = None
    export_file: str | None = None
    engine: str = ""                  # the engine line: 离线引擎 / 大模型：<model>
    listed: list[str] = field(default_factory=list)   # unconfirmed paths the notice lists (全部确认)
    delete_ask: str = ""              # the confirmation question while a delete waits for 确认删除
    delete_id: str | None = None      # the draft that question is about
    quick: str = ""                   # quick replies and the "？" glossary under the chat (HTML)
    budget: list[list[str]] = field(default_factory=list)   # the editable budget table
    budget_note: str = ""             # its sum beside the project total


def view(s: WebSession, notice: str = "", export_file: str | None = None, listed: list[str] | None = None,
         delete_ask: str = "", delete_id: str | None = None) -> View:
    result = s.review()
    pending = drafting.unconfirmed(s.interview)
    warned = s.take_warnings()
    drafts = drafting.list_drafts(s.owner)
    notice = " ".join(x for x in (drafting.store_notices(), warned, notice) if x)   # a damaged drafts file set aside
    form = s.form
    return View(session=s, chat=list(s.messages),
                preview=form_preview_html(form, unconfirmed=[p for p, _ in pending], highlight=s.last_changed,
                                          report=result.report),
                findings=findings_html(result.report, blank=is_blank(form)), table=indicator_rows(form),
                corrections=[correction_label(c) for c in result.report.corrections][:MAX_CORRECTION_SLOTS],
                notice=notice, drafts=drafts,
                draft_id=s.draft_id, export_file=export_file, engine=s.engine.label(), listed=list(listed or []),
                delete_ask=delete_ask, delete_id=delete_id,
                quick=quickbar_html(drafting.pending_question(s.interview), form),
                budget=fields.budget_rows(form), budget_note=fields.budget_note(form))


def on_start(owner: str = "") -> View:
    """The page opened (or reloaded): a new blank draft, nothing stored. When the owner has saved
    drafts, the newest is chosen in the list and the notice says how to go on with it — a reload
    mid-draft does not look like a lost draft."""
    v = view(sess.start(owner))
    if v.drafts:
        label, latest = v.drafts[0]
        v.draft_id = latest
        v.notice = " ".join(x for x in (v.notice, RESUME_HINT.format(title=label.rsplit(" · ", 1)[0])) if x)
    return v


RESUME_HINT = ("您的草稿都已自动保存，最近的是「{title}」，已在上方列表中选好：要接着填，点「继续该草稿」；"
               "要新写一份，直接回答下面的问题。")


def on_send(s: WebSession, text: str) -> View:
    if not (text or "").strip():
        return view(s, notice="请先输入回答再发送。")
    return view(sess.answer(s, text))


def on_new(s: WebSession) -> View:
    return view(sess.start(s.owner, engine=s.engine), notice="已新建草稿。")


def on_resume(s: WebSession, draft_id: str | None) -> View:
    if not draft_id:
        return view(s, notice="请先在列表中选择要继续的草稿。")
    try:
        return view(sess.resume(draft_id, s.owner, engine=s.engine), notice="已恢复草稿。")
    except KeyError:
        return view(s, notice=_not_found(draft_id))


def _not_found(draft_id: str) -> str:
    return f"找不到草稿 {draft_id}，可能已被删除。请刷新列表后重试。"


def on_duplicate(s: WebSession, draft_id: str | None) -> View:
    """Copy the chosen draft (the owner's only) and continue on the copy."""
    if not draft_id:
        return view(s, notice="请先在列表中选择要复制的草稿。")
    try:
        copy_id = drafting.duplicate(draft_id, s.owner)
        new = sess.resume(copy_id, s.owner, engine=s.engine)
    except KeyError:
        return view(s, notice=_not_found(draft_id))
    return view(new, notice=f"已复制草稿，现在编辑的是副本「{drafting.title_of(copy_id, s.owner)}」，原草稿保持不变。")


def on_delete_ask(s: WebSession, draft_id: str | None) -> View:
    """First step of 删除草稿: name the draft and wait for 确认删除 (nothing is deleted yet)."""
    if not draft_id:
        return view(s, notice="请先在列表中选择要删除的草稿。")
    try:
        title = drafting.title_of(draft_id, s.owner)
    except KeyError:
        return view(s, notice=_not_found(draft_id))
    current = "（正在编辑的草稿）" if draft_id == s.draft_id else ""
    return view(s, delete_ask=f"确定删除草稿「{title}」{current}吗？删除后无法恢复。", delete_id=draft_id)


def on_delete_confirm(s: WebSession, draft_id: str | None) -> View:
    """Delete the owner's draft; deleting the one being edited starts a new draft."""
    if not draft_id:
        return view(s, notice="没有待删除的草稿。")
    try:
        title = drafting.title_of(draft_id, s.owner)
        drafting.delete(draft_id, s.owner)
    except KeyError:
        return view(s, notice=_not_found(draft_id))
    if draft_id == s.draft_id:
        return view(sess.start(s.owner, engine=s.engine), notice=f"已删除草稿「{title}」，已为您新建一份空白草稿。")
    return view(s, notice=f"已删除草稿「{title}」。")


def on_delete_cancel(s: WebSession) -> View:
    return view(s, notice="已取消删除。")


def on_confirm_listed(s: WebSession, paths: list[str] | None) -> View:
    """全部确认: the numbers the notice listed become confirmed by the applicant (provenance)."""
    if not paths:
        return view(s, notice="没有需要确认的数值。")
    if s.interview is None:
        return view(s, notice=drafting.ENGINE_MISSING)
    done = sess.confirm(s, list(paths))
    left = drafting.unconfirmed(s.interview)
    if not done:
        return view(s, notice="这些数值已经确认过，或表单已变化。")
    note = f"已确认 {len(done)} 项数值：" + "；".join(field_label(p) for p in done[:12]) + ("等。" if len(done) > 12 else "。")
    if left:
        note += f"另有 {len(left)} 项数值是之后新出现的，尚未确认。"
    return view(s, notice=note)


def on_import(s: WebSession, path: str | None, progress: Callable[[str], None] | None = None) -> View:
    """Continue drafting from an uploaded file of any format the importers read (same limits). ``progress``
    hears what a long read says while it runs ("第3/12页 文字识别中…" for each page of a scan)."""
    if not path:
        return view(s, notice="没有收到文件，请重新选择。")
    name = Path(path).name
    try:
        with reporting(progress or (lambda _message: None)):
            imported = read_path(path)
    except ReadError as e:
        return view(s, notice=f"无法读取 {name}：{e.reason}")
    new = sess.start(s.owner, form=imported.form, source=name, locations=imported.provenance, engine=s.engine)
    lines = [f"已从 {name} 导入（{imported.format}），请核对右侧表单。"]
    if imported.warnings:
        lines.append("注意：" + "；".join(imported.warnings[:5]))
    if imported.unplaced:
        lines.append(f"有 {len(imported.unplaced)} 处内容未能对应到表单栏目，请人工核对。")
    report = new.review().report
    if report.findings:
        n = {s: len(report.by_severity(s)) for s in ("error", "warning")}
        lines.append(f"检查发现错误 {n['error']} 条、警告 {n['warning']} 条，见右下方；"
                     "目标或指标值不够具体的，可到“目标改写”页生成改写建议。")
    return view(new, notice=" ".join(lines))


def on_field_edit(s: WebSession, path: str | None, text: str | None) -> View:
    """A value edited in place in the preview: read for that field only, then through
    ``Interview.set_form`` (the value becomes stated by the applicant; the rules run again)."""
    before = s.form
    try:
        after = fields.apply_edit(before, path or "", text or "")
    except EditError as e:
        return view(s, notice=str(e))
    note = fields.edit_note(before, after, path or "") + fields.read_notes(before, path or "", text or "")
    if after == before:
        return view(s, notice=note)
    return view(sess.replace_form(s, after, note))


def on_ask(s: WebSession, path: str | None) -> View:
    """The applicant clicked a field of the preview: the interview asks about it next."""
    if path:
        sess.ask(s, row_of(s.form, path))
    return view(s)


def on_budget_edit(s: WebSession, rows: list[list]) -> View:
    """The budget table edited: items replaced, amounts read in 万元, the sum checked against the total."""
    try:
        items = fields.rows_to_items(rows)
    except EditError as e:
        return view(s, notice=f"预算明细未保存：{e}")
    form = s.form.model_copy(update={"budget_items": Declaration.from_json({"budget_items": items}).budget_items})
    if form == s.form:
        return view(s)
    return view(sess.replace_form(s, form, f"已更新预算明细（共 {len(items)} 项）。"))


def on_add_row(s: WebSession, table: str, rows: list[list]) -> View:
    """添加一行: an empty row at the end of the indicator or budget table (saved once it is filled)."""
    v = view(s)
    width = len(fields.BUDGET_HEADERS) if table == "budget" else 5
    kept = [list(r) for r in rows or [] if any(str(c or "").strip() for c in r)]
    blank = [""] * width if table == "budget" else ["年度", "", "", "", ""]
    if table == "budget":
        v.budget = kept + [blank]
    else:
        v.table = kept + [blank]
    return v


def on_table_edit(s: WebSession, rows: list[list]) -> View:
    indicators = rows_to_indicators(rows)
    form = s.form.model_copy(update={"indicators": indicators})
    return view(sess.replace_form(s, form, f"已更新绩效指标表（共 {len(indicators)} 条）。"))


def on_apply_correction(s: WebSession, index: int) -> View:
    corrections = s.review().report.corrections
    if not 0 <= index < len(corrections):
        return view(s, notice="这条更正已不适用（表单已变化），请查看最新的检查结果。")
    c = corrections[index]
    try:
        form = apply_corrections(s.form, [c])
    except KeyError as e:
        return view(s, notice=f"无法应用更正：{e.args[0] if e.args else c.field}")
    return view(sess.replace_form(s, form, f"已应用更正：{correction_label(c)}"))


def on_apply_all(s: WebSession) -> View:
    corrections = s.review().report.corrections
    if not corrections:
        return view(s, notice="当前没有可自动应用的更正。")
    form = apply_corrections(s.form, corrections)
    return view(sess.replace_form(s, form, f"已应用全部 {len(corrections)} 条更正。"))


def export_notice(s: WebSession) -> str:
    """The numbers the applicant never stated or confirmed, listed before any export."""
    pending = drafting.unconfirmed(s.interview)
    if not pending:
        return ""
    items = "；".join(f"{field_label(p)} = {v}" for p, v in pending[:12])
    more = f" 等 {len(pending)} 项" if len(pending) > 12 else ""
    return (f"⚠ 以下数值由系统建议、尚未经您确认：{items}{more}。"
            "核对无误可点“全部确认”，需要修改请在对话中说“改一下：……”。")


def on_export(s: WebSession, fmt: str) -> View:
    name = _safe_name(s.form.project_name or "绩效目标申报表")
    out = owned.run_dir(s.owner) / f"{name}.{fmt}"
    try:
        exporting.export(s.form, out, fmt)
    except JixiaoError as e:
        return view(s, notice=f"导出失败：{e}")
    notice = export_notice(s)
    done = f"已导出 {out.name}，请点击下方链接下载。"
    listed = [p for p, _ in drafting.unconfirmed(s.interview)] if notice else []
    return view(s, notice=f"{done} {notice}".strip(), export_file=str(out), listed=listed)


def _safe_name(text: str) -> str:
    text = re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("._")
    return text[:60] or "绩效目标申报表"


def upload_limit_text() -> str:
    return f"单个文件不超过 {human_size(MAX_FILE_BYTES)}"
