"""Side-by-side original vs proposal with the changed words highlighted (difflib, <mark>).

jieba is imported on the first diff, not with the app (it is ~0.15 s of the cold start)."""
from __future__ import annotations

import difflib
import functools
import html

from .render import field_label


@functools.cache
def _jieba():
    import jieba
    jieba.setLogLevel(60)
    return jieba


def _tokens(text: str) -> list[str]:
    """Words for Chinese (jieba), so a change highlights whole words, not stray characters."""
    return [t for t in _jieba().lcut(text or "", HMM=False) if t]


def highlight(original: str, proposal: str) -> tuple[str, str]:
    """(original HTML, proposal HTML): removed words marked in the first, added ones in the second."""
    a, b = _tokens(original), _tokens(proposal)
    left, right = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        old, new = html.escape("".join(a[i1:i2])), html.escape("".join(b[j1:j2]))
        if op == "equal":
            left.append(old)
            right.append(new)
            continue
        if old:
            left.append(f'<mark class="jx-del">{old}</mark>')
        if new:
            right.append(f'<mark class="jx-add">{new}</mark>')
    return "".join(left), "".join(right)


def proposals_html(proposals: list) -> str:
    if not proposals:
        return '<div class="jx-rw-empty" id="jx-rw-list">当前草稿没有需要改写的目标或指标值。</div>'
    rows = []
    for i, p in enumerate(proposals):
        left, right = highlight(p.original, p.proposal)
        tag = '<span class="jx-tag">数值待确认</span>' if p.needs_confirmation else ""
        rows.append(f'<tr><td class="jx-rw-no">{i + 1}</td><td class="jx-rw-field">{html.escape(field_label(p.field))}</td>'
                    f'<td>{left or "<span class=jx-empty>（空）</span>"}</td><td>{right}{tag}'
                    f'<div class="jx-sug">{html.escape(p.reason)}</div></td></tr>')
    return ('<table class="jx-rw" id="jx-rw-list"><thead><tr><th>#</th><th>位置</th><th>原文</th><th>改写建议</th>'
            '</tr></thead><tbody>' + "".join(rows) + "</tbody></table>")
