"""Markdown export: text from a form renders as that text in a Markdown viewer, never as markup."""
from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from markdown_it import MarkdownIt

from assistant.cli import cli
from assistant.exporters.markdown import md_text, to_markdown
from assistant.model import Declaration, Goals, Indicator

HOSTILE = {
    "project_name": "<script>alert(1)</script>项目",
    "unit": '<img src=x onerror="fetch(\'http://evil.example/\')">',
    "department": "![t](http://evil.example/a.png)",
    "overview": "[点我](javascript:alert(1)) <http://evil.example> **粗体** `code` a|b ~~删~~",
    "basis": "第一行\n<b>第二行</b>\r\n# 不是标题",
    "necessity": "&lt;script&gt; 与 &amp; 原样",
    "filler": "<iframe src=http://evil.example>",
}
# what a viewer may build from the export's own structure; anything else came from the form
STRUCTURE = {"h1", "h2", "h3", "table", "thead", "tbody", "tr", "th", "td", "ol", "li", "p", "br"}


def hostile() -> Declaration:
    return Declaration(**HOSTILE, goals=Goals(annual=["<svg onload=alert(1)>年度目标", "_下划线_ 与 \\反斜杠"]),
                       indicators=[Indicator(scope="annual", level1="产出指标", level2="数量指标",
                                             name="<a href=http://evil.example>指标</a>", value="≥1|2")])


def rendered(md: str) -> BeautifulSoup:
    """As a permissive viewer shows it: CommonMark with raw HTML allowed, plus tables and strikethrough."""
    return BeautifulSoup(MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).render(md),
                         "html.parser")


def flat(text: str) -> str:
    return "".join(text.split())


def test_form_text_renders_as_text_not_markup():
    soup = rendered(to_markdown(hostile()))
    tags = {t.name for t in soup.find_all(True)}
    assert tags <= STRUCTURE, tags - STRUCTURE
    assert not any(t.attrs for t in soup.find_all(True))          # no src, href, onerror, style …
    visible = flat(soup.get_text())
    for text in [*HOSTILE.values(), "<svg onload=alert(1)>年度目标", "_下划线_ 与 \\反斜杠",
                 "<a href=http://evil.example>指标</a>", "≥1|2"]:
        assert flat(text) in visible, text


def test_indicator_table_keeps_its_columns():
    soup = rendered(to_markdown(hostile()))
    table = soup.find_all("table")[-1]
    cells = [td.get_text() for td in table.find("tbody").find_all("td")]
    assert cells == ["年度", "产出指标", "数量指标", "<a href=http://evil.example>指标</a>", "≥1|2"]


@pytest.mark.parametrize("text, expected", [
    ("<b>&", "&lt;b&gt;&amp;"),
    ("[x](y)", "\\[x\\](y)"),
    ("a*b_c`d|e~f\\g", "a\\*b\\_c\\`d\\|e\\~f\\\\g"),
    ("一\r\n二\n三", "一<br>二<br>三"),
    ("4人×5000元×12个月=240000元（2024-01）", "4人×5000元×12个月=240000元（2024-01）"),
])
def test_md_text(text, expected):
    assert md_text(text) == expected


def test_convert_to_md_escapes_html(tmp_path):
    src, out = tmp_path / "f.json", tmp_path / "f.md"
    src.write_text(json.dumps(hostile().to_json(), ensure_ascii=False), encoding="utf-8")
    r = CliRunner().invoke(cli, ["convert", str(src), str(out)])
    assert r.exit_code == 0, r.output
    md = out.read_text(encoding="utf-8")
    assert "<script" not in md and "<img" not in md and "<iframe" not in md and "](" not in md.replace("\\](", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;项目" in md
