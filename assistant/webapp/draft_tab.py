"""The 起草 tab: toolbar, chat with quick replies, the live preview (editable in place), the
indicator and budget tables, findings with one-click corrections.

``DraftTab(header)`` builds the components inside the current ``gr.Tab`` and wires them to the
plain handlers (handlers.py). ``render(view)`` turns a View into component updates; an output whose
value the page already shows is skipped (``gr.skip()``: values, property updates and states alike),
so a turn sends only what changed.
Text from forms and answers reaches the page only escaped: chat messages are escaped and shown
without Markdown, the notice and delete question are escaped HTML.
"""
from __future__ import annotations

from ..importers import EXTENSIONS

import html
import inspect
import re
from pathlib import Path
from typing import Callable

import gradio as gr
from gradio.data_classes import GradioModel, GradioRootModel

from . import fields, handlers as h
from . import session as sess
from .handlers import MAX_CORRECTION_SLOTS, View
from .render import INDICATOR_HEADERS, text_html

IMPORT_TYPES = list(EXTENSIONS)
JS = Path(__file__).parent / "js"
BLANK_INDICATOR = [["年度", "", "", "", ""]]
BLANK_ITEM = [["", "", "", ""]]
# Outputs skipped when the page already shows them: those a user may be working in (a table being
# edited, a field of the preview edited in place, the quick bar's open "？"), which a resend would
# reset. The others are always sent (a few KB an answer). A skip costs the server nothing since
# skips.Blocks (gradio itself rebuilt the skipped component for each one).
CACHED = ("preview", "table", "quick", "budget")


FIX_ALL = "全部应用更正"


def _unchanged(key: str, update: dict):
    """What to send for a property update the page already shows: a button's label or an empty download
    again, as a value (chosen when gradio still rebuilt a component for each skip, see skips.py; a value
    is as good); a skip for the rest (the dropdown: a value would undo a choice being made in it)."""
    if key == "fix_all":
        return FIX_ALL
    if key.startswith("fix_") or key == "confirm" or (key == "download" and update["value"] is None):
        return update["value"]
    return gr.skip()


def _ready(component, value):
    """``value`` for ``component`` as gradio's own postprocessing makes it (the component's postprocess,
    its data model dumped); states and skips as they are. No files here: an export link goes through
    gradio's postprocessing, which serves the file."""
    if component.stateful:
        return value
    if isinstance(value, dict) and value.get("__type__") == "update":
        if "value" not in value or isinstance(component, gr.Dropdown):
            return value        # a dropdown's value goes out as it is (postprocess would check it against old choices)
        return {**value, "value": _ready(component, value["value"])}
    if isinstance(component, gr.File) and value is not None:
        raise ValueError("a file goes out through gradio's own postprocessing")
    out = component.postprocess(value)
    return out.model_dump() if isinstance(out, (GradioModel, GradioRootModel)) else out


def _owner(request: gr.Request | None) -> str:
    return (getattr(request, "username", None) or "") if request is not None else ""


def ensure_session(s, owner: str):
    """The tab's session, only ever for the logged-in user (another's state is never used)."""
    return s if s is not None and s.owner == owner else sess.start(owner)


def _data(evt: gr.EventData, key: str) -> str:
    """A string the page's script sent with an event (never trusted: the handlers check it)."""
    data = getattr(evt, "_data", None)
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, str) else ""


def chat_value(messages: list[dict]) -> list[dict]:
    """Chat messages as the Chatbot shows them: escaped (it renders HTML even without Markdown)."""
    return [{"role": m["role"], "content": html.escape(m["content"], quote=False)} for m in messages]


