"""Hostile .html/.mhtml/.xls and XML inside Office files: a clear ReadError or a bounded read, never a crash,
never a file read from the disk, never an entity expanded. (Scans and images: test_hostile_images.py.)"""
from __future__ import annotations

import gzip
import io
import resource
import zipfile
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest
import xlwt

from assistant.errors import ReadError
from assistant.importers import read_bytes
from assistant.importers.limits import MAX_SHEET_ROWS

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
SECRET = Path(__file__).parent / "fixtures" / "seed-wuhai-2020.txt"     # any local file an XXE could try to read
LAUGHS = ('<!DOCTYPE r [<!ENTITY a "' + "a" * 50 + '">' +
          "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)) + "]>")
XXE = f'<!DOCTYPE r [<!ENTITY x SYSTEM "{SECRET.resolve().as_uri()}">]>'


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize("dtd,ref", [(LAUGHS, "&j;"), (XXE, "&x;")], ids=["billion_laughs", "xxe"])
def test_html_entities_are_never_expanded_nor_files_read(dtd, ref):
    page = f"<!DOCTYPE html>{dtd}<html><body><table><tr><td>项目名称</td><td>甲{ref}乙</td></tr></table></body></html>"
    before = _rss_mb()
    result = read_bytes(page.encode(), "p.html")
    assert result.form.project_name in ("甲乙", f"甲{ref}乙")
    assert "aaaaaaaaaa" not in result.text and "乌海" not in result.text and "乌海" not in result.form.project_name
    assert _rss_mb() - before < 50


def _patched(path: Path, member: str, old: bytes, new: bytes, dtd: str) -> bytes:
    zin = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == member:
                assert old in data
                head, sep, rest = data.partition(b"?>") if data.startswith(b"<?xml") else (b"", b"", data)
                data = head + sep + dtd.encode() + rest.replace(old, new, 1)
            z.writestr(info.filename, data)
    return buf.getvalue()


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
@pytest.mark.parametrize("dtd,ref", [(LAUGHS, "&j;"), (XXE, "&x;")], ids=["billion_laughs", "xxe"])
def test_office_xml_entities_are_refused_or_left_unexpanded(kind, dtd, ref):
    if kind == "docx":
        data = _patched(CORPUS / "dev11-000-hiring.a_docx.docx", "word/document.xml", b"\xe6\xb8\xad\xe5\x8d\x97\xe5\xb8\x82\xe4\xbf\xa1\xe8\xae\xbf\xe5\xb1\x80</w:t>",
                        ref.encode() + b"</w:t>", dtd)
    else:
        data = _patched(CORPUS / "dev11-001-equipment.b_xlsx.xlsx", "xl/worksheets/sheet1.xml", b">664001<",
                        b">" + ref.encode() + b"<", dtd)
    try:
        form = read_bytes(data, f"x.{kind}").form
    except ReadError as e:
        assert "已损坏或格式不正确" in e.reason
        return
    values = " ".join(str(v) for v in form.to_json().values())
    assert "aaaaaaaaaa" not in values and "乌海" not in values


def test_mhtml_never_expands_a_compressed_attachment():
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("bomb.bin", b"\0" * (30 * 1024 * 1024))
    root = MIMEMultipart("related")
    root.attach(MIMEText("<html><body><table><tr><td>项目名称</td><td>道路养护</td></tr></table></body></html>",
                         "html", "utf-8"))
    root.attach(MIMEApplication(bomb.getvalue(), "zip"))
    root.attach(MIMEApplication(gzip.compress(b"\0" * (30 * 1024 * 1024), 1), "gzip"))
    before = _rss_mb()
    assert read_bytes(root.as_bytes(), "bomb.mhtml").form.project_name == "道路养护"
    assert _rss_mb() - before < 50


def test_gzip_compressed_mhtml_is_refused():
    with pytest.raises(ReadError, match="无法识别的文件格式"):
        read_bytes(gzip.compress(b"\0" * (20 * 1024 * 1024), 1), "page.mhtml")


def test_mhtml_with_too_many_parts_is_refused():
    head = b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n"
    data = head + b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" * 5000 + b"--b--\r\n"
    with pytest.raises(ReadError, match="部分过多"):
        read_bytes(data, "many.mhtml")


def test_deeply_nested_html_is_bounded():
    page = "<html><body>" + "<div>" * 50_000 + "项目名称：深层" + "</div>" * 50_000 + "</body></html>"
    try:
        read_bytes(page.encode(), "deep.html")
    except ReadError as e:
        assert "网页" in e.reason or "嵌套" in e.reason


def test_huge_rowspan_and_colspan_are_bounded():
    page = ('<table><tr><td rowspan="2147483647" colspan="99999999">项目名称</td><td>甲</td></tr>'
            + "<tr><td>x</td></tr>" * 200 + "</table>")
    result = read_bytes(page.encode(), "span.html")      # the label's cell covers the rows below: their text goes on
    assert result.form.project_name.startswith("甲x") and len(result.form.project_name) <= 201
    assert result.provenance["project_name"] == "表1 第1行 第65列"          # the span stopped at 64 columns


def test_xls_of_65536_rows_is_read_up_to_the_row_limit():
    book = xlwt.Workbook()
    ws = book.add_sheet("S")
    ws.write(0, 0, "项目名称")
    ws.write(0, 1, "道路养护")
    for r in range(1, 65536):
        ws.write(r, 0, r)
    buf = io.BytesIO()
    book.save(buf)
    result = read_bytes(buf.getvalue(), "long.xls")
    assert result.form.project_name == "道路养护"
    assert f"工作表“S”共 65536 行，只读取了前 {MAX_SHEET_ROWS} 行。" in result.warnings


def test_truncated_xls_gets_a_clear_error():
    book = xlwt.Workbook()
    book.add_sheet("S").write(0, 0, "项目名称")
    buf = io.BytesIO()
    book.save(buf)
    with pytest.raises(ReadError, match="已损坏"):
        read_bytes(buf.getvalue()[:1500], "cut.xls")
