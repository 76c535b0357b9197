"""Handlers of the 起草 tab as plain functions: session and inputs in, a ``View`` out.

No gradio here: ``layout.py`` turns a View into component updates, tests call these directly.
"""
from __future__ import annotations

import re
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from ..corrections import apply_corrections
from ..errors import JixiaoError, ReadError
from ..importers import read_path
from ..importers.limits import MAX_FILE_BYTES, human_size
from . import drafting, exporting, session as sess
from .render import correction_label, is_blank, field_label, findings_html, form_preview_html, indicator_rows, rows_to_indicators
from .session import WebSession

MAX_CORRECTION_SLOTS = 6
EXPORT_DIR = Path(tempfile.gettempdir()) / "jixiao-exports"


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


def view(s: WebSession, notice: str = "", export_file: str | None = None) -> View:
    result = s.review()
    pending = drafting.unconfirmed(s.interview)
    return View(session=s, chat=list(s.messages),
                preview=form_preview_html(s.form, unconfirmed=[p for p, _ in pending], highlight=s.last_changed),
                findings=findings_html(result.report, blank=is_blank(s.form)), table=indicator_rows(s.form),
                corrections=[correction_label(c) for c in result.report.corrections][:MAX_CORRECTION_SLOTS],
                notice=notice, drafts=drafting.list_drafts(s.owner), draft_id=s.draft_id, export_file=export_file)


def on_start(owner: str = "") -> View:
    return view(sess.start(owner))


def on_send(s: WebSession, text: str) -> View:
    if not (text or "").strip():
        return view(s, notice="请先输入回答再发送。")
    return view(sess.answer(s, text))


def on_new(s: WebSession) -> View:
    return view(sess.start(s.owner), notice="已新建草稿。")


def on_resume(s: WebSession, draft_id: str | None) -> View:
    if not draft_id:
        return view(s, notice="请先在列表中选择要继续的草稿。")
    try:
        return view(sess.resume(draft_id, s.owner), notice="已恢复草稿。")
    except KeyError:
        return view(s, notice=f"找不到草稿 {draft_id}，可能已被删除。请刷新列表后重试。")


def on_import(s: WebSession, path: str | None) -> View:
    """Continue drafting from an uploaded .docx/.xlsx/.pdf/.txt/.json (same limits as the importers)."""
    if not path:
        return view(s, notice="没有收到文件，请重新选择。")
    name = Path(path).name
    try:
        imported = read_path(path)
    except ReadError as e:
        return view(s, notice=f"无法读取 {name}：{e.reason}")
    new = sess.start(s.owner, form=imported.form, source=name, locations=imported.provenance)
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
    return f"⚠ 以下数值由系统建议、尚未经您确认：{items}{more}。请在对话中确认或修改后再正式提交。"


def on_export(s: WebSession, fmt: str) -> View:
    name = _safe_name(s.form.project_name or "绩效目标申报表")
    out = EXPORT_DIR / uuid.uuid4().hex / f"{name}.{fmt}"
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        exporting.export(s.form, out, fmt)
    except JixiaoError as e:
        return view(s, notice=f"导出失败：{e}")
    notice = export_notice(s)
    done = f"已导出 {out.name}，请点击下方链接下载。"
    return view(s, notice=f"{done} {notice}".strip(), export_file=str(out))


def _safe_name(text: str) -> str:
    text = re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("._")
    return text[:60] or "绩效目标申报表"


def upload_limit_text() -> str:
    return f"单个文件不超过 {human_size(MAX_FILE_BYTES)}"