class DraftTab:
    def __init__(self, state: gr.State, top: gr.HTML, header: Callable[[str, str], str]):
        self.state, self.top, self.header = state, top, header
        self._build()
        self._wire()

    # --- components ---------------------------------------------------------------------
    def _build(self) -> None:
        with gr.Row(elem_classes="jx-toolbar"):
            self.new_btn = gr.Button("新建草稿", size="sm", elem_id="jx-new", scale=0, min_width=90)
            self.drafts = gr.Dropdown(label="已保存的草稿", choices=[], elem_id="jx-drafts", scale=3, show_label=False,
                                      container=False, interactive=True, allow_custom_value=False)
            self.resume_btn = gr.Button("继续该草稿", size="sm", elem_id="jx-resume", scale=0, min_width=96)
            self.dup_btn = gr.Button("复制草稿", size="sm", elem_id="jx-duplicate", scale=0, min_width=84)
            self.del_btn = gr.Button("删除草稿", size="sm", elem_id="jx-delete", scale=0, min_width=84)
            self.upload = gr.UploadButton("导入文件", file_types=IMPORT_TYPES, size="sm", elem_id="jx-import",
                                          scale=0, min_width=90)
            self.exp = {fmt: gr.Button(f"导出 {label}", size="sm", elem_id=f"jx-export-{fmt}", scale=0, min_width=96)
                        for fmt, label in (("docx", "Word"), ("xlsx", "Excel"), ("json", "JSON"))}
        self.delete_id = gr.State(None)
        with gr.Row(visible=False, elem_id="jx-delete-row", elem_classes="jx-confirm") as self.del_row:
            self.del_text = gr.HTML("", elem_id="jx-delete-box", js_on_load=None)
            self.del_yes = gr.Button("确认删除", size="sm", variant="stop", elem_id="jx-delete-yes", scale=0,
                                     min_width=90)
            self.del_no = gr.Button("取消", size="sm", elem_id="jx-delete-no", scale=0, min_width=70)
        self.listed = gr.State([])
        with gr.Row(elem_classes="jx-notice-row"):
            self.notice = gr.HTML("", elem_id="jx-notice-box", js_on_load=None)
            self.confirm_btn = gr.Button("全部确认", size="sm", visible=False, elem_id="jx-confirm-all", scale=0,
                                         min_width=120)
        self.download = gr.File(label="导出文件", visible=False, elem_id="jx-download", interactive=False)
        with gr.Row(equal_height=False):
            with gr.Column(scale=5, min_width=420):
                self.chat = gr.Chatbot(label="对话", elem_id="jx-chat", height=400, show_label=False, layout="bubble",
                                       feedback_options=None, placeholder="正在准备……", buttons=[],
                                       render_markdown=False, sanitize_html=True, allow_tags=False)
                self.quick = gr.HTML("", elem_id="jx-quick-box", js_on_load=(JS / "quick.js").read_text("utf-8"))
                with gr.Row():
                    self.box = gr.Textbox(label="您的回答", placeholder="输入回答，回车发送", show_label=False, elem_id="jx-input",
                                          scale=6, lines=1, max_lines=4)
                    self.send = gr.Button("发送", variant="primary", elem_id="jx-send", scale=0, min_width=72)
            with gr.Column(scale=7, min_width=520):
                with gr.Tabs(elem_id="jx-right"):
                    with gr.Tab("申报表（点击即可修改）", elem_id="jx-tab-sheet"):
                        self.preview = gr.HTML(elem_id="jx-preview", js_on_load=(JS / "sheet.js").read_text("utf-8"))
                    with gr.Tab("绩效指标（可编辑）", elem_id="jx-tab-table"):
                        self.table = gr.Dataframe(label="绩效指标表", show_label=False, headers=INDICATOR_HEADERS, type="array", interactive=True,
                                                  datatype="str", elem_id="jx-table", column_count=5, row_count=1,
                                                  max_height=320, wrap=True, buttons=[],
                                                  column_widths=["60px", "90px", "110px", "35%", "25%"])
                        with gr.Row():
                            self.add_ind = gr.Button("添加一行", size="sm", elem_id="jx-table-add", scale=0,
                                                     min_width=90)
                            gr.Markdown("直接修改单元格即可保存；范围填“年度”或“中长期”，清空一行即删除。",
                                        elem_classes="jx-sug")
                    with gr.Tab("预算明细（可编辑）", elem_id="jx-tab-budget"):
                        self.budget = gr.Dataframe(label="预算明细表", show_label=False, headers=fields.BUDGET_HEADERS, type="array", interactive=True,
                                                   datatype="str", elem_id="jx-budget", column_count=4, row_count=1,
                                                   max_height=320, wrap=True, buttons=[],
                                                   column_widths=["45%", "20%", "17%", "18%"])
                        with gr.Row():
                            self.add_item = gr.Button("添加一行", size="sm", elem_id="jx-budget-add", scale=0,
                                                      min_width=90)
                            self.budget_note = gr.HTML("", elem_id="jx-budget-note-box", js_on_load=None)
                        gr.Markdown("金额单位为万元（写 36、36万元 或 360000元 均可）；月份写 2020-01；清空一行即删除。",
                                    elem_classes="jx-sug")
                self.findings = gr.HTML(elem_id="jx-findings-box", js_on_load=None)
                with gr.Column(elem_classes="jx-fix"):
                    self.fixes = [gr.Button("", visible=False, size="sm", elem_id=f"jx-fix-{k}")
                                  for k in range(MAX_CORRECTION_SLOTS)]
                    self.fix_all = gr.Button(FIX_ALL, visible=False, size="sm", variant="primary",
                                             elem_id="jx-fix-all")
        self.outs = [self.state, self.chat, self.preview, self.findings, self.table, self.notice, self.drafts,
                     self.download, *self.fixes, self.fix_all, self.top, self.listed, self.confirm_btn, self.del_row,
                     self.del_text, self.delete_id, self.quick, self.budget, self.budget_note]

    # --- a View as component updates ---------------------------------------------------
    def render(self, v: View, held: object = None) -> tuple:
        """``held``: the session the page's state already holds (then it is not sent again)."""
        s = v.session
        labels = v.corrections
        fresh = {
            "chat": chat_value(v.chat), "preview": v.preview, "findings": v.findings,
            "table": v.table or BLANK_INDICATOR, "notice": text_html(v.notice, "jx-notice"),
            "drafts": (tuple(v.drafts), v.draft_id if v.draft_id in {d for _, d in v.drafts} else None),
            "top": self.header(v.engine, s.owner), "quick": v.quick, "budget": v.budget or BLANK_ITEM,
            "budget_note": text_html(v.budget_note, "jx-budget-note"),
        }
        out = dict(fresh)
        for key in CACHED:
            if s.sent.get(key) == fresh[key]:
                out[key] = gr.skip()
            else:
                s.sent[key] = fresh[key]
        # property updates: gradio builds a new component for each one sent, so an unchanged one is skipped
        props = {
            "drafts": {"choices": list(fresh["drafts"][0]), "value": fresh["drafts"][1]},
            "download": {"value": v.export_file, "visible": bool(v.export_file)},
            **{f"fix_{k}": {"value": f"应用更正：{labels[k]}" if k < len(labels) else "", "visible": k < len(labels)}
               for k in range(MAX_CORRECTION_SLOTS)},
            "fix_all": {"visible": len(labels) > 1},
            "confirm": {"visible": bool(v.listed), "value": f"全部确认（{len(v.listed)} 项）"},
            "del_row": {"visible": bool(v.delete_ask)},
        }
        for key, update in props.items():
            if s.sent.get(key) == update:
                out[key] = _unchanged(key, update)
            else:
                s.sent[key] = update
                out[key] = gr.update(**update)
        # the states too: gradio re-describes the whole component for each state value it stores
        for key, value in (("listed", list(v.listed)), ("delete_id", v.delete_id)):
            if key in s.sent and s.sent[key] == value:
                out[key] = gr.skip()
            else:
                s.sent[key] = out[key] = value
        return (gr.skip() if s is held else s, out["chat"], out["preview"], out["findings"], out["table"],
                out["notice"], out["drafts"], out["download"], *[out[f"fix_{k}"] for k in range(MAX_CORRECTION_SLOTS)], out["fix_all"], out["top"],
                out["listed"], out["confirm"], out["del_row"], text_html(v.delete_ask, "jx-delete-ask"), out["delete_id"],
                out["quick"], out["budget"], out["budget_note"])

    def ready(self, values: tuple, outputs: list | None = None) -> tuple:
        """Outputs as the page takes them, made here in the handler's thread: the events of this tab are
        wired with ``postprocess=False``, so gradio does not hand each output to a worker thread of its
        own to postprocess it (one thread switch per output, 20 an answer: issue 14, server time)."""
        return tuple(_ready(c, v) for c, v in zip(outputs or self.outs, values, strict=True))

    def ensure(self, s, request: gr.Request | None = None):
        return ensure_session(s, _owner(request))

    def handler(self, fn: Callable[..., View], shows_progress: bool = False, prepared: bool = True) -> Callable:
        """A gradio callback for ``fn(session[, input])``: the tab's session, one event at a time
        per session, fn's View rendered. ``shows_progress``: fn(session, input, progress) tells what a
        long step is doing, shown on gradio's progress bar. ``prepared``: the outputs come postprocessed
        (``ready``; the event is wired with ``postprocess=False``)."""
        def call(held, args, request):
            s = self.ensure(held, request)
            with s.lock:
                out = self.render(fn(s, *args), held)
            return self.ready(out) if prepared else out

        if shows_progress:
            def run_showing(s, x, request: gr.Request, progress=gr.Progress()):
                return call(s, (x, page_progress(progress)), request)
            return run_showing

        takes = [p for p in inspect.signature(fn).parameters.values() if p.default is p.empty]
        if len(takes) == 1:
            def run1(s, request: gr.Request):
                return call(s, (), request)
            return run1

        def run2(s, x, request: gr.Request):
            return call(s, (x,), request)
        return run2

    # --- events ------------------------------------------------------------------------------
    def _wire(self) -> None:
        def typed(key: str, fn: Callable[..., View]) -> Callable[..., View]:
            """A table edit: the page shows what was typed, so the table is sent back only when
            reading it changed something (9.6万元 → 9.6, a cleared row gone); an edit answered after
            a later 添加一行 then does not take that new row away."""
            def edit_table(s, rows):
                s.sent[key] = [[("" if c is None else str(c)) for c in row] for row in rows or []]
                return fn(s, rows)
            return edit_table

        st, outs, H = self.state, self.outs, self.handler

        def on_load(request: gr.Request):
            return self.render(h.on_start(_owner(request)))

        send_one = H(h.on_send)

        def send(s, text, request: gr.Request):
            return (*send_one(s, text, request), _ready(self.box, ""))

        def quick(s, evt: gr.EventData, request: gr.Request):
            return send_one(s, _data(evt, "say"), request)

        edit_one = H(lambda s, data: h.on_field_edit(s, data[0], data[1]))

        def edit(s, evt: gr.EventData, request: gr.Request):
            return edit_one(s, (_data(evt, "field"), _data(evt, "text")), request)

        ask_one = H(h.on_ask)

        def ask(s, evt: gr.EventData, request: gr.Request):
            return ask_one(s, _data(evt, "field"), request)

        answer = {"concurrency_limit": 8, "postprocess": False}    # outputs made by ``ready``
        self.send.click(send, [st, self.box], outs + [self.box], api_name="on_send", **answer)
        self.box.submit(send, [st, self.box], outs + [self.box], api_name="on_submit", **answer)
        self.quick.click(quick, [st], outs, api_name="on_quick", **answer)
        self.preview.submit(edit, [st], outs, api_name="on_edit", **answer)
        self.preview.click(ask, [st], outs, api_name="on_ask", **answer)
        events = [
            (self.new_btn.click, h.on_new, [], "on_new"), (self.resume_btn.click, h.on_resume, [self.drafts], "on_resume"),
            (self.dup_btn.click, h.on_duplicate, [self.drafts], "on_dup"),
            (self.del_btn.click, h.on_delete_ask, [self.drafts], "on_del_ask"),
            (self.del_yes.click, h.on_delete_confirm, [self.delete_id], "on_del_yes"),
            (self.del_no.click, h.on_delete_cancel, [], "on_del_no"),
            (self.confirm_btn.click, h.on_confirm_listed, [self.listed], "on_confirm"),
            (self.table.input, typed("table", h.on_table_edit), [self.table], "on_table"),
            (self.budget.input, typed("budget", h.on_budget_edit), [self.budget], "on_budget"),
            (self.add_ind.click, lambda s, rows: h.on_add_row(s, "indicators", rows), [self.table], "on_table_add"),
            (self.add_item.click, lambda s, rows: h.on_add_row(s, "budget", rows), [self.budget], "on_budget_add"),
            (self.fix_all.click, h.on_apply_all, [], "on_fix_all"),
            *[(btn.click, lambda s, fmt=fmt: h.on_export(s, fmt), [], f"export_{fmt}") for fmt, btn in self.exp.items()],
            *[(btn.click, lambda s, k=k: h.on_apply_correction(s, k), [], f"fix_{k}") for k, btn in enumerate(self.fixes)],
        ]
        for listen, fn, inputs, name in events:
            export = name.startswith("export")       # a file to serve: gradio's own postprocessing
            listen(H(fn, prepared=not export), [st, *inputs], outs, api_name=name, postprocess=export,
                   concurrency_limit=4 if export else "default")
        self.upload.upload(H(h.on_import, shows_progress=True), [st, self.upload], outs, concurrency_limit=4,
                           api_name="on_import", postprocess=False)
        self.on_load = on_load


_PAGE = re.compile(r"第(\d+)/(\d+)页")


def page_progress(bar: Callable) -> Callable[[str], None]:
    """A reader's progress message on gradio's bar (``gr.Progress``): "第3/12页 文字识别中…" as 2 of 12 pages
    done, with the message; any other message as the message alone."""
    def say(message: str) -> None:
        m = _PAGE.search(message)
        if m:
            bar((int(m.group(1)) - 1, int(m.group(2))), desc=message, unit="页")
        else:
            bar(None, desc=message)
    return say
