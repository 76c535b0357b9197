"""Untrusted files: a clear ReadError or a safe, bounded read — never a crash, never execution."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from openpyxl import Workbook

from assistant.errors import ReadError
from builders import pdf_from_objects, zip_of as zip_with
from assistant.importers import read_bytes
from assistant.importers.limits import MAX_PDF_PAGES

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
DOCX = (CORPUS / "dev11-000-hiring.a_docx.docx").read_bytes()


def make_pdf(pages: list[str | None], encrypt: bool = False) -> bytes:
    """A minimal PDF: one page per entry, ASCII text in Helvetica, or a bare line (no text layer) for None."""
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", None, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for text in pages:
        stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET" if text is not None else "72 720 m 300 720 l S"
        objs.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {len(objs)} 0 R "
                    "/Resources << /Font << /F1 3 0 R >> >> >>")
        kids.append(f"{len(objs)} 0 R")
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    if encrypt:
        objs.append("<< /Filter /Standard /V 1 /R 2 /O <" + "11" * 32 + "> /U <" + "22" * 32 + "> /P -4 >>")
    extra = f" /Encrypt {len(objs)} 0 R /ID [<{'ab' * 16}> <{'ab' * 16}>]" if encrypt else ""
    return pdf_from_objects(objs, extra)




@pytest.mark.parametrize("data,name,expected", [
    (DOCX[: len(DOCX) // 2], "half.docx", "文件已损坏"),
    (b"PK\x03\x04" + b"\x00" * 200, "junk.docx", "文件已损坏"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "old.xls", "Office 文件已损坏"),
    (b"%PDF-1.4\n%garbage", "broken.pdf", "PDF 文件已损坏"),
    (b"   \n  ", "empty.txt", "文件是空的"),
])
def test_broken_files_get_a_clear_error(data, name, expected):
    with pytest.raises(ReadError) as e:
        read_bytes(data, name)
    assert expected in e.value.reason
    assert e.value.file == name


def test_pdf_without_text_layer_says_scan():
    with pytest.raises(ReadError, match="扫描件"):
        read_bytes(make_pdf([None, None]), "scan.pdf")


def test_pdf_with_password_says_encrypted():
    with pytest.raises(ReadError, match="PDF 已加密"):
        read_bytes(make_pdf(["hello"], encrypt=True), "locked.pdf")


def test_long_pdf_is_read_only_up_to_the_page_limit():
    with pytest.raises(ReadError, match="没有读到申报表的任何内容"):   # read up to the limit, and no form in it
        read_bytes(make_pdf([f"page {i}" for i in range(200)]), "long.pdf")
    from assistant.importers.pdf_reader import read_pdf      # the reader itself: the limit, before any form is sought
    result = read_pdf(make_pdf([f"page {i}" for i in range(200)]), "long.pdf")
    assert result.warnings[0] == f"PDF 共 200 页，只读取了前 {MAX_PDF_PAGES} 页。"


@pytest.mark.parametrize("name", ["bomb.docx", "bomb.xlsx"])
def test_zip_bomb_disguised_as_office_file_is_refused(name):
    inner = "word/document.xml" if name.endswith("docx") else "xl/workbook.xml"
    data = zip_with({"[Content_Types].xml": b"<Types/>", inner: b"\x00" * (8 * 1024 * 1024)})
    assert len(data) < 100_000
    with pytest.raises(ReadError, match="压缩炸弹"):
        read_bytes(data, name)


def _xlsx(build) -> bytes:
    wb = Workbook()
    build(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_xlsx_formula_is_kept_as_text_never_evaluated():
    def build(wb):
        ws = wb.active
        ws.append(["项目名称", "道路养护"])
        ws.append(["项目资金总额", "=SUM(1,2)"])
        ws.append(["项目概况", '=HYPERLINK("http://example.invalid","点我")'])
    result = read_bytes(_xlsx(build), "f.xlsx")
    assert result.form.project_name == "道路养护"
    assert result.form.funding.total is None                     # not 3: nothing is computed
    assert result.form.overview == '=HYPERLINK("http://example.invalid","点我")'
    assert any("Sheet!B2 是没有计算结果的公式" in w for w in result.warnings)


def test_xlsx_hidden_sheet_is_ignored_unless_it_is_the_only_one():
    def build(wb):
        wb.active.append(["项目名称", "公开的项目"])
        hidden = wb.create_sheet("隐藏")
        hidden.append(["项目名称", "隐藏的项目"])
        hidden.sheet_state = "hidden"
    result = read_bytes(_xlsx(build), "h.xlsx")
    assert result.form.project_name == "公开的项目"
    assert "已跳过 1 个隐藏工作表。" in result.warnings


def test_script_text_is_kept_as_inert_data():
    doc = Document()
    t = doc.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "项目名称", "<script>alert('x')</script>"
    t.cell(1, 0).text, t.cell(1, 1).text = "项目概况", "{{ 7*7 }} ${jndi:ldap://x} &amp;"
    buf = io.BytesIO()
    doc.save(buf)
    form = read_bytes(buf.getvalue(), "s.docx").form
    assert form.project_name == "<script>alert('x')</script>"
    assert form.overview == "{{ 7*7 }} ${jndi:ldap://x} &amp;"
