"""The PDFium page reader (pdf_layout) gives pdfplumber's tables and lines, faster."""
from __future__ import annotations

import io
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pdfplumber
import pytest

from assistant.importers import read_bytes
from builders import pdf_from_objects
from assistant.importers.pdf_layout import open_document, read_page

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
PDFS = sorted(CORPUS.glob("*.pdf"))


def _plumber(data: bytes) -> list:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [([t.extract() for t in p.find_tables()], [w["text"] for w in p.extract_words()]) for p in pdf.pages]


def _pdfium(data: bytes) -> list:
    doc = open_document(data)
    try:
        pages = [read_page(doc, i) for i in range(len(doc))]
    finally:
        doc.close()
    return [([p.extract_table(t) for t in p.find_tables()], [w["text"] for w in p.extract_words()]) for p in pages]


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_pdfium_pages_give_pdfplumbers_tables_and_words(path):
    data = path.read_bytes()
    assert _pdfium(data) == _plumber(data)


def test_drawn_space_between_name_and_phone_is_kept():
    # '吴迪 0473-2415821': the space glyph is drawn out of order and PDFium's text layer drops it
    rows = _pdfium((CORPUS / "dev11-022-publicity.a_docx.pdf").read_bytes())[0][0][0]
    assert rows[0][4] == "吴迪 0473-\n2415821"
    assert rows[2][2].startswith("负责全民健身活动组织、体育设施管理")


def _ruled_pdf() -> bytes:
    """A 2x2 table: outer border as a rectangle ('re'), inner rules as lines drawn under a scaling 'cm'."""
    content = ("0.5 w 72 600 288 72 re S "
               "q 2 0 0 2 0 0 cm 36 318 m 180 318 l S 108 300 m 108 336 l S Q "
               "BT /F1 10 Tf 80 645 Td (Name) Tj ET BT /F1 10 Tf 224 645 Td (Budget) Tj ET "
               "BT /F1 10 Tf 80 610 Td (Road) Tj ET BT /F1 10 Tf 224 610 Td (24.5) Tj ET "
               "BT /F1 10 Tf 72 700 Td (Title line) Tj ET")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /Font << /F1 3 0 R >> >> >>",
            f"<< /Length {len(content)} >>\nstream\n{content}\nendstream"]
    return pdf_from_objects(objs)


def test_rectangle_and_transformed_rules_make_a_table():
    tables, words = _pdfium(_ruled_pdf())[0]
    assert tables == [[["Name", "Budget"], ["Road", "24.5"]]]
    assert words[:2] == ["Title", "line"]
    assert _plumber(_ruled_pdf())[0][0] == tables


def test_concurrent_reads_agree():
    data = (CORPUS / "dev11-000-hiring.a_docx.pdf").read_bytes()
    expected = read_bytes(data, "a.pdf").form.to_json()
    with ThreadPoolExecutor(4) as pool:
        forms = list(pool.map(lambda _: read_bytes(data, "a.pdf").form.to_json(), range(8)))
    assert all(f == expected for f in forms)
