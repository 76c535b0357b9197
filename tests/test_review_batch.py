"""run_batch on the fixture corpus in every format plus files broken on purpose.

Every file gets exactly one row; unreadable ones carry a reason; the JSONL is what
``jixiao check --json`` prints for each file; the cache serves a re-run; a cancel keeps
finished rows; a crashing worker costs only its own file.
"""
from __future__ import annotations

import io
import json
import shutil
import threading
import zipfile
from pathlib import Path

import openpyxl
import pytest

from assistant.findings import code_title
from click.testing import CliRunner

from builders import zip_of as make_zip
from assistant.cli import cli
from assistant.review import run_batch
from assistant.review.opinion import grade

FIXTURES = Path(__file__).parent / "fixtures"
FORMATS = ("docx", "xlsx", "pdf", "txt")




@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    """Corpus fixtures in all formats, broken files, and a zip with a nested zip, a bomb and a traversal."""
    root = tmp_path_factory.mktemp("inbox")
    corpus = FIXTURES / "corpus"
    good = root / "good"
    good.mkdir()
    for p in sorted(corpus.iterdir()):
        if p.suffix == ".json" and p.stem.endswith(("000-hiring", "011-research", "021-agri", "003-training")) \
                or p.suffix.lstrip(".") in FORMATS:
            shutil.copy(p, good / p.name)
    broken = root / "broken"
    broken.mkdir()
    docx = (corpus / "dev11-000-hiring.a_docx.docx").read_bytes()
    (broken / "truncated.docx").write_bytes(docx[: len(docx) // 2])
    (broken / "empty.json").write_bytes(b"")
    (broken / "json-named.docx").write_bytes((corpus / "dev11-011-research.json").read_bytes())
    (broken / "garbage.xlsx").write_bytes(bytes(range(256)) * 8)
    (broken / "garbage.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    (broken / "password.pdf").write_bytes(
        b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n2 0 obj<</Filter/Standard/V 2/R 3/O<00>/U<00>/P -4>>endobj\n"
        b"trailer<</Root 1 0 R/Encrypt 2 0 R/ID[<01><01>]>>\n%%EOF\n")
    (broken / "bomb.docx").write_bytes(make_zip({"[Content_Types].xml": b"<x/>",
                                                 "word/document.xml": b"0" * (30 * 1024 * 1024)}))
    inner = make_zip({"c.json": (corpus / "dev11-021-agri.json").read_bytes()})
    (root / "batch.zip").write_bytes(make_zip({
        "a.json": (corpus / "dev11-003-training.json").read_bytes(),
        "inner.zip": inner,
        "bomb.json": b" " * (30 * 1024 * 1024),
        "../escape.json": b"{}",
    }))
    return root


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def check_json(files: list[str]) -> dict[str, dict]:
    r = CliRunner().invoke(cli, ["check", "--json", *files])
    return {rec["file"]: rec for rec in map(json.loads, r.stdout.splitlines())}


@pytest.fixture(scope="module")
def first_run(inbox, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    mp = pytest.MonkeyPatch()
    mp.setenv("JIXIAO_DATA_DIR", str(out / "data"))
    try:
        summary = run_batch([str(inbox)], out / "r.xlsx", html=out / "r.html", jsonl=out / "r.jsonl", jobs=2)
    finally:
        mp.undo()
    return summary, out


def test_every_file_has_exactly_one_row(inbox, first_run):
    summary, out = first_run
    fs_files = sorted(str(p) for p in inbox.rglob("*") if p.is_file() and p.suffix != ".zip")
    z = inbox / "batch.zip"
    members = [f"{z}/../escape.json", f"{z}/a.json", f"{z}/bomb.json", f"{z}/inner.zip/c.json"]
    rows = read_jsonl(out / "r.jsonl")
    assert sorted(r["file"] for r in rows) == sorted(fs_files + members)
    assert summary.total == len(rows) == summary.read + summary.unreadable
    assert not summary.cancelled


def test_unreadable_files_have_clear_reasons(inbox, first_run):
    _, out = first_run
    errors = {Path(r["file"]).name if "batch.zip" not in r["file"] else r["file"].split("batch.zip/")[1]: r["error"]
              for r in read_jsonl(out / "r.jsonl") if "error" in r}
    assert errors["empty.json"] == "文件是空的。"
    assert errors["truncated.docx"] == "文件已损坏（不是完整的压缩包），可能下载或传输不完整。"
    assert errors["bomb.docx"] == "文件解压后异常膨胀（疑似压缩炸弹），拒绝读取。"
    assert errors["bomb.json"] == "文件解压后异常膨胀（疑似压缩炸弹），拒绝读取。"
    assert errors["../escape.json"] == "压缩包内的路径不安全（含“..”或绝对路径），已跳过该文件。"
    assert errors["garbage.xlsx"].startswith("文件扩展名是 .xlsx，但内容不是Excel文件")
    for name in ("garbage.pdf", "password.pdf"):
        assert errors[name].endswith(("。", "）")) and len(errors[name]) >= 6, errors[name]
    assert "json-named.docx" not in errors  # judged by content, not by extension


def test_jsonl_equals_check_json_for_every_file(inbox, first_run, tmp_path):
    _, out = first_run
    rows = read_jsonl(out / "r.jsonl")
    fs = [r["file"] for r in rows if "batch.zip" not in r["file"]]
    expected = check_json(fs)
    for r in rows:
        if r["file"] in expected:
            assert r == expected[r["file"]], r["file"]
    # archive members: the same as check on the member's bytes, under the archive label
    with zipfile.ZipFile(inbox / "batch.zip") as zf:
        (tmp_path / "a.json").write_bytes(zf.read("a.json"))
        (tmp_path / "c.json").write_bytes(zipfile.ZipFile(io.BytesIO(zf.read("inner.zip"))).read("c.json"))
    member = check_json([str(tmp_path / "a.json"), str(tmp_path / "c.json")])
    by_file = {r["file"]: r for r in rows}
    z = str(inbox / "batch.zip")
    assert by_file[f"{z}/a.json"] == {**member[str(tmp_path / "a.json")], "file": f"{z}/a.json"}
    assert by_file[f"{z}/inner.zip/c.json"] == {**member[str(tmp_path / "c.json")], "file": f"{z}/inner.zip/c.json"}


def test_xlsx_report_content(first_run):
    summary, out = first_run
    rows = read_jsonl(out / "r.jsonl")
    forms = [r for r in rows if "error" not in r]
    wb = openpyxl.load_workbook(out / "r.xlsx")
    assert wb.sheetnames == ["汇总", "问题清单", "审核意见", "无法读取"]
    findings = list(wb["问题清单"].iter_rows(values_only=True))
    assert findings[0] == ("序号", "文件", "项目名称", "项目单位", "问题类型", "级别", "位置", "问题", "建议", "代码")
    assert len(findings) - 1 == sum(len(r["findings"]) for r in forms)
    expected = [(r["file"], code_title(f["code"]), f["message"], f["code"]) for r in forms for f in r["findings"]]
    assert [(row[1], row[4], row[7], row[9]) for row in findings[1:]] == expected
    assert all(row[4] != row[9] for row in findings[1:])   # the title, not the code, in the 问题类型 column
    opinions = list(wb["审核意见"].iter_rows(values_only=True))[1:]
    assert [(o[1], o[5]) for o in opinions] == [(r["file"], grade(r)) for r in forms]
    assert all(o[8].startswith(f"审核结果：{o[5]}。") for o in opinions)
    errors = list(wb["无法读取"].iter_rows(values_only=True))[1:]
    assert [(e[1], e[2]) for e in errors] == [(r["file"], r["error"]) for r in rows if "error" in r]
    summary_cells = {row[0]: row[1] for row in wb["汇总"].iter_rows(values_only=True) if row and row[0]}
    assert summary_cells["文件总数"] == len(rows)
    assert summary_cells["无法读取"] == len(errors) == summary.unreadable
    for g, n in summary.grade_rows():
        assert summary_cells[g] == {"优": "同意纳入预算", "良": "共同完善后纳入预算",
                                    "中": "修改后重新申报", "差": "暂不纳入预算"}[g]
    ws = wb["问题清单"]
    assert ws.freeze_panes == "A2"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws["H2"].alignment.wrap_text and ws["H2"].font.name == "宋体"


def test_html_report_is_self_contained_with_charts(first_run):
    summary, out = first_run
    page = (out / "r.html").read_text(encoding="utf-8")
    assert page.count("<svg") == 2 and "审核等级分布" in page and "各类问题数量" in page
    assert "<script" not in page and "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page
    assert f"无法读取（{summary.unreadable}）" in page and f"审核意见（{summary.read}）" in page


def test_rerun_is_served_by_the_cache_with_identical_output(inbox, tmp_path):
    first = run_batch([str(inbox)], tmp_path / "1.xlsx", jsonl=tmp_path / "1.jsonl", jobs=2)
    assert first.cached == 2  # batch.zip/a.json and inner.zip/c.json repeat two files of good/
    second = run_batch([str(inbox)], tmp_path / "2.xlsx", jsonl=tmp_path / "2.jsonl", jobs=2)
    assert second.cached == second.total - 2  # all but the traversal and bomb members, refused unread
    assert (tmp_path / "1.jsonl").read_bytes() == (tmp_path / "2.jsonl").read_bytes()
    third = run_batch([str(inbox)], tmp_path / "3.xlsx", jsonl=tmp_path / "3.jsonl", jobs=2, use_cache=False)
    assert third.cached == 0


def test_changed_file_misses_the_cache(tmp_path):
    src = FIXTURES / "corpus" / "dev11-011-research.json"
    f = tmp_path / "in" / "a.json"
    f.parent.mkdir()
    f.write_bytes(src.read_bytes())
    assert run_batch([str(f.parent)], None, jobs=1).cached == 0
    assert run_batch([str(f.parent)], None, jobs=1).cached == 1
    f.write_bytes(src.read_bytes() + b"\n")
    assert run_batch([str(f.parent)], None, jobs=1).cached == 0


def test_cancel_keeps_finished_rows(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for p in sorted((FIXTURES / "corpus").glob("*.json")):
        shutil.copy(p, folder / p.name)
    cancel = threading.Event()
    seen = []

    def progress(p):
        seen.append(p.file)
        if p.done == 5:
            cancel.set()

    s = run_batch([str(folder)], tmp_path / "r.xlsx", jsonl=tmp_path / "r.jsonl", jobs=1,
                  progress=progress, cancel=cancel)
    assert s.cancelled and 5 <= s.done < s.total == 36
    rows = read_jsonl(tmp_path / "r.jsonl")
    assert [r["file"] for r in rows] == seen
    assert seen[:5] == [str(folder / p.name) for p in sorted((FIXTURES / "corpus").glob("*.json"))][:5]
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert wb["审核意见"].max_row - 1 == s.read == len(rows)
    summary_cells = {row[0]: row[1] for row in wb["汇总"].iter_rows(values_only=True) if row and row[0]}
    assert summary_cells["审核被中断"].startswith(f"已完成 {s.done} 个，未完成 {36 - s.done} 个")


def test_crashing_worker_costs_only_its_own_file(tmp_path, monkeypatch):
    import review_crash_helper
    monkeypatch.setattr("assistant.review.batch.review_data", review_crash_helper.crash_on_marker)
    folder = tmp_path / "in"
    folder.mkdir()
    for p in sorted((FIXTURES / "corpus").glob("dev11-01*.json")):
        shutil.copy(p, folder / p.name)
    (folder / "dev11-015-x-crash.txt").write_bytes(review_crash_helper.MARKER)
    s = run_batch([str(folder)], None, jsonl=tmp_path / "r.jsonl", jobs=2)
    rows = read_jsonl(tmp_path / "r.jsonl")
    assert len(rows) == s.total == 11
    errors = {Path(r["file"]).name: r["error"] for r in rows if "error" in r}
    assert list(errors) == ["dev11-015-x-crash.txt"]
    assert errors["dev11-015-x-crash.txt"].startswith("处理该文件时工作进程崩溃")
    # the crash is not cached: a re-run tries the file again
    s2 = run_batch([str(folder)], None, jobs=2)
    assert s2.cached == 10 and s2.unreadable == 1


class FakeEngine:
    """An engine as assistant.engine describes it: adds a judgement finding, an opinion and usage."""
    name = "fake"
    concurrency = 2

    def __init__(self):
        self.calls = 0
        self.lock = threading.Lock()

    def improve_import(self, imported):
        return imported

    def enrich(self, result):
        from assistant.findings import Finding, Kind, Severity
        with self.lock:
            self.calls += 1
        result.report.findings.append(Finding(code="goal_indicator_mismatch", severity=Severity.INFO,
                                              kind=Kind.JUDGEMENT, field="goals.annual", message="目标与指标不对应。",
                                              suggestion="请补充指标。", source="llm"))
        result.opinion = "经模型审阅，目标基本明确。"
        result.usage = {"calls": 1, "prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120}


def test_llm_engine_adds_judgements_in_the_parent_and_rule_findings_stay_the_same(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for p in sorted((FIXTURES / "corpus").glob("dev11-00*.json")):
        shutil.copy(p, folder / p.name)
    offline = run_batch([str(folder)], None, jsonl=tmp_path / "off.jsonl", jobs=2, use_cache=False)
    engine = FakeEngine()
    s = run_batch([str(folder)], tmp_path / "llm.xlsx", jsonl=tmp_path / "llm.jsonl", jobs=2, engine=engine)
    assert engine.calls == s.read == offline.read == 10
    assert s.usage == {"calls": 10, "prompt_tokens": 1000, "completion_tokens": 200, "total_tokens": 1200}
    for a, b in zip(read_jsonl(tmp_path / "off.jsonl"), read_jsonl(tmp_path / "llm.jsonl")):
        assert b["findings"][:-1] == a["findings"]
        assert b["findings"][-1]["source"] == "llm" and b["opinion"] == "经模型审阅，目标基本明确。"
    wb = openpyxl.load_workbook(tmp_path / "llm.xlsx")
    opinion = list(wb["审核意见"].iter_rows(values_only=True))[1][8]
    assert "经模型审阅，目标基本明确。" in opinion
    summary_cells = {row[0]: row[1] for row in wb["汇总"].iter_rows(values_only=True) if row and row[0]}
    assert summary_cells["大模型用量"] == "调用次数 10，输入 tokens 1000，输出 tokens 200，合计 tokens 1200"
    # a complete LLM review is cached under its own mode: a re-run makes no call
    again = FakeEngine()
    assert run_batch([str(folder)], None, jobs=2, engine=again).cached == 10 and again.calls == 0


class BrokenEngine(FakeEngine):
    def enrich(self, result):
        if "011" in result.file:
            raise RuntimeError("模型返回了无法解析的内容")
        super().enrich(result)


def test_an_engine_failure_on_one_file_keeps_its_rule_review_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("dev11-010-publicity.json", "dev11-011-research.json", "dev11-012-hiring.json"):
        shutil.copy(FIXTURES / "corpus" / name, folder / name)
    said = []
    s = run_batch([str(folder)], None, jsonl=tmp_path / "r.jsonl", jobs=1, engine=BrokenEngine(), warn=said.append)
    rows = read_jsonl(tmp_path / "r.jsonl")
    assert s.read == 3 and [("opinion" in r) for r in rows] == [True, False, True]
    assert said == [f"{folder / 'dev11-011-research.json'}：大模型审核时程序出错（RuntimeError：模型返回了无法解析的内容），已只用规则审核。"]
    again = BrokenEngine()
    assert run_batch([str(folder)], None, jobs=1, engine=again).cached == 2  # the failed one is not cached


def test_a_pool_found_broken_at_submit_time_costs_no_file(tmp_path, monkeypatch):
    """A worker can die between two submits: the next submit raises at once; the batch recovers."""
    from concurrent.futures.process import BrokenProcessPool

    from assistant.review import batch

    class Broken:
        def submit(self, *a, **k):
            raise BrokenProcessPool("a child process terminated abruptly")

    real, calls = batch._Run._pool, []

    def pool(self):
        calls.append(1)
        return Broken() if len(calls) == 1 else real(self)

    monkeypatch.setattr(batch._Run, "_pool", pool)
    folder = tmp_path / "in"
    folder.mkdir()
    for p in sorted((FIXTURES / "corpus").glob("dev11-01*.json")):
        shutil.copy(p, folder / p.name)
    s = run_batch([str(folder)], None, jsonl=tmp_path / "r.jsonl", jobs=2)
    rows = read_jsonl(tmp_path / "r.jsonl")
    assert s.total == len(rows) == 10 and not [r for r in rows if "error" in r]


@pytest.mark.parametrize("marker", ["HANG", "HANG_IN_C"])
def test_a_hanging_file_becomes_an_error_row_and_the_batch_goes_on(tmp_path, monkeypatch, marker):
    """Stuck in Python: the worker's own timer stops it. Stuck where no signal reaches: the watchdog kills the pool."""
    import review_crash_helper
    from assistant.review import batch
    monkeypatch.setattr(batch, "review_data", review_crash_helper.hang_on_marker)
    monkeypatch.setattr(batch, "HANG_GRACE", 1.0)
    folder = tmp_path / "in"
    folder.mkdir()
    for p in sorted((FIXTURES / "corpus").glob("dev11-01*.json"))[:6]:
        shutil.copy(p, folder / p.name)
    (folder / "dev11-012-x-hang.txt").write_bytes(getattr(review_crash_helper, marker))
    said = []
    # 5 s: a JSON form takes milliseconds, so even a machine loaded many times over cannot make a
    # good file look hung (the readers and rules are loaded before a file's timer starts)
    s = run_batch([str(folder)], None, jsonl=tmp_path / "r.jsonl", jobs=2, timeout=5, warn=said.append)
    rows = read_jsonl(tmp_path / "r.jsonl")
    assert len(rows) == s.total == 7
    errors = {Path(r["file"]).name: r["error"] for r in rows if "error" in r}
    assert list(errors) == ["dev11-012-x-hang.txt"]
    assert errors["dev11-012-x-hang.txt"].startswith("处理该文件超过 5 秒仍未完成")
    assert bool(said) == (marker == "HANG_IN_C")  # only the watchdog restarts the workers
    assert s.seconds < 120


def test_cancel_does_not_wait_for_a_hung_file(tmp_path, monkeypatch):
    import review_crash_helper
    from assistant.review import batch
    monkeypatch.setattr(batch, "review_data", review_crash_helper.hang_on_marker)
    monkeypatch.setattr(batch, "CANCEL_GRACE", 1.0)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-hang.txt").write_bytes(review_crash_helper.HANG_IN_C)
    for p in sorted((FIXTURES / "corpus").glob("dev11-01*.json"))[:3]:
        shutil.copy(p, folder / p.name)
    cancel = threading.Event()
    threading.Timer(2.0, cancel.set).start()
    s = run_batch([str(folder)], tmp_path / "r.xlsx", jsonl=tmp_path / "r.jsonl", jobs=1, cancel=cancel, timeout=None)
    assert s.cancelled and s.seconds < 20
    assert openpyxl.load_workbook(tmp_path / "r.xlsx").sheetnames[0] == "汇总"
