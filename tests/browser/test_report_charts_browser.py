"""The HTML report's chart labels, measured by chromium itself: no label line is wider than its box."""
from __future__ import annotations

import pytest

from assistant.review.report_html import CSS, bar_chart

pytestmark = pytest.mark.browser

LABELS = ["优", "指标与本项目无关，疑似从其他项目复制", "年度目标未设置可衡量的数量、质量、时效或成本内容，表述笼统无法考核",
          "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW", "indicator_value_missing_unit（指标值缺少计量单位）",
          "满意度指标目标值低于80%（88号文要求≥90%）", "MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM%%%%%%@@@@"]

MEASURE = """() => [...document.querySelectorAll('text.label')].flatMap(t => [...t.querySelectorAll('tspan')].map(s => ({
    text: s.textContent, width: s.getComputedTextLength(), x: parseFloat(s.getAttribute('x')),
    box: parseFloat(t.getAttribute('data-box')), svg: t.ownerSVGElement.width.baseVal.value})))"""


def test_chart_labels_fit_their_box_in_chromium(page):
    svg = bar_chart("各类问题数量", [(label, k + 1, "#e53935") for k, label in enumerate(LABELS)])
    page.set_content(f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>{CSS}</style></head>'
                     f"<body>{svg}</body></html>")
    lines = page.evaluate(MEASURE)
    assert len(lines) >= len(LABELS)
    for line in lines:
        assert 0 < line["width"] <= line["box"] and line["x"] - line["width"] >= 0, line
    titles = page.evaluate("() => [...document.querySelectorAll('text.label > title')].map(t => t.textContent)")
    assert titles == LABELS
