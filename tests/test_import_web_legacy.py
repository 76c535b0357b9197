"""Saved web pages (.html/.mhtml), Excel 97 (.xls) and Word 97 (.doc) read back to the gold forms.

The fixtures are the corpus forms in those formats (tests/fixtures/formats/README.md); the seven
unseen regional layouts of test_import_unseen_layouts are also written as HTML tables and as .xls and
must read back exactly as their .docx/.xlsx do.
"""
from __future__ import annotations

import datetime as dt
import email.policy
import io
import json
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from html import escape
from pathlib import Path

import pytest
import test_import_unseen_layouts as layouts
import xlwt

from assistant.errors import ReadError
from assistant.importers import read_bytes, read_path, sniff
from assistant.importers.legacy_office import soffice

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
CORPUS = FIXTURES.parent / "corpus"
FILES = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".xls", ".html", ".mhtml", ".doc"))
NO_SOFFICE = "LibreOffice (soffice) 未安装：apt-get install libreoffice-writer-nogui libreoffice-calc-nogui"


def _case(path: Path):
    if path.suffix == ".doc" and soffice() is None:
        return pytest.param(path, marks=pytest.mark.skip(reason=NO_SOFFICE), id=path.name)
    return pytest.param(path, id=path.name)


@pytest.mark.parametrize("path", [_case(p) for p in FILES])
def test_corpus_form_round_trips(path):
    result = read_path(path)
    got = result.form.to_json()
    gold = json.loads((CORPUS / (path.name.split(".")[0] + ".json")).read_text(encoding="utf-8"))["form"]
    from_excel = ".b_xlsx." in path.name or "libreoffice" in path.name
    # as in test_import_formats: the Word template has no year in its title, the Excel one no 主管部门负责人 row
    if not from_excel:
        assert got.pop("year") is None
        gold.pop("year")
    else:
        assert (got.pop("department_head"), got.pop("department_phone")) == ("", "")
        gold.pop("department_head"), gold.pop("department_phone")
    assert got == gold
    assert result.format == path.suffix[1:]
    assert result.unplaced == []


# --- the unseen layouts as web pages and .xls -------------------------------------------------------------------
def html_of_parts(parts: list) -> bytes:
    """Paragraphs and grids (None = merged left, '^' = merged up) as one GBK web page with rowspan/colspan."""
    out = ['<html><head><meta charset="gbk"><style>td{border:1px solid}</style>'
           '<script>document.title="x"</script></head><body>']
    for part in parts:
        if isinstance(part, str):
            out.append(f"<p>{escape(part)}</p>")
            continue
        grid = layouts._pad(part)
        spans = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in layouts._runs(grid)}
        out.append("<table>")
        for r, row in enumerate(grid):
            out.append("<tr>")
            for c, v in enumerate(row):
                if v is layouts.MERGE_LEFT or v == layouts.MERGE_UP:
                    continue
                down, across = spans.get((r, c), (1, 1))
                attrs = (f' rowspan="{down}"' if down > 1 else "") + (f' colspan="{across}"' if across > 1 else "")
                out.append(f"<td{attrs}>{escape(str(v)).replace(chr(10), '<br/>')}</td>")
            out.append("</tr>\n")
        out.append("</table>")
    return "".join(out + ["</body></html>"]).encode("gb18030")


def html_of_sheets(sheets: list) -> bytes:
    return html_of_parts([g for title, g in sheets])


def xls_of_sheets(sheets: list) -> bytes:
    book = xlwt.Workbook(encoding="utf-8")
    dates = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for title, grid in sheets:
        ws = book.add_sheet(title[:31])
        grid = layouts._pad(grid)
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                if v is not layouts.MERGE_LEFT and v != layouts.MERGE_UP and v != "":
                    ws.write(r, c, v, dates) if isinstance(v, dt.date) else ws.write(r, c, v)
        for r0, c0, r1, c1 in layouts._runs(grid):
            ws.merge(r0, r1, c0, c1)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("layout", layouts.LAYOUTS, ids=lambda x: x.__name__)
@pytest.mark.parametrize("as_", ["html", "xls"])
def test_unseen_layout_reads_back_from_html_and_xls(layout, as_, monkeypatch):
    if as_ == "xls" and layout.__name__.endswith("_docx"):
        pytest.skip("a Word layout has no .xls form")
    monkeypatch.setattr(layouts, "docx_bytes", html_of_parts)
    monkeypatch.setattr(layouts, "xlsx_bytes", html_of_sheets if as_ == "html" else xls_of_sheets)
    failures = {}
    for path in layouts.GOLD:
        data, name, expected = layout(layouts.gold_form(path))
        result = read_bytes(data, name)
        assert result.format == as_
        want, have = layouts.facts(expected), layouts.facts(result.form.to_json())
        bad = {k: (want[k], have[k]) for k in want if want[k] != have[k]}
        if bad:
            failures[path.stem] = bad
    assert not failures, "\n".join(f"{k}: {v}" for k, v in list(failures.items())[:4]) + f"\n({len(failures)} forms)"


# --- HTML details ------------------------------------------------------------------------------------------------
def test_rowspan_repeats_the_cell_below_and_colspan_moves_the_next_cell():
    from assistant.importers.html_reader import Walker
    import lxml.html
    page = ("<table><tr><td rowspan=2>产出指标</td><td>数量指标</td><td colspan=2>人数</td><td>30人</td></tr>"
            "<tr><td>质量指标</td><td>a</td><td>b</td><td>c</td></tr></table>")
    (table,) = Walker("x").blocks(lxml.html.document_fromstring(page))
    assert [(c.text, c.col, c.merged_up) for c in table.rows[0]] == [
        ("产出指标", 0, False), ("数量指标", 1, False), ("人数", 2, False), ("30人", 4, False)]
    assert [(c.text, c.col, c.merged_up) for c in table.rows[1]] == [
        ("产出指标", 0, True), ("质量指标", 1, False), ("a", 2, False), ("b", 3, False), ("c", 4, False)]


