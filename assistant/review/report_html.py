"""The HTML review report: one self-contained page (inline CSS and SVG, no script, no CDN).

Same content as the Excel report: summary with bar charts (grade distribution, findings by
code), findings, opinions and unreadable files. Rows are streamed to temporary files while
the batch runs and stitched together under the summary at ``close``.
"""
from __future__ import annotations

import functools
import html
import shutil
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from ..findings import SEVERITY_LABEL, code_title
from .opinion import field_label
from .summary import BatchSummary

GRADE_COLOR = {"优": "#4caf50", "良": "#2196f3", "中": "#ff9800", "差": "#e53935"}
SEV_COLOR = {"error": "#e53935", "warning": "#ff9800", "info": "#2196f3"}
CSS = """
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","WenQuanYi Zen Hei",SimSun,sans-serif;
margin:24px;color:#222;font-size:14px}
h1{font-size:22px}h2{font-size:18px;border-bottom:2px solid #ddd;padding-bottom:4px;margin-top:32px}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #ccc;padding:4px 6px;
vertical-align:top;text-align:left}th{background:#ddebf7}td.op{white-space:pre-wrap}
.grade{font-weight:bold;color:#fff;padding:1px 8px;border-radius:3px}.stats td:first-child{width:14em}
.charts{display:flex;flex-wrap:wrap;gap:32px}.note{color:#a00}td.code{color:#888;font-size:12px}
@media print{@page{size:A4 landscape}body{margin:0}h2{page-break-before:auto}tr{page-break-inside:avoid}}
"""


def e(v: Any) -> str:
    return _escape("" if v is None else str(v))


@functools.lru_cache(maxsize=8192)  # file names, units, messages and advice repeat row after row
def _escape(text: str) -> str:
    return html.escape(text)


LABEL_SIZE, LINE_H, MAX_LINES = 12, 14, 2     # chart labels: font px, line height, lines at most
BROAD_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZmw@%&#")   # Latin glyphs wider than 0.62 em


def _em(ch: str) -> float:
    if unicodedata.east_asian_width(ch) in "WFA":
        return 1.0
    return 0.92 if ch in BROAD_LATIN else 0.62


def text_width(text: str, size: float = LABEL_SIZE) -> float:
    """A safe upper estimate of ``text``'s width in px: wide and ambiguous characters (CJK, full-width
    punctuation, …) count 1 em, capitals and other broad Latin glyphs 0.92 em, the rest 0.62 em."""
    return size * sum(_em(ch) for ch in text)


def fit_label(text: str, box: float, size: float = LABEL_SIZE, max_lines: int = MAX_LINES) -> tuple[list[str], bool]:
    """``text`` wrapped into at most ``max_lines`` lines each no wider than ``box`` px; (lines, cut):
    what does not fit is cut with "…" (the chart then gives the whole label as a tooltip)."""
    lines = [""]
    for ch in text:
        if text_width(lines[-1] + ch, size) <= box:
            lines[-1] += ch
        elif len(lines) < max_lines:
            lines.append(ch)
        else:
            last = lines[-1]
            while last and text_width(last + "…", size) > box:
                last = last[:-1]
            lines[-1] = last + "…"
            return lines, True
    return lines, False


def bar_chart(title: str, rows: list[tuple[str, int, str]], width: int = 560) -> str:
    """A horizontal bar chart as inline SVG: rows of (label, value, colour). A label is wrapped to fit
    the space left of the bars (``label_w - 10`` px), cut with "…" beyond two lines, and always carries
    the whole text as a ``<title>`` (shown on hover)."""
    bar_h, gap, label_w, top = 22, 6, 200, 28
    box = label_w - 10
    top_value = max((v for _, v, _ in rows), default=0) or 1
    fitted = [fit_label(label, box)[0] for label, _, _ in rows]
    heights = [max(bar_h, len(lines) * LINE_H + 4) for lines in fitted]
    height = top + sum(h + gap for h in heights) + 8
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="{e(title)}"><text x="0" y="18" font-size="15" font-weight="bold">{e(title)}</text>']
    y = top
    for (label, value, color), lines, row_h in zip(rows, fitted, heights):
        w = int((width - label_w - 60) * value / top_value)
        first = y + (row_h - len(lines) * LINE_H) / 2 + LABEL_SIZE - 1
        spans = "".join(f'<tspan x="{label_w - 6}" y="{first + k * LINE_H:g}">{e(line)}</tspan>'
                        for k, line in enumerate(lines))
        bar_y = y + (row_h - bar_h) / 2
        parts.append(f'<text class="label" x="{label_w - 6}" font-size="{LABEL_SIZE}" text-anchor="end" '
                     f'data-box="{box}"><title>{e(label)}</title>{spans}</text>'
                     f'<rect x="{label_w}" y="{bar_y:g}" width="{max(w, 1)}" height="{bar_h}" fill="{color}"/>'
                     f'<text x="{label_w + w + 6}" y="{bar_y + 16:g}" font-size="{LABEL_SIZE}">{value}</text>')
        y += row_h + gap
    parts.append("</svg>")
    return "".join(parts)


