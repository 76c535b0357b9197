"""What makes a warm re-run fast, and what keeps it right.

- A file whose stat stamp is unchanged since its digest was recorded is not read again; any
  edit (even one that keeps its size and mtime), a replaced archive, or a file changed just
  before it was read is read again.
- The Excel report's body rows are written as XML and spliced into openpyxl's package: the
  cells keep their styles, text that XML cannot hold is cleaned, the workbook opens in openpyxl
  and (when installed) LibreOffice.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from builders import zip_of as make_zip
from assistant.review import cache as cache_mod
from assistant.review import run_batch
from assistant.review.report_xlsx import MAX_CELL_CHARS, XlsxReport
from assistant.review.sources import Loader
from assistant.review.summary import BatchSummary

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
FORMS = ("dev11-000-hiring.json", "dev11-011-research.json", "dev11-021-agri.json")


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The names of the items the batch actually read from disk."""
    seen: list[str] = []
    real = Loader.load

    def counting(self, item):
        seen.append(item.name)
        return real(self, item)

    monkeypatch.setattr(Loader, "load", counting)
    return seen


@pytest.fixture
def folder(tmp_path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    for name in FORMS:
        shutil.copy(CORPUS / name, d / name)
    (d / "more.zip").write_bytes(make_zip({"x.json": (CORPUS / "dev11-003-training.json").read_bytes(),
                                           "y.docx": (CORPUS / "dev11-000-hiring.a_docx.docx").read_bytes()}))
    return d


def lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_unchanged_files_are_not_read_again(folder, tmp_path, reads, monkeypatch):
    monkeypatch.setattr(cache_mod, "SETTLE_NS", 0)  # files written by this test count as settled
    first = run_batch([str(folder)], None, jsonl=tmp_path / "1.jsonl", jobs=1)
    assert first.total == 5 and len(reads) == 5
    reads.clear()
    second = run_batch([str(folder)], None, jsonl=tmp_path / "2.jsonl", jobs=1)
    assert reads == [] and second.cached == 5
    assert (tmp_path / "1.jsonl").read_bytes() == (tmp_path / "2.jsonl").read_bytes()


def test_an_edit_that_keeps_size_and_mtime_is_still_seen(folder, tmp_path, reads, monkeypatch):
    monkeypatch.setattr(cache_mod, "SETTLE_NS", 0)
    run_batch([str(folder)], None, jobs=1)
    f = folder / "dev11-011-research.json"
    st = f.stat()
    data = json.loads(f.read_text(encoding="utf-8"))
    old_name = data["form"]["project_name"]
    new_name = old_name[:-1] + ("甲" if old_name[-1] != "甲" else "乙")   # same length in UTF-8
    edited = f.read_text(encoding="utf-8").replace(old_name, new_name).encode()
    assert len(edited) == st.st_size
    f.write_bytes(edited)
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))   # as a tool that preserves times would leave it
    reads.clear()
    s = run_batch([str(folder)], None, jsonl=tmp_path / "r.jsonl", jobs=1)
    assert reads == [str(f)] and s.cached == 4
    assert {r["file"]: r for r in lines(tmp_path / "r.jsonl")}[str(f)]["form"]["project_name"] == new_name


def test_a_replaced_archive_is_read_again(folder, tmp_path, reads, monkeypatch):
    monkeypatch.setattr(cache_mod, "SETTLE_NS", 0)
    run_batch([str(folder)], None, jobs=1)
    z = folder / "more.zip"
    z.write_bytes(make_zip({"x.json": (CORPUS / "dev11-021-agri.json").read_bytes(),
                            "y.docx": (CORPUS / "dev11-000-hiring.a_docx.docx").read_bytes()}))
    reads.clear()
    s = run_batch([str(folder)], None, jsonl=tmp_path / "r.jsonl", jobs=1)
    assert reads == [f"{z}/x.json", f"{z}/y.docx"]
    assert s.cached == 5   # y.docx did not change, and x.json now has the content of a file already reviewed
    by_file = {r["file"]: r for r in lines(tmp_path / "r.jsonl")}
    assert by_file[f"{z}/x.json"]["form"] == by_file[str(folder / "dev11-021-agri.json")]["form"]


