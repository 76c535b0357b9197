"""jixiao review: exit codes, the summary lines and the report files."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from assistant.cli import EXIT_ERROR, EXIT_FAIL, EXIT_SUCCESS, cli

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def run(*args):
    return CliRunner().invoke(cli, ["review", *args])


def test_review_writes_xlsx_html_and_jsonl(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("dev11-011-research.json", "dev11-021-agri.json"):
        shutil.copy(CORPUS / name, folder / name)
    r = run(str(folder), "--out", str(tmp_path / "r.xlsx"), "--html", str(tmp_path / "r.html"),
            "--jsonl", str(tmp_path / "r.jsonl"), "--jobs", "1")
    assert r.exit_code == EXIT_FAIL, r.output  # dev11-021 has an error-severity finding
    assert "共 2 个文件：审核 2 个，无法读取 0 个，使用缓存 0 个" in r.output
    assert "等级：优 1，良 1，中 0，差 0" in r.output
    assert f"Excel 报告：{tmp_path / 'r.xlsx'}" in r.output
    lines = [json.loads(x) for x in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [x["file"] for x in lines] == [str(folder / "dev11-011-research.json"), str(folder / "dev11-021-agri.json")]
    assert openpyxl.load_workbook(tmp_path / "r.xlsx").sheetnames == ["汇总", "问题清单", "审核意见", "无法读取"]
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    again = run(str(folder), "--out", str(tmp_path / "r2.xlsx"), "--jobs", "1")
    assert "使用缓存 2 个" in again.output


def test_review_exit_codes(tmp_path):
    clean = tmp_path / "clean.json"
    shutil.copy(CORPUS / "dev11-011-research.json", clean)
    assert run(str(clean), "--out", str(tmp_path / "a.xlsx"), "--no-cache").exit_code == EXIT_SUCCESS
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    r = run(str(clean), str(empty), "--out", str(tmp_path / "b.xlsx"))
    assert r.exit_code == EXIT_ERROR
    assert "无法读取 1 个" in r.output


def test_review_without_out_lists_each_file_on_the_screen_and_writes_nothing(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS / "dev11-021-agri.json", folder / "a.json")
    (folder / "b.pdf").write_text("garbage", encoding="utf-8")      # a text named .pdf: no form in it
    r = CliRunner().invoke(cli, ["review", str(folder), "--jobs", "1", "--no-cache"], terminal_width=200)
    assert r.exit_code == EXIT_ERROR, r.output
    assert "a.json" in r.output and "金额单位错误" in r.output and "良" in r.output
    assert "b.pdf" in r.output and "无法读取" in r.output and "内容却是文本" in r.output
    assert "--out 审核报告.xlsx" in r.output
    assert sorted(p.name for p in folder.iterdir()) == ["a.json", "b.pdf"]


def test_review_explains_options():
    help_text = run("--help").output
    for opt in ("--out", "--html", "--jsonl", "--jobs", "--llm", "--no-cache"):
        assert opt in help_text


def test_unwritable_report_path_is_a_clear_error(tmp_path):
    src = tmp_path / "a.json"
    shutil.copy(CORPUS / "dev11-011-research.json", src)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    r = run(str(src), "--out", str(blocker / "r.xlsx"))
    assert r.exit_code == 1
    assert "无法写入报告" in r.output


def test_ctrl_c_stops_cleanly_and_keeps_finished_files(tmp_path):
    """A real SIGINT to a running `jixiao review`: exit 2, the report holds exactly the finished files."""
    import os
    import signal
    import subprocess
    import sys
    import time
    folder = tmp_path / "in"
    folder.mkdir()
    src = (CORPUS / "dev11-000-hiring.json").read_bytes()
    for k in range(400):
        (folder / f"f{k:03d}.json").write_bytes(src + b" " * k)
    jsonl, xlsx = tmp_path / "r.jsonl", tmp_path / "r.xlsx"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-c", "from assistant.cli import main; main()", "review", str(folder),
                             "--out", str(xlsx), "--jsonl", str(jsonl), "--jobs", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    while not (jsonl.exists() and jsonl.read_bytes().count(b"\n") >= 3):
        assert proc.poll() is None, proc.stderr.read().decode()
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    err = err.decode()
    done = [json.loads(x) for x in jsonl.read_text(encoding="utf-8").splitlines()]
    assert proc.returncode == EXIT_ERROR, err
    assert "正在停止" in err and f"审核已中断：完成 {len(done)} 个，未完成 {400 - len(done)} 个" in err
    assert [d["file"] for d in done] == [str(folder / f"f{k:03d}.json") for k in range(len(done))]
    rows = list(openpyxl.load_workbook(xlsx)["审核意见"].iter_rows(values_only=True))[1:]
    assert [r[1] for r in rows] == [d["file"] for d in done]


def test_cli_default_timeout_is_the_batch_default():
    from assistant.cli import review as review_cli
    from assistant.review import batch
    assert review_cli.DEFAULT_TIMEOUT == batch.DEFAULT_TIMEOUT


def test_out_writes_the_report_its_extension_names(tmp_path):
    """--out 审核报告.html is a web page and .jsonl is JSON lines — never an Excel file under another name;
    an extension no report has is refused before any work, in Chinese."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.json").write_text(json.dumps({"project_name": "测试项目"}, ensure_ascii=False), encoding="utf-8")
    for name, head in (("r.html", b"<!DOCTYPE html"), ("r.xlsx", b"PK"), ("r.jsonl", b"{")):
        r = CliRunner().invoke(cli, ["review", str(src), "--out", str(tmp_path / name), "--no-cache"])
        assert r.exit_code in (0, 1), r.output
        assert (tmp_path / name).read_bytes().startswith(head), name
    r = CliRunner().invoke(cli, ["review", str(src), "--out", str(tmp_path / "r.pdf")])
    assert r.exit_code == 2 and "扩展名无法识别" in r.output and not (tmp_path / "r.pdf").exists()