class HtmlReport:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._dir = tempfile.mkdtemp(prefix="jixiao-html-")
        self._parts = {k: open(Path(self._dir) / f"{k}.html", "w", encoding="utf-8")
                       for k in ("findings", "opinions", "errors")}
        self.n_findings = self.n_forms = self.n_errors = 0

    def add_form(self, record: dict[str, Any], grade: str, opinion: str) -> None:
        form = record.get("form") or {}
        file, project, unit = e(record["file"]), e(form.get("project_name")), e(form.get("unit"))
        out = self._parts["findings"]
        for f in record.get("findings", []):
            self.n_findings += 1
            sev = f.get("severity", "")
            out.write(f'<tr><td>{self.n_findings}</td><td>{file}</td><td>{project}</td><td>{unit}</td>'
                      f'<td title="{e(f.get("code"))}">{e(code_title(f.get("code", "")))}</td>'
                      f'<td style="color:{SEV_COLOR.get(sev, "#222")}">'
                      f'{e(SEVERITY_LABEL.get(sev, sev))}</td><td>{e(field_label(f.get("field", "")))}</td>'
                      f'<td>{e(f.get("message"))}</td><td>{e(f.get("suggestion"))}</td></tr>\n')
        self.n_forms += 1
        self._parts["opinions"].write(
            f'<tr><td>{self.n_forms}</td><td>{file}</td><td>{project}</td><td>{unit}</td>'
            f'<td><span class="grade" style="background:{GRADE_COLOR.get(grade, "#999")}">{e(grade)}</span></td>'
            f'<td class="op">{e(opinion)}</td></tr>\n')

    def add_error(self, file: str, reason: str) -> None:
        self.n_errors += 1
        self._parts["errors"].write(f"<tr><td>{self.n_errors}</td><td>{e(file)}</td><td>{e(reason)}</td></tr>\n")

    def close(self, s: BatchSummary) -> None:
        for fh in self._parts.values():
            fh.close()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with open(self.path, "w", encoding="utf-8") as out:
                out.write(_head(s))
                self._section(out, "问题清单", ("序号", "文件", "项目名称", "项目单位", "问题类型", "级别", "位置", "问题", "建议"),
                              "findings", self.n_findings, "没有发现问题。")
                self._section(out, "审核意见", ("序号", "文件", "项目名称", "项目单位", "等级", "审核意见"),
                              "opinions", self.n_forms, "没有读取成功的申报表。")
                self._section(out, "无法读取", ("序号", "文件", "原因"), "errors", self.n_errors, "所有文件都已读取。")
                out.write("</body></html>\n")
        finally:
            shutil.rmtree(self._dir, ignore_errors=True)

    def _section(self, out, title: str, header: tuple[str, ...], part: str, n: int, empty: str) -> None:
        out.write(f'<h2 id="{part}">{title}（{n}）</h2>\n')
        if not n:
            out.write(f"<p>{empty}</p>\n")
            return
        out.write("<table><thead><tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr></thead><tbody>\n")
        with open(Path(self._dir) / f"{part}.html", encoding="utf-8") as fh:
            shutil.copyfileobj(fh, out)
        out.write("</tbody></table>\n")


def _head(s: BatchSummary) -> str:
    stats = [("审核时间", s.started), ("文件总数", s.total), ("已审核（读取成功）", s.read), ("无法读取", s.unreadable),
             ("使用缓存（未变化的文件）", s.cached)]
    if s.usage:
        stats.append(("大模型用量", s.usage_text()))
    note = (f'<p class="note">审核被中断：已完成 {s.done} 个，未完成 {s.total - s.done} 个；本报告只含已完成的文件。</p>'
            if s.cancelled else "")
    grade_chart = bar_chart("审核等级分布", [(g, n, GRADE_COLOR[g]) for g, n in s.grade_rows()], width=420)
    codes = s.code_rows()
    code_chart = bar_chart("各类问题数量", [(t.rstrip("。"), n, SEV_COLOR.get(sev, "#999"))
                                      for _, t, sev, n, _ in codes[:15]]) if codes else "<p>没有发现问题。</p>"
    top = "".join(f"<tr><td>{e(t)}</td><td>{k}</td><td>{share:.0%}</td></tr>" for t, k, share in s.top_problems())
    code_rows = "".join(f"<tr><td>{e(t)}</td><td>{e(SEVERITY_LABEL.get(sev, sev))}</td><td>{n}</td>"
                        f'<td>{k}</td><td class="code">{e(c)}</td></tr>' for c, t, sev, n, k in codes)
    depts = "".join(f"<tr><td>{e(d)}</td><td>{st.forms}</td><td>{st.findings}</td><td>{st.errors}</td><td>"
                    + "/".join(str(st.grades.get(g, 0)) for g in "优良中差") + "</td></tr>"
                    for d, st in s.department_rows())
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>绩效目标申报表批量审核报告</title>'
            f"<style>{CSS}</style></head><body><h1>绩效目标申报表批量审核报告</h1>{note}"
            '<h2 id="summary">汇总</h2><table class="stats">'
            + "".join(f"<tr><td>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in stats) + "</table>"
            f'<div class="charts">{grade_chart}{code_chart}</div>'
            "<h3>最常见的问题</h3><table><tr><th>问题</th><th>涉及申报表数</th><th>占已审核比例</th></tr>"
            f"{top}</table><h3>按问题类型</h3><table><tr><th>问题类型</th><th>级别</th><th>问题数</th>"
            f"<th>涉及申报表数</th><th>代码</th></tr>{code_rows}</table><h3>按主管部门</h3><table><tr><th>主管部门</th>"
            f"<th>申报表数</th><th>问题数</th><th>错误数</th><th>等级分布（优/良/中/差）</th></tr>{depts}</table>\n")