def test_a_file_changed_just_before_it_was_read_is_read_again(folder, reads, monkeypatch):
    # "just before" without racing the clock: every change counts as recent, however slow the machine
    monkeypatch.setattr(cache_mod, "SETTLE_NS", 10**18)
    run_batch([str(folder)], None, jobs=1)   # the files were written a moment ago: not yet settled
    reads.clear()
    s = run_batch([str(folder)], None, jobs=1)
    assert len(reads) == 5 and s.cached == 5   # read again, and still served by the content cache


def test_no_cache_reads_everything(folder, reads, monkeypatch):
    monkeypatch.setattr(cache_mod, "SETTLE_NS", 0)
    run_batch([str(folder)], None, jobs=1)
    reads.clear()
    s = run_batch([str(folder)], None, jobs=1, use_cache=False)
    assert len(reads) == 5 and s.cached == 0


# -- the Excel report ----------------------------------------------------------------------------

def record(file: str, findings: list[dict], **form) -> dict:
    return {"file": file, "form": {"project_name": "项目", "unit": "单位", "department": "部门", **form},
            "findings": findings, "corrections": []}


def finding(message: str, severity: str = "error", code: str = "goal_annual_missing") -> dict:
    return {"code": code, "severity": severity, "field": "goals.annual", "message": message, "suggestion": "补充。"}


def write_report(path: Path, records: list[tuple[dict, str, str]], errors=()) -> None:
    rep = XlsxReport(path)
    s = BatchSummary(total=len(records) + len(errors))
    for rec, g, opinion in records:
        rep.add_form(rec, g, opinion)
        s.add_form(rec, g)
    for file, reason in errors:
        rep.add_error(file, reason)
        s.add_error()
    rep.close(s)


def test_report_cells_keep_their_styles_and_types(tmp_path):
    out = tmp_path / "r.xlsx"
    write_report(out, [(record("a.docx", [finding("缺少年度目标。"), finding("偏低。", "warning")]), "中", "意见一"),
                       (record("b.pdf", []), "优", "意见二")], errors=[("c.pdf", "无法读取。")])
    wb = openpyxl.load_workbook(out)
    rows = list(wb["问题清单"].iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == [1, 2] and [r[5] for r in rows] == ["错误", "警告"]
    assert rows[0][6] == "年度目标"
    ops = wb["审核意见"]
    assert [(c.value) for c in ops[2]] == [1, "a.docx", "项目", "单位", "部门", "中", 1, 1, "意见一"]
    assert ops["F2"].fill.fgColor.rgb.endswith("FFEB9C") and ops["F3"].fill.fgColor.rgb.endswith("C6EFCE")
    assert ops["F2"].font.bold and ops["I2"].alignment.wrap_text and ops["I2"].font.name == "宋体"
    assert ops.freeze_panes == "A2" and ops.print_title_rows == "$1:$1"
    assert list(wb["无法读取"].iter_rows(min_row=2, values_only=True)) == [(1, "c.pdf", "无法读取。")]
    assert not list(tmp_path.glob("*.part"))


def test_report_text_that_xml_cannot_hold_is_cleaned(tmp_path):
    out = tmp_path / "r.xlsx"
    nasty = "a<b>&c\"d'e\x00\x07f\x1bg\ufffeh  尾部空格  \n第二行"
    long = "长" * (MAX_CELL_CHARS + 10)
    write_report(out, [(record("<x&y>.docx", [finding(nasty), finding(long)], project_name="]]><!--"), "差", nasty)])
    wb = openpyxl.load_workbook(out)
    rows = list(wb["问题清单"].iter_rows(min_row=2, values_only=True))
    assert rows[0][1] == "<x&y>.docx" and rows[0][2] == "]]><!--"
    assert rows[0][7] == "a<b>&c\"d'efgh  尾部空格  \n第二行"
    assert len(rows[1][7]) == MAX_CELL_CHARS and rows[1][7].endswith("…")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice 未安装")
def test_report_opens_in_libreoffice(tmp_path):
    out = tmp_path / "r.xlsx"
    write_report(out, [(record(f"{i}.docx", [finding(f"问题{i}")]), "中", f"意见{i}") for i in range(30)])
    conv = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "xlsx", "--outdir", str(conv), str(out)],
                   check=True, capture_output=True, timeout=120)
    wb = openpyxl.load_workbook(conv / "r.xlsx")
    assert wb.sheetnames == ["汇总", "问题清单", "审核意见", "无法读取"]
    rows = list(wb["问题清单"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 30 and rows[29][7] == "问题29"
