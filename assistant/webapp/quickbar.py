"""The bar under the chat: quick replies for the pending question and a "？" with its glossary entry.

Pure HTML from the question's data (``Question.replies``, ``glossary.for_field``); the bar names
the question it belongs to (``data-asking``: the field, ``data-kind``, ``data-key``). Every label
and every text to send is escaped: choices can quote indicator names taken from a form. Clicking
a button sends its ``data-say`` as the answer (quick.js); the "？" is a native <details>, no
script and no round trip.
"""
from __future__ import annotations

import html
from typing import Any

from ..model import Declaration
from . import drafting

DONE = ('<div id="jx-quick" class="jx-quick jx-quick-done">申报表的问题都已问完：可在上方导出 Word / Excel，'
        '或点右侧申报表中的任一项直接修改。</div>')


def _esc(s: str) -> str:
    return html.escape(s or "", quote=True)


def gloss_html(entry: dict) -> str:
    rows = [f'<div class="jx-gloss-what"><b>{_esc(entry["term"])}</b>：{_esc(entry["explain"])}</div>']
    if entry.get("how"):
        rows.append(f'<div>怎么填：{_esc(entry["how"])}</div>')
    if entry.get("example"):
        rows.append(f'<div>例如：{_esc(entry["example"])}</div>')
    return (f'<details class="jx-gloss" id="jx-gloss"><summary title="「{_esc(entry["term"])}」是什么意思？">？</summary>'
            f'<div class="jx-gloss-body">{"".join(rows)}</div></details>')


def quickbar_html(question: Any, form: Declaration) -> str:
    if question is None:
        return DONE
    entry = drafting.glossary_entry(question, form)
    buttons = "".join(f'<button type="button" class="jx-qr" data-say="{_esc(text)}" title="{_esc(label)}">'
                      f'{_esc(label)}</button>' for label, text in drafting.quick_replies(question))
    about = (f'data-asking="{_esc(question.field)}" data-kind="{_esc(question.kind)}" '
             f'data-key="{_esc(getattr(question, "key", "") or "")}"')
    return f'<div id="jx-quick" class="jx-quick" {about}>{gloss_html(entry) if entry else ""}{buttons}</div>'
