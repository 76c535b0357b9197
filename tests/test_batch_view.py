"""Review reports as the web app makes them: files named as uploaded, a row per file with its
opinion, and chart labels that fit their box."""
from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest

from assistant.review.report_html import LINE_H, bar_chart, fit_label, text_width
from assistant.webapp import batch

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
SVG = "{http://www.w3.org/2000/svg}"


def uploaded(tmp_path: Path, src: Path, name: str) -> str:
    """A file where gradio puts an upload: its upload folder, a random id, then the name."""
    d = tmp_path / "gradio" / f"{abs(hash((name, str(src)))):x}"
    d.mkdir(parents=True)
    shutil.copy(src, d / name)
    return str(d / name)


@pytest.fixture
def uploads(fixtures, tmp_path) -> list[str]:
    corpus = fixtures / "corpus"
    bundle = tmp_path / "src.zip"
    with zipfile.ZipFile(bundle, "w") as z:
        z.write(corpus / "dev11-021-agri.json", "第二批/农业项目.json")
        z.writestr("损坏.docx", b"PK\x03\x04broken")
    return [uploaded(tmp_path, corpus / "dev11-000-hiring.json", "申报表（信访局）.json"),
            uploaded(tmp_path / "b", corpus / "dev11-005-road.json", "申报表（信访局）.json"),
            uploaded(tmp_path, bundle, "申报材料.zip")]


EXPECTED = ["申报表（信访局）.json", "申报表（信访局）（2）.json", "申报材料.zip/第二批/农业项目.json", "申报材料.zip/损坏.docx"]


def test_reports_name_files_as_uploaded_never_by_the_server_path(uploads, tmp_path):
    *_, (status, files, rows) = list(batch.run(uploads, "k", poll=0.05))
    assert status.startswith("审核完成。共 4 个文件，审核 3 个，无法读取 1 个")
    assert sorted(r.file for r in rows) == sorted(EXPECTED)
    xlsx = next(f for f in files if f.endswith(".xlsx"))
    wb = openpyxl.load_workbook(xlsx)
    named = {r[1] for sheet in ("问题清单", "审核意见", "无法读取") for r in wb[sheet].iter_rows(min_row=2, values_only=True)}
    assert named == set(EXPECTED)
    html = Path(next(f for f in files if f.endswith(".html"))).read_text(encoding="utf-8")
    with zipfile.ZipFile(xlsx) as z:
        xml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
    for text in (html, xml):
        assert "gradio" not in text and str(tmp_path) not in text


def test_each_file_has_a_row_with_grade_counts_and_its_opinion(uploads):
    *_, (_, files, rows) = list(batch.run(uploads, "k", poll=0.05))
    wb = openpyxl.load_workbook(next(f for f in files if f.endswith(".xlsx")))
    opinions = {r[1]: r for r in wb["审核意见"].iter_rows(min_row=2, values_only=True)}
    for row in rows:
        if row.grade == batch.UNREADABLE:
            assert row.file == "申报材料.zip/损坏.docx" and row.opinion.startswith("无法读取：")
            continue
        _, file, _, _, _, grade, errors, warnings, opinion = opinions[row.file]
        assert (row.grade, row.errors, row.warnings, row.opinion) == (grade, errors, warnings, opinion)
        assert row.opinion.splitlines()[1].startswith("等级说明：")
        assert row.cells() == [row.file, grade, errors, warnings]


def test_upload_names_tell_repeated_names_apart():
    assert batch.upload_names(["/u/1/a.docx", "/u/2/a.docx", "/u/3/a.docx", "/u/4/说明", "/u/5/说明"]) == {
        "/u/1/a.docx": "a.docx", "/u/2/a.docx": "a（2）.docx", "/u/3/a.docx": "a（3）.docx",
        "/u/4/说明": "说明", "/u/5/说明": "说明（2）"}


# --- chart labels ----------------------------------------------------------------------

LABELS = ["优", "指标与本项目无关，疑似从其他项目复制", "年度目标未设置可衡量的数量、质量、时效或成本内容，表述笼统无法考核",
          "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW", "indicator_value_missing_unit（指标值缺少计量单位）",
          "满意度指标目标值低于80%（88号文要求≥90%）"]


def labels(svg: str):
    root = ElementTree.fromstring(svg)
    for t in root.iter(f"{SVG}text"):
        if t.get("class") == "label":
            yield t, [s.text or "" for s in t.iter(f"{SVG}tspan")], t.find(f"{SVG}title").text


def measure():
    """The real width of a line in the CJK font the report's CSS falls back to here, else our estimate."""
    if FONT.exists():
        from PIL import ImageFont
        font = ImageFont.truetype(str(FONT), 12)
        return lambda line: font.getlength(line)
    return text_width


def test_chart_labels_fit_their_box_and_keep_the_whole_text():
    svg = bar_chart("各类问题数量", [(label, 3, "#e53935") for label in LABELS])
    width, found = measure(), list(labels(svg))
    assert [full for _, _, full in found] == LABELS                # every label whole, as a tooltip
    for text, lines, full in found:
        box, x = float(text.get("data-box")), float(text.get("x"))
        assert 1 <= len(lines) <= 2
        for line in lines:
            assert width(line) <= box and x - width(line) >= 0, line
        shown = "".join(lines)
        assert shown == full or (shown.endswith("…") and full.startswith(shown[:-1])), (shown, full)
    ys = [float(s.get("y")) for t, _, _ in found for s in t.iter(f"{SVG}tspan")]
    assert all(b - a >= LINE_H for a, b in zip(ys, ys[1:]))         # lines of different rows never overlap


def test_short_labels_are_not_cut():
    assert fit_label("优", 190) == (["优"], False)
    lines, cut = fit_label("年度目标未设置可衡量的数量、质量、时效或成本内容", 190)
    assert not cut and len(lines) == 2 and "".join(lines) == "年度目标未设置可衡量的数量、质量、时效或成本内容"
    lines, cut = fit_label("很" * 60, 190)
    assert cut and lines[-1].endswith("…") and re.fullmatch("很+…", lines[-1])
