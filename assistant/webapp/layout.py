"""The gradio Blocks: three tabs (起草, 目标改写, 批量审核) wired to the plain handlers."""
from __future__ import annotations

import html
from pathlib import Path

import gradio as gr

from . import batch, handlers as h, owned, rewrite_view
from . import session as sess
from .llm import configured_label
from .handlers import MAX_CORRECTION_SLOTS, View
from .render import INDICATOR_HEADERS

CSS = (Path(__file__).parent / "style.css").read_text(encoding="utf-8")
IMPORT_TYPES = [".docx", ".xlsx", ".pdf", ".txt", ".json"]
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

    with gr.Blocks(title="绩效目标申报助手", analytics_enabled=False) as demo:
        state = gr.State(None)
        top = gr.HTML(header(configured_label(), ""), elem_id="jx-top")
        with gr.Tabs(elem_id="jx-tabs"):
            with gr.Tab("起草", id="draft", elem_id="jx-tab-draft"):
                with gr.Row(elem_classes="jx-toolbar"):
                    new_btn = gr.Button("新建草稿", size="sm", elem_id="jx-new", scale=0, min_width=90)
                    drafts = gr.Dropdown(label="已保存的草稿", choices=[], elem_id="jx-drafts", scale=3, show_label=False,
                                         container=False, interactive=True, allow_custom_value=False)
                    resume_btn = gr.Button("继续该草稿", size="sm", elem_id="jx-resume", scale=0, min_width=96)
                    dup_btn = gr.Button("复制草稿", size="sm", elem_id="jx-duplicate", scale=0, min_width=84)
                    del_btn = gr.Button("删除草稿", size="sm", elem_id="jx-delete", scale=0, min_width=84)
                    upload = gr.UploadButton("导入文件", file_types=IMPORT_TYPES, size="sm", elem_id="jx-import",
                                             scale=0, min_width=90)
                    exp = {fmt: gr.Button(f"导出 {label}", size="sm", elem_id=f"jx-export-{fmt}", scale=0, min_width=96)
                           for fmt, label in (("docx", "Word"), ("xlsx", "Excel"), ("json", "JSON"))}
                delete_id = gr.State(None)
                with gr.Row(visible=False, elem_id="jx-delete-row", elem_classes="jx-confirm") as del_row:
                    del_text = gr.Markdown("", elem_id="jx-delete-ask")
                    del_yes = gr.Button("确认删除", size="sm", variant="stop", elem_id="jx-delete-yes", scale=0,
                                        min_width=90)
                    del_no = gr.Button("取消", size="sm", elem_id="jx-delete-no", scale=0, min_width=70)
                listed = gr.State([])
                with gr.Row(elem_classes="jx-notice-row"):
                    notice = gr.Markdown("", elem_id="jx-notice")
                    confirm_btn = gr.Button("全部确认", size="sm", visible=False, elem_id="jx-confirm-all", scale=0,
                                            min_width=120)
                download = gr.File(label="导出文件", visible=False, elem_id="jx-download", interactive=False)
                with gr.Row(equal_height=False):
                    with gr.Column(scale=5, min_width=420):
                        chat = gr.Chatbot(elem_id="jx-chat", height=425, show_label=False, layout="bubble",
                                          feedback_options=None, placeholder="正在准备……", buttons=[])
                        with gr.Row():
                            box = gr.Textbox(placeholder="输入回答，回车发送",
                                             show_label=False, elem_id="jx-input", scale=6, lines=1, max_lines=4)
                            send = gr.Button("发送", variant="primary", elem_id="jx-send", scale=0, min_width=72)
                    with gr.Column(scale=7, min_width=520):
                        with gr.Tabs(elem_id="jx-right"):
                            with gr.Tab("申报表", elem_id="jx-tab-sheet"):
                                preview = gr.HTML(elem_id="jx-preview")
                            with gr.Tab("绩效指标（可编辑）", elem_id="jx-tab-table"):
                                table = gr.Dataframe(headers=INDICATOR_HEADERS, type="array", interactive=True,
                                                     datatype="str", elem_id="jx-table", column_count=5,
                                                     row_count=1, max_height=360, wrap=True,
                                                     column_widths=["60px", "90px", "110px", "35%", "25%"])
                                gr.Markdown("直接修改单元格即可保存；范围填“年度”或“中长期”，清空一行即删除。",
                                            elem_classes="jx-sug")
                        findings = gr.HTML(elem_id="jx-findings-box")
                        with gr.Column(elem_classes="jx-fix"):
                            fixes = [gr.Button("", visible=False, size="sm", elem_id=f"jx-fix-{k}")
                                     for k in range(MAX_CORRECTION_SLOTS)]
                            fix_all = gr.Button("全部应用更正", visible=False, size="sm", variant="primary",
                                                elem_id="jx-fix-all")

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
                                        column_count=4, wrap=True, static_columns=[1, 2],
                                        column_widths=["60px", "50px", "150px", "60%"])
                gr.Markdown("勾选“采纳”保留一条建议，取消勾选即拒绝；建议文字可直接修改后再应用。", elem_classes="jx-sug")

            with gr.Tab("批量审核", id="batch", elem_id="jx-tab-batch"):
                gr.Markdown(f"上传多个申报表或一个 .zip 压缩包（支持 .docx/.xlsx/.pdf/.txt/.json，{h.upload_limit_text()}），"
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

        outs = [state, chat, preview, findings, table, notice, drafts, download, *fixes, fix_all,
                top, listed, confirm_btn, del_row, del_text, delete_id]

        def render(v: View):
            labels = v.corrections
            fix_updates = [gr.update(value=f"应用更正：{labels[k]}" if k < len(labels) else "",
                                     visible=k < len(labels)) for k in range(MAX_CORRECTION_SLOTS)]
            return (v.session, v.chat, v.preview, v.findings, v.table or [["", "", "", "", ""]],
                    v.notice, gr.update(choices=v.drafts, value=v.draft_id if v.draft_id in {d for _, d in v.drafts}
                                        else None),
                    gr.update(value=v.export_file, visible=bool(v.export_file)),
                    *fix_updates, gr.update(visible=len(labels) > 1),
                    header(v.engine, v.session.owner), v.listed,
                    gr.update(visible=bool(v.listed), value=f"全部确认（{len(v.listed)} 项）"),
                    gr.update(visible=bool(v.delete_ask)), v.delete_ask, v.delete_id)

        def ensure(s, request: gr.Request | None = None):
            """The tab's session, only ever for the logged-in user (another's state is never used)."""
            owner = _owner(request)
            return s if s is not None and s.owner == owner else sess.start(owner)

        def on_load(request: gr.Request):
            return render(h.on_start(_owner(request)))

        def on_send(s, text, request: gr.Request):
            return (*render(h.on_send(ensure(s, request), text)), "")

        def on_new(s, request: gr.Request):
            return render(h.on_new(ensure(s, request)))

        def on_resume(s, draft_id, request: gr.Request):
            return render(h.on_resume(ensure(s, request), draft_id))

        def on_import(s, f, request: gr.Request):
            return render(h.on_import(ensure(s, request), f))

        def on_dup(s, draft_id, request: gr.Request):
            return render(h.on_duplicate(ensure(s, request), draft_id))

        def on_del_ask(s, draft_id, request: gr.Request):
            return render(h.on_delete_ask(ensure(s, request), draft_id))

        def on_del_yes(s, draft_id, request: gr.Request):
            return render(h.on_delete_confirm(ensure(s, request), draft_id))

        def on_del_no(s, request: gr.Request):
            return render(h.on_delete_cancel(ensure(s, request)))

        def on_confirm(s, paths, request: gr.Request):
            return render(h.on_confirm_listed(ensure(s, request), paths))

        def on_table(s, rows, request: gr.Request):
            return render(h.on_table_edit(ensure(s, request), rows))

        def on_export(fmt):
            def fn(s, request: gr.Request):
                return render(h.on_export(ensure(s, request), fmt))
            return fn

        def on_fix(k):
            def fn(s, request: gr.Request):
                return render(h.on_apply_correction(ensure(s, request), k))
            return fn

        def on_fix_all(s, request: gr.Request):
            return render(h.on_apply_all(ensure(s, request)))

        demo.load(on_load, None, outs, concurrency_limit=None)
        send.click(on_send, [state, box], outs + [box], concurrency_limit=8)
        box.submit(on_send, [state, box], outs + [box], concurrency_limit=8)
        new_btn.click(on_new, [state], outs)
        resume_btn.click(on_resume, [state, drafts], outs)
        dup_btn.click(on_dup, [state, drafts], outs)
        del_btn.click(on_del_ask, [state, drafts], outs)
        del_yes.click(on_del_yes, [state, delete_id], outs)
        del_no.click(on_del_no, [state], outs)
        confirm_btn.click(on_confirm, [state, listed], outs)
        upload.upload(on_import, [state, upload], outs, concurrency_limit=4)
        table.input(on_table, [state, table], outs)
        for fmt, btn in exp.items():
            btn.click(on_export(fmt), [state], outs, concurrency_limit=4, api_name=f"export_{fmt}")
        for k, btn in enumerate(fixes):
            btn.click(on_fix(k), [state], outs, api_name=f"fix_{k}")
        fix_all.click(on_fix_all, [state], outs)

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


def allowed_paths() -> list[str]:
    owned.sweep()           # files an earlier run of the app handed out and nobody fetched since
    return [str(owned.root())]