def test_layout_table_around_the_form_is_walked_as_content():
    page = ("<html><body><table><tr><td><p>项目支出绩效目标申报表（2024年度）</p>"
            "<table><tr><td>项目名称</td><td>道路养护</td></tr><tr><td>实施单位</td><td>某市公路中心</td></tr></table>"
            "</td></tr></table></body></html>")
    form = read_bytes(page.encode(), "page.htm").form
    assert (form.year, form.project_name, form.unit) == (2024, "道路养护", "某市公路中心")


def test_script_style_and_hidden_text_are_not_read():
    page = ("<html><body><div style='display:none'>项目名称：隐藏的项目</div>"
            "<script>var x='项目名称：脚本里的项目'</script>"
            "<table><tr><td>项目名称</td><td>看得见的项目<span hidden>（隐藏）</span></td></tr></table></body></html>")
    result = read_bytes(page.encode(), "p.html")
    assert result.form.project_name == "看得见的项目"
    assert "脚本" not in result.text and "隐藏" not in result.text


@pytest.mark.parametrize("meta", ['<meta charset="gb2312">', '<meta http-equiv="Content-Type" content="text/html; charset=GBK">'])
def test_gb2312_page_with_gbk_only_characters(meta):
    page = f"<html><head>{meta}</head><body><table><tr><td>项目名称</td><td>镕铖堃项目</td></tr></table></body></html>"
    assert read_bytes(page.encode("gbk"), "p.html").form.project_name == "镕铖堃项目"


def test_html_saved_as_xls_is_read_as_a_web_page():
    page = "<html><body><table><tr><td>项目名称</td><td>道路养护</td></tr></table></body></html>"
    result = read_bytes(page.encode(), "导出.xls")
    assert (result.format, result.form.project_name) == ("html", "道路养护")


def test_text_that_mentions_a_tag_stays_text():
    assert sniff("项目名称：<table>标签说明\n".encode(), "说明.txt") == "txt"


@pytest.mark.parametrize("encoding", ["quoted-printable", "base64"])
def test_mhtml_page_part_is_decoded_by_its_charset(encoding):
    page = "<html><body><table><tr><td>项目名称</td><td>镕铖项目</td></tr></table></body></html>"
    root = MIMEMultipart("related")
    part = MIMEText(page, "html", "gb18030")
    if encoding == "quoted-printable":
        del part["Content-Transfer-Encoding"]
        import quopri
        part.set_payload(quopri.encodestring(page.encode("gb18030")).decode("ascii"))
        part["Content-Transfer-Encoding"] = encoding
    root.attach(part)
    root.attach(MIMEApplication(b"\x89PNG....", "png"))
    result = read_bytes(root.as_bytes(policy=email.policy.compat32), "page.mhtml")
    assert (result.format, result.form.project_name) == ("mhtml", "镕铖项目")


def test_mhtml_without_a_page_says_so():
    root = MIMEMultipart("related")
    root.attach(MIMEApplication(b"data", "octet-stream"))
    with pytest.raises(ReadError, match="没有网页内容"):
        read_bytes(root.as_bytes(), "x.mhtml")


# --- .xls details -------------------------------------------------------------------------------------------------
def _xls(rows: list[list], hidden: list | None = None) -> bytes:
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("申报表")
    dates = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            ws.write(r, c, v, dates) if isinstance(v, dt.date) else ws.write(r, c, v)
    if hidden:
        h = book.add_sheet("隐藏")
        h.visibility = 1
        for r, row in enumerate(hidden):
            for c, v in enumerate(row):
                h.write(r, c, v)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def test_xls_dates_numbers_and_hidden_sheets_as_in_xlsx():
    data = _xls([["项目名称", "道路养护"], ["项目资金总额（万元）", 81.18], ["填报日期", dt.datetime(2024, 10, 25)],
                 ["项目属性", True]], hidden=[["项目名称", "隐藏的项目"]])
    result = read_bytes(data, "a.xls")
    form = result.form
    assert (form.project_name, form.funding.total, form.fill_date) == ("道路养护", 81.18, "2024-10-25")
    assert result.provenance["funding.total"] == "申报表!B2"
    assert "已跳过 1 个隐藏工作表。" in result.warnings


def test_doc_without_libreoffice_names_the_package(monkeypatch):
    import assistant.importers.legacy_office as legacy
    monkeypatch.setattr(legacy, "soffice", lambda: None)
    monkeypatch.setattr("assistant.importers.isolate._here", True)   # read here: a child would not see the patch
    with pytest.raises(ReadError) as e:
        read_path(FIXTURES / "dev11-000-hiring.a_docx.doc")
    assert "libreoffice-writer-nogui" in e.value.reason and "另存为 .docx" in e.value.reason


@pytest.mark.parametrize("name", ["page.txt", "", "copied"])
def test_text_that_starts_with_a_bracket_is_text_not_json(name):
    """A page's copied text may begin with '[ 索引号 ]' or '【通知】': only bytes that parse as JSON are JSON."""
    text = "[ 索引号 ] 11500113-2021\n项目名称 | 松材线虫病除治 |\n主管部门 | 某区林业局 |\n".encode()
    assert sniff(text, name) == "txt"
    result = read_bytes(text, name or "粘贴.txt")
    assert result.form.project_name == "松材线虫病除治"


def test_json_by_extension_or_content_is_still_json():
    assert sniff(b'[{"project_name": "x"}]', "") == "json"
    assert sniff(b"{broken", "form.json") == "json"      # its reader names the JSON error
