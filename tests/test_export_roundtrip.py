"""Every export format reads back to the same JSON, on all gold forms; exports are verified."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from assistant.exporters import ExportError, export_form, render, verify
from assistant.importers import read_bytes, read_path
from assistant.model import Declaration

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
GOLD = sorted(CORPUS.glob("*.json"))
SEED = Path(__file__).parent / "fixtures" / "seed-wuhai-2020.json"


def load(path: Path) -> Declaration:
    return Declaration.from_json(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("fmt", ["json", "docx", "xlsx"])
def test_every_gold_form_round_trips(fmt):
    for path in GOLD + [SEED]:
        form = load(path)
        back = read_bytes(render(form, fmt), f"x.{fmt}").form
        assert back.to_json() == form.to_json(), path.name


def test_long_term_indicators_and_empty_fields_round_trip():
    form = load(GOLD[0])
    data = form.to_json()
    data["indicators"][0]["scope"] = "long_term"
    data["indicators"][1]["scope"] = "long_term"
    data.update(project_name="", basis="", start="2024年上半年", end="")
    data["funding"]["other"] = None
    data["goals"] = {"long_term": ["甲目标", "乙目标"], "annual": []}
    form = Declaration.model_validate(data)
    for fmt in ("docx", "xlsx"):
        back = read_bytes(render(form, fmt), f"x.{fmt}").form
        assert back.to_json() == form.to_json(), fmt


def test_xlsx_export_never_writes_formulas_and_keeps_numbers():
    import io
    from openpyxl import load_workbook
    form = load(GOLD[0])
    ws = load_workbook(io.BytesIO(render(form, "xlsx"))).active
    values = [c.value for row in ws.iter_rows() for c in row]
    assert "=100%" in values                                 # stored as text, not a formula
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    assert 223.2 in values                                   # amounts are numbers


def test_docx_export_uses_chinese_font_and_a4():
    import io
    from docx import Document
    from docx.oxml.ns import qn
    doc = Document(io.BytesIO(render(load(GOLD[0]), "docx")))
    assert round(doc.sections[0].page_width.cm, 1) == 21.0
    run = doc.tables[0].rows[0].cells[0].paragraphs[0].runs[0]
    assert run._element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋"
    assert doc.tables[0].rows[0].cells[0].text == "基本信息"


def test_markdown_export_lists_sections_and_indicators():
    text = render(load(GOLD[0]), "md").decode("utf-8")
    assert "## 资金来源（万元）" in text
    assert "| 年度 | 产出指标 | 质量指标 | 聘用人员到岗率 | ≥98% |" in text


def test_verify_raises_on_a_silent_write_failure():
    form = load(GOLD[0])
    truncated = render(form, "docx")[:2000]
    with pytest.raises(ExportError, match="无法重新读取"):
        verify(form, truncated, "docx", "out.docx")
    other = render(load(GOLD[1]), "xlsx")
    with pytest.raises(ExportError, match="读回后与原表不一致"):
        verify(form, other, "xlsx", "out.xlsx")


def test_export_form_refuses_unknown_extension(tmp_path):
    with pytest.raises(ExportError, match=r"不支持导出为 \.pptx"):
        export_form(load(GOLD[0]), tmp_path / "a.pptx")


def test_template_fill_is_sandboxed_and_escapes_text(tmp_path):
    from assistant.data.templates.make_example import build
    tpl = build(tmp_path / "tpl.docx")
    form = load(GOLD[0])
    form.overview = "<script>alert(1)</script> & co"
    out = export_form(form, tmp_path / "filled.docx", template=tpl)
    result = read_path(out)
    assert result.form.project_name == form.project_name
    assert result.form.overview == "<script>alert(1)</script> & co"
    assert [i.name for i in result.form.indicators] == [i.name for i in form.indicators]


def test_template_with_unsafe_tag_is_refused(tmp_path):
    from docx import Document
    doc = Document()
    doc.add_paragraph("{{ project_name.__class__.__mro__[1].__subclasses__() }}")
    doc.save(tmp_path / "evil.docx")
    with pytest.raises(ExportError, match="标签有误"):
        export_form(load(GOLD[0]), tmp_path / "o.docx", template=tmp_path / "evil.docx")


def test_convert_cli_pdf_to_xlsx_and_back(tmp_path):
    runner = CliRunner()
    out = tmp_path / "a.xlsx"
    res = runner.invoke(cli, ["convert", str(CORPUS / "dev11-000-hiring.a_docx.pdf"), str(out)])
    assert res.exit_code == 0, res.output
    assert res.output.strip().endswith(f"→ {out}")
    assert read_path(out).form.funding.carryover == 22.32
    res = runner.invoke(cli, ["convert", str(out), str(out)])
    assert res.exit_code == 1
    assert f"{out} 已存在。如需覆盖，请加 --force。" in res.output


def test_convert_cli_reports_unreadable_input(tmp_path):
    res = CliRunner().invoke(cli, ["convert", str(tmp_path / "nope.docx"), str(tmp_path / "o.json")])
    assert res.exit_code == 2
    assert f"错误：无法读取 {tmp_path / 'nope.docx'}：文件不存在。" in res.output
