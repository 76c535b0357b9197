"""The gradio Blocks: three tabs (起草 in draft_tab.py, 目标改写, 批量审核) wired to the plain handlers."""
from __future__ import annotations

import html
from pathlib import Path

import gradio as gr
import yaml

from . import batch, handlers as h, owned, rewrite_view
from . import session as sess
from .draft_tab import IMPORT_TYPES, DraftTab, ensure_session
from .llm import configured_label
from .skips import Blocks
from ..importers import SUPPORTED

CSS = (Path(__file__).parent / "style.css").read_text(encoding="utf-8")
# gradio's pop-up messages in Chinese (their titles and client-side texts have no translation key)
HEAD = f"<script>{(Path(__file__).parent / 'js' / 'toasts.js').read_text(encoding='utf-8')}</script>"
BATCH_TYPES = IMPORT_TYPES + [".zip"]
HEADER = ('<div id="jx-header"><span class="jx-brand">绩效目标申报助手</span>'
          '<span class="jx-desc">项目支出绩效目标申报表 · 对话起草 · 规则检查 · 目标改写 · 批量审核</span>'
          '<span id="jx-engine" class="{cls}">当前引擎：{engine}</span>'
          '<span id="jx-user" class="jx-user">{user}</span></div>')
SINGLE_USER = "单用户模式：本机访问，未设账号"


def header_html(engine: str, user: str | None = None) -> str:
    """The header: engine line and who is working (``user`` None = the single-user loopback app)."""
    cls = "jx-engine-llm" if engine.startswith("大模型") else "jx-engine-off"
    who = SINGLE_USER if user is None else f"用户：{user}"
    return HEADER.format(engine=html.escape(engine), cls=cls, user=html.escape(who))


def _owner(request: gr.Request | None) -> str:
    return (getattr(request, "username", None) or "") if request is not None else ""


def _batch_key(request: gr.Request) -> str:
    return f"{_owner(request)}\0{request.session_hash or 'local'}"


def build(accounts: bool = False) -> gr.Blocks:
    """The app; ``accounts`` says users log in (the header names them) rather than one local user."""
    def header(engine: str, owner: str) -> str:
        return header_html(engine, owner if accounts else None)

    with Blocks(title="绩效目标申报助手", analytics_enabled=False) as demo:
        state = gr.State(None)
        top = gr.HTML(header(configured_label(), ""), elem_id="jx-top")
        with gr.Tabs(elem_id="jx-tabs"):
            with gr.Tab("起草", id="draft", elem_id="jx-tab-draft"):
                draft = DraftTab(state, top, header)
                outs, render = draft.outs, draft.render

            with gr.Tab("目标改写", id="rewrite", elem_id="jx-tab-rewrite"):
                rw_props = gr.State([])
                with gr.Row():
                    rw_run = gr.Button("为当前草稿生成改写建议", variant="primary", elem_id="jx-rw-run", scale=0,
                                       min_width=220, size="md")
                    rw_apply = gr.Button("应用采纳的建议到草稿", elem_id="jx-rw-apply", scale=0, min_width=220,
                                         size="md")
                rw_notice = gr.Markdown("", elem_id="jx-rw-notice")
                rw_html = gr.HTML(elem_id="jx-rw-html")
                rw_table = gr.Dataframe(headers=rewrite_view.REWRITE_HEADERS, type="array", interactive=True,
                                        datatype=["bool", "number", "str", "str"], elem_id="jx-rw-table",
                                        column_count=4, wrap=True, static_columns=[1, 2], buttons=[],
                                        column_widths=["60px", "50px", "150px", "60%"])
                gr.Markdown("勾选“采纳”保留一条建议，取消勾选即拒绝；建议文字可直接修改后再应用。", elem_classes="jx-sug")

            with gr.Tab("批量审核", id="batch", elem_id="jx-tab-batch"):
                gr.Markdown(f"上传多个申报表或一个 .zip 压缩包（支持 {SUPPORTED}，{h.upload_limit_text()}），"
                            "生成审核报告（Excel 与网页版）。")
                b_files = gr.File(file_count="multiple", file_types=BATCH_TYPES, label="待审核文件",
                                  elem_id="jx-batch-files")
                with gr.Row():
                    b_run = gr.Button("开始审核", variant="primary", elem_id="jx-batch-run", scale=0, min_width=140,
                                      size="md")
                    b_stop = gr.Button("停止", elem_id="jx-batch-stop", scale=0, min_width=90, size="md")
                b_status = gr.Markdown("", elem_id="jx-batch-status")
                b_report = gr.File(label="审核报告下载", file_count="multiple", interactive=False,
                                   elem_id="jx-batch-report")
                b_rows = gr.State([])
                b_table = gr.Dataframe(headers=batch.ROW_HEADERS, type="array", interactive=False, visible=False,
                                       datatype=["str", "str", "number", "number"], elem_id="jx-batch-table",
                                       column_widths=["55%", "15%", "15%", "15%"], max_height=420, wrap=True,
                                       label="各文件审核结果（点击一行查看审核意见）")
                b_opinion = gr.Textbox(label="审核意见", lines=10, max_lines=30, interactive=False, visible=False,
                                       elem_id="jx-batch-opinion")

        def ensure(s, request: gr.Request | None = None):
            return ensure_session(s, _owner(request))

        demo.load(draft.on_load, None, outs, concurrency_limit=None, api_name="on_load")

        def rw_propose(s, request: gr.Request):
            s = ensure(s, request)
            props, diff, rows, note = rewrite_view.propose(s)
            return s, props, diff, rows or [[False, 0, "", ""]], note, header(s.engine.label(), s.owner)

        def rw_do_apply(s, props, rows, request: gr.Request):
            s = ensure(s, request)
            form, note = rewrite_view.apply(s, props, rows)
            if form is None:
                return (*render(h.view(s, notice=note)), props, note)
            v = h.view(sess.replace_form(s, form, note), notice=note)
            return (*render(v), [], note + "可在“起草”页查看结果。")

        rw_run.click(rw_propose, [state], [state, rw_props, rw_html, rw_table, rw_notice, top])
        rw_apply.click(rw_do_apply, [state, rw_props, rw_table], outs + [rw_props, rw_notice])

        def b_do_run(files, request: gr.Request):
            paths = [f if isinstance(f, str) else getattr(f, "name", str(f)) for f in (files or [])]
            for status, reports, rows in batch.run(paths, _batch_key(request), owner=_owner(request)):
                shown = [r.cells() for r in rows]
                yield (status, (reports or None), [(r.file, r.opinion) for r in rows],
                       gr.update(value=shown or [["", "", 0, 0]], visible=bool(shown)),
                       gr.update(value="", visible=False))

        def b_do_stop(request: gr.Request):
            return batch.cancel(_batch_key(request))

        def b_show(rows, evt: gr.SelectData):
            k = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
            if not rows or not isinstance(k, int) or not 0 <= k < len(rows):
                return gr.update(value="", visible=False)
            file, opinion = rows[k]
            return gr.update(value=opinion, label=f"审核意见：{file}", visible=True)

        b_run.click(b_do_run, [b_files], [b_status, b_report, b_rows, b_table, b_opinion], concurrency_limit=2)
        b_table.select(b_show, [b_rows], [b_opinion], concurrency_limit=None)
        b_stop.click(b_do_stop, None, [b_status], concurrency_limit=None)
    return demo


def i18n() -> gr.I18n:
    """gradio's own strings in Chinese for every browser (gradio_zh.yaml says how)."""
    zh = yaml.safe_load((Path(__file__).parent / "gradio_zh.yaml").read_text(encoding="utf-8"))
    return gr.I18n(en={str(k): str(v) for k, v in zh.items()})


def allowed_paths() -> list[str]:
    owned.sweep()           # files an earlier run of the app handed out and nobody fetched since
    return [str(owned.root())]
